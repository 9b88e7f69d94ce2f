package awsec2

import (
	"math"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsec2"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
)

// The regional NAT gateway aws-cdk-lib 2.276 added: one gateway for the
// whole VPC (AvailabilityMode "regional"), with no public subnet needed.

// AvailabilityZoneAddress gives a regional NAT gateway its Elastic IPs in one zone.
type AvailabilityZoneAddress struct {
	AllocationIds      *[]*string `field:"required" json:"allocationIds" yaml:"allocationIds"`
	AvailabilityZone   *string    `field:"optional" json:"availabilityZone" yaml:"availabilityZone"`
	AvailabilityZoneId *string    `field:"optional" json:"availabilityZoneId" yaml:"availabilityZoneId"`
}

// RegionalNatGatewayProviderProps configure NatProvider_RegionalGateway.
type RegionalNatGatewayProviderProps struct {
	AllocationId              *string                     `field:"optional" json:"allocationId" yaml:"allocationId"`
	AvailabilityZoneAddresses *[]*AvailabilityZoneAddress `field:"optional" json:"availabilityZoneAddresses" yaml:"availabilityZoneAddresses"`
	Eip                       interfacesawsec2.IEIPRef    `field:"optional" json:"eip" yaml:"eip"`
	MaxDrainDuration          awscdk.Duration             `field:"optional" json:"maxDrainDuration" yaml:"maxDrainDuration"`
}

// RegionalNatGatewayProvider gives all private subnets one regional NAT gateway.
type RegionalNatGatewayProvider interface {
	NatProvider
}

type regionalNatGatewayProvider struct {
	props RegionalNatGatewayProviderProps
	gw    CfnNatGateway
}

// NewRegionalNatGatewayProvider is NatProvider_RegionalGateway.
func NewRegionalNatGatewayProvider(props *RegionalNatGatewayProviderProps) RegionalNatGatewayProvider {
	p := &regionalNatGatewayProvider{}
	if props != nil {
		p.props = *props
	}
	if p.props.AllocationId != nil && p.props.Eip != nil {
		diag.Panic("", "Cannot specify both `allocationId` and `eip`. Use one or the other.")
	}
	if addrs := p.props.AvailabilityZoneAddresses; addrs != nil {
		if len(*addrs) == 0 {
			diag.Panic("", "`availabilityZoneAddresses` cannot be an empty array.")
		}
		var zones, ids []*string
		for _, a := range *addrs {
			if a == nil || (a.AvailabilityZone == nil && a.AvailabilityZoneId == nil) {
				diag.Panic("", "Either `availabilityZone` or `availabilityZoneId` must be specified in `AvailabilityZoneAddress`.")
			}
			zones, ids = append(zones, a.AvailabilityZone), append(ids, a.AvailabilityZoneId)
		}
		for _, a := range *addrs {
			if a.AllocationIds == nil || len(*a.AllocationIds) == 0 {
				diag.Panic("", "`allocationIds` cannot be an empty array in `AvailabilityZoneAddress`.")
			}
		}
		if d := duplicates(zones); len(d) > 0 {
			diag.Panic("", "An Availability Zone can only appear once in `availabilityZoneAddresses`, got duplicate `availabilityZone`: %s.", strings.Join(d, ", "))
		}
		if d := duplicates(ids); len(d) > 0 {
			diag.Panic("", "An Availability Zone can only appear once in `availabilityZoneAddresses`, got duplicate `availabilityZoneId`: %s.", strings.Join(d, ", "))
		}
	}
	validateMaxDrainDuration(p.props.MaxDrainDuration)
	return p
}

func duplicates(xs []*string) []string {
	seen := map[string]bool{}
	var dup []string
	for _, x := range xs {
		if x == nil || isUnresolved(x) {
			continue
		}
		if seen[*x] && !contains(dup, *x) {
			dup = append(dup, *x)
		}
		seen[*x] = true
	}
	return dup
}

// validateMaxDrainDuration checks a NAT gateway's drain time: 1 to 4000 whole seconds.
func validateMaxDrainDuration(d awscdk.Duration) {
	if d == nil {
		return
	}
	secs := d.ToSeconds(&awscdk.TimeConversionOptions{Integral: boolp(false)})
	if isUnresolved(secs) {
		return
	}
	if *secs < 1 || *secs > 4000 {
		diag.Panic("", "`maxDrainDuration` must be between 1 and 4000 seconds, got %s seconds.", renderPort(secs))
	}
	if *secs != math.Trunc(*secs) {
		diag.Panic("", "`maxDrainDuration` must be a whole number of seconds, got %s seconds.", renderPort(secs))
	}
}

func drainSeconds(d awscdk.Duration) *float64 {
	if d == nil {
		return nil
	}
	return d.ToSeconds(nil)
}

func (p *regionalNatGatewayProvider) ConfigureNat(options *ConfigureNatOptions) {
	if options == nil || options.Vpc == nil {
		diag.Panic("", "RegionalNatGatewayProvider.ConfigureNat: 'vpc' is required")
	}
	vpc := options.Vpc
	if options.NatSubnets != nil && len(*options.NatSubnets) > 0 {
		awscdk.Annotations_Of(vpc).AddWarningV2(str("@aws-cdk/aws-ec2:regionalNatGatewayNatSubnetsIgnored"),
			str("`natSubnets` is ignored for Regional NAT Gateway. Regional NAT Gateways do not require public subnets."))
	}
	addrs := p.props.AvailabilityZoneAddresses
	if addrs != nil && (p.props.AllocationId != nil || p.props.Eip != nil) {
		awscdk.Annotations_Of(vpc).AddWarningV2(str("@aws-cdk/aws-ec2:regionalNatGatewayAllocationIdIgnored"),
			str("`allocationId` and `eip` are ignored when `availabilityZoneAddresses` is specified."))
	}
	cp := &CfnNatGatewayProps{VpcId: vpc.VpcId(), AvailabilityMode: str("regional"), ConnectivityType: str("public"),
		MaxDrainDurationSeconds: drainSeconds(p.props.MaxDrainDuration)}
	if addrs != nil {
		list := make([]*CfnNatGateway_AvailabilityZoneAddressProperty, len(*addrs))
		for i, a := range *addrs {
			list[i] = &CfnNatGateway_AvailabilityZoneAddressProperty{AllocationIds: a.AllocationIds, AvailabilityZone: a.AvailabilityZone,
				AvailabilityZoneId: a.AvailabilityZoneId}
		}
		cp.AvailabilityZoneAddresses = list
	} else if p.props.AllocationId != nil {
		cp.AllocationId = p.props.AllocationId
	} else if p.props.Eip != nil {
		cp.AllocationId = p.props.Eip
	}
	p.gw = NewCfnNatGateway(vpc, str("RegionalNatGateway"), cp)
	p.gw.Node().AddDependency(vpc.InternetConnectivityEstablished())
	if options.PrivateSubnets != nil {
		for _, sub := range *options.PrivateSubnets {
			p.ConfigureSubnet(sub)
		}
	}
}

func (p *regionalNatGatewayProvider) ConfigureSubnet(subnet PrivateSubnet) {
	if p.gw == nil {
		diag.Panic("", "Cannot configure subnet before configuring NAT gateway")
	}
	if zones := p.listedZones(); zones != nil && !isUnresolved(subnet.AvailabilityZone()) && !contains(zones, deref(subnet.AvailabilityZone())) {
		throw(subnet, "Subnet is in Availability Zone %s, which is not listed in `availabilityZoneAddresses` (%s). A Regional NAT Gateway with `availabilityZoneAddresses` only serves the listed Availability Zones. Add an entry for this zone, or omit `availabilityZoneAddresses` to let AWS cover every zone automatically.",
			deref(subnet.AvailabilityZone()), strings.Join(zones, ", "))
	}
	subnet.AddRoute(str("DefaultRoute"), &AddRouteOptions{RouterType: RouterType_NAT_GATEWAY, RouterId: p.gw.AttrNatGatewayId(),
		EnablesInternetConnectivity: boolp(true)})
}

// listedZones are the zone names of availabilityZoneAddresses, when every
// entry names a resolved zone (nil otherwise: nothing to check).
func (p *regionalNatGatewayProvider) listedZones() []string {
	if p.props.AvailabilityZoneAddresses == nil {
		return nil
	}
	var zones []string
	for _, a := range *p.props.AvailabilityZoneAddresses {
		if a.AvailabilityZone == nil || isUnresolved(a.AvailabilityZone) {
			return nil
		}
		zones = append(zones, *a.AvailabilityZone)
	}
	return zones
}

func (p *regionalNatGatewayProvider) ConfiguredGateways() *[]*GatewayConfig {
	if p.gw == nil {
		return &[]*GatewayConfig{}
	}
	return &[]*GatewayConfig{{Az: str("regional"), GatewayId: p.gw.AttrNatGatewayId()}}
}

// NewRegionalNatGatewayProvider_Override initialises r, a type embedding RegionalNatGatewayProvider.
func NewRegionalNatGatewayProvider_Override(r RegionalNatGatewayProvider, props *RegionalNatGatewayProviderProps) {
	l2.Override(r, NewRegionalNatGatewayProvider(props))
}

// NatProvider_RegionalGateway gives the VPC one regional NAT gateway.
func NatProvider_RegionalGateway(props *RegionalNatGatewayProviderProps) RegionalNatGatewayProvider {
	return NewRegionalNatGatewayProvider(props)
}

// The NatProvider statics aws-cdk-go repeats on each subclass.

func NatGatewayProvider_RegionalGateway(props *RegionalNatGatewayProviderProps) RegionalNatGatewayProvider {
	return NatProvider_RegionalGateway(props)
}
func NatInstanceProvider_RegionalGateway(props *RegionalNatGatewayProviderProps) RegionalNatGatewayProvider {
	return NatProvider_RegionalGateway(props)
}
func NatInstanceProviderV2_RegionalGateway(props *RegionalNatGatewayProviderProps) RegionalNatGatewayProvider {
	return NatProvider_RegionalGateway(props)
}
func RegionalNatGatewayProvider_Gateway(props *NatGatewayProps) NatProvider {
	return NatProvider_Gateway(props)
}
func RegionalNatGatewayProvider_Instance(props *NatInstanceProps) NatInstanceProvider {
	return NatProvider_Instance(props)
}
func RegionalNatGatewayProvider_InstanceV2(props *NatInstanceProps) NatInstanceProviderV2 {
	return NatProvider_InstanceV2(props)
}
func RegionalNatGatewayProvider_RegionalGateway(props *RegionalNatGatewayProviderProps) RegionalNatGatewayProvider {
	return NatProvider_RegionalGateway(props)
}

// isRegionalNat reports whether a VPC's NAT provider is a regional NAT gateway.
func isRegionalNat(p NatProvider) bool {
	if p == nil {
		return false
	}
	_, ok := embedded[*regionalNatGatewayProvider](p)
	return ok
}
