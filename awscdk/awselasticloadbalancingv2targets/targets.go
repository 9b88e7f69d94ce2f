package awselasticloadbalancingv2targets

import (
	"github.com/strata-cdk/strata/awscdk/awsec2"
	elbv2 "github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/internal/diag"
)

// IpTarget is an IP address (with an optional port and availability zone)
// behind a target group of target type IP.
type IpTarget interface {
	elbv2.IApplicationLoadBalancerTarget
	elbv2.INetworkLoadBalancerTarget
	AttachToApplicationTargetGroup(targetGroup elbv2.IApplicationTargetGroup) *elbv2.LoadBalancerTargetProps
	AttachToNetworkTargetGroup(targetGroup elbv2.INetworkTargetGroup) *elbv2.LoadBalancerTargetProps
}

type targetDescription struct {
	ip, az *string
	port   *float64
	kind   elbv2.TargetType
}

func (t *targetDescription) props() *elbv2.LoadBalancerTargetProps {
	return &elbv2.LoadBalancerTargetProps{TargetType: t.kind,
		TargetJson: &elbv2.CfnTargetGroup_TargetDescriptionProperty{Id: t.ip, Port: t.port, AvailabilityZone: t.az}}
}

func (t *targetDescription) AttachToApplicationTargetGroup(targetGroup elbv2.IApplicationTargetGroup) *elbv2.LoadBalancerTargetProps {
	return t.props()
}

func (t *targetDescription) AttachToNetworkTargetGroup(targetGroup elbv2.INetworkTargetGroup) *elbv2.LoadBalancerTargetProps {
	return t.props()
}

// NewIpTarget is the target at ipAddress; port defaults to the group's,
// availabilityZone is "all" for an address outside the VPC.
func NewIpTarget(ipAddress *string, port *float64, availabilityZone *string) IpTarget {
	if ipAddress == nil {
		diag.Panic("", "IpTarget: ipAddress is required")
	}
	return &targetDescription{ip: ipAddress, port: port, az: availabilityZone, kind: elbv2.TargetType_IP}
}

// InstanceIdTarget is an EC2 instance, by id, behind a target group of target type INSTANCE.
type InstanceIdTarget interface {
	elbv2.IApplicationLoadBalancerTarget
	elbv2.INetworkLoadBalancerTarget
	AttachToApplicationTargetGroup(targetGroup elbv2.IApplicationTargetGroup) *elbv2.LoadBalancerTargetProps
	AttachToNetworkTargetGroup(targetGroup elbv2.INetworkTargetGroup) *elbv2.LoadBalancerTargetProps
}

// NewInstanceIdTarget is the instance instanceId; port defaults to the group's.
func NewInstanceIdTarget(instanceId *string, port *float64) InstanceIdTarget {
	if instanceId == nil {
		diag.Panic("", "InstanceIdTarget: instanceId is required")
	}
	return &targetDescription{ip: instanceId, port: port, kind: elbv2.TargetType_INSTANCE}
}

// InstanceTarget is an EC2 instance defined in the app, registered by its
// id. As in aws-cdk-lib, it opens no security group rules: allow the load
// balancer in through the instance's Connections.
type InstanceTarget interface {
	InstanceIdTarget
}

// NewInstanceTarget is instance; port defaults to the group's.
func NewInstanceTarget(instance awsec2.Instance, port *float64) InstanceTarget {
	if instance == nil {
		diag.Panic("", "InstanceTarget: instance is required")
	}
	return &targetDescription{ip: instance.InstanceId(), port: port, kind: elbv2.TargetType_INSTANCE}
}
