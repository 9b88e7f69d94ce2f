package awsglobalacceleratorendpoints

import (
	"strconv"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/awsglobalaccelerator"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
)

// ApplicationLoadBalancerEndpointOptions are the options of an ALB endpoint.
type ApplicationLoadBalancerEndpointOptions struct {
	// Keep the client's IP address. Default: true (the service's default for ALBs).
	PreserveClientIp *bool `field:"optional" json:"preserveClientIp" yaml:"preserveClientIp"`
	// 0 to 255. Default: 128.
	Weight *float64 `field:"optional" json:"weight" yaml:"weight"`
}

// NetworkLoadBalancerEndpointProps are the props of an NLB endpoint.
type NetworkLoadBalancerEndpointProps struct {
	PreserveClientIp *bool    `field:"optional" json:"preserveClientIp" yaml:"preserveClientIp"`
	Weight           *float64 `field:"optional" json:"weight" yaml:"weight"`
}

// InstanceEndpointProps are the props of an EC2 instance endpoint.
type InstanceEndpointProps struct {
	PreserveClientIp *bool    `field:"optional" json:"preserveClientIp" yaml:"preserveClientIp"`
	Weight           *float64 `field:"optional" json:"weight" yaml:"weight"`
}

// CfnEipEndpointProps are the props of an Elastic IP endpoint.
type CfnEipEndpointProps struct {
	Weight *float64 `field:"optional" json:"weight" yaml:"weight"`
}

// ApplicationLoadBalancerEndpoint routes to an Application Load Balancer.
type ApplicationLoadBalancerEndpoint interface {
	awsglobalaccelerator.IEndpoint
}

// NetworkLoadBalancerEndpoint routes to a Network Load Balancer.
type NetworkLoadBalancerEndpoint interface {
	awsglobalaccelerator.IEndpoint
}

// InstanceEndpoint routes to an EC2 instance.
type InstanceEndpoint interface {
	awsglobalaccelerator.IEndpoint
}

// CfnEipEndpoint routes to an Elastic IP address.
type CfnEipEndpoint interface {
	awsglobalaccelerator.IEndpoint
	// The endpoint's region, if known.
	Region() *string
	// RenderEndpointConfiguration is the endpoint's entry in the group's
	// EndpointConfigurations.
	RenderEndpointConfiguration() interface{}
}

// endpoint is what all four share: an id, a region, a weight and whether
// the client's IP is kept (nil: not written).
type endpoint struct {
	id       func() *string
	region   *string
	weight   *float64
	clientIp *bool
}

func (e *endpoint) Region() *string { return e.region }

// RenderEndpointConfiguration returns the configuration as aws-cdk-go
// hands it over: a map with aws-cdk-lib's names, unset fields left out.
func (e *endpoint) RenderEndpointConfiguration() interface{} {
	m := map[string]interface{}{}
	if id := e.id(); id != nil {
		m["endpointId"] = *id
	}
	if e.weight != nil {
		m["weight"] = *e.weight
	}
	if e.clientIp != nil {
		m["clientIpPreservationEnabled"] = *e.clientIp
	}
	return m
}

func validateWeight(scope constructs.IConstruct, w *float64) {
	if w != nil && !*awscdk.Token_IsUnresolved(*w) && (*w < 0 || *w > 255) {
		l2.Throw(scope, "'weight' must be between 0 and 255, got: %s", strconv.FormatFloat(*w, 'f', -1, 64))
	}
}

// NewApplicationLoadBalancerEndpoint makes an endpoint of loadBalancer.
func NewApplicationLoadBalancerEndpoint(loadBalancer awselasticloadbalancingv2.IApplicationLoadBalancer, options *ApplicationLoadBalancerEndpointOptions) ApplicationLoadBalancerEndpoint {
	if loadBalancer == nil {
		diag.Panic("", "ApplicationLoadBalancerEndpoint: loadBalancer is required")
	}
	if options == nil {
		options = &ApplicationLoadBalancerEndpointOptions{}
	}
	validateWeight(loadBalancer, options.Weight)
	return &endpoint{id: loadBalancer.LoadBalancerArn, region: loadBalancer.Env().Region, weight: options.Weight, clientIp: options.PreserveClientIp}
}

// NewNetworkLoadBalancerEndpoint makes an endpoint of loadBalancer.
func NewNetworkLoadBalancerEndpoint(loadBalancer awselasticloadbalancingv2.INetworkLoadBalancer, options *NetworkLoadBalancerEndpointProps) NetworkLoadBalancerEndpoint {
	if loadBalancer == nil {
		diag.Panic("", "NetworkLoadBalancerEndpoint: loadBalancer is required")
	}
	if options == nil {
		options = &NetworkLoadBalancerEndpointProps{}
	}
	validateWeight(loadBalancer, options.Weight)
	return &endpoint{id: loadBalancer.LoadBalancerArn, region: loadBalancer.Env().Region, weight: options.Weight, clientIp: options.PreserveClientIp}
}

// NewInstanceEndpoint makes an endpoint of instance.
func NewInstanceEndpoint(instance awsec2.IInstance, options *InstanceEndpointProps) InstanceEndpoint {
	if instance == nil {
		diag.Panic("", "InstanceEndpoint: instance is required")
	}
	if options == nil {
		options = &InstanceEndpointProps{}
	}
	validateWeight(instance, options.Weight)
	return &endpoint{id: instance.InstanceId, region: instance.Env().Region, weight: options.Weight, clientIp: options.PreserveClientIp}
}

// NewCfnEipEndpoint makes an endpoint of an Elastic IP (its allocation id),
// in the EIP's stack's region.
func NewCfnEipEndpoint(eip awsec2.CfnEIP, options *CfnEipEndpointProps) CfnEipEndpoint {
	if eip == nil {
		diag.Panic("", "CfnEipEndpoint: eip is required")
	}
	if options == nil {
		options = &CfnEipEndpointProps{}
	}
	validateWeight(eip, options.Weight)
	return &endpoint{id: eip.AttrAllocationId, region: awscdk.Stack_Of(eip).Region(), weight: options.Weight}
}

// NewApplicationLoadBalancerEndpoint_Override initialises outer, a type embedding ApplicationLoadBalancerEndpoint.
func NewApplicationLoadBalancerEndpoint_Override(a ApplicationLoadBalancerEndpoint, loadBalancer awselasticloadbalancingv2.IApplicationLoadBalancer, options *ApplicationLoadBalancerEndpointOptions) {
	l2.Override(a, NewApplicationLoadBalancerEndpoint(loadBalancer, options))
}

// NewNetworkLoadBalancerEndpoint_Override initialises outer, a type embedding NetworkLoadBalancerEndpoint.
func NewNetworkLoadBalancerEndpoint_Override(n NetworkLoadBalancerEndpoint, loadBalancer awselasticloadbalancingv2.INetworkLoadBalancer, options *NetworkLoadBalancerEndpointProps) {
	l2.Override(n, NewNetworkLoadBalancerEndpoint(loadBalancer, options))
}

// NewInstanceEndpoint_Override initialises outer, a type embedding InstanceEndpoint.
func NewInstanceEndpoint_Override(i InstanceEndpoint, instance awsec2.IInstance, options *InstanceEndpointProps) {
	l2.Override(i, NewInstanceEndpoint(instance, options))
}

// NewCfnEipEndpoint_Override initialises outer, a type embedding CfnEipEndpoint.
func NewCfnEipEndpoint_Override(c CfnEipEndpoint, eip awsec2.CfnEIP, options *CfnEipEndpointProps) {
	l2.Override(c, NewCfnEipEndpoint(eip, options))
}
