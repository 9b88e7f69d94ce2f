package awsec2

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsec2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

const (
	defaultVpcCidr = "10.0.0.0/16"
	fakeAz         = "fake-az"
	subnetNameTag  = "aws-cdk:subnet-name"
	subnetTypeTag  = "aws-cdk:subnet-type"
	restrictSGFlag = "@aws-cdk/aws-ec2:restrictDefaultSecurityGroup"
)

// SubnetConfiguration describes one group of subnets: one subnet of this
// kind in each availability zone of the VPC.
type SubnetConfiguration struct {
	// The group's name, the prefix of its subnets' construct ids.
	Name *string `field:"required" json:"name" yaml:"name"`
	// The kind of subnet.
	SubnetType SubnetType `field:"required" json:"subnetType" yaml:"subnetType"`
	// The netmask of each subnet. Default: the subnets without one share the remaining space equally.
	CidrMask *float64 `field:"optional" json:"cidrMask" yaml:"cidrMask"`
	// Assign IPv6 addresses on creation (dual-stack VPCs). Default: true.
	Ipv6AssignAddressOnCreation *bool `field:"optional" json:"ipv6AssignAddressOnCreation" yaml:"ipv6AssignAddressOnCreation"`
	// Public subnets only: give instances a public IP. Default: true.
	MapPublicIpOnLaunch *bool `field:"optional" json:"mapPublicIpOnLaunch" yaml:"mapPublicIpOnLaunch"`
	// Plan the group's address space but create no subnets.
	Reserved *bool `field:"optional" json:"reserved" yaml:"reserved"`
}

// VpcProps are the props of NewVpc.
type VpcProps struct {
	// The availability zones to use. Default: the first MaxAzs of the stack's.
	AvailabilityZones *[]*string `field:"optional" json:"availabilityZones" yaml:"availabilityZones"`
	// Deprecated: use IpAddresses.
	Cidr *string `field:"optional" json:"cidr" yaml:"cidr"`
	// Create an internet gateway when there are public subnets. Default: true.
	CreateInternetGateway *bool `field:"optional" json:"createInternetGateway" yaml:"createInternetGateway"`
	// Default: DefaultInstanceTenancy_DEFAULT.
	DefaultInstanceTenancy DefaultInstanceTenancy `field:"optional" json:"defaultInstanceTenancy" yaml:"defaultInstanceTenancy"`
	// Default: true.
	EnableDnsHostnames *bool `field:"optional" json:"enableDnsHostnames" yaml:"enableDnsHostnames"`
	// Default: true.
	EnableDnsSupport *bool `field:"optional" json:"enableDnsSupport" yaml:"enableDnsSupport"`
	// Flow logs to add, by id.
	FlowLogs *map[string]*FlowLogOptions `field:"optional" json:"flowLogs" yaml:"flowLogs"`
	// Gateway endpoints to add, by id.
	GatewayEndpoints *map[string]*GatewayVpcEndpointOptions `field:"optional" json:"gatewayEndpoints" yaml:"gatewayEndpoints"`
	// How addresses are planned. Default: IpAddresses_Cidr("10.0.0.0/16").
	IpAddresses IIpAddresses `field:"optional" json:"ipAddresses" yaml:"ipAddresses"`
	// Default: IpProtocol_IPV4_ONLY.
	IpProtocol IpProtocol `field:"optional" json:"ipProtocol" yaml:"ipProtocol"`
	// IPv6 address planning (dual-stack VPCs).
	Ipv6Addresses IIpv6Addresses `field:"optional" json:"ipv6Addresses" yaml:"ipv6Addresses"`
	// How many availability zones to use. Default: 3.
	MaxAzs *float64 `field:"optional" json:"maxAzs" yaml:"maxAzs"`
	// Default: NatProvider_Gateway().
	NatGatewayProvider NatProvider `field:"optional" json:"natGatewayProvider" yaml:"natGatewayProvider"`
	// How many NAT gateways. Default: one per availability zone.
	NatGateways *float64 `field:"optional" json:"natGateways" yaml:"natGateways"`
	// Where the NAT gateways go. Default: the public subnets.
	NatGatewaySubnets *SubnetSelection `field:"optional" json:"natGatewaySubnets" yaml:"natGatewaySubnets"`
	// Availability zones to plan addresses for without creating subnets.
	ReservedAzs *float64 `field:"optional" json:"reservedAzs" yaml:"reservedAzs"`
	// Remove the default security group's rules. Default: true under the
	// @aws-cdk/aws-ec2:restrictDefaultSecurityGroup flag.
	RestrictDefaultSecurityGroup *bool `field:"optional" json:"restrictDefaultSecurityGroup" yaml:"restrictDefaultSecurityGroup"`
	// The subnet groups. Default: a public and a private group.
	SubnetConfiguration *[]*SubnetConfiguration `field:"optional" json:"subnetConfiguration" yaml:"subnetConfiguration"`
	// The VPC's Name tag. Default: its construct path.
	VpcName *string `field:"optional" json:"vpcName" yaml:"vpcName"`
	// Not supported by Strata yet.
	VpnConnections *map[string]*VpnConnectionOptions `field:"optional" json:"vpnConnections" yaml:"vpnConnections"`
	// Not supported by Strata yet.
	VpnGateway *bool `field:"optional" json:"vpnGateway" yaml:"vpnGateway"`
	// Not supported by Strata yet.
	VpnGatewayAsn *float64 `field:"optional" json:"vpnGatewayAsn" yaml:"vpnGatewayAsn"`
	// Not supported by Strata yet.
	VpnRoutePropagation *[]*SubnetSelection `field:"optional" json:"vpnRoutePropagation" yaml:"vpnRoutePropagation"`
}

// Vpc is a VPC defined in this app, with its subnets, route tables,
// internet and NAT gateways.
type Vpc interface {
	awscdk.Resource
	IVpc
	DnsHostnamesEnabled() *bool
	DnsSupportEnabled() *bool
	IncompleteSubnetDefinition() *bool
	SetIncompleteSubnetDefinition(val *bool)
	InternetGatewayId() *string
	VpcCidrBlockAssociations() *[]*string
	VpcDefaultNetworkAcl() *string
	VpcDefaultSecurityGroup() *string
	VpcIpv6CidrBlocks() *[]*string
	VpcRef() *interfacesawsec2.VPCReference
	SelectSubnetObjects(selection *SubnetSelection) *[]ISubnet
	ToString() *string
}

// vpcBase is what defined, imported and looked-up VPCs share: subnet
// selection and the methods that add things to a VPC.
type vpcBase struct {
	awscdk.Resource
	self                 IVpc
	vpcID, vpcArn        *string
	azs                  []*string
	public, private, iso []ISubnet
	incomplete           bool
	connectivity         constructs.DependencyGroup
	vpnGatewayID         *string
}

func (v *vpcBase) VpcId() *string  { return v.vpcID }
func (v *vpcBase) VpcArn() *string { return v.vpcArn }
func (v *vpcBase) VpcRef() *interfacesawsec2.VPCReference {
	return &interfacesawsec2.VPCReference{VpcId: v.vpcID}
}
func (v *vpcBase) AvailabilityZones() *[]*string {
	out := append([]*string{}, v.azs...)
	return &out
}
func (v *vpcBase) PublicSubnets() *[]ISubnet   { return subnetList(v.public) }
func (v *vpcBase) PrivateSubnets() *[]ISubnet  { return subnetList(v.private) }
func (v *vpcBase) IsolatedSubnets() *[]ISubnet { return subnetList(v.iso) }
func (v *vpcBase) InternetConnectivityEstablished() constructs.IDependable {
	return v.connectivity
}
func (v *vpcBase) VpnGatewayId() *string             { return v.vpnGatewayID }
func (v *vpcBase) IncompleteSubnetDefinition() *bool { return boolp(v.incomplete) }
func (v *vpcBase) SetIncompleteSubnetDefinition(val *bool) {
	v.incomplete = truthy(val)
}

func subnetList(s []ISubnet) *[]ISubnet {
	out := append([]ISubnet{}, s...)
	return &out
}

func (v *vpcBase) AddClientVpnEndpoint(id *string, options *ClientVpnEndpointOptions) ClientVpnEndpoint {
	return addClientVpnEndpoint(v, v.self, id, options)
}

func (v *vpcBase) AddVpnConnection(id *string, options *VpnConnectionOptions) VpnConnection {
	p := &VpnConnectionProps{Vpc: v.self}
	if options != nil {
		p.Ip, p.Asn, p.StaticRoutes, p.TunnelOptions = options.Ip, options.Asn, options.StaticRoutes, options.TunnelOptions
	}
	return NewVpnConnection(v, id, p)
}

func (v *vpcBase) EnableVpnGateway(options *EnableVpnGatewayOptions) {
	enableVpnGateway(v, options)
}

func (v *vpcBase) AddFlowLog(id *string, options *FlowLogOptions) FlowLog {
	p := &FlowLogProps{ResourceType: FlowLogResourceType_FromVpc(v.self)}
	if options != nil {
		p.Destination, p.LogFormat = options.Destination, options.LogFormat
		p.MaxAggregationInterval, p.TrafficType = options.MaxAggregationInterval, options.TrafficType
	}
	return NewFlowLog(v, id, p)
}

func (v *vpcBase) AddGatewayEndpoint(id *string, options *GatewayVpcEndpointOptions) GatewayVpcEndpoint {
	p := &GatewayVpcEndpointProps{Vpc: v.self}
	if options != nil {
		p.Service, p.Subnets = options.Service, options.Subnets
		p.DnsRecordIpType, p.IpAddressType = options.DnsRecordIpType, options.IpAddressType
	}
	return NewGatewayVpcEndpoint(v, id, p)
}

func (v *vpcBase) AddInterfaceEndpoint(id *string, options *InterfaceVpcEndpointOptions) InterfaceVpcEndpoint {
	p := &InterfaceVpcEndpointProps{}
	if o := options; o != nil {
		p = &InterfaceVpcEndpointProps{Service: o.Service, DnsRecordIpType: o.DnsRecordIpType, IpAddressType: o.IpAddressType,
			LookupSupportedAzs: o.LookupSupportedAzs, Open: o.Open, PrivateDnsEnabled: o.PrivateDnsEnabled,
			PrivateDnsOnlyForInboundResolverEndpoint: o.PrivateDnsOnlyForInboundResolverEndpoint, SecurityGroups: o.SecurityGroups,
			ServiceRegion: o.ServiceRegion, Subnets: o.Subnets}
	}
	p.Vpc = v.self
	return NewInterfaceVpcEndpoint(v, id, p)
}

// SelectSubnets returns the subnets a selection picks.
func (v *vpcBase) SelectSubnets(selection *SubnetSelection) *SelectedSubnets {
	subnets := v.SelectSubnetObjects(selection)
	pubs := map[ISubnet]bool{}
	for _, s := range v.public {
		pubs[s] = true
	}
	ids := make([]*string, 0, len(*subnets))
	azs := make([]*string, 0, len(*subnets))
	group := constructs.NewDependencyGroup()
	hasPublic := false
	for _, s := range *subnets {
		ids = append(ids, s.SubnetId())
		azs = append(azs, s.AvailabilityZone())
		group.Add(s.InternetConnectivityEstablished())
		hasPublic = hasPublic || pubs[s]
	}
	return &SelectedSubnets{SubnetIds: &ids, AvailabilityZones: &azs, InternetConnectivityEstablished: group,
		Subnets: subnets, HasPublic: boolp(hasPublic), IsPendingLookup: boolp(v.incomplete)}
}

// SelectSubnetObjects returns the subnet objects a selection picks.
func (v *vpcBase) SelectSubnetObjects(selection *SubnetSelection) *[]ISubnet {
	sel := v.reifySelectionDefaults(selection)
	if sel.Subnets != nil {
		return subnetList(*sel.Subnets)
	}
	var subnets []ISubnet
	if sel.SubnetGroupName != nil {
		subnets = v.selectByName(*sel.SubnetGroupName)
	} else {
		t := sel.SubnetType
		if t == "" {
			t = SubnetType_PRIVATE_WITH_EGRESS
		}
		subnets = v.selectByType(t)
	}
	if sel.SubnetFilters != nil {
		for _, f := range *sel.SubnetFilters {
			subnets = *f.SelectSubnets(&subnets)
		}
	}
	return subnetList(subnets)
}

func (v *vpcBase) all() []ISubnet {
	return append(append(append([]ISubnet{}, v.public...), v.private...), v.iso...)
}

func (v *vpcBase) selectByName(name string) []ISubnet {
	var out []ISubnet
	for _, s := range v.all() {
		if subnetGroupName(s) == name {
			out = append(out, s)
		}
	}
	if len(out) == 0 && !v.incomplete {
		var names []string
		for _, s := range v.all() {
			if n := subnetGroupName(s); !contains(names, n) {
				names = append(names, n)
			}
		}
		throw(v, "There are no subnet groups with name '%s' in this VPC. Available names: %s", name, strings.Join(names, ","))
	}
	return out
}

func (v *vpcBase) selectByType(t SubnetType) []ISubnet {
	// aws-cdk-lib's table of types, in its order (its error lists them so).
	table := []struct {
		value string
		subs  []ISubnet
	}{
		{"Isolated", v.iso}, {"Deprecated_Isolated", v.iso}, {"Deprecated_Private_NAT", v.private},
		{"Private", v.private}, {"Deprecated_Private", v.private}, {"Public", v.public},
	}
	want := subnetTypeValue[t]
	var out []ISubnet
	for _, row := range table {
		if row.value == want {
			out = row.subs
		}
	}
	if len(out) == 0 && !v.incomplete {
		var avail []string
		for _, row := range table {
			if len(row.subs) > 0 {
				avail = append(avail, row.value)
			}
		}
		throw(v, "There are no '%s' subnet groups in this VPC. Available types: %s", want, strings.Join(avail, ","))
	}
	return out
}

func (v *vpcBase) reifySelectionDefaults(selection *SubnetSelection) SubnetSelection {
	var sel SubnetSelection
	if selection != nil {
		sel = *selection
	}
	var provided []string
	if sel.Subnets != nil {
		provided = append(provided, "subnets")
	}
	if sel.SubnetType != "" {
		provided = append(provided, "subnetType")
	}
	if sel.SubnetGroupName != nil {
		provided = append(provided, "subnetGroupName")
	}
	if len(provided) > 1 {
		throw(v, "Only one of '%s' can be supplied to subnet selection.", strings.Join(provided, ","))
	}
	if len(provided) == 0 {
		switch {
		case len(v.private) > 0:
			sel.SubnetType = SubnetType_PRIVATE_WITH_EGRESS
		case len(v.iso) > 0:
			sel.SubnetType = SubnetType_PRIVATE_ISOLATED
		default:
			sel.SubnetType = SubnetType_PUBLIC
		}
	}
	var filters []SubnetFilter
	if sel.SubnetFilters != nil {
		filters = append(filters, *sel.SubnetFilters...)
	}
	if sel.AvailabilityZones != nil {
		filters = append(filters, SubnetFilter_AvailabilityZones(sel.AvailabilityZones))
	}
	if truthy(sel.OnePerAz) {
		filters = append(filters, SubnetFilter_OnePerAz())
	}
	sel.SubnetFilters = &filters
	sel.AvailabilityZones, sel.OnePerAz = nil, nil
	return sel
}

type vpc struct {
	vpcBase
	resource          CfnVPC
	dnsHostnames      bool
	dnsSupport        bool
	igwID             *string
	subnetConfig      []*SubnetConfiguration
	ipAddresses       IIpAddresses
	publicSubnets     []PublicSubnet
	privateSubnetObjs []PrivateSubnet
	// Dual stack: the IPv6 planner, the VPC's Amazon-provided block and the
	// CIDR subnets are cut from.
	useIpv6       bool
	ipv6Addresses IIpv6Addresses
	ipv6Block     CfnVPCCidrBlock
	ipv6Selected  *string
}

// Vpc_DEFAULT_CIDR_RANGE is the CIDR a Vpc gets by default.
func Vpc_DEFAULT_CIDR_RANGE() *string { return str(defaultVpcCidr) }

// Vpc_DEFAULT_SUBNETS are the subnet groups a Vpc gets by default.
func Vpc_DEFAULT_SUBNETS() *[]*SubnetConfiguration {
	return &[]*SubnetConfiguration{
		{SubnetType: SubnetType_PUBLIC, Name: str("Public")},
		{SubnetType: SubnetType_PRIVATE_WITH_EGRESS, Name: str("Private")},
	}
}

// Vpc_DEFAULT_SUBNETS_NO_NAT are the subnet groups a Vpc without NAT gateways gets by default.
func Vpc_DEFAULT_SUBNETS_NO_NAT() *[]*SubnetConfiguration {
	return &[]*SubnetConfiguration{
		{SubnetType: SubnetType_PUBLIC, Name: str("Public")},
		{SubnetType: SubnetType_PRIVATE_ISOLATED, Name: str("Isolated")},
	}
}

// Vpc_PROPERTY_INJECTION_ID is the id property injectors use for Vpc.
func Vpc_PROPERTY_INJECTION_ID() *string { return jsii.String("aws-cdk-lib.aws-ec2.Vpc") }

// Vpc_IsConstruct reports whether x is a construct.
func Vpc_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Vpc_IsResource reports whether construct is a Resource.
func Vpc_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// Vpc_IsOwnedResource reports whether construct is a Resource defined in this app.
func Vpc_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// NewVpc creates a VPC. With no props it spans up to three availability
// zones of 10.0.0.0/16, each with a public and a private subnet and a NAT
// gateway.
func NewVpc(scope constructs.Construct, id *string, props *VpcProps) Vpc {
	props = l2.Inject(*Vpc_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &VpcProps{}
	}
	v := &vpc{}
	v.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(v.Resource, v)
	v.self = v
	v.connectivity = constructs.NewDependencyGroup()
	stack := awscdk.Stack_Of(v)

	if truthy(props.EnableDnsHostnames) && !truthy(props.EnableDnsSupport) {
		throw(v, "To use DNS Hostnames, DNS Support must be enabled, however, it was explicitly disabled.")
	}
	if props.AvailabilityZones != nil && props.MaxAzs != nil && *props.MaxAzs != 0 {
		throw(v, "Vpc supports 'availabilityZones' or 'maxAzs', but not both.")
	}
	cidr := defaultVpcCidr
	if props.Cidr != nil {
		cidr = *props.Cidr
	}
	if isUnresolved(props.Cidr) {
		throw(v, "'cidr' property must be a concrete CIDR string, got a Token (we need to parse it for automatic subdivision)")
	}
	if props.IpAddresses != nil && props.Cidr != nil {
		throw(v, "supply at most one of ipAddresses or cidr")
	}
	v.useIpv6 = props.IpProtocol == IpProtocol_DUAL_STACK
	if !v.useIpv6 && props.Ipv6Addresses != nil {
		throw(v, "ipv6Addresses can only be set if IPv6 is enabled. Set ipProtocol to DUAL_STACK")
	}
	if props.IpAddresses != nil {
		v.ipAddresses = props.IpAddresses
	} else {
		ia, err := newCidrAddresses(cidr)
		if err != nil {
			throw(v, "%s", err)
		}
		v.ipAddresses = ia
	}
	v.dnsHostnames = props.EnableDnsHostnames == nil || *props.EnableDnsHostnames
	v.dnsSupport = props.EnableDnsSupport == nil || *props.EnableDnsSupport
	tenancy := "default"
	if props.DefaultInstanceTenancy != "" {
		tenancy = tenancyValue[props.DefaultInstanceTenancy]
	}
	opts := v.ipAddresses.AllocateVpcCidr()
	v.resource = NewCfnVPC(v, str("Resource"), &CfnVPCProps{
		CidrBlock: opts.CidrBlock, Ipv4IpamPoolId: opts.Ipv4IpamPoolId, Ipv4NetmaskLength: opts.Ipv4NetmaskLength,
		EnableDnsHostnames: boolp(v.dnsHostnames), EnableDnsSupport: boolp(v.dnsSupport), InstanceTenancy: str(tenancy),
	})
	name := props.VpcName
	if deref(name) == "" {
		name = v.Node().Path()
	}
	awscdk.Tags_Of(v).Add(str(nameTag), name, nil)

	if props.AvailabilityZones != nil {
		resolved := resolvedStackAzs(*stack.AvailabilityZones())
		given := *props.AvailabilityZones
		ok := len(resolved) == 0
		if !ok {
			ok = true
			for _, az := range given {
				if !isUnresolved(az) && !contains(resolved, deref(az)) {
					ok = false
				}
			}
		}
		if !ok {
			throw(v, "Given VPC 'availabilityZones' %s must be a subset of the stack's availability zones %s",
				strings.Join(strs(props.AvailabilityZones), ","), strings.Join(resolved, ","))
		}
		v.azs = append([]*string{}, given...)
	} else {
		max := 3
		if props.MaxAzs != nil {
			max = int(*props.MaxAzs)
		}
		all := *stack.AvailabilityZones()
		if max < len(all) {
			all = all[:max]
		}
		v.azs = append([]*string{}, all...)
	}
	if props.AvailabilityZones != nil && !isUnresolved(props.AvailabilityZones) && len(*props.AvailabilityZones) == 0 &&
		(props.SubnetConfiguration == nil || len(*props.SubnetConfiguration) != 0) {
		awscdk.Annotations_Of(v).AddWarningV2(str("@aws-cdk/aws-ec2:emptyAvailabilityZonesInVpc"),
			str("The VPC has no availability zones, so no subnets will be created. Specify at least one availability zone or omit availabilityZones to use the stack availability zones."))
	}
	if props.ReservedAzs != nil {
		for i := 0; i < int(*props.ReservedAzs); i++ {
			v.azs = append(v.azs, str(fakeAz))
		}
	}
	v.vpcID = v.resource.Ref()
	v.vpcArn = awscdk.Arn_Format(&awscdk.ArnComponents{Service: str("ec2"), Resource: str("vpc"), ResourceName: v.vpcID}, stack)

	switch {
	case props.SubnetConfiguration != nil:
		v.subnetConfig = *props.SubnetConfiguration
	case props.NatGateways != nil && *props.NatGateways == 0 && !isUnresolved(props.NatGateways):
		v.subnetConfig = *Vpc_DEFAULT_SUBNETS_NO_NAT()
	default:
		v.subnetConfig = *Vpc_DEFAULT_SUBNETS()
	}
	placement := props.NatGatewaySubnets
	if placement == nil {
		placement = &SubnetSelection{SubnetType: SubnetType_PUBLIC}
	}
	regional := isRegionalNat(props.NatGatewayProvider)
	if regional {
		if isUnresolved(props.NatGateways) {
			throw(v, "`natGateways` must be a resolved number when `natGatewayProvider` is a Regional NAT Gateway, got an unresolved token.")
		}
		if props.NatGateways != nil && *props.NatGateways < 1 {
			throw(v, "`natGateways` must be at least 1 when `natGatewayProvider` is a Regional NAT Gateway, got %s. Remove `natGatewayProvider` if you do not want a NAT gateway.", renderPort(props.NatGateways))
		}
		if props.NatGateways != nil && *props.NatGateways > 1 {
			awscdk.Annotations_Of(v).AddWarningV2(str("@aws-cdk/aws-ec2:regionalNatGatewayCount"),
				str("`natGateways` is ignored when using Regional NAT Gateway. A single regional gateway covers all AZs."))
		}
		if props.NatGatewaySubnets != nil {
			awscdk.Annotations_Of(v).AddWarningV2(str("@aws-cdk/aws-ec2:regionalNatGatewaySubnets"),
				str("`natGatewaySubnets` is ignored when using Regional NAT Gateway. The gateway is created at VPC level without requiring a public subnet."))
		}
	}
	if isUnresolved(props.NatGateways) {
		awscdk.Annotations_Of(v).AddWarningV2(str("@aws-cdk/aws-ec2:natGatewaysToken"),
			str("`natGateways` must be resolved at synthesis time to decide how many NAT gateways to create. The unresolved token is treated as 0, so no NAT gateway will be created."))
	}
	natCount := 1 // a regional NAT gateway covers every zone
	if !regional {
		natCount = v.natGatewayCount(props.NatGateways)
	}
	if v.useIpv6 {
		v.ipv6Addresses = props.Ipv6Addresses
		if v.ipv6Addresses == nil {
			v.ipv6Addresses = Ipv6Addresses_AmazonProvided()
		}
		v.ipv6Block = v.ipv6Addresses.AllocateVpcIpv6Cidr(&AllocateVpcIpv6CidrRequest{Scope: v, VpcId: v.vpcID})
		v.ipv6Selected = awscdk.Fn_Select(num(0), v.resource.AttrIpv6CidrBlocks())
	}
	v.createSubnets()

	createIGW := props.CreateInternetGateway == nil || *props.CreateInternetGateway
	needsIGW := false
	for _, c := range v.subnetConfig {
		if c != nil && !c.SubnetType.isIsolated() && !truthy(c.Reserved) {
			needsIGW = true
		}
	}
	if needsIGW && createIGW {
		igw := NewCfnInternetGateway(v, str("IGW"), &CfnInternetGatewayProps{})
		v.igwID = igw.Ref()
		v.connectivity.Add(igw)
		att := NewCfnVPCGatewayAttachment(v, str("VPCGW"), &CfnVPCGatewayAttachmentProps{InternetGatewayId: igw.Ref(), VpcId: v.resource.Ref()})
		for _, s := range v.publicSubnets {
			s.AddDefaultInternetRoute(igw.Ref(), att)
			if v.useIpv6 {
				s.AddIpv6DefaultInternetRoute(igw.Ref(), att)
			}
		}
		if natCount > 0 {
			provider := props.NatGatewayProvider
			if provider == nil {
				provider = NatProvider_Gateway(nil)
			}
			v.createNatGateways(provider, natCount, placement)
		}
	}
	// Private subnets reach the internet over IPv6 through an egress-only gateway.
	requirePrivate := featureEnabled(v, "@aws-cdk/aws-ec2:requirePrivateSubnetsForEgressOnlyInternetGateway")
	if v.useIpv6 && (!requirePrivate || len(v.privateSubnetObjs) > 0) {
		eigw := NewCfnEgressOnlyInternetGateway(v, str("EIGW6"), &CfnEgressOnlyInternetGatewayProps{VpcId: v.vpcID})
		for _, s := range v.privateSubnetObjs {
			s.AddIpv6DefaultEgressOnlyInternetRoute(eigw.Ref())
		}
	}
	v.addVpn(props)
	if props.GatewayEndpoints != nil {
		for _, k := range sortedKeys(*props.GatewayEndpoints) {
			v.AddGatewayEndpoint(str(k), (*props.GatewayEndpoints)[k])
		}
	}
	if props.FlowLogs != nil {
		for _, k := range sortedKeys(*props.FlowLogs) {
			v.AddFlowLog(str(k), (*props.FlowLogs)[k])
		}
	}
	if (featureEnabled(v, restrictSGFlag) && (props.RestrictDefaultSecurityGroup == nil || *props.RestrictDefaultSecurityGroup)) ||
		truthy(props.RestrictDefaultSecurityGroup) {
		v.restrictDefaultSecurityGroup()
	}
	return v
}

func sortedKeys[T any](m map[string]T) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func resolvedStackAzs(azs []*string) []string {
	var out []string
	for _, az := range azs {
		if isUnresolved(az) {
			continue
		}
		switch deref(az) {
		case "dummy1a", "dummy1b", "dummy1c":
			continue
		}
		out = append(out, deref(az))
	}
	return out
}

// natGatewayCount is how many NAT gateways the VPC gets, after checking
// that the subnet groups can use them.
func (v *vpc) natGatewayCount(requested *float64) int {
	if isUnresolved(requested) {
		return 0
	}
	var hasPrivate, hasPublic, hasEgress bool
	for _, c := range v.subnetConfig {
		if c == nil {
			continue
		}
		if c.SubnetType.isPrivate() && !truthy(c.Reserved) {
			hasPrivate = true
		}
		if c.SubnetType.isPublic() && !truthy(c.Reserved) {
			hasPublic = true
		}
		if c.SubnetType == SubnetType_PRIVATE_WITH_EGRESS {
			hasEgress = true
		}
	}
	count := 0
	switch {
	case requested != nil:
		count = int(*requested)
		if len(v.azs) < count {
			count = len(v.azs)
		}
	case hasPrivate:
		count = len(v.azs)
	}
	if count == 0 && hasPrivate && !hasEgress {
		throw(v, "If you do not want NAT gateways (natGateways=0), make sure you don't configure any PRIVATE(_WITH_NAT) subnets in 'subnetConfiguration' (make them PUBLIC or ISOLATED instead)")
	}
	if count > 0 && !hasPublic {
		throw(v, "If you configure PRIVATE subnets in 'subnetConfiguration', you must also configure PUBLIC subnets to put the NAT gateways into (got %s.", subnetConfigJSON(v.subnetConfig))
	}
	return count
}

// subnetConfigJSON renders the subnet groups as aws-cdk-lib's message does.
func subnetConfigJSON(cfgs []*SubnetConfiguration) string {
	var parts []string
	for _, c := range cfgs {
		if c == nil {
			parts = append(parts, "null")
			continue
		}
		var fields []string
		add := func(k string, v interface{}) {
			b, _ := json.Marshal(v)
			fields = append(fields, fmt.Sprintf("%q:%s", k, b))
		}
		if c.Name != nil {
			add("name", *c.Name)
		}
		add("subnetType", subnetTypeValue[c.SubnetType])
		if c.CidrMask != nil {
			add("cidrMask", *c.CidrMask)
		}
		if c.Reserved != nil {
			add("reserved", *c.Reserved)
		}
		if c.MapPublicIpOnLaunch != nil {
			add("mapPublicIpOnLaunch", *c.MapPublicIpOnLaunch)
		}
		parts = append(parts, "{"+strings.Join(fields, ",")+"}")
	}
	return "[" + strings.Join(parts, ",") + "]"
}

func (v *vpc) createSubnets() {
	var requested []*RequestedSubnet
	for _, c := range v.subnetConfig {
		if c == nil {
			continue
		}
		for i, az := range v.azs {
			requested = append(requested, &RequestedSubnet{AvailabilityZone: az, Configuration: c,
				SubnetConstructId: str(fmt.Sprintf("%sSubnet%d", deref(c.Name), i+1))})
		}
	}
	req := &AllocateCidrRequest{VpcCidr: v.resource.AttrCidrBlock(), RequestedSubnets: &requested}
	var allocated []*AllocatedSubnet
	planner, ok := v.ipAddresses.(interface {
		plan(*AllocateCidrRequest) (*SubnetIpamOptions, error)
	})
	if ok {
		out, err := planner.plan(req)
		if err != nil {
			throw(v, "%s", err)
		}
		allocated = *out.AllocatedSubnets
	} else if out := v.ipAddresses.AllocateSubnetsCidr(req); out != nil && out.AllocatedSubnets != nil {
		allocated = *out.AllocatedSubnets
	}
	if len(allocated) != len(requested) {
		throw(v, "Incomplete Subnet Allocation; response array dose not equal input array")
	}
	if v.useIpv6 {
		cidrs := v.ipv6Addresses.CreateIpv6CidrBlocks(&CreateIpv6CidrBlocksRequest{Ipv6SelectedCidr: v.ipv6Selected, SubnetCount: num(float64(len(allocated)))})
		if out := v.ipv6Addresses.AllocateSubnetsIpv6Cidr(&AllocateIpv6CidrRequest{AllocatedSubnets: &allocated, Ipv6Cidrs: cidrs}); out != nil && out.AllocatedSubnets != nil {
			allocated = *out.AllocatedSubnets
		}
	}
	for i, a := range allocated {
		r := requested[i]
		c := r.Configuration
		if truthy(c.Reserved) || deref(r.AvailabilityZone) == fakeAz {
			continue
		}
		if !v.useIpv6 && c.Ipv6AssignAddressOnCreation != nil {
			throw(v, "ipv6AssignAddressOnCreation can only be set if IPv6 is enabled. Set ipProtocol to DUAL_STACK")
		}
		sp := &SubnetProps{AvailabilityZone: r.AvailabilityZone, VpcId: v.vpcID, CidrBlock: a.Cidr,
			MapPublicIpOnLaunch: boolp(v.mapPublicIpOnLaunch(c)), Ipv6CidrBlock: a.Ipv6Cidr}
		if v.useIpv6 {
			sp.AssignIpv6AddressOnCreation = boolp(c.Ipv6AssignAddressOnCreation == nil || *c.Ipv6AssignAddressOnCreation)
		}
		var s ISubnet
		switch {
		case c.SubnetType.isPublic():
			ps := NewPublicSubnet(v, r.SubnetConstructId, sp)
			v.public = append(v.public, ps)
			v.publicSubnets = append(v.publicSubnets, ps)
			s = ps
		case c.SubnetType.isPrivate():
			ps := NewPrivateSubnet(v, r.SubnetConstructId, sp)
			v.private = append(v.private, ps)
			v.privateSubnetObjs = append(v.privateSubnetObjs, ps)
			s = ps
		case c.SubnetType.isIsolated():
			ps := NewPrivateSubnet(v, r.SubnetConstructId, sp)
			v.iso = append(v.iso, ps)
			s = ps
		default:
			throw(v, "Unrecognized subnet type: %s", c.SubnetType)
		}
		only := &awscdk.TagProps{IncludeResourceTypes: &[]*string{str("AWS::EC2::Subnet")}}
		awscdk.Tags_Of(s).Add(str(subnetNameTag), c.Name, only)
		awscdk.Tags_Of(s).Add(str(subnetTypeTag), str(defaultSubnetName(c.SubnetType)), only)
	}
	if v.useIpv6 && v.ipv6Block != nil {
		for _, group := range [][]ISubnet{v.public, v.private, v.iso} {
			for _, s := range group {
				s.Node().AddDependency(v.ipv6Block)
			}
		}
	}
}

func (v *vpc) mapPublicIpOnLaunch(c *SubnetConfiguration) bool {
	if c.SubnetType.isPublic() {
		if c.MapPublicIpOnLaunch != nil {
			return *c.MapPublicIpOnLaunch
		}
		return !v.useIpv6 // dual-stack public subnets need no public IPv4 address
	}
	if c.MapPublicIpOnLaunch != nil {
		throw(v, "%s subnet cannot include mapPublicIpOnLaunch parameter", subnetTypeValue[c.SubnetType])
	}
	return false
}

func (v *vpc) createNatGateways(provider NatProvider, count int, placement *SubnetSelection) {
	if isRegionalNat(provider) {
		priv := append([]PrivateSubnet{}, v.privateSubnetObjs...)
		provider.ConfigureNat(&ConfigureNatOptions{Vpc: v, NatSubnets: &[]PublicSubnet{}, PrivateSubnets: &priv})
		return
	}
	var nat []PublicSubnet
	for _, s := range *v.SelectSubnetObjects(placement) {
		ps, ok := s.(PublicSubnet)
		if !ok || !v.isOwnPublic(s) {
			throw(v, "natGatewayPlacement %v contains non public subnet %s", placement, deref(s.Node().Path()))
		}
		nat = append(nat, ps)
	}
	if count < len(nat) {
		nat = nat[:count]
	}
	priv := append([]PrivateSubnet{}, v.privateSubnetObjs...)
	provider.ConfigureNat(&ConfigureNatOptions{Vpc: v, NatSubnets: &nat, PrivateSubnets: &priv})
}

func (v *vpc) isOwnPublic(s ISubnet) bool {
	for _, p := range v.public {
		if p == s {
			return true
		}
	}
	return false
}

func (v *vpc) restrictDefaultSecurityGroup() {
	const id = "Custom::VpcRestrictDefaultSG"
	stack := awscdk.Stack_Of(v)
	provider := restrictDefaultSGProvider(v, id)
	st := orderedStatement(
		"Effect", "Allow",
		"Action", []string{"ec2:AuthorizeSecurityGroupIngress", "ec2:AuthorizeSecurityGroupEgress", "ec2:RevokeSecurityGroupIngress", "ec2:RevokeSecurityGroupEgress"},
		"Resource", []*string{stack.FormatArn(&awscdk.ArnComponents{Resource: str("security-group"), Service: str("ec2"), ResourceName: v.VpcDefaultSecurityGroup()})},
	)
	provider.AddToRolePolicy(st)
	newRestrictSGResource(v, "RestrictDefaultSecurityGroupCustomResource", id, &restrictSGProps{
		ServiceToken: provider.ServiceToken(), DefaultSecurityGroupId: v.VpcDefaultSecurityGroup(), Account: stack.Account(),
	})
}

func (v *vpc) DnsHostnamesEnabled() *bool           { return boolp(v.dnsHostnames) }
func (v *vpc) DnsSupportEnabled() *bool             { return boolp(v.dnsSupport) }
func (v *vpc) InternetGatewayId() *string           { return v.igwID }
func (v *vpc) VpcCidrBlock() *string                { return v.resource.AttrCidrBlock() }
func (v *vpc) VpcCidrBlockAssociations() *[]*string { return v.resource.AttrCidrBlockAssociations() }
func (v *vpc) VpcDefaultNetworkAcl() *string        { return v.resource.AttrDefaultNetworkAcl() }
func (v *vpc) VpcDefaultSecurityGroup() *string     { return v.resource.AttrDefaultSecurityGroup() }
func (v *vpc) VpcIpv6CidrBlocks() *[]*string        { return v.resource.AttrIpv6CidrBlocks() }
