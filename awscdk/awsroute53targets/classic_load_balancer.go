package awsroute53targets

import (
	"github.com/strata-cdk/strata/awscdk/awselasticloadbalancing"
	"github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// ClassicLoadBalancerTarget aliases a record to a classic load balancer.
type ClassicLoadBalancerTarget interface {
	awsroute53.IAliasRecordTarget
	Bind(record awsroute53.IRecordSet, zone awsroute53.IHostedZone) *awsroute53.AliasRecordTargetConfig
}

type classicLoadBalancerTarget struct {
	lb    awselasticloadbalancing.LoadBalancer
	props IAliasRecordTargetProps
}

// NewClassicLoadBalancerTarget is an alias target for loadBalancer; props
// may ask Route 53 to evaluate the target's health.
func NewClassicLoadBalancerTarget(loadBalancer awselasticloadbalancing.LoadBalancer, props IAliasRecordTargetProps) ClassicLoadBalancerTarget {
	if loadBalancer == nil {
		diag.Panic("", "ClassicLoadBalancerTarget: a load balancer is required")
	}
	return &classicLoadBalancerTarget{lb: loadBalancer, props: props}
}

// NewClassicLoadBalancerTarget_Override initialises outer, a type embedding
// ClassicLoadBalancerTarget.
func NewClassicLoadBalancerTarget_Override(outer ClassicLoadBalancerTarget, loadBalancer awselasticloadbalancing.LoadBalancer, props IAliasRecordTargetProps) {
	l2.Override(outer, NewClassicLoadBalancerTarget(loadBalancer, props))
}

// Bind answers with the load balancer's dual-stack name in its canonical zone.
func (t *classicLoadBalancerTarget) Bind(record awsroute53.IRecordSet, zone awsroute53.IHostedZone) *awsroute53.AliasRecordTargetConfig {
	cfg := &awsroute53.AliasRecordTargetConfig{HostedZoneId: t.lb.LoadBalancerCanonicalHostedZoneNameId(),
		DnsName: jsii.String("dualstack." + *t.lb.LoadBalancerDnsName())}
	if t.props != nil {
		cfg.EvaluateTargetHealth = t.props.EvaluateTargetHealth()
	}
	return cfg
}
