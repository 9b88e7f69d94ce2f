package awsstepfunctionstasks

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsdynamodb"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// DynamoGetItem calls DynamoDB's GetItem on a table.
type DynamoGetItem interface {
	awsstepfunctions.TaskStateBase
}

// NewDynamoGetItem builds the task at scope/id.
func NewDynamoGetItem(scope constructs.Construct, id *string, props *DynamoGetItemProps) DynamoGetItem {
	return newDynamoGetItem(scope, id, props)
}

// NewDynamoGetItem_Override initializes t, a Go type embedding DynamoGetItem, as the task.
func NewDynamoGetItem_Override(t DynamoGetItem, scope constructs.Construct, id *string, props *DynamoGetItemProps) {
	l2.Override[DynamoGetItem](t, newDynamoGetItem(scope, id, props))
}

// DynamoGetItem_JsonPath builds the task with JSONPath fields.
func DynamoGetItem_JsonPath(scope constructs.Construct, id *string, props *DynamoGetItemJsonPathProps) DynamoGetItem {
	if props == nil {
		return newDynamoGetItem(scope, id, nil)
	}
	p := &DynamoGetItemProps{}
	copyFields(p, props)
	return newDynamoGetItem(scope, id, p)
}

// DynamoGetItem_Jsonata builds the task with JSONata fields: its query language is JSONata.
func DynamoGetItem_Jsonata(scope constructs.Construct, id *string, props *DynamoGetItemJsonataProps) DynamoGetItem {
	if props == nil {
		return newDynamoGetItem(scope, id, nil)
	}
	p := &DynamoGetItemProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newDynamoGetItem(scope, id, p)
}

// DynamoGetItem_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func DynamoGetItem_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// DynamoGetItem_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func DynamoGetItem_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// DynamoGetItem_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func DynamoGetItem_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// DynamoGetItem_IsConstruct reports whether x is a construct.
func DynamoGetItem_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// DynamoGetItem_PrefixStates prefixes the names of the states under root.
func DynamoGetItem_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// DynamoGetItemProps configures a DynamoGetItem task.
type DynamoGetItemProps struct {
	Comment                  *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage            awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName                *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials              *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat                awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout         awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern       awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout              awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                  awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                   *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath                *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath               *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	Outputs                  interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	ResultPath               *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector           *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	Key                      *map[string]DynamoAttributeValue    `field:"required" json:"key" yaml:"key"`
	Table                    interfacesawsdynamodb.ITableRef     `field:"required" json:"table" yaml:"table"`
	ConsistentRead           *bool                               `field:"optional" json:"consistentRead" yaml:"consistentRead"`
	ExpressionAttributeNames *map[string]*string                 `field:"optional" json:"expressionAttributeNames" yaml:"expressionAttributeNames"`
	ProjectionExpression     *[]DynamoProjectionExpression       `field:"optional" json:"projectionExpression" yaml:"projectionExpression"`
	ReturnConsumedCapacity   DynamoConsumedCapacity              `field:"optional" json:"returnConsumedCapacity" yaml:"returnConsumedCapacity"`
}

// DynamoGetItemJsonPathProps configures a DynamoGetItem task with JSONPath fields.
type DynamoGetItemJsonPathProps struct {
	Comment                  *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage            awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName                *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials              *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat                awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout         awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern       awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout              awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                  awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                   *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath                *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath               *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	ResultPath               *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector           *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	Key                      *map[string]DynamoAttributeValue    `field:"required" json:"key" yaml:"key"`
	Table                    interfacesawsdynamodb.ITableRef     `field:"required" json:"table" yaml:"table"`
	ConsistentRead           *bool                               `field:"optional" json:"consistentRead" yaml:"consistentRead"`
	ExpressionAttributeNames *map[string]*string                 `field:"optional" json:"expressionAttributeNames" yaml:"expressionAttributeNames"`
	ProjectionExpression     *[]DynamoProjectionExpression       `field:"optional" json:"projectionExpression" yaml:"projectionExpression"`
	ReturnConsumedCapacity   DynamoConsumedCapacity              `field:"optional" json:"returnConsumedCapacity" yaml:"returnConsumedCapacity"`
}

// DynamoGetItemJsonataProps configures a DynamoGetItem task with JSONata fields.
type DynamoGetItemJsonataProps struct {
	Comment                  *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage            awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName                *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials              *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat                awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout         awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern       awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout              awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                  awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                   *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	Outputs                  interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	Key                      *map[string]DynamoAttributeValue    `field:"required" json:"key" yaml:"key"`
	Table                    interfacesawsdynamodb.ITableRef     `field:"required" json:"table" yaml:"table"`
	ConsistentRead           *bool                               `field:"optional" json:"consistentRead" yaml:"consistentRead"`
	ExpressionAttributeNames *map[string]*string                 `field:"optional" json:"expressionAttributeNames" yaml:"expressionAttributeNames"`
	ProjectionExpression     *[]DynamoProjectionExpression       `field:"optional" json:"projectionExpression" yaml:"projectionExpression"`
	ReturnConsumedCapacity   DynamoConsumedCapacity              `field:"optional" json:"returnConsumedCapacity" yaml:"returnConsumedCapacity"`
}

func newDynamoGetItem(scope constructs.Construct, id *string, props *DynamoGetItemProps) DynamoGetItem {
	required(scope, id, "DynamoGetItem", props, "Key", "Table")
	t := dynamoTask(scope, id, "Get", props, props.Table)
	t.Hook.Render = func(top string) interface{} {
		return t.render(top, dynamoResource("Get"), obj("Key", attributeMap(props.Key), "TableName", props.Table.TableRef().TableName, "ConsistentRead", props.ConsistentRead != nil && *props.ConsistentRead,
			"ExpressionAttributeNames", props.ExpressionAttributeNames, "ProjectionExpression", projectionString(props.ProjectionExpression),
			"ReturnConsumedCapacity", enumValue(string(props.ReturnConsumedCapacity))))
	}
	return t
}

func projectionString(l *[]DynamoProjectionExpression) interface{} {
	if l == nil {
		return nil
	}
	parts := make([]string, len(*l))
	for i, p := range *l {
		if p != nil {
			parts[i] = *p.ToString()
		}
	}
	return strings.Join(parts, ",")
}
