package awsstepfunctionstasks

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsdynamodb"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
)

// DynamoConsumedCapacity is what consumed capacity DynamoDB returns.
type DynamoConsumedCapacity string

const (
	DynamoConsumedCapacity_INDEXES DynamoConsumedCapacity = "INDEXES"
	DynamoConsumedCapacity_TOTAL   DynamoConsumedCapacity = "TOTAL"
	DynamoConsumedCapacity_NONE    DynamoConsumedCapacity = "NONE"
)

// DynamoItemCollectionMetrics is whether DynamoDB returns item collection metrics.
type DynamoItemCollectionMetrics string

const (
	DynamoItemCollectionMetrics_SIZE DynamoItemCollectionMetrics = "SIZE"
	DynamoItemCollectionMetrics_NONE DynamoItemCollectionMetrics = "NONE"
)

// DynamoReturnValues is which item attributes DynamoDB returns.
type DynamoReturnValues string

const (
	DynamoReturnValues_NONE        DynamoReturnValues = "NONE"
	DynamoReturnValues_ALL_OLD     DynamoReturnValues = "ALL_OLD"
	DynamoReturnValues_UPDATED_OLD DynamoReturnValues = "UPDATED_OLD"
	DynamoReturnValues_ALL_NEW     DynamoReturnValues = "ALL_NEW"
	DynamoReturnValues_UPDATED_NEW DynamoReturnValues = "UPDATED_NEW"
)

// DynamoAttributeValue is a DynamoDB attribute value, in the shape of
// DynamoDB's API ({"S": "Hello"}).
type DynamoAttributeValue interface {
	// AttributeValue is the value's object.
	AttributeValue() interface{}
	// ToObject is the value's object.
	ToObject() interface{}
}

type dynamoValue struct{ o *ojson.Object }

func (d *dynamoValue) AttributeValue() interface{} { return d.o }
func (d *dynamoValue) ToObject() interface{}       { return d.o }

func dynamoAttr(key string, v interface{}) DynamoAttributeValue {
	o := ojson.NewSize(1)
	o.Set(key, v)
	return &dynamoValue{o}
}

func derefs(l *[]*string) []interface{} {
	if l == nil {
		return nil
	}
	out := make([]interface{}, len(*l))
	for i, s := range *l {
		out[i] = plain(s)
	}
	return out
}

func validateDataJSONPath(v *string) {
	if v == nil || !strings.HasPrefix(*v, "$") {
		diag.Panic("", "Data JSON path values must either be exactly equal to '$' or start with '$.'")
	}
}

func validateDataJsonata(v *string) {
	if v == nil || !isJsonata(*v) {
		diag.Panic("", "Data JSONata expression values must either be exactly start with '{%%' and end with '%%}'")
	}
}

// DynamoAttributeValue_FromString is a string (S).
func DynamoAttributeValue_FromString(value *string) DynamoAttributeValue {
	return dynamoAttr("S", plain(value))
}

// DynamoAttributeValue_FromNumber is a number (N), sent as a string.
func DynamoAttributeValue_FromNumber(value *float64) DynamoAttributeValue {
	return dynamoAttr("N", jsString(plain(value)))
}

// DynamoAttributeValue_NumberFromString is a number (N) given as a string.
func DynamoAttributeValue_NumberFromString(value *string) DynamoAttributeValue {
	return dynamoAttr("N", plain(value))
}

// DynamoAttributeValue_FromBinary is a base64-encoded binary (B).
func DynamoAttributeValue_FromBinary(value *string) DynamoAttributeValue {
	return dynamoAttr("B", plain(value))
}

// DynamoAttributeValue_FromStringSet is a string set (SS).
func DynamoAttributeValue_FromStringSet(value *[]*string) DynamoAttributeValue {
	return dynamoAttr("SS", derefs(value))
}

// DynamoAttributeValue_FromNumberSet is a number set (NS), sent as strings.
func DynamoAttributeValue_FromNumberSet(value *[]*float64) DynamoAttributeValue {
	var out []interface{}
	if value != nil {
		out = make([]interface{}, len(*value))
		for i, f := range *value {
			out[i] = jsString(plain(f))
		}
	}
	return dynamoAttr("NS", out)
}

// DynamoAttributeValue_NumberSetFromStrings is a number set (NS) given as strings.
func DynamoAttributeValue_NumberSetFromStrings(value *[]*string) DynamoAttributeValue {
	return dynamoAttr("NS", derefs(value))
}

// DynamoAttributeValue_FromBinarySet is a binary set (BS).
func DynamoAttributeValue_FromBinarySet(value *[]*string) DynamoAttributeValue {
	return dynamoAttr("BS", derefs(value))
}

// DynamoAttributeValue_FromMap is a map (M) of attribute values.
func DynamoAttributeValue_FromMap(value *map[string]DynamoAttributeValue) DynamoAttributeValue {
	return dynamoAttr("M", attributeMap(value))
}

// DynamoAttributeValue_MapFromJsonata is a map (M) a JSONata expression gives.
func DynamoAttributeValue_MapFromJsonata(value *string) DynamoAttributeValue {
	validateDataJsonata(value)
	return dynamoAttr("M", *value)
}

// DynamoAttributeValue_MapFromJsonPath is a map (M) at a JSON path.
func DynamoAttributeValue_MapFromJsonPath(value *string) DynamoAttributeValue {
	validateDataJSONPath(value)
	return dynamoAttr("M.$", *value)
}

// DynamoAttributeValue_FromList is a list (L) of attribute values.
func DynamoAttributeValue_FromList(value *[]DynamoAttributeValue) DynamoAttributeValue {
	var out []interface{}
	if value != nil {
		out = make([]interface{}, len(*value))
		for i, v := range *value {
			if v != nil {
				out[i] = v.ToObject()
			}
		}
	}
	return dynamoAttr("L", out)
}

// DynamoAttributeValue_ListFromJsonata is a list (L) a JSONata expression gives.
func DynamoAttributeValue_ListFromJsonata(value *string) DynamoAttributeValue {
	validateDataJsonata(value)
	return dynamoAttr("L", *value)
}

// DynamoAttributeValue_ListFromJsonPath is a list (L) at a JSON path.
func DynamoAttributeValue_ListFromJsonPath(value *string) DynamoAttributeValue {
	validateDataJSONPath(value)
	return dynamoAttr("L", *value)
}

// DynamoAttributeValue_FromNull is a null (NULL).
func DynamoAttributeValue_FromNull(value *bool) DynamoAttributeValue {
	return dynamoAttr("NULL", plain(value))
}

// DynamoAttributeValue_FromBoolean is a boolean (BOOL).
func DynamoAttributeValue_FromBoolean(value *bool) DynamoAttributeValue {
	return dynamoAttr("BOOL", plain(value))
}

// DynamoAttributeValue_BooleanFromJsonata is a boolean (BOOL) a JSONata expression gives.
func DynamoAttributeValue_BooleanFromJsonata(value *string) DynamoAttributeValue {
	validateDataJsonata(value)
	return dynamoAttr("BOOL", *value)
}

// DynamoAttributeValue_BooleanFromJsonPath is a boolean (BOOL) at a JSON path.
func DynamoAttributeValue_BooleanFromJsonPath(value *string) DynamoAttributeValue {
	validateDataJSONPath(value)
	return dynamoAttr("BOOL", *value)
}

// attributeMap is a map of attribute values as DynamoDB's API takes it,
// in sorted key order (jsii's); nil for none.
func attributeMap(m *map[string]DynamoAttributeValue) interface{} {
	if m == nil {
		return nil
	}
	o := ojson.New()
	for _, k := range sortedKeys(*m) {
		if k != "" && (*m)[k] != nil {
			o.Set(k, (*m)[k].ToObject())
		}
	}
	return o
}

// DynamoProjectionExpression builds a DynamoDB projection expression
// attribute by attribute.
type DynamoProjectionExpression interface {
	// AtIndex adds a list index.
	AtIndex(index *float64) DynamoProjectionExpression
	// ToString is the expression.
	ToString() *string
	// WithAttribute adds an attribute.
	WithAttribute(attr *string) DynamoProjectionExpression
}

type projection struct{ parts []string }

// NewDynamoProjectionExpression starts an empty expression.
func NewDynamoProjectionExpression() DynamoProjectionExpression { return &projection{} }

// NewDynamoProjectionExpression_Override initializes d, a Go type embedding
// DynamoProjectionExpression, as an empty expression.
func NewDynamoProjectionExpression_Override(d DynamoProjectionExpression) {
	l2.Override[DynamoProjectionExpression](d, &projection{})
}

func (p *projection) WithAttribute(attr *string) DynamoProjectionExpression {
	a := ""
	if attr != nil {
		a = *attr
	}
	if len(p.parts) > 0 {
		a = "." + a
	}
	p.parts = append(p.parts, a)
	return p
}

func (p *projection) AtIndex(index *float64) DynamoProjectionExpression {
	if len(p.parts) == 0 {
		diag.Panic("", "Expression must start with an attribute")
	}
	p.parts = append(p.parts, "["+jsString(plain(index))+"]")
	return p
}

func (p *projection) ToString() *string { s := strings.Join(p.parts, ""); return &s }

// dynamoTask is what the four item tasks share: the statement for
// dynamodb:<Method>Item on the table, and the resource.
func dynamoTask(scope constructs.Construct, id *string, method string, props interface{}, table interfacesawsdynamodb.ITableRef) *task {
	t := newTask(scope, id, props)
	arn := awscdk.Stack_Of(t).FormatArn(&awscdk.ArnComponents{Service: str("dynamodb"), Resource: str("table"), ResourceName: table.TableRef().TableName})
	t.policies = []awsiam.PolicyStatement{statement([]string{"dynamodb:" + method + "Item"}, arn)}
	return t
}

func dynamoResource(method string) *string {
	return integrationResourceArn("dynamodb", strings.ToLower(method)+"Item", awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE)
}

func enumValue(s string) interface{} {
	if s == "" {
		return nil
	}
	return s
}
