package awsec2_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twin of the LaunchTemplates stack in testdata/twins.js.
var launchTemplateCases = map[string]func(st awscdk.Stack){
	"LaunchTemplates": func(st awscdk.Stack) {
		vpc := awsec2.NewVpc(st, s("Vpc"), &awsec2.VpcProps{MaxAzs: n(1), NatGateways: n(0)})
		sg := awsec2.NewSecurityGroup(st, s("Sg"), &awsec2.SecurityGroupProps{Vpc: vpc})
		role := awsiam.NewRole(st, s("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(s("ec2.amazonaws.com"), nil)})
		lt := awsec2.NewLaunchTemplate(st, s("Template"), &awsec2.LaunchTemplateProps{
			LaunchTemplateName: s("app"),
			VersionDescription: s("first"),
			InstanceType:       awsec2.NewInstanceType(s("c7g.large")),
			MachineImage:       awsec2.MachineImage_LatestAmazonLinux2023(&awsec2.AmazonLinux2023ImageSsmParameterProps{CpuType: awsec2.AmazonLinuxCpuType_ARM_64}),
			Role:               role,
			SecurityGroup:      sg,
			KeyName:            s("ops"),
			BlockDevices: &[]*awsec2.BlockDevice{{DeviceName: s("/dev/xvda"), Volume: awsec2.BlockDeviceVolume_Ebs(n(20),
				&awsec2.EbsDeviceOptions{VolumeType: awsec2.EbsDeviceVolumeType_GP3, Throughput: n(250), Iops: n(3000)})}},
			CpuCredits:                        awsec2.CpuCredits_STANDARD,
			CpuOptions:                        &awsec2.LaunchTemplateCpuOptions{CoreCount: n(1), ThreadsPerCore: n(2)},
			DetailedMonitoring:                jsii.Bool(true),
			DisableApiTermination:             jsii.Bool(true),
			EbsOptimized:                      jsii.Bool(true),
			HibernationConfigured:             jsii.Bool(false),
			RequireImdsv2:                     jsii.Bool(true),
			HttpPutResponseHopLimit:           n(2),
			InstanceInitiatedShutdownBehavior: awsec2.InstanceInitiatedShutdownBehavior_STOP,
			SpotOptions: &awsec2.LaunchTemplateSpotOptions{RequestType: awsec2.SpotRequestType_ONE_TIME,
				InterruptionBehavior: awsec2.SpotInstanceInterruption_TERMINATE, MaxPrice: n(0.05)},
		})
		lt.UserData().AddCommands(s("echo ready"))
		lt.AddSecurityGroup(awsec2.NewSecurityGroup(st, s("Sg2"), &awsec2.SecurityGroupProps{Vpc: vpc}))
		lt.Connections().AllowFromAnyIpv4(awsec2.Port_Tcp(n(443)), nil)
		awscdk.Tags_Of(lt).Add(s("team"), s("platform"), nil)
		awsec2.NewLaunchTemplate(st, s("Bare"), &awsec2.LaunchTemplateProps{AssociatePublicIpAddress: jsii.Bool(true), SecurityGroup: sg,
			SpotOptions: &awsec2.LaunchTemplateSpotOptions{}})
		imported := awsec2.LaunchTemplate_FromLaunchTemplateAttributes(st, s("Imported"), &awsec2.LaunchTemplateAttributes{LaunchTemplateId: s("lt-0123456789abcdef0")})
		out(st, "Id", lt.LaunchTemplateId())
		out(st, "Version", lt.VersionNumber())
		out(st, "Latest", lt.LatestVersionNumber())
		out(st, "ImportedVersion", imported.VersionNumber())
	},
}

func TestLaunchTemplateTemplates(t *testing.T) { checkTemplates(t, launchTemplateCases) }
