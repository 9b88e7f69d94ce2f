package awsstepfunctions

import (
	"regexp"
)

// Condition is a Choice rule's test.
type Condition interface {
	// RenderCondition is the rule's ASL object.
	RenderCondition() interface{}
}

var variableRef = regexp.MustCompile(`^\$|(\$[.[])`)

type variableComparison struct {
	variable string
	op       string
	value    interface{}
}

func compare(variable *string, op string, value interface{}) Condition {
	v := deref(variable)
	if !variableRef.MatchString(v) {
		throwUnscoped("Variable reference must be '$', start with '$.', or start with '$[', got '%s'", v)
	}
	return &variableComparison{variable: v, op: op, value: value}
}

func (c *variableComparison) RenderCondition() interface{} {
	return obj("Variable", c.variable, c.op, c.value)
}

type compoundCondition struct {
	op         string
	conditions []Condition
}

func compound(op string, conditions []Condition) Condition {
	if len(conditions) == 0 {
		throwUnscoped("Must supply at least one inner condition for a logical combination")
	}
	return &compoundCondition{op: op, conditions: conditions}
}

func (c *compoundCondition) RenderCondition() interface{} {
	list := make([]interface{}, len(c.conditions))
	for i, x := range c.conditions {
		list[i] = x.RenderCondition()
	}
	return obj(c.op, list)
}

type notCondition struct{ inner Condition }

func (c *notCondition) RenderCondition() interface{} { return obj("Not", c.inner.RenderCondition()) }

type jsonataCondition struct{ expr string }

func (c *jsonataCondition) RenderCondition() interface{} { return obj("Condition", c.expr) }

func Condition_IsPresent(variable *string) Condition    { return compare(variable, "IsPresent", true) }
func Condition_IsNotPresent(variable *string) Condition { return compare(variable, "IsPresent", false) }
func Condition_IsString(variable *string) Condition     { return compare(variable, "IsString", true) }
func Condition_IsNotString(variable *string) Condition  { return compare(variable, "IsString", false) }
func Condition_IsNumeric(variable *string) Condition    { return compare(variable, "IsNumeric", true) }
func Condition_IsNotNumeric(variable *string) Condition { return compare(variable, "IsNumeric", false) }
func Condition_IsBoolean(variable *string) Condition    { return compare(variable, "IsBoolean", true) }
func Condition_IsNotBoolean(variable *string) Condition { return compare(variable, "IsBoolean", false) }
func Condition_IsTimestamp(variable *string) Condition  { return compare(variable, "IsTimestamp", true) }
func Condition_IsNotTimestamp(variable *string) Condition {
	return compare(variable, "IsTimestamp", false)
}
func Condition_IsNotNull(variable *string) Condition { return compare(variable, "IsNull", false) }
func Condition_IsNull(variable *string) Condition    { return compare(variable, "IsNull", true) }
func Condition_BooleanEquals(variable *string, value *bool) Condition {
	return compare(variable, "BooleanEquals", value)
}
func Condition_BooleanEqualsJsonPath(variable *string, value *string) Condition {
	return compare(variable, "BooleanEqualsPath", value)
}
func Condition_StringEqualsJsonPath(variable *string, value *string) Condition {
	return compare(variable, "StringEqualsPath", value)
}
func Condition_StringEquals(variable *string, value *string) Condition {
	return compare(variable, "StringEquals", value)
}
func Condition_StringLessThan(variable *string, value *string) Condition {
	return compare(variable, "StringLessThan", value)
}
func Condition_StringLessThanJsonPath(variable *string, value *string) Condition {
	return compare(variable, "StringLessThanPath", value)
}
func Condition_StringLessThanEquals(variable *string, value *string) Condition {
	return compare(variable, "StringLessThanEquals", value)
}
func Condition_StringLessThanEqualsJsonPath(variable *string, value *string) Condition {
	return compare(variable, "StringLessThanEqualsPath", value)
}
func Condition_StringGreaterThan(variable *string, value *string) Condition {
	return compare(variable, "StringGreaterThan", value)
}
func Condition_StringGreaterThanJsonPath(variable *string, value *string) Condition {
	return compare(variable, "StringGreaterThanPath", value)
}
func Condition_StringGreaterThanEqualsJsonPath(variable *string, value *string) Condition {
	return compare(variable, "StringGreaterThanEqualsPath", value)
}
func Condition_StringGreaterThanEquals(variable *string, value *string) Condition {
	return compare(variable, "StringGreaterThanEquals", value)
}
func Condition_NumberEquals(variable *string, value *float64) Condition {
	return compare(variable, "NumericEquals", value)
}
func Condition_NumberEqualsJsonPath(variable *string, value *string) Condition {
	return compare(variable, "NumericEqualsPath", value)
}
func Condition_NumberLessThan(variable *string, value *float64) Condition {
	return compare(variable, "NumericLessThan", value)
}
func Condition_NumberLessThanJsonPath(variable *string, value *string) Condition {
	return compare(variable, "NumericLessThanPath", value)
}
func Condition_NumberLessThanEquals(variable *string, value *float64) Condition {
	return compare(variable, "NumericLessThanEquals", value)
}
func Condition_NumberLessThanEqualsJsonPath(variable *string, value *string) Condition {
	return compare(variable, "NumericLessThanEqualsPath", value)
}
func Condition_NumberGreaterThan(variable *string, value *float64) Condition {
	return compare(variable, "NumericGreaterThan", value)
}
func Condition_NumberGreaterThanJsonPath(variable *string, value *string) Condition {
	return compare(variable, "NumericGreaterThanPath", value)
}
func Condition_NumberGreaterThanEquals(variable *string, value *float64) Condition {
	return compare(variable, "NumericGreaterThanEquals", value)
}
func Condition_NumberGreaterThanEqualsJsonPath(variable *string, value *string) Condition {
	return compare(variable, "NumericGreaterThanEqualsPath", value)
}
func Condition_TimestampEquals(variable *string, value *string) Condition {
	return compare(variable, "TimestampEquals", value)
}
func Condition_TimestampEqualsJsonPath(variable *string, value *string) Condition {
	return compare(variable, "TimestampEqualsPath", value)
}
func Condition_TimestampLessThan(variable *string, value *string) Condition {
	return compare(variable, "TimestampLessThan", value)
}
func Condition_TimestampLessThanJsonPath(variable *string, value *string) Condition {
	return compare(variable, "TimestampLessThanPath", value)
}
func Condition_TimestampLessThanEquals(variable *string, value *string) Condition {
	return compare(variable, "TimestampLessThanEquals", value)
}
func Condition_TimestampLessThanEqualsJsonPath(variable *string, value *string) Condition {
	return compare(variable, "TimestampLessThanEqualsPath", value)
}
func Condition_TimestampGreaterThan(variable *string, value *string) Condition {
	return compare(variable, "TimestampGreaterThan", value)
}
func Condition_TimestampGreaterThanJsonPath(variable *string, value *string) Condition {
	return compare(variable, "TimestampGreaterThanPath", value)
}
func Condition_TimestampGreaterThanEquals(variable *string, value *string) Condition {
	return compare(variable, "TimestampGreaterThanEquals", value)
}
func Condition_TimestampGreaterThanEqualsJsonPath(variable *string, value *string) Condition {
	return compare(variable, "TimestampGreaterThanEqualsPath", value)
}
func Condition_StringMatches(variable *string, value *string) Condition {
	return compare(variable, "StringMatches", value)
}

// Condition_And holds when every condition does.
func Condition_And(conditions ...Condition) Condition { return compound("And", conditions) }

// Condition_Or holds when any condition does.
func Condition_Or(conditions ...Condition) Condition { return compound("Or", conditions) }

// Condition_Not holds when condition does not.
func Condition_Not(condition Condition) Condition { return &notCondition{condition} }

// Condition_Jsonata is a JSONata condition ({% … %}).
func Condition_Jsonata(condition *string) Condition {
	c := deref(condition)
	if !isJsonata(c) {
		throwUnscoped("JSONata expression must start with '{%%' and end with '%%}', got '%s'", c)
	}
	return &jsonataCondition{c}
}
