package awsec2

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsec2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// VpcEndpointType is the kind of a VPC endpoint.
type VpcEndpointType string

const (
	VpcEndpointType_INTERFACE           VpcEndpointType = "INTERFACE"
	VpcEndpointType_GATEWAY             VpcEndpointType = "GATEWAY"
	VpcEndpointType_GATEWAYLOADBALANCER VpcEndpointType = "GATEWAYLOADBALANCER"
	VpcEndpointType_SERVICENETWORK      VpcEndpointType = "SERVICENETWORK"
	VpcEndpointType_RESOURCE            VpcEndpointType = "RESOURCE"
)

// VpcEndpointIpAddressType is the IP version of an endpoint's addresses.
type VpcEndpointIpAddressType string

const (
	VpcEndpointIpAddressType_IPV4      VpcEndpointIpAddressType = "IPV4"
	VpcEndpointIpAddressType_IPV6      VpcEndpointIpAddressType = "IPV6"
	VpcEndpointIpAddressType_DUALSTACK VpcEndpointIpAddressType = "DUALSTACK"
)

var ipAddressTypeValue = map[VpcEndpointIpAddressType]string{
	VpcEndpointIpAddressType_IPV4: "ipv4", VpcEndpointIpAddressType_IPV6: "ipv6", VpcEndpointIpAddressType_DUALSTACK: "dualstack",
}

// VpcEndpointDnsRecordIpType is the IP version of an endpoint's DNS records.
type VpcEndpointDnsRecordIpType string

const (
	VpcEndpointDnsRecordIpType_IPV4            VpcEndpointDnsRecordIpType = "IPV4"
	VpcEndpointDnsRecordIpType_IPV6            VpcEndpointDnsRecordIpType = "IPV6"
	VpcEndpointDnsRecordIpType_DUALSTACK       VpcEndpointDnsRecordIpType = "DUALSTACK"
	VpcEndpointDnsRecordIpType_SERVICE_DEFINED VpcEndpointDnsRecordIpType = "SERVICE_DEFINED"
)

var dnsRecordIpTypeValue = map[VpcEndpointDnsRecordIpType]string{
	VpcEndpointDnsRecordIpType_IPV4: "ipv4", VpcEndpointDnsRecordIpType_IPV6: "ipv6",
	VpcEndpointDnsRecordIpType_DUALSTACK: "dualstack", VpcEndpointDnsRecordIpType_SERVICE_DEFINED: "service-defined",
}

// VpcEndpointPrivateDnsOnlyForInboundResolverEndpoint says which resolvers get private DNS.
type VpcEndpointPrivateDnsOnlyForInboundResolverEndpoint string

const (
	VpcEndpointPrivateDnsOnlyForInboundResolverEndpoint_ALL_RESOLVERS         VpcEndpointPrivateDnsOnlyForInboundResolverEndpoint = "ALL_RESOLVERS"
	VpcEndpointPrivateDnsOnlyForInboundResolverEndpoint_ONLY_INBOUND_RESOLVER VpcEndpointPrivateDnsOnlyForInboundResolverEndpoint = "ONLY_INBOUND_RESOLVER"
)

var inboundResolverValue = map[VpcEndpointPrivateDnsOnlyForInboundResolverEndpoint]string{
	VpcEndpointPrivateDnsOnlyForInboundResolverEndpoint_ALL_RESOLVERS:         "AllResolvers",
	VpcEndpointPrivateDnsOnlyForInboundResolverEndpoint_ONLY_INBOUND_RESOLVER: "OnlyInboundResolver",
}

// IGatewayVpcEndpointService is a service a gateway endpoint reaches.
type IGatewayVpcEndpointService interface {
	Name() *string
}

// GatewayVpcEndpointAwsService is an AWS service with gateway endpoints.
type GatewayVpcEndpointAwsService interface {
	IGatewayVpcEndpointService
	Name() *string
}

type gatewayService struct{ name *string }

func (g *gatewayService) Name() *string { return g.name }

// NewGatewayVpcEndpointAwsService names a gateway endpoint service
// ("<prefix>.<region>.<name>", prefix com.amazonaws by default).
func NewGatewayVpcEndpointAwsService(name *string, prefix *string) GatewayVpcEndpointAwsService {
	p := deref(prefix)
	if p == "" {
		p = "com.amazonaws"
	}
	return &gatewayService{name: str(p + "." + *awscdk.Aws_REGION() + "." + deref(name))}
}

func GatewayVpcEndpointAwsService_DYNAMODB() GatewayVpcEndpointAwsService {
	return NewGatewayVpcEndpointAwsService(str("dynamodb"), nil)
}
func GatewayVpcEndpointAwsService_S3() GatewayVpcEndpointAwsService {
	return NewGatewayVpcEndpointAwsService(str("s3"), nil)
}
func GatewayVpcEndpointAwsService_S3_EXPRESS() GatewayVpcEndpointAwsService {
	return NewGatewayVpcEndpointAwsService(str("s3express"), nil)
}

// IInterfaceVpcEndpointService is a service an interface endpoint reaches.
type IInterfaceVpcEndpointService interface {
	Name() *string
	Port() *float64
	PrivateDnsDefault() *bool
}

// InterfaceVpcEndpointService is a custom (non-AWS) endpoint service.
type InterfaceVpcEndpointService interface {
	IInterfaceVpcEndpointService
}

type interfaceService struct {
	name, short *string
	port        float64
	privateDNS  bool
}

func (s *interfaceService) Name() *string            { return s.name }
func (s *interfaceService) Port() *float64           { return num(s.port) }
func (s *interfaceService) PrivateDnsDefault() *bool { return boolp(s.privateDNS) }
func (s *interfaceService) ShortName() *string       { return s.short }

// NewInterfaceVpcEndpointService names a custom endpoint service. Default port: 443.
func NewInterfaceVpcEndpointService(name *string, port *float64) InterfaceVpcEndpointService {
	p := 443.0
	if port != nil && *port != 0 {
		p = *port
	}
	return &interfaceService{name: name, port: p}
}

// InterfaceVpcEndpointAwsServiceProps are options of NewInterfaceVpcEndpointAwsService.
type InterfaceVpcEndpointAwsServiceProps struct {
	// The service is global: its name has no region.
	Global *bool `field:"optional" json:"global" yaml:"global"`
}

// InterfaceVpcEndpointAwsService is an AWS service with interface endpoints.
type InterfaceVpcEndpointAwsService interface {
	IInterfaceVpcEndpointService
	ShortName() *string
}

type stringProducer func(ctx awscdk.IResolveContext) *string

func (p stringProducer) Produce(ctx awscdk.IResolveContext) *string { return p(ctx) }

// NewInterfaceVpcEndpointAwsService names an AWS endpoint service:
// "<prefix>.<region>.<name>", where the prefix and suffix depend on the
// region of the stack that uses it.
func NewInterfaceVpcEndpointAwsService(name *string, prefix *string, port *float64, props *InterfaceVpcEndpointAwsServiceProps) InterfaceVpcEndpointAwsService {
	p := 443.0
	if port != nil && *port != 0 {
		p = *port
	}
	return newAwsServiceWith(deref(name), deref(prefix), p, props != nil && truthy(props.Global))
}

func newAwsService(name, prefix string, port float64, global bool) InterfaceVpcEndpointAwsService {
	return newAwsServiceWith(name, prefix, port, global)
}

func regionOf(ctx awscdk.IResolveContext) *string {
	return awscdk.Stack_Of(ctx.Scope()).Region()
}

func newAwsServiceWith(name, prefix string, port float64, global bool) *interfaceService {
	parts := []*string{}
	if prefix != "" {
		parts = append(parts, str(prefix))
	} else {
		parts = append(parts, awscdk.Lazy_UncachedString(stringProducer(func(ctx awscdk.IResolveContext) *string {
			return str(defaultEndpointPrefix(name, deref(regionOf(ctx))))
		}), nil))
	}
	parts = append(parts, str("."))
	if !global {
		parts = append(parts, awscdk.Lazy_UncachedString(stringProducer(regionOf), nil), str("."))
	}
	parts = append(parts, str(name), awscdk.Lazy_UncachedString(stringProducer(func(ctx awscdk.IResolveContext) *string {
		if contains(regionalSuffixServices[deref(regionOf(ctx))], name) {
			return str(".cn")
		}
		return str("")
	}), nil))
	full := ""
	for _, s := range parts {
		full += *s
	}
	return &interfaceService{name: str(full), short: str(name), port: port, privateDNS: true}
}

func defaultEndpointPrefix(name, region string) string {
	if !contains(regionalPrefixServices[region], name) {
		return "com.amazonaws"
	}
	switch region {
	case "eusc-de-east-1":
		return "eu.amazonaws"
	case "us-iso-east-1", "us-iso-west-1":
		return "gov.ic.c2s"
	case "us-isob-east-1", "us-isob-west-1":
		return "gov.sgov.sc2s"
	case "us-isof-south-1", "us-isof-east-1":
		return "gov.ic.hci.csp"
	case "eu-isoe-west-1":
		return "uk.adc-e.cloud"
	case "cn-north-1", "cn-northwest-1":
		return "cn.com.amazonaws"
	}
	return "com.amazonaws"
}

// VpcEndpoint is what gateway and interface endpoints share: a resource
// policy built from statements.
type VpcEndpoint interface {
	awscdk.Resource
	IVpcEndpoint
	PolicyDocument() awsiam.PolicyDocument
	SetPolicyDocument(val awsiam.PolicyDocument)
	VpcEndpointRef() *interfacesawsec2.VPCEndpointReference
	AddToPolicy(statement awsiam.PolicyStatement)
	ToString() *string
}

type vpcEndpointBase struct {
	awscdk.Resource
	policy awsiam.PolicyDocument
	id     *string
	res    CfnVPCEndpoint
}

func (e *vpcEndpointBase) PolicyDocument() awsiam.PolicyDocument       { return e.policy }
func (e *vpcEndpointBase) SetPolicyDocument(val awsiam.PolicyDocument) { e.policy = val }
func (e *vpcEndpointBase) VpcEndpointId() *string                      { return e.id }
func (e *vpcEndpointBase) VpcEndpointRef() *interfacesawsec2.VPCEndpointReference {
	return &interfacesawsec2.VPCEndpointReference{VpcEndpointId: e.id}
}

// AddToPolicy adds a statement (which must name a principal) to the endpoint's policy.
func (e *vpcEndpointBase) AddToPolicy(statement awsiam.PolicyStatement) {
	if !truthy(statement.HasPrincipal()) {
		throw(e, "Statement must have a `Principal`.")
	}
	if e.policy == nil {
		e.policy = awsiam.NewPolicyDocument(nil)
	}
	e.policy.AddStatements(statement)
}

type anyProducer func() interface{}

func (p anyProducer) Produce() interface{} { return p() }

func (e *vpcEndpointBase) policyToken() interface{} {
	return awscdk.Lazy_Any(anyProducer(func() interface{} {
		if e.policy == nil {
			return nil
		}
		return e.policy
	}), nil)
}

func (e *vpcEndpointBase) VpcEndpointCreationTimestamp() *string {
	return e.res.AttrCreationTimestamp()
}
func (e *vpcEndpointBase) VpcEndpointDnsEntries() *[]*string { return e.res.AttrDnsEntries() }
func (e *vpcEndpointBase) VpcEndpointNetworkInterfaceIds() *[]*string {
	return e.res.AttrNetworkInterfaceIds()
}

// GatewayVpcEndpointOptions are the options of IVpc.AddGatewayEndpoint.
type GatewayVpcEndpointOptions struct {
	Service         IGatewayVpcEndpointService `field:"required" json:"service" yaml:"service"`
	DnsRecordIpType VpcEndpointDnsRecordIpType `field:"optional" json:"dnsRecordIpType" yaml:"dnsRecordIpType"`
	IpAddressType   VpcEndpointIpAddressType   `field:"optional" json:"ipAddressType" yaml:"ipAddressType"`
	// The subnets whose route tables get the endpoint's routes. Default: all.
	Subnets *[]*SubnetSelection `field:"optional" json:"subnets" yaml:"subnets"`
}

// GatewayVpcEndpointProps are the props of NewGatewayVpcEndpoint.
type GatewayVpcEndpointProps struct {
	Service         IGatewayVpcEndpointService `field:"required" json:"service" yaml:"service"`
	DnsRecordIpType VpcEndpointDnsRecordIpType `field:"optional" json:"dnsRecordIpType" yaml:"dnsRecordIpType"`
	IpAddressType   VpcEndpointIpAddressType   `field:"optional" json:"ipAddressType" yaml:"ipAddressType"`
	Subnets         *[]*SubnetSelection        `field:"optional" json:"subnets" yaml:"subnets"`
	Vpc             IVpc                       `field:"required" json:"vpc" yaml:"vpc"`
}

// GatewayVpcEndpoint is a gateway endpoint (S3, DynamoDB) routed from the
// VPC's route tables.
type GatewayVpcEndpoint interface {
	VpcEndpoint
	IGatewayVpcEndpoint
	VpcEndpointCreationTimestamp() *string
	VpcEndpointDnsEntries() *[]*string
	VpcEndpointNetworkInterfaceIds() *[]*string
}

type gatewayEndpoint struct{ vpcEndpointBase }

func dnsOptions(t VpcEndpointDnsRecordIpType, inbound VpcEndpointPrivateDnsOnlyForInboundResolverEndpoint) interface{} {
	if t == "" && inbound == "" {
		return nil
	}
	o := &CfnVPCEndpoint_DnsOptionsSpecificationProperty{}
	if t != "" {
		o.DnsRecordIpType = str(dnsRecordIpTypeValue[t])
	}
	if inbound != "" {
		o.PrivateDnsOnlyForInboundResolverEndpoint = str(inboundResolverValue[inbound])
	}
	return o
}

func optEnum(v string) *string {
	if v == "" {
		return nil
	}
	return str(v)
}

// NewGatewayVpcEndpoint creates a gateway endpoint.
func NewGatewayVpcEndpoint(scope constructs.Construct, id *string, props *GatewayVpcEndpointProps) GatewayVpcEndpoint {
	props = l2.Inject(*GatewayVpcEndpoint_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &GatewayVpcEndpointProps{}
	}
	e := &gatewayEndpoint{}
	e.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(e.Resource, e)
	if props.Vpc == nil || props.Service == nil {
		throw(e, "GatewayVpcEndpoint: 'vpc' and 'service' are required")
	}
	var subnets []ISubnet
	if props.Subnets != nil {
		for _, s := range *props.Subnets {
			subnets = append(subnets, *props.Vpc.SelectSubnets(s).Subnets...)
		}
	} else {
		subnets = append(append(append(subnets, *props.Vpc.PrivateSubnets()...), *props.Vpc.PublicSubnets()...), *props.Vpc.IsolatedSubnets()...)
	}
	var tables []interface{}
	seen := map[string]bool{}
	for _, s := range subnets {
		if rt := s.RouteTable(); rt != nil && rt.RouteTableId() != nil && !seen[*rt.RouteTableId()] {
			seen[*rt.RouteTableId()] = true
			tables = append(tables, rt.RouteTableId())
		}
	}
	if len(tables) == 0 {
		throw(e, "Can't add a gateway endpoint to VPC; route table IDs are not available")
	}
	e.res = NewCfnVPCEndpoint(e, str("Resource"), &CfnVPCEndpointProps{
		PolicyDocument: e.policyToken(), RouteTableIds: &tables, ServiceName: props.Service.Name(),
		VpcEndpointType: str("Gateway"), VpcId: props.Vpc.VpcId(), IpAddressType: optEnum(ipAddressTypeValue[props.IpAddressType]),
		DnsOptions: dnsOptions(props.DnsRecordIpType, ""),
	})
	e.id = e.res.Ref()
	return e
}

// GatewayVpcEndpoint_FromGatewayVpcEndpointId imports a gateway endpoint by id.
func GatewayVpcEndpoint_FromGatewayVpcEndpointId(scope constructs.Construct, id *string, gatewayVpcEndpointId *string) IGatewayVpcEndpoint {
	e := &importedEndpoint{id: gatewayVpcEndpointId}
	e.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(e.Resource, e)
	return e
}

type importedEndpoint struct {
	awscdk.Resource
	id    *string
	conns Connections
}

func (e *importedEndpoint) VpcEndpointId() *string { return e.id }
func (e *importedEndpoint) VpcEndpointRef() *interfacesawsec2.VPCEndpointReference {
	return &interfacesawsec2.VPCEndpointReference{VpcEndpointId: e.id}
}
func (e *importedEndpoint) Connections() Connections { return e.conns }

// InterfaceVpcEndpointOptions are the options of IVpc.AddInterfaceEndpoint.
type InterfaceVpcEndpointOptions struct {
	Service                                  IInterfaceVpcEndpointService                        `field:"required" json:"service" yaml:"service"`
	DnsRecordIpType                          VpcEndpointDnsRecordIpType                          `field:"optional" json:"dnsRecordIpType" yaml:"dnsRecordIpType"`
	IpAddressType                            VpcEndpointIpAddressType                            `field:"optional" json:"ipAddressType" yaml:"ipAddressType"`
	LookupSupportedAzs                       *bool                                               `field:"optional" json:"lookupSupportedAzs" yaml:"lookupSupportedAzs"`
	Open                                     *bool                                               `field:"optional" json:"open" yaml:"open"`
	PrivateDnsEnabled                        *bool                                               `field:"optional" json:"privateDnsEnabled" yaml:"privateDnsEnabled"`
	PrivateDnsOnlyForInboundResolverEndpoint VpcEndpointPrivateDnsOnlyForInboundResolverEndpoint `field:"optional" json:"privateDnsOnlyForInboundResolverEndpoint" yaml:"privateDnsOnlyForInboundResolverEndpoint"`
	SecurityGroups                           *[]ISecurityGroup                                   `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	ServiceRegion                            *string                                             `field:"optional" json:"serviceRegion" yaml:"serviceRegion"`
	Subnets                                  *SubnetSelection                                    `field:"optional" json:"subnets" yaml:"subnets"`
}

// InterfaceVpcEndpointProps are the props of NewInterfaceVpcEndpoint.
type InterfaceVpcEndpointProps struct {
	Service                                  IInterfaceVpcEndpointService                        `field:"required" json:"service" yaml:"service"`
	DnsRecordIpType                          VpcEndpointDnsRecordIpType                          `field:"optional" json:"dnsRecordIpType" yaml:"dnsRecordIpType"`
	IpAddressType                            VpcEndpointIpAddressType                            `field:"optional" json:"ipAddressType" yaml:"ipAddressType"`
	LookupSupportedAzs                       *bool                                               `field:"optional" json:"lookupSupportedAzs" yaml:"lookupSupportedAzs"`
	Open                                     *bool                                               `field:"optional" json:"open" yaml:"open"`
	PrivateDnsEnabled                        *bool                                               `field:"optional" json:"privateDnsEnabled" yaml:"privateDnsEnabled"`
	PrivateDnsOnlyForInboundResolverEndpoint VpcEndpointPrivateDnsOnlyForInboundResolverEndpoint `field:"optional" json:"privateDnsOnlyForInboundResolverEndpoint" yaml:"privateDnsOnlyForInboundResolverEndpoint"`
	SecurityGroups                           *[]ISecurityGroup                                   `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	ServiceRegion                            *string                                             `field:"optional" json:"serviceRegion" yaml:"serviceRegion"`
	Subnets                                  *SubnetSelection                                    `field:"optional" json:"subnets" yaml:"subnets"`
	Vpc                                      IVpc                                                `field:"required" json:"vpc" yaml:"vpc"`
}

// InterfaceVpcEndpointAttributes describe an interface endpoint defined outside this app.
type InterfaceVpcEndpointAttributes struct {
	Port           *float64          `field:"required" json:"port" yaml:"port"`
	VpcEndpointId  *string           `field:"required" json:"vpcEndpointId" yaml:"vpcEndpointId"`
	SecurityGroups *[]ISecurityGroup `field:"optional" json:"securityGroups" yaml:"securityGroups"`
}

// InterfaceVpcEndpoint is an interface endpoint: network interfaces in the
// VPC's subnets, behind a security group open to the VPC by default.
type InterfaceVpcEndpoint interface {
	VpcEndpoint
	IInterfaceVpcEndpoint
	Connections() Connections
	VpcEndpointCreationTimestamp() *string
	VpcEndpointDnsEntries() *[]*string
	VpcEndpointNetworkInterfaceIds() *[]*string
}

type interfaceEndpoint struct {
	vpcEndpointBase
	conns Connections
}

func (e *interfaceEndpoint) Connections() Connections { return e.conns }

// NewInterfaceVpcEndpoint creates an interface endpoint.
func NewInterfaceVpcEndpoint(scope constructs.Construct, id *string, props *InterfaceVpcEndpointProps) InterfaceVpcEndpoint {
	props = l2.Inject(*InterfaceVpcEndpoint_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &InterfaceVpcEndpointProps{}
	}
	e := &interfaceEndpoint{}
	e.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(e.Resource, e)
	if props.Vpc == nil || props.Service == nil {
		throw(e, "InterfaceVpcEndpoint: 'vpc' and 'service' are required")
	}
	var groups []ISecurityGroup
	if props.SecurityGroups != nil {
		groups = *props.SecurityGroups
	} else {
		groups = []ISecurityGroup{NewSecurityGroup(e, str("SecurityGroup"), &SecurityGroupProps{Vpc: props.Vpc})}
	}
	e.conns = NewConnections(&ConnectionsProps{DefaultPort: Port_Tcp(props.Service.Port()), SecurityGroups: &groups})
	if props.Open == nil || *props.Open {
		e.conns.AllowDefaultPortFrom(Peer_Ipv4(props.Vpc.VpcCidrBlock()), nil)
	}
	if truthy(props.LookupSupportedAzs) {
		throw(e, "lookupSupportedAzs is not supported by Strata yet")
	}
	sel := SubnetSelection{}
	if props.Subnets != nil {
		sel = *props.Subnets
	}
	sel.OnePerAz = boolp(true)
	chosen := props.Vpc.SelectSubnets(&sel)
	if !truthy(chosen.IsPendingLookup) && len(*chosen.Subnets) == 0 {
		throw(e, "Cannot create a VPC Endpoint with no subnets")
	}
	var subnetIds, sgIds []interface{}
	for _, s := range *chosen.SubnetIds {
		subnetIds = append(subnetIds, s)
	}
	for _, g := range groups {
		sgIds = append(sgIds, g.SecurityGroupId())
	}
	privateDNS := props.PrivateDnsEnabled
	if privateDNS == nil {
		privateDNS = props.Service.PrivateDnsDefault()
	}
	if privateDNS == nil {
		privateDNS = boolp(true)
	}
	var region *string
	if deref(props.ServiceRegion) != "" {
		region = props.ServiceRegion
	}
	e.res = NewCfnVPCEndpoint(e, str("Resource"), &CfnVPCEndpointProps{
		PrivateDnsEnabled: privateDNS, PolicyDocument: e.policyToken(), SecurityGroupIds: &sgIds,
		ServiceName: props.Service.Name(), VpcEndpointType: str("Interface"), SubnetIds: &subnetIds, VpcId: props.Vpc.VpcId(),
		IpAddressType: optEnum(ipAddressTypeValue[props.IpAddressType]),
		DnsOptions:    dnsOptions(props.DnsRecordIpType, props.PrivateDnsOnlyForInboundResolverEndpoint), ServiceRegion: region,
	})
	e.id = e.res.Ref()
	return e
}

// InterfaceVpcEndpoint_FromInterfaceVpcEndpointAttributes imports an interface endpoint.
func InterfaceVpcEndpoint_FromInterfaceVpcEndpointAttributes(scope constructs.Construct, id *string, attrs *InterfaceVpcEndpointAttributes) IInterfaceVpcEndpoint {
	if attrs == nil {
		attrs = &InterfaceVpcEndpointAttributes{}
	}
	e := &importedEndpoint{id: attrs.VpcEndpointId}
	e.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(e.Resource, e)
	e.conns = NewConnections(&ConnectionsProps{DefaultPort: Port_Tcp(attrs.Port), SecurityGroups: attrs.SecurityGroups})
	return e
}

func GatewayVpcEndpoint_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-ec2.GatewayVpcEndpoint")
}
func InterfaceVpcEndpoint_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-ec2.InterfaceVpcEndpoint")
}
func GatewayVpcEndpoint_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }
func InterfaceVpcEndpoint_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}
func GatewayVpcEndpoint_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}
func InterfaceVpcEndpoint_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}
func GatewayVpcEndpoint_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}
func InterfaceVpcEndpoint_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}
