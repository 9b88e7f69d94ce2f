package awscodepipelineactions_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscodebuild"
	"github.com/strata-cdk/strata/awscdk/awscodecommit"
	cp "github.com/strata-cdk/strata/awscdk/awscodepipeline"
	a "github.com/strata-cdk/strata/awscdk/awscodepipelineactions"
	"github.com/strata-cdk/strata/awscdk/awsecr"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/jsii"
)

var s = jsii.String

func acts(x ...cp.IAction) *[]cp.IAction { return &x }

// The Go twins of the stacks in testdata/twins.js, construct for construct.
var templateCases = map[string]func(st awscdk.Stack){
	"CodeCommitBuild": func(st awscdk.Stack) {
		repo := awscodecommit.NewRepository(st, s("Repo"), &awscodecommit.RepositoryProps{RepositoryName: s("app")})
		src := cp.NewArtifact(nil, nil)
		clone := cp.NewArtifact(s("Clone"), nil)
		built := cp.NewArtifact(s("Built"), nil)
		project := awscodebuild.NewPipelineProject(st, s("Project"), nil)
		p := cp.NewPipeline(st, s("Pipeline"), nil)
		ccs := a.NewCodeCommitSourceAction(&a.CodeCommitSourceActionProps{ActionName: s("Source"), Repository: repo, Output: src})
		p.AddStage(&cp.StageOptions{StageName: s("Source"), Actions: acts(ccs,
			a.NewCodeCommitSourceAction(&a.CodeCommitSourceActionProps{ActionName: s("Clone"), Repository: repo, Output: clone, Branch: s("dev"),
				CodeBuildCloneOutput: jsii.Bool(true), Trigger: a.CodeCommitTrigger_POLL}))})
		build := a.NewCodeBuildAction(&a.CodeBuildActionProps{ActionName: s("Build"), Project: project, Input: clone,
			ExtraInputs: &[]cp.Artifact{src}, Outputs: &[]cp.Artifact{built},
			EnvironmentVariables: &map[string]*awscodebuild.BuildEnvironmentVariable{
				"COMMIT": {Value: ccs.Variables().CommitId},
				"STAGE":  {Value: s("prod"), Type: awscodebuild.BuildEnvironmentVariableType_PLAINTEXT},
			}})
		p.AddStage(&cp.StageOptions{StageName: s("Build"), Actions: acts(build)})
		p.AddStage(&cp.StageOptions{StageName: s("Test"), Actions: acts(
			a.NewCodeBuildAction(&a.CodeBuildActionProps{ActionName: s("Test"), Project: project, Input: built, Type: a.CodeBuildActionType_TEST,
				RunOrder: jsii.Number(2), VariablesNamespace: s("TestNS")}),
			a.NewManualApprovalAction(&a.ManualApprovalActionProps{ActionName: s("Approve"), AdditionalInformation: build.Variable(s("IMAGE"))}))})
	},
	"Sources": func(st awscdk.Stack) {
		gh := cp.NewArtifact(nil, nil)
		cs := cp.NewArtifact(nil, nil)
		img := cp.NewArtifact(nil, nil)
		repo := awsecr.NewRepository(st, s("Images"), nil)
		p := cp.NewPipeline(st, s("Pipeline"), nil)
		p.AddStage(&cp.StageOptions{StageName: s("Source"), Actions: acts(
			a.NewGitHubSourceAction(&a.GitHubSourceActionProps{ActionName: s("GitHub"), Owner: s("me"), Repo: s("app"),
				OauthToken: awscdk.SecretValue_SecretsManager(s("gh-token"), nil), Output: gh}),
			a.NewCodeStarConnectionsSourceAction(&a.CodeStarConnectionsSourceActionProps{ActionName: s("Conn"), Owner: s("me"), Repo: s("lib"),
				Branch: s("main"), Output: cs, ConnectionArn: s("arn:aws:codeconnections:us-east-1:123456789012:connection/abc"),
				CodeBuildCloneOutput: jsii.Bool(true), TriggerOnPush: jsii.Bool(false)}),
			a.NewEcrSourceAction(&a.EcrSourceActionProps{ActionName: s("Image"), Repository: repo, Output: img, ImageTag: s("v1")}))})
		project := awscodebuild.NewPipelineProject(st, s("Project"), nil)
		p.AddStage(&cp.StageOptions{StageName: s("Build"), Actions: acts(
			a.NewCodeBuildAction(&a.CodeBuildActionProps{ActionName: s("Build"), Project: project, Input: cs, ExtraInputs: &[]cp.Artifact{gh, img},
				ExecuteBatchBuild: jsii.Bool(true), CombineBatchBuildArtifacts: jsii.Bool(true)}))})
	},
	"Lambda": func(st awscdk.Stack) {
		fn := awslambda.NewFunction(st, s("Fn"), &awslambda.FunctionProps{Runtime: awslambda.Runtime_NODEJS_20_X(), Handler: s("index.handler"),
			Code: awslambda.Code_FromInline(s("exports.handler=async()=>{}"))})
		bucket := awss3.NewBucket(st, s("Src"), &awss3.BucketProps{Versioned: jsii.Bool(true)})
		src := cp.NewArtifact(s("Src"), nil)
		out := cp.NewArtifact(s("Out"), nil)
		p := cp.NewPipeline(st, s("Pipeline"), nil)
		p.AddStage(&cp.StageOptions{StageName: s("Source"), Actions: acts(a.NewS3SourceAction(&a.S3SourceActionProps{ActionName: s("S3"),
			Bucket: bucket, BucketKey: s("k.zip"), Output: src, Trigger: a.S3Trigger_EVENTS}))})
		inv := a.NewLambdaInvokeAction(&a.LambdaInvokeActionProps{ActionName: s("Invoke"), Lambda: fn, Inputs: &[]cp.Artifact{src},
			Outputs: &[]cp.Artifact{out}, UserParameters: &map[string]interface{}{"b": 1, "a": "x"}})
		p.AddStage(&cp.StageOptions{StageName: s("Invoke"), Actions: acts(inv,
			a.NewLambdaInvokeAction(&a.LambdaInvokeActionProps{ActionName: s("Plain"), Lambda: fn, UserParametersString: s("raw"), RunOrder: jsii.Number(2)}),
			a.NewManualApprovalAction(&a.ManualApprovalActionProps{ActionName: s("Approve"), RunOrder: jsii.Number(3), AdditionalInformation: inv.Variable(s("Result"))}))})
	},
}

func s3src(st awscdk.Stack, id, name, art string) cp.IAction {
	return a.NewS3SourceAction(&a.S3SourceActionProps{ActionName: s(name), Bucket: awss3.NewBucket(st, s(id), nil), BucketKey: s("k"), Output: cp.NewArtifact(s(art), nil)})
}

var errorCases = map[string]func(st awscdk.Stack){
	"EmptyBranch": func(st awscdk.Stack) {
		a.NewCodeCommitSourceAction(&a.CodeCommitSourceActionProps{ActionName: s("S"), Output: cp.NewArtifact(nil, nil), Branch: s(""),
			Repository: awscodecommit.NewRepository(st, s("R"), &awscodecommit.RepositoryProps{RepositoryName: s("r")})})
	},
	"EmptyBucketKey": func(st awscdk.Stack) {
		a.NewS3SourceAction(&a.S3SourceActionProps{ActionName: s("S"), Bucket: awss3.NewBucket(st, s("B"), nil), BucketKey: s(""), Output: cp.NewArtifact(nil, nil)})
	},
	"BothParameters": func(st awscdk.Stack) {
		a.NewLambdaInvokeAction(&a.LambdaInvokeActionProps{ActionName: s("L"),
			Lambda:         awslambda.Function_FromFunctionArn(st, s("F"), s("arn:aws:lambda:us-east-1:123456789012:function:f")),
			UserParameters: &map[string]interface{}{}, UserParametersString: s("x")})
	},
	"ApprovalTimeout": func(st awscdk.Stack) {
		a.NewManualApprovalAction(&a.ManualApprovalActionProps{ActionName: s("A"), Timeout: awscdk.Duration_Minutes(jsii.Number(1))})
	},
	"SourceInSecondStage": func(st awscdk.Stack) {
		p := cp.NewPipeline(st, s("Pipeline"), nil)
		p.AddStage(&cp.StageOptions{StageName: s("A"), Actions: acts(s3src(st, "B", "S", "x"))})
		p.AddStage(&cp.StageOptions{StageName: s("B"), Actions: acts(s3src(st, "C", "T", "y"))})
	},
	"MissingInput": func(st awscdk.Stack) {
		p := cp.NewPipeline(st, s("Pipeline"), nil)
		p.AddStage(&cp.StageOptions{StageName: s("A"), Actions: acts(s3src(st, "B", "S", "x"))})
		p.AddStage(&cp.StageOptions{StageName: s("B"), Actions: acts(a.NewCodeBuildAction(&a.CodeBuildActionProps{ActionName: s("Build"),
			Project: awscodebuild.NewPipelineProject(st, s("P"), nil), Input: cp.NewArtifact(s("nope"), nil)}))})
	},
	"DuplicateAction": func(st awscdk.Stack) {
		p := cp.NewPipeline(st, s("Pipeline"), nil)
		p.AddStage(&cp.StageOptions{StageName: s("A"), Actions: acts(
			a.NewManualApprovalAction(&a.ManualApprovalActionProps{ActionName: s("X")}),
			a.NewManualApprovalAction(&a.ManualApprovalActionProps{ActionName: s("X")}))})
	},
}

func TestTemplates(t *testing.T) { checkTemplates(t, templateCases, nil) }

func TestErrors(t *testing.T) { checkErrors(t, errorCases, nil) }
