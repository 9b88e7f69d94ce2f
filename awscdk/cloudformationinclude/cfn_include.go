package cloudformationinclude

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/internal/tree"
	"github.com/strata-cdk/strata/jsii"
)

// CfnIncludeProps configure NewCfnInclude.
type CfnIncludeProps struct {
	// Path to the template file, JSON or YAML.
	TemplateFile *string `field:"required" json:"templateFile" yaml:"templateFile"`
	// Whether cycles between resources are allowed. Default: false.
	AllowCyclicalReferences *bool `field:"optional" json:"allowCyclicalReferences" yaml:"allowCyclicalReferences"`
	// Logical IDs of resources included as written, without parsing them.
	DehydratedResources *[]*string `field:"optional" json:"dehydratedResources" yaml:"dehydratedResources"`
	// Nested stacks (AWS::CloudFormation::Stack resources) to include too,
	// by logical ID.
	LoadNestedStacks *map[string]*CfnIncludeProps `field:"optional" json:"loadNestedStacks" yaml:"loadNestedStacks"`
	// Parameters of the template replaced by these values; the replaced
	// parameters are removed from the template.
	Parameters *map[string]interface{} `field:"optional" json:"parameters" yaml:"parameters"`
	// Whether the included elements keep their logical IDs. Default: true.
	PreserveLogicalIds *bool `field:"optional" json:"preserveLogicalIds" yaml:"preserveLogicalIds"`
}

// IncludedNestedStack is a nested stack loaded by a CfnInclude.
type IncludedNestedStack struct {
	// The included template of the nested stack.
	IncludedTemplate CfnInclude `field:"required" json:"includedTemplate" yaml:"includedTemplate"`
	// The NestedStack the template is included in.
	Stack awscdk.NestedStack `field:"required" json:"stack" yaml:"stack"`
}

// CfnInclude is an existing CloudFormation template included in a stack:
// its resources, parameters, conditions, mappings, rules, hooks and outputs
// become Strata objects the program can read and change.
type CfnInclude interface {
	awscdk.CfnElement
	// The condition of the template named conditionName.
	GetCondition(conditionName *string) awscdk.CfnCondition
	// The hook of the template with the given logical ID.
	GetHook(hookLogicalId *string) awscdk.CfnHook
	// The mapping of the template named mappingName.
	GetMapping(mappingName *string) awscdk.CfnMapping
	// A nested stack loaded with LoadNestedStacks or LoadNestedStack.
	GetNestedStack(logicalId *string) *IncludedNestedStack
	// The output of the template with the given logical ID.
	GetOutput(logicalId *string) awscdk.CfnOutput
	// The parameter of the template named parameterName.
	GetParameter(parameterName *string) awscdk.CfnParameter
	// The resource of the template with the given logical ID: a typed L1
	// (awss3.CfnBucket, ...) when Strata knows its type.
	GetResource(logicalId *string) awscdk.CfnResource
	// The rule of the template named ruleName.
	GetRule(ruleName *string) awscdk.CfnRule
	// Includes the nested stack logicalId after construction.
	LoadNestedStack(logicalId *string, nestedStackProps *CfnIncludeProps) *IncludedNestedStack
	// The construct path.
	ToString() *string
}

type cfnInclude struct {
	awscdk.CfnElement
	tmpl            *ojson.Object
	preserve        bool
	allowCycles     bool
	dehydrated      map[string]bool
	replaced        map[string]interface{}
	toInclude       map[string]*CfnIncludeProps
	conditions      map[string]awscdk.CfnCondition
	resources       map[string]awscdk.CfnResource
	parameters      map[string]awscdk.CfnParameter
	mappings        map[string]awscdk.CfnMapping
	rules           map[string]awscdk.CfnRule
	hooks           map[string]awscdk.CfnHook
	outputs         map[string]awscdk.CfnOutput
	nested          map[string]*IncludedNestedStack
	placeholders    map[string]string
	conditionsScope constructs.Construct
}

// NewCfnInclude includes the template props.TemplateFile in scope.
func NewCfnInclude(scope constructs.Construct, id *string, props *CfnIncludeProps) CfnInclude {
	c := &cfnInclude{
		conditions: map[string]awscdk.CfnCondition{}, resources: map[string]awscdk.CfnResource{},
		parameters: map[string]awscdk.CfnParameter{}, mappings: map[string]awscdk.CfnMapping{},
		rules: map[string]awscdk.CfnRule{}, hooks: map[string]awscdk.CfnHook{},
		outputs: map[string]awscdk.CfnOutput{}, nested: map[string]*IncludedNestedStack{},
		placeholders: map[string]string{}, dehydrated: map[string]bool{},
		replaced: map[string]interface{}{}, toInclude: map[string]*CfnIncludeProps{},
	}
	c.CfnElement = awscdk.NewRawCfnElement_Strata(tree.Access{}, scope, id, c.toCloudFormation)
	host.Set(c.CfnElement, c)
	if props == nil || props.TemplateFile == nil {
		l2.Throw(c, "CfnInclude requires the 'templateFile' property")
	}
	c.allowCycles = props.AllowCyclicalReferences != nil && *props.AllowCyclicalReferences
	c.preserve = props.PreserveLogicalIds == nil || *props.PreserveLogicalIds
	if props.Parameters != nil {
		for k, v := range *props.Parameters {
			c.replaced[k] = v
		}
	}
	t, err := readTemplate(*props.TemplateFile)
	if err != nil {
		l2.Throw(c, "%v", err)
	}
	c.tmpl = t
	resources := c.section("Resources")
	if props.DehydratedResources != nil {
		for _, d := range *props.DehydratedResources {
			id := deref(d)
			if _, ok := resources.Get(id); !ok {
				l2.Throw(c, "Logical ID '%s' was specified in 'dehydratedResources', but does not belong to a resource in the template.", id)
			}
			c.dehydrated[id] = true
		}
	}
	params := c.section("Parameters")
	for _, k := range sortedKeys(c.replaced) {
		if _, ok := params.Get(k); !ok {
			l2.Throw(c, "Parameter with logical ID '%s' was not found in the template", k)
		}
	}
	mappingsScope := constructs.NewConstruct(c, jsii.String("$Mappings"))
	for _, name := range c.section("Mappings").Keys() {
		c.createMapping(mappingsScope, name)
	}
	for _, name := range params.Keys() {
		c.createParameter(name)
	}
	c.conditionsScope = constructs.NewConstruct(c, jsii.String("$Conditions"))
	for _, name := range c.section("Conditions").Keys() {
		c.getOrCreateCondition(name)
	}
	rulesScope := constructs.NewConstruct(c, jsii.String("$Rules"))
	for _, name := range c.section("Rules").Keys() {
		c.createRule(rulesScope, name)
	}
	if props.LoadNestedStacks != nil {
		for k, v := range *props.LoadNestedStacks {
			c.toInclude[k] = v
		}
	}
	for _, id := range resources.Keys() {
		c.getOrCreateResource(id, nil)
	}
	for _, k := range sortedKeys(c.toInclude) {
		if _, ok := c.resources[k]; !ok {
			l2.Throw(c, "Nested Stack with logical ID '%s' was not found in the template", k)
		}
	}
	hooksScope := constructs.NewConstruct(c, jsii.String("$Hooks"))
	for _, name := range c.section("Hooks").Keys() {
		c.createHook(hooksScope, name)
	}
	outputsScope := constructs.NewConstruct(c, jsii.String("$Outputs"))
	for _, name := range c.section("Outputs").Keys() {
		c.createOutput(outputsScope, name)
	}
	return c
}

// NewCfnInclude_Override initializes c, a struct embedding CfnInclude, as a
// new CfnInclude (jsii's way of extending a class).
func NewCfnInclude_Override(c CfnInclude, scope constructs.Construct, id *string, props *CfnIncludeProps) {
	inc := NewCfnInclude(scope, id, props)
	v := reflect.ValueOf(c)
	if v.Kind() == reflect.Ptr && !v.IsNil() {
		e := v.Elem()
		if e.Kind() == reflect.Struct {
			for i := 0; i < e.NumField(); i++ {
				f := e.Field(i)
				if e.Type().Field(i).Anonymous && f.Type() == reflect.TypeOf((*CfnInclude)(nil)).Elem() && f.CanSet() {
					f.Set(reflect.ValueOf(inc))
					return
				}
			}
		}
	}
	l2.Throw(inc, "NewCfnInclude_Override needs a pointer to a struct embedding CfnInclude")
}

// CfnInclude_IsCfnElement reports whether x is a CfnElement.
func CfnInclude_IsCfnElement(x interface{}) *bool { return awscdk.CfnElement_IsCfnElement(x) }

// CfnInclude_IsConstruct reports whether x is a construct.
func CfnInclude_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

func (c *cfnInclude) section(name string) *ojson.Object {
	v, _ := c.tmpl.Get(name)
	o, _ := v.(*ojson.Object)
	if o == nil {
		return ojson.New()
	}
	return o
}

func (c *cfnInclude) entry(section, name string) *ojson.Object {
	v, _ := c.section(section).Get(name)
	o, _ := v.(*ojson.Object)
	if o == nil {
		return ojson.New()
	}
	return o
}

func (c *cfnInclude) fail(format string, args ...interface{}) {
	l2.Throw(c, format, args...)
}

func (c *cfnInclude) newParser(f finder, params map[string]interface{}, context int) *parser {
	return &parser{f: f, params: params, context: context, fail: c.fail}
}

// fullFinder sees every element (resources and outputs parse with it).
func (c *cfnInclude) fullFinder() finder {
	return finder{
		resource: func(id string) awscdk.CfnResource { return c.resources[id] },
		refTarget: func(id string) awscdk.CfnElement {
			if r, ok := c.resources[id]; ok {
				return r
			}
			if p, ok := c.parameters[id]; ok {
				return p
			}
			return nil
		},
		condition: func(n string) awscdk.CfnCondition { return c.conditions[n] },
		mapping:   func(n string) awscdk.CfnMapping { return c.mappings[n] },
	}
}

func (c *cfnInclude) overrideIfNeeded(e awscdk.CfnElement, id string) {
	if c.preserve {
		e.OverrideLogicalId(jsii.String(id))
	}
}

func (c *cfnInclude) toCloudFormation() *ojson.Object {
	out := ojson.New()
	p := c.newParser(c.fullFinder(), c.replaced, ctxDefault)
	for _, k := range c.tmpl.Keys() {
		switch k {
		case "Conditions", "Mappings", "Resources", "Parameters", "Rules", "Hooks", "Outputs":
			continue
		}
		v, _ := c.tmpl.Get(k)
		out.Set(k, p.value(v))
	}
	return out
}

func (c *cfnInclude) createMapping(scope constructs.Construct, name string) {
	p := c.newParser(finder{forbidden: "Mapping"}, nil, ctxDefault)
	parsed, _ := p.value(c.entry("Mappings", name)).(*ojson.Object)
	// Filled key by key: the mapping keeps the template's order, which a
	// Go map in CfnMappingProps would sort.
	mapping := awscdk.NewCfnMapping(scope, jsii.String(name), nil)
	if parsed != nil {
		for _, k := range parsed.Keys() {
			v, _ := parsed.Get(k)
			if o, ok := v.(*ojson.Object); ok {
				for _, k2 := range o.Keys() {
					v2, _ := o.Get(k2)
					mapping.SetValue(jsii.String(k), jsii.String(k2), v2)
				}
			}
		}
	}
	c.mappings[name] = mapping
	c.overrideIfNeeded(mapping, name)
}

func (c *cfnInclude) createParameter(name string) {
	if _, ok := c.replaced[name]; ok {
		return
	}
	p := c.newParser(finder{forbidden: "Parameter"}, nil, ctxDefault)
	e, _ := p.value(c.entry("Parameters", name)).(*ojson.Object)
	get := func(k string) interface{} { v, _ := e.Get(k); return v }
	props := &awscdk.CfnParameterProps{Default: get("Default")}
	str := func(k string) *string {
		if v, ok := convert(reflect.TypeOf((*string)(nil)), get(k), "", ""); ok && !v.IsNil() {
			return v.Interface().(*string)
		}
		return nil
	}
	num := func(k string) *float64 {
		if v, ok := convert(reflect.TypeOf((*float64)(nil)), get(k), "", ""); ok && !v.IsNil() {
			return v.Interface().(*float64)
		}
		return nil
	}
	props.Type = str("Type")
	props.AllowedPattern = str("AllowedPattern")
	props.ConstraintDescription = str("ConstraintDescription")
	props.Description = str("Description")
	props.MaxLength, props.MaxValue = num("MaxLength"), num("MaxValue")
	props.MinLength, props.MinValue = num("MinLength"), num("MinValue")
	if v, ok := convert(reflect.TypeOf((*[]*string)(nil)), get("AllowedValues"), "", ""); ok && !v.IsNil() {
		props.AllowedValues = v.Interface().(*[]*string)
	}
	if b, ok := boolValue(get("NoEcho")); ok {
		props.NoEcho = &b
	}
	param := awscdk.NewCfnParameter(c, jsii.String(name), props)
	c.overrideIfNeeded(param, name)
	c.parameters[name] = param
}

func (c *cfnInclude) getOrCreateCondition(name string) awscdk.CfnCondition {
	if cond, ok := c.conditions[name]; ok {
		return cond
	}
	f := finder{
		forbidden: "Condition",
		refTarget: func(id string) awscdk.CfnElement {
			if p, ok := c.parameters[id]; ok {
				return p
			}
			return nil
		},
		condition: func(n string) awscdk.CfnCondition {
			if _, ok := c.section("Conditions").Get(n); ok {
				return c.getOrCreateCondition(n)
			}
			return nil
		},
		mapping: func(n string) awscdk.CfnMapping { return c.mappings[n] },
	}
	raw, _ := c.section("Conditions").Get(name)
	expr := c.newParser(f, c.replaced, ctxConditions).value(raw)
	cond := awscdk.NewCfnCondition(c.conditionsScope, jsii.String(name), &awscdk.CfnConditionProps{Expression: asExpression(expr)})
	c.overrideIfNeeded(cond, name)
	c.conditions[name] = cond
	return cond
}

// literal is a plain template value where the core wants an expression.
type literal struct{ v interface{} }

func (l *literal) CreationStack() *[]*string                    { return &[]*string{} }
func (l *literal) TypeHint() awscdk.ResolutionTypeHint          { return awscdk.ResolutionTypeHint_STRING }
func (l *literal) ToString() *string                            { return awscdk.Token_AsString(l, nil) }
func (l *literal) Resolve(_ awscdk.IResolveContext) interface{} { return l.v }
func (l *literal) Disambiguator() *bool                         { return jsii.Bool(true) }

func asExpression(v interface{}) awscdk.ICfnRuleConditionExpression {
	if v == nil {
		return nil
	}
	if e, ok := v.(awscdk.ICfnRuleConditionExpression); ok {
		return e
	}
	return &literal{v: v}
}

// Disambiguator makes fnValue usable as a rule condition expression.
func (f *fnValue) Disambiguator() *bool { return jsii.Bool(true) }

func (c *cfnInclude) createRule(scope constructs.Construct, name string) {
	f := finder{
		forbidden: "Rule",
		refTarget: func(id string) awscdk.CfnElement {
			if p, ok := c.parameters[id]; ok {
				return p
			}
			return nil
		},
		condition: func(n string) awscdk.CfnCondition { return c.conditions[n] },
		mapping:   func(n string) awscdk.CfnMapping { return c.mappings[n] },
	}
	e, _ := c.newParser(f, c.replaced, ctxRules).value(c.entry("Rules", name)).(*ojson.Object)
	props := &awscdk.CfnRuleProps{}
	if v, ok := e.Get("RuleCondition"); ok && v != nil {
		props.RuleCondition = asExpression(v)
	}
	if v, ok := e.Get("Assertions"); ok {
		var as []*awscdk.CfnRuleAssertion
		for _, a := range list(v) {
			o, _ := a.(*ojson.Object)
			if o == nil {
				continue
			}
			assert, _ := o.Get("Assert")
			desc, _ := o.Get("AssertDescription")
			ra := &awscdk.CfnRuleAssertion{Assert: asExpression(assert)}
			if cv, ok := convert(reflect.TypeOf((*string)(nil)), desc, "", ""); ok && !cv.IsNil() {
				ra.AssertDescription = cv.Interface().(*string)
			}
			as = append(as, ra)
		}
		props.Assertions = &as
	}
	rule := awscdk.NewCfnRule(scope, jsii.String(name), props)
	c.rules[name] = rule
	c.overrideIfNeeded(rule, name)
}

func (c *cfnInclude) createHook(scope constructs.Construct, name string) {
	e := c.entry("Hooks", name)
	typ, _ := e.Get("Type")
	rawProps, _ := e.Get("Properties")
	parsed, _ := c.newParser(c.fullFinder(), c.replaced, ctxDefault).value(rawProps).(*ojson.Object)
	props := map[string]interface{}{}
	if parsed != nil {
		for _, k := range parsed.Keys() {
			props[k], _ = parsed.Get(k)
		}
	}
	hook := awscdk.NewCfnHook(scope, jsii.String(name), &awscdk.CfnHookProps{Type: jsii.String(fmt.Sprint(typ)), Properties: &props})
	c.hooks[name] = hook
	c.overrideIfNeeded(hook, name)
}

func (c *cfnInclude) createOutput(scope constructs.Construct, name string) {
	e, _ := c.newParser(c.fullFinder(), c.replaced, ctxDefault).value(c.entry("Outputs", name)).(*ojson.Object)
	get := func(k string) interface{} { v, _ := e.Get(k); return v }
	str := func(v interface{}) *string {
		if cv, ok := convert(reflect.TypeOf((*string)(nil)), v, "", ""); ok && !cv.IsNil() {
			return cv.Interface().(*string)
		}
		return nil
	}
	props := &awscdk.CfnOutputProps{Value: str(get("Value")), Description: str(get("Description"))}
	if ex, ok := get("Export").(*ojson.Object); ok {
		n, _ := ex.Get("Name")
		props.ExportName = str(n)
	}
	if cn := get("Condition"); cn != nil {
		cond, ok := c.conditions[fmt.Sprint(cn)]
		if !ok {
			l2.Throw(c, "Output with name '%s' refers to a Condition with name '%v' which was not found in this template", name, cn)
		}
		props.Condition = cond
	}
	out := awscdk.NewCfnOutput(scope, jsii.String(name), props)
	c.overrideIfNeeded(out, name)
	c.outputs[name] = out
}

func (c *cfnInclude) getOrCreateResource(id string, chain []string) awscdk.CfnResource {
	for _, prev := range chain {
		if prev == id {
			if !c.allowCycles {
				l2.Throw(c, "Found a cycle between resources in the template: %s", strings.Join(append(chain, id), " depends on "))
			}
			if ph, ok := c.placeholders[id]; ok {
				return c.resources[ph]
			}
			typ, _ := c.entry("Resources", id).Get("Type")
			ph := fmt.Sprintf("Placeholder%d", len(c.placeholders))
			c.placeholders[id] = ph
			r := awscdk.NewCfnResource(c, jsii.String(ph), &awscdk.CfnResourceProps{Type: jsii.String(fmt.Sprint(typ)), Properties: &map[string]interface{}{}})
			r.OverrideLogicalId(jsii.String(ph))
			c.resources[ph] = r
			return r
		}
	}
	chain = append(append([]string(nil), chain...), id)
	if r, ok := c.resources[id]; ok {
		return r
	}
	attrs := c.entry("Resources", id)
	get := func(k string) interface{} { v, _ := attrs.Get(k); return v }
	typ := fmt.Sprint(get("Type"))
	f := finder{
		resource: func(lid string) awscdk.CfnResource {
			if _, ok := c.section("Resources").Get(lid); ok {
				return c.getOrCreateResource(lid, chain)
			}
			return nil
		},
		condition: func(n string) awscdk.CfnCondition { return c.conditions[n] },
		mapping:   func(n string) awscdk.CfnMapping { return c.mappings[n] },
	}
	f.refTarget = func(lid string) awscdk.CfnElement {
		if p, ok := c.parameters[lid]; ok {
			return p
		}
		if r := f.resource(lid); r != nil {
			return r
		}
		return nil
	}
	p := c.newParser(f, c.replaced, ctxDefault)
	var res awscdk.CfnResource
	switch _, nested := c.toInclude[id]; {
	case nested && c.dehydrated[id]:
		l2.Throw(c, "nested stack '%s' was marked as dehydrated - nested stacks cannot be dehydrated", id)
	case nested:
		res = c.createNestedStack(id, attrs, p)
	case c.dehydrated[id]:
		res = awscdk.NewCfnResource(c, jsii.String(id), &awscdk.CfnResourceProps{Type: jsii.String(typ)})
		rawProps, _ := get("Properties").(*ojson.Object)
		setRawProperties(res, rawProps)
		c.setPlainAttributes(res, attrs, func(v interface{}) interface{} { return v })
		// As in aws-cdk-lib, a dehydrated resource keeps neither its
		// condition, its dependencies nor, oddly, its logical ID (it gets
		// the path-derived one even with PreserveLogicalIds).
		c.resources[id] = res
		return res
	default:
		props, _ := p.value(get("Properties")).(*ojson.Object)
		if ctor := l1Constructor(typ); ctor != nil {
			res = newL1(ctor, c, id, props)
		} else {
			res = awscdk.NewCfnResource(c, jsii.String(id), &awscdk.CfnResourceProps{Type: jsii.String(typ)})
			if props != nil && strings.HasPrefix(typ, "AWS::") && typ != "AWS::CloudFormation::CustomResource" {
				props = sortedLikeL1(props)
			}
			setRawProperties(res, props)
		}
		c.handleAttributes(res, attrs, id, p)
	}
	if ph, ok := c.placeholders[id]; ok {
		c.resources[ph].OverrideLogicalId(jsii.String(id))
		c.Node().TryRemoveChild(jsii.String(ph))
		delete(c.resources, ph)
	}
	c.overrideIfNeeded(res, id)
	c.resources[id] = res
	for _, k := range attrs.Keys() {
		switch k {
		case "Condition", "DependsOn", "Description", "Metadata", "Properties", "Type", "Version",
			"CreationPolicy", "DeletionPolicy", "UpdatePolicy", "UpdateReplacePolicy":
			continue
		}
		v, _ := attrs.Get(k)
		res.AddOverride(jsii.String(k), p.value(v))
	}
	return res
}

// setRawProperties gives a resource the template's properties in their
// order (a Go map would sort them).
func setRawProperties(res awscdk.CfnResource, props *ojson.Object) {
	if props != nil {
		awscdk.SetOrderedProperties_Strata(tree.Access{}, res, props)
	}
}

// newL1 creates the typed L1 of a resource through its generated
// constructor, with props filled from the template; properties the props
// have no field for stay as property overrides.
func newL1(ctor interface{}, scope constructs.Construct, id string, props *ojson.Object) awscdk.CfnResource {
	fn := reflect.ValueOf(ctor)
	pv := reflect.New(fn.Type().In(2).Elem())
	extra := fillProps(pv, props)
	out := fn.Call([]reflect.Value{reflect.ValueOf(scope), reflect.ValueOf(jsii.String(id)), pv})
	res := out[0].Interface().(awscdk.CfnResource)
	for _, k := range extra.Keys() {
		v, _ := extra.Get(k)
		res.AddPropertyOverride(jsii.String(k), v)
	}
	return res
}

func deletionPolicy(c *cfnInclude, v interface{}) (awscdk.CfnDeletionPolicy, bool) {
	switch v {
	case nil:
		return "", false
	case "Delete":
		return awscdk.CfnDeletionPolicy_DELETE, true
	case "Retain":
		return awscdk.CfnDeletionPolicy_RETAIN, true
	case "Snapshot":
		return awscdk.CfnDeletionPolicy_SNAPSHOT, true
	case "RetainExceptOnCreate":
		return awscdk.CfnDeletionPolicy_RETAIN_EXCEPT_ON_CREATE, true
	}
	l2.Throw(c, "Unrecognized DeletionPolicy '%v'", v)
	return "", false
}

// setPlainAttributes sets the resource attributes every included resource
// keeps: policies, version, description and metadata.
func (c *cfnInclude) setPlainAttributes(res awscdk.CfnResource, attrs *ojson.Object, parse func(interface{}) interface{}) {
	get := func(k string) interface{} { v, _ := attrs.Get(k); return v }
	for _, k := range []string{"CreationPolicy", "UpdatePolicy"} {
		if v := get(k); v != nil {
			res.AddOverride(jsii.String(k), parse(v))
		}
	}
	// Set even when absent, as aws-cdk-lib does: a loaded nested stack's
	// resource loses NestedStack's default Delete policies.
	opts := res.CfnOptions()
	dp, _ := deletionPolicy(c, get("DeletionPolicy"))
	opts.SetDeletionPolicy(dp)
	urp, _ := deletionPolicy(c, get("UpdateReplacePolicy"))
	opts.SetUpdateReplacePolicy(urp)
	if s, ok := convert(reflect.TypeOf((*string)(nil)), parse(get("Version")), "", ""); ok && !s.IsNil() {
		opts.SetVersion(s.Interface().(*string))
	}
	if s, ok := convert(reflect.TypeOf((*string)(nil)), parse(get("Description")), "", ""); ok && !s.IsNil() {
		opts.SetDescription(s.Interface().(*string))
	}
	// Replaced even when absent, as aws-cdk-lib does: that drops the
	// aws:cdk:path entry the CLI's context adds to every resource. The
	// template's metadata goes in as an override, which keeps its order.
	opts.SetMetadata(nil)
	if md, ok := parse(get("Metadata")).(*ojson.Object); ok {
		res.AddOverride(jsii.String("Metadata"), md)
	}
}

// handleAttributes applies a resource's template attributes, as
// aws-cdk-lib's CfnParser.handleAttributes does.
func (c *cfnInclude) handleAttributes(res awscdk.CfnResource, attrs *ojson.Object, id string, p *parser) {
	c.setPlainAttributes(res, attrs, p.value)
	if cn, ok := attrs.Get("Condition"); ok && cn != nil {
		cond := c.conditions[fmt.Sprint(cn)]
		if cond == nil {
			l2.Throw(c, "Resource '%s' uses Condition '%v' that doesn't exist", id, cn)
		}
		res.CfnOptions().SetCondition(cond)
	}
	deps, _ := attrs.Get("DependsOn")
	var names []interface{}
	switch d := deps.(type) {
	case []interface{}:
		names = d
	case nil:
	default:
		names = []interface{}{d}
	}
	for _, n := range names {
		dep := p.f.resource(fmt.Sprint(n))
		if dep == nil {
			l2.Throw(c, "Resource '%s' depends on '%v' that doesn't exist", id, n)
		}
		res.AddDependency(dep)
	}
}

func (c *cfnInclude) createNestedStack(id string, attrs *ojson.Object, p *parser) awscdk.CfnResource {
	if t, _ := attrs.Get("Type"); t != "AWS::CloudFormation::Stack" {
		l2.Throw(c, "Nested Stack with logical ID '%s' is not an AWS::CloudFormation::Stack resource", id)
	}
	if v, _ := attrs.Get("CreationPolicy"); v != nil {
		l2.Throw(c, "CreationPolicy is not supported by the AWS::CloudFormation::Stack resource")
	}
	if v, _ := attrs.Get("UpdatePolicy"); v != nil {
		l2.Throw(c, "UpdatePolicy is not supported by the AWS::CloudFormation::Stack resource")
	}
	rawProps, _ := attrs.Get("Properties")
	props, _ := p.value(rawProps).(*ojson.Object)
	if props == nil {
		props = ojson.New()
	}
	childProps := c.toInclude[id]
	nsProps := &awscdk.NestedStackProps{}
	// Set one by one after construction: NestedStackProps.Parameters is a
	// Go map, and aws-cdk-lib keeps the template's order.
	type param struct{ name, value *string }
	var params []param
	if v, ok := props.Get("Parameters"); ok && v != nil {
		replaced := map[string]interface{}{}
		if childProps != nil && childProps.Parameters != nil {
			replaced = *childProps.Parameters
		}
		if o, ok := v.(*ojson.Object); ok {
			for _, k := range o.Keys() {
				if _, skip := replaced[k]; skip {
					continue
				}
				pv, _ := o.Get(k)
				if s, ok := convert(reflect.TypeOf((*string)(nil)), pv, "", ""); ok {
					sv, _ := s.Interface().(*string)
					params = append(params, param{jsii.String(k), sv})
				}
			}
		}
	}
	if v, ok := props.Get("NotificationARNs"); ok && v != nil {
		if s, ok := convert(reflect.TypeOf((*[]*string)(nil)), v, "", ""); ok && !s.IsNil() {
			nsProps.NotificationArns = s.Interface().(*[]*string)
		}
	}
	if v, ok := props.Get("TimeoutInMinutes"); ok && v != nil {
		if f, ok := convert(reflect.TypeOf((*float64)(nil)), v, "", ""); ok && !f.IsNil() {
			nsProps.Timeout = awscdk.Duration_Minutes(f.Interface().(*float64))
		}
	}
	ns := awscdk.NewNestedStack(c, jsii.String(id), nsProps)
	for _, p := range params {
		ns.SetParameter(p.name, p.value)
	}
	if childProps == nil {
		childProps = &CfnIncludeProps{}
	}
	tmpl := NewCfnInclude(ns, jsii.String(id), childProps)
	c.nested[id] = &IncludedNestedStack{Stack: ns, IncludedTemplate: tmpl}
	res := ns.NestedStackResource()
	c.handleAttributes(res, attrs, id, p)
	return res
}

func (c *cfnInclude) GetResource(logicalId *string) awscdk.CfnResource {
	r, ok := c.resources[deref(logicalId)]
	if !ok {
		l2.Throw(c, "Resource with logical ID '%s' was not found in the template", deref(logicalId))
	}
	return r
}

func (c *cfnInclude) GetCondition(conditionName *string) awscdk.CfnCondition {
	r, ok := c.conditions[deref(conditionName)]
	if !ok {
		l2.Throw(c, "Condition with name '%s' was not found in the template", deref(conditionName))
	}
	return r
}

func (c *cfnInclude) GetParameter(parameterName *string) awscdk.CfnParameter {
	r, ok := c.parameters[deref(parameterName)]
	if !ok {
		l2.Throw(c, "Parameter with name '%s' was not found in the template", deref(parameterName))
	}
	return r
}

func (c *cfnInclude) GetMapping(mappingName *string) awscdk.CfnMapping {
	r, ok := c.mappings[deref(mappingName)]
	if !ok {
		l2.Throw(c, "Mapping with name '%s' was not found in the template", deref(mappingName))
	}
	return r
}

func (c *cfnInclude) GetOutput(logicalId *string) awscdk.CfnOutput {
	r, ok := c.outputs[deref(logicalId)]
	if !ok {
		l2.Throw(c, "Output with logical ID '%s' was not found in the template", deref(logicalId))
	}
	return r
}

func (c *cfnInclude) GetRule(ruleName *string) awscdk.CfnRule {
	r, ok := c.rules[deref(ruleName)]
	if !ok {
		l2.Throw(c, "Rule with name '%s' was not found in the template", deref(ruleName))
	}
	return r
}

func (c *cfnInclude) GetHook(hookLogicalId *string) awscdk.CfnHook {
	r, ok := c.hooks[deref(hookLogicalId)]
	if !ok {
		l2.Throw(c, "Hook with logical ID '%s' was not found in the template", deref(hookLogicalId))
	}
	return r
}

func (c *cfnInclude) GetNestedStack(logicalId *string) *IncludedNestedStack {
	id := deref(logicalId)
	if n, ok := c.nested[id]; ok {
		return n
	}
	t, ok := c.entry("Resources", id).Get("Type")
	switch {
	case !ok:
		l2.Throw(c, "Nested Stack with logical ID '%s' was not found in the template", id)
	case t != "AWS::CloudFormation::Stack":
		l2.Throw(c, "Resource with logical ID '%s' is not a CloudFormation Stack", id)
	default:
		l2.Throw(c, "Nested Stack '%s' was not included in the parent template. To retrieve an included nested stack, it must be specified either in the `loadNestedStacks` property, or through the `loadNestedStack` method", id)
	}
	return nil
}

func (c *cfnInclude) LoadNestedStack(logicalId *string, nestedStackProps *CfnIncludeProps) *IncludedNestedStack {
	id := deref(logicalId)
	if _, ok := c.nested[id]; ok {
		l2.Throw(c, "Nested Stack '%s' was already included in its parent template", id)
	}
	r, ok := c.resources[id]
	if !ok {
		l2.Throw(c, "Nested Stack with logical ID '%s' was not found in the template", id)
	}
	if !*awscdk.CfnStack_IsCfnStack(r) {
		l2.Throw(c, "Nested Stack with logical ID '%s' is not an AWS::CloudFormation::Stack resource", id)
	}
	c.Node().TryRemoveChild(jsii.String(id))
	delete(c.resources, id)
	if nestedStackProps == nil {
		nestedStackProps = &CfnIncludeProps{}
	}
	c.toInclude[id] = nestedStackProps
	c.getOrCreateResource(id, nil)
	return c.nested[id]
}

func (c *cfnInclude) ToString() *string { return c.Node().Path() }

// sortedLikeL1 orders the top-level properties of a resource whose type
// aws-cdk-lib has an L1 for but Strata's registry lacks, the way that L1
// renders them (by property name, case-insensitively); nested values keep
// the template's order.
func sortedLikeL1(props *ojson.Object) *ojson.Object {
	keys := props.Keys()
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && strings.ToLower(keys[j]) < strings.ToLower(keys[j-1]); j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	out := ojson.NewSize(len(keys))
	for _, k := range keys {
		v, _ := props.Get(k)
		out.Set(k, v)
	}
	return out
}
