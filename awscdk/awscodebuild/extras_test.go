package awscodebuild_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscodebuild"
	"github.com/strata-cdk/strata/awscdk/awscodestarnotifications"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsecr"
	"github.com/strata-cdk/strata/awscdk/awsecrassets"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/jsii"
)

func smallFleet(st awscdk.Stack, id string) awscodebuild.Fleet {
	return awscodebuild.NewFleet(st, s(id), &awscodebuild.FleetProps{BaseCapacity: jsii.Number(1),
		ComputeType: awscodebuild.FleetComputeType_SMALL, EnvironmentType: awscodebuild.EnvironmentType_LINUX_CONTAINER})
}

var extraCases = map[string]func(st awscdk.Stack){
	"Extras": func(st awscdk.Stack) {
		awscodebuild.NewGitHubSourceCredentials(st, s("GitHubCreds"), &awscodebuild.GitHubSourceCredentialsProps{
			AccessToken: awscdk.SecretValue_SecretsManager(s("gh-token"), nil)})
		awscodebuild.NewGitHubEnterpriseSourceCredentials(st, s("GheCreds"), &awscodebuild.GitHubEnterpriseSourceCredentialsProps{
			AccessToken: awscdk.SecretValue_UnsafePlainText(s("t0ken"))})
		awscodebuild.NewBitBucketSourceCredentials(st, s("BbCreds"), &awscodebuild.BitBucketSourceCredentialsProps{
			Username: awscdk.SecretValue_UnsafePlainText(s("me")),
			Password: awscdk.SecretValue_SecretsManager(s("bb"), &awscdk.SecretsManagerSecretOptions{JsonField: s("pw")})})
		boundary := awscodebuild.NewUntrustedCodeBoundaryPolicy(st, s("Boundary"), nil)
		awscodebuild.NewUntrustedCodeBoundaryPolicy(st, s("Named"), &awscodebuild.UntrustedCodeBoundaryPolicyProps{
			ManagedPolicyName: s("untrusted"),
			AdditionalStatements: &[]awsiam.PolicyStatement{awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
				Actions: jsii.Strings("s3:GetObject"), Resources: jsii.Strings("*")})},
		})
		awscodebuild.NewProject(st, s("Bounded"), &awscodebuild.ProjectProps{BuildSpec: spec(), Role: awsiam.NewRole(st, s("BoundedRole"), &awsiam.RoleProps{
			AssumedBy: awsiam.NewServicePrincipal(s("codebuild.amazonaws.com"), nil), PermissionsBoundary: boundary})})
		fleet := smallFleet(st, "Fleet")
		awscodebuild.NewFleet(st, s("Attr"), &awscodebuild.FleetProps{FleetName: s("attr-fleet"), BaseCapacity: jsii.Number(2),
			ComputeType: awscodebuild.FleetComputeType_ATTRIBUTE_BASED, EnvironmentType: awscodebuild.EnvironmentType_ARM_CONTAINER,
			ComputeConfiguration: &awscodebuild.ComputeConfiguration{VCpu: jsii.Number(4), Memory: awscdk.Size_Gibibytes(jsii.Number(8)),
				Disk: awscdk.Size_Gibibytes(jsii.Number(64)), MachineType: awscodebuild.MachineType_GENERAL},
			OverflowBehavior: awscodebuild.FleetOverflowBehavior_ON_DEMAND})
		awscodebuild.NewFleet(st, s("Custom"), &awscodebuild.FleetProps{BaseCapacity: jsii.Number(1),
			ComputeType: awscodebuild.FleetComputeType_CUSTOM_INSTANCE_TYPE, EnvironmentType: awscodebuild.EnvironmentType_LINUX_EC2,
			ComputeConfiguration: &awscodebuild.ComputeConfiguration{InstanceType: awsec2.InstanceType_Of(awsec2.InstanceClass_T3, awsec2.InstanceSize_LARGE),
				Disk: awscdk.Size_Gibibytes(jsii.Number(100))}})
		awscodebuild.NewProject(st, s("OnFleet"), &awscodebuild.ProjectProps{BuildSpec: spec(), Environment: &awscodebuild.BuildEnvironment{
			Fleet: fleet, BuildImage: awscodebuild.LinuxBuildImage_STANDARD_7_0()}})
		imported := awscodebuild.Fleet_FromFleetArn(st, s("ImportedFleet"), s("arn:aws:codebuild:us-east-1:123456789012:fleet/shared:abc"))
		awscodebuild.NewProject(st, s("OnImported"), &awscodebuild.ProjectProps{BuildSpec: spec(), Environment: &awscodebuild.BuildEnvironment{Fleet: imported}})
		awscodebuild.NewProject(st, s("Kernel"), &awscodebuild.ProjectProps{BuildSpec: spec(), Environment: &awscodebuild.BuildEnvironment{
			HostKernel: awscodebuild.HostKernel_LINUX_KERNEL_6}})
		out(st, "FleetArn", fleet.FleetArn())
		out(st, "FleetName", fleet.FleetName())
		out(st, "ImportedName", imported.FleetName())
	},
	"VpcFleet": func(st awscdk.Stack) {
		vpc := awsec2.NewVpc(st, s("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(2), NatGateways: jsii.Number(0),
			SubnetConfiguration: &[]*awsec2.SubnetConfiguration{{Name: s("pub"), SubnetType: awsec2.SubnetType_PUBLIC}}})
		f := awscodebuild.NewFleet(st, s("Fleet"), &awscodebuild.FleetProps{BaseCapacity: jsii.Number(1),
			ComputeType: awscodebuild.FleetComputeType_MEDIUM, EnvironmentType: awscodebuild.EnvironmentType_LINUX_CONTAINER, Vpc: vpc})
		f.Connections().AllowToAnyIpv4(awsec2.Port_Tcp(jsii.Number(443)), nil)
	},
}

func TestExtrasTemplates(t *testing.T) {
	checkTemplates(t, extraCases, func(name string) *awscdk.StackProps {
		if name == "GpuRegion" {
			return &awscdk.StackProps{Env: &awscdk.Environment{Account: s("111111111111"), Region: s("eu-south-1")}}
		}
		return nil
	})
}

func init() {
	fleetProps := func(p *awscodebuild.FleetProps) *awscodebuild.FleetProps {
		p.EnvironmentType = awscodebuild.EnvironmentType_LINUX_CONTAINER
		if p.ComputeType == "" {
			p.ComputeType = awscodebuild.FleetComputeType_SMALL
		}
		if p.BaseCapacity == nil {
			p.BaseCapacity = jsii.Number(1)
		}
		return p
	}
	errorCases["FleetNameShort"] = func(st awscdk.Stack) {
		awscodebuild.NewFleet(st, s("F"), fleetProps(&awscodebuild.FleetProps{FleetName: s("x")}))
	}
	errorCases["FleetCapacity"] = func(st awscdk.Stack) {
		awscodebuild.NewFleet(st, s("F"), fleetProps(&awscodebuild.FleetProps{BaseCapacity: jsii.Number(0)}))
	}
	errorCases["FleetAttrEmpty"] = func(st awscdk.Stack) {
		awscodebuild.NewFleet(st, s("F"), fleetProps(&awscodebuild.FleetProps{ComputeType: awscodebuild.FleetComputeType_ATTRIBUTE_BASED}))
	}
	errorCases["FleetConfigOnSmall"] = func(st awscdk.Stack) {
		awscodebuild.NewFleet(st, s("F"), fleetProps(&awscodebuild.FleetProps{ComputeConfiguration: &awscodebuild.ComputeConfiguration{VCpu: jsii.Number(2)}}))
	}
	errorCases["FleetImageMismatch"] = func(st awscdk.Stack) {
		awscodebuild.NewProject(st, s("P"), &awscodebuild.ProjectProps{BuildSpec: spec(), Environment: &awscodebuild.BuildEnvironment{
			BuildImage: awscodebuild.WindowsBuildImage_WIN_SERVER_CORE_2019_BASE(), Fleet: smallFleet(st, "F")}})
	}
	errorCases["MacWithoutFleet"] = func(st awscdk.Stack) {
		awscodebuild.NewProject(st, s("P"), &awscodebuild.ProjectProps{BuildSpec: spec(), Environment: env(awscodebuild.MacBuildImage_BASE_14())})
	}
	errorCases["DeleteReportsRetain"] = func(st awscdk.Stack) {
		awscodebuild.NewReportGroup(st, s("R"), &awscodebuild.ReportGroupProps{DeleteReports: jsii.Bool(true)})
	}
	errorCases["PipelineSecondary"] = func(st awscdk.Stack) {
		awscodebuild.NewPipelineProject(st, s("P"), nil).AddSecondarySource(awscodebuild.Source_S3(&awscodebuild.S3SourceProps{
			Bucket: awss3.NewBucket(st, s("B"), nil), Path: s("p"), Identifier: s("id")}))
	}
}

func init() {
	extraCases["Notify"] = func(st awscdk.Stack) {
		topic := awssns.NewTopic(st, s("Topic"), nil)
		p := awscodebuild.NewProject(st, s("Project"), &awscodebuild.ProjectProps{BuildSpec: spec()})
		p.NotifyOn(s("Many"), topic, &awscodebuild.ProjectNotifyOnOptions{Events: &[]awscodebuild.ProjectNotificationEvents{
			awscodebuild.ProjectNotificationEvents_BUILD_IN_PROGRESS, awscodebuild.ProjectNotificationEvents_BUILD_STOPPED,
			awscodebuild.ProjectNotificationEvents_BUILD_PHASE_FAILED, awscodebuild.ProjectNotificationEvents_BUILD_PHASE_SUCCEEDED},
			DetailType: awscodestarnotifications.DetailType_BASIC})
		p.NotifyOnBuildSucceeded(s("Succeeded"), topic, nil)
		p.NotifyOnBuildFailed(s("Failed"), topic, &awscodestarnotifications.NotificationRuleOptions{NotificationRuleName: s("failed"), Enabled: jsii.Bool(false)})
		awscodebuild.Project_FromProjectName(st, s("Imp"), s("imp")).NotifyOnBuildFailed(s("ImpFailed"), topic, nil)
	}
}

func init() {
	extraCases["Gpu"] = func(st awscdk.Stack) {
		awscodebuild.NewProject(st, s("Dlc"), &awscodebuild.ProjectProps{BuildSpec: spec(), Environment: env(awscodebuild.LinuxGpuBuildImage_DLC_TENSORFLOW_2_1_0_TRAINING())})
		awscodebuild.NewProject(st, s("Explicit"), &awscodebuild.ProjectProps{BuildSpec: spec(), Environment: &awscodebuild.BuildEnvironment{
			BuildImage:  awscodebuild.LinuxGpuBuildImage_AwsDeepLearningContainersImage(s("pytorch-training"), s("1.0"), s("123456789012")),
			ComputeType: awscodebuild.ComputeType_SMALL}})
	}
	extraCases["GpuRegion"] = func(st awscdk.Stack) {
		awscodebuild.NewProject(st, s("Dlc"), &awscodebuild.ProjectProps{BuildSpec: spec(), Environment: env(awscodebuild.LinuxGpuBuildImage_DLC_PYTORCH_1_5_0_INFERENCE())})
		repo := awsecr.NewRepository(st, s("Repo"), nil)
		awscodebuild.NewProject(st, s("FromEcr"), &awscodebuild.ProjectProps{BuildSpec: spec(), Environment: env(awscodebuild.LinuxGpuBuildImage_FromEcrRepository(repo, nil))})
	}
	errorCases["WindowsKernel"] = func(st awscdk.Stack) {
		awscodebuild.NewProject(st, s("P"), &awscodebuild.ProjectProps{BuildSpec: spec(), Environment: &awscodebuild.BuildEnvironment{
			HostKernel: awscodebuild.HostKernel_LINUX_KERNEL_4, BuildImage: awscodebuild.WindowsBuildImage_WIN_SERVER_CORE_2019_BASE()}})
	}
	errorCases["GpuCompute"] = func(st awscdk.Stack) {
		awscodebuild.NewProject(st, s("P"), &awscodebuild.ProjectProps{BuildSpec: spec(), Environment: &awscodebuild.BuildEnvironment{
			BuildImage: awscodebuild.LinuxGpuBuildImage_DLC_MXNET_1_6_0(), ComputeType: awscodebuild.ComputeType_MEDIUM}})
	}
}

func init() {
	extraCases["More"] = func(st awscdk.Stack) {
		vpc := awsec2.NewVpc(st, s("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(1), NatGateways: jsii.Number(0),
			SubnetConfiguration: &[]*awsec2.SubnetConfiguration{{Name: s("pub"), SubnetType: awsec2.SubnetType_PUBLIC}}})
		role := awsiam.NewRole(st, s("SharedRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(s("codebuild.amazonaws.com"), nil)})
		awscodebuild.NewProject(st, s("First"), &awscodebuild.ProjectProps{BuildSpec: spec(), Vpc: vpc, Role: role})
		awscodebuild.NewProject(st, s("Second"), &awscodebuild.ProjectProps{BuildSpec: spec(), Vpc: vpc, Role: role})
		key := awskms.NewKey(st, s("ArtifactKey"), nil)
		bucket := awss3.NewBucket(st, s("Artifacts"), &awss3.BucketProps{EncryptionKey: key})
		pp := awscodebuild.NewPipelineProject(st, s("InPipeline"), nil)
		pp.BindToCodePipeline(st, &awscodebuild.BindToCodePipelineOptions{ArtifactBucket: bucket})
		pp.BindToCodePipeline(st, &awscodebuild.BindToCodePipelineOptions{ArtifactBucket: awss3.NewBucket(st, s("Other"),
			&awss3.BucketProps{EncryptionKey: awskms.NewKey(st, s("OtherKey"), nil)})})
		awscodebuild.NewProject(st, s("AssetSpec"), &awscodebuild.ProjectProps{BuildSpec: awscodebuild.BuildSpec_FromAsset(s("testdata/buildspec.yml"))})
		awscodebuild.NewProject(st, s("DockerAsset"), &awscodebuild.ProjectProps{BuildSpec: spec(),
			Environment: env(awscodebuild.LinuxBuildImage_FromAsset(st, s("Image"), &awsecrassets.DockerImageAssetProps{Directory: s("testdata/image")}))})
	}
}
