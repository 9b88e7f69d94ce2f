// Package awsec2 is Amazon EC2 and VPC in Strata, with aws-cdk-go's names:
// the generated L1s (CfnVPC, CfnSubnet, CfnSecurityGroup, ...; files
// *_gen.go) and the hand-written L2s:
//
//   - Vpc: CIDR planning as aws-cdk-lib does it (cidr.go; or from an IPAM
//     pool with Fn::Cidr), subnet groups of
//     every type, reserved subnets and zones, NAT gateways or NAT instances,
//     the aws-cdk:subnet-* tags, gateway and interface endpoints, flow logs,
//     the restrict-default-security-group custom resource (Strata's own
//     handler, internal/handlers/ec2restrictsg), SelectSubnets and
//     SubnetFilter; Vpc_FromVpcAttributes and Vpc_FromLookup (aws-cdk-lib's
//     context key and query, a "missing" manifest entry until the CLI
//     fills it); Subnet, PublicSubnet, PrivateSubnet and their imports.
//   - SecurityGroup with Connections, Peer and Port: inline rules between
//     concrete peers, AWS::EC2::SecurityGroupIngress/Egress otherwise, rules
//     across stacks placed as aws-cdk-lib places them; imports.
//   - NetworkAcl, NetworkAclEntry, SubnetNetworkAclAssociation.
//   - Instance, LaunchTemplate (and the IMDSv2 aspects), MachineImage
//     (Amazon Linux 2/2022/2023 and Windows through their public SSM
//     parameters, generic, looked-up and at-launch SSM images), UserData,
//     BlockDeviceVolume, KeyPair, PlacementGroup, InstanceType; instance
//     profiles given as IInstanceProfile.
//   - CloudFormationInit (cfn_init*.go): every init element, config sets,
//     service restart handles and S3/asset sources and files, rendered as
//     AWS::CloudFormation::Init metadata with the cfn-init/cfn-signal user
//     data, the fingerprint and logical-ID digest, the creation policy and
//     the grants aws-cdk-lib adds; Attach works on any CfnResource (Auto
//     Scaling groups use it).
//   - Volume (EBS) with its grants; VpcEndpointService (PrivateLink).
//   - NAT: NatGatewayProvider, NatInstanceProviderV2 and the deprecated
//     NatInstanceProvider with NatInstanceImage.
//   - VPN gateways and connections, client VPN endpoints.
//   - PrefixList (a security group peer), FlowLog to CloudWatch Logs, S3
//     or Firehose; VPC endpoints for every
//     AWS service aws-cdk-lib 2.276.0 lists.
//   - The instance requirements enums and InstanceRequirementsConfig (which
//     Auto Scaling groups render).
//
// The L2s render what aws-cdk-lib 2.276.0 renders (checked against
// JavaScript twins in testdata/): the same logical IDs, properties, tags
// and validation messages, reported with the construct path.
//
// Dual-stack VPCs (IpProtocol_DUAL_STACK) get an Amazon-provided IPv6
// block, a /64 per subnet and an egress-only gateway for private subnets.
// The abstract VpcEndpoint and VpnConnectionBase bases leave their ids to
// the user's type, as aws-cdk-lib's abstract classes do.
package awsec2
