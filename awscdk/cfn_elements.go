package awscdk

import (
	"regexp"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/ojson"
)

// ---- CfnOutput ----

// CfnOutputProps are the props of NewCfnOutput.
type CfnOutputProps struct {
	Value       *string      `field:"required" json:"value" yaml:"value"`
	Condition   CfnCondition `field:"optional" json:"condition" yaml:"condition"`
	Description *string      `field:"optional" json:"description" yaml:"description"`
	ExportName  *string      `field:"optional" json:"exportName" yaml:"exportName"`
	Key         *string      `field:"optional" json:"key" yaml:"key"`
}

// CfnOutput is a stack output.
type CfnOutput interface {
	CfnElement
	Condition() CfnCondition
	SetCondition(v CfnCondition)
	Description() *string
	SetDescription(v *string)
	ExportName() *string
	SetExportName(v *string)
	ImportValue() *string
	Value() interface{}
	SetValue(v interface{})
}

type cfnOutput struct {
	*cfnElement
	value       interface{}
	condition   CfnCondition
	description *string
	exportName  *string
	key         *string
}

// NewCfnOutput creates a stack output.
func NewCfnOutput(scope constructs.Construct, id *string, props *CfnOutputProps) CfnOutput {
	o := &cfnOutput{cfnElement: &cfnElement{}}
	initElement(scope, id, o.cfnElement)
	setHost(o.Construct, o)
	o.toCfn = o.toCloudFormation
	if props == nil || props.Value == nil {
		addError(o.Construct, "CfnOutput should have a value: set Value in CfnOutputProps")
		props = &CfnOutputProps{}
	}
	o.value, o.condition, o.description, o.exportName, o.key = props.Value, props.Condition, props.Description, props.ExportName, props.Key
	o.Node().AddValidation(validationFunc(o.validate))
	return o
}

// CfnOutput_IsCfnElement reports whether x is a CfnElement.
func CfnOutput_IsCfnElement(x interface{}) *bool { return CfnElement_IsCfnElement(x) }

func (o *cfnOutput) Condition() CfnCondition     { return o.condition }
func (o *cfnOutput) SetCondition(v CfnCondition) { o.condition = v }
func (o *cfnOutput) Description() *string        { return o.description }
func (o *cfnOutput) SetDescription(v *string)    { o.description = v }
func (o *cfnOutput) ExportName() *string         { return o.exportName }
func (o *cfnOutput) SetExportName(v *string)     { o.exportName = v }
func (o *cfnOutput) Value() interface{}          { return o.value }
func (o *cfnOutput) SetValue(v interface{})      { o.value = v }

func (o *cfnOutput) ImportValue() *string {
	return Fn_ImportValue(lazyStringIn(o, func(IResolveContext) interface{} {
		if o.exportName == nil {
			panicf(*o.Node().Path(), "cannot use Output.ImportValue without an exportName")
		}
		return o.exportName
	}))
}

func (o *cfnOutput) toCloudFormation() *ojson.Object {
	def := ojson.New()
	def.Set("Description", o.description)
	def.Set("Value", o.value)
	if o.exportName != nil {
		def.Set("Export", obj("Name", o.exportName))
	}
	if o.condition != nil {
		def.Set("Condition", o.condition.LogicalId())
	}
	var key interface{} = o.logicalID
	if o.key != nil {
		key = o.key
	}
	return obj("Outputs", ojsonKeyed(key, def))
}

var exportNameRe = regexp.MustCompile(`^[A-Za-z0-9-:]*$`)

func (o *cfnOutput) validate() []string {
	var errs []string
	if o.exportName != nil && !isUnresolved(o.exportName) {
		n := *o.exportName
		if n == "" {
			errs = append(errs, "Export name cannot be empty")
		}
		if len(n) > 255 {
			errs = append(errs, "Export name cannot exceed 255 characters")
		}
		if !exportNameRe.MatchString(n) {
			errs = append(errs, "Export name must only include alphanumeric characters, colons, or hyphens (got '"+n+"')")
		}
	}
	return errs
}

// ojsonKeyed makes {key: value} where key may be a token.
func ojsonKeyed(key interface{}, value interface{}) *ojson.Object {
	if s, ok := plainString(key); ok {
		return obj(s, value)
	}
	return obj(*Token_AsString(key, nil), value)
}

// ---- CfnParameter ----

// CfnParameterProps are the props of NewCfnParameter.
type CfnParameterProps struct {
	AllowedPattern        *string     `field:"optional" json:"allowedPattern" yaml:"allowedPattern"`
	AllowedValues         *[]*string  `field:"optional" json:"allowedValues" yaml:"allowedValues"`
	ConstraintDescription *string     `field:"optional" json:"constraintDescription" yaml:"constraintDescription"`
	Default               interface{} `field:"optional" json:"default" yaml:"default"`
	Description           *string     `field:"optional" json:"description" yaml:"description"`
	MaxLength             *float64    `field:"optional" json:"maxLength" yaml:"maxLength"`
	MaxValue              *float64    `field:"optional" json:"maxValue" yaml:"maxValue"`
	MinLength             *float64    `field:"optional" json:"minLength" yaml:"minLength"`
	MinValue              *float64    `field:"optional" json:"minValue" yaml:"minValue"`
	NoEcho                *bool       `field:"optional" json:"noEcho" yaml:"noEcho"`
	Type                  *string     `field:"optional" json:"type" yaml:"type"`
}

// CfnParameter is a template parameter.
type CfnParameter interface {
	CfnElement
	IResolvable
	AllowedPattern() *string
	SetAllowedPattern(v *string)
	AllowedValues() *[]*string
	SetAllowedValues(v *[]*string)
	ConstraintDescription() *string
	SetConstraintDescription(v *string)
	Default() interface{}
	SetDefault(v interface{})
	Description() *string
	SetDescription(v *string)
	MaxLength() *float64
	SetMaxLength(v *float64)
	MaxValue() *float64
	SetMaxValue(v *float64)
	MinLength() *float64
	SetMinLength(v *float64)
	MinValue() *float64
	SetMinValue(v *float64)
	NoEcho() *bool
	SetNoEcho(v *bool)
	Type() *string
	SetType(v *string)
	Value() IResolvable
	ValueAsList() *[]*string
	ValueAsNumber() *float64
	ValueAsString() *string
}

type cfnParameter struct {
	*cfnElement
	p CfnParameterProps
}

// NewCfnParameter creates a template parameter.
func NewCfnParameter(scope constructs.Construct, id *string, props *CfnParameterProps) CfnParameter {
	p := &cfnParameter{cfnElement: &cfnElement{}}
	initElement(scope, id, p.cfnElement)
	setHost(p.Construct, p)
	p.toCfn = p.toCloudFormation
	if props != nil {
		p.p = *props
	}
	if p.p.Type == nil {
		p.p.Type = str("String")
	}
	return p
}

func (p *cfnParameter) AllowedPattern() *string               { return p.p.AllowedPattern }
func (p *cfnParameter) SetAllowedPattern(v *string)           { p.p.AllowedPattern = v }
func (p *cfnParameter) AllowedValues() *[]*string             { return p.p.AllowedValues }
func (p *cfnParameter) SetAllowedValues(v *[]*string)         { p.p.AllowedValues = v }
func (p *cfnParameter) ConstraintDescription() *string        { return p.p.ConstraintDescription }
func (p *cfnParameter) SetConstraintDescription(v *string)    { p.p.ConstraintDescription = v }
func (p *cfnParameter) Default() interface{}                  { return p.p.Default }
func (p *cfnParameter) SetDefault(v interface{})              { p.p.Default = v }
func (p *cfnParameter) Description() *string                  { return p.p.Description }
func (p *cfnParameter) SetDescription(v *string)              { p.p.Description = v }
func (p *cfnParameter) MaxLength() *float64                   { return p.p.MaxLength }
func (p *cfnParameter) SetMaxLength(v *float64)               { p.p.MaxLength = v }
func (p *cfnParameter) MaxValue() *float64                    { return p.p.MaxValue }
func (p *cfnParameter) SetMaxValue(v *float64)                { p.p.MaxValue = v }
func (p *cfnParameter) MinLength() *float64                   { return p.p.MinLength }
func (p *cfnParameter) SetMinLength(v *float64)               { p.p.MinLength = v }
func (p *cfnParameter) MinValue() *float64                    { return p.p.MinValue }
func (p *cfnParameter) SetMinValue(v *float64)                { p.p.MinValue = v }
func (p *cfnParameter) NoEcho() *bool                         { return boolp(boolOr(p.p.NoEcho, false)) }
func (p *cfnParameter) SetNoEcho(v *bool)                     { p.p.NoEcho = v }
func (p *cfnParameter) Type() *string                         { return p.p.Type }
func (p *cfnParameter) SetType(v *string)                     { p.p.Type = v }
func (p *cfnParameter) TypeHint() ResolutionTypeHint          { return paramTypeHint(*p.p.Type) }
func (p *cfnParameter) Resolve(_ IResolveContext) interface{} { return p.Value() }

func paramTypeHint(t string) ResolutionTypeHint {
	switch {
	case strings.Contains(t, "List<") || strings.Contains(t, "CommaDelimitedList"):
		return ResolutionTypeHint_STRING_LIST
	case t == "Number":
		return ResolutionTypeHint_NUMBER
	}
	return ResolutionTypeHint_STRING
}

func (p *cfnParameter) Value() IResolvable {
	return referenceFor(p.cfnElement, "Ref", paramTypeHint(*p.p.Type))
}

func (p *cfnParameter) ValueAsString() *string {
	if paramTypeHint(*p.p.Type) == ResolutionTypeHint_STRING_LIST {
		panicf(*p.Node().Path(), "parameter type (%s) is not a string or number type", *p.p.Type)
	}
	return Token_AsString(p.Value(), nil)
}

func (p *cfnParameter) ValueAsNumber() *float64 {
	if paramTypeHint(*p.p.Type) != ResolutionTypeHint_NUMBER {
		panicf(*p.Node().Path(), "parameter type (%s) is not a number type", *p.p.Type)
	}
	return Token_AsNumber(p.Value())
}

func (p *cfnParameter) ValueAsList() *[]*string {
	if paramTypeHint(*p.p.Type) != ResolutionTypeHint_STRING_LIST {
		panicf(*p.Node().Path(), "parameter type (%s) is not a string list type", *p.p.Type)
	}
	return Token_AsList(p.Value(), nil)
}

func (p *cfnParameter) toCloudFormation() *ojson.Object {
	var noEcho interface{}
	if p.p.NoEcho != nil {
		noEcho = p.p.NoEcho
	}
	def := obj("Type", p.p.Type, "Default", p.p.Default, "AllowedPattern", p.p.AllowedPattern,
		"AllowedValues", p.p.AllowedValues, "ConstraintDescription", p.p.ConstraintDescription,
		"Description", p.p.Description, "MaxLength", p.p.MaxLength, "MaxValue", p.p.MaxValue,
		"MinLength", p.p.MinLength, "MinValue", p.p.MinValue, "NoEcho", noEcho)
	return obj("Parameters", ojsonKeyed(p.logicalID, def))
}

// ---- CfnCondition ----

// CfnConditionProps are the props of NewCfnCondition.
type CfnConditionProps struct {
	Expression ICfnConditionExpression `field:"optional" json:"expression" yaml:"expression"`
}

// CfnCondition is a template condition.
type CfnCondition interface {
	CfnElement
	ICfnConditionExpression
	IResolvable
	Expression() ICfnConditionExpression
	SetExpression(v ICfnConditionExpression)
}

type cfnCondition struct {
	*cfnElement
	expression ICfnConditionExpression
}

// NewCfnCondition creates a template condition.
func NewCfnCondition(scope constructs.Construct, id *string, props *CfnConditionProps) CfnCondition {
	c := &cfnCondition{cfnElement: &cfnElement{}}
	initElement(scope, id, c.cfnElement)
	setHost(c.Construct, c)
	c.toCfn = c.toCloudFormation
	if props != nil {
		c.expression = props.Expression
	}
	return c
}

func (c *cfnCondition) Expression() ICfnConditionExpression     { return c.expression }
func (c *cfnCondition) SetExpression(v ICfnConditionExpression) { c.expression = v }
func (c *cfnCondition) TypeHint() ResolutionTypeHint            { return ResolutionTypeHint_STRING }
func (c *cfnCondition) Resolve(_ IResolveContext) interface{}   { return obj("Condition", c.logicalID) }

func (c *cfnCondition) toCloudFormation() *ojson.Object {
	if c.expression == nil {
		return ojson.New()
	}
	return obj("Conditions", ojsonKeyed(c.logicalID, c.expression))
}

// ---- CfnMapping ----

// CfnMappingProps are the props of NewCfnMapping.
type CfnMappingProps struct {
	Lazy    *bool                               `field:"optional" json:"lazy" yaml:"lazy"`
	Mapping *map[string]*map[string]interface{} `field:"optional" json:"mapping" yaml:"mapping"`
}

// CfnMapping is a template mapping.
type CfnMapping interface {
	CfnRefElement
	FindInMap(key1 *string, key2 *string, defaultValue *string) *string
	SetValue(key1 *string, key2 *string, value interface{})
}

type cfnMapping struct {
	*cfnElement
	keys1      []string
	mapping    map[string]*ojson.Object
	lazy       *bool
	lazyRender bool
}

var alnum = regexp.MustCompile(`[^a-zA-Z0-9]`)

// NewCfnMapping creates a template mapping.
func NewCfnMapping(scope constructs.Construct, id *string, props *CfnMappingProps) CfnMapping {
	m := &cfnMapping{cfnElement: &cfnElement{}, mapping: map[string]*ojson.Object{}}
	initElement(scope, id, m.cfnElement)
	setHost(m.Construct, m)
	m.toCfn = m.toCloudFormation
	if props != nil {
		m.lazy = props.Lazy
		if props.Mapping != nil {
			k1s := make([]string, 0, len(*props.Mapping))
			for k := range *props.Mapping {
				k1s = append(k1s, k)
			}
			sort.Strings(k1s)
			for _, k1 := range k1s {
				inner := (*props.Mapping)[k1]
				if inner == nil {
					continue
				}
				k2s := make([]string, 0, len(*inner))
				for k := range *inner {
					k2s = append(k2s, k)
				}
				sort.Strings(k2s)
				for _, k2 := range k2s {
					if alnum.MatchString(k2) {
						addError(m.Construct, "attribute name '%s' must contain only alphanumeric characters", k2)
					}
					m.set(k1, k2, (*inner)[k2])
				}
			}
		}
	}
	return m
}

func (m *cfnMapping) set(k1, k2 string, v interface{}) {
	o, ok := m.mapping[k1]
	if !ok {
		o = ojson.New()
		m.mapping[k1] = o
		m.keys1 = append(m.keys1, k1)
	}
	o.Set(k2, v)
}

func (m *cfnMapping) Ref() *string { return Token_AsString(referenceFor(m.cfnElement, "Ref", ""), nil) }

func (m *cfnMapping) SetValue(key1 *string, key2 *string, value interface{}) {
	if alnum.MatchString(deref(key2)) {
		addError(m.Construct, "attribute name '%s' must contain only alphanumeric characters", deref(key2))
	}
	m.set(deref(key1), deref(key2), value)
}

func (m *cfnMapping) FindInMap(key1 *string, key2 *string, defaultValue *string) *string {
	fully, notIn := false, false
	if !isUnresolved(key1) {
		if inner, ok := m.mapping[deref(key1)]; ok {
			if !isUnresolved(key2) {
				if _, ok := inner.Get(deref(key2)); !ok {
					if defaultValue == nil {
						panicf(*m.Node().Path(), "mapping doesn't contain second-level key '%s'", deref(key2))
					}
					notIn = true
				}
				fully = true
			}
		} else {
			if defaultValue == nil {
				panicf(*m.Node().Path(), "mapping doesn't contain top-level key '%s'", deref(key1))
			}
			notIn = true
		}
	}
	if boolOr(m.lazy, false) {
		if notIn && defaultValue != nil {
			return defaultValue
		}
		if fully {
			v, _ := m.mapping[deref(key1)].Get(deref(key2))
			return Token_AsString(v, nil)
		}
	}
	m.lazyRender = !fully
	return Token_AsString(&mappingEmbedder{m: m, k1: key1, k2: key2, def: defaultValue}, nil)
}

type mappingEmbedder struct {
	m           *cfnMapping
	k1, k2, def *string
}

func (e *mappingEmbedder) Resolve(ctx IResolveContext) interface{} {
	consumer := stackOf(ctx.Scope())
	if consumer == stackOf(e.m.Construct) {
		return fnFindInMap(e.m.logicalID, e.k1, e.k2, e.def)
	}
	id := "MappingCopy-" + *e.m.Node().Id() + "-" + *e.m.Node().Addr()
	cp, _ := consumer.Node().TryFindChild(str(id)).(CfnMapping)
	if cp == nil {
		cpm := NewCfnMapping(consumer, str(id), nil).(*cfnMapping)
		cpm.keys1, cpm.mapping = e.m.keys1, e.m.mapping
		cp = cpm
	}
	return fnFindInMap(cp.LogicalId(), e.k1, e.k2, e.def)
}

func (m *cfnMapping) toCloudFormation() *ojson.Object {
	if m.lazy != nil && *m.lazy && !m.lazyRender {
		return ojson.New()
	}
	body := ojson.New()
	for _, k := range m.keys1 {
		body.Set(k, m.mapping[k])
	}
	return obj("Mappings", ojsonKeyed(m.logicalID, body))
}

// ---- CfnRule ----

// CfnRuleAssertion is one assertion of a rule.
type CfnRuleAssertion struct {
	Assert            ICfnConditionExpression `field:"required" json:"assert" yaml:"assert"`
	AssertDescription *string                 `field:"required" json:"assertDescription" yaml:"assertDescription"`
}

// CfnRuleProps are the props of NewCfnRule.
type CfnRuleProps struct {
	Assertions    *[]*CfnRuleAssertion    `field:"optional" json:"assertions" yaml:"assertions"`
	RuleCondition ICfnConditionExpression `field:"optional" json:"ruleCondition" yaml:"ruleCondition"`
}

// CfnRule is a template rule: assertions on parameter values.
type CfnRule interface {
	CfnRefElement
	AddAssertion(condition ICfnConditionExpression, description *string)
}

type cfnRule struct {
	*cfnElement
	condition  ICfnConditionExpression
	assertions []*CfnRuleAssertion
}

// NewCfnRule creates a template rule.
func NewCfnRule(scope constructs.Construct, id *string, props *CfnRuleProps) CfnRule {
	r := &cfnRule{cfnElement: &cfnElement{}}
	initElement(scope, id, r.cfnElement)
	setHost(r.Construct, r)
	r.toCfn = r.toCloudFormation
	if props != nil {
		r.condition = props.RuleCondition
		if props.Assertions != nil {
			r.assertions = append(r.assertions, *props.Assertions...)
		}
	}
	return r
}

func (r *cfnRule) Ref() *string { return Token_AsString(referenceFor(r.cfnElement, "Ref", ""), nil) }

func (r *cfnRule) AddAssertion(condition ICfnConditionExpression, description *string) {
	r.assertions = append(r.assertions, &CfnRuleAssertion{Assert: condition, AssertDescription: description})
}

func (r *cfnRule) toCloudFormation() *ojson.Object {
	var as interface{}
	if r.assertions != nil {
		list := make([]interface{}, len(r.assertions))
		for i, a := range r.assertions {
			list[i] = obj("Assert", a.Assert, "AssertDescription", a.AssertDescription)
		}
		as = list
	}
	return obj("Rules", ojsonKeyed(r.logicalID, obj("RuleCondition", r.condition, "Assertions", as)))
}

// validationFunc adapts a Go func to constructs.IValidation.
type validationFunc func() []string

func (f validationFunc) Validate() *[]*string {
	errs := f()
	out := make([]*string, len(errs))
	for i := range errs {
		out[i] = str(errs[i])
	}
	return &out
}
