package awselasticloadbalancingv2targets

import (
	elbv2 "github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/internal/diag"
)

// AlbArnTarget is an Application Load Balancer, by ARN, behind a network
// target group of target type ALB.
type AlbArnTarget interface {
	elbv2.INetworkLoadBalancerTarget
	AttachToNetworkTargetGroup(targetGroup elbv2.INetworkTargetGroup) *elbv2.LoadBalancerTargetProps
}

// AlbTarget is an Application Load Balancer behind a network target group.
type AlbTarget interface {
	AlbArnTarget
}

// AlbListenerTarget is an Application Load Balancer's listener behind a
// network target group, which then depends on the listener.
type AlbListenerTarget interface {
	AlbArnTarget
}

type albTarget struct {
	arn      *string
	port     *float64
	listener elbv2.ApplicationListener
}

func (t *albTarget) AttachToNetworkTargetGroup(targetGroup elbv2.INetworkTargetGroup) *elbv2.LoadBalancerTargetProps {
	if t.listener != nil {
		targetGroup.Node().AddDependency(t.listener)
	}
	return &elbv2.LoadBalancerTargetProps{TargetType: elbv2.TargetType_ALB,
		TargetJson: &elbv2.CfnTargetGroup_TargetDescriptionProperty{Id: t.arn, Port: t.port}}
}

// NewAlbArnTarget is the Application Load Balancer with ARN albArn, reached on port.
func NewAlbArnTarget(albArn *string, port *float64) AlbArnTarget {
	if albArn == nil {
		diag.Panic("", "AlbArnTarget: albArn is required")
	}
	return &albTarget{arn: albArn, port: port}
}

// NewAlbTarget is alb, reached on port.
func NewAlbTarget(alb elbv2.IApplicationLoadBalancerRef, port *float64) AlbTarget {
	if alb == nil {
		diag.Panic("", "AlbTarget: a load balancer is required")
	}
	return &albTarget{arn: alb.LoadBalancerRef().LoadBalancerArn, port: port}
}

// NewAlbListenerTarget is albListener's load balancer, reached on the listener's port.
func NewAlbListenerTarget(albListener elbv2.ApplicationListener) AlbListenerTarget {
	if albListener == nil {
		diag.Panic("", "AlbListenerTarget: a listener is required")
	}
	return &albTarget{arn: albListener.LoadBalancer().LoadBalancerArn(), port: albListener.Port(), listener: albListener}
}
