package awselasticloadbalancingv2

import (
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

// listenerPropsOf reads additionalProps as CfnListener's props,
// reporting a value that cannot be them on l.
func listenerPropsOf(l constructs.IConstruct, additionalProps interface{}) *CfnListenerProps {
	props := &CfnListenerProps{}
	if err := l2.SpreadProps(props, additionalProps); err != nil {
		l2.Throw(l, "BaseListener: %s", err.Error())
	}
	return props
}
