package awscodepipeline

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// IAction is an action a pipeline stage runs.
type IAction interface {
	// Bind is called once, when the action is added to a stage.
	Bind(scope constructs.Construct, stage IStage, options *ActionBindOptions) *ActionConfig
	OnStateChange(name *string, target awsevents.IRuleTarget, options *awsevents.RuleProps) awsevents.Rule
	ActionProperties() *ActionProperties
}

// ActionConfig is what an action's Bind returns: its configuration block.
type ActionConfig struct {
	Configuration interface{} `field:"optional" json:"configuration" yaml:"configuration"`
}

// ActionBindOptions are what the pipeline hands an action's Bind.
type ActionBindOptions struct {
	// The artifact bucket of the action's region.
	Bucket awss3.IBucket `field:"required" json:"bucket" yaml:"bucket"`
	// The role the action runs with.
	Role awsiam.IRole `field:"required" json:"role" yaml:"role"`
}

// ActionArtifactBounds are how many input and output artifacts an action takes.
type ActionArtifactBounds struct {
	MaxInputs  *float64 `field:"required" json:"maxInputs" yaml:"maxInputs"`
	MaxOutputs *float64 `field:"required" json:"maxOutputs" yaml:"maxOutputs"`
	MinInputs  *float64 `field:"required" json:"minInputs" yaml:"minInputs"`
	MinOutputs *float64 `field:"required" json:"minOutputs" yaml:"minOutputs"`
}

// ActionProperties describe an action to its pipeline.
type ActionProperties struct {
	ActionName     *string               `field:"required" json:"actionName" yaml:"actionName"`
	ArtifactBounds *ActionArtifactBounds `field:"required" json:"artifactBounds" yaml:"artifactBounds"`
	Category       ActionCategory        `field:"required" json:"category" yaml:"category"`
	Provider       *string               `field:"required" json:"provider" yaml:"provider"`
	// The account the action runs in. Default: the pipeline's.
	Account         *string     `field:"optional" json:"account" yaml:"account"`
	Commands        *[]*string  `field:"optional" json:"commands" yaml:"commands"`
	Inputs          *[]Artifact `field:"optional" json:"inputs" yaml:"inputs"`
	Outputs         *[]Artifact `field:"optional" json:"outputs" yaml:"outputs"`
	OutputVariables *[]*string  `field:"optional" json:"outputVariables" yaml:"outputVariables"`
	// Default: "AWS".
	Owner *string `field:"optional" json:"owner" yaml:"owner"`
	// The region the action runs in. Default: the pipeline's.
	Region *string `field:"optional" json:"region" yaml:"region"`
	// The resource the action works on; its environment is the action's.
	Resource awscdk.IResource `field:"optional" json:"resource" yaml:"resource"`
	Role     awsiam.IRole     `field:"optional" json:"role" yaml:"role"`
	// Default: 1.
	RunOrder           *float64        `field:"optional" json:"runOrder" yaml:"runOrder"`
	Timeout            awscdk.Duration `field:"optional" json:"timeout" yaml:"timeout"`
	VariablesNamespace *string         `field:"optional" json:"variablesNamespace" yaml:"variablesNamespace"`
	// Default: "1".
	Version *string `field:"optional" json:"version" yaml:"version"`
}

// CommonActionProps are the props every action takes.
type CommonActionProps struct {
	ActionName         *string  `field:"required" json:"actionName" yaml:"actionName"`
	RunOrder           *float64 `field:"optional" json:"runOrder" yaml:"runOrder"`
	VariablesNamespace *string  `field:"optional" json:"variablesNamespace" yaml:"variablesNamespace"`
}

// CommonAwsActionProps are the props every AWS-owned action takes.
type CommonAwsActionProps struct {
	ActionName         *string      `field:"required" json:"actionName" yaml:"actionName"`
	RunOrder           *float64     `field:"optional" json:"runOrder" yaml:"runOrder"`
	VariablesNamespace *string      `field:"optional" json:"variablesNamespace" yaml:"variablesNamespace"`
	Role               awsiam.IRole `field:"optional" json:"role" yaml:"role"`
}

// Action is the base of concrete actions: a type embedding Action and
// defining ProvidedActionProperties and Bound is an IAction once
// NewAction_Override has set it up. Action handles the variables namespace
// and the state-change rule.
type Action interface {
	IAction
	ActionProperties() *ActionProperties
	// ProvidedActionProperties are the properties the concrete action gives.
	ProvidedActionProperties() *ActionProperties
	Bind(scope constructs.Construct, stage IStage, options *ActionBindOptions) *ActionConfig
	// Bound is the concrete action's part of Bind.
	Bound(scope constructs.Construct, stage IStage, options *ActionBindOptions) *ActionConfig
	OnStateChange(name *string, target awsevents.IRuleTarget, options *awsevents.RuleProps) awsevents.Rule
	// VariableExpression is "#{<namespace>.<variableName>}"; referencing a
	// variable gives the action a namespace when it has none.
	VariableExpression(variableName *string) *string
}

type action struct {
	outer      Action
	props      *ActionProperties
	customerNS *string
	actualNS   *string
	referenced bool
	nsToken    *string
	pipeline   IPipeline
	stage      IStage
	scope      constructs.Construct
}

// NewAction_Override sets up a, a type embedding Action that defines
// ProvidedActionProperties and Bound.
func NewAction_Override(a Action) {
	base := &action{outer: a}
	base.nsToken = awscdk.Lazy_UncachedString(stringProducer(base.namespace), nil)
	override[Action](a, base)
}

func (a *action) namespace() *string {
	if a.actualNS == nil {
		diag.Panic("", "Cannot reference variables of action '%s', as that action was never added to a pipeline", deref(a.ActionProperties().ActionName))
	}
	if a.customerNS != nil {
		return a.customerNS
	}
	if a.referenced {
		return a.actualNS
	}
	return nil
}

func (a *action) ActionProperties() *ActionProperties {
	if a.props == nil {
		p := a.outer.ProvidedActionProperties()
		if p == nil {
			diag.Panic("", "an Action must define ProvidedActionProperties")
		}
		cp := *p
		a.customerNS = p.VariablesNamespace
		if a.customerNS == nil {
			cp.VariablesNamespace = a.nsToken
		}
		a.props = &cp
	}
	return a.props
}

// ProvidedActionProperties is defined by the embedding type.
func (a *action) ProvidedActionProperties() *ActionProperties {
	diag.Panic("", "an Action must define ProvidedActionProperties")
	return nil
}

// Bound is defined by the embedding type.
func (a *action) Bound(constructs.Construct, IStage, *ActionBindOptions) *ActionConfig {
	diag.Panic("", "an Action must define Bound")
	return nil
}

func (a *action) Bind(scope constructs.Construct, stage IStage, options *ActionBindOptions) *ActionConfig {
	a.pipeline, a.stage, a.scope = stage.Pipeline(), stage, scope
	props := a.ActionProperties()
	if a.customerNS != nil {
		a.actualNS = a.customerNS
	} else {
		a.actualNS = jsii.String(deref(stage.StageName()) + "_" + deref(props.ActionName) + "_NS")
	}
	return a.outer.Bound(scope, stage, options)
}

func (a *action) OnStateChange(name *string, target awsevents.IRuleTarget, options *awsevents.RuleProps) awsevents.Rule {
	if a.scope == nil {
		diag.Panic("", "Action must be added to a stage that is part of a pipeline first")
	}
	rule := awsevents.NewRule(a.scope, name, options)
	if target != nil {
		rule.AddTarget(target)
	}
	rule.AddEventPattern(&awsevents.EventPattern{DetailType: jsii.Strings("CodePipeline Action Execution State Change")})
	rule.AddEventPattern(&awsevents.EventPattern{Source: jsii.Strings("aws.codepipeline")})
	rule.AddEventPattern(&awsevents.EventPattern{Resources: &[]*string{a.pipeline.PipelineArn()}})
	// Two calls keep aws-cdk-lib's key order: stage, then action.
	rule.AddEventPattern(&awsevents.EventPattern{Detail: &map[string]interface{}{"stage": []interface{}{a.stage.StageName()}}})
	rule.AddEventPattern(&awsevents.EventPattern{Detail: &map[string]interface{}{"action": []interface{}{a.ActionProperties().ActionName}}})
	return rule
}

func (a *action) VariableExpression(variableName *string) *string {
	a.referenced = true
	return jsii.String("#{" + *a.nsToken + "." + deref(variableName) + "}")
}

// GlobalVariables are the variables every pipeline execution has.
type GlobalVariables interface{}

// NewGlobalVariables exists for aws-cdk-go parity; the values are static.
func NewGlobalVariables() GlobalVariables { return struct{}{} }

// GlobalVariables_ExecutionId is the current execution's id.
func GlobalVariables_ExecutionId() *string {
	return jsii.String("#{codepipeline.PipelineExecutionId}")
}

// NewGlobalVariables_Override initialises outer, a type embedding GlobalVariables.
func NewGlobalVariables_Override(g GlobalVariables) { override(g, NewGlobalVariables()) }
