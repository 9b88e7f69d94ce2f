// Package awselasticloadbalancingv2targets holds the targets an Elastic
// Load Balancing v2 target group can send traffic to: IP addresses and EC2
// instances. Each target, when added, tells the group its target type and
// the JSON CloudFormation needs to register it.
package awselasticloadbalancingv2targets
