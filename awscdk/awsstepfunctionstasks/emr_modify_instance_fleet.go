package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// EmrModifyInstanceFleetByName changes the target capacities of an EMR instance fleet, by name.
type EmrModifyInstanceFleetByName interface {
	awsstepfunctions.TaskStateBase
}

// NewEmrModifyInstanceFleetByName builds the task at scope/id.
func NewEmrModifyInstanceFleetByName(scope constructs.Construct, id *string, props *EmrModifyInstanceFleetByNameProps) EmrModifyInstanceFleetByName {
	return newEmrModifyInstanceFleetByName(scope, id, props)
}

// NewEmrModifyInstanceFleetByName_Override initializes t, a Go type embedding EmrModifyInstanceFleetByName, as the task.
func NewEmrModifyInstanceFleetByName_Override(t EmrModifyInstanceFleetByName, scope constructs.Construct, id *string, props *EmrModifyInstanceFleetByNameProps) {
	l2.Override[EmrModifyInstanceFleetByName](t, newEmrModifyInstanceFleetByName(scope, id, props))
}

// EmrModifyInstanceFleetByName_JsonPath builds the task with JSONPath fields.
func EmrModifyInstanceFleetByName_JsonPath(scope constructs.Construct, id *string, props *EmrModifyInstanceFleetByNameJsonPathProps) EmrModifyInstanceFleetByName {
	if props == nil {
		return newEmrModifyInstanceFleetByName(scope, id, nil)
	}
	p := &EmrModifyInstanceFleetByNameProps{}
	copyFields(p, props)
	return newEmrModifyInstanceFleetByName(scope, id, p)
}

// EmrModifyInstanceFleetByName_Jsonata builds the task with JSONata fields: its query language is JSONata.
func EmrModifyInstanceFleetByName_Jsonata(scope constructs.Construct, id *string, props *EmrModifyInstanceFleetByNameJsonataProps) EmrModifyInstanceFleetByName {
	if props == nil {
		return newEmrModifyInstanceFleetByName(scope, id, nil)
	}
	p := &EmrModifyInstanceFleetByNameProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newEmrModifyInstanceFleetByName(scope, id, p)
}

// EmrModifyInstanceFleetByName_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func EmrModifyInstanceFleetByName_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// EmrModifyInstanceFleetByName_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func EmrModifyInstanceFleetByName_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// EmrModifyInstanceFleetByName_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func EmrModifyInstanceFleetByName_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// EmrModifyInstanceFleetByName_IsConstruct reports whether x is a construct.
func EmrModifyInstanceFleetByName_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// EmrModifyInstanceFleetByName_PrefixStates prefixes the names of the states under root.
func EmrModifyInstanceFleetByName_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// EmrModifyInstanceFleetByNameProps configures a EmrModifyInstanceFleetByName task.
type EmrModifyInstanceFleetByNameProps struct {
	Comment                *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage          awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName              *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials            *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat              awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout       awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern     awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout            awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                 *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath              *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath             *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	Outputs                interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	ResultPath             *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector         *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	ClusterId              *string                             `field:"required" json:"clusterId" yaml:"clusterId"`
	InstanceFleetName      *string                             `field:"required" json:"instanceFleetName" yaml:"instanceFleetName"`
	TargetOnDemandCapacity *float64                            `field:"required" json:"targetOnDemandCapacity" yaml:"targetOnDemandCapacity"`
	TargetSpotCapacity     *float64                            `field:"required" json:"targetSpotCapacity" yaml:"targetSpotCapacity"`
}

// EmrModifyInstanceFleetByNameJsonPathProps configures a EmrModifyInstanceFleetByName task with JSONPath fields.
type EmrModifyInstanceFleetByNameJsonPathProps struct {
	Comment                *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage          awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName              *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials            *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat              awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout       awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern     awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout            awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                 *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath              *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath             *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	ResultPath             *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector         *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	ClusterId              *string                             `field:"required" json:"clusterId" yaml:"clusterId"`
	InstanceFleetName      *string                             `field:"required" json:"instanceFleetName" yaml:"instanceFleetName"`
	TargetOnDemandCapacity *float64                            `field:"required" json:"targetOnDemandCapacity" yaml:"targetOnDemandCapacity"`
	TargetSpotCapacity     *float64                            `field:"required" json:"targetSpotCapacity" yaml:"targetSpotCapacity"`
}

// EmrModifyInstanceFleetByNameJsonataProps configures a EmrModifyInstanceFleetByName task with JSONata fields.
type EmrModifyInstanceFleetByNameJsonataProps struct {
	Comment                *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage          awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName              *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials            *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat              awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout       awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern     awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout            awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                 *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	Outputs                interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	ClusterId              *string                             `field:"required" json:"clusterId" yaml:"clusterId"`
	InstanceFleetName      *string                             `field:"required" json:"instanceFleetName" yaml:"instanceFleetName"`
	TargetOnDemandCapacity *float64                            `field:"required" json:"targetOnDemandCapacity" yaml:"targetOnDemandCapacity"`
	TargetSpotCapacity     *float64                            `field:"required" json:"targetSpotCapacity" yaml:"targetSpotCapacity"`
}

func newEmrModifyInstanceFleetByName(scope constructs.Construct, id *string, props *EmrModifyInstanceFleetByNameProps) EmrModifyInstanceFleetByName {
	required(scope, id, "EmrModifyInstanceFleetByName", props, "ClusterId", "InstanceFleetName")
	if props.TargetOnDemandCapacity == nil || props.TargetSpotCapacity == nil {
		required(scope, id, "EmrModifyInstanceFleetByName", props, "TargetOnDemandCapacity", "TargetSpotCapacity")
	}
	t := newTask(scope, id, props)
	t.policies = []awsiam.PolicyStatement{statement([]string{"elasticmapreduce:ModifyInstanceFleet", "elasticmapreduce:ListInstanceFleets"}, emrClusters(t))}
	t.Hook.Render = func(top string) interface{} {
		return t.render(top, integrationResourceArn("elasticmapreduce", "modifyInstanceFleetByName", awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE), obj(
			"ClusterId", props.ClusterId, "InstanceFleetName", props.InstanceFleetName,
			"InstanceFleet", obj("TargetOnDemandCapacity", props.TargetOnDemandCapacity, "TargetSpotCapacity", props.TargetSpotCapacity)))
	}
	return t
}
