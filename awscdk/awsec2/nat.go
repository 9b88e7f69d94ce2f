package awsec2

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
)

// NatGatewayProps configure NatProvider_Gateway.
type NatGatewayProps struct {
	// Elastic IP allocations to use, one per gateway. Default: new EIPs.
	EipAllocationIds *[]*string `field:"optional" json:"eipAllocationIds" yaml:"eipAllocationIds"`
	// How long a gateway waits for connections to end before it releases
	// its addresses (1 to 4000 whole seconds; aws-cdk-lib 2.276). Default: 350 seconds.
	MaxDrainDuration awscdk.Duration `field:"optional" json:"maxDrainDuration" yaml:"maxDrainDuration"`
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
	validateMaxDrainDuration(p.props.MaxDrainDuration)
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
		if p.props.MaxDrainDuration != nil {
			gw.SetMaxDrainDurationSeconds(drainSeconds(p.props.MaxDrainDuration))
		}
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

// NatTrafficDirection says which traffic NAT instances' security group allows.
type NatTrafficDirection string

const (
	NatTrafficDirection_OUTBOUND_ONLY        NatTrafficDirection = "OUTBOUND_ONLY"
	NatTrafficDirection_INBOUND_AND_OUTBOUND NatTrafficDirection = "INBOUND_AND_OUTBOUND"
	NatTrafficDirection_NONE                 NatTrafficDirection = "NONE"
)

// NatInstanceProps configure NAT instances.
type NatInstanceProps struct {
	InstanceType             InstanceType        `field:"required" json:"instanceType" yaml:"instanceType"`
	AssociatePublicIpAddress *bool               `field:"optional" json:"associatePublicIpAddress" yaml:"associatePublicIpAddress"`
	CreditSpecification      CpuCredits          `field:"optional" json:"creditSpecification" yaml:"creditSpecification"`
	DefaultAllowedTraffic    NatTrafficDirection `field:"optional" json:"defaultAllowedTraffic" yaml:"defaultAllowedTraffic"`
	KeyName                  *string             `field:"optional" json:"keyName" yaml:"keyName"`
	KeyPair                  IKeyPair            `field:"optional" json:"keyPair" yaml:"keyPair"`
	MachineImage             IMachineImage       `field:"optional" json:"machineImage" yaml:"machineImage"`
	SecurityGroup            ISecurityGroup      `field:"optional" json:"securityGroup" yaml:"securityGroup"`
	UserData                 UserData            `field:"optional" json:"userData" yaml:"userData"`
}

// NatInstanceProviderV2 runs NAT on EC2 instances (Amazon Linux 2023 with
// iptables masquerading) instead of NAT gateways: cheaper, less available.
type NatInstanceProviderV2 interface {
	NatProvider
	IConnectable
	GatewayInstances() *[]Instance
	SecurityGroup() ISecurityGroup
}

type natInstanceProvider struct {
	v1        bool // NatInstanceProvider: the NAT AMI, one shared role, no user data
	props     NatInstanceProps
	gateways  prefSet
	instances []Instance
	sg        ISecurityGroup
	conns     Connections
}

// NatInstanceProviderV2_DEFAULT_USER_DATA_COMMANDS set up NAT with iptables.
func NatInstanceProviderV2_DEFAULT_USER_DATA_COMMANDS() *[]*string {
	return strPtrs([]string{
		"yum install iptables-services -y",
		"systemctl enable iptables",
		"systemctl start iptables",
		`echo "net.ipv4.ip_forward=1" > /etc/sysctl.d/custom-ip-forwarding.conf`,
		"sudo sysctl -p /etc/sysctl.d/custom-ip-forwarding.conf",
		"sudo /sbin/iptables -t nat -A POSTROUTING -o $(route | awk '/^default/{print $NF}') -j MASQUERADE",
		"sudo /sbin/iptables -F FORWARD",
		"sudo service iptables save",
	})
}

// NewNatInstanceProviderV2 is NatProvider_InstanceV2.
func NewNatInstanceProviderV2(props *NatInstanceProps) NatInstanceProviderV2 {
	p := &natInstanceProvider{}
	if props != nil {
		p.props = *props
	}
	if p.props.KeyName != nil && p.props.KeyPair != nil {
		throwUnscoped("Cannot specify both of 'keyName' and 'keyPair'; prefer 'keyPair'")
	}
	return p
}

// NatProvider_InstanceV2 runs NAT on an EC2 instance in each selected public subnet.
func NatProvider_InstanceV2(props *NatInstanceProps) NatInstanceProviderV2 {
	return NewNatInstanceProviderV2(props)
}

func (p *natInstanceProvider) ConfigureNat(options *ConfigureNatOptions) {
	if p.v1 {
		p.configureNatV1(options)
		return
	}
	dir := p.props.DefaultAllowedTraffic
	if dir == "" {
		dir = NatTrafficDirection_INBOUND_AND_OUTBOUND
	}
	img := p.props.MachineImage
	if img == nil {
		ip := &AmazonLinuxImageProps{Generation: AmazonLinuxGeneration_AMAZON_LINUX_2023}
		if p.props.InstanceType != nil && p.props.InstanceType.Architecture() == InstanceArchitecture_ARM_64 {
			ip.CpuType = AmazonLinuxCpuType_ARM_64
		}
		img = NewAmazonLinuxImage(ip)
	}
	p.sg = p.props.SecurityGroup
	if p.sg == nil {
		p.sg = NewSecurityGroup(options.Vpc, str("NatSecurityGroup"), &SecurityGroupProps{Vpc: options.Vpc,
			Description: str("Security Group for NAT instances"), AllowAllOutbound: boolp(dir != NatTrafficDirection_NONE)})
	}
	p.conns = NewConnections(&ConnectionsProps{SecurityGroups: &[]ISecurityGroup{p.sg}})
	if dir == NatTrafficDirection_INBOUND_AND_OUTBOUND {
		p.conns.AllowFromAnyIpv4(Port_AllTraffic(), nil)
	}
	ud := p.props.UserData
	if ud == nil {
		ud = UserData_ForLinux(nil)
		ud.AddCommands(*NatInstanceProviderV2_DEFAULT_USER_DATA_COMMANDS()...)
	}
	if options.NatSubnets != nil {
		for _, sub := range *options.NatSubnets {
			inst := NewInstance(sub, str("NatInstance"), &InstanceProps{InstanceType: p.props.InstanceType, MachineImage: img,
				SourceDestCheck: boolp(false), Vpc: options.Vpc, VpcSubnets: &SubnetSelection{Subnets: &[]ISubnet{sub}},
				AssociatePublicIpAddress: p.props.AssociatePublicIpAddress, SecurityGroup: p.sg, KeyPair: p.props.KeyPair,
				KeyName: p.props.KeyName, CreditSpecification: p.props.CreditSpecification, UserData: ud})
			p.gateways.add(sub.AvailabilityZone(), inst.InstanceId())
			p.instances = append(p.instances, inst)
		}
	}
	if options.PrivateSubnets != nil {
		for _, sub := range *options.PrivateSubnets {
			p.ConfigureSubnet(sub)
		}
	}
}

func (p *natInstanceProvider) ConfigureSubnet(subnet PrivateSubnet) {
	gw := p.gateways.pick(subnet.AvailabilityZone())
	subnet.AddRoute(str("DefaultRoute"), &AddRouteOptions{RouterType: RouterType_INSTANCE, RouterId: gw, EnablesInternetConnectivity: boolp(true)})
}

func (p *natInstanceProvider) ConfiguredGateways() *[]*GatewayConfig {
	out := append([]*GatewayConfig{}, p.gateways.vals...)
	return &out
}

func (p *natInstanceProvider) GatewayInstances() *[]Instance {
	out := append([]Instance{}, p.instances...)
	return &out
}

func (p *natInstanceProvider) SecurityGroup() ISecurityGroup {
	if p.sg == nil {
		throwUnscoped("Pass the NatInstanceProvider to a Vpc before accessing 'securityGroup'")
	}
	return p.sg
}

func (p *natInstanceProvider) Connections() Connections {
	if p.conns == nil {
		throwUnscoped("Pass the NatInstanceProvider to a Vpc before accessing 'connections'")
	}
	return p.conns
}

// NatInstanceProvider runs NAT on instances of the Amazon Linux NAT AMI
// (which reached end of life on Dec 31 2023; aws-cdk-lib deprecates it for
// NatInstanceProviderV2).
type NatInstanceProvider interface {
	NatProvider
	IConnectable
	SecurityGroup() ISecurityGroup
}

// NewNatInstanceProvider is NatProvider_Instance.
func NewNatInstanceProvider(props *NatInstanceProps) NatInstanceProvider {
	p := &natInstanceProvider{v1: true}
	if props != nil {
		p.props = *props
	}
	if p.props.KeyName != nil && p.props.KeyPair != nil {
		throwUnscoped("Cannot specify both of 'keyName' and 'keyPair'; prefer 'keyPair'")
	}
	return p
}

func (p *natInstanceProvider) configureNatV1(options *ConfigureNatOptions) {
	dir := p.props.DefaultAllowedTraffic
	if dir == "" {
		dir = NatTrafficDirection_INBOUND_AND_OUTBOUND
	}
	img := p.props.MachineImage
	if img == nil {
		img = NewNatInstanceImage()
	}
	p.sg = p.props.SecurityGroup
	if p.sg == nil {
		p.sg = NewSecurityGroup(options.Vpc, str("NatSecurityGroup"), &SecurityGroupProps{Vpc: options.Vpc,
			Description: str("Security Group for NAT instances"), AllowAllOutbound: boolp(dir != NatTrafficDirection_NONE)})
	}
	p.conns = NewConnections(&ConnectionsProps{SecurityGroups: &[]ISecurityGroup{p.sg}})
	if dir == NatTrafficDirection_INBOUND_AND_OUTBOUND {
		p.conns.AllowFromAnyIpv4(Port_AllTraffic(), nil)
	}
	role := awsiam.NewRole(options.Vpc, str("NatRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(str("ec2.amazonaws.com"), nil)})
	if options.NatSubnets != nil {
		for _, sub := range *options.NatSubnets {
			inst := NewInstance(sub, str("NatInstance"), &InstanceProps{InstanceType: p.props.InstanceType, MachineImage: img,
				SourceDestCheck: boolp(false), Vpc: options.Vpc, VpcSubnets: &SubnetSelection{Subnets: &[]ISubnet{sub}},
				SecurityGroup: p.sg, Role: role, KeyPair: p.props.KeyPair, KeyName: p.props.KeyName, CreditSpecification: p.props.CreditSpecification})
			p.gateways.add(sub.AvailabilityZone(), inst.InstanceId())
			p.instances = append(p.instances, inst)
		}
	}
	if options.PrivateSubnets != nil {
		for _, sub := range *options.PrivateSubnets {
			p.ConfigureSubnet(sub)
		}
	}
}

// NatProvider_Instance runs NAT on a NAT-AMI instance in each selected public subnet.
func NatProvider_Instance(props *NatInstanceProps) NatInstanceProvider {
	return NewNatInstanceProvider(props)
}

// NatInstanceImage is the latest Amazon Linux NAT AMI, looked up by name.
type NatInstanceImage interface {
	LookupMachineImage
}

// NewNatInstanceImage looks up "amzn-ami-vpc-nat-*" owned by Amazon.
func NewNatInstanceImage() NatInstanceImage {
	return NewLookupMachineImage(&LookupMachineImageProps{Name: str("amzn-ami-vpc-nat-*"), Owners: strPtrs([]string{"amazon"})})
}

// NatGatewayProvider puts an AWS-managed NAT gateway in each selected public subnet.
type NatGatewayProvider interface {
	NatProvider
}

// NewNatGatewayProvider is NatProvider_Gateway.
func NewNatGatewayProvider(props *NatGatewayProps) NatGatewayProvider {
	return NatProvider_Gateway(props)
}

// The NatProvider statics aws-cdk-go repeats on each subclass.

func NatGatewayProvider_Gateway(props *NatGatewayProps) NatProvider {
	return NatProvider_Gateway(props)
}
func NatGatewayProvider_Instance(props *NatInstanceProps) NatInstanceProvider {
	return NatProvider_Instance(props)
}
func NatGatewayProvider_InstanceV2(props *NatInstanceProps) NatInstanceProviderV2 {
	return NatProvider_InstanceV2(props)
}
func NatInstanceProvider_Gateway(props *NatGatewayProps) NatProvider {
	return NatProvider_Gateway(props)
}
func NatInstanceProvider_Instance(props *NatInstanceProps) NatInstanceProvider {
	return NatProvider_Instance(props)
}
func NatInstanceProvider_InstanceV2(props *NatInstanceProps) NatInstanceProviderV2 {
	return NatProvider_InstanceV2(props)
}
func NatInstanceProviderV2_Gateway(props *NatGatewayProps) NatProvider {
	return NatProvider_Gateway(props)
}
func NatInstanceProviderV2_Instance(props *NatInstanceProps) NatInstanceProvider {
	return NatProvider_Instance(props)
}
func NatInstanceProviderV2_InstanceV2(props *NatInstanceProps) NatInstanceProviderV2 {
	return NatProvider_InstanceV2(props)
}

// NewNatGatewayProvider_Override initialises n, a type embedding NatGatewayProvider.
func NewNatGatewayProvider_Override(n NatGatewayProvider, props *NatGatewayProps) {
	l2.Override(n, NewNatGatewayProvider(props))
}

// NewNatInstanceProvider_Override initialises n, a type embedding NatInstanceProvider.
func NewNatInstanceProvider_Override(n NatInstanceProvider, props *NatInstanceProps) {
	l2.Override(n, NewNatInstanceProvider(props))
}

// NewNatInstanceImage_Override initialises n, a type embedding NatInstanceImage.
func NewNatInstanceImage_Override(n NatInstanceImage) { l2.Override(n, NewNatInstanceImage()) }

type abstractNatProvider struct{}

func (abstractNatProvider) ConfiguredGateways() *[]*GatewayConfig {
	diag.Panic("", "a type embedding NatProvider must define ConfiguredGateways()")
	return nil
}
func (abstractNatProvider) ConfigureNat(*ConfigureNatOptions) {
	diag.Panic("", "a type embedding NatProvider must define ConfigureNat()")
}
func (abstractNatProvider) ConfigureSubnet(PrivateSubnet) {
	diag.Panic("", "a type embedding NatProvider must define ConfigureSubnet()")
}

// NewNatProvider_Override initialises a user's type embedding NatProvider,
// which must define its three methods.
func NewNatProvider_Override(n NatProvider) { l2.Override[NatProvider](n, abstractNatProvider{}) }
