package awselasticloadbalancingv2

import (
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawselasticloadbalancingv2"
)

// The Network Load Balancer interfaces targets (IpTarget, InstanceTarget,
// LambdaTarget, …) attach through.

// INetworkTargetGroupRef is a reference to a network target group.
type INetworkTargetGroupRef interface {
	interfacesawselasticloadbalancingv2.ITargetGroupRef
	IsNetworkTargetGroup() *bool
}

// INetworkListenerRef is a reference to a network listener.
type INetworkListenerRef interface {
	IListener
	IsNetworkListener() *bool
}

// INetworkTargetGroupMetrics are the CloudWatch metrics of a network target group.
type INetworkTargetGroupMetrics interface {
	Custom(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	HealthyHostCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	UnHealthyHostCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
}

// INetworkTargetGroup is a target group of a Network Load Balancer.
type INetworkTargetGroup interface {
	INetworkTargetGroupRef
	ITargetGroup
	AddTarget(targets ...INetworkLoadBalancerTarget)
	RegisterListener(listener INetworkListenerRef)
	Metrics() INetworkTargetGroupMetrics
}

// INetworkLoadBalancerTarget is something a network target group can send traffic to.
type INetworkLoadBalancerTarget interface {
	AttachToNetworkTargetGroup(targetGroup INetworkTargetGroup) *LoadBalancerTargetProps
}
