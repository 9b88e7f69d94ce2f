// Package awselasticloadbalancing is the Classic Load Balancer in Strata,
// with aws-cdk-go's names: the generated L1 (CfnLoadBalancer, file
// cfn_load_balancer_gen.go) and the hand-written L2: LoadBalancer with its
// listeners, health check, cross-zone and access logging settings, subnet
// selection, security group (Connections, ListenerPort) and targets
// (InstanceTarget, or anything implementing ILoadBalancerTarget such as an
// Auto Scaling group).
//
// The L2 renders what aws-cdk-lib 2.276.0 renders: the same logical IDs,
// properties, defaults and validation messages.
package awselasticloadbalancing
