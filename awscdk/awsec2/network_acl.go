package awsec2

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsec2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// Action is what a network ACL entry does with matching traffic.
type Action string

const (
	Action_ALLOW Action = "ALLOW"
	Action_DENY  Action = "DENY"
)

// TrafficDirection is the direction of a network ACL entry.
type TrafficDirection string

const (
	TrafficDirection_EGRESS  TrafficDirection = "EGRESS"
	TrafficDirection_INGRESS TrafficDirection = "INGRESS"
)

// AclCidrConfig is the address half of a network ACL entry.
type AclCidrConfig struct {
	CidrBlock     *string `field:"optional" json:"cidrBlock" yaml:"cidrBlock"`
	Ipv6CidrBlock *string `field:"optional" json:"ipv6CidrBlock" yaml:"ipv6CidrBlock"`
}

// AclCidr is the address range of a network ACL entry.
type AclCidr interface {
	ToCidrConfig() *AclCidrConfig
}

type aclCidr struct{ c AclCidrConfig }

func (a *aclCidr) ToCidrConfig() *AclCidrConfig { c := a.c; return &c }

func AclCidr_Ipv4(ipv4Cidr *string) AclCidr { return &aclCidr{AclCidrConfig{CidrBlock: ipv4Cidr}} }
func AclCidr_AnyIpv4() AclCidr              { return AclCidr_Ipv4(str("0.0.0.0/0")) }
func AclCidr_Ipv6(ipv6Cidr *string) AclCidr { return &aclCidr{AclCidrConfig{Ipv6CidrBlock: ipv6Cidr}} }
func AclCidr_AnyIpv6() AclCidr              { return AclCidr_Ipv6(str("::/0")) }

// AclIcmp is the ICMP type and code of an entry.
type AclIcmp struct {
	Code *float64 `field:"optional" json:"code" yaml:"code"`
	Type *float64 `field:"optional" json:"type" yaml:"type"`
}

// AclPortRange is the port range of an entry.
type AclPortRange struct {
	From *float64 `field:"optional" json:"from" yaml:"from"`
	To   *float64 `field:"optional" json:"to" yaml:"to"`
}

// AclTrafficConfig is the protocol half of a network ACL entry.
type AclTrafficConfig struct {
	Protocol  *float64      `field:"required" json:"protocol" yaml:"protocol"`
	Icmp      *AclIcmp      `field:"optional" json:"icmp" yaml:"icmp"`
	PortRange *AclPortRange `field:"optional" json:"portRange" yaml:"portRange"`
}

// AclTraffic is the protocol and ports of a network ACL entry.
type AclTraffic interface {
	ToTrafficConfig() *AclTrafficConfig
}

type aclTraffic struct{ c AclTrafficConfig }

func (a *aclTraffic) ToTrafficConfig() *AclTrafficConfig { c := a.c; return &c }

func AclTraffic_AllTraffic() AclTraffic { return &aclTraffic{AclTrafficConfig{Protocol: num(-1)}} }
func AclTraffic_Icmp(props *AclIcmp) AclTraffic {
	return &aclTraffic{AclTrafficConfig{Protocol: num(1), Icmp: props}}
}
func AclTraffic_Icmpv6(props *AclIcmp) AclTraffic {
	return &aclTraffic{AclTrafficConfig{Protocol: num(58), Icmp: props}}
}
func AclTraffic_TcpPort(port *float64) AclTraffic {
	return &aclTraffic{AclTrafficConfig{Protocol: num(6), PortRange: &AclPortRange{From: port, To: port}}}
}
func AclTraffic_TcpPortRange(startPort *float64, endPort *float64) AclTraffic {
	return &aclTraffic{AclTrafficConfig{Protocol: num(6), PortRange: &AclPortRange{From: startPort, To: endPort}}}
}
func AclTraffic_UdpPort(port *float64) AclTraffic {
	return &aclTraffic{AclTrafficConfig{Protocol: num(17), PortRange: &AclPortRange{From: port, To: port}}}
}
func AclTraffic_UdpPortRange(startPort *float64, endPort *float64) AclTraffic {
	return &aclTraffic{AclTrafficConfig{Protocol: num(17), PortRange: &AclPortRange{From: startPort, To: endPort}}}
}

// CommonNetworkAclEntryOptions describe an entry added with INetworkAcl.AddEntry.
type CommonNetworkAclEntryOptions struct {
	Cidr                AclCidr          `field:"required" json:"cidr" yaml:"cidr"`
	RuleNumber          *float64         `field:"required" json:"ruleNumber" yaml:"ruleNumber"`
	Traffic             AclTraffic       `field:"required" json:"traffic" yaml:"traffic"`
	Direction           TrafficDirection `field:"optional" json:"direction" yaml:"direction"`
	NetworkAclEntryName *string          `field:"optional" json:"networkAclEntryName" yaml:"networkAclEntryName"`
	RuleAction          Action           `field:"optional" json:"ruleAction" yaml:"ruleAction"`
}

// NetworkAclEntryProps are the props of NewNetworkAclEntry.
type NetworkAclEntryProps struct {
	Cidr                AclCidr          `field:"required" json:"cidr" yaml:"cidr"`
	RuleNumber          *float64         `field:"required" json:"ruleNumber" yaml:"ruleNumber"`
	Traffic             AclTraffic       `field:"required" json:"traffic" yaml:"traffic"`
	Direction           TrafficDirection `field:"optional" json:"direction" yaml:"direction"`
	NetworkAclEntryName *string          `field:"optional" json:"networkAclEntryName" yaml:"networkAclEntryName"`
	RuleAction          Action           `field:"optional" json:"ruleAction" yaml:"ruleAction"`
	NetworkAcl          INetworkAcl      `field:"required" json:"networkAcl" yaml:"networkAcl"`
}

// NetworkAclProps are the props of NewNetworkAcl.
type NetworkAclProps struct {
	Vpc             IVpc             `field:"required" json:"vpc" yaml:"vpc"`
	NetworkAclName  *string          `field:"optional" json:"networkAclName" yaml:"networkAclName"`
	SubnetSelection *SubnetSelection `field:"optional" json:"subnetSelection" yaml:"subnetSelection"`
}

// SubnetNetworkAclAssociationProps are the props of NewSubnetNetworkAclAssociation.
type SubnetNetworkAclAssociationProps struct {
	NetworkAcl                      interfacesawsec2.INetworkAclRef `field:"required" json:"networkAcl" yaml:"networkAcl"`
	Subnet                          ISubnet                         `field:"required" json:"subnet" yaml:"subnet"`
	SubnetNetworkAclAssociationName *string                         `field:"optional" json:"subnetNetworkAclAssociationName" yaml:"subnetNetworkAclAssociationName"`
}

// INetworkAcl is a network ACL.
type INetworkAcl interface {
	interfacesawsec2.INetworkAclRef
	awscdk.IResource
	AddEntry(id *string, options *CommonNetworkAclEntryOptions) NetworkAclEntry
	NetworkAclId() *string
}

// NetworkAcl is a network ACL defined in this app (AWS::EC2::NetworkAcl).
type NetworkAcl interface {
	awscdk.Resource
	INetworkAcl
	NetworkAclRef() *interfacesawsec2.NetworkAclReference
	NetworkAclVpcId() *string
	AssociateWithSubnet(id *string, selection *SubnetSelection)
	ToString() *string
}

// INetworkAclEntry is an entry of a network ACL.
type INetworkAclEntry interface {
	interfacesawsec2.INetworkAclEntryRef
	awscdk.IResource
	NetworkAcl() INetworkAcl
}

// NetworkAclEntry is an entry of a network ACL (AWS::EC2::NetworkAclEntry).
type NetworkAclEntry interface {
	awscdk.Resource
	INetworkAclEntry
	NetworkAclEntryRef() *interfacesawsec2.NetworkAclEntryReference
	ToString() *string
}

// ISubnetNetworkAclAssociation associates a network ACL with a subnet.
type ISubnetNetworkAclAssociation interface {
	awscdk.IResource
	interfacesawsec2.ISubnetNetworkAclAssociationRef
	SubnetNetworkAclAssociationAssociationId() *string
}

// SubnetNetworkAclAssociation associates a network ACL with a subnet
// (AWS::EC2::SubnetNetworkAclAssociation).
type SubnetNetworkAclAssociation interface {
	awscdk.Resource
	ISubnetNetworkAclAssociation
	NetworkAcl() INetworkAcl
	Subnet() ISubnet
	SubnetNetworkAclAssociationRef() *interfacesawsec2.SubnetNetworkAclAssociationReference
	ToString() *string
}

type networkAclBase struct {
	awscdk.Resource
	self INetworkAcl
	id   *string
}

func (a *networkAclBase) NetworkAclId() *string { return a.id }
func (a *networkAclBase) NetworkAclRef() *interfacesawsec2.NetworkAclReference {
	return &interfacesawsec2.NetworkAclReference{NetworkAclId: a.id}
}

// AddEntry adds an entry to the ACL.
func (a *networkAclBase) AddEntry(id *string, options *CommonNetworkAclEntryOptions) NetworkAclEntry {
	if options == nil {
		options = &CommonNetworkAclEntryOptions{}
	}
	return NewNetworkAclEntry(asConstruct(a.self), id, &NetworkAclEntryProps{NetworkAcl: a.self, Cidr: options.Cidr, RuleNumber: options.RuleNumber,
		Traffic: options.Traffic, Direction: options.Direction, NetworkAclEntryName: options.NetworkAclEntryName, RuleAction: options.RuleAction})
}

type importedNetworkAcl struct{ networkAclBase }

// NetworkAcl_FromNetworkAclId imports a network ACL by id.
func NetworkAcl_FromNetworkAclId(scope constructs.Construct, id *string, networkAclId *string) INetworkAcl {
	a := &importedNetworkAcl{}
	a.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(a.Resource, a)
	a.self, a.id = a, networkAclId
	return a
}

type networkAcl struct {
	networkAclBase
	vpc IVpc
	res CfnNetworkAcl
}

// NewNetworkAcl creates a network ACL, associated with the selected subnets if any.
func NewNetworkAcl(scope constructs.Construct, id *string, props *NetworkAclProps) NetworkAcl {
	props = l2.Inject(*NetworkAcl_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &NetworkAclProps{}
	}
	a := &networkAcl{}
	a.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(a.Resource, a)
	a.self = a
	if props.Vpc == nil {
		throw(a, "NetworkAcl: 'vpc' is required")
	}
	a.vpc = props.Vpc
	name := props.NetworkAclName
	if deref(name) == "" {
		name = a.Node().Path()
	}
	awscdk.Tags_Of(a).Add(str(nameTag), name, nil)
	a.res = NewCfnNetworkAcl(a, str("Resource"), &CfnNetworkAclProps{VpcId: props.Vpc.VpcId()})
	a.id = a.res.Ref()
	if props.SubnetSelection != nil {
		a.AssociateWithSubnet(str("DefaultAssociation"), props.SubnetSelection)
	}
	return a
}

func (a *networkAcl) NetworkAclVpcId() *string { return a.vpc.VpcId() }

// AssociateWithSubnet associates the ACL with the selected subnets.
func (a *networkAcl) AssociateWithSubnet(id *string, selection *SubnetSelection) {
	for _, s := range *a.vpc.SelectSubnets(selection).Subnets {
		s.AssociateNetworkAcl(id, a)
	}
}

type networkAclEntry struct {
	awscdk.Resource
	acl INetworkAcl
	res CfnNetworkAclEntry
}

func (e *networkAclEntry) NetworkAcl() INetworkAcl { return e.acl }
func (e *networkAclEntry) NetworkAclEntryRef() *interfacesawsec2.NetworkAclEntryReference {
	return e.res.NetworkAclEntryRef()
}

// NewNetworkAclEntry adds an entry to a network ACL.
func NewNetworkAclEntry(scope constructs.Construct, id *string, props *NetworkAclEntryProps) NetworkAclEntry {
	props = l2.Inject(*NetworkAclEntry_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &NetworkAclEntryProps{}
	}
	e := &networkAclEntry{acl: props.NetworkAcl}
	e.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.NetworkAclEntryName})
	host.Set(e.Resource, e)
	if props.NetworkAcl == nil || props.Traffic == nil || props.Cidr == nil {
		throw(e, "NetworkAclEntry: 'networkAcl', 'traffic' and 'cidr' are required")
	}
	action := "allow"
	if props.RuleAction == Action_DENY {
		action = "deny"
	}
	var egress interface{}
	if props.Direction != "" {
		egress = boolp(props.Direction == TrafficDirection_EGRESS)
	}
	t, c := props.Traffic.ToTrafficConfig(), props.Cidr.ToCidrConfig()
	p := &CfnNetworkAclEntryProps{NetworkAclId: props.NetworkAcl.NetworkAclRef().NetworkAclId, RuleNumber: props.RuleNumber,
		RuleAction: str(action), Egress: egress, Protocol: t.Protocol, CidrBlock: c.CidrBlock, Ipv6CidrBlock: c.Ipv6CidrBlock}
	if t.Icmp != nil {
		p.Icmp = &CfnNetworkAclEntry_IcmpProperty{Code: t.Icmp.Code, Type: t.Icmp.Type}
	}
	if t.PortRange != nil {
		p.PortRange = &CfnNetworkAclEntry_PortRangeProperty{From: t.PortRange.From, To: t.PortRange.To}
	}
	e.res = NewCfnNetworkAclEntry(e, str("Resource"), p)
	return e
}

type subnetAclAssociation struct {
	awscdk.Resource
	id     *string
	acl    interfacesawsec2.INetworkAclRef
	subnet ISubnet
}

func (a *subnetAclAssociation) SubnetNetworkAclAssociationAssociationId() *string { return a.id }
func (a *subnetAclAssociation) SubnetNetworkAclAssociationRef() *interfacesawsec2.SubnetNetworkAclAssociationReference {
	return &interfacesawsec2.SubnetNetworkAclAssociationReference{AssociationId: a.id}
}
func (a *subnetAclAssociation) Subnet() ISubnet { return a.subnet }
func (a *subnetAclAssociation) NetworkAcl() INetworkAcl {
	if acl, ok := a.acl.(INetworkAcl); ok {
		return acl
	}
	return NetworkAcl_FromNetworkAclId(a, str("NetworkAcl"), a.acl.NetworkAclRef().NetworkAclId)
}

// NewSubnetNetworkAclAssociation associates a network ACL with a subnet.
func NewSubnetNetworkAclAssociation(scope constructs.Construct, id *string, props *SubnetNetworkAclAssociationProps) SubnetNetworkAclAssociation {
	props = l2.Inject(*SubnetNetworkAclAssociation_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &SubnetNetworkAclAssociationProps{}
	}
	a := &subnetAclAssociation{acl: props.NetworkAcl, subnet: props.Subnet}
	a.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.SubnetNetworkAclAssociationName})
	host.Set(a.Resource, a)
	if props.NetworkAcl == nil || props.Subnet == nil {
		throw(a, "SubnetNetworkAclAssociation: 'networkAcl' and 'subnet' are required")
	}
	res := NewCfnSubnetNetworkAclAssociation(a, str("Resource"), &CfnSubnetNetworkAclAssociationProps{
		NetworkAclId: props.NetworkAcl.NetworkAclRef().NetworkAclId, SubnetId: props.Subnet.SubnetRef().SubnetId,
	})
	a.id = res.AttrAssociationId()
	return a
}

// SubnetNetworkAclAssociation_FromSubnetNetworkAclAssociationAssociationId imports an association by id.
func SubnetNetworkAclAssociation_FromSubnetNetworkAclAssociationAssociationId(scope constructs.Construct, id *string, subnetNetworkAclAssociationAssociationId *string) ISubnetNetworkAclAssociation {
	a := &subnetAclAssociation{id: subnetNetworkAclAssociationAssociationId}
	a.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(a.Resource, a)
	return a
}

// associateNetworkAcl associates acl with subnet s: the association lives
// under the ACL, named after the subnet, as aws-cdk-lib names it.
func associateNetworkAcl(s ISubnet, id *string, acl INetworkAcl) {
	NewSubnetNetworkAclAssociation(asConstruct(acl), str(deref(id)+deref(awscdk.Names_NodeUniqueId(s.Node()))),
		&SubnetNetworkAclAssociationProps{NetworkAcl: acl, Subnet: s})
}

func NetworkAcl_PROPERTY_INJECTION_ID() *string { return jsii.String("aws-cdk-lib.aws-ec2.NetworkAcl") }
func NetworkAclEntry_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-ec2.NetworkAclEntry")
}
func SubnetNetworkAclAssociation_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-ec2.SubnetNetworkAclAssociation")
}
func NetworkAcl_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }
func NetworkAcl_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}
func NetworkAcl_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}
func NetworkAclEntry_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }
func NetworkAclEntry_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}
func NetworkAclEntry_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}
func SubnetNetworkAclAssociation_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}
func SubnetNetworkAclAssociation_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}
func SubnetNetworkAclAssociation_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}
