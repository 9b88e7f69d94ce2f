package awsec2_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/internal/golden"
)

// Nil props and arguments of the constructors added for CloudFormationInit,
// volumes, endpoint services, NAT providers and images: synthesis works or
// stops with a user error, never a Go runtime panic.
func TestNilPropsMore(t *testing.T) {
	cases := map[string]func(st awscdk.Stack){
		"Volume":          func(st awscdk.Stack) { awsec2.NewVolume(st, s("V"), nil) },
		"VolumeImport":    func(st awscdk.Stack) { awsec2.Volume_FromVolumeAttributes(st, s("V"), nil) },
		"EndpointService": func(st awscdk.Stack) { awsec2.NewVpcEndpointService(st, s("E"), nil) },
		"FromConfigSets":  func(st awscdk.Stack) { awsec2.CloudFormationInit_FromConfigSets(nil) },
		"AttachNil":       func(st awscdk.Stack) { awsec2.CloudFormationInit_FromElements().Attach(nil, nil) },
		"AttachNoOptions": func(st awscdk.Stack) {
			awsec2.CloudFormationInit_FromElements().Attach(awscdk.NewCfnResource(st, s("R"), &awscdk.CfnResourceProps{Type: s("X::Y::Z")}), nil)
		},
		"SystemdNil":        func(st awscdk.Stack) { awsec2.InitService_SystemdConfigFile(s("x"), nil) },
		"WaitOfNil":         func(st awscdk.Stack) { awsec2.InitCommandWaitDuration_Of(nil) },
		"FileInlineMissing": func(st awscdk.Stack) { awsec2.InitFile_FromFileInline(s("/x"), s("testdata/no-such-file"), nil) },
		"ApplyNil":          func(st awscdk.Stack) { instance(st).ApplyCloudFormationInit(nil, nil) },
		"NatInstanceNil":    func(st awscdk.Stack) { awsec2.NewNatInstanceProvider(nil) },
		"NatGatewayNil": func(st awscdk.Stack) {
			awsec2.NewVpc(st, s("Vpc"), &awsec2.VpcProps{NatGatewayProvider: awsec2.NewNatGatewayProvider(nil)})
		},
		"ImagesNil": func(st awscdk.Stack) { images(st) },
		"LtAspectNil": func(st awscdk.Stack) {
			awscdk.Aspects_Of(st).Add(awsec2.NewLaunchTemplateRequireImdsv2Aspect(nil), nil)
		},
		"SubnetFilterAbstract": func(st awscdk.Stack) {
			type f struct{ awsec2.SubnetFilter }
			x := &f{}
			awsec2.NewSubnetFilter_Override(x)
			x.SelectSubnets(nil)
		},
		"ElementsNilOptions": func(st awscdk.Stack) {
			i := instance(st)
			i.ApplyCloudFormationInit(awsec2.CloudFormationInit_FromElements(
				awsec2.InitFile_FromUrl(s("/u"), s("https://x"), nil), awsec2.InitSource_FromUrl(s("/s"), s("https://y"), nil),
				awsec2.InitUser_FromName(s("u"), nil), awsec2.InitGroup_FromName(s("g"), nil), awsec2.InitPackage_Yum(s("p"), nil),
				awsec2.InitPackage_Rpm(s("https://r"), nil), awsec2.InitService_Enable(s("e"), nil), awsec2.InitCommand_ShellCommand(s("c"), nil),
				awsec2.InitFile_Symlink(s("/l"), s("/t"), nil), awsec2.InitFile_FromObject(s("/o"), nil, nil),
			), nil)
		},
	}
	for name, build := range cases {
		t.Run(name, func(t *testing.T) {
			golden.SynthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, s("S"), nil)) })
		})
	}
}

func instance(st awscdk.Stack) awsec2.Instance {
	return awsec2.NewInstance(st, s("I"), &awsec2.InstanceProps{Vpc: vpc(st), InstanceType: awsec2.NewInstanceType(s("t3.nano")),
		MachineImage: awsec2.MachineImage_LatestAmazonLinux2023(nil), Role: awsiam.NewRole(st, s("R"), &awsiam.RoleProps{AssumedBy: awsiam.NewAnyPrincipal()})})
}

func images(st awscdk.Stack) {
	for _, img := range []awsec2.IMachineImage{awsec2.NewGenericLinuxImage(nil, nil), awsec2.NewGenericWindowsImage(nil, nil),
		awsec2.NewResolveSsmParameterAtLaunchImage(s("/p"), nil), awsec2.NewAmazonLinux2022ImageSsmParameter(&awsec2.AmazonLinux2022ImageSsmParameterProps{CachedInContext: b(false)}),
		awsec2.MachineImage_LatestAmazonLinux2022(nil)} {
		img.GetImage(st)
	}
}
