package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// AthenaGetQueryResults gets the results of an Athena query.
type AthenaGetQueryResults interface {
	awsstepfunctions.TaskStateBase
}

// NewAthenaGetQueryResults builds the task at scope/id.
func NewAthenaGetQueryResults(scope constructs.Construct, id *string, props *AthenaGetQueryResultsProps) AthenaGetQueryResults {
	return newAthenaGetQueryResults(scope, id, props)
}

// NewAthenaGetQueryResults_Override initializes t, a Go type embedding AthenaGetQueryResults, as the task.
func NewAthenaGetQueryResults_Override(t AthenaGetQueryResults, scope constructs.Construct, id *string, props *AthenaGetQueryResultsProps) {
	l2.Override[AthenaGetQueryResults](t, newAthenaGetQueryResults(scope, id, props))
}

// AthenaGetQueryResults_JsonPath builds the task with JSONPath fields.
func AthenaGetQueryResults_JsonPath(scope constructs.Construct, id *string, props *AthenaGetQueryResultsJsonPathProps) AthenaGetQueryResults {
	if props == nil {
		return newAthenaGetQueryResults(scope, id, nil)
	}
	p := &AthenaGetQueryResultsProps{}
	copyFields(p, props)
	return newAthenaGetQueryResults(scope, id, p)
}

// AthenaGetQueryResults_Jsonata builds the task with JSONata fields: its query language is JSONata.
func AthenaGetQueryResults_Jsonata(scope constructs.Construct, id *string, props *AthenaGetQueryResultsJsonataProps) AthenaGetQueryResults {
	if props == nil {
		return newAthenaGetQueryResults(scope, id, nil)
	}
	p := &AthenaGetQueryResultsProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newAthenaGetQueryResults(scope, id, p)
}

// AthenaGetQueryResults_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func AthenaGetQueryResults_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// AthenaGetQueryResults_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func AthenaGetQueryResults_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// AthenaGetQueryResults_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func AthenaGetQueryResults_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// AthenaGetQueryResults_IsConstruct reports whether x is a construct.
func AthenaGetQueryResults_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// AthenaGetQueryResults_PrefixStates prefixes the names of the states under root.
func AthenaGetQueryResults_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// AthenaGetQueryResultsProps configures a AthenaGetQueryResults task.
type AthenaGetQueryResultsProps struct {
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
	MaxResults         *float64                            `field:"optional" json:"maxResults" yaml:"maxResults"`
	NextToken          *string                             `field:"optional" json:"nextToken" yaml:"nextToken"`
}

// AthenaGetQueryResultsJsonPathProps configures a AthenaGetQueryResults task with JSONPath fields.
type AthenaGetQueryResultsJsonPathProps struct {
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
	MaxResults         *float64                            `field:"optional" json:"maxResults" yaml:"maxResults"`
	NextToken          *string                             `field:"optional" json:"nextToken" yaml:"nextToken"`
}

// AthenaGetQueryResultsJsonataProps configures a AthenaGetQueryResults task with JSONata fields.
type AthenaGetQueryResultsJsonataProps struct {
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
	MaxResults         *float64                            `field:"optional" json:"maxResults" yaml:"maxResults"`
	NextToken          *string                             `field:"optional" json:"nextToken" yaml:"nextToken"`
}

func newAthenaGetQueryResults(scope constructs.Construct, id *string, props *AthenaGetQueryResultsProps) AthenaGetQueryResults {
	required(scope, id, "AthenaGetQueryResults", props, "QueryExecutionId")
	t := newTask(scope, id, props)
	pattern := patternOr(props.IntegrationPattern, awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE)
	t.policies = []awsiam.PolicyStatement{statement([]string{"athena:getQueryResults"}, str("*")), statement([]string{"s3:GetObject"}, str("*"))}
	t.Hook.Render = func(top string) interface{} {
		return t.render(top, integrationResourceArn("athena", "getQueryResults", pattern), obj("QueryExecutionId", props.QueryExecutionId,
			"NextToken", props.NextToken, "MaxResults", props.MaxResults))
	}
	return t
}
