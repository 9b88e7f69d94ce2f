package awselasticloadbalancing

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// The statics and New*_Override constructors aws-cdk-go offers for this
// package's classes; an _Override stores the value in the user's struct.

// NewLoadBalancer_Override initialises outer, a type embedding LoadBalancer.
func NewLoadBalancer_Override(outer LoadBalancer, scope constructs.Construct, id *string, props *LoadBalancerProps) {
	l2.Override(outer, NewLoadBalancer(scope, id, props))
}

// NewInstanceTarget_Override initialises outer, a type embedding InstanceTarget.
func NewInstanceTarget_Override(outer InstanceTarget, instance awsec2.Instance) {
	l2.Override(outer, NewInstanceTarget(instance))
}

// NewListenerPort_Override initialises outer, a type embedding ListenerPort.
func NewListenerPort_Override(outer ListenerPort, securityGroup awsec2.ISecurityGroup, defaultPort awsec2.Port) {
	l2.Override(outer, NewListenerPort(securityGroup, defaultPort))
}

// LoadBalancer_IsConstruct reports whether x is a construct.
func LoadBalancer_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// LoadBalancer_IsOwnedResource reports whether construct is a Resource this app created.
func LoadBalancer_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// LoadBalancer_IsResource reports whether construct is a Resource.
func LoadBalancer_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}
