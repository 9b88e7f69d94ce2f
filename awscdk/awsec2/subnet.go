package awsec2

import (
	"regexp"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsec2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

const nameTag = "Name"

// SubnetProps are the props of NewSubnet.
type SubnetProps struct {
	AvailabilityZone            *string `field:"required" json:"availabilityZone" yaml:"availabilityZone"`
	CidrBlock                   *string `field:"required" json:"cidrBlock" yaml:"cidrBlock"`
	VpcId                       *string `field:"required" json:"vpcId" yaml:"vpcId"`
	AssignIpv6AddressOnCreation *bool   `field:"optional" json:"assignIpv6AddressOnCreation" yaml:"assignIpv6AddressOnCreation"`
	Ipv6CidrBlock               *string `field:"optional" json:"ipv6CidrBlock" yaml:"ipv6CidrBlock"`
	MapPublicIpOnLaunch         *bool   `field:"optional" json:"mapPublicIpOnLaunch" yaml:"mapPublicIpOnLaunch"`
}

// PublicSubnetProps are the props of NewPublicSubnet.
type PublicSubnetProps = SubnetProps

// PrivateSubnetProps are the props of NewPrivateSubnet.
type PrivateSubnetProps = SubnetProps

// SubnetAttributes describe a subnet defined outside this app.
type SubnetAttributes struct {
	SubnetId         *string `field:"required" json:"subnetId" yaml:"subnetId"`
	AvailabilityZone *string `field:"optional" json:"availabilityZone" yaml:"availabilityZone"`
	Ipv4CidrBlock    *string `field:"optional" json:"ipv4CidrBlock" yaml:"ipv4CidrBlock"`
	RouteTableId     *string `field:"optional" json:"routeTableId" yaml:"routeTableId"`
}

// PublicSubnetAttributes describe a public subnet defined outside this app.
type PublicSubnetAttributes = SubnetAttributes

// PrivateSubnetAttributes describe a private subnet defined outside this app.
type PrivateSubnetAttributes = SubnetAttributes

// AddRouteOptions describe a route added to a subnet's route table.
type AddRouteOptions struct {
	RouterId                    *string    `field:"required" json:"routerId" yaml:"routerId"`
	RouterType                  RouterType `field:"required" json:"routerType" yaml:"routerType"`
	DestinationCidrBlock        *string    `field:"optional" json:"destinationCidrBlock" yaml:"destinationCidrBlock"`
	DestinationIpv6CidrBlock    *string    `field:"optional" json:"destinationIpv6CidrBlock" yaml:"destinationIpv6CidrBlock"`
	EnablesInternetConnectivity *bool      `field:"optional" json:"enablesInternetConnectivity" yaml:"enablesInternetConnectivity"`
}

// Subnet is a subnet defined in this app, with its own route table.
type Subnet interface {
	awscdk.Resource
	ISubnet
	DependencyElements() *[]constructs.IDependable
	NetworkAcl() INetworkAcl
	SubnetAvailabilityZone() *string
	SubnetIpv6CidrBlocks() *[]*string
	SubnetNetworkAclAssociationId() *string
	SubnetOutpostArn() *string
	SubnetVpcId() *string
	AddDefaultInternetRoute(gatewayId *string, gatewayAttachment constructs.IDependable)
	AddDefaultNatRoute(natGatewayId *string)
	AddIpv6DefaultEgressOnlyInternetRoute(gatewayId *string)
	AddIpv6DefaultInternetRoute(gatewayId *string, gatewayAttachment constructs.IDependable)
	AddIpv6Nat64Route(natGatewayId *string)
	AddRoute(id *string, options *AddRouteOptions)
	ToString() *string
}

// PublicSubnet is a subnet routed to an internet gateway.
type PublicSubnet interface {
	Subnet
	IPublicSubnet
	// Adds a NAT gateway (and an Elastic IP unless one is given) to the subnet.
	AddNatGateway(eipAllocationId *string) CfnNatGateway
}

// PrivateSubnet is a subnet without a direct route from the internet.
type PrivateSubnet interface {
	Subnet
	IPrivateSubnet
}

type routeTable struct{ id *string }

func (r *routeTable) RouteTableId() *string { return r.id }

type subnet struct {
	awscdk.Resource
	az, cidr     *string
	res          CfnSubnet
	table        CfnRouteTable
	rt           *routeTable
	connectivity constructs.DependencyGroup
	acl          INetworkAcl
}

func newSubnet(scope constructs.Construct, id *string, props *SubnetProps, outer constructs.IConstruct, s *subnet) {
	if props == nil {
		props = &SubnetProps{}
	}
	s.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(s.Resource, outer)
	awscdk.Tags_Of(s).Add(str(nameTag), s.Node().Path(), nil)
	s.az, s.cidr = props.AvailabilityZone, props.CidrBlock
	s.connectivity = constructs.NewDependencyGroup()
	s.res = NewCfnSubnet(s, str("Subnet"), &CfnSubnetProps{
		VpcId: props.VpcId, CidrBlock: props.CidrBlock, AvailabilityZone: props.AvailabilityZone,
		MapPublicIpOnLaunch: optBool(props.MapPublicIpOnLaunch), Ipv6CidrBlock: props.Ipv6CidrBlock,
		AssignIpv6AddressOnCreation: optBool(props.AssignIpv6AddressOnCreation),
	})
	s.acl = NetworkAcl_FromNetworkAclId(s, str("Acl"), s.res.AttrNetworkAclAssociationId())
	s.Node().SetDefaultChild(s.res)
	s.table = NewCfnRouteTable(s, str("RouteTable"), &CfnRouteTableProps{VpcId: props.VpcId})
	s.rt = &routeTable{id: s.table.Ref()}
	assoc := NewCfnSubnetRouteTableAssociation(s, str("RouteTableAssociation"), &CfnSubnetRouteTableAssociationProps{
		SubnetId: s.res.Ref(), RouteTableId: s.table.Ref(),
	})
	s.connectivity.Add(assoc)
}

func optBool(b *bool) interface{} {
	if b == nil {
		return nil
	}
	return b
}

// NewSubnet creates a subnet with its own route table.
func NewSubnet(scope constructs.Construct, id *string, props *SubnetProps) Subnet {
	props = l2.Inject(*Subnet_PROPERTY_INJECTION_ID(), props, scope, id)
	s := &subnet{}
	newSubnet(scope, id, props, s, s)
	return s
}

type publicSubnet struct{ subnet }
type privateSubnet struct{ subnet }

func (*publicSubnet) strataPublic()   {}
func (*privateSubnet) strataPrivate() {}

// NewPublicSubnet creates a public subnet.
func NewPublicSubnet(scope constructs.Construct, id *string, props *PublicSubnetProps) PublicSubnet {
	props = l2.Inject(*PublicSubnet_PROPERTY_INJECTION_ID(), props, scope, id)
	s := &publicSubnet{}
	newSubnet(scope, id, props, s, &s.subnet)
	return s
}

// NewPrivateSubnet creates a private subnet.
func NewPrivateSubnet(scope constructs.Construct, id *string, props *PrivateSubnetProps) PrivateSubnet {
	props = l2.Inject(*PrivateSubnet_PROPERTY_INJECTION_ID(), props, scope, id)
	s := &privateSubnet{}
	newSubnet(scope, id, props, s, &s.subnet)
	return s
}

func (s *subnet) AvailabilityZone() *string                               { return s.az }
func (s *subnet) Ipv4CidrBlock() *string                                  { return s.cidr }
func (s *subnet) SubnetId() *string                                       { return s.res.Ref() }
func (s *subnet) SubnetRef() *interfacesawsec2.SubnetReference            { return s.res.SubnetRef() }
func (s *subnet) SubnetVpcId() *string                                    { return s.res.AttrVpcId() }
func (s *subnet) SubnetAvailabilityZone() *string                         { return s.res.AttrAvailabilityZone() }
func (s *subnet) SubnetIpv6CidrBlocks() *[]*string                        { return s.res.AttrIpv6CidrBlocks() }
func (s *subnet) SubnetOutpostArn() *string                               { return s.res.AttrOutpostArn() }
func (s *subnet) RouteTable() IRouteTable                                 { return s.rt }
func (s *subnet) InternetConnectivityEstablished() constructs.IDependable { return s.connectivity }
func (s *subnet) DependencyElements() *[]constructs.IDependable           { return &[]constructs.IDependable{} }
func (s *subnet) NetworkAcl() INetworkAcl                                 { return s.acl }
func (s *subnet) SubnetNetworkAclAssociationId() *string                  { return s.acl.NetworkAclId() }

func (s *subnet) AddDefaultInternetRoute(gatewayId *string, gatewayAttachment constructs.IDependable) {
	r := NewCfnRoute(s, str("DefaultRoute"), &CfnRouteProps{RouteTableId: s.rt.id, DestinationCidrBlock: str("0.0.0.0/0"), GatewayId: gatewayId})
	r.Node().AddDependency(gatewayAttachment)
	s.connectivity.Add(r)
}

func (s *subnet) AddIpv6DefaultInternetRoute(gatewayId *string, gatewayAttachment constructs.IDependable) {
	r := NewCfnRoute(s, str("DefaultRoute6"), &CfnRouteProps{RouteTableId: s.rt.id, DestinationIpv6CidrBlock: str("::/0"), GatewayId: gatewayId})
	if gatewayAttachment != nil {
		r.Node().AddDependency(gatewayAttachment)
	}
	s.connectivity.Add(r)
}

func (s *subnet) AddIpv6DefaultEgressOnlyInternetRoute(gatewayId *string) {
	s.AddRoute(str("DefaultRoute6"), &AddRouteOptions{RouterType: RouterType_EGRESS_ONLY_INTERNET_GATEWAY, RouterId: gatewayId,
		DestinationIpv6CidrBlock: str("::/0"), EnablesInternetConnectivity: boolp(true)})
}

func (s *subnet) AddDefaultNatRoute(natGatewayId *string) {
	s.AddRoute(str("DefaultRoute"), &AddRouteOptions{RouterType: RouterType_NAT_GATEWAY, RouterId: natGatewayId, EnablesInternetConnectivity: boolp(true)})
}

func (s *subnet) AddIpv6Nat64Route(natGatewayId *string) {
	s.AddRoute(str("Nat64"), &AddRouteOptions{RouterType: RouterType_NAT_GATEWAY, RouterId: natGatewayId,
		EnablesInternetConnectivity: boolp(true), DestinationIpv6CidrBlock: str("64:ff9b::/96")})
}

func (s *subnet) AddRoute(id *string, options *AddRouteOptions) {
	if options == nil {
		options = &AddRouteOptions{}
	}
	if options.DestinationCidrBlock != nil && options.DestinationIpv6CidrBlock != nil {
		throw(s, "Cannot specify both 'destinationCidrBlock' and 'destinationIpv6CidrBlock'")
	}
	p := &CfnRouteProps{RouteTableId: s.rt.id, DestinationIpv6CidrBlock: options.DestinationIpv6CidrBlock}
	switch {
	case deref(options.DestinationCidrBlock) != "":
		p.DestinationCidrBlock = options.DestinationCidrBlock
	case options.DestinationIpv6CidrBlock == nil:
		p.DestinationCidrBlock = str("0.0.0.0/0")
	}
	r := options.RouterId
	switch options.RouterType {
	case RouterType_CARRIER_GATEWAY:
		p.CarrierGatewayId = r
	case RouterType_EGRESS_ONLY_INTERNET_GATEWAY:
		p.EgressOnlyInternetGatewayId = r
	case RouterType_GATEWAY:
		p.GatewayId = r
	case RouterType_INSTANCE:
		p.InstanceId = r
	case RouterType_LOCAL_GATEWAY:
		p.LocalGatewayId = r
	case RouterType_NAT_GATEWAY:
		p.NatGatewayId = r
	case RouterType_NETWORK_INTERFACE:
		p.NetworkInterfaceId = r
	case RouterType_TRANSIT_GATEWAY:
		p.TransitGatewayId = r
	case RouterType_VPC_PEERING_CONNECTION:
		p.VpcPeeringConnectionId = r
	case RouterType_VPC_ENDPOINT:
		p.VpcEndpointId = r
	case RouterType_CORE_NETWORK:
		p.CoreNetworkArn = r
	}
	route := NewCfnRoute(s, id, p)
	if truthy(options.EnablesInternetConnectivity) {
		s.connectivity.Add(route)
	}
}

func (s *subnet) AssociateNetworkAcl(id *string, acl INetworkAcl) {
	s.acl = acl
	associateNetworkAcl(s, id, acl)
}

func (s *publicSubnet) AddNatGateway(eipAllocationId *string) CfnNatGateway {
	return s.addNatGateway(eipAllocationId)
}

func (s *subnet) addNatGateway(eipAllocationId *string) CfnNatGateway {
	var alloc interface{} = eipAllocationId
	if eipAllocationId == nil {
		alloc = NewCfnEIP(s, str("EIP"), &CfnEIPProps{Domain: str("vpc")}).AttrAllocationId()
	}
	ngw := NewCfnNatGateway(s, str("NATGateway"), &CfnNatGatewayProps{SubnetId: s.SubnetId(), AllocationId: alloc})
	ngw.Node().AddDependency(s.connectivity)
	return ngw
}

var subnetIDSuffix = regexp.MustCompile(`Subnet\d+$`)

// subnetGroupName is the group a VPC's subnet belongs to, from its construct id.
func subnetGroupName(s ISubnet) string {
	return subnetIDSuffix.ReplaceAllString(deref(s.Node().Id()), "")
}

// Subnet_IsVpcSubnet reports whether x is a subnet defined in this app.
func Subnet_IsVpcSubnet(x interface{}) *bool {
	switch x.(type) {
	case *subnet, *publicSubnet, *privateSubnet:
		return boolp(true)
	}
	return boolp(false)
}

// PublicSubnet_IsVpcSubnet reports whether x is a subnet defined in this app.
func PublicSubnet_IsVpcSubnet(x interface{}) *bool { return Subnet_IsVpcSubnet(x) }

// PrivateSubnet_IsVpcSubnet reports whether x is a subnet defined in this app.
func PrivateSubnet_IsVpcSubnet(x interface{}) *bool { return Subnet_IsVpcSubnet(x) }

func Subnet_PROPERTY_INJECTION_ID() *string { return jsii.String("aws-cdk-lib.aws-ec2.Subnet") }
func PublicSubnet_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-ec2.PublicSubnet")
}
func PrivateSubnet_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-ec2.PrivateSubnet")
}

// importedSubnet is a subnet defined outside this app.
type importedSubnet struct {
	awscdk.Resource
	attrs        SubnetAttributes
	rt           *routeTable
	connectivity constructs.DependencyGroup
}

func importSubnet(scope constructs.Construct, id *string, attrs *SubnetAttributes) *importedSubnet {
	if attrs == nil {
		attrs = &SubnetAttributes{}
	}
	s := &importedSubnet{attrs: *attrs, rt: &routeTable{id: attrs.RouteTableId}, connectivity: constructs.NewDependencyGroup()}
	s.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(s.Resource, s)
	if attrs.RouteTableId == nil {
		ref := "'" + deref(attrs.SubnetId) + "'"
		if isUnresolved(attrs.SubnetId) {
			ref = "at '" + deref(scope.Node().Path()) + "/" + deref(id) + "'"
		}
		awscdk.Annotations_Of(s).AddWarningV2(str("@aws-cdk/aws-ec2:noSubnetRouteTableId"),
			str("No routeTableId was provided to the subnet "+ref+". Attempting to read its .routeTable.routeTableId will return null/undefined. (More info: https://github.com/aws/aws-cdk/pull/3171)"))
	}
	return s
}

func (s *importedSubnet) SubnetId() *string { return s.attrs.SubnetId }
func (s *importedSubnet) SubnetRef() *interfacesawsec2.SubnetReference {
	return &interfacesawsec2.SubnetReference{SubnetId: s.attrs.SubnetId}
}
func (s *importedSubnet) RouteTable() IRouteTable { return s.rt }
func (s *importedSubnet) InternetConnectivityEstablished() constructs.IDependable {
	return s.connectivity
}
func (s *importedSubnet) AvailabilityZone() *string {
	if deref(s.attrs.AvailabilityZone) == "" {
		throw(s, "You cannot reference a Subnet's availability zone if it was not supplied. Add the availabilityZone when importing using Subnet.fromSubnetAttributes()")
	}
	return s.attrs.AvailabilityZone
}
func (s *importedSubnet) Ipv4CidrBlock() *string {
	if deref(s.attrs.Ipv4CidrBlock) == "" {
		throw(s, "You cannot reference an imported Subnet's IPv4 CIDR if it was not supplied. Add the ipv4CidrBlock when importing using Subnet.fromSubnetAttributes()")
	}
	return s.attrs.Ipv4CidrBlock
}
func (s *importedSubnet) AssociateNetworkAcl(id *string, acl INetworkAcl) {
	associateNetworkAcl(s, id, acl)
}

// Subnet_FromSubnetAttributes imports a subnet from its attributes.
func Subnet_FromSubnetAttributes(scope constructs.Construct, id *string, attrs *SubnetAttributes) ISubnet {
	return importSubnet(scope, id, attrs)
}

// Subnet_FromSubnetId imports a subnet by id.
func Subnet_FromSubnetId(scope constructs.Construct, id *string, subnetId *string) ISubnet {
	return importSubnet(scope, id, &SubnetAttributes{SubnetId: subnetId})
}

// PublicSubnet_FromPublicSubnetAttributes imports a public subnet.
func PublicSubnet_FromPublicSubnetAttributes(scope constructs.Construct, id *string, attrs *PublicSubnetAttributes) IPublicSubnet {
	return importSubnet(scope, id, attrs)
}

// PrivateSubnet_FromPrivateSubnetAttributes imports a private subnet.
func PrivateSubnet_FromPrivateSubnetAttributes(scope constructs.Construct, id *string, attrs *PrivateSubnetAttributes) IPrivateSubnet {
	return importSubnet(scope, id, attrs)
}

func PublicSubnet_FromSubnetAttributes(scope constructs.Construct, id *string, attrs *SubnetAttributes) ISubnet {
	return importSubnet(scope, id, attrs)
}
func PublicSubnet_FromSubnetId(scope constructs.Construct, id *string, subnetId *string) ISubnet {
	return Subnet_FromSubnetId(scope, id, subnetId)
}
func PrivateSubnet_FromSubnetAttributes(scope constructs.Construct, id *string, attrs *SubnetAttributes) ISubnet {
	return importSubnet(scope, id, attrs)
}
func PrivateSubnet_FromSubnetId(scope constructs.Construct, id *string, subnetId *string) ISubnet {
	return Subnet_FromSubnetId(scope, id, subnetId)
}
