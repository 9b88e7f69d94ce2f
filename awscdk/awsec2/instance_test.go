package awsec2_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twin of the Instances stack in testdata/twins.js.
var instanceCases = map[string]func(st awscdk.Stack){
	"Instances": func(st awscdk.Stack) {
		vpc := awsec2.NewVpc(st, s("Vpc"), &awsec2.VpcProps{MaxAzs: n(2), NatGateways: n(1)})
		key := awsec2.NewKeyPair(st, s("Key"), &awsec2.KeyPairProps{Type: awsec2.KeyPairType_ED25519})
		ud := awsec2.UserData_ForLinux(nil)
		ud.AddCommands(s("dnf install -y nginx"), s("systemctl enable --now nginx"))
		web := awsec2.NewInstance(st, s("Web"), &awsec2.InstanceProps{
			Vpc:                      vpc,
			InstanceType:             awsec2.InstanceType_Of(awsec2.InstanceClass_BURSTABLE3, awsec2.InstanceSize_MICRO),
			MachineImage:             awsec2.MachineImage_LatestAmazonLinux2023(nil),
			UserData:                 ud,
			VpcSubnets:               &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC},
			AssociatePublicIpAddress: jsii.Bool(true),
			InstanceName:             s("web"),
			KeyPair:                  key,
			BlockDevices: &[]*awsec2.BlockDevice{
				{DeviceName: s("/dev/xvda"), Volume: awsec2.BlockDeviceVolume_Ebs(n(30), &awsec2.EbsDeviceOptions{VolumeType: awsec2.EbsDeviceVolumeType_GP3, Encrypted: jsii.Bool(true), DeleteOnTermination: jsii.Bool(true)})},
				{DeviceName: s("/dev/sdb"), Volume: awsec2.BlockDeviceVolume_Ephemeral(n(0))},
				{DeviceName: s("/dev/sdc"), Volume: awsec2.BlockDeviceVolume_EbsFromSnapshot(s("snap-1234567890abcdef0"), &awsec2.EbsDeviceSnapshotOptions{VolumeSize: n(50), VolumeType: awsec2.EbsDeviceVolumeType_IO1, Iops: n(3000)})},
			},
			SsmSessionPermissions:   jsii.Bool(true),
			DetailedMonitoring:      jsii.Bool(true),
			HttpTokens:              awsec2.HttpTokens_REQUIRED,
			HttpPutResponseHopLimit: n(2),
			InstanceMetadataTags:    jsii.Bool(true),
			CreditSpecification:     awsec2.CpuCredits_UNLIMITED,
			ResourceSignalTimeout:   awscdk.Duration_Minutes(n(10)),
		})
		web.Connections().AllowFromAnyIpv4(awsec2.Port_HTTP(), nil)
		role := awsiam.NewRole(st, s("AppRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(s("ec2.amazonaws.com"), nil)})
		appSg := awsec2.NewSecurityGroup(st, s("AppSg"), &awsec2.SecurityGroupProps{Vpc: vpc, AllowAllOutbound: jsii.Bool(false)})
		app := awsec2.NewInstance(st, s("App"), &awsec2.InstanceProps{
			Vpc:                               vpc,
			InstanceType:                      awsec2.NewInstanceType(s("t4g.small")),
			MachineImage:                      awsec2.NewAmazonLinuxImage(&awsec2.AmazonLinuxImageProps{Generation: awsec2.AmazonLinuxGeneration_AMAZON_LINUX_2, CpuType: awsec2.AmazonLinuxCpuType_ARM_64}),
			SecurityGroup:                     appSg,
			Role:                              role,
			UserDataCausesReplacement:         jsii.Bool(true),
			KeyName:                           s("legacy-key"),
			InstanceInitiatedShutdownBehavior: awsec2.InstanceInitiatedShutdownBehavior_TERMINATE,
			SourceDestCheck:                   jsii.Bool(false),
			EbsOptimized:                      jsii.Bool(true),
		})
		app.AddUserData(s("echo hello > /tmp/hello"))
		app.AddSecurityGroup(awsec2.NewSecurityGroup(st, s("Extra"), &awsec2.SecurityGroupProps{Vpc: vpc}))
		app.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:GetObject"), Resources: jsii.Strings("*")}))
		app.Connections().AllowFrom(web, awsec2.Port_Tcp(n(8080)), nil)
		awsec2.NewInstance(st, s("Generic"), &awsec2.InstanceProps{
			Vpc:          vpc,
			InstanceType: awsec2.InstanceType_Of(awsec2.InstanceClass_M7G, awsec2.InstanceSize_LARGE),
			MachineImage: awsec2.MachineImage_GenericLinux(&map[string]*string{"us-east-1": s("ami-11111111"), "eu-west-1": s("ami-22222222")}, nil),
			VpcSubnets:   &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PRIVATE_WITH_EGRESS},
		})
		awsec2.NewInstance(st, s("Al2"), &awsec2.InstanceProps{Vpc: vpc, InstanceType: awsec2.NewInstanceType(s("t3.nano")),
			MachineImage: awsec2.MachineImage_LatestAmazonLinux2(nil), UserData: awsec2.UserData_Custom(s("#cloud-config"))})
		winUd := awsec2.UserData_ForWindows(&awsec2.WindowsUserDataOptions{Persist: jsii.Bool(true)})
		winUd.AddCommands(s("Install-WindowsFeature Web-Server"))
		awsec2.NewInstance(st, s("Win"), &awsec2.InstanceProps{Vpc: vpc, InstanceType: awsec2.NewInstanceType(s("m5.large")),
			MachineImage: awsec2.MachineImage_LatestWindows(awsec2.WindowsVersion_WINDOWS_SERVER_2022_ENGLISH_FULL_BASE, nil), UserData: winUd})
		awsec2.NewInstance(st, s("WinDe"), &awsec2.InstanceProps{Vpc: vpc, InstanceType: awsec2.NewInstanceType(s("m5.large")),
			MachineImage: awsec2.NewWindowsImage(awsec2.WindowsVersion_WINDOWS_SERVER_2016_GERMAL_FULL_BASE, nil)})
		multi := awsec2.NewMultipartUserData(nil)
		multi.AddUserDataPart(awsec2.UserData_ForLinux(nil), awsec2.MultipartBody_SHELL_SCRIPT(), jsii.Bool(true))
		multi.AddPart(awsec2.MultipartBody_FromRawBody(&awsec2.MultipartBodyOptions{ContentType: s("text/cloud-config"), Body: s("#cloud-config\npackages: [jq]")}))
		multi.AddCommands(s("echo from the default part"))
		awsec2.NewInstance(st, s("Multi"), &awsec2.InstanceProps{Vpc: vpc, InstanceType: awsec2.NewInstanceType(s("t3.nano")),
			MachineImage: awsec2.MachineImage_LatestAmazonLinux2023(nil), UserData: multi})
		awsec2.NewInstance(st, s("Imds"), &awsec2.InstanceProps{Vpc: vpc, InstanceType: awsec2.NewInstanceType(s("t3.nano")),
			MachineImage: awsec2.MachineImage_LatestAmazonLinux2023(nil), RequireImdsv2: jsii.Bool(true)})
		out(st, "WebIp", web.InstancePublicIp())
		out(st, "AppId", app.InstanceId())
		t4g := awsec2.NewInstanceType(s("t4g.small"))
		out(st, "Types", s(strings.Join([]string{
			*awsec2.InstanceType_Of(awsec2.InstanceClass_COMPUTE7_GRAVITON3, awsec2.InstanceSize_XLARGE2).ToString(),
			map[awsec2.InstanceArchitecture]string{awsec2.InstanceArchitecture_ARM_64: "arm64", awsec2.InstanceArchitecture_X86_64: "x86_64"}[t4g.Architecture()],
			fmt.Sprint(*awsec2.NewInstanceType(s("t3.micro")).IsBurstable()),
			fmt.Sprint(*awsec2.NewInstanceType(s("m5.large")).SameInstanceClassAs(awsec2.NewInstanceType(s("m5.xlarge")))),
		}, " ")))
		out(st, "KeyName", key.KeyPairName())
		out(st, "Params", s(*awsec2.AmazonLinuxImage_SsmParameterName(&awsec2.AmazonLinuxImageProps{Generation: awsec2.AmazonLinuxGeneration_AMAZON_LINUX_2023, Edition: awsec2.AmazonLinuxEdition_MINIMAL})+" "+
			*awsec2.AmazonLinux2023ImageSsmParameter_SsmParameterName(&awsec2.AmazonLinux2023ImageSsmParameterProps{CpuType: awsec2.AmazonLinuxCpuType_ARM_64})))
	},
}

func TestInstanceTemplates(t *testing.T) { checkTemplates(t, instanceCases) }

func init() {
	errorCases["ImdsAndMetadata"] = func(st awscdk.Stack) {
		awsec2.NewInstance(st, s("I"), &awsec2.InstanceProps{Vpc: vpc(st), InstanceType: awsec2.NewInstanceType(s("t3.nano")),
			MachineImage: awsec2.MachineImage_LatestAmazonLinux2023(nil), RequireImdsv2: jsii.Bool(true), HttpTokens: awsec2.HttpTokens_REQUIRED})
	}
}
