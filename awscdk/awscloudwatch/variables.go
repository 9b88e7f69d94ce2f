package awscloudwatch

import (
	"strings"

	"github.com/strata-cdk/strata/internal/ojson"
)

// VariableInputType is how a dashboard variable is chosen.
type VariableInputType string

const (
	VariableInputType_INPUT  VariableInputType = "INPUT"
	VariableInputType_RADIO  VariableInputType = "RADIO"
	VariableInputType_SELECT VariableInputType = "SELECT"
)

var variableInputTypeValues = map[VariableInputType]string{
	VariableInputType_INPUT: "input", VariableInputType_RADIO: "radio", VariableInputType_SELECT: "select",
}

// VariableType is what a dashboard variable replaces.
type VariableType string

const (
	VariableType_PROPERTY VariableType = "PROPERTY"
	VariableType_PATTERN  VariableType = "PATTERN"
)

var variableTypeValues = map[VariableType]string{VariableType_PROPERTY: "property", VariableType_PATTERN: "pattern"}

// VariableValue is one choice of a dashboard variable.
type VariableValue struct {
	Value *string `field:"required" json:"value" yaml:"value"`
	Label *string `field:"optional" json:"label" yaml:"label"`
}

// SearchComponents build a search expression for a variable's values.
type SearchComponents struct {
	Dimensions   *[]*string `field:"required" json:"dimensions" yaml:"dimensions"`
	MetricName   *string    `field:"required" json:"metricName" yaml:"metricName"`
	Namespace    *string    `field:"required" json:"namespace" yaml:"namespace"`
	PopulateFrom *string    `field:"required" json:"populateFrom" yaml:"populateFrom"`
}

// Values are the choices of a dashboard variable.
type Values interface {
	ToJson() interface{}
}

type staticValues []*VariableValue

func (v staticValues) ToJson() interface{} {
	l := []interface{}{}
	for _, x := range v {
		l = append(l, obj("label", x.Label, "value", x.Value))
	}
	return obj("values", l)
}

type searchValues struct{ expression, populateFrom *string }

func (v searchValues) ToJson() interface{} {
	return obj("search", v.expression, "populateFrom", v.populateFrom)
}

// Values_FromValues is a fixed list of choices.
func Values_FromValues(values ...*VariableValue) Values {
	if len(values) == 0 {
		throwUnscoped("Empty values is not allowed")
	}
	return staticValues(values)
}

// Values_FromSearch takes the choices from a search expression's dimension populateFrom.
func Values_FromSearch(expression *string, populateFrom *string) Values {
	return searchValues{expression, populateFrom}
}

// Values_FromSearchComponents builds the search from its parts.
func Values_FromSearchComponents(c *SearchComponents) Values {
	if c == nil || c.Dimensions == nil || len(*c.Dimensions) == 0 {
		throwUnscoped("Empty dimensions provided. Please specify one dimension at least")
	}
	found := false
	schema := []string{deref(c.Namespace)}
	for _, d := range *c.Dimensions {
		schema = append(schema, deref(d))
		found = found || deref(d) == deref(c.PopulateFrom)
	}
	if !found {
		throwUnscoped("populateFrom (%s) is not present in dimensions", deref(c.PopulateFrom))
	}
	return Values_FromSearch(str("{"+strings.Join(schema, ",")+"} MetricName=\""+deref(c.MetricName)+"\""), c.PopulateFrom)
}

// DefaultValue is a variable's initial value.
type DefaultValue interface {
	Val() interface{}
}

type defaultValue struct{ v interface{} }

func (d defaultValue) Val() interface{} { return d.v }

// DefaultValue_FIRST is the first of the variable's values.
func DefaultValue_FIRST() DefaultValue { return defaultValue{"__FIRST"} }

// DefaultValue_Value is a given value.
func DefaultValue_Value(value interface{}) DefaultValue { return defaultValue{value} }

// DashboardVariableOptions define a dashboard variable.
type DashboardVariableOptions struct {
	Id           *string           `field:"required" json:"id" yaml:"id"`
	InputType    VariableInputType `field:"required" json:"inputType" yaml:"inputType"`
	Type         VariableType      `field:"required" json:"type" yaml:"type"`
	Value        *string           `field:"required" json:"value" yaml:"value"`
	DefaultValue DefaultValue      `field:"optional" json:"defaultValue" yaml:"defaultValue"`
	Label        *string           `field:"optional" json:"label" yaml:"label"`
	Values       Values            `field:"optional" json:"values" yaml:"values"`
	Visible      *bool             `field:"optional" json:"visible" yaml:"visible"`
}

// DashboardVariable is a variable of a dashboard.
type DashboardVariable interface {
	IVariable
}

type dashboardVariable struct{ o DashboardVariableOptions }

// NewDashboardVariable makes a dashboard variable.
func NewDashboardVariable(options *DashboardVariableOptions) DashboardVariable {
	if options == nil {
		options = &DashboardVariableOptions{}
	}
	if options.InputType != VariableInputType_INPUT && options.Values == nil {
		throwUnscoped("Variable with inputType (%s) requires values to be set", jsEnum(variableInputTypeValues, options.InputType))
	}
	if options.InputType == VariableInputType_INPUT && options.Values != nil {
		throwUnscoped("inputType INPUT cannot be combined with values. Please choose either SELECT or RADIO or remove 'values' from options.")
	}
	return &dashboardVariable{o: *options}
}

func (v *dashboardVariable) ToJson() interface{} {
	o := v.o
	t := enumValue(variableTypeValues, o.Type)
	var def interface{}
	if o.DefaultValue != nil {
		def = o.DefaultValue.Val()
	}
	out := obj(t, o.Value, "type", t, "inputType", enumValue(variableInputTypeValues, o.InputType), "id", o.Id,
		"defaultValue", def, "visible", o.Visible, "label", o.Label)
	if o.Values != nil {
		switch extra := o.Values.ToJson().(type) {
		case *ojson.Object:
			for _, k := range extra.Keys() {
				val, _ := extra.Get(k)
				out.Set(k, val)
			}
		case map[string]interface{}:
			// A Values of the user's own: keys in the order jsii hands a Go map over.
			for _, k := range sortedKeys(extra) {
				out.Set(k, extra[k])
			}
		}
	}
	return out
}
