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

// Condition_IsPresent is the IsPresent rule on variable (true).
func Condition_IsPresent(variable *string) Condition { return compare(variable, "IsPresent", true) }

// Condition_IsNotPresent is the IsPresent rule on variable (false).
func Condition_IsNotPresent(variable *string) Condition { return compare(variable, "IsPresent", false) }

// Condition_IsString is the IsString rule on variable (true).
func Condition_IsString(variable *string) Condition { return compare(variable, "IsString", true) }

// Condition_IsNotString is the IsString rule on variable (false).
func Condition_IsNotString(variable *string) Condition { return compare(variable, "IsString", false) }

// Condition_IsNumeric is the IsNumeric rule on variable (true).
func Condition_IsNumeric(variable *string) Condition { return compare(variable, "IsNumeric", true) }

// Condition_IsNotNumeric is the IsNumeric rule on variable (false).
func Condition_IsNotNumeric(variable *string) Condition { return compare(variable, "IsNumeric", false) }

// Condition_IsBoolean is the IsBoolean rule on variable (true).
func Condition_IsBoolean(variable *string) Condition { return compare(variable, "IsBoolean", true) }

// Condition_IsNotBoolean is the IsBoolean rule on variable (false).
func Condition_IsNotBoolean(variable *string) Condition { return compare(variable, "IsBoolean", false) }

// Condition_IsTimestamp is the IsTimestamp rule on variable (true).
func Condition_IsTimestamp(variable *string) Condition { return compare(variable, "IsTimestamp", true) }

// Condition_IsNotTimestamp is the IsTimestamp rule on variable (false).
func Condition_IsNotTimestamp(variable *string) Condition {
	return compare(variable, "IsTimestamp", false)
}

// Condition_IsNotNull is the IsNull rule on variable (false).
func Condition_IsNotNull(variable *string) Condition { return compare(variable, "IsNull", false) }

// Condition_IsNull is the IsNull rule on variable (true).
func Condition_IsNull(variable *string) Condition { return compare(variable, "IsNull", true) }

// Condition_BooleanEquals is the BooleanEquals rule on variable.
func Condition_BooleanEquals(variable *string, value *bool) Condition {
	return compare(variable, "BooleanEquals", value)
}

// Condition_BooleanEqualsJsonPath is the BooleanEqualsPath rule on variable.
func Condition_BooleanEqualsJsonPath(variable *string, value *string) Condition {
	return compare(variable, "BooleanEqualsPath", value)
}

// Condition_StringEqualsJsonPath is the StringEqualsPath rule on variable.
func Condition_StringEqualsJsonPath(variable *string, value *string) Condition {
	return compare(variable, "StringEqualsPath", value)
}

// Condition_StringEquals is the StringEquals rule on variable.
func Condition_StringEquals(variable *string, value *string) Condition {
	return compare(variable, "StringEquals", value)
}

// Condition_StringLessThan is the StringLessThan rule on variable.
func Condition_StringLessThan(variable *string, value *string) Condition {
	return compare(variable, "StringLessThan", value)
}

// Condition_StringLessThanJsonPath is the StringLessThanPath rule on variable.
func Condition_StringLessThanJsonPath(variable *string, value *string) Condition {
	return compare(variable, "StringLessThanPath", value)
}

// Condition_StringLessThanEquals is the StringLessThanEquals rule on variable.
func Condition_StringLessThanEquals(variable *string, value *string) Condition {
	return compare(variable, "StringLessThanEquals", value)
}

// Condition_StringLessThanEqualsJsonPath is the StringLessThanEqualsPath rule on variable.
func Condition_StringLessThanEqualsJsonPath(variable *string, value *string) Condition {
	return compare(variable, "StringLessThanEqualsPath", value)
}

// Condition_StringGreaterThan is the StringGreaterThan rule on variable.
func Condition_StringGreaterThan(variable *string, value *string) Condition {
	return compare(variable, "StringGreaterThan", value)
}

// Condition_StringGreaterThanJsonPath is the StringGreaterThanPath rule on variable.
func Condition_StringGreaterThanJsonPath(variable *string, value *string) Condition {
	return compare(variable, "StringGreaterThanPath", value)
}

// Condition_StringGreaterThanEqualsJsonPath is the StringGreaterThanEqualsPath rule on variable.
func Condition_StringGreaterThanEqualsJsonPath(variable *string, value *string) Condition {
	return compare(variable, "StringGreaterThanEqualsPath", value)
}

// Condition_StringGreaterThanEquals is the StringGreaterThanEquals rule on variable.
func Condition_StringGreaterThanEquals(variable *string, value *string) Condition {
	return compare(variable, "StringGreaterThanEquals", value)
}

// Condition_NumberEquals is the NumericEquals rule on variable.
func Condition_NumberEquals(variable *string, value *float64) Condition {
	return compare(variable, "NumericEquals", value)
}

// Condition_NumberEqualsJsonPath is the NumericEqualsPath rule on variable.
func Condition_NumberEqualsJsonPath(variable *string, value *string) Condition {
	return compare(variable, "NumericEqualsPath", value)
}

// Condition_NumberLessThan is the NumericLessThan rule on variable.
func Condition_NumberLessThan(variable *string, value *float64) Condition {
	return compare(variable, "NumericLessThan", value)
}

// Condition_NumberLessThanJsonPath is the NumericLessThanPath rule on variable.
func Condition_NumberLessThanJsonPath(variable *string, value *string) Condition {
	return compare(variable, "NumericLessThanPath", value)
}

// Condition_NumberLessThanEquals is the NumericLessThanEquals rule on variable.
func Condition_NumberLessThanEquals(variable *string, value *float64) Condition {
	return compare(variable, "NumericLessThanEquals", value)
}

// Condition_NumberLessThanEqualsJsonPath is the NumericLessThanEqualsPath rule on variable.
func Condition_NumberLessThanEqualsJsonPath(variable *string, value *string) Condition {
	return compare(variable, "NumericLessThanEqualsPath", value)
}

// Condition_NumberGreaterThan is the NumericGreaterThan rule on variable.
func Condition_NumberGreaterThan(variable *string, value *float64) Condition {
	return compare(variable, "NumericGreaterThan", value)
}

// Condition_NumberGreaterThanJsonPath is the NumericGreaterThanPath rule on variable.
func Condition_NumberGreaterThanJsonPath(variable *string, value *string) Condition {
	return compare(variable, "NumericGreaterThanPath", value)
}

// Condition_NumberGreaterThanEquals is the NumericGreaterThanEquals rule on variable.
func Condition_NumberGreaterThanEquals(variable *string, value *float64) Condition {
	return compare(variable, "NumericGreaterThanEquals", value)
}

// Condition_NumberGreaterThanEqualsJsonPath is the NumericGreaterThanEqualsPath rule on variable.
func Condition_NumberGreaterThanEqualsJsonPath(variable *string, value *string) Condition {
	return compare(variable, "NumericGreaterThanEqualsPath", value)
}

// Condition_TimestampEquals is the TimestampEquals rule on variable.
func Condition_TimestampEquals(variable *string, value *string) Condition {
	return compare(variable, "TimestampEquals", value)
}

// Condition_TimestampEqualsJsonPath is the TimestampEqualsPath rule on variable.
func Condition_TimestampEqualsJsonPath(variable *string, value *string) Condition {
	return compare(variable, "TimestampEqualsPath", value)
}

// Condition_TimestampLessThan is the TimestampLessThan rule on variable.
func Condition_TimestampLessThan(variable *string, value *string) Condition {
	return compare(variable, "TimestampLessThan", value)
}

// Condition_TimestampLessThanJsonPath is the TimestampLessThanPath rule on variable.
func Condition_TimestampLessThanJsonPath(variable *string, value *string) Condition {
	return compare(variable, "TimestampLessThanPath", value)
}

// Condition_TimestampLessThanEquals is the TimestampLessThanEquals rule on variable.
func Condition_TimestampLessThanEquals(variable *string, value *string) Condition {
	return compare(variable, "TimestampLessThanEquals", value)
}

// Condition_TimestampLessThanEqualsJsonPath is the TimestampLessThanEqualsPath rule on variable.
func Condition_TimestampLessThanEqualsJsonPath(variable *string, value *string) Condition {
	return compare(variable, "TimestampLessThanEqualsPath", value)
}

// Condition_TimestampGreaterThan is the TimestampGreaterThan rule on variable.
func Condition_TimestampGreaterThan(variable *string, value *string) Condition {
	return compare(variable, "TimestampGreaterThan", value)
}

// Condition_TimestampGreaterThanJsonPath is the TimestampGreaterThanPath rule on variable.
func Condition_TimestampGreaterThanJsonPath(variable *string, value *string) Condition {
	return compare(variable, "TimestampGreaterThanPath", value)
}

// Condition_TimestampGreaterThanEquals is the TimestampGreaterThanEquals rule on variable.
func Condition_TimestampGreaterThanEquals(variable *string, value *string) Condition {
	return compare(variable, "TimestampGreaterThanEquals", value)
}

// Condition_TimestampGreaterThanEqualsJsonPath is the TimestampGreaterThanEqualsPath rule on variable.
func Condition_TimestampGreaterThanEqualsJsonPath(variable *string, value *string) Condition {
	return compare(variable, "TimestampGreaterThanEqualsPath", value)
}

// Condition_StringMatches is the StringMatches rule on variable.
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
