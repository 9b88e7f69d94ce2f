package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// EmrCancelStep cancels a pending step of an EMR cluster.
type EmrCancelStep interface {
	awsstepfunctions.TaskStateBase
}

// NewEmrCancelStep builds the task at scope/id.
func NewEmrCancelStep(scope constructs.Construct, id *string, props *EmrCancelStepProps) EmrCancelStep {
	return newEmrCancelStep(scope, id, props)
}

// NewEmrCancelStep_Override initializes t, a Go type embedding EmrCancelStep, as the task.
func NewEmrCancelStep_Override(t EmrCancelStep, scope constructs.Construct, id *string, props *EmrCancelStepProps) {
	l2.Override[EmrCancelStep](t, newEmrCancelStep(scope, id, props))
}

// EmrCancelStep_JsonPath builds the task with JSONPath fields.
func EmrCancelStep_JsonPath(scope constructs.Construct, id *string, props *EmrCancelStepJsonPathProps) EmrCancelStep {
	if props == nil {
		return newEmrCancelStep(scope, id, nil)
	}
	p := &EmrCancelStepProps{}
	copyFields(p, props)
	return newEmrCancelStep(scope, id, p)
}

// EmrCancelStep_Jsonata builds the task with JSONata fields: its query language is JSONata.
func EmrCancelStep_Jsonata(scope constructs.Construct, id *string, props *EmrCancelStepJsonataProps) EmrCancelStep {
	if props == nil {
		return newEmrCancelStep(scope, id, nil)
	}
	p := &EmrCancelStepProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newEmrCancelStep(scope, id, p)
}

// EmrCancelStep_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func EmrCancelStep_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// EmrCancelStep_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func EmrCancelStep_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// EmrCancelStep_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func EmrCancelStep_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// EmrCancelStep_IsConstruct reports whether x is a construct.
func EmrCancelStep_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// EmrCancelStep_PrefixStates prefixes the names of the states under root.
func EmrCancelStep_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// EmrCancelStepProps configures a EmrCancelStep task.
type EmrCancelStepProps struct {
	Comment            *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage      awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName          *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials        *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat          awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout   awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout        awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout            awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign             *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath          *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath         *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	Outputs            interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	ResultPath         *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector     *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	ClusterId          *string                             `field:"required" json:"clusterId" yaml:"clusterId"`
	StepId             *string                             `field:"required" json:"stepId" yaml:"stepId"`
}

// EmrCancelStepJsonPathProps configures a EmrCancelStep task with JSONPath fields.
type EmrCancelStepJsonPathProps struct {
	Comment            *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage      awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName          *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials        *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat          awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout   awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout        awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout            awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign             *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath          *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath         *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	ResultPath         *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector     *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	ClusterId          *string                             `field:"required" json:"clusterId" yaml:"clusterId"`
	StepId             *string                             `field:"required" json:"stepId" yaml:"stepId"`
}

// EmrCancelStepJsonataProps configures a EmrCancelStep task with JSONata fields.
type EmrCancelStepJsonataProps struct {
	Comment            *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage      awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName          *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials        *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat          awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout   awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout        awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout            awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign             *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	Outputs            interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	ClusterId          *string                             `field:"required" json:"clusterId" yaml:"clusterId"`
	StepId             *string                             `field:"required" json:"stepId" yaml:"stepId"`
}

func newEmrCancelStep(scope constructs.Construct, id *string, props *EmrCancelStepProps) EmrCancelStep {
	required(scope, id, "EmrCancelStep", props, "ClusterId", "StepId")
	t := newTask(scope, id, props)
	t.policies = []awsiam.PolicyStatement{statement([]string{"elasticmapreduce:CancelSteps"}, emrClusters(t))}
	t.Hook.Render = func(top string) interface{} {
		return t.render(top, integrationResourceArn("elasticmapreduce", "cancelStep", awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE),
			obj("ClusterId", props.ClusterId, "StepId", props.StepId))
	}
	return t
}
