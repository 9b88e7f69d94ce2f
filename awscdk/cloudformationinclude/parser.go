package cloudformationinclude

import (
	"fmt"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/ojson"
)

// Parsing contexts: conditions accept {"Condition": name}, rules Fn::ValueOf.
const (
	ctxDefault = iota
	ctxConditions
	ctxRules
)

// finder looks up the template's elements while a section is parsed; a nil
// func means that kind of reference is not allowed there (its message says
// why), a nil result that the element is unknown.
type finder struct {
	resource  func(id string) awscdk.CfnResource
	refTarget func(id string) awscdk.CfnElement
	condition func(name string) awscdk.CfnCondition
	mapping   func(name string) awscdk.CfnMapping
	forbidden string // the section, for "not allowed in" messages
}

// parser turns template values into Strata values: intrinsics become tokens
// that follow the referenced element's final logical ID, as aws-cdk-lib's
// CfnParser does. Mistakes are reported by fail.
type parser struct {
	f       finder
	params  map[string]interface{}
	context int
	fail    func(format string, args ...interface{})
}

func (p *parser) value(v interface{}) interface{} {
	switch x := v.(type) {
	case nil:
		return nil
	case awscdk.IResolvable:
		return x
	case []interface{}:
		out := make([]interface{}, len(x))
		for i := range x {
			out[i] = p.value(x[i])
		}
		return out
	case *ojson.Object:
		if key := p.intrinsicKey(x); key != "" {
			// In rules, functions other than Fn::ValueOf stay plain objects.
			if r, ok := p.intrinsic(key, x); ok || p.context != ctxRules {
				return r
			}
		}
		out := ojson.NewSize(x.Len())
		for _, k := range x.Keys() {
			e, _ := x.Get(k)
			out.Set(k, p.value(e))
		}
		return out
	}
	return v
}

func (p *parser) intrinsicKey(o *ojson.Object) string {
	k, _, ok := o.Only()
	if !ok {
		return ""
	}
	if k == "Ref" || strings.HasPrefix(k, "Fn::") || (p.context == ctxConditions && k == "Condition") {
		return k
	}
	return ""
}

func list(v interface{}) []interface{} {
	l, _ := v.([]interface{})
	return l
}

func at(l []interface{}, i int) interface{} {
	if i < len(l) {
		return l[i]
	}
	return nil
}

func (p *parser) intrinsic(key string, o *ojson.Object) (interface{}, bool) {
	raw, _ := o.Get(key)
	switch key {
	case "Ref":
		name, _ := raw.(string)
		if r, ok := p.specialRef(name); ok {
			return r, true
		}
		el := p.refTarget(name)
		if el == nil {
			p.fail("Element used in Ref expression with logical ID: '%s' not found", name)
			return nil, true
		}
		return &elementRef{el: el, attr: "Ref"}, true
	case "Fn::GetAtt":
		var id, attr string
		stringForm := false
		if s, ok := raw.(string); ok {
			dot := strings.Index(s, ".")
			if dot < 0 {
				p.fail("Short-form Fn::GetAtt must contain a '.' in its string argument, got: '%s'", s)
				return nil, true
			}
			id, attr, stringForm = s[:dot], s[dot+1:], true
		} else {
			l := list(raw)
			id, _ = at(l, 0).(string)
			attr, _ = at(l, 1).(string)
		}
		target := p.resource(id)
		if target == nil {
			p.fail("Resource used in GetAtt expression with logical ID: '%s' not found", id)
			return nil, true
		}
		return &elementRef{el: target, attr: attr, stringForm: stringForm}, true
	case "Fn::FindInMap":
		l := list(p.value(raw))
		name := at(l, 0)
		if s, ok := name.(string); ok && !*awscdk.Token_IsUnresolved(s) {
			m := p.mapping(s)
			if m == nil {
				p.fail("Mapping used in FindInMap expression with name '%s' was not found in the template", s)
				return nil, true
			}
			name = m.LogicalId()
		}
		args := []interface{}{name, at(l, 1), at(l, 2)}
		if len(l) > 3 {
			args = append(args, l[3])
		}
		return &fnValue{name: key, args: args}, true
	case "Fn::Select":
		l := list(p.value(raw))
		idx, arr := at(l, 0), at(l, 1)
		if n, ok := idx.(float64); ok {
			if a, ok := arr.([]interface{}); ok && !*awscdk.Token_IsUnresolved(a) {
				plain := true
				for _, e := range a {
					if *awscdk.Token_IsUnresolved(e) {
						plain = false
					}
				}
				if plain && int(n) >= 0 && int(n) < len(a) {
					return a[int(n)], true
				}
			}
		}
		return awscdk.Token_AsString(&fnValue{name: key, args: []interface{}{idx, arr}}, nil), true
	case "Fn::Split":
		l := list(p.value(raw))
		if s, ok := at(l, 1).(string); ok && !*awscdk.Token_IsUnresolved(s) {
			d, _ := at(l, 0).(string)
			parts := strings.Split(s, d)
			out := make([]interface{}, len(parts))
			for i := range parts {
				out[i] = parts[i]
			}
			return out, true
		}
		return awscdk.Token_AsList(&fnValue{name: key, args: []interface{}{at(l, 0), at(l, 1)}}, nil), true
	case "Fn::Join", "Fn::Cidr", "Fn::GetAZs", "Fn::ImportValue", "Fn::Base64", "Fn::Equals", "Fn::Not", "Fn::Transform":
		v := p.value(raw)
		if key == "Fn::GetAZs" && (v == nil || v == "") {
			v = ""
		}
		return &fnValue{name: key, args: v}, true
	case "Fn::And", "Fn::Or":
		l := list(p.value(raw))
		if len(l) == 1 {
			return l[0], true
		}
		return &fnValue{name: key, args: l}, true
	case "Fn::If":
		l := list(p.value(raw))
		name, _ := at(l, 0).(string)
		c := p.cond(name)
		if c == nil {
			p.fail("Condition '%s' used in an Fn::If expression does not exist in the template", name)
			return nil, true
		}
		return &fnValue{name: key, args: []interface{}{c.LogicalId(), at(l, 1), at(l, 2)}}, true
	case "Fn::Sub":
		v := p.value(raw)
		var body string
		var vars *ojson.Object
		if s, ok := v.(string); ok {
			body = s
		} else {
			l := list(v)
			body, _ = at(l, 0).(string)
			vars, _ = at(l, 1).(*ojson.Object)
		}
		return p.sub(body, vars), true
	case "Condition":
		name, _ := raw.(string)
		c := p.cond(name)
		if c == nil {
			p.fail("Referenced Condition with name '%s' was not found in the template", name)
			return nil, true
		}
		o := ojson.New()
		o.Set("Condition", c.LogicalId())
		return o, true
	case "Fn::ValueOf":
		if p.context != ctxRules {
			break
		}
		l := list(p.value(raw))
		name, _ := at(l, 0).(string)
		if _, ok := p.params[name]; ok {
			p.fail("Cannot substitute parameter '%s' used in Fn::ValueOf expression with attribute '%v'", name, at(l, 1))
			return nil, true
		}
		el := p.refTarget(name)
		if el == nil {
			p.fail("Rule references parameter '%s' which was not found in the template", name)
			return nil, true
		}
		return &fnValue{name: key, args: []interface{}{el.LogicalId(), at(l, 1)}}, true
	}
	if p.context == ctxRules {
		return nil, false
	}
	p.fail("Unsupported CloudFormation function '%s'", key)
	return nil, true
}

func (p *parser) refTarget(name string) awscdk.CfnElement {
	if p.f.refTarget == nil {
		p.fail("Using Ref expressions in %s definitions is not allowed", p.f.forbidden)
		return nil
	}
	return p.f.refTarget(name)
}

func (p *parser) resource(name string) awscdk.CfnResource {
	if p.f.resource == nil {
		p.fail("Using GetAtt expressions in %s definitions is not allowed", p.f.forbidden)
		return nil
	}
	return p.f.resource(name)
}

func (p *parser) cond(name string) awscdk.CfnCondition {
	if p.f.condition == nil {
		p.fail("Referring to Conditions in %s definitions is not allowed", p.f.forbidden)
		return nil
	}
	return p.f.condition(name)
}

func (p *parser) mapping(name string) awscdk.CfnMapping {
	if p.f.mapping == nil {
		p.fail("Referring to Mappings in %s definitions is not allowed", p.f.forbidden)
		return nil
	}
	return p.f.mapping(name)
}

// specialRef is what Ref of a replaced parameter or a pseudo parameter gives.
func (p *parser) specialRef(name string) (interface{}, bool) {
	if v, ok := p.params[name]; ok {
		return v, true
	}
	switch name {
	case "AWS::AccountId":
		return awscdk.Aws_ACCOUNT_ID(), true
	case "AWS::Region":
		return awscdk.Aws_REGION(), true
	case "AWS::Partition":
		return awscdk.Aws_PARTITION(), true
	case "AWS::URLSuffix":
		return awscdk.Aws_URL_SUFFIX(), true
	case "AWS::NotificationARNs":
		return awscdk.Aws_NOTIFICATION_ARNS(), true
	case "AWS::StackId":
		return awscdk.Aws_STACK_ID(), true
	case "AWS::StackName":
		return awscdk.Aws_STACK_NAME(), true
	case "AWS::NoValue":
		return awscdk.Token_AsAny(awscdk.Aws_NO_VALUE()), true
	}
	return nil, false
}

// sub rewrites a Fn::Sub body so that each ${Element} and ${Resource.Attr}
// follows the element's final logical ID, and replaced parameters are
// inlined (or passed as variables when they are tokens).
func (p *parser) sub(body string, vars *ojson.Object) interface{} {
	m := ojson.New()
	if vars != nil {
		for _, k := range vars.Keys() {
			v, _ := vars.Get(k)
			m.Set(k, v)
		}
	}
	var b strings.Builder
	rest := body
	for {
		l := strings.Index(rest, "${")
		if l < 0 {
			b.WriteString(rest)
			break
		}
		r := strings.Index(rest[l:], "}")
		if r < 0 {
			b.WriteString(rest)
			break
		}
		r += l
		target := strings.TrimSpace(rest[l+2 : r])
		b.WriteString(rest[:l])
		switch _, inMap := m.Get(target); {
		case strings.HasPrefix(target, "!"):
			b.WriteString(rest[l : r+1])
		case inMap:
			b.WriteString("${" + target + "}")
		default:
			if v, ok := p.params[target]; ok {
				if *awscdk.Token_IsUnresolved(v) {
					m.Set(target, v)
					b.WriteString("${" + target + "}")
				} else {
					b.WriteString(fmt.Sprint(v))
				}
			} else if strings.Contains(target, "::") {
				b.WriteString("${" + target + "}")
			} else if dot := strings.Index(target, "."); dot < 0 {
				el := p.refTarget(target)
				if el == nil {
					p.fail("Element referenced in Fn::Sub expression with logical ID: '%s' was not found in the template", target)
					return nil
				}
				b.WriteString(*awscdk.Token_AsString(&elementRef{el: el, attr: "Ref", subForm: true}, nil))
			} else {
				res := p.resource(target[:dot])
				if res == nil {
					p.fail("Resource referenced in Fn::Sub expression with logical ID: '%s' was not found in the template", target[:dot])
					return nil
				}
				b.WriteString(*awscdk.Token_AsString(&elementRef{el: res, attr: target[dot+1:], subForm: true}, nil))
			}
		}
		rest = rest[r+1:]
	}
	var args interface{} = b.String()
	if m.Len() > 0 || vars != nil {
		args = []interface{}{b.String(), m}
	}
	return awscdk.Token_AsString(&fnValue{name: "Fn::Sub", args: args}, nil)
}

// elementRef is a Ref or Fn::GetAtt of an included element, rendered with
// the element's logical ID at synthesis (after renames and overrides).
type elementRef struct {
	el         awscdk.CfnElement
	attr       string
	stringForm bool // Fn::GetAtt "A.B", as written in the template
	subForm    bool // ${A} or ${A.B} inside Fn::Sub
}

func (r *elementRef) CreationStack() *[]*string           { return &[]*string{} }
func (r *elementRef) TypeHint() awscdk.ResolutionTypeHint { return awscdk.ResolutionTypeHint_STRING }
func (r *elementRef) ToString() *string                   { return awscdk.Token_AsString(r, nil) }
func (r *elementRef) Resolve(ctx awscdk.IResolveContext) interface{} {
	id := fmt.Sprint(ctx.Resolve(r.el.LogicalId(), nil))
	o := ojson.New()
	switch {
	case r.subForm && r.attr == "Ref":
		return "${" + id + "}"
	case r.subForm:
		return "${" + id + "." + r.attr + "}"
	case r.attr == "Ref":
		o.Set("Ref", id)
	case r.stringForm:
		o.Set("Fn::GetAtt", id+"."+r.attr)
	default:
		o.Set("Fn::GetAtt", []interface{}{id, r.attr})
	}
	return o
}

// fnValue is an intrinsic function rendered as written: {name: args}.
type fnValue struct {
	name string
	args interface{}
}

func (f *fnValue) CreationStack() *[]*string           { return &[]*string{} }
func (f *fnValue) TypeHint() awscdk.ResolutionTypeHint { return awscdk.ResolutionTypeHint_STRING }
func (f *fnValue) ToString() *string                   { return awscdk.Token_AsString(f, nil) }
func (f *fnValue) Resolve(_ awscdk.IResolveContext) interface{} {
	o := ojson.New()
	o.Set(f.name, f.args)
	return o
}
