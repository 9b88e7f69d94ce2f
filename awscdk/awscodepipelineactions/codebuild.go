package awscodepipelineactions

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscodebuild"
	"github.com/strata-cdk/strata/awscdk/awscodepipeline"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// CodeBuildActionType is whether a CodeBuild action builds or tests.
type CodeBuildActionType string

const (
	CodeBuildActionType_BUILD CodeBuildActionType = "BUILD"
	CodeBuildActionType_TEST  CodeBuildActionType = "TEST"
)

// CodeBuildActionProps are the props of NewCodeBuildAction.
type CodeBuildActionProps struct {
	ActionName         *string                  `field:"required" json:"actionName" yaml:"actionName"`
	RunOrder           *float64                 `field:"optional" json:"runOrder" yaml:"runOrder"`
	VariablesNamespace *string                  `field:"optional" json:"variablesNamespace" yaml:"variablesNamespace"`
	Role               awsiam.IRole             `field:"optional" json:"role" yaml:"role"`
	Input              awscodepipeline.Artifact `field:"required" json:"input" yaml:"input"`
	Project            awscodebuild.IProject    `field:"required" json:"project" yaml:"project"`
	// Fail on plain-text variables holding secrets. Default: true.
	CheckSecretsInPlainTextEnvVariables *bool `field:"optional" json:"checkSecretsInPlainTextEnvVariables" yaml:"checkSecretsInPlainTextEnvVariables"`
	CombineBatchBuildArtifacts          *bool `field:"optional" json:"combineBatchBuildArtifacts" yaml:"combineBatchBuildArtifacts"`
	// Variables added to (or overriding) the project's.
	EnvironmentVariables *map[string]*awscodebuild.BuildEnvironmentVariable `field:"optional" json:"environmentVariables" yaml:"environmentVariables"`
	ExecuteBatchBuild    *bool                                              `field:"optional" json:"executeBatchBuild" yaml:"executeBatchBuild"`
	ExtraInputs          *[]awscodepipeline.Artifact                        `field:"optional" json:"extraInputs" yaml:"extraInputs"`
	Outputs              *[]awscodepipeline.Artifact                        `field:"optional" json:"outputs" yaml:"outputs"`
	// Default: CodeBuildActionType_BUILD.
	Type CodeBuildActionType `field:"optional" json:"type" yaml:"type"`
}

// CodeBuildAction runs a CodeBuild project as a build or test action.
type CodeBuildAction interface {
	Action
	// Variable is a reference to an exported variable of the build.
	Variable(variableName *string) *string
}

type codeBuildAction struct {
	awscodepipeline.Action
	provided *awscodepipeline.ActionProperties
	props    CodeBuildActionProps
}

// NewCodeBuildAction makes a CodeBuild action.
func NewCodeBuildAction(props *CodeBuildActionProps) CodeBuildAction {
	if props == nil || props.Input == nil || props.Project == nil {
		requireProps("CodeBuildActionProps", "ActionName", "Input", "Project")
	}
	category := awscodepipeline.ActionCategory_BUILD
	if props.Type == CodeBuildActionType_TEST {
		category = awscodepipeline.ActionCategory_TEST
	}
	inputs := []awscodepipeline.Artifact{props.Input}
	if props.ExtraInputs != nil {
		inputs = append(inputs, *props.ExtraInputs...)
	}
	a := &codeBuildAction{props: *props}
	a.provided = &awscodepipeline.ActionProperties{
		ActionName: props.ActionName, RunOrder: props.RunOrder, VariablesNamespace: props.VariablesNamespace, Role: props.Role,
		Category: category, Provider: jsii.String("CodeBuild"), ArtifactBounds: bounds(1, 5, 0, 5),
		Inputs: &inputs, Outputs: props.Outputs, Resource: props.Project,
	}
	awscodepipeline.NewAction_Override(a)
	return a
}

// NewCodeBuildAction_Override initialises outer, a type embedding CodeBuildAction.
func NewCodeBuildAction_Override(c CodeBuildAction, props *CodeBuildActionProps) {
	overrideAction(c, NewCodeBuildAction(props))
}

func (a *codeBuildAction) ProvidedActionProperties() *awscodepipeline.ActionProperties {
	return a.provided
}

func (a *codeBuildAction) Variable(variableName *string) *string {
	return a.VariableExpression(variableName)
}

func (a *codeBuildAction) Bound(scope constructs.Construct, stage awscodepipeline.IStage, options *awscodepipeline.ActionBindOptions) *awscodepipeline.ActionConfig {
	ap := a.ActionProperties()
	project := a.props.Project
	hasOutputs := ap.Outputs != nil && len(*ap.Outputs) > 0
	if hasOutputs && awscdk.Stack_Of(scope).Account() != nil && *awscdk.Stack_Of(scope).Account() != *awscdk.Stack_Of(project).Account() {
		l2.Throw(scope, "A cross-account CodeBuild action cannot have outputs. This is a known CodeBuild limitation. See https://github.com/aws/aws-cdk/issues/4169 for details")
	}
	batch := a.props.ExecuteBatchBuild != nil && *a.props.ExecuteBatchBuild
	get, start, stop := "BatchGetBuilds", "StartBuild", "StopBuild"
	if batch {
		get, start, stop = "BatchGetBuildBatches", "StartBuildBatch", "StopBuildBatch"
	}
	options.Role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Resources: &[]*string{project.ProjectArn()}, Actions: jsii.Strings("codebuild:"+get, "codebuild:"+start, "codebuild:"+stop)}))
	if r := project.Role(); r != nil && !isNilIface(r) {
		if hasOutputs {
			options.Bucket.GrantReadWrite(project, nil)
		} else {
			options.Bucket.GrantRead(project, nil)
		}
	}
	if p, ok := project.(awscodebuild.Project); ok {
		p.BindToCodePipeline(scope, &awscodebuild.BindToCodePipelineOptions{ArtifactBucket: options.Bucket})
	}
	if ap.Inputs != nil {
		for _, in := range *ap.Inputs {
			if arn, ok := in.GetMetadata(jsii.String(connectionArnProperty)).(*string); ok && arn != nil {
				project.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
					Actions: jsii.Strings("codestar-connections:UseConnection"), Resources: &[]*string{arn}}))
			}
			if arn, ok := in.GetMetadata(jsii.String(fullCloneArnProperty)).(*string); ok && arn != nil {
				project.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
					Actions: jsii.Strings("codecommit:GitPull"), Resources: &[]*string{arn}}))
			}
		}
	}
	cfg := ojson.New()
	cfg.Set("ProjectName", project.ProjectName())
	if a.props.EnvironmentVariables != nil {
		check := a.props.CheckSecretsInPlainTextEnvVariables == nil || *a.props.CheckSecretsInPlainTextEnvVariables
		vars := awscodebuild.Project_SerializeEnvVariables(a.props.EnvironmentVariables, jsii.Bool(check), project)
		cfg.Set("EnvironmentVariables", awscdk.Stack_Of(scope).ToJsonString(vars, nil))
	}
	if ap.Inputs != nil && len(*ap.Inputs) > 1 {
		cfg.Set("PrimarySource", awscdk.Lazy_UncachedString(nameOf(a.props.Input), nil))
	}
	if batch {
		cfg.Set("BatchEnabled", "true")
		project.EnableBatchBuilds()
		if a.props.CombineBatchBuildArtifacts != nil && *a.props.CombineBatchBuildArtifacts {
			cfg.Set("CombineArtifacts", "true")
		}
	}
	return &awscodepipeline.ActionConfig{Configuration: cfg}
}

// nameOf reads an artifact's name when resolved: an unnamed artifact is
// named when its pipeline renders.
func nameOf(a awscodepipeline.Artifact) awscdk.IStringProducer {
	return stringProducer(func() *string { return a.ArtifactName() })
}
