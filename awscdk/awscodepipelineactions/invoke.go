package awscodepipelineactions

import (
	"bytes"
	"encoding/json"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscodepipeline"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscodepipeline"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// CommandsActionProps are the props of NewCommandsAction.
type CommandsActionProps struct {
	ActionName         *string      `field:"required" json:"actionName" yaml:"actionName"`
	RunOrder           *float64     `field:"optional" json:"runOrder" yaml:"runOrder"`
	VariablesNamespace *string      `field:"optional" json:"variablesNamespace" yaml:"variablesNamespace"`
	Role               awsiam.IRole `field:"optional" json:"role" yaml:"role"`
	// 1 to 50 shell commands.
	Commands    *[]*string                  `field:"required" json:"commands" yaml:"commands"`
	Input       awscodepipeline.Artifact    `field:"required" json:"input" yaml:"input"`
	ExtraInputs *[]awscodepipeline.Artifact `field:"optional" json:"extraInputs" yaml:"extraInputs"`
	Output      awscodepipeline.Artifact    `field:"optional" json:"output" yaml:"output"`
	// 1 to 15 environment variables exported as action variables.
	OutputVariables *[]*string `field:"optional" json:"outputVariables" yaml:"outputVariables"`
}

// CommandsAction runs shell commands in a CodePipeline-managed compute (V2 pipelines).
type CommandsAction interface {
	Action
	// Variable references an exported variable (one of OutputVariables).
	Variable(variableName *string) *string
}

type commandsAction struct {
	awscodepipeline.Action
	provided *awscodepipeline.ActionProperties
	outVars  []string
}

// NewCommandsAction makes a commands action.
func NewCommandsAction(props *CommandsActionProps) CommandsAction {
	if props == nil || props.Input == nil || props.Commands == nil {
		requireProps("CommandsActionProps", "ActionName", "Commands", "Input")
	}
	inputs := []awscodepipeline.Artifact{props.Input}
	if props.ExtraInputs != nil {
		inputs = append(inputs, *props.ExtraInputs...)
	}
	outputs := []awscodepipeline.Artifact{}
	if props.Output != nil {
		outputs = append(outputs, props.Output)
	}
	a := &commandsAction{}
	a.provided = &awscodepipeline.ActionProperties{
		ActionName: props.ActionName, RunOrder: props.RunOrder, VariablesNamespace: props.VariablesNamespace, Role: props.Role,
		Category: awscodepipeline.ActionCategory_COMPUTE, Provider: jsii.String("Commands"), ArtifactBounds: bounds(1, 10, 0, 1),
		Inputs: &inputs, Outputs: &outputs, Commands: props.Commands, OutputVariables: props.OutputVariables,
	}
	awscodepipeline.NewAction_Override(a)
	if n := len(*props.Commands); n < 1 || n > 50 {
		diag.Panic("", "The length of the commands array must be between 1 and 50, got: %d", n)
	}
	if props.OutputVariables != nil {
		if n := len(*props.OutputVariables); n < 1 || n > 15 {
			diag.Panic("", "The length of the outputVariables array must be between 1 and 15, got: %d", n)
		}
		for _, v := range *props.OutputVariables {
			a.outVars = append(a.outVars, deref(v))
		}
	}
	return a
}

// NewCommandsAction_Override initialises outer, a type embedding CommandsAction.
func NewCommandsAction_Override(c CommandsAction, props *CommandsActionProps) {
	overrideAction(c, NewCommandsAction(props))
}

func (a *commandsAction) ProvidedActionProperties() *awscodepipeline.ActionProperties {
	return a.provided
}

func (a *commandsAction) Variable(variableName *string) *string {
	name := deref(variableName)
	for _, v := range a.outVars {
		if v == name {
			return a.VariableExpression(variableName)
		}
	}
	diag.Panic("", "Variable '%s' is not exported by `outputVariables`, exported variables: %s", name, strings.Join(a.outVars, ", "))
	return nil
}

func (a *commandsAction) Bound(scope constructs.Construct, stage awscodepipeline.IStage, options *awscodepipeline.ActionBindOptions) *awscodepipeline.ActionConfig {
	logGroupArn := awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{Service: jsii.String("logs"), Resource: jsii.String("log-group"),
		ResourceName: jsii.String("/aws/codepipeline/" + *stage.Pipeline().PipelineName()), ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME})
	wildcard := jsii.String(*logGroupArn + ":*")
	options.Role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Resources: &[]*string{logGroupArn, wildcard},
		Actions: jsii.Strings("logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents")}))
	options.Role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Resources: &[]*string{wildcard},
		Actions: jsii.Strings("logs:GetLogEvents")}))
	ap := a.ActionProperties()
	if ap.Inputs != nil && len(*ap.Inputs) > 0 {
		options.Bucket.GrantRead(options.Role, nil)
	}
	if ap.Outputs != nil && len(*ap.Outputs) > 0 {
		options.Bucket.GrantWrite(options.Role, nil, nil)
	}
	return &awscodepipeline.ActionConfig{}
}

// StateMachineInput is the input of a Step Functions invoke action: a
// literal JSON document or a file of an artifact.
type StateMachineInput interface {
	Input() interface{}
	InputArtifact() awscodepipeline.Artifact
	InputType() *string
}

type stateMachineInput struct {
	input    interface{}
	artifact awscodepipeline.Artifact
	typ      string
}

func (s *stateMachineInput) Input() interface{}                      { return s.input }
func (s *stateMachineInput) InputArtifact() awscodepipeline.Artifact { return s.artifact }
func (s *stateMachineInput) InputType() *string                      { return jsii.String(s.typ) }

// StateMachineInput_FilePath reads the input from a file of an artifact.
func StateMachineInput_FilePath(inputFile awscodepipeline.ArtifactPath) StateMachineInput {
	if inputFile == nil {
		diag.Panic("", "StateMachineInput_FilePath needs an artifact path")
	}
	return &stateMachineInput{input: inputFile.Location(), artifact: inputFile.Artifact(), typ: "FilePath"}
}

// StateMachineInput_Literal passes object as the input, as JSON.
func StateMachineInput_Literal(object *map[string]interface{}) StateMachineInput {
	var m map[string]interface{}
	if object != nil {
		m = *object
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(m); err != nil {
		diag.Panic("", "StateMachineInput_Literal: %s", err)
	}
	return &stateMachineInput{input: strings.TrimSuffix(buf.String(), "\n"), typ: "Literal"}
}

// StepFunctionsInvokeActionProps are the props of NewStepFunctionInvokeAction.
type StepFunctionsInvokeActionProps struct {
	ActionName          *string                        `field:"required" json:"actionName" yaml:"actionName"`
	RunOrder            *float64                       `field:"optional" json:"runOrder" yaml:"runOrder"`
	VariablesNamespace  *string                        `field:"optional" json:"variablesNamespace" yaml:"variablesNamespace"`
	Role                awsiam.IRole                   `field:"optional" json:"role" yaml:"role"`
	StateMachine        awsstepfunctions.IStateMachine `field:"required" json:"stateMachine" yaml:"stateMachine"`
	ExecutionNamePrefix *string                        `field:"optional" json:"executionNamePrefix" yaml:"executionNamePrefix"`
	Output              awscodepipeline.Artifact       `field:"optional" json:"output" yaml:"output"`
	StateMachineInput   StateMachineInput              `field:"optional" json:"stateMachineInput" yaml:"stateMachineInput"`
}

// StepFunctionInvokeAction starts a Step Functions state machine execution.
type StepFunctionInvokeAction interface {
	Action
}

type stepFunctionInvokeAction struct {
	awscodepipeline.Action
	provided *awscodepipeline.ActionProperties
	props    StepFunctionsInvokeActionProps
}

// NewStepFunctionInvokeAction makes a Step Functions invoke action.
func NewStepFunctionInvokeAction(props *StepFunctionsInvokeActionProps) StepFunctionInvokeAction {
	if props == nil || props.StateMachine == nil {
		requireProps("StepFunctionsInvokeActionProps", "ActionName", "StateMachine")
	}
	inputs, outputs := []awscodepipeline.Artifact{}, []awscodepipeline.Artifact{}
	if in := props.StateMachineInput; in != nil && in.InputArtifact() != nil {
		inputs = append(inputs, in.InputArtifact())
	}
	if props.Output != nil {
		outputs = append(outputs, props.Output)
	}
	a := &stepFunctionInvokeAction{props: *props}
	a.provided = &awscodepipeline.ActionProperties{
		ActionName: props.ActionName, RunOrder: props.RunOrder, VariablesNamespace: props.VariablesNamespace, Role: props.Role,
		Resource: props.StateMachine, Category: awscodepipeline.ActionCategory_INVOKE, Provider: jsii.String("StepFunctions"),
		ArtifactBounds: bounds(0, 1, 0, 1), Inputs: &inputs, Outputs: &outputs,
	}
	awscodepipeline.NewAction_Override(a)
	return a
}

// NewStepFunctionInvokeAction_Override initialises outer, a type embedding StepFunctionInvokeAction.
func NewStepFunctionInvokeAction_Override(s StepFunctionInvokeAction, props *StepFunctionsInvokeActionProps) {
	overrideAction(s, NewStepFunctionInvokeAction(props))
}

func (a *stepFunctionInvokeAction) ProvidedActionProperties() *awscodepipeline.ActionProperties {
	return a.provided
}

func (a *stepFunctionInvokeAction) Bound(_ constructs.Construct, _ awscodepipeline.IStage, options *awscodepipeline.ActionBindOptions) *awscodepipeline.ActionConfig {
	sm := a.props.StateMachine
	arn := sm.StateMachineArn()
	options.Role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: jsii.Strings("states:StartExecution", "states:DescribeStateMachine"), Resources: &[]*string{arn}}))
	stack := awscdk.Stack_Of(sm)
	parts := stack.SplitArn(arn, awscdk.ArnFormat_COLON_RESOURCE_NAME)
	execArn := stack.FormatArn(&awscdk.ArnComponents{Account: parts.Account, Region: parts.Region, Partition: parts.Partition,
		Service: jsii.String("states"), Resource: jsii.String("execution"),
		ResourceName: jsii.String(deref(parts.ResourceName) + ":" + deref(a.props.ExecutionNamePrefix) + "*"), ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME})
	options.Role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: jsii.Strings("states:DescribeExecution"), Resources: &[]*string{execArn}}))
	ap := a.ActionProperties()
	if ap.Inputs != nil && len(*ap.Inputs) > 0 {
		options.Bucket.GrantRead(options.Role, nil)
	}
	if ap.Outputs != nil && len(*ap.Outputs) > 0 {
		options.Bucket.GrantWrite(options.Role, nil, nil)
	}
	cfg := ojson.New()
	cfg.Set("StateMachineArn", arn)
	if in := a.props.StateMachineInput; in != nil {
		if in.Input() != nil {
			cfg.Set("Input", in.Input())
		}
		if in.InputType() != nil {
			cfg.Set("InputType", in.InputType())
		}
	}
	if a.props.ExecutionNamePrefix != nil {
		cfg.Set("ExecutionNamePrefix", a.props.ExecutionNamePrefix)
	}
	return &awscodepipeline.ActionConfig{Configuration: cfg}
}

// RevisionType is the kind of a source revision a pipeline invocation pins.
type RevisionType string

const (
	RevisionType_COMMIT_ID            RevisionType = "COMMIT_ID"
	RevisionType_IMAGE_DIGEST         RevisionType = "IMAGE_DIGEST"
	RevisionType_S3_OBJECT_VERSION_ID RevisionType = "S3_OBJECT_VERSION_ID"
	RevisionType_S3_OBJECT_KEY        RevisionType = "S3_OBJECT_KEY"
)

// SourceRevision pins the revision of a source action of the invoked pipeline.
type SourceRevision struct {
	ActionName    *string      `field:"required" json:"actionName" yaml:"actionName"`
	RevisionType  RevisionType `field:"required" json:"revisionType" yaml:"revisionType"`
	RevisionValue *string      `field:"required" json:"revisionValue" yaml:"revisionValue"`
}

// Variable is a pipeline variable passed to the invoked pipeline.
type Variable struct {
	Name  *string `field:"required" json:"name" yaml:"name"`
	Value *string `field:"required" json:"value" yaml:"value"`
}

// PipelineInvokeActionProps are the props of NewPipelineInvokeAction.
type PipelineInvokeActionProps struct {
	ActionName         *string                                `field:"required" json:"actionName" yaml:"actionName"`
	RunOrder           *float64                               `field:"optional" json:"runOrder" yaml:"runOrder"`
	VariablesNamespace *string                                `field:"optional" json:"variablesNamespace" yaml:"variablesNamespace"`
	Role               awsiam.IRole                           `field:"optional" json:"role" yaml:"role"`
	TargetPipeline     interfacesawscodepipeline.IPipelineRef `field:"required" json:"targetPipeline" yaml:"targetPipeline"`
	SourceRevisions    *[]*SourceRevision                     `field:"optional" json:"sourceRevisions" yaml:"sourceRevisions"`
	Variables          *[]*Variable                           `field:"optional" json:"variables" yaml:"variables"`
}

// PipelineInvokeAction starts another pipeline.
type PipelineInvokeAction interface {
	Action
}

type pipelineInvokeAction struct {
	awscodepipeline.Action
	provided *awscodepipeline.ActionProperties
	props    PipelineInvokeActionProps
}

// NewPipelineInvokeAction makes a pipeline invoke action.
func NewPipelineInvokeAction(props *PipelineInvokeActionProps) PipelineInvokeAction {
	if props == nil || props.TargetPipeline == nil {
		requireProps("PipelineInvokeActionProps", "ActionName", "TargetPipeline")
	}
	a := &pipelineInvokeAction{props: *props}
	a.provided = &awscodepipeline.ActionProperties{
		ActionName: props.ActionName, RunOrder: props.RunOrder, VariablesNamespace: props.VariablesNamespace, Role: props.Role,
		Category: awscodepipeline.ActionCategory_INVOKE, Provider: jsii.String("CodePipeline"), ArtifactBounds: bounds(0, 0, 0, 0),
		Inputs: &[]awscodepipeline.Artifact{}, Outputs: &[]awscodepipeline.Artifact{},
	}
	awscodepipeline.NewAction_Override(a)
	return a
}

// NewPipelineInvokeAction_Override initialises outer, a type embedding PipelineInvokeAction.
func NewPipelineInvokeAction_Override(p PipelineInvokeAction, props *PipelineInvokeActionProps) {
	overrideAction(p, NewPipelineInvokeAction(props))
}

func (a *pipelineInvokeAction) ProvidedActionProperties() *awscodepipeline.ActionProperties {
	return a.provided
}

func (a *pipelineInvokeAction) Bound(scope constructs.Construct, _ awscodepipeline.IStage, options *awscodepipeline.ActionBindOptions) *awscodepipeline.ActionConfig {
	options.Role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: jsii.Strings("codepipeline:StartPipelineExecution"), Resources: &[]*string{awscodepipeline.CfnPipeline_ArnForPipeline(a.props.TargetPipeline)}}))
	cfg := ojson.New()
	cfg.Set("PipelineName", a.props.TargetPipeline.PipelineRef().PipelineName)
	stack := awscdk.Stack_Of(scope)
	if a.props.SourceRevisions != nil {
		list := make([]interface{}, 0, len(*a.props.SourceRevisions))
		for _, r := range *a.props.SourceRevisions {
			o := ojson.New()
			o.Set("actionName", r.ActionName)
			o.Set("revisionType", string(r.RevisionType))
			o.Set("revisionValue", r.RevisionValue)
			list = append(list, o)
		}
		cfg.Set("SourceRevisions", stack.ToJsonString(list, nil))
	}
	if a.props.Variables != nil {
		list := make([]interface{}, 0, len(*a.props.Variables))
		for _, v := range *a.props.Variables {
			o := ojson.New()
			o.Set("name", v.Name)
			o.Set("value", v.Value)
			list = append(list, o)
		}
		cfg.Set("Variables", stack.ToJsonString(list, nil))
	}
	return &awscodepipeline.ActionConfig{Configuration: cfg}
}

// ElasticBeanstalkDeployActionProps are the props of NewElasticBeanstalkDeployAction.
type ElasticBeanstalkDeployActionProps struct {
	ActionName         *string                  `field:"required" json:"actionName" yaml:"actionName"`
	RunOrder           *float64                 `field:"optional" json:"runOrder" yaml:"runOrder"`
	VariablesNamespace *string                  `field:"optional" json:"variablesNamespace" yaml:"variablesNamespace"`
	Role               awsiam.IRole             `field:"optional" json:"role" yaml:"role"`
	ApplicationName    *string                  `field:"required" json:"applicationName" yaml:"applicationName"`
	EnvironmentName    *string                  `field:"required" json:"environmentName" yaml:"environmentName"`
	Input              awscodepipeline.Artifact `field:"required" json:"input" yaml:"input"`
}

// ElasticBeanstalkDeployAction deploys an artifact to an Elastic Beanstalk environment.
type ElasticBeanstalkDeployAction interface {
	Action
}

type elasticBeanstalkDeployAction struct {
	awscodepipeline.Action
	provided *awscodepipeline.ActionProperties
	props    ElasticBeanstalkDeployActionProps
}

// NewElasticBeanstalkDeployAction makes an Elastic Beanstalk deploy action.
func NewElasticBeanstalkDeployAction(props *ElasticBeanstalkDeployActionProps) ElasticBeanstalkDeployAction {
	if props == nil || props.Input == nil {
		requireProps("ElasticBeanstalkDeployActionProps", "ActionName", "ApplicationName", "EnvironmentName", "Input")
	}
	a := &elasticBeanstalkDeployAction{props: *props}
	a.provided = &awscodepipeline.ActionProperties{
		ActionName: props.ActionName, RunOrder: props.RunOrder, VariablesNamespace: props.VariablesNamespace, Role: props.Role,
		Category: awscodepipeline.ActionCategory_DEPLOY, Provider: jsii.String("ElasticBeanstalk"), ArtifactBounds: deployBounds(),
		Inputs: &[]awscodepipeline.Artifact{props.Input},
	}
	awscodepipeline.NewAction_Override(a)
	return a
}

// NewElasticBeanstalkDeployAction_Override initialises outer, a type embedding ElasticBeanstalkDeployAction.
func NewElasticBeanstalkDeployAction_Override(e ElasticBeanstalkDeployAction, props *ElasticBeanstalkDeployActionProps) {
	overrideAction(e, NewElasticBeanstalkDeployAction(props))
}

func (a *elasticBeanstalkDeployAction) ProvidedActionProperties() *awscodepipeline.ActionProperties {
	return a.provided
}

func (a *elasticBeanstalkDeployAction) Bound(_ constructs.Construct, _ awscodepipeline.IStage, options *awscodepipeline.ActionBindOptions) *awscodepipeline.ActionConfig {
	options.Role.AddManagedPolicy(awsiam.ManagedPolicy_FromAwsManagedPolicyName(jsii.String("AdministratorAccess-AWSElasticBeanstalk")))
	options.Bucket.GrantRead(options.Role, nil)
	cfg := ojson.New()
	cfg.Set("ApplicationName", a.props.ApplicationName)
	cfg.Set("EnvironmentName", a.props.EnvironmentName)
	return &awscodepipeline.ActionConfig{Configuration: cfg}
}
