package awsecs

import (
	elbv2 "github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawselasticloadbalancingv2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// ListenerRuleConfiguration is the listener (rule) traffic shifts on in a blue/green deployment.
type ListenerRuleConfiguration interface {
	listenerArn() *string
}

type listenerRuleConfig struct{ arn func() *string }

func (l listenerRuleConfig) listenerArn() *string { return l.arn() }

// ListenerRuleConfiguration_ApplicationListenerRule is an application listener rule.
func ListenerRuleConfiguration_ApplicationListenerRule(rule elbv2.ApplicationListenerRule) ListenerRuleConfiguration {
	return listenerRuleConfig{rule.ListenerRuleArn}
}

// ListenerRuleConfiguration_NetworkListener is a network listener.
func ListenerRuleConfiguration_NetworkListener(listener elbv2.NetworkListener) ListenerRuleConfiguration {
	return listenerRuleConfig{listener.ListenerArn}
}

// AlternateTargetConfig is a bound alternate target.
type AlternateTargetConfig struct {
	AlternateTargetGroupArn *string `field:"required" json:"alternateTargetGroupArn" yaml:"alternateTargetGroupArn"`
	RoleArn                 *string `field:"required" json:"roleArn" yaml:"roleArn"`
	ProductionListenerRule  *string `field:"optional" json:"productionListenerRule" yaml:"productionListenerRule"`
	TestListenerRule        *string `field:"optional" json:"testListenerRule" yaml:"testListenerRule"`
}

// IAlternateTarget is the second target group of a blue/green deployment.
type IAlternateTarget interface {
	Bind(scope constructs.IConstruct) *AlternateTargetConfig
}

// AlternateTargetOptions are the optional parts of an alternate target.
type AlternateTargetOptions struct {
	Role         awsiam.IRole              `field:"optional" json:"role" yaml:"role"`
	TestListener ListenerRuleConfiguration `field:"optional" json:"testListener" yaml:"testListener"`
}

// AlternateTargetProps are the props of NewAlternateTarget.
type AlternateTargetProps struct {
	Role                 awsiam.IRole                                        `field:"optional" json:"role" yaml:"role"`
	TestListener         ListenerRuleConfiguration                           `field:"optional" json:"testListener" yaml:"testListener"`
	AlternateTargetGroup interfacesawselasticloadbalancingv2.ITargetGroupRef `field:"required" json:"alternateTargetGroup" yaml:"alternateTargetGroup"`
	ProductionListener   ListenerRuleConfiguration                           `field:"required" json:"productionListener" yaml:"productionListener"`
}

// AlternateTarget is the alternate target group ECS shifts traffic to in a blue/green deployment.
type AlternateTarget interface {
	IAlternateTarget
}

type alternateTarget struct {
	id    string
	props AlternateTargetProps
}

// NewAlternateTarget is an alternate target (with a new role named after id unless one is given).
func NewAlternateTarget(id *string, props *AlternateTargetProps) AlternateTarget {
	a := &alternateTarget{id: sv(id)}
	if props != nil {
		a.props = *props
	}
	return a
}

// NewAlternateTarget_Override initialises outer, a type embedding AlternateTarget.
func NewAlternateTarget_Override(outer AlternateTarget, id *string, props *AlternateTargetProps) {
	l2.Override(outer, NewAlternateTarget(id, props))
}

func (a *alternateTarget) Bind(scope constructs.IConstruct) *AlternateTargetConfig {
	if a.props.AlternateTargetGroup == nil || a.props.ProductionListener == nil {
		l2.Throw(scope, "an alternate target needs AlternateTargetGroup and ProductionListener")
	}
	role := a.props.Role
	if role == nil {
		c, ok := scope.(constructs.Construct)
		if !ok {
			l2.Throw(scope, "an alternate target needs a construct scope")
		}
		role = awsiam.NewRole(c, jsii.String(a.id+"Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(str("ecs.amazonaws.com"), nil),
			ManagedPolicies: &[]awsiam.IManagedPolicy{awsiam.ManagedPolicy_FromAwsManagedPolicyName(str("AmazonECSInfrastructureRolePolicyForLoadBalancers"))}})
	}
	out := &AlternateTargetConfig{AlternateTargetGroupArn: a.props.AlternateTargetGroup.TargetGroupRef().TargetGroupArn, RoleArn: role.RoleArn(),
		ProductionListenerRule: a.props.ProductionListener.listenerArn()}
	if a.props.TestListener != nil {
		out.TestListenerRule = a.props.TestListener.listenerArn()
	}
	return out
}
