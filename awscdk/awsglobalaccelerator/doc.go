// Package awsglobalaccelerator is AWS Global Accelerator in Strata, with
// aws-cdk-go's names: the generated L1s (CfnAccelerator, CfnListener,
// CfnEndpointGroup, ...; files cfn_*_gen.go) and the hand-written L2s:
// Accelerator, Listener, EndpointGroup (with RawEndpoint and the endpoints of
// awsglobalacceleratorendpoints), their imports, and
// EndpointGroup.ConnectionsPeer, the accelerator's security group as a peer.
//
// The L2s render what aws-cdk-lib 2.276.0 renders, logical IDs included.
package awsglobalaccelerator
