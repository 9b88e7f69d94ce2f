package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// AthenaStopQueryExecution stops an Athena query.
type AthenaStopQueryExecution interface {
	awsstepfunctions.TaskStateBase
}

// NewAthenaStopQueryExecution builds the task at scope/id.
func NewAthenaStopQueryExecution(scope constructs.Construct, id *string, props *AthenaStopQueryExecutionProps) AthenaStopQueryExecution {
	return newAthenaStopQueryExecution(scope, id, props)
}

// NewAthenaStopQueryExecution_Override initializes t, a Go type embedding AthenaStopQueryExecution, as the task.
func NewAthenaStopQueryExecution_Override(t AthenaStopQueryExecution, scope constructs.Construct, id *string, props *AthenaStopQueryExecutionProps) {
	l2.Override[AthenaStopQueryExecution](t, newAthenaStopQueryExecution(scope, id, props))
}

// AthenaStopQueryExecution_JsonPath builds the task with JSONPath fields.
func AthenaStopQueryExecution_JsonPath(scope constructs.Construct, id *string, props *AthenaStopQueryExecutionJsonPathProps) AthenaStopQueryExecution {
	if props == nil {
		return newAthenaStopQueryExecution(scope, id, nil)
	}
	p := &AthenaStopQueryExecutionProps{}
	copyFields(p, props)
	return newAthenaStopQueryExecution(scope, id, p)
}

// AthenaStopQueryExecution_Jsonata builds the task with JSONata fields: its query language is JSONata.
func AthenaStopQueryExecution_Jsonata(scope constructs.Construct, id *string, props *AthenaStopQueryExecutionJsonataProps) AthenaStopQueryExecution {
	if props == nil {
		return newAthenaStopQueryExecution(scope, id, nil)
	}
	p := &AthenaStopQueryExecutionProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newAthenaStopQueryExecution(scope, id, p)
}

// AthenaStopQueryExecution_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func AthenaStopQueryExecution_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// AthenaStopQueryExecution_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func AthenaStopQueryExecution_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// AthenaStopQueryExecution_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func AthenaStopQueryExecution_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// AthenaStopQueryExecution_IsConstruct reports whether x is a construct.
func AthenaStopQueryExecution_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// AthenaStopQueryExecution_PrefixStates prefixes the names of the states under root.
func AthenaStopQueryExecution_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// AthenaStopQueryExecutionProps configures a AthenaStopQueryExecution task.
type AthenaStopQueryExecutionProps struct {
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

// AthenaStopQueryExecutionJsonPathProps configures a AthenaStopQueryExecution task with JSONPath fields.
type AthenaStopQueryExecutionJsonPathProps struct {
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

// AthenaStopQueryExecutionJsonataProps configures a AthenaStopQueryExecution task with JSONata fields.
type AthenaStopQueryExecutionJsonataProps struct {
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

func newAthenaStopQueryExecution(scope constructs.Construct, id *string, props *AthenaStopQueryExecutionProps) AthenaStopQueryExecution {
	required(scope, id, "AthenaStopQueryExecution", props, "QueryExecutionId")
	t := newTask(scope, id, props)
	pattern := patternOr(props.IntegrationPattern, awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE)
	t.policies = []awsiam.PolicyStatement{statement([]string{"athena:stopQueryExecution"}, str("*"))}
	t.Hook.Render = func(top string) interface{} {
		return t.render(top, integrationResourceArn("athena", "stopQueryExecution", pattern), obj("QueryExecutionId", props.QueryExecutionId))
	}
	return t
}
