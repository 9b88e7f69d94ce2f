package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// EmrModifyInstanceGroupByName modifies an instance group of an EMR cluster.
type EmrModifyInstanceGroupByName interface {
	awsstepfunctions.TaskStateBase
}

// NewEmrModifyInstanceGroupByName builds the task at scope/id.
func NewEmrModifyInstanceGroupByName(scope constructs.Construct, id *string, props *EmrModifyInstanceGroupByNameProps) EmrModifyInstanceGroupByName {
	return newEmrModifyInstanceGroupByName(scope, id, props)
}

// NewEmrModifyInstanceGroupByName_Override initializes t, a Go type embedding EmrModifyInstanceGroupByName, as the task.
func NewEmrModifyInstanceGroupByName_Override(t EmrModifyInstanceGroupByName, scope constructs.Construct, id *string, props *EmrModifyInstanceGroupByNameProps) {
	l2.Override[EmrModifyInstanceGroupByName](t, newEmrModifyInstanceGroupByName(scope, id, props))
}

// EmrModifyInstanceGroupByName_JsonPath builds the task with JSONPath fields.
func EmrModifyInstanceGroupByName_JsonPath(scope constructs.Construct, id *string, props *EmrModifyInstanceGroupByNameJsonPathProps) EmrModifyInstanceGroupByName {
	if props == nil {
		return newEmrModifyInstanceGroupByName(scope, id, nil)
	}
	p := &EmrModifyInstanceGroupByNameProps{}
	copyFields(p, props)
	return newEmrModifyInstanceGroupByName(scope, id, p)
}

// EmrModifyInstanceGroupByName_Jsonata builds the task with JSONata fields: its query language is JSONata.
func EmrModifyInstanceGroupByName_Jsonata(scope constructs.Construct, id *string, props *EmrModifyInstanceGroupByNameJsonataProps) EmrModifyInstanceGroupByName {
	if props == nil {
		return newEmrModifyInstanceGroupByName(scope, id, nil)
	}
	p := &EmrModifyInstanceGroupByNameProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newEmrModifyInstanceGroupByName(scope, id, p)
}

// EmrModifyInstanceGroupByName_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func EmrModifyInstanceGroupByName_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// EmrModifyInstanceGroupByName_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func EmrModifyInstanceGroupByName_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// EmrModifyInstanceGroupByName_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func EmrModifyInstanceGroupByName_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// EmrModifyInstanceGroupByName_IsConstruct reports whether x is a construct.
func EmrModifyInstanceGroupByName_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// EmrModifyInstanceGroupByName_PrefixStates prefixes the names of the states under root.
func EmrModifyInstanceGroupByName_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// EmrModifyInstanceGroupByNameProps configures a EmrModifyInstanceGroupByName task.
type EmrModifyInstanceGroupByNameProps struct {
	Comment            *string                                                         `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage      awsstepfunctions.QueryLanguage                                  `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName          *string                                                         `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials        *awsstepfunctions.Credentials                                   `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat          awscdk.Duration                                                 `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout   awsstepfunctions.Timeout                                        `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern awsstepfunctions.IntegrationPattern                             `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout        awsstepfunctions.Timeout                                        `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout            awscdk.Duration                                                 `field:"optional" json:"timeout" yaml:"timeout"`
	Assign             *map[string]interface{}                                         `field:"optional" json:"assign" yaml:"assign"`
	InputPath          *string                                                         `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath         *string                                                         `field:"optional" json:"outputPath" yaml:"outputPath"`
	Outputs            interface{}                                                     `field:"optional" json:"outputs" yaml:"outputs"`
	ResultPath         *string                                                         `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector     *map[string]interface{}                                         `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	ClusterId          *string                                                         `field:"required" json:"clusterId" yaml:"clusterId"`
	InstanceGroup      *EmrModifyInstanceGroupByName_InstanceGroupModifyConfigProperty `field:"required" json:"instanceGroup" yaml:"instanceGroup"`
	InstanceGroupName  *string                                                         `field:"required" json:"instanceGroupName" yaml:"instanceGroupName"`
}

// EmrModifyInstanceGroupByNameJsonPathProps configures a EmrModifyInstanceGroupByName task with JSONPath fields.
type EmrModifyInstanceGroupByNameJsonPathProps struct {
	Comment            *string                                                         `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage      awsstepfunctions.QueryLanguage                                  `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName          *string                                                         `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials        *awsstepfunctions.Credentials                                   `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat          awscdk.Duration                                                 `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout   awsstepfunctions.Timeout                                        `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern awsstepfunctions.IntegrationPattern                             `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout        awsstepfunctions.Timeout                                        `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout            awscdk.Duration                                                 `field:"optional" json:"timeout" yaml:"timeout"`
	Assign             *map[string]interface{}                                         `field:"optional" json:"assign" yaml:"assign"`
	InputPath          *string                                                         `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath         *string                                                         `field:"optional" json:"outputPath" yaml:"outputPath"`
	ResultPath         *string                                                         `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector     *map[string]interface{}                                         `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	ClusterId          *string                                                         `field:"required" json:"clusterId" yaml:"clusterId"`
	InstanceGroup      *EmrModifyInstanceGroupByName_InstanceGroupModifyConfigProperty `field:"required" json:"instanceGroup" yaml:"instanceGroup"`
	InstanceGroupName  *string                                                         `field:"required" json:"instanceGroupName" yaml:"instanceGroupName"`
}

// EmrModifyInstanceGroupByNameJsonataProps configures a EmrModifyInstanceGroupByName task with JSONata fields.
type EmrModifyInstanceGroupByNameJsonataProps struct {
	Comment            *string                                                         `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage      awsstepfunctions.QueryLanguage                                  `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName          *string                                                         `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials        *awsstepfunctions.Credentials                                   `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat          awscdk.Duration                                                 `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout   awsstepfunctions.Timeout                                        `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern awsstepfunctions.IntegrationPattern                             `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout        awsstepfunctions.Timeout                                        `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout            awscdk.Duration                                                 `field:"optional" json:"timeout" yaml:"timeout"`
	Assign             *map[string]interface{}                                         `field:"optional" json:"assign" yaml:"assign"`
	Outputs            interface{}                                                     `field:"optional" json:"outputs" yaml:"outputs"`
	ClusterId          *string                                                         `field:"required" json:"clusterId" yaml:"clusterId"`
	InstanceGroup      *EmrModifyInstanceGroupByName_InstanceGroupModifyConfigProperty `field:"required" json:"instanceGroup" yaml:"instanceGroup"`
	InstanceGroupName  *string                                                         `field:"required" json:"instanceGroupName" yaml:"instanceGroupName"`
}

// EmrModifyInstanceGroupByName_InstanceGroupModifyConfigProperty is the change to an EMR instance group.
type EmrModifyInstanceGroupByName_InstanceGroupModifyConfigProperty struct {
	Configurations            *[]*EmrCreateCluster_ConfigurationProperty         `field:"optional" json:"configurations" yaml:"configurations"`
	EC2InstanceIdsToTerminate *[]*string                                         `field:"optional" json:"eC2InstanceIdsToTerminate" yaml:"eC2InstanceIdsToTerminate"`
	InstanceCount             *float64                                           `field:"optional" json:"instanceCount" yaml:"instanceCount"`
	ShrinkPolicy              *EmrModifyInstanceGroupByName_ShrinkPolicyProperty `field:"optional" json:"shrinkPolicy" yaml:"shrinkPolicy"`
}

// EmrModifyInstanceGroupByName_InstanceResizePolicyProperty is which instances a shrinking group protects or terminates.
type EmrModifyInstanceGroupByName_InstanceResizePolicyProperty struct {
	InstancesToProtect         *[]*string      `field:"optional" json:"instancesToProtect" yaml:"instancesToProtect"`
	InstancesToTerminate       *[]*string      `field:"optional" json:"instancesToTerminate" yaml:"instancesToTerminate"`
	InstanceTerminationTimeout awscdk.Duration `field:"optional" json:"instanceTerminationTimeout" yaml:"instanceTerminationTimeout"`
}

// EmrModifyInstanceGroupByName_ShrinkPolicyProperty is how an EMR instance group shrinks.
type EmrModifyInstanceGroupByName_ShrinkPolicyProperty struct {
	DecommissionTimeout  awscdk.Duration                                            `field:"optional" json:"decommissionTimeout" yaml:"decommissionTimeout"`
	InstanceResizePolicy *EmrModifyInstanceGroupByName_InstanceResizePolicyProperty `field:"optional" json:"instanceResizePolicy" yaml:"instanceResizePolicy"`
}

// EmrCreateCluster_ConfigurationProperty is an EMR application configuration (a classification, its properties and nested configurations).
type EmrCreateCluster_ConfigurationProperty struct {
	Classification *string                                    `field:"optional" json:"classification" yaml:"classification"`
	Configurations *[]*EmrCreateCluster_ConfigurationProperty `field:"optional" json:"configurations" yaml:"configurations"`
	Properties     *map[string]*string                        `field:"optional" json:"properties" yaml:"properties"`
}

func newEmrModifyInstanceGroupByName(scope constructs.Construct, id *string, props *EmrModifyInstanceGroupByNameProps) EmrModifyInstanceGroupByName {
	required(scope, id, "EmrModifyInstanceGroupByName", props, "ClusterId", "InstanceGroup", "InstanceGroupName")
	t := newTask(scope, id, props)
	t.policies = []awsiam.PolicyStatement{statement([]string{"elasticmapreduce:ModifyInstanceGroups", "elasticmapreduce:ListInstanceGroups"}, emrClusters(t))}
	t.Hook.Render = func(top string) interface{} {
		g := props.InstanceGroup
		var shrink interface{}
		if g.ShrinkPolicy != nil {
			var resize interface{}
			if r := g.ShrinkPolicy.InstanceResizePolicy; r != nil {
				resize = obj("InstancesToProtect", r.InstancesToProtect, "InstancesToTerminate", r.InstancesToTerminate)
			}
			shrink = obj("InstanceResizePolicy", resize)
		}
		return t.render(top, integrationResourceArn("elasticmapreduce", "modifyInstanceGroupByName", awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE), obj(
			"ClusterId", props.ClusterId, "InstanceGroupName", props.InstanceGroupName,
			"InstanceGroup", obj("Configurations", emrConfigurations(g.Configurations), "EC2InstanceIdsToTerminate", g.EC2InstanceIdsToTerminate,
				"InstanceCount", g.InstanceCount, "ShrinkPolicy", shrink)))
	}
	return t
}

// emrConfigurations renders EMR application configurations as EMR's API
// takes them.
func emrConfigurations(l *[]*EmrCreateCluster_ConfigurationProperty) interface{} {
	if l == nil {
		return nil
	}
	out := []interface{}{}
	for _, c := range *l {
		if c == nil {
			c = &EmrCreateCluster_ConfigurationProperty{}
		}
		out = append(out, obj("Classification", c.Classification, "Properties", c.Properties, "Configurations", emrConfigurations(c.Configurations)))
	}
	return out
}
