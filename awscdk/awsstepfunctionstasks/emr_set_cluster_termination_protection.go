package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// EmrSetClusterTerminationProtection sets an EMR cluster's termination protection.
type EmrSetClusterTerminationProtection interface {
	awsstepfunctions.TaskStateBase
}

// NewEmrSetClusterTerminationProtection builds the task at scope/id.
func NewEmrSetClusterTerminationProtection(scope constructs.Construct, id *string, props *EmrSetClusterTerminationProtectionProps) EmrSetClusterTerminationProtection {
	return newEmrSetClusterTerminationProtection(scope, id, props)
}

// NewEmrSetClusterTerminationProtection_Override initializes t, a Go type embedding EmrSetClusterTerminationProtection, as the task.
func NewEmrSetClusterTerminationProtection_Override(t EmrSetClusterTerminationProtection, scope constructs.Construct, id *string, props *EmrSetClusterTerminationProtectionProps) {
	l2.Override[EmrSetClusterTerminationProtection](t, newEmrSetClusterTerminationProtection(scope, id, props))
}

// EmrSetClusterTerminationProtection_JsonPath builds the task with JSONPath fields.
func EmrSetClusterTerminationProtection_JsonPath(scope constructs.Construct, id *string, props *EmrSetClusterTerminationProtectionJsonPathProps) EmrSetClusterTerminationProtection {
	if props == nil {
		return newEmrSetClusterTerminationProtection(scope, id, nil)
	}
	p := &EmrSetClusterTerminationProtectionProps{}
	copyFields(p, props)
	return newEmrSetClusterTerminationProtection(scope, id, p)
}

// EmrSetClusterTerminationProtection_Jsonata builds the task with JSONata fields: its query language is JSONata.
func EmrSetClusterTerminationProtection_Jsonata(scope constructs.Construct, id *string, props *EmrSetClusterTerminationProtectionJsonataProps) EmrSetClusterTerminationProtection {
	if props == nil {
		return newEmrSetClusterTerminationProtection(scope, id, nil)
	}
	p := &EmrSetClusterTerminationProtectionProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newEmrSetClusterTerminationProtection(scope, id, p)
}

// EmrSetClusterTerminationProtection_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func EmrSetClusterTerminationProtection_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// EmrSetClusterTerminationProtection_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func EmrSetClusterTerminationProtection_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// EmrSetClusterTerminationProtection_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func EmrSetClusterTerminationProtection_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// EmrSetClusterTerminationProtection_IsConstruct reports whether x is a construct.
func EmrSetClusterTerminationProtection_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// EmrSetClusterTerminationProtection_PrefixStates prefixes the names of the states under root.
func EmrSetClusterTerminationProtection_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// EmrSetClusterTerminationProtectionProps configures a EmrSetClusterTerminationProtection task.
type EmrSetClusterTerminationProtectionProps struct {
	Comment              *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage        awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName            *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials          *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat            awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout     awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern   awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout          awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout              awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign               *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath            *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath           *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	Outputs              interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	ResultPath           *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector       *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	ClusterId            *string                             `field:"required" json:"clusterId" yaml:"clusterId"`
	TerminationProtected *bool                               `field:"required" json:"terminationProtected" yaml:"terminationProtected"`
}

// EmrSetClusterTerminationProtectionJsonPathProps configures a EmrSetClusterTerminationProtection task with JSONPath fields.
type EmrSetClusterTerminationProtectionJsonPathProps struct {
	Comment              *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage        awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName            *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials          *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat            awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout     awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern   awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout          awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout              awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign               *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath            *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath           *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	ResultPath           *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector       *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	ClusterId            *string                             `field:"required" json:"clusterId" yaml:"clusterId"`
	TerminationProtected *bool                               `field:"required" json:"terminationProtected" yaml:"terminationProtected"`
}

// EmrSetClusterTerminationProtectionJsonataProps configures a EmrSetClusterTerminationProtection task with JSONata fields.
type EmrSetClusterTerminationProtectionJsonataProps struct {
	Comment              *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage        awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName            *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials          *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat            awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout     awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern   awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout          awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout              awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign               *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	Outputs              interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	ClusterId            *string                             `field:"required" json:"clusterId" yaml:"clusterId"`
	TerminationProtected *bool                               `field:"required" json:"terminationProtected" yaml:"terminationProtected"`
}

func newEmrSetClusterTerminationProtection(scope constructs.Construct, id *string, props *EmrSetClusterTerminationProtectionProps) EmrSetClusterTerminationProtection {
	required(scope, id, "EmrSetClusterTerminationProtection", props, "ClusterId", "TerminationProtected")
	t := newTask(scope, id, props)
	t.policies = []awsiam.PolicyStatement{statement([]string{"elasticmapreduce:SetTerminationProtection"}, emrClusters(t))}
	t.Hook.Render = func(top string) interface{} {
		return t.render(top, integrationResourceArn("elasticmapreduce", "setClusterTerminationProtection", awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE),
			obj("ClusterId", props.ClusterId, "TerminationProtected", props.TerminationProtected))
	}
	return t
}
