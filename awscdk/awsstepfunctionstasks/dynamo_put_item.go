package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsdynamodb"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// DynamoPutItem calls DynamoDB's PutItem on a table.
type DynamoPutItem interface {
	awsstepfunctions.TaskStateBase
}

// NewDynamoPutItem builds the task at scope/id.
func NewDynamoPutItem(scope constructs.Construct, id *string, props *DynamoPutItemProps) DynamoPutItem {
	return newDynamoPutItem(scope, id, props)
}

// NewDynamoPutItem_Override initializes t, a Go type embedding DynamoPutItem, as the task.
func NewDynamoPutItem_Override(t DynamoPutItem, scope constructs.Construct, id *string, props *DynamoPutItemProps) {
	l2.Override[DynamoPutItem](t, newDynamoPutItem(scope, id, props))
}

// DynamoPutItem_JsonPath builds the task with JSONPath fields.
func DynamoPutItem_JsonPath(scope constructs.Construct, id *string, props *DynamoPutItemJsonPathProps) DynamoPutItem {
	if props == nil {
		return newDynamoPutItem(scope, id, nil)
	}
	p := &DynamoPutItemProps{}
	copyFields(p, props)
	return newDynamoPutItem(scope, id, p)
}

// DynamoPutItem_Jsonata builds the task with JSONata fields: its query language is JSONata.
func DynamoPutItem_Jsonata(scope constructs.Construct, id *string, props *DynamoPutItemJsonataProps) DynamoPutItem {
	if props == nil {
		return newDynamoPutItem(scope, id, nil)
	}
	p := &DynamoPutItemProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newDynamoPutItem(scope, id, p)
}

// DynamoPutItem_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func DynamoPutItem_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// DynamoPutItem_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func DynamoPutItem_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// DynamoPutItem_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func DynamoPutItem_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// DynamoPutItem_IsConstruct reports whether x is a construct.
func DynamoPutItem_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// DynamoPutItem_PrefixStates prefixes the names of the states under root.
func DynamoPutItem_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// DynamoPutItemProps configures a DynamoPutItem task.
type DynamoPutItemProps struct {
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
	Item                        *map[string]DynamoAttributeValue    `field:"required" json:"item" yaml:"item"`
	Table                       interfacesawsdynamodb.ITableRef     `field:"required" json:"table" yaml:"table"`
	ConditionExpression         *string                             `field:"optional" json:"conditionExpression" yaml:"conditionExpression"`
	ExpressionAttributeNames    *map[string]*string                 `field:"optional" json:"expressionAttributeNames" yaml:"expressionAttributeNames"`
	ExpressionAttributeValues   *map[string]DynamoAttributeValue    `field:"optional" json:"expressionAttributeValues" yaml:"expressionAttributeValues"`
	ReturnConsumedCapacity      DynamoConsumedCapacity              `field:"optional" json:"returnConsumedCapacity" yaml:"returnConsumedCapacity"`
	ReturnItemCollectionMetrics DynamoItemCollectionMetrics         `field:"optional" json:"returnItemCollectionMetrics" yaml:"returnItemCollectionMetrics"`
	ReturnValues                DynamoReturnValues                  `field:"optional" json:"returnValues" yaml:"returnValues"`
}

// DynamoPutItemJsonPathProps configures a DynamoPutItem task with JSONPath fields.
type DynamoPutItemJsonPathProps struct {
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
	Item                        *map[string]DynamoAttributeValue    `field:"required" json:"item" yaml:"item"`
	Table                       interfacesawsdynamodb.ITableRef     `field:"required" json:"table" yaml:"table"`
	ConditionExpression         *string                             `field:"optional" json:"conditionExpression" yaml:"conditionExpression"`
	ExpressionAttributeNames    *map[string]*string                 `field:"optional" json:"expressionAttributeNames" yaml:"expressionAttributeNames"`
	ExpressionAttributeValues   *map[string]DynamoAttributeValue    `field:"optional" json:"expressionAttributeValues" yaml:"expressionAttributeValues"`
	ReturnConsumedCapacity      DynamoConsumedCapacity              `field:"optional" json:"returnConsumedCapacity" yaml:"returnConsumedCapacity"`
	ReturnItemCollectionMetrics DynamoItemCollectionMetrics         `field:"optional" json:"returnItemCollectionMetrics" yaml:"returnItemCollectionMetrics"`
	ReturnValues                DynamoReturnValues                  `field:"optional" json:"returnValues" yaml:"returnValues"`
}

// DynamoPutItemJsonataProps configures a DynamoPutItem task with JSONata fields.
type DynamoPutItemJsonataProps struct {
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
	Item                        *map[string]DynamoAttributeValue    `field:"required" json:"item" yaml:"item"`
	Table                       interfacesawsdynamodb.ITableRef     `field:"required" json:"table" yaml:"table"`
	ConditionExpression         *string                             `field:"optional" json:"conditionExpression" yaml:"conditionExpression"`
	ExpressionAttributeNames    *map[string]*string                 `field:"optional" json:"expressionAttributeNames" yaml:"expressionAttributeNames"`
	ExpressionAttributeValues   *map[string]DynamoAttributeValue    `field:"optional" json:"expressionAttributeValues" yaml:"expressionAttributeValues"`
	ReturnConsumedCapacity      DynamoConsumedCapacity              `field:"optional" json:"returnConsumedCapacity" yaml:"returnConsumedCapacity"`
	ReturnItemCollectionMetrics DynamoItemCollectionMetrics         `field:"optional" json:"returnItemCollectionMetrics" yaml:"returnItemCollectionMetrics"`
	ReturnValues                DynamoReturnValues                  `field:"optional" json:"returnValues" yaml:"returnValues"`
}

func newDynamoPutItem(scope constructs.Construct, id *string, props *DynamoPutItemProps) DynamoPutItem {
	required(scope, id, "DynamoPutItem", props, "Item", "Table")
	t := dynamoTask(scope, id, "Put", props, props.Table)
	t.Hook.Render = func(top string) interface{} {
		return t.render(top, dynamoResource("Put"), obj("Item", attributeMap(props.Item), "TableName", props.Table.TableRef().TableName,
			"ConditionExpression", props.ConditionExpression, "ExpressionAttributeNames", props.ExpressionAttributeNames,
			"ExpressionAttributeValues", attributeMap(props.ExpressionAttributeValues), "ReturnConsumedCapacity", enumValue(string(props.ReturnConsumedCapacity)),
			"ReturnItemCollectionMetrics", enumValue(string(props.ReturnItemCollectionMetrics)), "ReturnValues", enumValue(string(props.ReturnValues))))
	}
	return t
}
