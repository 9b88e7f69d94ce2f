package awsec2_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awss3assets"
	"github.com/strata-cdk/strata/jsii"
)

func publicVpc(st awscdk.Stack) awsec2.Vpc {
	return awsec2.NewVpc(st, s("Vpc"), &awsec2.VpcProps{MaxAzs: n(1), NatGateways: n(0),
		SubnetConfiguration: &[]*awsec2.SubnetConfiguration{{Name: s("Public"), SubnetType: awsec2.SubnetType_PUBLIC}}})
}

func al2023(st awscdk.Stack, vpc awsec2.IVpc, id string, init awsec2.CloudFormationInit) *awsec2.InstanceProps {
	return &awsec2.InstanceProps{Vpc: vpc, InstanceType: awsec2.NewInstanceType(s("t3.micro")),
		MachineImage: awsec2.MachineImage_LatestAmazonLinux2023(nil), Init: init}
}

// The Go twins of the Init and InitLegacy stacks in testdata/twins.js.
var initCases = map[string]func(st awscdk.Stack){
	"Init": func(st awscdk.Stack) {
		vpc := publicVpc(st)
		bucket := awss3.Bucket_FromBucketName(st, s("Bucket"), s("my-config-bucket"))
		existing := awss3assets.NewAsset(st, s("Existing"), &awss3assets.AssetProps{Path: s("testdata/init-source")})
		handle := awsec2.NewInitServiceRestartHandle()
		handles := &[]awsec2.InitServiceRestartHandle{handle}
		init := awsec2.CloudFormationInit_FromConfigSets(&awsec2.ConfigSetProps{
			ConfigSets: &map[string]*[]*string{"default": jsii.Strings("base", "app"), "onlyApp": jsii.Strings("app")},
			Configs: &map[string]awsec2.InitConfig{
				"base": awsec2.NewInitConfig(&[]awsec2.InitElement{
					awsec2.InitPackage_Yum(s("nginx"), &awsec2.NamedPackageOptions{ServiceRestartHandles: handles}),
					awsec2.InitPackage_Yum(s("git"), &awsec2.NamedPackageOptions{Version: jsii.Strings("2.40", "2.41")}),
					awsec2.InitPackage_Rpm(s("https://example.com/x.rpm"), nil),
					awsec2.InitPackage_Rpm(s("https://example.com/y.rpm"), &awsec2.LocationPackageOptions{Key: s("why")}),
					awsec2.InitPackage_Python(s("boto3"), &awsec2.NamedPackageOptions{Version: jsii.Strings("1.28")}),
					awsec2.InitPackage_RubyGem(s("bundler"), nil),
					awsec2.InitPackage_Apt(s("curl"), nil),
					awsec2.InitGroup_FromName(s("web"), nil),
					awsec2.InitGroup_FromName(s("ops"), n(1001)),
					awsec2.InitUser_FromName(s("deploy"), &awsec2.InitUserOptions{UserId: n(2001), Groups: jsii.Strings("web", "ops"), HomeDir: s("/home/deploy")}),
					awsec2.InitUser_FromName(s("plain"), nil),
				}),
				"app": awsec2.NewInitConfig(&[]awsec2.InitElement{
					awsec2.InitPackage_Yum(s("httpd"), &awsec2.NamedPackageOptions{ServiceRestartHandles: handles}),
					awsec2.InitSource_FromUrl(s("/opt/url"), s("https://example.com/app.tar.gz"), &awsec2.InitSourceOptions{ServiceRestartHandles: handles}),
					awsec2.InitSource_FromGitHub(s("/opt/gh"), s("aws"), s("aws-cdk"), nil, nil),
					awsec2.InitSource_FromGitHub(s("/opt/gh2"), s("aws"), s("aws-cdk"), s("v2"), nil),
					awsec2.InitSource_FromS3Object(s("/opt/s3"), bucket, s("src.zip"), nil),
					awsec2.InitSource_FromExistingAsset(s("/opt/existing"), existing, nil),
					awsec2.InitSource_FromAsset(s("/opt/asset"), s("testdata/init-source"), nil),
					awsec2.InitFile_FromString(s("/etc/app.conf"), s("port=80\n"), &awsec2.InitFileOptions{Mode: s("000600"), Owner: s("deploy"), Group: s("web"), ServiceRestartHandles: handles}),
					awsec2.InitFile_FromString(s("/etc/b64"), s("aGVsbG8="), &awsec2.InitFileOptions{Base64Encoded: jsii.Bool(true)}),
					awsec2.InitFile_FromObject(s("/etc/app.json"), &map[string]interface{}{"zeta": 1, "alpha": map[string]interface{}{"nested": []string{"x", "y"}, "b": true}, "ref": bucket.BucketArn()}, nil),
					awsec2.InitFile_FromUrl(s("/etc/remote"), s("https://example.com/remote"), nil),
					awsec2.InitFile_FromS3Object(s("/etc/s3file"), bucket, s("conf/file.txt"), nil),
					awsec2.InitFile_Symlink(s("/etc/link"), s("/etc/app.conf"), nil),
					awsec2.InitFile_FromFileInline(s("/etc/inline.json"), s("testdata/init-inline.json"), nil),
					awsec2.InitFile_FromFileInline(s("/etc/inline.b64"), s("testdata/init-inline.json"), &awsec2.InitFileOptions{Base64Encoded: jsii.Bool(true)}),
					awsec2.InitFile_FromAsset(s("/etc/asset.txt"), s("testdata/init-asset.txt"), &awsec2.InitFileAssetOptions{Mode: s("000400")}),
					awsec2.InitFile_FromExistingAsset(s("/etc/existing"), existing, nil),
					awsec2.InitService_SystemdConfigFile(s("myapp"), &awsec2.SystemdConfigFileOptions{Command: s("/usr/bin/myapp --serve"), Description: s("My app"),
						Cwd: s("/opt/url"), User: s("deploy"), Group: s("web"), EnvironmentFiles: jsii.Strings("/etc/myapp.env"),
						EnvironmentVariables: &map[string]*string{"ZED": s("z"), "ALPHA": s("a")}}),
					awsec2.InitService_SystemdConfigFile(s("minimal"), &awsec2.SystemdConfigFileOptions{Command: s("/bin/true"), AfterNetwork: jsii.Bool(false), KeepRunning: jsii.Bool(false)}),
					awsec2.InitCommand_ShellCommand(s("echo one"), &awsec2.InitCommandOptions{ServiceRestartHandles: handles}),
					awsec2.InitCommand_ShellCommand(s("echo two"), &awsec2.InitCommandOptions{Key: s("zz-two"), Env: &map[string]*string{"B": s("2"), "A": s("1")},
						Cwd: s("/tmp"), TestCmd: s("test -f /x"), IgnoreErrors: jsii.Bool(true)}),
					awsec2.InitCommand_ArgvCommand(jsii.Strings("/bin/echo", "three"), nil),
					awsec2.InitService_Enable(s("nginx"), &awsec2.InitServiceOptions{ServiceRestartHandle: handle}),
					awsec2.InitService_Enable(s("myapp"), &awsec2.InitServiceOptions{ServiceManager: awsec2.ServiceManager_SYSTEMD, EnsureRunning: jsii.Bool(false)}),
					awsec2.InitService_Enable(s("quiet"), &awsec2.InitServiceOptions{Enabled: jsii.Bool(false)}),
					awsec2.InitService_Disable(s("sendmail")),
				}),
			},
		})
		init.AddConfig(s("extra"), awsec2.NewInitConfig(&[]awsec2.InitElement{awsec2.InitCommand_ShellCommand(s("echo extra"), nil)}))
		init.AddConfig(s("empty"), awsec2.NewInitConfig(&[]awsec2.InitElement{}))
		init.AddConfigSet(s("withExtra"), jsii.Strings("extra", "empty"))
		init.AddConfigSet(s("none"), nil)
		linux := al2023(st, vpc, "Linux", init)
		linux.InitOptions = &awsec2.ApplyCloudFormationInitOptions{ConfigSets: jsii.Strings("default", "withExtra"), Timeout: awscdk.Duration_Minutes(n(10)),
			IncludeUrl: jsii.Bool(true), IncludeRole: jsii.Bool(true), PrintLog: jsii.Bool(false), IgnoreFailures: jsii.Bool(true)}
		linux.ResourceSignalTimeout = awscdk.Duration_Minutes(n(3))
		awsec2.NewInstance(st, s("Linux"), linux)
		simple := awsec2.NewInstance(st, s("Simple"), al2023(st, vpc, "Simple",
			awsec2.CloudFormationInit_FromElements(awsec2.InitCommand_ShellCommand(s("echo simple"), nil))))
		simple.AddUserData(s("echo after"))
		win := awsec2.NewInstance(st, s("Windows"), &awsec2.InstanceProps{Vpc: vpc, InstanceType: awsec2.NewInstanceType(s("m5.large")),
			MachineImage:              awsec2.MachineImage_LatestWindows(awsec2.WindowsVersion_WINDOWS_SERVER_2022_ENGLISH_FULL_BASE, nil),
			UserDataCausesReplacement: jsii.Bool(false)})
		win.ApplyCloudFormationInit(awsec2.CloudFormationInit_FromConfig(awsec2.NewInitConfig(&[]awsec2.InitElement{
			awsec2.InitPackage_Msi(s("https://example.com/app.msi"), nil),
			awsec2.InitFile_FromString(s(`C:\app\conf.txt`), s("windows"), nil),
			awsec2.InitCommand_ShellCommand(s("echo win"), &awsec2.InitCommandOptions{WaitAfterCompletion: awsec2.InitCommandWaitDuration_Forever()}),
			awsec2.InitCommand_ShellCommand(s("echo none"), &awsec2.InitCommandOptions{WaitAfterCompletion: awsec2.InitCommandWaitDuration_None()}),
			awsec2.InitCommand_ShellCommand(s("echo of"), &awsec2.InitCommandOptions{WaitAfterCompletion: awsec2.InitCommandWaitDuration_Of(awscdk.Duration_Minutes(n(2)))}),
			awsec2.InitService_Enable(s("w3svc"), nil),
		})), &awsec2.ApplyCloudFormationInitOptions{EmbedFingerprint: jsii.Bool(false)})
		res := awscdk.NewCfnResource(st, s("Raw"), &awscdk.CfnResourceProps{Type: s("AWS::EC2::Instance")})
		role := awsiam.NewRole(st, s("RawRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(s("ec2.amazonaws.com"), nil)})
		rawUd := awsec2.UserData_ForLinux(nil)
		awsec2.CloudFormationInit_FromElements(awsec2.InitGroup_FromName(s("g"), nil)).Attach(res, &awsec2.AttachInitOptions{
			Platform: awsec2.OperatingSystemType_LINUX, InstanceRole: role, UserData: rawUd,
			SignalResource: awscdk.NewCfnResource(st, s("Signal"), &awscdk.CfnResourceProps{Type: s("AWS::CloudFormation::WaitCondition")})})
		awscdk.NewCfnOutput(st, s("RawUserData"), &awscdk.CfnOutputProps{Value: awscdk.Fn_Base64(rawUd.Render())})
	},
	"InitLegacy": func(st awscdk.Stack) {
		st.Node().SetContext(s("@aws-cdk/aws-ec2:ec2SumTImeoutEnabled"), false)
		vpc := publicVpc(st)
		p := al2023(st, vpc, "I", awsec2.CloudFormationInit_FromElements(awsec2.InitUser_FromName(s("u"), nil)))
		p.InitOptions = &awsec2.ApplyCloudFormationInitOptions{}
		p.ResourceSignalTimeout = awscdk.Duration_Minutes(n(3))
		awsec2.NewInstance(st, s("I"), p)
	},
}

func TestInitTemplates(t *testing.T) { checkTemplates(t, initCases) }

func linuxInit(st awscdk.Stack, elements ...awsec2.InitElement) {
	awsec2.NewInstance(st, s("I"), &awsec2.InstanceProps{Vpc: vpc(st), InstanceType: awsec2.NewInstanceType(s("t3.nano")),
		MachineImage: awsec2.MachineImage_LatestAmazonLinux2023(nil), Init: awsec2.CloudFormationInit_FromElements(elements...)})
}

func windowsInit(st awscdk.Stack, elements ...awsec2.InitElement) {
	awsec2.NewInstance(st, s("I"), &awsec2.InstanceProps{Vpc: vpc(st), InstanceType: awsec2.NewInstanceType(s("m5.large")),
		MachineImage: awsec2.MachineImage_LatestWindows(awsec2.WindowsVersion_WINDOWS_SERVER_2022_ENGLISH_FULL_BASE, nil),
		Init:         awsec2.CloudFormationInit_FromElements(elements...)})
}

func init() {
	errorCases["InitDuplicateConfig"] = func(st awscdk.Stack) {
		awsec2.CloudFormationInit_FromElements().AddConfig(s("config"), awsec2.NewInitConfig(nil))
	}
	errorCases["InitDuplicateSet"] = func(st awscdk.Stack) { awsec2.CloudFormationInit_FromElements().AddConfigSet(s("default"), nil) }
	errorCases["InitUnknownConfig"] = func(st awscdk.Stack) {
		awsec2.CloudFormationInit_FromElements().AddConfigSet(s("x"), jsii.Strings("nope", "config", "nada"))
	}
	errorCases["InitEmptyArgv"] = func(st awscdk.Stack) { awsec2.InitCommand_ArgvCommand(&[]*string{}, nil) }
	errorCases["InitEmptyFile"] = func(st awscdk.Stack) { awsec2.InitFile_FromString(s("/x"), s(""), nil) }
	errorCases["InitSymlinkMode"] = func(st awscdk.Stack) {
		awsec2.InitFile_Symlink(s("/x"), s("/y"), &awsec2.InitFileOptions{Mode: s("000644")})
	}
	errorCases["InitSystemdRelative"] = func(st awscdk.Stack) {
		awsec2.InitService_SystemdConfigFile(s("x"), &awsec2.SystemdConfigFileOptions{Command: s("x")})
	}
	errorCases["InitSystemdEnvFile"] = func(st awscdk.Stack) {
		awsec2.InitService_SystemdConfigFile(s("x"), &awsec2.SystemdConfigFileOptions{Command: s("/x"), EnvironmentFiles: jsii.Strings("x.env")})
	}
	errorCases["InitWaitOnLinux"] = func(st awscdk.Stack) {
		linuxInit(st, awsec2.InitCommand_ShellCommand(s("x"), &awsec2.InitCommandOptions{WaitAfterCompletion: awsec2.InitCommandWaitDuration_None()}))
	}
	errorCases["InitMsiOnLinux"] = func(st awscdk.Stack) { linuxInit(st, awsec2.InitPackage_Msi(s("x"), nil)) }
	errorCases["InitYumOnWindows"] = func(st awscdk.Stack) { windowsInit(st, awsec2.InitPackage_Yum(s("x"), nil)) }
	errorCases["InitUserOnWindows"] = func(st awscdk.Stack) { windowsInit(st, awsec2.InitUser_FromName(s("x"), nil)) }
	errorCases["InitFileModeOnWindows"] = func(st awscdk.Stack) {
		windowsInit(st, awsec2.InitFile_FromString(s("x"), s("y"), &awsec2.InitFileOptions{Mode: s("000644")}))
	}
	errorCases["InitTwice"] = func(st awscdk.Stack) {
		i := awsec2.NewInstance(st, s("I"), &awsec2.InstanceProps{Vpc: vpc(st), InstanceType: awsec2.NewInstanceType(s("t3.nano")),
			MachineImage: awsec2.MachineImage_LatestAmazonLinux2023(nil), Init: awsec2.CloudFormationInit_FromElements(awsec2.InitUser_FromName(s("x"), nil))})
		i.ApplyCloudFormationInit(awsec2.CloudFormationInit_FromElements(awsec2.InitUser_FromName(s("y"), nil)), nil)
	}
	errorCases["InitUnknownOs"] = func(st awscdk.Stack) {
		awsec2.CloudFormationInit_FromElements().Attach(awscdk.NewCfnResource(st, s("R"), &awscdk.CfnResourceProps{Type: s("X::Y::Z")}), &awsec2.AttachInitOptions{
			Platform: awsec2.OperatingSystemType_UNKNOWN, InstanceRole: awsiam.NewRole(st, s("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewAnyPrincipal()}),
			UserData: awsec2.UserData_ForLinux(nil)})
	}
	errorCases["InitNoPackageName"] = func(st awscdk.Stack) { linuxInit(st, awsec2.InitPackage_Yum(s(""), nil)) }
	errorCases["ProfileAndRole"] = func(st awscdk.Stack) {
		awsec2.NewInstance(st, s("I"), &awsec2.InstanceProps{Vpc: vpc(st), InstanceType: awsec2.NewInstanceType(s("t3.nano")),
			MachineImage: awsec2.MachineImage_LatestAmazonLinux2023(nil), Role: awsiam.NewRole(st, s("R"), &awsiam.RoleProps{AssumedBy: awsiam.NewAnyPrincipal()}),
			InstanceProfile: awsiam.NewInstanceProfile(st, s("P"), nil)})
	}
}
