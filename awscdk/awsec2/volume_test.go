package awsec2_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsec2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// nlb stands in for a Network Load Balancer behind an endpoint service.
type nlb struct{ arn string }

func (l nlb) LoadBalancerArn() *string { return &l.arn }

// The Go twin of the Extras stack in testdata/twins.js.
var extraCases = map[string]func(st awscdk.Stack){
	"Extras": func(st awscdk.Stack) {
		vpc := publicVpc(st)
		lb := nlb{"arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/nlb/1234"}
		svc := awsec2.NewVpcEndpointService(st, s("EndpointService"), &awsec2.VpcEndpointServiceProps{
			VpcEndpointServiceLoadBalancers: &[]awsec2.IVpcEndpointServiceLoadBalancer{lb}, AcceptanceRequired: jsii.Bool(false), ContributorInsights: jsii.Bool(true),
			AllowedPrincipals:       &[]awsiam.ArnPrincipal{awsiam.NewArnPrincipal(s("arn:aws:iam::123456789012:root"))},
			SupportedIpAddressTypes: &[]awsec2.IpAddressType{awsec2.IpAddressType_IPV4, awsec2.IpAddressType_IPV6}, AllowedRegions: jsii.Strings("us-east-1", "us-west-2"),
		})
		awsec2.NewVpcEndpointService(st, s("Plain"), &awsec2.VpcEndpointServiceProps{VpcEndpointServiceLoadBalancers: &[]awsec2.IVpcEndpointServiceLoadBalancer{lb}})
		awscdk.NewCfnOutput(st, s("ServiceName"), &awscdk.CfnOutputProps{Value: svc.VpcEndpointServiceName()})
		awscdk.NewCfnOutput(st, s("ServiceId"), &awscdk.CfnOutputProps{Value: svc.VpcEndpointServiceId()})
		key := awskms.NewKey(st, s("Key"), nil)
		role := awsiam.NewRole(st, s("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(s("ec2.amazonaws.com"), nil)})
		profile := awsiam.NewInstanceProfile(st, s("Profile"), &awsiam.InstanceProfileProps{Role: role})
		inst := awsec2.NewInstance(st, s("Instance"), &awsec2.InstanceProps{Vpc: vpc, InstanceType: awsec2.NewInstanceType(s("t3.micro")),
			MachineImage: awsec2.MachineImage_LatestAmazonLinux2023(nil), InstanceProfile: profile})
		vol := awsec2.NewVolume(st, s("Volume"), &awsec2.VolumeProps{AvailabilityZone: s("us-east-1a"), Size: awscdk.Size_Gibibytes(n(10)),
			Encrypted: jsii.Bool(true), EncryptionKey: key, VolumeName: s("data"), RemovalPolicy: awscdk.RemovalPolicy_RETAIN, AutoEnableIo: jsii.Bool(true)})
		awsec2.NewVolume(st, s("FromSnapshot"), &awsec2.VolumeProps{AvailabilityZone: s("us-east-1a"), SnapshotId: s("snap-1234abcd"),
			VolumeType: awsec2.EbsDeviceVolumeType_IO2, Iops: n(1000), EnableMultiAttach: jsii.Bool(true), Encrypted: jsii.Bool(true), EncryptionKey: key,
			VolumeInitializationRate: awscdk.Size_Mebibytes(n(200))})
		awsec2.NewVolume(st, s("Gp3"), &awsec2.VolumeProps{AvailabilityZone: s("us-east-1a"), Size: awscdk.Size_Gibibytes(n(100)),
			VolumeType: awsec2.EbsDeviceVolumeType_GP3, Iops: n(4000), Throughput: n(250)})
		other := awsiam.NewRole(st, s("Other"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(s("ec2.amazonaws.com"), nil)})
		vol.GrantAttachVolume(other, &[]interfacesawsec2.IInstanceRef{inst})
		vol.GrantDetachVolume(role, nil)
		vol.GrantAttachVolumeByResourceTag(inst.GrantPrincipal(), &[]constructs.Construct{inst}, nil)
		imported := awsec2.Volume_FromVolumeAttributes(st, s("Imported"), &awsec2.VolumeAttributes{VolumeId: s("vol-0123abcd"), AvailabilityZone: s("us-east-1a")})
		imported.GrantDetachVolumeByResourceTag(other, &[]constructs.Construct{inst}, s("Mine"))
		imported.GrantAttachVolume(other, nil)
		awscdk.NewCfnOutput(st, s("VolumeId"), &awscdk.CfnOutputProps{Value: vol.VolumeId()})
		awscdk.NewCfnOutput(st, s("ImportedId"), &awscdk.CfnOutputProps{Value: imported.VolumeId()})
	},
}

func TestExtraTemplates(t *testing.T) { checkTemplates(t, extraCases) }

func volumeCase(props *awsec2.VolumeProps) func(st awscdk.Stack) {
	return func(st awscdk.Stack) {
		if props.AvailabilityZone == nil {
			props.AvailabilityZone = s("us-east-1a")
		}
		awsec2.NewVolume(st, s("V"), props)
	}
}

func init() {
	gib := func(x float64) awscdk.Size { return awscdk.Size_Gibibytes(n(x)) }
	errorCases["VolumeNoSize"] = volumeCase(&awsec2.VolumeProps{})
	errorCases["VolumeBadSnapshot"] = volumeCase(&awsec2.VolumeProps{SnapshotId: s("nope")})
	errorCases["VolumeKeyNotEncrypted"] = func(st awscdk.Stack) {
		volumeCase(&awsec2.VolumeProps{Size: gib(1), EncryptionKey: awskms.NewKey(st, s("K"), nil)})(st)
	}
	errorCases["VolumeIo1NoIops"] = volumeCase(&awsec2.VolumeProps{Size: gib(10), VolumeType: awsec2.EbsDeviceVolumeType_IO1})
	errorCases["VolumeIopsOnGp2"] = volumeCase(&awsec2.VolumeProps{Size: gib(10), Iops: n(3000)})
	errorCases["VolumeIopsRange"] = volumeCase(&awsec2.VolumeProps{Size: gib(10), VolumeType: awsec2.EbsDeviceVolumeType_IO1, Iops: n(50)})
	errorCases["VolumeIopsRatio"] = volumeCase(&awsec2.VolumeProps{Size: gib(10), VolumeType: awsec2.EbsDeviceVolumeType_IO1, Iops: n(1000)})
	errorCases["VolumeThroughputRatio"] = volumeCase(&awsec2.VolumeProps{Size: gib(100), VolumeType: awsec2.EbsDeviceVolumeType_GP3, Iops: n(3000), Throughput: n(1000)})
	errorCases["VolumeMultiAttach"] = volumeCase(&awsec2.VolumeProps{Size: gib(10), EnableMultiAttach: jsii.Bool(true)})
	errorCases["VolumeSizeRange"] = volumeCase(&awsec2.VolumeProps{Size: gib(10), VolumeType: awsec2.EbsDeviceVolumeType_ST1})
	errorCases["VolumeThroughputType"] = volumeCase(&awsec2.VolumeProps{Size: gib(10), Throughput: n(200)})
	errorCases["VolumeThroughputRange"] = volumeCase(&awsec2.VolumeProps{Size: gib(10), VolumeType: awsec2.EbsDeviceVolumeType_GP3, Throughput: n(5000)})
	errorCases["VolumeRateNoSnapshot"] = volumeCase(&awsec2.VolumeProps{Size: gib(10), VolumeInitializationRate: awscdk.Size_Mebibytes(n(200))})
	errorCases["VolumeRateRange"] = volumeCase(&awsec2.VolumeProps{SnapshotId: s("snap-1234"), VolumeInitializationRate: awscdk.Size_Mebibytes(n(400))})
	errorCases["VolumeBadImport"] = func(st awscdk.Stack) {
		awsec2.Volume_FromVolumeAttributes(st, s("V"), &awsec2.VolumeAttributes{VolumeId: s("volume-1"), AvailabilityZone: s("us-east-1a")})
	}
	errorCases["EndpointServiceNoLb"] = func(st awscdk.Stack) {
		awsec2.NewVpcEndpointService(st, s("Svc"), &awsec2.VpcEndpointServiceProps{VpcEndpointServiceLoadBalancers: &[]awsec2.IVpcEndpointServiceLoadBalancer{}})
	}
}
