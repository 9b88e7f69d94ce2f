// Package awselasticloadbalancingv2 defines Elastic Load Balancing v2
// resources: the generated L1 classes (Cfn*, one file each) and the
// hand-written L2 constructs for Application and Network Load Balancers.
//
// An ApplicationLoadBalancer creates its security group (reachable through
// Connections), listeners (AddListener, AddRedirect) route requests with
// ListenerAction and ListenerCondition to ApplicationTargetGroups, whose
// targets come from package awselasticloadbalancingv2targets. Most state
// can change after construction (AddTargets, AddAction, ConfigureHealthCheck,
// SetAttribute), so each construct writes it into its L1 again on every change.
// NetworkLoadBalancer, NetworkListener and NetworkTargetGroup cover the
// basics of Network Load Balancers (TCP/TLS/UDP listeners, forwarding).
package awselasticloadbalancingv2
