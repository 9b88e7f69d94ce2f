package awsec2

import "github.com/strata-cdk/strata/internal/diag"

// NatGatewayProps configure NatProvider_Gateway.
type NatGatewayProps struct {
	// Elastic IP allocations to use, one per gateway. Default: new EIPs.
	EipAllocationIds *[]*string `field:"optional" json:"eipAllocationIds" yaml:"eipAllocationIds"`
}

// ConfigureNatOptions is what a Vpc hands its NatProvider.
type ConfigureNatOptions struct {
	NatSubnets     *[]PublicSubnet  `field:"required" json:"natSubnets" yaml:"natSubnets"`
	PrivateSubnets *[]PrivateSubnet `field:"required" json:"privateSubnets" yaml:"privateSubnets"`
	Vpc            Vpc              `field:"required" json:"vpc" yaml:"vpc"`
}

// GatewayConfig is one configured NAT gateway.
type GatewayConfig struct {
	Az        *string `field:"required" json:"az" yaml:"az"`
	GatewayId *string `field:"required" json:"gatewayId" yaml:"gatewayId"`
}

// NatProvider gives a VPC's private subnets their way out to the internet.
type NatProvider interface {
	ConfiguredGateways() *[]*GatewayConfig
	ConfigureNat(options *ConfigureNatOptions)
	ConfigureSubnet(subnet PrivateSubnet)
}

// prefSet hands out the gateway of a subnet's own zone, or else the
// gateways in turn.
type prefSet struct {
	byZone map[string]*string
	vals   []*GatewayConfig
	next   int
}

func (p *prefSet) add(az, gw *string) {
	if p.byZone == nil {
		p.byZone = map[string]*string{}
	}
	p.byZone[deref(az)] = gw
	p.vals = append(p.vals, &GatewayConfig{Az: az, GatewayId: gw})
}

func (p *prefSet) pick(az *string) *string {
	if len(p.vals) == 0 {
		diag.Panic("", "Cannot pick, set is empty")
	}
	if gw, ok := p.byZone[deref(az)]; ok {
		return gw
	}
	gw := p.vals[p.next%len(p.vals)].GatewayId
	p.next++
	return gw
}

type natGatewayProvider struct {
	props    NatGatewayProps
	gateways prefSet
}

// NatProvider_Gateway puts an AWS-managed NAT gateway in each selected
// public subnet.
func NatProvider_Gateway(props *NatGatewayProps) NatProvider {
	p := &natGatewayProvider{}
	if props != nil {
		p.props = *props
	}
	return p
}

func (p *natGatewayProvider) ConfigureNat(options *ConfigureNatOptions) {
	var nat []PublicSubnet
	var priv []PrivateSubnet
	if options.NatSubnets != nil {
		nat = *options.NatSubnets
	}
	if options.PrivateSubnets != nil {
		priv = *options.PrivateSubnets
	}
	ids := p.props.EipAllocationIds
	if ids != nil && !isUnresolved(ids) && len(*ids) < len(nat) {
		diag.Panic("", "Not enough NAT gateway EIP allocation IDs (%d provided) for the requested subnet count (%d needed).", len(*ids), len(nat))
	}
	for i, sub := range nat {
		var eip *string
		if ids != nil && len(*ids) > 0 {
			eip = (*ids)[i%len(*ids)]
		}
		gw := sub.AddNatGateway(eip)
		p.gateways.add(sub.AvailabilityZone(), gw.Ref())
	}
	for _, sub := range priv {
		p.ConfigureSubnet(sub)
	}
}

func (p *natGatewayProvider) ConfigureSubnet(subnet PrivateSubnet) {
	gw := p.gateways.pick(subnet.AvailabilityZone())
	subnet.AddRoute(str("DefaultRoute"), &AddRouteOptions{RouterType: RouterType_NAT_GATEWAY, RouterId: gw, EnablesInternetConnectivity: boolp(true)})
}

func (p *natGatewayProvider) ConfiguredGateways() *[]*GatewayConfig {
	out := append([]*GatewayConfig{}, p.gateways.vals...)
	return &out
}
