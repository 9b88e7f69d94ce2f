// Package awsglobalacceleratorendpoints holds the endpoints an
// awsglobalaccelerator EndpointGroup can route to, with aws-cdk-go's names:
// ApplicationLoadBalancerEndpoint, NetworkLoadBalancerEndpoint,
// InstanceEndpoint and CfnEipEndpoint. Each renders the group's
// EndpointConfigurations entry as aws-cdk-lib 2.276.0 does and takes its
// region from the resource it wraps.
package awsglobalacceleratorendpoints
