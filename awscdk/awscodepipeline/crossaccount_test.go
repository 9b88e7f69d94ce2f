package awscodepipeline_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	cp "github.com/strata-cdk/strata/awscdk/awscodepipeline"
	"github.com/strata-cdk/strata/awscdk/awscodepipelineactions"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

func TestCrossAccount(t *testing.T) {
	golden.CheckApp(t, []string{"CrossAccount", "cross-account-support-stack-222222222222"}, func(app awscdk.App) {
		st := awscdk.NewStack(app, s("CrossAccount"), &awscdk.StackProps{Env: &awscdk.Environment{Account: s("111111111111"), Region: s("us-east-1")}})
		bucket := awss3.NewBucket(st, s("Src"), &awss3.BucketProps{Versioned: jsii.Bool(true)})
		src := cp.NewArtifact(s("Src"), nil)
		p := cp.NewPipeline(st, s("Pipeline"), &cp.PipelineProps{CrossAccountKeys: jsii.Bool(true)})
		p.AddStage(&cp.StageOptions{StageName: s("Source"), Actions: &[]cp.IAction{awscodepipelineactions.NewS3SourceAction(
			&awscodepipelineactions.S3SourceActionProps{ActionName: s("S3"), Bucket: bucket, BucketKey: s("k.zip"), Output: src})}})
		p.AddStage(&cp.StageOptions{StageName: s("Deploy"), Actions: &[]cp.IAction{approval("Approve"),
			awscodepipelineactions.NewCloudFormationCreateUpdateStackAction(&awscodepipelineactions.CloudFormationCreateUpdateStackActionProps{
				ActionName: s("Deploy"), StackName: s("app"), TemplatePath: src.AtPath(s("t.json")), AdminPermissions: jsii.Bool(false),
				Account: s("222222222222"), RunOrder: jsii.Number(2)})}})
	}, nil)
}

func TestCrossRegion(t *testing.T) {
	golden.CheckApp(t, []string{"CrossRegion", "Other", "cross-region-stack-111111111111_eu-west-1"}, func(app awscdk.App) {
		st := awscdk.NewStack(app, s("CrossRegion"), &awscdk.StackProps{Env: &awscdk.Environment{Account: s("111111111111"), Region: s("us-east-1")}})
		other := awscdk.NewStack(app, s("Other"), &awscdk.StackProps{Env: &awscdk.Environment{Account: s("111111111111"), Region: s("us-west-2")}})
		site := awss3.NewBucket(other, s("Site"), &awss3.BucketProps{BucketName: s("my-site")})
		bucket := awss3.NewBucket(st, s("Src"), &awss3.BucketProps{Versioned: jsii.Bool(true)})
		src := cp.NewArtifact(s("Src"), nil)
		p := cp.NewPipeline(st, s("Pipeline"), nil)
		p.AddStage(&cp.StageOptions{StageName: s("Source"), Actions: &[]cp.IAction{awscodepipelineactions.NewS3SourceAction(
			&awscodepipelineactions.S3SourceActionProps{ActionName: s("S3"), Bucket: bucket, BucketKey: s("k.zip"), Output: src})}})
		p.AddStage(&cp.StageOptions{StageName: s("Deploy"), Actions: &[]cp.IAction{
			awscodepipelineactions.NewCloudFormationCreateUpdateStackAction(&awscodepipelineactions.CloudFormationCreateUpdateStackActionProps{
				ActionName: s("Deploy"), StackName: s("app"), TemplatePath: src.AtPath(s("t.json")), AdminPermissions: jsii.Bool(false),
				Region: s("eu-west-1")}),
			awscodepipelineactions.NewS3DeployAction(&awscodepipelineactions.S3DeployActionProps{ActionName: s("Site"), Bucket: site, Input: src}),
		}})
	}, nil)
}

func init() {
	templateCases["Triggers"] = func(st awscdk.Stack) {
		o := cp.NewArtifact(s("Src"), nil)
		conn := awscodepipelineactions.NewCodeStarConnectionsSourceAction(&awscodepipelineactions.CodeStarConnectionsSourceActionProps{
			ActionName: s("Conn"), Owner: s("me"), Repo: s("app"), Output: o, ConnectionArn: s("arn:aws:codeconnections:us-east-1:123456789012:connection/abc")})
		rule := cp.NewRule(&cp.RuleProps{Name: s("Check"), Provider: s("DeploymentWindow"), Version: s("1"),
			Configuration: &map[string]interface{}{"Cron": "cron(0 9 ? * MON-FRI *)", "TimeZone": "UTC"}})
		p := cp.NewPipeline(st, s("Pipeline"), &cp.PipelineProps{
			PipelineType: cp.PipelineType_V2,
			Triggers: &[]*cp.TriggerProps{{ProviderType: cp.ProviderType_CODE_STAR_SOURCE_CONNECTION, GitConfiguration: &cp.GitConfiguration{
				SourceAction: conn,
				PushFilter: &[]*cp.GitPushFilter{{BranchesIncludes: jsii.Strings("main"), FilePathsExcludes: jsii.Strings("docs/*")},
					{TagsIncludes: jsii.Strings("v*"), TagsExcludes: jsii.Strings("beta")}},
				PullRequestFilter: &[]*cp.GitPullRequestFilter{{BranchesExcludes: jsii.Strings("wip"),
					Events: &[]cp.GitPullRequestEvent{cp.GitPullRequestEvent_OPEN, cp.GitPullRequestEvent_OPEN, cp.GitPullRequestEvent_CLOSED}},
					{BranchesIncludes: jsii.Strings("main")}}}}},
		})
		p.AddStage(&cp.StageOptions{StageName: s("Source"), Actions: &[]cp.IAction{conn}})
		p.AddStage(&cp.StageOptions{StageName: s("Approve"), Actions: &[]cp.IAction{approval("Approve")},
			BeforeEntry: &cp.Conditions{Conditions: &[]*cp.Condition{{Rules: &[]cp.Rule{rule}, Result: cp.Result_FAIL}}},
			OnSuccess: &cp.Conditions{Conditions: &[]*cp.Condition{{Result: cp.Result_ROLLBACK, Rules: &[]cp.Rule{cp.NewRule(&cp.RuleProps{
				Name: s("Alarm"), Provider: s("CloudWatchAlarm"), Version: s("1"), Configuration: &map[string]interface{}{"AlarmName": "a"},
				InputArtifacts: jsii.Strings("Src")})}}}},
			OnFailure: &cp.FailureConditions{Result: cp.Result_RETRY, RetryMode: cp.RetryMode_FAILED_ACTIONS},
		})
		out(st, "RuleRef", rule.Reference())
	}
}

func init() {
	errorCases["VariablesOnV1"] = func(st awscdk.Stack) {
		p := cp.NewPipeline(st, s("Pipeline"), &cp.PipelineProps{PipelineType: cp.PipelineType_V1,
			Variables: &[]cp.Variable{cp.NewVariable(&cp.VariableProps{VariableName: s("v")})}})
		p.AddStage(&cp.StageOptions{StageName: s("Source"), Actions: &[]cp.IAction{source(st, cp.NewArtifact(nil, nil))}})
		p.AddStage(&cp.StageOptions{StageName: s("B"), Actions: &[]cp.IAction{approval("A")}})
	}
	errorCases["TriggerNotCodeStar"] = func(st awscdk.Stack) {
		cp.NewPipeline(st, s("Pipeline"), &cp.PipelineProps{Triggers: &[]*cp.TriggerProps{{ProviderType: cp.ProviderType_CODE_STAR_SOURCE_CONNECTION,
			GitConfiguration: &cp.GitConfiguration{SourceAction: approval("A")}}}})
	}
	errorCases["DuplicateVariable"] = func(st awscdk.Stack) {
		cp.NewPipeline(st, s("Pipeline"), &cp.PipelineProps{Variables: &[]cp.Variable{
			cp.NewVariable(&cp.VariableProps{VariableName: s("v")}), cp.NewVariable(&cp.VariableProps{VariableName: s("v")})}})
	}
	errorCases["BadVariableName"] = func(st awscdk.Stack) { cp.NewVariable(&cp.VariableProps{VariableName: s("a b")}) }
	errorCases["UnnamedInput"] = func(st awscdk.Stack) {
		p := cp.NewPipeline(st, s("Pipeline"), nil)
		p.AddStage(&cp.StageOptions{StageName: s("Source"), Actions: &[]cp.IAction{source(st, cp.NewArtifact(s("x"), nil))}})
		p.AddStage(&cp.StageOptions{StageName: s("B"), Actions: &[]cp.IAction{awscodepipelineactions.NewS3DeployAction(
			&awscodepipelineactions.S3DeployActionProps{ActionName: s("D"), Bucket: awss3.NewBucket(st, s("T"), nil), Input: cp.NewArtifact(nil, nil)})}})
	}
}
