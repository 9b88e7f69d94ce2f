package awselasticloadbalancingv2

import (
	"reflect"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawselasticloadbalancingv2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// NewBaseListener_Override initialises b, a program's own listener type
// that embeds BaseListener (aws-cdk-lib's `class X extends BaseListener`).
// The base defines the listener's AWS::ElasticLoadBalancingV2::Listener
// ("Resource") from additionalProps, CfnListener's props as a
// *CfnListenerProps or a map keyed by their JSON names. As in aws-cdk-lib,
// a subclass cannot give it a default action, so its DefaultActions are
// missing until the program sets them on the L1 (Node().DefaultChild()),
// and its ListenerAttributes are the ones SetAttribute sets. Synthesis
// calls b's ValidateListener, which b may redefine; the base's says a
// default action is missing.
func NewBaseListener_Override(b BaseListener, scope constructs.Construct, id *string, additionalProps interface{}) {
	l := &abstractListener{}
	l.Resource = awscdk.NewResource(scope, id, nil)
	l2.OverrideAbstract(b, BaseListener(l))
	props := listenerPropsOf(l, additionalProps)
	// aws-cdk-lib renders the (here always empty) default action list with
	// empty arrays omitted, so the required DefaultActions is missing
	// unless the program sets it on the L1.
	props.DefaultActions = nil
	props.ListenerAttributes = nil
	l.cfn = NewCfnListener(l, jsii.String("Resource"), props)
	l.Node().AddValidation(l2.Validation(func() []string { return derefAll(b.ValidateListener()) }))
}

// abstractListener is the base a program's BaseListener type embeds.
type abstractListener struct {
	awscdk.Resource
	cfn   CfnListener
	attrs attributes
}

func (l *abstractListener) ListenerArn() *string { return l.cfn.Ref() }
func (l *abstractListener) ListenerRef() *interfacesawselasticloadbalancingv2.ListenerReference {
	return &interfacesawselasticloadbalancingv2.ListenerReference{ListenerArn: l.ListenerArn()}
}

// SetAttribute sets a listener attribute; a nil value removes it.
func (l *abstractListener) SetAttribute(key *string, value *string) {
	l.attrs.set(deref(key), value)
	var attrs []*CfnListener_ListenerAttributeProperty
	for _, a := range l.attrs.render() {
		attrs = append(attrs, &CfnListener_ListenerAttributeProperty{Key: a.Key, Value: a.Value})
	}
	if len(attrs) > 0 {
		l.cfn.SetListenerAttributes(attrs)
	} else {
		l.cfn.SetListenerAttributes(nil)
	}
}

// RemoveAttribute removes a listener attribute.
func (l *abstractListener) RemoveAttribute(key *string) { l.SetAttribute(key, nil) }

// ValidateListener: a subclass cannot give the base a default action.
func (l *abstractListener) ValidateListener() *[]*string {
	return strs([]string{"Listener needs at least one default action or target group (call addTargetGroups or addAction)"})
}

// listenerPropsOf reads additionalProps as CfnListener's props. A map's
// keys are the props' JSON names; a key CfnListener does not have, or a
// value of the wrong type, is reported on l.
func listenerPropsOf(l constructs.IConstruct, additionalProps interface{}) *CfnListenerProps {
	switch p := additionalProps.(type) {
	case nil:
		return &CfnListenerProps{}
	case *CfnListenerProps:
		if p == nil {
			return &CfnListenerProps{}
		}
		c := *p
		return &c
	case CfnListenerProps:
		return &p
	case *map[string]interface{}:
		if p == nil {
			return &CfnListenerProps{}
		}
		return listenerPropsFromMap(l, *p)
	case map[string]interface{}:
		return listenerPropsFromMap(l, p)
	}
	l2.Throw(l, "BaseListener: additionalProps must be a *CfnListenerProps or a map of CfnListener props, not %T", additionalProps)
	return nil
}

func listenerPropsFromMap(l constructs.IConstruct, m map[string]interface{}) *CfnListenerProps {
	out := &CfnListenerProps{}
	ov := reflect.ValueOf(out).Elem()
	fields := map[string]int{}
	for i := 0; i < ov.NumField(); i++ {
		name, _, _ := strings.Cut(ov.Type().Field(i).Tag.Get("json"), ",")
		fields[name] = i
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		i, ok := fields[k]
		if !ok {
			l2.Throw(l, "BaseListener: additionalProps has %q, which is not a CfnListener prop", k)
		}
		if v := m[k]; v != nil {
			if !assignTo(ov.Field(i), v) {
				l2.Throw(l, "BaseListener: additionalProps %q cannot be a %T", k, v)
			}
		}
	}
	return out
}

// assignTo stores v in f, taking the address of a plain string, number or
// boolean for a pointer field.
func assignTo(f reflect.Value, v interface{}) bool {
	rv := reflect.ValueOf(v)
	if rv.Type().AssignableTo(f.Type()) {
		f.Set(rv)
		return true
	}
	if f.Kind() == reflect.Ptr {
		switch x := v.(type) {
		case string:
			rv = reflect.ValueOf(&x)
		case int:
			n := float64(x)
			rv = reflect.ValueOf(&n)
		case float64:
			rv = reflect.ValueOf(&x)
		case bool:
			rv = reflect.ValueOf(&x)
		}
		if rv.Type().AssignableTo(f.Type()) {
			f.Set(rv)
			return true
		}
	}
	return false
}
