package awscodepipelineactions

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscodepipeline"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// LambdaInvokeActionProps are the props of NewLambdaInvokeAction.
type LambdaInvokeActionProps struct {
	ActionName         *string                     `field:"required" json:"actionName" yaml:"actionName"`
	RunOrder           *float64                    `field:"optional" json:"runOrder" yaml:"runOrder"`
	VariablesNamespace *string                     `field:"optional" json:"variablesNamespace" yaml:"variablesNamespace"`
	Role               awsiam.IRole                `field:"optional" json:"role" yaml:"role"`
	Lambda             awslambda.IFunction         `field:"required" json:"lambda" yaml:"lambda"`
	Inputs             *[]awscodepipeline.Artifact `field:"optional" json:"inputs" yaml:"inputs"`
	Outputs            *[]awscodepipeline.Artifact `field:"optional" json:"outputs" yaml:"outputs"`
	// Passed to the function as JSON (at most one of the two parameter props).
	UserParameters       *map[string]interface{} `field:"optional" json:"userParameters" yaml:"userParameters"`
	UserParametersString *string                 `field:"optional" json:"userParametersString" yaml:"userParametersString"`
}

// LambdaInvokeAction invokes a Lambda function, which reports the job's result.
type LambdaInvokeAction interface {
	Action
	// Variable is a reference to a variable the function outputs.
	Variable(variableName *string) *string
}

type lambdaInvokeAction struct {
	awscodepipeline.Action
	provided *awscodepipeline.ActionProperties
	props    LambdaInvokeActionProps
}

// NewLambdaInvokeAction makes a Lambda invoke action.
func NewLambdaInvokeAction(props *LambdaInvokeActionProps) LambdaInvokeAction {
	if props == nil || props.Lambda == nil {
		requireProps("LambdaInvokeActionProps", "ActionName", "Lambda")
	}
	a := &lambdaInvokeAction{props: *props}
	a.provided = &awscodepipeline.ActionProperties{
		ActionName: props.ActionName, RunOrder: props.RunOrder, VariablesNamespace: props.VariablesNamespace, Role: props.Role,
		Resource: props.Lambda, Category: awscodepipeline.ActionCategory_INVOKE, Provider: jsii.String("Lambda"),
		ArtifactBounds: bounds(0, 5, 0, 5), Inputs: props.Inputs, Outputs: props.Outputs,
	}
	awscodepipeline.NewAction_Override(a)
	if props.UserParameters != nil && props.UserParametersString != nil {
		diag.Panic("", "Only one of userParameters or userParametersString can be specified")
	}
	return a
}

// NewLambdaInvokeAction_Override initialises outer, a type embedding LambdaInvokeAction.
func NewLambdaInvokeAction_Override(l LambdaInvokeAction, props *LambdaInvokeActionProps) {
	overrideAction(l, NewLambdaInvokeAction(props))
}

func (a *lambdaInvokeAction) ProvidedActionProperties() *awscodepipeline.ActionProperties {
	return a.provided
}

func (a *lambdaInvokeAction) Variable(variableName *string) *string {
	return a.VariableExpression(variableName)
}

func (a *lambdaInvokeAction) Bound(scope constructs.Construct, _ awscodepipeline.IStage, options *awscodepipeline.ActionBindOptions) *awscodepipeline.ActionConfig {
	options.Role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: jsii.Strings("lambda:ListFunctions"), Resources: jsii.Strings("*")}))
	a.props.Lambda.GrantInvoke(options.Role)
	ap := a.ActionProperties()
	if ap.Inputs != nil && len(*ap.Inputs) > 0 {
		options.Bucket.GrantRead(options.Role, nil)
	}
	if ap.Outputs != nil && len(*ap.Outputs) > 0 {
		options.Bucket.GrantWrite(options.Role, nil, nil)
	}
	a.props.Lambda.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Resources: jsii.Strings("*"), Actions: jsii.Strings("codepipeline:PutJobSuccessResult", "codepipeline:PutJobFailureResult")}))
	cfg := ojson.New()
	cfg.Set("FunctionName", a.props.Lambda.FunctionName())
	if a.props.UserParametersString != nil {
		cfg.Set("UserParameters", a.props.UserParametersString)
	} else if a.props.UserParameters != nil {
		cfg.Set("UserParameters", awscdk.Stack_Of(scope).ToJsonString(*a.props.UserParameters, nil))
	}
	return &awscodepipeline.ActionConfig{Configuration: cfg}
}
