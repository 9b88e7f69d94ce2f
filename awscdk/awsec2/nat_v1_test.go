package awsec2_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/internal/golden"
)

// The Go twin of the NatV1 stack in testdata/twins.js (an environment
// with the AMI and zone lookups answered in the stack's context).
var natV1Cases = map[string]func(st awscdk.Stack){
	"NatV1": func(st awscdk.Stack) {
		st.Node().SetContext(s("ami:account=123456789012:filters.image-type.0=machine:filters.name.0=amzn-ami-vpc-nat-*:filters.state.0=available:owners.0=amazon:region=us-east-1"), "ami-0123456789abcdef0")
		st.Node().SetContext(s("availability-zones:account=123456789012:region=us-east-1"), []interface{}{"us-east-1a", "us-east-1b", "us-east-1c"})
		provider := awsec2.NatProvider_Instance(&awsec2.NatInstanceProps{InstanceType: awsec2.NewInstanceType(s("t3.micro"))})
		awsec2.NewVpc(st, s("Vpc"), &awsec2.VpcProps{MaxAzs: n(2), NatGatewayProvider: provider})
		provider.Connections().AllowFrom(awsec2.Peer_Ipv4(s("10.0.0.0/16")), awsec2.Port_Tcp(n(22)), nil)
		var ids []*string
		for _, g := range *provider.ConfiguredGateways() {
			ids = append(ids, g.GatewayId)
		}
		awscdk.NewCfnOutput(st, s("Gateways"), &awscdk.CfnOutputProps{Value: awscdk.Fn_Join(s(","), &ids)})
		awscdk.NewCfnOutput(st, s("NatSg"), &awscdk.CfnOutputProps{Value: provider.SecurityGroup().SecurityGroupId()})
		other := awsec2.NewNatInstanceProvider(&awsec2.NatInstanceProps{InstanceType: awsec2.NewInstanceType(s("t3.nano")),
			MachineImage:          awsec2.NewGenericLinuxImage(&map[string]*string{"us-east-1": s("ami-11112222333344445")}, nil),
			DefaultAllowedTraffic: awsec2.NatTrafficDirection_OUTBOUND_ONLY, KeyName: s("k")})
		awsec2.NewVpc(st, s("Other"), &awsec2.VpcProps{MaxAzs: n(1), NatGatewayProvider: other, RestrictDefaultSecurityGroup: b(false)})
		awsec2.NewVpc(st, s("Gw"), &awsec2.VpcProps{MaxAzs: n(1), RestrictDefaultSecurityGroup: b(false),
			NatGatewayProvider: awsec2.NewNatGatewayProvider(&awsec2.NatGatewayProps{EipAllocationIds: &[]*string{s("eipalloc-1")}})})
		vpc := awsec2.NewVpc(st, s("Plain"), &awsec2.VpcProps{MaxAzs: n(1), NatGateways: n(0), RestrictDefaultSecurityGroup: b(false),
			SubnetConfiguration: &[]*awsec2.SubnetConfiguration{{Name: s("Public"), SubnetType: awsec2.SubnetType_PUBLIC}}})
		images := []struct {
			id  string
			img awsec2.IMachineImage
		}{
			{"Al2022", awsec2.MachineImage_LatestAmazonLinux2022(&awsec2.AmazonLinux2022ImageSsmParameterProps{CpuType: awsec2.AmazonLinuxCpuType_ARM_64})},
			{"Al2022Min", awsec2.NewAmazonLinux2022ImageSsmParameter(&awsec2.AmazonLinux2022ImageSsmParameterProps{Edition: awsec2.AmazonLinuxEdition_MINIMAL,
				Kernel: awsec2.AmazonLinux2022Kernel_DEFAULT(), CachedInContext: b(false)})},
			{"Win", awsec2.NewGenericWindowsImage(&map[string]*string{"us-east-1": s("ami-0aaaabbbbccccdddd")}, nil)},
		}
		for _, im := range images {
			it := "t3.micro"
			if im.id == "Al2022" {
				it = "t4g.micro"
			}
			awsec2.NewInstance(st, s(im.id), &awsec2.InstanceProps{Vpc: vpc, InstanceType: awsec2.NewInstanceType(s(it)), MachineImage: im.img})
		}
		awscdk.NewCfnOutput(st, s("AtLaunch"), &awscdk.CfnOutputProps{Value: awsec2.NewResolveSsmParameterAtLaunchImage(s("/my/ami"),
			&awsec2.SsmParameterImageOptions{ParameterVersion: s("3")}).GetImage(st).ImageId})
		awscdk.NewCfnOutput(st, s("Al2022Name"), &awscdk.CfnOutputProps{Value: awsec2.AmazonLinux2022ImageSsmParameter_SsmParameterName(
			&awsec2.AmazonLinux2022ImageSsmParameterProps{Kernel: awsec2.AmazonLinux2022Kernel_KERNEL_5_15()})})
		role := awsiam.NewRole(st, s("LtRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(s("ec2.amazonaws.com"), nil)})
		profile := awsiam.NewInstanceProfile(st, s("LtProfile"), &awsiam.InstanceProfileProps{Role: role})
		awsec2.NewLaunchTemplate(st, s("Lt"), &awsec2.LaunchTemplateProps{InstanceProfile: profile, HttpPutResponseHopLimit: n(2)})
		awsec2.NewLaunchTemplate(st, s("Bare"), &awsec2.LaunchTemplateProps{InstanceType: awsec2.NewInstanceType(s("t3.micro"))})
		awscdk.Aspects_Of(st).Add(awsec2.NewLaunchTemplateRequireImdsv2Aspect(nil), nil)
		kp := awsec2.NewKeyPair(st, s("Key"), nil)
		awscdk.NewCfnOutput(st, s("PrivateKeyName"), &awscdk.CfnOutputProps{Value: kp.PrivateKey().ParameterName()})
		awscdk.NewCfnOutput(st, s("PrivateKeyArn"), &awscdk.CfnOutputProps{Value: kp.PrivateKey().ParameterArn()})
	},
}

func b(v bool) *bool { return &v }

func TestNatV1Templates(t *testing.T) {
	golden.CheckTemplates(t, natV1Cases, func(string) *awscdk.StackProps { return &awscdk.StackProps{Env: lookupEnv} }, ownHandler)
}

func init() {
	errorCases["LtProfileAndRole"] = func(st awscdk.Stack) {
		awsec2.NewLaunchTemplate(st, s("Lt"), &awsec2.LaunchTemplateProps{InstanceProfile: awsiam.NewInstanceProfile(st, s("P"), nil),
			Role: awsiam.NewRole(st, s("R"), &awsiam.RoleProps{AssumedBy: awsiam.NewAnyPrincipal()})})
	}
	errorCases["ImportedKeyPrivateKey"] = func(st awscdk.Stack) {
		awsec2.NewKeyPair(st, s("Key"), &awsec2.KeyPairProps{PublicKeyMaterial: s("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIj1aeQ2P6rQIG2SdgqpR5aUcOyCSYO3CP2DBDJWtsvf")}).PrivateKey()
	}
	errorCases["NatV1KeyNameAndPair"] = func(st awscdk.Stack) {
		awsec2.NatProvider_Instance(&awsec2.NatInstanceProps{InstanceType: awsec2.NewInstanceType(s("t3.micro")), KeyName: s("a"),
			KeyPair: awsec2.KeyPair_FromKeyPairName(st, s("K"), s("b"))})
	}
	errorCases["NatV1SgBeforeVpc"] = func(st awscdk.Stack) {
		awsec2.NatProvider_Instance(&awsec2.NatInstanceProps{InstanceType: awsec2.NewInstanceType(s("t3.micro"))}).SecurityGroup()
	}
}
