package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsdynamodb"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// DynamoDeleteItem calls DynamoDB's DeleteItem on a table.
type DynamoDeleteItem interface {
	awsstepfunctions.TaskStateBase
}

// NewDynamoDeleteItem builds the task at scope/id.
func NewDynamoDeleteItem(scope constructs.Construct, id *string, props *DynamoDeleteItemProps) DynamoDeleteItem {
	return newDynamoDeleteItem(scope, id, props)
}

// NewDynamoDeleteItem_Override initializes t, a Go type embedding DynamoDeleteItem, as the task.
func NewDynamoDeleteItem_Override(t DynamoDeleteItem, scope constructs.Construct, id *string, props *DynamoDeleteItemProps) {
	l2.Override[DynamoDeleteItem](t, newDynamoDeleteItem(scope, id, props))
}

// DynamoDeleteItem_JsonPath builds the task with JSONPath fields.
func DynamoDeleteItem_JsonPath(scope constructs.Construct, id *string, props *DynamoDeleteItemJsonPathProps) DynamoDeleteItem {
	if props == nil {
		return newDynamoDeleteItem(scope, id, nil)
	}
	p := &DynamoDeleteItemProps{}
	copyFields(p, props)
	return newDynamoDeleteItem(scope, id, p)
}

// DynamoDeleteItem_Jsonata builds the task with JSONata fields: its query language is JSONata.
func DynamoDeleteItem_Jsonata(scope constructs.Construct, id *string, props *DynamoDeleteItemJsonataProps) DynamoDeleteItem {
	if props == nil {
		return newDynamoDeleteItem(scope, id, nil)
	}
	p := &DynamoDeleteItemProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newDynamoDeleteItem(scope, id, p)
}

// DynamoDeleteItem_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func DynamoDeleteItem_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// DynamoDeleteItem_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func DynamoDeleteItem_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// DynamoDeleteItem_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func DynamoDeleteItem_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// DynamoDeleteItem_IsConstruct reports whether x is a construct.
func DynamoDeleteItem_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// DynamoDeleteItem_PrefixStates prefixes the names of the states under root.
func DynamoDeleteItem_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// DynamoDeleteItemProps configures a DynamoDeleteItem task.
type DynamoDeleteItemProps struct {
	Comment                     *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage               awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName                   *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials                 *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat                   awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout            awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern          awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout                 awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                     awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                      *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath                   *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath                  *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	Outputs                     interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	ResultPath                  *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector              *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	Key                         *map[string]DynamoAttributeValue    `field:"required" json:"key" yaml:"key"`
	Table                       interfacesawsdynamodb.ITableRef     `field:"required" json:"table" yaml:"table"`
	ConditionExpression         *string                             `field:"optional" json:"conditionExpression" yaml:"conditionExpression"`
	ExpressionAttributeNames    *map[string]*string                 `field:"optional" json:"expressionAttributeNames" yaml:"expressionAttributeNames"`
	ExpressionAttributeValues   *map[string]DynamoAttributeValue    `field:"optional" json:"expressionAttributeValues" yaml:"expressionAttributeValues"`
	ReturnConsumedCapacity      DynamoConsumedCapacity              `field:"optional" json:"returnConsumedCapacity" yaml:"returnConsumedCapacity"`
	ReturnItemCollectionMetrics DynamoItemCollectionMetrics         `field:"optional" json:"returnItemCollectionMetrics" yaml:"returnItemCollectionMetrics"`
	ReturnValues                DynamoReturnValues                  `field:"optional" json:"returnValues" yaml:"returnValues"`
}

// DynamoDeleteItemJsonPathProps configures a DynamoDeleteItem task with JSONPath fields.
type DynamoDeleteItemJsonPathProps struct {
	Comment                     *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage               awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName                   *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials                 *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat                   awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout            awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern          awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout                 awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                     awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                      *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath                   *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath                  *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	ResultPath                  *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector              *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	Key                         *map[string]DynamoAttributeValue    `field:"required" json:"key" yaml:"key"`
	Table                       interfacesawsdynamodb.ITableRef     `field:"required" json:"table" yaml:"table"`
	ConditionExpression         *string                             `field:"optional" json:"conditionExpression" yaml:"conditionExpression"`
	ExpressionAttributeNames    *map[string]*string                 `field:"optional" json:"expressionAttributeNames" yaml:"expressionAttributeNames"`
	ExpressionAttributeValues   *map[string]DynamoAttributeValue    `field:"optional" json:"expressionAttributeValues" yaml:"expressionAttributeValues"`
	ReturnConsumedCapacity      DynamoConsumedCapacity              `field:"optional" json:"returnConsumedCapacity" yaml:"returnConsumedCapacity"`
	ReturnItemCollectionMetrics DynamoItemCollectionMetrics         `field:"optional" json:"returnItemCollectionMetrics" yaml:"returnItemCollectionMetrics"`
	ReturnValues                DynamoReturnValues                  `field:"optional" json:"returnValues" yaml:"returnValues"`
}

// DynamoDeleteItemJsonataProps configures a DynamoDeleteItem task with JSONata fields.
type DynamoDeleteItemJsonataProps struct {
	Comment                     *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage               awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName                   *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials                 *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat                   awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout            awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern          awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout                 awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                     awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                      *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	Outputs                     interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	Key                         *map[string]DynamoAttributeValue    `field:"required" json:"key" yaml:"key"`
	Table                       interfacesawsdynamodb.ITableRef     `field:"required" json:"table" yaml:"table"`
	ConditionExpression         *string                             `field:"optional" json:"conditionExpression" yaml:"conditionExpression"`
	ExpressionAttributeNames    *map[string]*string                 `field:"optional" json:"expressionAttributeNames" yaml:"expressionAttributeNames"`
	ExpressionAttributeValues   *map[string]DynamoAttributeValue    `field:"optional" json:"expressionAttributeValues" yaml:"expressionAttributeValues"`
	ReturnConsumedCapacity      DynamoConsumedCapacity              `field:"optional" json:"returnConsumedCapacity" yaml:"returnConsumedCapacity"`
	ReturnItemCollectionMetrics DynamoItemCollectionMetrics         `field:"optional" json:"returnItemCollectionMetrics" yaml:"returnItemCollectionMetrics"`
	ReturnValues                DynamoReturnValues                  `field:"optional" json:"returnValues" yaml:"returnValues"`
}

func newDynamoDeleteItem(scope constructs.Construct, id *string, props *DynamoDeleteItemProps) DynamoDeleteItem {
	required(scope, id, "DynamoDeleteItem", props, "Key", "Table")
	t := dynamoTask(scope, id, "Delete", props, props.Table)
	t.Hook.Render = func(top string) interface{} {
		return t.render(top, dynamoResource("Delete"), obj("Key", attributeMap(props.Key), "TableName", props.Table.TableRef().TableName,
			"ConditionExpression", props.ConditionExpression, "ExpressionAttributeNames", props.ExpressionAttributeNames,
			"ExpressionAttributeValues", attributeMap(props.ExpressionAttributeValues), "ReturnConsumedCapacity", enumValue(string(props.ReturnConsumedCapacity)),
			"ReturnItemCollectionMetrics", enumValue(string(props.ReturnItemCollectionMetrics)), "ReturnValues", enumValue(string(props.ReturnValues))))
	}
	return t
}
