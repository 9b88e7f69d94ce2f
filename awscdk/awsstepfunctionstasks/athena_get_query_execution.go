package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// AthenaGetQueryExecution gets an Athena query execution.
type AthenaGetQueryExecution interface {
	awsstepfunctions.TaskStateBase
}

// NewAthenaGetQueryExecution builds the task at scope/id.
func NewAthenaGetQueryExecution(scope constructs.Construct, id *string, props *AthenaGetQueryExecutionProps) AthenaGetQueryExecution {
	return newAthenaGetQueryExecution(scope, id, props)
}

// NewAthenaGetQueryExecution_Override initializes t, a Go type embedding AthenaGetQueryExecution, as the task.
func NewAthenaGetQueryExecution_Override(t AthenaGetQueryExecution, scope constructs.Construct, id *string, props *AthenaGetQueryExecutionProps) {
	l2.Override[AthenaGetQueryExecution](t, newAthenaGetQueryExecution(scope, id, props))
}

// AthenaGetQueryExecution_JsonPath builds the task with JSONPath fields.
func AthenaGetQueryExecution_JsonPath(scope constructs.Construct, id *string, props *AthenaGetQueryExecutionJsonPathProps) AthenaGetQueryExecution {
	if props == nil {
		return newAthenaGetQueryExecution(scope, id, nil)
	}
	p := &AthenaGetQueryExecutionProps{}
	copyFields(p, props)
	return newAthenaGetQueryExecution(scope, id, p)
}

// AthenaGetQueryExecution_Jsonata builds the task with JSONata fields: its query language is JSONata.
func AthenaGetQueryExecution_Jsonata(scope constructs.Construct, id *string, props *AthenaGetQueryExecutionJsonataProps) AthenaGetQueryExecution {
	if props == nil {
		return newAthenaGetQueryExecution(scope, id, nil)
	}
	p := &AthenaGetQueryExecutionProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newAthenaGetQueryExecution(scope, id, p)
}

// AthenaGetQueryExecution_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func AthenaGetQueryExecution_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// AthenaGetQueryExecution_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func AthenaGetQueryExecution_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// AthenaGetQueryExecution_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func AthenaGetQueryExecution_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// AthenaGetQueryExecution_IsConstruct reports whether x is a construct.
func AthenaGetQueryExecution_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// AthenaGetQueryExecution_PrefixStates prefixes the names of the states under root.
func AthenaGetQueryExecution_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// AthenaGetQueryExecutionProps configures a AthenaGetQueryExecution task.
type AthenaGetQueryExecutionProps struct {
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
	QueryExecutionId   *string                             `field:"required" json:"queryExecutionId" yaml:"queryExecutionId"`
}

// AthenaGetQueryExecutionJsonPathProps configures a AthenaGetQueryExecution task with JSONPath fields.
type AthenaGetQueryExecutionJsonPathProps struct {
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
	QueryExecutionId   *string                             `field:"required" json:"queryExecutionId" yaml:"queryExecutionId"`
}

// AthenaGetQueryExecutionJsonataProps configures a AthenaGetQueryExecution task with JSONata fields.
type AthenaGetQueryExecutionJsonataProps struct {
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
	QueryExecutionId   *string                             `field:"required" json:"queryExecutionId" yaml:"queryExecutionId"`
}

func newAthenaGetQueryExecution(scope constructs.Construct, id *string, props *AthenaGetQueryExecutionProps) AthenaGetQueryExecution {
	required(scope, id, "AthenaGetQueryExecution", props, "QueryExecutionId")
	t := newTask(scope, id, props)
	pattern := patternOr(props.IntegrationPattern, awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE)
	t.policies = []awsiam.PolicyStatement{statement([]string{"athena:getQueryExecution"}, str("*"))}
	t.Hook.Render = func(top string) interface{} {
		return t.render(top, integrationResourceArn("athena", "getQueryExecution", pattern), obj("QueryExecutionId", props.QueryExecutionId))
	}
	return t
}
