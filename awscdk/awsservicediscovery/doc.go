// Package awsservicediscovery is AWS Cloud Map in Strata, with aws-cdk-go's
// names: the generated L1s (CfnService, CfnInstance, the Cfn*Namespace
// types; files *_gen.go) and the hand-written L2s: the namespaces
// (HttpNamespace, PrivateDnsNamespace, PublicDnsNamespace and their
// From*Attributes imports), Service (DNS records, routing policy, health
// checks) and the instances registered with a service (IpInstance,
// CnameInstance, NonIpInstance, AliasTargetInstance).
//
// The L2s render what aws-cdk-lib 2.276.0 renders: the same logical IDs,
// properties, defaults and validation messages.
package awsservicediscovery
