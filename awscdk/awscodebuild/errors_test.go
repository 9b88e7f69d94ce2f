package awscodebuild_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscodebuild"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/jsii"
)

func gh(filters ...awscodebuild.FilterGroup) *awscodebuild.GitHubSourceProps {
	return &awscodebuild.GitHubSourceProps{Owner: s("o"), Repo: s("r"), WebhookFilters: &filters}
}

// The Go twins of the bad-input cases in testdata/twins.js.
var errorCases = map[string]func(st awscdk.Stack){
	"NoSourceNoSpec": func(st awscdk.Stack) { awscodebuild.NewProject(st, s("P"), &awscodebuild.ProjectProps{}) },
	"NoSourceFileSpec": func(st awscdk.Stack) {
		awscodebuild.NewProject(st, s("P"), &awscodebuild.ProjectProps{BuildSpec: awscodebuild.BuildSpec_FromSourceFilename(s("b.yml"))})
	},
	"BadgeNoSource": func(st awscdk.Stack) {
		awscodebuild.NewProject(st, s("P"), &awscodebuild.ProjectProps{BuildSpec: spec(), Badge: jsii.Bool(true)})
	},
	"SgWithoutVpc": func(st awscdk.Stack) {
		awscodebuild.NewProject(st, s("P"), &awscodebuild.ProjectProps{BuildSpec: spec(), AllowAllOutbound: jsii.Bool(true)})
	},
	"AutoRetry": func(st awscdk.Stack) {
		awscodebuild.NewProject(st, s("P"), &awscodebuild.ProjectProps{BuildSpec: spec(), AutoRetryLimit: jsii.Number(11)})
	},
	"ConnectionsWithoutVpc": func(st awscdk.Stack) {
		awscodebuild.NewProject(st, s("P"), &awscodebuild.ProjectProps{BuildSpec: spec()}).Connections()
	},
	"LambdaTimeout": func(st awscdk.Stack) {
		awscodebuild.NewProject(st, s("P"), &awscodebuild.ProjectProps{BuildSpec: spec(), Timeout: awscdk.Duration_Minutes(jsii.Number(5)),
			Badge: jsii.Bool(false), Environment: env(awscodebuild.LinuxLambdaBuildImage_AMAZON_LINUX_2_NODE_18())})
	},
	"WindowsPrivileged": func(st awscdk.Stack) {
		awscodebuild.NewProject(st, s("P"), &awscodebuild.ProjectProps{BuildSpec: spec(), Environment: &awscodebuild.BuildEnvironment{
			Privileged: jsii.Bool(true), ComputeType: awscodebuild.ComputeType_SMALL, BuildImage: awscodebuild.WindowsBuildImage_WINDOWS_BASE_2_0()}})
	},
	"LinuxLambdaCompute": func(st awscdk.Stack) {
		awscodebuild.NewProject(st, s("P"), &awscodebuild.ProjectProps{BuildSpec: spec(), Environment: &awscodebuild.BuildEnvironment{
			ComputeType: awscodebuild.ComputeType_LAMBDA_1GB}})
	},
	"CloudWatchNoGroup": func(st awscdk.Stack) {
		awscodebuild.NewProject(st, s("P"), &awscodebuild.ProjectProps{BuildSpec: spec(),
			Logging: &awscodebuild.LoggingOptions{CloudWatch: &awscodebuild.CloudWatchLoggingOptions{}}})
	},
	"SecondaryNoId": func(st awscdk.Stack) {
		awscodebuild.NewProject(st, s("P"), &awscodebuild.ProjectProps{BuildSpec: spec(), SecondarySources: &[]awscodebuild.ISource{
			awscodebuild.Source_S3(&awscodebuild.S3SourceProps{Bucket: awss3.NewBucket(st, s("B"), nil), Path: s("x")})}})
	},
	"PlaintextSecret": func(st awscdk.Stack) {
		awscodebuild.NewProject(st, s("P"), &awscodebuild.ProjectProps{BuildSpec: spec(), EnvironmentVariables: &map[string]*awscodebuild.BuildEnvironmentVariable{
			"S": {Value: awscdk.SecretValue_UnsafePlainText(s("x"))}}})
	},
	"WebhookFiltersNoWebhook": func(st awscdk.Stack) {
		props := gh(awscodebuild.FilterGroup_InEventOf(awscodebuild.EventAction_PUSH))
		props.Webhook = jsii.Bool(false)
		awscodebuild.NewProject(st, s("P"), &awscodebuild.ProjectProps{Source: awscodebuild.Source_GitHub(props)})
	},
	"BaseRefOnPush": func(st awscdk.Stack) {
		awscodebuild.FilterGroup_InEventOf(awscodebuild.EventAction_PUSH).AndBaseBranchIs(s("main"))
	},
	"EmptyFilterGroup": func(st awscdk.Stack) { awscodebuild.FilterGroup_InEventOf() },
	"BitbucketReopened": func(st awscdk.Stack) {
		awscodebuild.NewProject(st, s("P"), &awscodebuild.ProjectProps{Source: awscodebuild.Source_BitBucket(&awscodebuild.BitBucketSourceProps{
			Owner: s("o"), Repo: s("r"), WebhookFilters: &[]awscodebuild.FilterGroup{awscodebuild.FilterGroup_InEventOf(awscodebuild.EventAction_PULL_REQUEST_REOPENED)}})})
	},
	"EnterpriseCommitMessage": func(st awscdk.Stack) {
		awscodebuild.NewProject(st, s("P"), &awscodebuild.ProjectProps{Source: awscodebuild.Source_GitHubEnterprise(&awscodebuild.GitHubEnterpriseSourceProps{
			HttpsCloneUrl: s("https://x"), WebhookFilters: &[]awscodebuild.FilterGroup{
				awscodebuild.FilterGroup_InEventOf(awscodebuild.EventAction_PULL_REQUEST_CREATED).AndCommitMessageIs(s("m"))}})})
	},
}

func TestProjectErrors(t *testing.T) {
	checkErrors(t, errorCases, nil)
}

// TestNilProps: constructors whose props aws-cdk-lib may omit accept nil;
// a Project without props fails as aws-cdk-lib's does, naming the construct.
func TestNilProps(t *testing.T) {
	if err := synthErr(t, func(app awscdk.App) {
		st := awscdk.NewStack(app, s("S"), nil)
		awscodebuild.NewPipelineProject(st, s("PP"), nil)
		awscodebuild.NewReportGroup(st, s("RG"), nil)
	}); err != nil {
		t.Fatalf("nil props: %v", err)
	}
	err := synthErr(t, func(app awscdk.App) {
		awscodebuild.NewProject(awscdk.NewStack(app, s("S"), nil), s("P"), nil)
	})
	if err == nil || !strings.Contains(err.Error(), "[S/P]") || !strings.Contains(err.Error(), "NoSource") {
		t.Fatalf("want the NoSource error at S/P, got %v", err)
	}
}

// TestNilArguments: a nil where aws-cdk-lib requires a value is a clear
// user error, never a Go nil dereference.
func TestNilArguments(t *testing.T) {
	cases := map[string]func(st awscdk.Stack){
		"S3Source":       func(st awscdk.Stack) { awscodebuild.Source_S3(nil) },
		"CodeCommit":     func(st awscdk.Stack) { awscodebuild.Source_CodeCommit(&awscodebuild.CodeCommitSourceProps{}) },
		"GitHub":         func(st awscdk.Stack) { awscodebuild.Source_GitHub(nil) },
		"Enterprise":     func(st awscdk.Stack) { awscodebuild.Source_GitHubEnterprise(nil) },
		"BitBucket":      func(st awscdk.Stack) { awscodebuild.Source_BitBucket(nil) },
		"S3Artifacts":    func(st awscdk.Stack) { awscodebuild.Artifacts_S3(nil) },
		"CacheBucket":    func(st awscdk.Stack) { awscodebuild.Cache_Bucket(nil, nil) },
		"Efs":            func(st awscdk.Stack) { awscodebuild.FileSystemLocation_Efs(nil) },
		"EcrImage":       func(st awscdk.Stack) { awscodebuild.LinuxBuildImage_FromEcrRepository(nil, nil) },
		"WindowsEcr":     func(st awscdk.Stack) { awscodebuild.WindowsBuildImage_FromEcrRepository(nil, nil, "") },
		"GpuEcr":         func(st awscdk.Stack) { awscodebuild.LinuxGpuBuildImage_FromEcrRepository(nil, nil) },
		"Fleet":          func(st awscdk.Stack) { awscodebuild.NewFleet(st, s("F"), nil) },
		"Credentials":    func(st awscdk.Stack) { awscodebuild.NewGitHubSourceCredentials(st, s("C"), nil) },
		"FromProjectArn": func(st awscdk.Stack) { awscodebuild.Project_FromProjectArn(st, s("P"), nil) },
		"ReportGrant":    func(st awscdk.Stack) { awscodebuild.NewReportGroup(st, s("R"), nil).GrantWrite(nil) },
		"SecondarySource": func(st awscdk.Stack) {
			awscodebuild.NewProject(st, s("P"), &awscodebuild.ProjectProps{BuildSpec: spec()}).AddSecondarySource(nil)
		},
		"NotifyOn": func(st awscdk.Stack) {
			awscodebuild.NewProject(st, s("P"), &awscodebuild.ProjectProps{BuildSpec: spec()}).NotifyOn(s("N"), nil, nil)
		},
	}
	for name, build := range cases {
		build := build
		t.Run(name, func(t *testing.T) {
			if err := synthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, s("S"), nil)) }); err == nil {
				t.Fatal("want an error")
			}
		})
	}
}
