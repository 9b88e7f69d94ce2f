package awscodebuild_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awscodebuild"
	"github.com/strata-cdk/strata/awscdk/awscodecommit"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsecr"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/jsii"
)

func spec() awscodebuild.BuildSpec {
	return awscodebuild.BuildSpec_FromObject(&map[string]interface{}{
		"version": "0.2",
		"phases":  map[string]interface{}{"build": map[string]interface{}{"commands": []interface{}{"echo hello", "make"}}},
	})
}

func s(v string) *string { return jsii.String(v) }

func out(st awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(st, s(id), &awscdk.CfnOutputProps{Value: v})
}

func env(img awscodebuild.IBuildImage) *awscodebuild.BuildEnvironment {
	return &awscodebuild.BuildEnvironment{BuildImage: img}
}

// The Go twins of the stacks in testdata/twins.js, construct for construct.
var templateCases = map[string]func(st awscdk.Stack){
	"Default": func(st awscdk.Stack) {
		p := awscodebuild.NewProject(st, s("Project"), &awscodebuild.ProjectProps{BuildSpec: spec()})
		awscodebuild.NewPipelineProject(st, s("Pipeline"), nil)
		out(st, "Arn", p.ProjectArn())
		out(st, "Name", p.ProjectName())
	},
	"Sources": func(st awscdk.Stack) {
		bucket := awss3.NewBucket(st, s("Bucket"), nil)
		repo := awscodecommit.NewRepository(st, s("Repo"), &awscodecommit.RepositoryProps{RepositoryName: s("src")})
		awscodebuild.NewProject(st, s("S3"), &awscodebuild.ProjectProps{
			Source: awscodebuild.Source_S3(&awscodebuild.S3SourceProps{Bucket: bucket, Path: s("src/app.zip"), Version: s("v1")}),
			Artifacts: awscodebuild.Artifacts_S3(&awscodebuild.S3ArtifactsProps{Bucket: bucket, Path: s("out"), Name: s("art.zip"),
				IncludeBuildId: jsii.Bool(false), PackageZip: jsii.Bool(true), Encryption: jsii.Bool(false)}),
		})
		cc := awscodebuild.NewProject(st, s("CodeCommit"), &awscodebuild.ProjectProps{
			Source: awscodebuild.Source_CodeCommit(&awscodebuild.CodeCommitSourceProps{Repository: repo, BranchOrRef: s("main"),
				CloneDepth: jsii.Number(1), FetchSubmodules: jsii.Bool(true)}),
			Badge:     jsii.Bool(true),
			Artifacts: awscodebuild.Artifacts_S3(&awscodebuild.S3ArtifactsProps{Bucket: bucket, Identifier: s("primary")}),
			SecondarySources: &[]awscodebuild.ISource{awscodebuild.Source_S3(&awscodebuild.S3SourceProps{Bucket: bucket, Path: s("extra.zip"),
				Identifier: s("extra"), Version: s("v2")})},
			SecondaryArtifacts: &[]awscodebuild.IArtifacts{awscodebuild.Artifacts_S3(&awscodebuild.S3ArtifactsProps{Bucket: bucket,
				Identifier: s("second"), Name: s("second")})},
		})
		cc.AddSecondarySource(awscodebuild.Source_CodeCommit(&awscodebuild.CodeCommitSourceProps{Repository: repo, Identifier: s("more")}))
		awscodebuild.NewProject(st, s("GitHub"), &awscodebuild.ProjectProps{
			Source: awscodebuild.Source_GitHub(&awscodebuild.GitHubSourceProps{
				Owner: s("awslabs"), Repo: s("aws-cdk"), Webhook: jsii.Bool(true), WebhookTriggersBatchBuild: jsii.Bool(true),
				BranchOrRef: s("main"), BuildStatusContext: s("ctx"), BuildStatusUrl: s("https://example.com/$CODEBUILD_BUILD_ID"),
				WebhookFilters: &[]awscodebuild.FilterGroup{
					awscodebuild.FilterGroup_InEventOf(awscodebuild.EventAction_PUSH).AndBranchIs(s("main")).AndCommitMessageIs(s("the commit message")),
					awscodebuild.FilterGroup_InEventOf(awscodebuild.EventAction_PULL_REQUEST_CREATED, awscodebuild.EventAction_PULL_REQUEST_UPDATED).
						AndBaseBranchIsNot(s("dev")).AndHeadRefIs(s("refs/heads/feature/*")).AndFilePathIsNot(s("README.md")).AndActorAccountIs(s("123")).AndTagIsNot(s("v*")).
						AndBaseRefIs(s("refs/heads/x")).AndRepositoryNameIs(s("r")).AndFilePathIs(s("src/*")).AndTagIs(s("t")).AndBranchIsNot(s("b")).AndHeadRefIsNot(s("h")).
						AndActorAccountIsNot(s("9")).AndCommitMessageIsNot(s("skip")).AndBaseBranchIs(s("main")).AndBaseRefIsNot(s("y")).AndRepositoryNameIsNot(s("q")),
				},
			}),
		})
		awscodebuild.NewProject(st, s("GitHubOrg"), &awscodebuild.ProjectProps{Source: awscodebuild.Source_GitHub(&awscodebuild.GitHubSourceProps{Owner: s("my-org")})})
		awscodebuild.NewProject(st, s("GitHubNoStatus"), &awscodebuild.ProjectProps{Source: awscodebuild.Source_GitHub(&awscodebuild.GitHubSourceProps{
			Owner: s("o"), Repo: s("r"), ReportBuildStatus: jsii.Bool(false), Webhook: jsii.Bool(false)})})
		awscodebuild.NewProject(st, s("Enterprise"), &awscodebuild.ProjectProps{
			Source: awscodebuild.Source_GitHubEnterprise(&awscodebuild.GitHubEnterpriseSourceProps{
				HttpsCloneUrl: s("https://github.example.com/o/r.git"), IgnoreSslErrors: jsii.Bool(true), BuildStatusContext: s("c"),
				WebhookFilters: &[]awscodebuild.FilterGroup{awscodebuild.FilterGroup_InEventOf(awscodebuild.EventAction_PUSH).AndFilePathIs(s("x/*"))},
			}),
		})
		awscodebuild.NewProject(st, s("Bitbucket"), &awscodebuild.ProjectProps{
			Source: awscodebuild.Source_BitBucket(&awscodebuild.BitBucketSourceProps{
				Owner: s("o"), Repo: s("r"), BuildStatusName: s("n"), BuildStatusUrl: s("https://u"), CloneDepth: jsii.Number(5),
				WebhookFilters: &[]awscodebuild.FilterGroup{awscodebuild.FilterGroup_InEventOf(awscodebuild.EventAction_PULL_REQUEST_MERGED, awscodebuild.EventAction_PUSH)},
			}),
			BuildSpec: awscodebuild.BuildSpec_FromSourceFilename(s("ci/buildspec.yml")),
		})
	},
	"Environment": func(st awscdk.Stack) {
		key := awskms.NewKey(st, s("Key"), nil)
		certBucket := awss3.NewBucket(st, s("CertBucket"), nil)
		secret := awssecretsmanager.NewSecret(st, s("Secret"), nil)
		ecrRepo := awsecr.NewRepository(st, s("Ecr"), nil)
		awscodebuild.NewProject(st, s("Full"), &awscodebuild.ProjectProps{
			ProjectName:           s("full-project"),
			Description:           s("all the things"),
			BuildSpec:             spec(),
			Timeout:               awscdk.Duration_Minutes(jsii.Number(90)),
			QueuedTimeout:         awscdk.Duration_Hours(jsii.Number(2)),
			ConcurrentBuildLimit:  jsii.Number(3),
			AutoRetryLimit:        jsii.Number(2),
			Visibility:            awscodebuild.ProjectVisibility_PUBLIC_READ,
			SsmSessionPermissions: jsii.Bool(true),
			EncryptionKey:         key,
			Environment: &awscodebuild.BuildEnvironment{
				BuildImage:           awscodebuild.LinuxBuildImage_STANDARD_6_0(),
				ComputeType:          awscodebuild.ComputeType_LARGE,
				Privileged:           jsii.Bool(true),
				Certificate:          &awscodebuild.BuildEnvironmentCertificate{Bucket: certBucket, ObjectKey: s("cert.pem")},
				EnvironmentVariables: &map[string]*awscodebuild.BuildEnvironmentVariable{"FROM_ENV": {Value: "env"}},
			},
			EnvironmentVariables: &map[string]*awscodebuild.BuildEnvironmentVariable{
				"PLAIN":        {Value: "v"},
				"NUM":          {Value: 42},
				"PARAM":        {Type: awscodebuild.BuildEnvironmentVariableType_PARAMETER_STORE, Value: "/my/param"},
				"PARAM2":       {Type: awscodebuild.BuildEnvironmentVariableType_PARAMETER_STORE, Value: "other"},
				"SECRET_NAME":  {Type: awscodebuild.BuildEnvironmentVariableType_SECRETS_MANAGER, Value: "my-secret:key"},
				"SECRET_ARN":   {Type: awscodebuild.BuildEnvironmentVariableType_SECRETS_MANAGER, Value: "arn:aws:secretsmanager:us-east-1:222222222222:secret:other-AbCdEf:field"},
				"SECRET_TOKEN": {Type: awscodebuild.BuildEnvironmentVariableType_SECRETS_MANAGER, Value: secret.SecretArn()},
			},
		})
		awscodebuild.NewProject(st, s("Docker"), &awscodebuild.ProjectProps{BuildSpec: spec(), GrantReportGroupPermissions: jsii.Bool(false),
			Environment: env(awscodebuild.LinuxBuildImage_FromDockerRegistry(s("my/image:1"), &awscodebuild.DockerImageOptions{SecretsManagerCredentials: secret}))})
		awscodebuild.NewProject(st, s("FromEcr"), &awscodebuild.ProjectProps{BuildSpec: spec(), Environment: env(awscodebuild.LinuxBuildImage_FromEcrRepository(ecrRepo, s("v1")))})
		awscodebuild.NewProject(st, s("Windows"), &awscodebuild.ProjectProps{BuildSpec: spec(), Environment: env(awscodebuild.WindowsBuildImage_WIN_SERVER_CORE_2019_BASE_3_0())})
		awscodebuild.NewProject(st, s("WindowsEcr"), &awscodebuild.ProjectProps{BuildSpec: spec(),
			Environment: env(awscodebuild.WindowsBuildImage_FromEcrRepository(ecrRepo, nil, awscodebuild.WindowsImageType_SERVER_2022))})
		awscodebuild.NewProject(st, s("Arm"), &awscodebuild.ProjectProps{BuildSpec: spec(), Environment: env(awscodebuild.LinuxArmBuildImage_AMAZON_LINUX_2_STANDARD_3_0())})
		awscodebuild.NewProject(st, s("ArmDocker"), &awscodebuild.ProjectProps{BuildSpec: spec(), Environment: env(awscodebuild.LinuxArmBuildImage_FromDockerRegistry(s("arm/img"), nil))})
		awscodebuild.NewProject(st, s("Lambda"), &awscodebuild.ProjectProps{BuildSpec: spec(), Environment: &awscodebuild.BuildEnvironment{
			BuildImage: awscodebuild.LinuxLambdaBuildImage_AMAZON_LINUX_2023_NODE_22(), ComputeType: awscodebuild.ComputeType_LAMBDA_2GB}})
		awscodebuild.NewProject(st, s("ArmLambda"), &awscodebuild.ProjectProps{BuildSpec: spec(), Environment: env(awscodebuild.LinuxArmLambdaBuildImage_AMAZON_LINUX_2_PYTHON_3_11())})
		awscodebuild.NewProject(st, s("Mac"), &awscodebuild.ProjectProps{
			BuildSpec: awscodebuild.BuildSpec_FromObjectToYaml(&map[string]interface{}{
				"version": "0.2",
				"phases":  map[string]interface{}{"build": map[string]interface{}{"commands": []interface{}{`echo "hi: there"`, "ls -la"}}},
				"env":     map[string]interface{}{"variables": map[string]interface{}{"A": "true", "B": "1"}},
			}),
			Environment: env(awscodebuild.LinuxBuildImage_AMAZON_LINUX_2_5()),
		})
	},
	"Vpc": func(st awscdk.Stack) {
		vpc := awsec2.NewVpc(st, s("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(2), NatGateways: jsii.Number(1)})
		bucket := awss3.NewBucket(st, s("Bucket"), nil)
		logGroup := awslogs.NewLogGroup(st, s("Logs"), nil)
		p := awscodebuild.NewProject(st, s("InVpc"), &awscodebuild.ProjectProps{
			BuildSpec: spec(), Vpc: vpc, AllowAllOutbound: jsii.Bool(false),
			Logging: &awscodebuild.LoggingOptions{
				CloudWatch: &awscodebuild.CloudWatchLoggingOptions{LogGroup: logGroup, Prefix: s("pre")},
				S3:         &awscodebuild.S3LoggingOptions{Bucket: bucket, Prefix: s("logs"), Encrypted: jsii.Bool(false)},
			},
			Cache: awscodebuild.Cache_Local(awscodebuild.LocalCacheMode_DOCKER_LAYER, awscodebuild.LocalCacheMode_CUSTOM),
			FileSystemLocations: &[]awscodebuild.IFileSystemLocation{awscodebuild.FileSystemLocation_Efs(&awscodebuild.EfsFileSystemLocationProps{
				Identifier: s("myefs"), Location: s("fs-123.efs.us-east-1.amazonaws.com:/"), MountPoint: s("/mnt/efs"), MountOptions: s("nfsvers=4.1")})},
		})
		sg := awsec2.NewSecurityGroup(st, s("Sg"), &awsec2.SecurityGroupProps{Vpc: vpc})
		p2 := awscodebuild.NewProject(st, s("WithSg"), &awscodebuild.ProjectProps{
			BuildSpec: spec(), Vpc: vpc, SecurityGroups: &[]awsec2.ISecurityGroup{sg},
			SubnetSelection: &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC},
			Cache:           awscodebuild.Cache_Bucket(bucket, &awscodebuild.BucketCacheOptions{Prefix: s("cache"), CacheNamespace: s("ns")}),
			Logging: &awscodebuild.LoggingOptions{
				CloudWatch: &awscodebuild.CloudWatchLoggingOptions{Enabled: jsii.Bool(false)},
				S3:         &awscodebuild.S3LoggingOptions{Bucket: bucket, Enabled: jsii.Bool(false)},
			},
		})
		p.Connections().AllowTo(sg, awsec2.Port_Tcp(jsii.Number(443)), nil)
		p2.AddFileSystemLocation(awscodebuild.FileSystemLocation_Efs(&awscodebuild.EfsFileSystemLocationProps{
			Identifier: s("other"), Location: s("fs-456:/"), MountPoint: s("/mnt/o")}))
		awscodebuild.NewProject(st, s("BucketCache"), &awscodebuild.ProjectProps{BuildSpec: spec(), Cache: awscodebuild.Cache_Bucket(bucket, nil),
			Environment: env(awscodebuild.LinuxBuildImage_STANDARD_7_0())})
		awscodebuild.NewProject(st, s("NoCache"), &awscodebuild.ProjectProps{BuildSpec: spec(), Cache: awscodebuild.Cache_None()})
	},
	"Reports": func(st awscdk.Stack) {
		bucket := awss3.NewBucket(st, s("Bucket"), nil)
		p := awscodebuild.NewPipelineProject(st, s("Project"), nil)
		rg := awscodebuild.NewReportGroup(st, s("Default"), nil)
		full := awscodebuild.NewReportGroup(st, s("Full"), &awscodebuild.ReportGroupProps{
			ReportGroupName: s("my-reports"), ExportBucket: bucket, ZipExport: jsii.Bool(true),
			Type: awscodebuild.ReportGroupType_CODE_COVERAGE, DeleteReports: jsii.Bool(true), RemovalPolicy: awscdk.RemovalPolicy_DESTROY,
		})
		awscodebuild.NewReportGroup(st, s("NoZip"), &awscodebuild.ReportGroupProps{ExportBucket: bucket})
		rg.GrantWrite(p)
		full.GrantWrite(p)
		imp := awscodebuild.ReportGroup_FromReportGroupName(st, s("Imported"), s("imported-group"))
		imp.GrantWrite(p)
		out(st, "Arn", rg.ReportGroupArn())
		out(st, "Name", rg.ReportGroupName())
		out(st, "ImpArn", imp.ReportGroupArn())
	},
	"Events": func(st awscdk.Stack) {
		role := awsiam.NewRole(st, s("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(s("codebuild.amazonaws.com"), nil)})
		p := awscodebuild.NewProject(st, s("Project"), &awscodebuild.ProjectProps{BuildSpec: spec(), Role: role})
		p.OnEvent(s("Any"), &awsevents.OnEventOptions{Description: s("d")})
		p.OnStateChange(s("State"), nil)
		p.OnPhaseChange(s("Phase"), nil)
		p.OnBuildStarted(s("Started"), nil)
		p.OnBuildFailed(s("Failed"), nil)
		p.OnBuildSucceeded(s("Succeeded"), &awsevents.OnEventOptions{EventPattern: &awsevents.EventPattern{Account: jsii.Strings("1")}})
		p.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:ListAllMyBuckets"), Resources: jsii.Strings("*")}))
		p.EnableBatchBuilds()
		alarm := func(id string, m awscloudwatch.IMetric) {
			awscloudwatch.NewAlarm(st, s(id), &awscloudwatch.AlarmProps{Metric: m, Threshold: jsii.Number(1), EvaluationPeriods: jsii.Number(1)})
		}
		alarm("Builds", p.MetricBuilds(nil))
		alarm("Duration", p.MetricDuration(&awscloudwatch.MetricOptions{Period: awscdk.Duration_Minutes(jsii.Number(10))}))
		alarm("Succeeded", p.MetricSucceededBuilds(nil))
		alarm("FailedBuilds", p.MetricFailedBuilds(&awscloudwatch.MetricOptions{Statistic: s("Maximum")}))
		alarm("Custom", p.Metric(s("Custom"), &awscloudwatch.MetricOptions{}))
		byArn := awscodebuild.Project_FromProjectArn(st, s("ByArn"), s("arn:aws:codebuild:eu-west-1:222222222222:project/other"))
		byName := awscodebuild.Project_FromProjectName(st, s("ByName"), s("named"))
		byArn.OnBuildFailed(s("ArnFailed"), nil)
		byName.OnStateChange(s("NameState"), nil)
		byName.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:*"), Resources: jsii.Strings("*")}))
		alarm("ByNameBuilds", byName.MetricBuilds(nil))
		out(st, "ArnName", byArn.ProjectName())
		out(st, "NameArn", byName.ProjectArn())
		out(st, "Status", awscodebuild.StateChangeEvent_BuildStatus())
	},
}

func TestProjectTemplates(t *testing.T) {
	checkTemplates(t, templateCases, func(string) *awscdk.StackProps { return nil })
}
