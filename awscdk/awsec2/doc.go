// Package awsec2 is Amazon EC2 and VPC in Strata, with aws-cdk-go's names:
// the generated L1s (CfnVPC, CfnSubnet, CfnSecurityGroup, ...; files
// *_gen.go) and the hand-written L2s: Vpc (CIDR planning, subnet groups of
// every type, reserved subnets and zones, NAT gateways, the
// restrict-default-security-group custom resource, SelectSubnets),
// imported VPCs and subnets, SecurityGroup with Connections, Peer and Port,
// FlowLog, gateway and interface VPC endpoints, and InstanceType.
//
// The L2s render what aws-cdk-lib 2.276.0 renders: the same logical IDs,
// properties, tags and validation messages, reported with the construct
// path. The handler behind Custom::VpcRestrictDefaultSG is Strata's own
// (internal/handlers/ec2restrictsg), so its asset hash differs.
// Not supported yet: VPN gateways and connections, client VPN endpoints,
// dual-stack (IPv6) VPCs, IPAM allocation.
package awsec2
