package awsec2

import (
	"encoding/json"
	"net"
	"regexp"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsec2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/cwmetric"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// VpnConnectionType is the type of a VPN connection.
type VpnConnectionType string

const (
	VpnConnectionType_IPSEC_1 VpnConnectionType = "IPSEC_1"
	VpnConnectionType_DUMMY   VpnConnectionType = "DUMMY"
)

var vpnConnectionTypeValues = map[VpnConnectionType]string{VpnConnectionType_IPSEC_1: "ipsec.1", VpnConnectionType_DUMMY: "dummy"}

// reservedTunnelInsideCidrs are the /30 blocks of 169.254.0.0/16 AWS keeps
// for itself (aws-cdk-lib's RESERVED_TUNNEL_INSIDE_CIDR).
var reservedTunnelInsideCidrs = []string{"169.254.0.0/30", "169.254.1.0/30", "169.254.2.0/30", "169.254.3.0/30",
	"169.254.4.0/30", "169.254.5.0/30", "169.254.169.252/30"}

var (
	preSharedKeyPattern     = regexp.MustCompile(`^[a-zA-Z1-9._][a-zA-Z\d._]{7,63}$`)
	tunnelInsideCidrPattern = regexp.MustCompile(`^169\.254\.\d{1,3}\.\d{1,3}/30$`)
	nonDigits               = regexp.MustCompile(`[^\d]`)
)

// VpnTunnelOption configures one VPN tunnel.
type VpnTunnelOption struct {
	// The pre-shared key (8 to 64 of a-z, A-Z, 0-9, '.' and '_', not starting with 0).
	//
	// Deprecated: use PreSharedKeySecret.
	PreSharedKey *string `field:"optional" json:"preSharedKey" yaml:"preSharedKey"`
	// The pre-shared key, as a secret.
	PreSharedKeySecret awscdk.SecretValue `field:"optional" json:"preSharedKeySecret" yaml:"preSharedKeySecret"`
	// A /30 of 169.254.0.0/16 for the tunnel's inside addresses.
	TunnelInsideCidr *string `field:"optional" json:"tunnelInsideCidr" yaml:"tunnelInsideCidr"`
}

// VpnConnectionOptions are the options of IVpc.AddVpnConnection.
type VpnConnectionOptions struct {
	// The customer gateway's public IPv4 address.
	Ip *string `field:"required" json:"ip" yaml:"ip"`
	// The customer gateway's BGP ASN. Default: 65000.
	Asn *float64 `field:"optional" json:"asn" yaml:"asn"`
	// Static routes (the connection then uses static routing only).
	StaticRoutes *[]*string `field:"optional" json:"staticRoutes" yaml:"staticRoutes"`
	// Up to two tunnels' options.
	TunnelOptions *[]*VpnTunnelOption `field:"optional" json:"tunnelOptions" yaml:"tunnelOptions"`
}

// VpnConnectionProps configure a VpnConnection.
type VpnConnectionProps struct {
	Ip            *string             `field:"required" json:"ip" yaml:"ip"`
	Asn           *float64            `field:"optional" json:"asn" yaml:"asn"`
	StaticRoutes  *[]*string          `field:"optional" json:"staticRoutes" yaml:"staticRoutes"`
	TunnelOptions *[]*VpnTunnelOption `field:"optional" json:"tunnelOptions" yaml:"tunnelOptions"`
	// The VPC; its VPN gateway is enabled if it has none.
	Vpc IVpc `field:"required" json:"vpc" yaml:"vpc"`
}

// VpnConnectionAttributes describe an imported VPN connection.
type VpnConnectionAttributes struct {
	CustomerGatewayAsn *float64 `field:"required" json:"customerGatewayAsn" yaml:"customerGatewayAsn"`
	CustomerGatewayId  *string  `field:"required" json:"customerGatewayId" yaml:"customerGatewayId"`
	CustomerGatewayIp  *string  `field:"required" json:"customerGatewayIp" yaml:"customerGatewayIp"`
	VpnId              *string  `field:"required" json:"vpnId" yaml:"vpnId"`
}

// EnableVpnGatewayOptions are the options of IVpc.EnableVpnGateway.
type EnableVpnGatewayOptions struct {
	// The gateway type ("ipsec.1").
	Type *string `field:"required" json:"type" yaml:"type"`
	// The Amazon side's BGP ASN.
	AmazonSideAsn *float64 `field:"optional" json:"amazonSideAsn" yaml:"amazonSideAsn"`
	// The subnets whose route tables learn the VPN's routes. Default: the private subnets.
	VpnRoutePropagation *[]*SubnetSelection `field:"optional" json:"vpnRoutePropagation" yaml:"vpnRoutePropagation"`
}

// IVpnConnection is a site-to-site VPN connection, owned or imported.
type IVpnConnection interface {
	awscdk.IResource
	interfacesawsec2.IVPNConnectionRef
	// Metric returns a metric of this connection (namespace AWS/VPN).
	Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	// MetricTunnelDataIn is the bytes received through the tunnels (sum).
	MetricTunnelDataIn(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	// MetricTunnelDataOut is the bytes sent through the tunnels (sum).
	MetricTunnelDataOut(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	// MetricTunnelState is the tunnels' state, 1 up and 0 down (average).
	MetricTunnelState(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	CustomerGatewayAsn() *float64
	CustomerGatewayId() *string
	CustomerGatewayIp() *string
	VpnId() *string
}

// VpnConnectionBase is what owned and imported VPN connections share.
type VpnConnectionBase interface {
	awscdk.Resource
	IVpnConnection
}

// VpnConnection is a site-to-site VPN connection: a customer gateway, the
// connection and its static routes.
type VpnConnection interface {
	VpnConnectionBase
}

type vpnConnection struct {
	awscdk.Resource
	vpnID, gatewayID, gatewayIP *string
	gatewayAsn                  *float64
}

func (c *vpnConnection) VpnId() *string               { return c.vpnID }
func (c *vpnConnection) CustomerGatewayId() *string   { return c.gatewayID }
func (c *vpnConnection) CustomerGatewayIp() *string   { return c.gatewayIP }
func (c *vpnConnection) CustomerGatewayAsn() *float64 { return c.gatewayAsn }

// VpnConnectionRef names the customer gateway, as aws-cdk-lib 2.276.0's does.
func (c *vpnConnection) VpnConnectionRef() *interfacesawsec2.VPNConnectionReference {
	return &interfacesawsec2.VPNConnectionReference{VpnConnectionId: c.gatewayID}
}

func (c *vpnConnection) Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return awscloudwatch.NewMetric(cwmetric.Overlay(&awscloudwatch.MetricProps{Namespace: str("AWS/VPN"), MetricName: metricName,
		DimensionsMap: &map[string]*string{"VpnId": c.vpnID}}, props)).AttachTo(c)
}
func (c *vpnConnection) MetricTunnelState(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return c.Metric(str("TunnelState"), withStatistic("Average", props))
}
func (c *vpnConnection) MetricTunnelDataIn(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return c.Metric(str("TunnelDataIn"), withStatistic("Sum", props))
}
func (c *vpnConnection) MetricTunnelDataOut(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return c.Metric(str("TunnelDataOut"), withStatistic("Sum", props))
}

// withStatistic is props with statistic as the default statistic.
func withStatistic(statistic string, props *awscloudwatch.MetricOptions) *awscloudwatch.MetricOptions {
	o := awscloudwatch.MetricOptions{}
	if props != nil {
		o = *props
	}
	if o.Statistic == nil {
		o.Statistic = str(statistic)
	}
	return &o
}

// NewVpnConnection creates a VPN connection to a customer gateway,
// enabling the VPC's VPN gateway first if it has none.
func NewVpnConnection(scope constructs.Construct, id *string, props *VpnConnectionProps) VpnConnection {
	props = l2.Inject(*VpnConnection_PROPERTY_INJECTION_ID(), props, scope, id)
	c := &vpnConnection{}
	c.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(c.Resource, c)
	if props == nil || props.Vpc == nil || props.Ip == nil {
		throw(c, "VpnConnection: vpc and ip are required")
	}
	if props.Vpc.VpnGatewayId() == nil {
		props.Vpc.EnableVpnGateway(&EnableVpnGatewayOptions{Type: str("ipsec.1"), AmazonSideAsn: props.Asn})
	}
	if !isUnresolved(props.Ip) {
		if ip := net.ParseIP(*props.Ip); ip == nil || ip.To4() == nil || strings.Contains(*props.Ip, ":") {
			throw(c, "The `ip` %s is not a valid IPv4 address.", *props.Ip)
		}
	}
	asn := 65000.0
	if props.Asn != nil && *props.Asn != 0 {
		asn = *props.Asn
	}
	typ := str(vpnConnectionTypeValues[VpnConnectionType_IPSEC_1])
	gateway := NewCfnCustomerGateway(c, str("CustomerGateway"), &CfnCustomerGatewayProps{BgpAsn: num(asn), IpAddress: props.Ip, Type: typ})
	c.gatewayID, c.gatewayAsn, c.gatewayIP = gateway.Ref(), num(asn), props.Ip

	var tunnels []interface{}
	if props.TunnelOptions != nil {
		opts := *props.TunnelOptions
		if len(opts) > 2 {
			throw(c, "Cannot specify more than two `tunnelOptions`")
		}
		if len(opts) == 2 && opts[0] != nil && opts[1] != nil && opts[0].TunnelInsideCidr != nil && opts[1].TunnelInsideCidr != nil &&
			*opts[0].TunnelInsideCidr == *opts[1].TunnelInsideCidr {
			throw(c, "Same %s `tunnelInsideCidr` cannot be used for both tunnels.", *opts[0].TunnelInsideCidr)
		}
		for i, o := range opts {
			if o == nil {
				o = &VpnTunnelOption{}
			}
			if o.PreSharedKey != nil && *o.PreSharedKey != "" && o.PreSharedKeySecret != nil {
				throw(c, "Specify at most one of 'preSharedKey' and 'preSharedKeySecret'.")
			}
			if k := o.PreSharedKey; k != nil && *k != "" && !isUnresolved(k) && !preSharedKeyPattern.MatchString(*k) {
				throw(c, "The `preSharedKey` %s for tunnel %d is invalid. Allowed characters are alphanumeric characters and ._. Must be between 8 and 64 characters in length and cannot start with zero (0).", *k, i+1)
			}
			if cidr := o.TunnelInsideCidr; cidr != nil && *cidr != "" {
				if contains(reservedTunnelInsideCidrs, *cidr) {
					throw(c, "The `tunnelInsideCidr` %s for tunnel %d is a reserved inside CIDR.", *cidr, i+1)
				}
				if !tunnelInsideCidrPattern.MatchString(*cidr) {
					throw(c, "The `tunnelInsideCidr` %s for tunnel %d is not a size /30 CIDR block from the 169.254.0.0/16 range.", *cidr, i+1)
				}
			}
			spec := &CfnVPNConnection_VpnTunnelOptionsSpecificationProperty{PreSharedKey: o.PreSharedKey, TunnelInsideCidr: o.TunnelInsideCidr}
			if o.PreSharedKeySecret != nil {
				spec.PreSharedKey = o.PreSharedKeySecret.UnsafeUnwrap()
			}
			tunnels = append(tunnels, spec)
		}
	}
	cfn := &CfnVPNConnectionProps{Type: typ, CustomerGatewayId: gateway.Ref(), StaticRoutesOnly: props.StaticRoutes != nil,
		VpnGatewayId: props.Vpc.VpnGatewayId()}
	if tunnels != nil {
		cfn.VpnTunnelOptionsSpecifications = tunnels
	}
	conn := NewCfnVPNConnection(c, str("Resource"), cfn)
	c.vpnID = conn.Ref()
	if props.StaticRoutes != nil {
		for _, route := range *props.StaticRoutes {
			NewCfnVPNConnectionRoute(c, str("Route"+nonDigits.ReplaceAllString(deref(route), "")),
				&CfnVPNConnectionRouteProps{DestinationCidrBlock: route, VpnConnectionId: c.vpnID})
		}
	}
	return c
}

// VpnConnection_FromVpnConnectionAttributes imports a VPN connection.
func VpnConnection_FromVpnConnectionAttributes(scope constructs.Construct, id *string, attrs *VpnConnectionAttributes) IVpnConnection {
	if attrs == nil {
		attrs = &VpnConnectionAttributes{}
	}
	c := &vpnConnection{vpnID: attrs.VpnId, gatewayID: attrs.CustomerGatewayId, gatewayIP: attrs.CustomerGatewayIp, gatewayAsn: attrs.CustomerGatewayAsn}
	c.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(c.Resource, c)
	return c
}

// VpnConnection_MetricAll returns a metric of all the account's VPN connections.
func VpnConnection_MetricAll(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return awscloudwatch.NewMetric(cwmetric.Overlay(&awscloudwatch.MetricProps{Namespace: str("AWS/VPN"), MetricName: metricName}, props))
}

// VpnConnection_MetricAllTunnelState is the state of all tunnels (average).
func VpnConnection_MetricAllTunnelState(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return VpnConnection_MetricAll(str("TunnelState"), withStatistic("avg", props))
}

// VpnConnection_MetricAllTunnelDataIn is the bytes all tunnels received (sum).
func VpnConnection_MetricAllTunnelDataIn(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return VpnConnection_MetricAll(str("TunnelDataIn"), withStatistic("sum", props))
}

// VpnConnection_MetricAllTunnelDataOut is the bytes all tunnels sent (sum).
func VpnConnection_MetricAllTunnelDataOut(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return VpnConnection_MetricAll(str("TunnelDataOut"), withStatistic("sum", props))
}

func VpnConnection_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-ec2.VpnConnection")
}
func VpnConnection_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }
func VpnConnection_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}
func VpnConnection_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}
func VpnConnectionBase_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }
func VpnConnectionBase_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}
func VpnConnectionBase_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// VpnGatewayProps configure a VpnGateway.
type VpnGatewayProps struct {
	// The gateway type ("ipsec.1").
	Type *string `field:"required" json:"type" yaml:"type"`
	// The Amazon side's BGP ASN.
	AmazonSideAsn *float64 `field:"optional" json:"amazonSideAsn" yaml:"amazonSideAsn"`
}

// IVpnGateway is a virtual private gateway.
type IVpnGateway interface {
	awscdk.IResource
	interfacesawsec2.IVPNGatewayRef
	// The gateway's id.
	GatewayId() *string
}

// VpnGateway is a virtual private gateway (AWS::EC2::VPNGateway).
type VpnGateway interface {
	awscdk.Resource
	IVpnGateway
}

type vpnGateway struct {
	awscdk.Resource
	res CfnVPNGateway
}

func (g *vpnGateway) GatewayId() *string { return g.res.Ref() }
func (g *vpnGateway) VpnGatewayRef() *interfacesawsec2.VPNGatewayReference {
	return g.res.VpnGatewayRef()
}

// NewVpnGateway creates a virtual private gateway.
func NewVpnGateway(scope constructs.Construct, id *string, props *VpnGatewayProps) VpnGateway {
	props = l2.Inject(*VpnGateway_PROPERTY_INJECTION_ID(), props, scope, id)
	g := &vpnGateway{}
	g.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(g.Resource, g)
	if props == nil || props.Type == nil {
		throw(g, "VpnGateway: type is required")
	}
	g.res = NewCfnVPNGateway(g, str("Default"), &CfnVPNGatewayProps{Type: props.Type, AmazonSideAsn: props.AmazonSideAsn})
	return g
}

func VpnGateway_PROPERTY_INJECTION_ID() *string  { return jsii.String("aws-cdk-lib.aws-ec2.VpnGateway") }
func VpnGateway_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }
func VpnGateway_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}
func VpnGateway_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// enableVpnGateway attaches a new VPN gateway to v and propagates its
// routes to the route tables of the selected subnets.
func enableVpnGateway(v *vpcBase, options *EnableVpnGatewayOptions) {
	if v.vpnGatewayID != nil {
		throw(v, "The VPN Gateway has already been enabled.")
	}
	if options == nil {
		options = &EnableVpnGatewayOptions{}
	}
	gw := NewVpnGateway(v, str("VpnGateway"), &VpnGatewayProps{AmazonSideAsn: options.AmazonSideAsn, Type: str("ipsec.1")})
	v.vpnGatewayID = gw.GatewayId()
	attachment := NewCfnVPCGatewayAttachment(v, str("VPCVPNGW"), &CfnVPCGatewayAttachmentProps{VpcId: v.self.VpcId(), VpnGatewayId: v.vpnGatewayID})
	selections := []*SubnetSelection{{}}
	if options.VpnRoutePropagation != nil {
		selections = *options.VpnRoutePropagation
	}
	var tables []*string
	seen := map[string]bool{}
	for _, sel := range selections {
		for _, s := range *v.self.SelectSubnets(sel).Subnets {
			if rt := s.RouteTable(); rt != nil && rt.RouteTableId() != nil && !seen[*rt.RouteTableId()] {
				seen[*rt.RouteTableId()] = true
				tables = append(tables, rt.RouteTableId())
			}
		}
	}
	if len(tables) == 0 {
		l2.AddError(v, "enableVpnGateway: no subnets matching selection: '%s'. Select other subnets to add routes to.", selectionsJSON(selections))
	}
	prop := NewCfnVPNGatewayRoutePropagation(v, str("RoutePropagation"), &CfnVPNGatewayRoutePropagationProps{RouteTableIds: &tables, VpnGatewayId: v.vpnGatewayID})
	prop.Node().AddDependency(attachment)
}

// selectionsJSON writes subnet selections as JSON.stringify does in aws-cdk-lib's message.
func selectionsJSON(sels []*SubnetSelection) string {
	out := make([]map[string]interface{}, len(sels))
	for i, s := range sels {
		m := map[string]interface{}{}
		if s != nil {
			if s.SubnetType != "" {
				m["subnetType"] = defaultSubnetName(s.SubnetType)
			}
			if s.SubnetGroupName != nil {
				m["subnetGroupName"] = *s.SubnetGroupName
			}
			if s.AvailabilityZones != nil {
				m["availabilityZones"] = *s.AvailabilityZones
			}
			if s.OnePerAz != nil {
				m["onePerAz"] = *s.OnePerAz
			}
		}
		out[i] = m
	}
	b, _ := json.Marshal(out)
	return string(b)
}

// addVpn creates the VPN gateway and connections VpcProps ask for.
func (v *vpcBase) addVpn(props *VpcProps) {
	if props.VpnGateway != nil && *props.VpnGateway && len(*v.PublicSubnets()) == 0 && len(*v.PrivateSubnets()) == 0 && len(*v.IsolatedSubnets()) == 0 {
		throw(v, "Can not enable the VPN gateway while the VPC has no subnets at all")
	}
	if (props.VpnConnections != nil || props.VpnGatewayAsn != nil) && props.VpnGateway != nil && !*props.VpnGateway {
		throw(v, "Cannot specify `vpnConnections` or `vpnGatewayAsn` when `vpnGateway` is set to false.")
	}
	if (props.VpnGateway != nil && *props.VpnGateway) || props.VpnConnections != nil || props.VpnGatewayAsn != nil {
		enableVpnGateway(v, &EnableVpnGatewayOptions{AmazonSideAsn: props.VpnGatewayAsn, Type: str("ipsec.1"), VpnRoutePropagation: props.VpnRoutePropagation})
		if props.VpnConnections != nil {
			for _, k := range sortedKeys(*props.VpnConnections) {
				v.AddVpnConnection(str(k), (*props.VpnConnections)[k])
			}
		}
	}
}
