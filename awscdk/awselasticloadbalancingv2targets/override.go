package awselasticloadbalancingv2targets

import (
	"github.com/strata-cdk/strata/awscdk/awsec2"
	elbv2 "github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/awslambda"
)

// The _Override functions exist for aws-cdk-go compatibility. Go has no
// subclassing; each one re-initialises a target made by its New function
// with the given arguments and leaves any other value alone.

// NewIpTarget_Override re-initialises i.
func NewIpTarget_Override(i IpTarget, ipAddress *string, port *float64, availabilityZone *string) {
	if t, ok := i.(*targetDescription); ok {
		*t = *NewIpTarget(ipAddress, port, availabilityZone).(*targetDescription)
	}
}

// NewInstanceIdTarget_Override re-initialises i.
func NewInstanceIdTarget_Override(i InstanceIdTarget, instanceId *string, port *float64) {
	if t, ok := i.(*targetDescription); ok {
		*t = *NewInstanceIdTarget(instanceId, port).(*targetDescription)
	}
}

// NewInstanceTarget_Override re-initialises i.
func NewInstanceTarget_Override(i InstanceTarget, instance awsec2.Instance, port *float64) {
	if t, ok := i.(*targetDescription); ok {
		*t = *NewInstanceTarget(instance, port).(*targetDescription)
	}
}

// NewLambdaTarget_Override re-initialises l.
func NewLambdaTarget_Override(l LambdaTarget, fn awslambda.IFunction) {
	if t, ok := l.(*lambdaTarget); ok {
		*t = *NewLambdaTarget(fn).(*lambdaTarget)
	}
}

// NewAlbArnTarget_Override re-initialises a.
func NewAlbArnTarget_Override(a AlbArnTarget, albArn *string, port *float64) {
	if t, ok := a.(*albTarget); ok {
		*t = *NewAlbArnTarget(albArn, port).(*albTarget)
	}
}

// NewAlbTarget_Override re-initialises a.
func NewAlbTarget_Override(a AlbTarget, alb elbv2.IApplicationLoadBalancerRef, port *float64) {
	if t, ok := a.(*albTarget); ok {
		*t = *NewAlbTarget(alb, port).(*albTarget)
	}
}

// NewAlbListenerTarget_Override re-initialises a.
func NewAlbListenerTarget_Override(a AlbListenerTarget, albListener elbv2.ApplicationListener) {
	if t, ok := a.(*albTarget); ok {
		*t = *NewAlbListenerTarget(albListener).(*albTarget)
	}
}
