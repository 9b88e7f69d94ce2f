package awsroute53targets

import (
	"github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// LoadBalancerTarget aliases a record to an Application or Network Load Balancer.
type LoadBalancerTarget interface {
	awsroute53.IAliasRecordTarget
	Bind(record awsroute53.IRecordSet, zone awsroute53.IHostedZone) *awsroute53.AliasRecordTargetConfig
}

type loadBalancerTarget struct {
	lb    awselasticloadbalancingv2.ILoadBalancerV2
	props IAliasRecordTargetProps
}

// NewLoadBalancerTarget is an alias target for loadBalancer; props may
// ask Route 53 to evaluate the target's health.
func NewLoadBalancerTarget(loadBalancer awselasticloadbalancingv2.ILoadBalancerV2, props IAliasRecordTargetProps) LoadBalancerTarget {
	if loadBalancer == nil {
		diag.Panic("", "LoadBalancerTarget: a load balancer is required")
	}
	return &loadBalancerTarget{lb: loadBalancer, props: props}
}

// NewLoadBalancerTarget_Override exists for aws-cdk-go compatibility; Go
// has no subclassing, so it only fills in a value NewLoadBalancerTarget made.
func NewLoadBalancerTarget_Override(l LoadBalancerTarget, loadBalancer awselasticloadbalancingv2.ILoadBalancerV2, props IAliasRecordTargetProps) {
	if t, ok := l.(*loadBalancerTarget); ok {
		t.lb, t.props = loadBalancer, props
	}
}

// Bind answers with the load balancer's dual-stack name in its canonical zone.
func (t *loadBalancerTarget) Bind(record awsroute53.IRecordSet, zone awsroute53.IHostedZone) *awsroute53.AliasRecordTargetConfig {
	cfg := &awsroute53.AliasRecordTargetConfig{HostedZoneId: t.lb.LoadBalancerCanonicalHostedZoneId(),
		DnsName: jsii.String("dualstack." + *t.lb.LoadBalancerDnsName())}
	if t.props != nil {
		cfg.EvaluateTargetHealth = t.props.EvaluateTargetHealth()
	}
	return cfg
}
