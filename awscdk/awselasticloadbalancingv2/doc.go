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
// basics of Network Load Balancers (TCP/TLS/UDP listeners, forwarding,
// placement by SubnetMapping with Elastic IPs, fixed addresses and source
// NAT IPv6 prefixes).
//
// TrustStore and TrustStoreRevocation hold the CA bundle and revocation
// lists that HTTPS listeners check client certificates against
// (MutualAuthentication). The *_FromLookup functions find existing load
// balancers and listeners through the CDK CLI's context providers, with
// aws-cdk-lib's queries, so cdk.context.json files are shared with it.
package awselasticloadbalancingv2
