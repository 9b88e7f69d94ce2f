package awsec2

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsec2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
)

// The New*_Override constructors of aws-cdk-lib's abstract classes: a Go
// type embedding one must define the abstract methods itself; the stand-in
// stored in the embedded field says so if one is left out.

// ConnectionRule is a port range rule of a connection (aws-cdk-lib's data shape).
type ConnectionRule struct {
	FromPort    *float64 `field:"required" json:"fromPort" yaml:"fromPort"`
	Description *string  `field:"optional" json:"description" yaml:"description"`
	Protocol    *string  `field:"optional" json:"protocol" yaml:"protocol"`
	ToPort      *float64 `field:"optional" json:"toPort" yaml:"toPort"`
}

// RuleConfig is the CIDR half of a security group rule.
type RuleConfig struct {
	CidrIp   *string `field:"optional" json:"cidrIp" yaml:"cidrIp"`
	CidrIpv6 *string `field:"optional" json:"cidrIpv6" yaml:"cidrIpv6"`
}

// PrefixListOptions are the options every prefix list shares.
type PrefixListOptions struct {
	MaxEntries *float64 `field:"optional" json:"maxEntries" yaml:"maxEntries"`
}

func mustDefine(typ, method string) {
	diag.Panic("", "a type embedding %s must define %s()", typ, method)
}

type abstractAclCidr struct{}

func (abstractAclCidr) ToCidrConfig() *AclCidrConfig {
	mustDefine("AclCidr", "ToCidrConfig")
	return nil
}

// NewAclCidr_Override initialises a user's type embedding AclCidr, which must define ToCidrConfig.
func NewAclCidr_Override(a AclCidr) { l2.Override[AclCidr](a, abstractAclCidr{}) }

type abstractAclTraffic struct{}

func (abstractAclTraffic) ToTrafficConfig() *AclTrafficConfig {
	mustDefine("AclTraffic", "ToTrafficConfig")
	return nil
}

// NewAclTraffic_Override initialises a user's type embedding AclTraffic, which must define ToTrafficConfig.
func NewAclTraffic_Override(a AclTraffic) { l2.Override[AclTraffic](a, abstractAclTraffic{}) }

type abstractRouteTarget struct{}

func (abstractRouteTarget) SubnetId() *string {
	mustDefine("ClientVpnRouteTarget", "SubnetId")
	return nil
}

// NewClientVpnRouteTarget_Override initialises a user's type embedding ClientVpnRouteTarget, which must define SubnetId.
func NewClientVpnRouteTarget_Override(c ClientVpnRouteTarget) {
	l2.Override[ClientVpnRouteTarget](c, abstractRouteTarget{})
}

type abstractUserAuth struct{}

func (abstractUserAuth) Render() interface{} {
	mustDefine("ClientVpnUserBasedAuthentication", "Render")
	return nil
}

// NewClientVpnUserBasedAuthentication_Override initialises a user's type
// embedding ClientVpnUserBasedAuthentication, which must define Render.
func NewClientVpnUserBasedAuthentication_Override(c ClientVpnUserBasedAuthentication) {
	l2.Override[ClientVpnUserBasedAuthentication](c, abstractUserAuth{})
}

type abstractFlowLogDestination struct{}

func (abstractFlowLogDestination) Bind(constructs.Construct, FlowLog) *FlowLogDestinationConfig {
	mustDefine("FlowLogDestination", "Bind")
	return nil
}

// NewFlowLogDestination_Override initialises a user's type embedding FlowLogDestination, which must define Bind.
func NewFlowLogDestination_Override(f FlowLogDestination) {
	l2.Override[FlowLogDestination](f, abstractFlowLogDestination{})
}

// NewFlowLogResourceType_Override initialises a user's type embedding
// FlowLogResourceType; set its resource type and id with the setters.
func NewFlowLogResourceType_Override(f FlowLogResourceType) {
	l2.Override[FlowLogResourceType](f, &flowLogResourceType{})
}

type abstractMultipartBody struct{}

func (abstractMultipartBody) RenderBodyPart() *[]*string {
	mustDefine("MultipartBody", "RenderBodyPart")
	return nil
}

// NewMultipartBody_Override initialises a user's type embedding MultipartBody, which must define RenderBodyPart.
func NewMultipartBody_Override(m MultipartBody) {
	l2.Override[MultipartBody](m, abstractMultipartBody{})
}

type abstractSubnetFilter struct{}

func (abstractSubnetFilter) SelectSubnets(*[]ISubnet) *[]ISubnet {
	diag.Panic("", "Cannot select subnets with an abstract SubnetFilter. `selectSubnets` needs to be implmemented")
	return nil
}

// NewSubnetFilter_Override initialises a user's type embedding SubnetFilter, which must define SelectSubnets.
func NewSubnetFilter_Override(s SubnetFilter) { l2.Override[SubnetFilter](s, abstractSubnetFilter{}) }

type abstractUserData struct{}

func (abstractUserData) AddCommands(...*string) { mustDefine("UserData", "AddCommands") }
func (abstractUserData) AddExecuteFileCommand(*ExecuteFileOptions) {
	mustDefine("UserData", "AddExecuteFileCommand")
}
func (abstractUserData) AddOnExitCommands(...*string) { mustDefine("UserData", "AddOnExitCommands") }
func (abstractUserData) AddS3DownloadCommand(*S3DownloadOptions) *string {
	mustDefine("UserData", "AddS3DownloadCommand")
	return nil
}
func (abstractUserData) AddSignalOnExitCommand(awscdk.Resource) {
	mustDefine("UserData", "AddSignalOnExitCommand")
}
func (abstractUserData) Render() *string { mustDefine("UserData", "Render"); return nil }

// NewUserData_Override initialises a user's type embedding UserData, which
// must define its methods (or embed UserData_ForLinux's value instead).
func NewUserData_Override(u UserData) { l2.Override[UserData](u, abstractUserData{}) }

// Subnet_IsConstruct reports whether x is a construct.
func Subnet_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Subnet_IsResource reports whether c is a Resource.
func Subnet_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

// Subnet_IsOwnedResource reports whether c is a Resource this app created.
func Subnet_IsOwnedResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsOwnedResource(c) }

// PublicSubnet_IsConstruct reports whether x is a construct.
func PublicSubnet_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// PublicSubnet_IsResource reports whether c is a Resource.
func PublicSubnet_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

// PublicSubnet_IsOwnedResource reports whether c is a Resource this app created.
func PublicSubnet_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// PrivateSubnet_IsConstruct reports whether x is a construct.
func PrivateSubnet_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// PrivateSubnet_IsResource reports whether c is a Resource.
func PrivateSubnet_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

// PrivateSubnet_IsOwnedResource reports whether c is a Resource this app created.
func PrivateSubnet_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// VpcEndpoint_IsConstruct reports whether x is a construct.
func VpcEndpoint_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// VpcEndpoint_IsResource reports whether c is a Resource.
func VpcEndpoint_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

// VpcEndpoint_IsOwnedResource reports whether c is a Resource this app created.
func VpcEndpoint_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// abstractVpcEndpoint stands in for aws-cdk-lib's abstract VpcEndpoint:
// the policy methods work; the endpoint id is the user's to define.
type abstractVpcEndpoint struct{ vpcEndpointBase }

func (e *abstractVpcEndpoint) VpcEndpointId() *string {
	mustDefine("VpcEndpoint", "VpcEndpointId")
	return nil
}

func (e *abstractVpcEndpoint) VpcEndpointRef() *interfacesawsec2.VPCEndpointReference {
	mustDefine("VpcEndpoint", "VpcEndpointRef")
	return nil
}

// NewVpcEndpoint_Override initialises v, a user's type embedding VpcEndpoint,
// as a resource at scope/id; the type must define VpcEndpointId and VpcEndpointRef.
func NewVpcEndpoint_Override(v VpcEndpoint, scope constructs.Construct, id *string, props *awscdk.ResourceProps) {
	e := &abstractVpcEndpoint{}
	e.Resource = awscdk.NewResource(scope, id, props)
	host.Set(e.Resource, e)
	l2.Override[VpcEndpoint](v, e)
}

// abstractVpnConnection stands in for aws-cdk-lib's abstract
// VpnConnectionBase: the connection's ids (and so its metrics, whose
// dimension is the VPN id) are the user's to define.
type abstractVpnConnection struct{ vpnConnection }

func (c *abstractVpnConnection) VpnId() *string {
	mustDefine("VpnConnectionBase", "VpnId")
	return nil
}
func (c *abstractVpnConnection) CustomerGatewayId() *string {
	mustDefine("VpnConnectionBase", "CustomerGatewayId")
	return nil
}
func (c *abstractVpnConnection) CustomerGatewayIp() *string {
	mustDefine("VpnConnectionBase", "CustomerGatewayIp")
	return nil
}
func (c *abstractVpnConnection) CustomerGatewayAsn() *float64 {
	mustDefine("VpnConnectionBase", "CustomerGatewayAsn")
	return nil
}
func (c *abstractVpnConnection) VpnConnectionRef() *interfacesawsec2.VPNConnectionReference {
	mustDefine("VpnConnectionBase", "VpnConnectionRef")
	return nil
}
func (c *abstractVpnConnection) Metric(*string, *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	mustDefine("VpnConnectionBase", "Metric")
	return nil
}
func (c *abstractVpnConnection) MetricTunnelState(*awscloudwatch.MetricOptions) awscloudwatch.Metric {
	mustDefine("VpnConnectionBase", "MetricTunnelState")
	return nil
}
func (c *abstractVpnConnection) MetricTunnelDataIn(*awscloudwatch.MetricOptions) awscloudwatch.Metric {
	mustDefine("VpnConnectionBase", "MetricTunnelDataIn")
	return nil
}
func (c *abstractVpnConnection) MetricTunnelDataOut(*awscloudwatch.MetricOptions) awscloudwatch.Metric {
	mustDefine("VpnConnectionBase", "MetricTunnelDataOut")
	return nil
}

// NewVpnConnectionBase_Override initialises v, a user's type embedding
// VpnConnectionBase, as a resource at scope/id; the type must define the
// connection's ids and metrics.
func NewVpnConnectionBase_Override(v VpnConnectionBase, scope constructs.Construct, id *string, props *awscdk.ResourceProps) {
	c := &abstractVpnConnection{}
	c.Resource = awscdk.NewResource(scope, id, props)
	host.Set(c.Resource, c)
	l2.Override[VpnConnectionBase](v, c)
}
