package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// EmrAddStep adds a step to an EMR cluster.
type EmrAddStep interface {
	awsstepfunctions.TaskStateBase
}

// NewEmrAddStep builds the task at scope/id.
func NewEmrAddStep(scope constructs.Construct, id *string, props *EmrAddStepProps) EmrAddStep {
	return newEmrAddStep(scope, id, props)
}

// NewEmrAddStep_Override initializes t, a Go type embedding EmrAddStep, as the task.
func NewEmrAddStep_Override(t EmrAddStep, scope constructs.Construct, id *string, props *EmrAddStepProps) {
	l2.Override[EmrAddStep](t, newEmrAddStep(scope, id, props))
}

// EmrAddStep_JsonPath builds the task with JSONPath fields.
func EmrAddStep_JsonPath(scope constructs.Construct, id *string, props *EmrAddStepJsonPathProps) EmrAddStep {
	if props == nil {
		return newEmrAddStep(scope, id, nil)
	}
	p := &EmrAddStepProps{}
	copyFields(p, props)
	return newEmrAddStep(scope, id, p)
}

// EmrAddStep_Jsonata builds the task with JSONata fields: its query language is JSONata.
func EmrAddStep_Jsonata(scope constructs.Construct, id *string, props *EmrAddStepJsonataProps) EmrAddStep {
	if props == nil {
		return newEmrAddStep(scope, id, nil)
	}
	p := &EmrAddStepProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newEmrAddStep(scope, id, p)
}

// EmrAddStep_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func EmrAddStep_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// EmrAddStep_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func EmrAddStep_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// EmrAddStep_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func EmrAddStep_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// EmrAddStep_IsConstruct reports whether x is a construct.
func EmrAddStep_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// EmrAddStep_PrefixStates prefixes the names of the states under root.
func EmrAddStep_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// EmrAddStepProps configures a EmrAddStep task.
type EmrAddStepProps struct {
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
	Jar                *string                             `field:"required" json:"jar" yaml:"jar"`
	Name               *string                             `field:"required" json:"name" yaml:"name"`
	ActionOnFailure    ActionOnFailure                     `field:"optional" json:"actionOnFailure" yaml:"actionOnFailure"`
	Args               *[]*string                          `field:"optional" json:"args" yaml:"args"`
	ExecutionRoleArn   *string                             `field:"optional" json:"executionRoleArn" yaml:"executionRoleArn"`
	MainClass          *string                             `field:"optional" json:"mainClass" yaml:"mainClass"`
	Properties         *map[string]*string                 `field:"optional" json:"properties" yaml:"properties"`
}

// EmrAddStepJsonPathProps configures a EmrAddStep task with JSONPath fields.
type EmrAddStepJsonPathProps struct {
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
	Jar                *string                             `field:"required" json:"jar" yaml:"jar"`
	Name               *string                             `field:"required" json:"name" yaml:"name"`
	ActionOnFailure    ActionOnFailure                     `field:"optional" json:"actionOnFailure" yaml:"actionOnFailure"`
	Args               *[]*string                          `field:"optional" json:"args" yaml:"args"`
	ExecutionRoleArn   *string                             `field:"optional" json:"executionRoleArn" yaml:"executionRoleArn"`
	MainClass          *string                             `field:"optional" json:"mainClass" yaml:"mainClass"`
	Properties         *map[string]*string                 `field:"optional" json:"properties" yaml:"properties"`
}

// EmrAddStepJsonataProps configures a EmrAddStep task with JSONata fields.
type EmrAddStepJsonataProps struct {
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
	Jar                *string                             `field:"required" json:"jar" yaml:"jar"`
	Name               *string                             `field:"required" json:"name" yaml:"name"`
	ActionOnFailure    ActionOnFailure                     `field:"optional" json:"actionOnFailure" yaml:"actionOnFailure"`
	Args               *[]*string                          `field:"optional" json:"args" yaml:"args"`
	ExecutionRoleArn   *string                             `field:"optional" json:"executionRoleArn" yaml:"executionRoleArn"`
	MainClass          *string                             `field:"optional" json:"mainClass" yaml:"mainClass"`
	Properties         *map[string]*string                 `field:"optional" json:"properties" yaml:"properties"`
}

// ActionOnFailure is what EMR does when a step fails.
type ActionOnFailure string

const (
	ActionOnFailure_TERMINATE_CLUSTER ActionOnFailure = "TERMINATE_CLUSTER"
	ActionOnFailure_CANCEL_AND_WAIT   ActionOnFailure = "CANCEL_AND_WAIT"
	ActionOnFailure_CONTINUE          ActionOnFailure = "CONTINUE"
)

func newEmrAddStep(scope constructs.Construct, id *string, props *EmrAddStepProps) EmrAddStep {
	required(scope, id, "EmrAddStep", props, "ClusterId", "Jar", "Name")
	t := newTask(scope, id, props)
	pattern := props.IntegrationPattern
	if pattern == "" {
		pattern = awsstepfunctions.IntegrationPattern_RUN_JOB
	}
	validatePattern(pattern, awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE, awsstepfunctions.IntegrationPattern_RUN_JOB)
	onFailure := props.ActionOnFailure
	if onFailure == "" {
		onFailure = ActionOnFailure_CONTINUE
	}
	t.policies = []awsiam.PolicyStatement{statement([]string{"elasticmapreduce:AddJobFlowSteps", "elasticmapreduce:DescribeStep", "elasticmapreduce:CancelSteps"}, emrClusters(t))}
	if pattern == awsstepfunctions.IntegrationPattern_RUN_JOB {
		t.policies = append(t.policies, emrRule(t, "StepFunctionsGetEventForEMRAddJobFlowStepsRule"))
	}
	t.Hook.Render = func(top string) interface{} {
		var properties interface{}
		if props.Properties != nil {
			l := []interface{}{}
			for _, k := range sortedKeys(*props.Properties) {
				l = append(l, obj("Key", k, "Value", (*props.Properties)[k]))
			}
			properties = l
		}
		return t.render(top, integrationResourceArn("elasticmapreduce", "addStep", pattern), obj(
			"ClusterId", props.ClusterId, "ExecutionRoleArn", props.ExecutionRoleArn,
			"Step", obj("Name", props.Name, "ActionOnFailure", string(onFailure), "HadoopJarStep", obj("Jar", props.Jar, "MainClass", props.MainClass,
				"Args", props.Args, "Properties", properties))))
	}
	return t
}
