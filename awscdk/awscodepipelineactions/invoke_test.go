package awscodepipelineactions_test

import (
	"github.com/strata-cdk/strata/awscdk"
	cp "github.com/strata-cdk/strata/awscdk/awscodepipeline"
	a "github.com/strata-cdk/strata/awscdk/awscodepipelineactions"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/jsii"
)

func init() {
	templateCases["Invoke"] = func(st awscdk.Stack) {
		bucket := awss3.NewBucket(st, s("Src"), &awss3.BucketProps{Versioned: jsii.Bool(true)})
		src := cp.NewArtifact(s("Src"), nil)
		built := cp.NewArtifact(s("Built"), nil)
		sm := awsstepfunctions.NewStateMachine(st, s("Machine"), &awsstepfunctions.StateMachineProps{
			DefinitionBody: awsstepfunctions.DefinitionBody_FromChainable(awsstepfunctions.NewPass(st, s("Pass"), nil))})
		other := cp.Pipeline_FromPipelineArn(st, s("Other"), s("arn:aws:codepipeline:us-east-1:123456789012:other"))
		p := cp.NewPipeline(st, s("Pipeline"), nil)
		p.AddStage(&cp.StageOptions{StageName: s("Source"), Actions: acts(a.NewS3SourceAction(&a.S3SourceActionProps{ActionName: s("S3"),
			Bucket: bucket, BucketKey: s("k.zip"), Output: src}))})
		cmds := a.NewCommandsAction(&a.CommandsActionProps{ActionName: s("Cmds"), Input: src, Output: built, Commands: jsii.Strings("make", "make test"),
			OutputVariables: jsii.Strings("VERSION")})
		p.AddStage(&cp.StageOptions{StageName: s("Run"), Actions: acts(
			cmds,
			a.NewStepFunctionInvokeAction(&a.StepFunctionsInvokeActionProps{ActionName: s("Sfn"), StateMachine: sm, ExecutionNamePrefix: s("pre"),
				RunOrder: jsii.Number(2), StateMachineInput: a.StateMachineInput_Literal(&map[string]interface{}{"b": "x<y", "a": 1})}),
			a.NewStepFunctionInvokeAction(&a.StepFunctionsInvokeActionProps{ActionName: s("SfnFile"), StateMachine: sm, RunOrder: jsii.Number(3),
				Output: cp.NewArtifact(s("SfnOut"), nil), StateMachineInput: a.StateMachineInput_FilePath(built.AtPath(s("in.json")))}),
			a.NewPipelineInvokeAction(&a.PipelineInvokeActionProps{ActionName: s("Next"), TargetPipeline: other, RunOrder: jsii.Number(4),
				SourceRevisions: &[]*a.SourceRevision{{ActionName: s("Src"), RevisionType: a.RevisionType_COMMIT_ID, RevisionValue: s("abc")}},
				Variables:       &[]*a.Variable{{Name: s("v"), Value: cmds.Variable(s("VERSION"))}}}),
			a.NewElasticBeanstalkDeployAction(&a.ElasticBeanstalkDeployActionProps{ActionName: s("Eb"), ApplicationName: s("app"),
				EnvironmentName: s("env"), Input: built, RunOrder: jsii.Number(5)}),
		)})
	}
	errorCases["UnknownVariable"] = func(st awscdk.Stack) {
		a.NewCommandsAction(&a.CommandsActionProps{ActionName: s("C"), Input: cp.NewArtifact(s("a"), nil), Commands: jsii.Strings("x"),
			OutputVariables: jsii.Strings("A")}).Variable(s("B"))
	}
	errorCases["NoCommands"] = func(st awscdk.Stack) {
		a.NewCommandsAction(&a.CommandsActionProps{ActionName: s("C"), Input: cp.NewArtifact(s("a"), nil), Commands: &[]*string{}})
	}
}
