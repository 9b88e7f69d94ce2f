package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// EmrTerminateCluster terminates an EMR cluster.
type EmrTerminateCluster interface {
	awsstepfunctions.TaskStateBase
}

// NewEmrTerminateCluster builds the task at scope/id.
func NewEmrTerminateCluster(scope constructs.Construct, id *string, props *EmrTerminateClusterProps) EmrTerminateCluster {
	return newEmrTerminateCluster(scope, id, props)
}

// NewEmrTerminateCluster_Override initializes t, a Go type embedding EmrTerminateCluster, as the task.
func NewEmrTerminateCluster_Override(t EmrTerminateCluster, scope constructs.Construct, id *string, props *EmrTerminateClusterProps) {
	l2.Override[EmrTerminateCluster](t, newEmrTerminateCluster(scope, id, props))
}

// EmrTerminateCluster_JsonPath builds the task with JSONPath fields.
func EmrTerminateCluster_JsonPath(scope constructs.Construct, id *string, props *EmrTerminateClusterJsonPathProps) EmrTerminateCluster {
	if props == nil {
		return newEmrTerminateCluster(scope, id, nil)
	}
	p := &EmrTerminateClusterProps{}
	copyFields(p, props)
	return newEmrTerminateCluster(scope, id, p)
}

// EmrTerminateCluster_Jsonata builds the task with JSONata fields: its query language is JSONata.
func EmrTerminateCluster_Jsonata(scope constructs.Construct, id *string, props *EmrTerminateClusterJsonataProps) EmrTerminateCluster {
	if props == nil {
		return newEmrTerminateCluster(scope, id, nil)
	}
	p := &EmrTerminateClusterProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newEmrTerminateCluster(scope, id, p)
}

// EmrTerminateCluster_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func EmrTerminateCluster_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// EmrTerminateCluster_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func EmrTerminateCluster_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// EmrTerminateCluster_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func EmrTerminateCluster_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// EmrTerminateCluster_IsConstruct reports whether x is a construct.
func EmrTerminateCluster_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// EmrTerminateCluster_PrefixStates prefixes the names of the states under root.
func EmrTerminateCluster_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// EmrTerminateClusterProps configures a EmrTerminateCluster task.
type EmrTerminateClusterProps struct {
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
}

// EmrTerminateClusterJsonPathProps configures a EmrTerminateCluster task with JSONPath fields.
type EmrTerminateClusterJsonPathProps struct {
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
}

// EmrTerminateClusterJsonataProps configures a EmrTerminateCluster task with JSONata fields.
type EmrTerminateClusterJsonataProps struct {
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
}

func newEmrTerminateCluster(scope constructs.Construct, id *string, props *EmrTerminateClusterProps) EmrTerminateCluster {
	required(scope, id, "EmrTerminateCluster", props, "ClusterId")
	t := newTask(scope, id, props)
	pattern := props.IntegrationPattern
	if pattern == "" {
		pattern = awsstepfunctions.IntegrationPattern_RUN_JOB
	}
	validatePattern(pattern, awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE, awsstepfunctions.IntegrationPattern_RUN_JOB)
	t.policies = []awsiam.PolicyStatement{statement([]string{"elasticmapreduce:DescribeCluster", "elasticmapreduce:TerminateJobFlows"}, emrClusters(t))}
	if pattern == awsstepfunctions.IntegrationPattern_RUN_JOB {
		t.policies = append(t.policies, emrRule(t, "StepFunctionsGetEventForEMRTerminateJobFlowsRule"))
	}
	t.Hook.Render = func(top string) interface{} {
		return t.render(top, integrationResourceArn("elasticmapreduce", "terminateCluster", pattern), obj("ClusterId", props.ClusterId))
	}
	return t
}
