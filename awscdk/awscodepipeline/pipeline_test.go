package awscodepipeline_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	cp "github.com/strata-cdk/strata/awscdk/awscodepipeline"
	"github.com/strata-cdk/strata/awscdk/awscodepipelineactions"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/jsii"
)

var s = jsii.String

func source(st awscdk.Stack, out cp.Artifact) awscodepipelineactions.S3SourceAction {
	bucket := awss3.NewBucket(st, s("Src"), &awss3.BucketProps{Versioned: jsii.Bool(true)})
	return awscodepipelineactions.NewS3SourceAction(&awscodepipelineactions.S3SourceActionProps{
		ActionName: s("Source"), Bucket: bucket, BucketKey: s("src.zip"), Output: out})
}

func approval(name string) cp.IAction {
	return awscodepipelineactions.NewManualApprovalAction(&awscodepipelineactions.ManualApprovalActionProps{ActionName: s(name)})
}

func out(st awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(st, s(id), &awscdk.CfnOutputProps{Value: v})
}

// The Go twins of the stacks in testdata/twins.js, construct for construct.
var templateCases = map[string]func(st awscdk.Stack){
	"Default": func(st awscdk.Stack) {
		o := cp.NewArtifact(nil, nil)
		p := cp.NewPipeline(st, s("Pipeline"), nil)
		p.AddStage(&cp.StageOptions{StageName: s("Source"), Actions: &[]cp.IAction{source(st, o)}})
		p.AddStage(&cp.StageOptions{StageName: s("Approve"), Actions: &[]cp.IAction{approval("Approve")}})
		out(st, "Arn", p.PipelineArn())
		out(st, "Name", p.PipelineName())
		out(st, "Version", p.PipelineVersion())
		out(st, "Bucket", p.ArtifactBucket().BucketName())
	},
	"AllProps": func(st awscdk.Stack) {
		o := cp.NewArtifact(s("SourceOut"), nil)
		p := cp.NewPipeline(st, s("Pipeline"), &cp.PipelineProps{
			PipelineName: s("my-pipeline"), PipelineType: cp.PipelineType_V1, RestartExecutionOnUpdate: jsii.Bool(true),
			CrossAccountKeys: jsii.Bool(true), EnableKeyRotation: jsii.Bool(true), ExecutionMode: cp.ExecutionMode_SUPERSEDED,
			Stages: &[]*cp.StageProps{{StageName: s("Source"), Actions: &[]cp.IAction{source(st, o)}}},
		})
		last := p.AddStage(&cp.StageOptions{StageName: s("Last"), TransitionToEnabled: jsii.Bool(false), TransitionDisabledReason: s("not yet"),
			Actions: &[]cp.IAction{awscodepipelineactions.NewManualApprovalAction(&awscodepipelineactions.ManualApprovalActionProps{
				ActionName: s("A1"), RunOrder: jsii.Number(2), AdditionalInformation: s("info"), ExternalEntityLink: s("https://example.com")})}})
		p.AddStage(&cp.StageOptions{StageName: s("Middle"), Placement: &cp.StagePlacement{RightBefore: last}, TransitionToEnabled: jsii.Bool(false),
			Actions: &[]cp.IAction{awscodepipelineactions.NewManualApprovalAction(&awscodepipelineactions.ManualApprovalActionProps{
				ActionName: s("A2"), NotifyEmails: jsii.Strings("a@example.com"), Timeout: awscdk.Duration_Minutes(jsii.Number(30))})}})
		p.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:ListBucket"), Resources: jsii.Strings("*")}))
	},
	"V2": func(st awscdk.Stack) {
		bucket := awss3.NewBucket(st, s("Artifacts"), nil)
		role := awsiam.NewRole(st, s("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(s("codepipeline.amazonaws.com"), nil)})
		v := cp.NewVariable(&cp.VariableProps{VariableName: s("env"), DefaultValue: s("dev"), Description: s("the env")})
		p := cp.NewPipeline(st, s("Pipeline"), &cp.PipelineProps{
			ArtifactBucket: bucket, Role: role, PipelineType: cp.PipelineType_V2, ExecutionMode: cp.ExecutionMode_PARALLEL,
			Variables: &[]cp.Variable{v},
		})
		p.AddVariable(cp.NewVariable(&cp.VariableProps{VariableName: s("plain")}))
		o := cp.NewArtifact(nil, nil)
		src := source(st, o)
		p.AddStage(&cp.StageOptions{StageName: s("Source"), Actions: &[]cp.IAction{src}})
		topic := awssns.NewTopic(st, s("Topic"), nil)
		p.AddStage(&cp.StageOptions{StageName: s("Approve"), Actions: &[]cp.IAction{
			awscodepipelineactions.NewManualApprovalAction(&awscodepipelineactions.ManualApprovalActionProps{
				ActionName: s("Approve"), NotificationTopic: topic, AdditionalInformation: s(*v.Reference() + " " + *src.Variables().VersionId)})}})
	},
	"Events": func(st awscdk.Stack) {
		o := cp.NewArtifact(nil, nil)
		p := cp.NewPipeline(st, s("Pipeline"), nil)
		src := source(st, o)
		p.AddStage(&cp.StageOptions{StageName: s("Source"), Actions: &[]cp.IAction{src}})
		approve := awscodepipelineactions.NewManualApprovalAction(&awscodepipelineactions.ManualApprovalActionProps{ActionName: s("Approve")})
		stage := p.AddStage(&cp.StageOptions{StageName: s("Approve"), Actions: &[]cp.IAction{approve}})
		topic := awssns.NewTopic(st, s("Topic"), nil)
		p.OnEvent(s("Any"), &awsevents.OnEventOptions{Description: s("any")})
		p.OnStateChange(s("State"), nil)
		stage.OnStateChange(s("StageState"), nil, nil)
		src.OnStateChange(s("ActionState"), nil, nil)
		p.NotifyOnExecutionStateChange(s("Exec"), topic, nil)
		p.NotifyOnAnyStageStateChange(s("Stages"), topic, nil)
		p.NotifyOnAnyActionStateChange(s("Actions"), topic, nil)
		p.NotifyOnAnyManualApprovalStateChange(s("Approvals"), topic, nil)
		p.NotifyOn(s("Custom"), topic, &cp.PipelineNotifyOnOptions{Events: &[]cp.PipelineNotificationEvents{cp.PipelineNotificationEvents_PIPELINE_EXECUTION_FAILED},
			NotificationRuleName: s("custom")})
		user := awsiam.NewUser(st, s("User"), nil)
		approve.GrantManualApproval(user)
		imported := cp.Pipeline_FromPipelineArn(st, s("Imported"), s("arn:aws:codepipeline:eu-west-1:123456789012:other"))
		imported.OnStateChange(s("ImportedState"), nil)
		out(st, "ImportedName", imported.PipelineName())
	},
}

var errorCases = map[string]func(st awscdk.Stack){
	"OneStage": func(st awscdk.Stack) {
		p := cp.NewPipeline(st, s("Pipeline"), nil)
		p.AddStage(&cp.StageOptions{StageName: s("Source"), Actions: &[]cp.IAction{source(st, cp.NewArtifact(nil, nil))}})
	},
	"RotationWithoutKeys": func(st awscdk.Stack) {
		cp.NewPipeline(st, s("Pipeline"), &cp.PipelineProps{EnableKeyRotation: jsii.Bool(true)})
	},
	"DuplicateStage": func(st awscdk.Stack) {
		p := cp.NewPipeline(st, s("Pipeline"), nil)
		p.AddStage(&cp.StageOptions{StageName: s("A")})
		p.AddStage(&cp.StageOptions{StageName: s("A")})
	},
	"NoStage": func(st awscdk.Stack) { cp.NewPipeline(st, s("Pipeline"), nil).Stage(s("Nope")) },
	"ParallelOnV1": func(st awscdk.Stack) {
		cp.NewPipeline(st, s("Pipeline"), &cp.PipelineProps{PipelineType: cp.PipelineType_V1, ExecutionMode: cp.ExecutionMode_QUEUED})
	},
	"BadStageName": func(st awscdk.Stack) {
		cp.NewPipeline(st, s("Pipeline"), nil).AddStage(&cp.StageOptions{StageName: s("a b")})
	},
}

func TestTemplates(t *testing.T) { checkTemplates(t, templateCases, nil) }

func TestErrors(t *testing.T) { checkErrors(t, errorCases, nil) }

func init() {
	templateCases["Custom"] = func(st awscdk.Stack) {
		cp.NewCustomActionRegistration(st, s("Plain"), &cp.CustomActionRegistrationProps{Category: cp.ActionCategory_BUILD, Provider: s("MyBuild"),
			ArtifactBounds: &cp.ActionArtifactBounds{MinInputs: jsii.Number(1), MaxInputs: jsii.Number(1), MinOutputs: jsii.Number(0), MaxOutputs: jsii.Number(1)}})
		cp.NewCustomActionRegistration(st, s("Full"), &cp.CustomActionRegistrationProps{Category: cp.ActionCategory_DEPLOY, Provider: s("MyDeploy"),
			Version: s("2"), EntityUrl: s("https://e"), ExecutionUrl: s("https://x"),
			ArtifactBounds: &cp.ActionArtifactBounds{MinInputs: jsii.Number(0), MaxInputs: jsii.Number(2), MinOutputs: jsii.Number(0), MaxOutputs: jsii.Number(0)},
			ActionProperties: &[]*cp.CustomActionProperty{{Name: s("A"), Required: jsii.Bool(true)},
				{Name: s("B"), Required: jsii.Bool(false), Key: jsii.Bool(true), Secret: jsii.Bool(true), Queryable: jsii.Bool(true), Description: s("b"), Type: s("String")}}})
	}
}
