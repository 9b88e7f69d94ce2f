package awscodepipelineactions_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	cp "github.com/strata-cdk/strata/awscdk/awscodepipeline"
	a "github.com/strata-cdk/strata/awscdk/awscodepipelineactions"
	"github.com/strata-cdk/strata/internal/golden"
)

// Every constructor with required props fails on nil props with a clear
// error, never a Go runtime panic; those with optional props synthesize.
func TestNilProps(t *testing.T) {
	cases := map[string]func(st awscdk.Stack){
		"ManualApproval":     func(awscdk.Stack) { a.NewManualApprovalAction(nil) },
		"S3Source":           func(awscdk.Stack) { a.NewS3SourceAction(nil) },
		"CodeCommitSource":   func(awscdk.Stack) { a.NewCodeCommitSourceAction(nil) },
		"CodeBuild":          func(awscdk.Stack) { a.NewCodeBuildAction(nil) },
		"GitHubSource":       func(awscdk.Stack) { a.NewGitHubSourceAction(nil) },
		"CodeStarSource":     func(awscdk.Stack) { a.NewCodeStarConnectionsSourceAction(nil) },
		"EcrSource":          func(awscdk.Stack) { a.NewEcrSourceAction(nil) },
		"LambdaInvoke":       func(awscdk.Stack) { a.NewLambdaInvokeAction(nil) },
		"CfnCreateUpdate":    func(awscdk.Stack) { a.NewCloudFormationCreateUpdateStackAction(nil) },
		"CfnReplace":         func(awscdk.Stack) { a.NewCloudFormationCreateReplaceChangeSetAction(nil) },
		"CfnDelete":          func(awscdk.Stack) { a.NewCloudFormationDeleteStackAction(nil) },
		"CfnExecute":         func(awscdk.Stack) { a.NewCloudFormationExecuteChangeSetAction(nil) },
		"StackSet":           func(awscdk.Stack) { a.NewCloudFormationDeployStackSetAction(nil) },
		"StackInstances":     func(awscdk.Stack) { a.NewCloudFormationDeployStackInstancesAction(nil) },
		"S3Deploy":           func(awscdk.Stack) { a.NewS3DeployAction(nil) },
		"EcsDeploy":          func(awscdk.Stack) { a.NewEcsDeployAction(nil) },
		"Commands":           func(awscdk.Stack) { a.NewCommandsAction(nil) },
		"StepFunctions":      func(awscdk.Stack) { a.NewStepFunctionInvokeAction(nil) },
		"PipelineInvoke":     func(awscdk.Stack) { a.NewPipelineInvokeAction(nil) },
		"ElasticBeanstalk":   func(awscdk.Stack) { a.NewElasticBeanstalkDeployAction(nil) },
		"Alexa":              func(awscdk.Stack) { a.NewAlexaSkillDeployAction(nil) },
		"ServiceCatalog":     func(awscdk.Stack) { a.NewServiceCatalogDeployActionBeta1(nil) },
		"EcrBuildAndPublish": func(awscdk.Stack) { a.NewEcrBuildAndPublishAction(nil) },
		"InspectorEcr":       func(awscdk.Stack) { a.NewInspectorEcrImageScanAction(nil) },
		"InspectorCode":      func(awscdk.Stack) { a.NewInspectorSourceCodeScanAction(nil) },
		"Jenkins":            func(awscdk.Stack) { a.NewJenkinsAction(nil) },
		"JenkinsProvider":    func(st awscdk.Stack) { a.NewJenkinsProvider(st, s("J"), nil) },
		"Ec2Deploy":          func(awscdk.Stack) { a.NewEc2DeployAction(nil) },
		"Ec2Specs":           func(awscdk.Stack) { a.Ec2DeploySpecifications_Inline(nil) },
		"CustomRegistration": func(st awscdk.Stack) { cp.NewCustomActionRegistration(st, s("C"), nil) },
		"Variable":           func(awscdk.Stack) { cp.NewVariable(nil) },
		"Trigger":            func(awscdk.Stack) { cp.NewTrigger(nil) },
		"AddStage":           func(st awscdk.Stack) { cp.NewPipeline(st, s("P"), nil).AddStage(nil) },
	}
	for name, build := range cases {
		build := build
		t.Run(name, func(t *testing.T) {
			if err := golden.SynthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, s("S"), nil)) }); err == nil {
				t.Fatal("synth succeeded; want a clear error")
			}
		})
	}
	// All-optional props: nil behaves as aws-cdk-lib's undefined.
	if err := golden.SynthErr(t, func(app awscdk.App) {
		st := awscdk.NewStack(app, s("S"), nil)
		p := cp.NewPipeline(st, s("P"), nil)
		p.AddStage(&cp.StageOptions{StageName: s("A"), Actions: acts(a.NewManualApprovalAction(&a.ManualApprovalActionProps{ActionName: s("X")}))})
		a.StackSetDeploymentModel_Organizations(nil)
		a.StackSetDeploymentModel_SelfManaged(nil)
		cp.NewRule(nil)
	}); err == nil || err.Error() == "" {
		t.Fatal("want the pipeline's validation error (a Source stage is missing)")
	}
}
