package awselasticloadbalancingv2targets

import (
	"github.com/strata-cdk/strata/awscdk/awsec2"
	elbv2 "github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/internal/l2"
)

// NewIpTarget_Override makes i, a pointer to a struct embedding IpTarget,
// a new IpTarget (jsii's way of extending a class).
func NewIpTarget_Override(i IpTarget, ipAddress *string, port *float64, availabilityZone *string) {
	l2.Override[IpTarget](i, NewIpTarget(ipAddress, port, availabilityZone))
}

// NewInstanceIdTarget_Override makes i, a pointer to a struct embedding InstanceIdTarget,
// a new InstanceIdTarget (jsii's way of extending a class).
func NewInstanceIdTarget_Override(i InstanceIdTarget, instanceId *string, port *float64) {
	l2.Override[InstanceIdTarget](i, NewInstanceIdTarget(instanceId, port))
}

// NewInstanceTarget_Override makes i, a pointer to a struct embedding InstanceTarget,
// a new InstanceTarget (jsii's way of extending a class).
func NewInstanceTarget_Override(i InstanceTarget, instance awsec2.Instance, port *float64) {
	l2.Override[InstanceTarget](i, NewInstanceTarget(instance, port))
}

// NewLambdaTarget_Override makes l, a pointer to a struct embedding LambdaTarget,
// a new LambdaTarget (jsii's way of extending a class).
func NewLambdaTarget_Override(l LambdaTarget, fn awslambda.IFunction) {
	l2.Override[LambdaTarget](l, NewLambdaTarget(fn))
}

// NewAlbArnTarget_Override makes a, a pointer to a struct embedding AlbArnTarget,
// a new AlbArnTarget (jsii's way of extending a class).
func NewAlbArnTarget_Override(a AlbArnTarget, albArn *string, port *float64) {
	l2.Override[AlbArnTarget](a, NewAlbArnTarget(albArn, port))
}

// NewAlbTarget_Override makes a, a pointer to a struct embedding AlbTarget,
// a new AlbTarget (jsii's way of extending a class).
func NewAlbTarget_Override(a AlbTarget, alb elbv2.IApplicationLoadBalancerRef, port *float64) {
	l2.Override[AlbTarget](a, NewAlbTarget(alb, port))
}

// NewAlbListenerTarget_Override makes a, a pointer to a struct embedding AlbListenerTarget,
// a new AlbListenerTarget (jsii's way of extending a class).
func NewAlbListenerTarget_Override(a AlbListenerTarget, albListener elbv2.ApplicationListener) {
	l2.Override[AlbListenerTarget](a, NewAlbListenerTarget(albListener))
}
