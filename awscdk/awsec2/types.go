package awsec2

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsec2"
	"github.com/strata-cdk/strata/constructs"
)

// SubnetType is the kind of a subnet: how it reaches (and is reached from)
// the internet.
type SubnetType string

const (
	// Subnets without a route to the internet.
	SubnetType_PRIVATE_ISOLATED SubnetType = "PRIVATE_ISOLATED"
	// Deprecated: use SubnetType_PRIVATE_WITH_EGRESS.
	SubnetType_PRIVATE_WITH_NAT SubnetType = "PRIVATE_WITH_NAT"
	// Subnets that reach the internet through a NAT (or other egress).
	SubnetType_PRIVATE_WITH_EGRESS SubnetType = "PRIVATE_WITH_EGRESS"
	// Subnets routed to an internet gateway.
	SubnetType_PUBLIC SubnetType = "PUBLIC"
)

// subnetTypeValue is aws-cdk-lib's value of each subnet type, which its
// error messages show.
var subnetTypeValue = map[SubnetType]string{
	SubnetType_PRIVATE_ISOLATED: "Isolated", SubnetType_PRIVATE_WITH_EGRESS: "Private",
	SubnetType_PRIVATE_WITH_NAT: "Deprecated_Private_NAT", SubnetType_PUBLIC: "Public",
}

func (t SubnetType) isPublic() bool { return t == SubnetType_PUBLIC }
func (t SubnetType) isPrivate() bool {
	return t == SubnetType_PRIVATE_WITH_EGRESS || t == SubnetType_PRIVATE_WITH_NAT
}
func (t SubnetType) isIsolated() bool {
	return t == SubnetType_PRIVATE_ISOLATED
}

// defaultSubnetName is the group name aws-cdk-lib gives each kind of subnet.
func defaultSubnetName(t SubnetType) string {
	switch {
	case t.isPublic():
		return "Public"
	case t.isPrivate():
		return "Private"
	case t.isIsolated():
		return "Isolated"
	}
	return ""
}

// IpProtocol says which IP versions a VPC uses.
type IpProtocol string

const (
	IpProtocol_IPV4_ONLY  IpProtocol = "IPV4_ONLY"
	IpProtocol_DUAL_STACK IpProtocol = "DUAL_STACK"
)

// DefaultInstanceTenancy is the default tenancy of instances in a VPC.
type DefaultInstanceTenancy string

const (
	DefaultInstanceTenancy_DEFAULT   DefaultInstanceTenancy = "DEFAULT"
	DefaultInstanceTenancy_DEDICATED DefaultInstanceTenancy = "DEDICATED"
	DefaultInstanceTenancy_HOST      DefaultInstanceTenancy = "HOST"
)

var tenancyValue = map[DefaultInstanceTenancy]string{
	DefaultInstanceTenancy_DEFAULT: "default", DefaultInstanceTenancy_DEDICATED: "dedicated", DefaultInstanceTenancy_HOST: "host",
}

// RouterType is the kind of target a route sends traffic to.
type RouterType string

const (
	RouterType_CARRIER_GATEWAY              RouterType = "CARRIER_GATEWAY"
	RouterType_EGRESS_ONLY_INTERNET_GATEWAY RouterType = "EGRESS_ONLY_INTERNET_GATEWAY"
	RouterType_GATEWAY                      RouterType = "GATEWAY"
	RouterType_INSTANCE                     RouterType = "INSTANCE"
	RouterType_LOCAL_GATEWAY                RouterType = "LOCAL_GATEWAY"
	RouterType_NAT_GATEWAY                  RouterType = "NAT_GATEWAY"
	RouterType_NETWORK_INTERFACE            RouterType = "NETWORK_INTERFACE"
	RouterType_TRANSIT_GATEWAY              RouterType = "TRANSIT_GATEWAY"
	RouterType_VPC_PEERING_CONNECTION       RouterType = "VPC_PEERING_CONNECTION"
	RouterType_VPC_ENDPOINT                 RouterType = "VPC_ENDPOINT"
	RouterType_CORE_NETWORK                 RouterType = "CORE_NETWORK"
)

// IRouteTable is a route table.
type IRouteTable interface {
	// The route table's id.
	RouteTableId() *string
}

// ISubnet is a subnet, defined here or imported.
type ISubnet interface {
	awscdk.IResource
	interfacesawsec2.ISubnetRef
	// Associates a network ACL with the subnet.
	AssociateNetworkAcl(id *string, acl INetworkAcl)
	// The subnet's availability zone.
	AvailabilityZone() *string
	// Depend on this to wait until the subnet can reach the internet.
	InternetConnectivityEstablished() constructs.IDependable
	// The subnet's IPv4 CIDR block.
	Ipv4CidrBlock() *string
	// The subnet's route table.
	RouteTable() IRouteTable
	// The subnet's id.
	SubnetId() *string
}

// IPublicSubnet is a public subnet.
type IPublicSubnet interface {
	ISubnet
}

// IPrivateSubnet is a private (or isolated) subnet.
type IPrivateSubnet interface {
	ISubnet
}

// IVpc is a VPC, defined here, imported or looked up.
type IVpc interface {
	awscdk.IResource
	interfacesawsec2.IVPCRef
	AddClientVpnEndpoint(id *string, options *ClientVpnEndpointOptions) ClientVpnEndpoint
	// Adds a flow log for the VPC.
	AddFlowLog(id *string, options *FlowLogOptions) FlowLog
	// Adds a gateway endpoint (S3, DynamoDB) to the VPC.
	AddGatewayEndpoint(id *string, options *GatewayVpcEndpointOptions) GatewayVpcEndpoint
	// Adds an interface endpoint to the VPC.
	AddInterfaceEndpoint(id *string, options *InterfaceVpcEndpointOptions) InterfaceVpcEndpoint
	AddVpnConnection(id *string, options *VpnConnectionOptions) VpnConnection
	EnableVpnGateway(options *EnableVpnGatewayOptions)
	// Returns the subnets a selection picks.
	SelectSubnets(selection *SubnetSelection) *SelectedSubnets
	// The VPC's availability zones.
	AvailabilityZones() *[]*string
	// Depend on this to wait until the VPC can reach the internet.
	InternetConnectivityEstablished() constructs.IDependable
	IsolatedSubnets() *[]ISubnet
	PrivateSubnets() *[]ISubnet
	PublicSubnets() *[]ISubnet
	VpcArn() *string
	VpcCidrBlock() *string
	VpcId() *string
	VpnGatewayId() *string
}

// IConnectable is anything that has security group connections.
type IConnectable interface {
	// The object's network connections.
	Connections() Connections
}

// IPeer is something a security group rule can name as its other side.
type IPeer interface {
	IConnectable
	// The rule fields for egress to this peer.
	ToEgressRuleConfig() *EgressRuleConfig
	// The rule fields for ingress from this peer.
	ToIngressRuleConfig() *IngressRuleConfig
	// Whether a rule with this peer can be written inline in a security group.
	CanInlineRule() *bool
	// A unique identifier for the peer, used in rule ids and descriptions.
	UniqueId() *string
}

// ISecurityGroup is a security group, defined here or imported.
type ISecurityGroup interface {
	IPeer
	awscdk.IResource
	interfacesawsec2.ISecurityGroupRef
	// Adds an egress rule.
	AddEgressRule(peer IPeer, connection Port, description *string, remoteRule *bool)
	// Adds an ingress rule.
	AddIngressRule(peer IPeer, connection Port, description *string, remoteRule *bool)
	// Whether the group allows all outbound IPv4 traffic.
	AllowAllOutbound() *bool
	// The group's id.
	SecurityGroupId() *string
}

// IVpcEndpoint is a VPC endpoint.
type IVpcEndpoint interface {
	awscdk.IResource
	interfacesawsec2.IVPCEndpointRef
	// The endpoint's id.
	VpcEndpointId() *string
}

// IGatewayVpcEndpoint is a gateway VPC endpoint.
type IGatewayVpcEndpoint interface {
	IVpcEndpoint
}

// IInterfaceVpcEndpoint is an interface VPC endpoint.
type IInterfaceVpcEndpoint interface {
	IConnectable
	IVpcEndpoint
}

// IInstance is an EC2 instance.
type IInstance interface {
	IConnectable
	awsiam.IGrantable
	interfacesawsec2.IInstanceRef
	awscdk.IResource
	InstanceAvailabilityZone() *string
	InstanceId() *string
	InstancePrivateDnsName() *string
	InstancePrivateIp() *string
	InstancePublicDnsName() *string
	InstancePublicIp() *string
}

// IFlowLog is a VPC flow log.
type IFlowLog interface {
	interfacesawsec2.IFlowLogRef
	awscdk.IResource
	// The flow log's id.
	FlowLogId() *string
}

// EgressRuleConfig is the peer half of an egress rule.
type EgressRuleConfig struct {
	CidrIp                     *string `field:"optional" json:"cidrIp" yaml:"cidrIp"`
	CidrIpv6                   *string `field:"optional" json:"cidrIpv6" yaml:"cidrIpv6"`
	DestinationPrefixListId    *string `field:"optional" json:"destinationPrefixListId" yaml:"destinationPrefixListId"`
	DestinationSecurityGroupId *string `field:"optional" json:"destinationSecurityGroupId" yaml:"destinationSecurityGroupId"`
}

// IngressRuleConfig is the peer half of an ingress rule.
type IngressRuleConfig struct {
	CidrIp                     *string `field:"optional" json:"cidrIp" yaml:"cidrIp"`
	CidrIpv6                   *string `field:"optional" json:"cidrIpv6" yaml:"cidrIpv6"`
	SourcePrefixListId         *string `field:"optional" json:"sourcePrefixListId" yaml:"sourcePrefixListId"`
	SourceSecurityGroupId      *string `field:"optional" json:"sourceSecurityGroupId" yaml:"sourceSecurityGroupId"`
	SourceSecurityGroupOwnerId *string `field:"optional" json:"sourceSecurityGroupOwnerId" yaml:"sourceSecurityGroupOwnerId"`
}

// SubnetSelection picks subnets of a VPC: by type, by group name or
// explicitly, then narrowed by filters.
type SubnetSelection struct {
	// Only subnets in these availability zones.
	AvailabilityZones *[]*string `field:"optional" json:"availabilityZones" yaml:"availabilityZones"`
	// At most one subnet per availability zone.
	OnePerAz *bool `field:"optional" json:"onePerAz" yaml:"onePerAz"`
	// Further filters.
	SubnetFilters *[]SubnetFilter `field:"optional" json:"subnetFilters" yaml:"subnetFilters"`
	// The subnet group (SubnetConfiguration name) to pick.
	SubnetGroupName *string `field:"optional" json:"subnetGroupName" yaml:"subnetGroupName"`
	// Exactly these subnets.
	Subnets *[]ISubnet `field:"optional" json:"subnets" yaml:"subnets"`
	// The kind of subnet to pick. Default: private, else isolated, else public.
	SubnetType SubnetType `field:"optional" json:"subnetType" yaml:"subnetType"`
}

// SelectedSubnets is the result of IVpc.SelectSubnets.
type SelectedSubnets struct {
	AvailabilityZones               *[]*string             `field:"required" json:"availabilityZones" yaml:"availabilityZones"`
	HasPublic                       *bool                  `field:"required" json:"hasPublic" yaml:"hasPublic"`
	InternetConnectivityEstablished constructs.IDependable `field:"required" json:"internetConnectivityEstablished" yaml:"internetConnectivityEstablished"`
	SubnetIds                       *[]*string             `field:"required" json:"subnetIds" yaml:"subnetIds"`
	Subnets                         *[]ISubnet             `field:"required" json:"subnets" yaml:"subnets"`
	IsPendingLookup                 *bool                  `field:"optional" json:"isPendingLookup" yaml:"isPendingLookup"`
}
