package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsdynamodb"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// DynamoUpdateItem calls DynamoDB's UpdateItem on a table.
type DynamoUpdateItem interface {
	awsstepfunctions.TaskStateBase
}

// NewDynamoUpdateItem builds the task at scope/id.
func NewDynamoUpdateItem(scope constructs.Construct, id *string, props *DynamoUpdateItemProps) DynamoUpdateItem {
	return newDynamoUpdateItem(scope, id, props)
}

// NewDynamoUpdateItem_Override initializes t, a Go type embedding DynamoUpdateItem, as the task.
func NewDynamoUpdateItem_Override(t DynamoUpdateItem, scope constructs.Construct, id *string, props *DynamoUpdateItemProps) {
	l2.Override[DynamoUpdateItem](t, newDynamoUpdateItem(scope, id, props))
}

// DynamoUpdateItem_JsonPath builds the task with JSONPath fields.
func DynamoUpdateItem_JsonPath(scope constructs.Construct, id *string, props *DynamoUpdateItemJsonPathProps) DynamoUpdateItem {
	if props == nil {
		return newDynamoUpdateItem(scope, id, nil)
	}
	p := &DynamoUpdateItemProps{}
	copyFields(p, props)
	return newDynamoUpdateItem(scope, id, p)
}

// DynamoUpdateItem_Jsonata builds the task with JSONata fields: its query language is JSONata.
func DynamoUpdateItem_Jsonata(scope constructs.Construct, id *string, props *DynamoUpdateItemJsonataProps) DynamoUpdateItem {
	if props == nil {
		return newDynamoUpdateItem(scope, id, nil)
	}
	p := &DynamoUpdateItemProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newDynamoUpdateItem(scope, id, p)
}

// DynamoUpdateItem_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func DynamoUpdateItem_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// DynamoUpdateItem_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func DynamoUpdateItem_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// DynamoUpdateItem_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func DynamoUpdateItem_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// DynamoUpdateItem_IsConstruct reports whether x is a construct.
func DynamoUpdateItem_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// DynamoUpdateItem_PrefixStates prefixes the names of the states under root.
func DynamoUpdateItem_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// DynamoUpdateItemProps configures a DynamoUpdateItem task.
type DynamoUpdateItemProps struct {
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
	UpdateExpression            *string                             `field:"optional" json:"updateExpression" yaml:"updateExpression"`
}

// DynamoUpdateItemJsonPathProps configures a DynamoUpdateItem task with JSONPath fields.
type DynamoUpdateItemJsonPathProps struct {
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
	UpdateExpression            *string                             `field:"optional" json:"updateExpression" yaml:"updateExpression"`
}

// DynamoUpdateItemJsonataProps configures a DynamoUpdateItem task with JSONata fields.
type DynamoUpdateItemJsonataProps struct {
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
	UpdateExpression            *string                             `field:"optional" json:"updateExpression" yaml:"updateExpression"`
}

func newDynamoUpdateItem(scope constructs.Construct, id *string, props *DynamoUpdateItemProps) DynamoUpdateItem {
	required(scope, id, "DynamoUpdateItem", props, "Key", "Table")
	t := dynamoTask(scope, id, "Update", props, props.Table)
	t.Hook.Render = func(top string) interface{} {
		return t.render(top, dynamoResource("Update"), obj("Key", attributeMap(props.Key), "TableName", props.Table.TableRef().TableName,
			"ConditionExpression", props.ConditionExpression, "ExpressionAttributeNames", props.ExpressionAttributeNames,
			"ExpressionAttributeValues", attributeMap(props.ExpressionAttributeValues), "ReturnConsumedCapacity", enumValue(string(props.ReturnConsumedCapacity)),
			"ReturnItemCollectionMetrics", enumValue(string(props.ReturnItemCollectionMetrics)), "ReturnValues", enumValue(string(props.ReturnValues)), "UpdateExpression", props.UpdateExpression))
	}
	return t
}
