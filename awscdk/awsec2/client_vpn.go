package awsec2

import (
	"strconv"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsec2"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslogs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// TransportProtocol is the transport protocol of a client VPN endpoint.
type TransportProtocol string

const (
	TransportProtocol_TCP TransportProtocol = "TCP"
	TransportProtocol_UDP TransportProtocol = "UDP"
)

// VpnPort is the port a client VPN endpoint listens on.
type VpnPort string

const (
	VpnPort_HTTPS   VpnPort = "HTTPS"
	VpnPort_OPENVPN VpnPort = "OPENVPN"
)

// ClientVpnSessionTimeout is the maximum VPN session duration.
type ClientVpnSessionTimeout string

const (
	ClientVpnSessionTimeout_EIGHT_HOURS       ClientVpnSessionTimeout = "EIGHT_HOURS"
	ClientVpnSessionTimeout_TEN_HOURS         ClientVpnSessionTimeout = "TEN_HOURS"
	ClientVpnSessionTimeout_TWELVE_HOURS      ClientVpnSessionTimeout = "TWELVE_HOURS"
	ClientVpnSessionTimeout_TWENTY_FOUR_HOURS ClientVpnSessionTimeout = "TWENTY_FOUR_HOURS"
)

// The values CloudFormation takes for the enums above (aws-cdk-lib's enum values).
var (
	transportProtocolValues = map[TransportProtocol]string{TransportProtocol_TCP: "tcp", TransportProtocol_UDP: "udp"}
	vpnPortValues           = map[VpnPort]float64{VpnPort_HTTPS: 443, VpnPort_OPENVPN: 1194}
	sessionTimeoutHours     = map[ClientVpnSessionTimeout]float64{ClientVpnSessionTimeout_EIGHT_HOURS: 8,
		ClientVpnSessionTimeout_TEN_HOURS: 10, ClientVpnSessionTimeout_TWELVE_HOURS: 12, ClientVpnSessionTimeout_TWENTY_FOUR_HOURS: 24}
)

// ClientRouteEnforcementOptions enforce the endpoint's routes on clients.
type ClientRouteEnforcementOptions struct {
	// Whether client routes are enforced.
	Enforced *bool `field:"required" json:"enforced" yaml:"enforced"`
}

// IClientVpnConnectionHandler is a Lambda function that authorizes new
// connections; its name must start with "AWSClientVPN-".
type IClientVpnConnectionHandler interface {
	FunctionArn() *string
	FunctionName() *string
}

// ClientVpnUserBasedAuthentication is how users authenticate: Active
// Directory or a SAML federation.
type ClientVpnUserBasedAuthentication interface {
	// Render returns the authentication option as the endpoint's
	// AuthenticationOptions list holds it.
	Render() interface{}
}

type activeDirectoryAuth struct{ directoryID *string }

func (a *activeDirectoryAuth) Render() interface{} {
	return &CfnClientVpnEndpoint_ClientAuthenticationRequestProperty{
		Type:            str("directory-service-authentication"),
		ActiveDirectory: &CfnClientVpnEndpoint_DirectoryServiceAuthenticationRequestProperty{DirectoryId: a.directoryID},
	}
}

type federatedAuth struct {
	saml, selfService interfacesawsiam.ISAMLProviderRef
}

func (f *federatedAuth) Render() interface{} {
	fed := &CfnClientVpnEndpoint_FederatedAuthenticationRequestProperty{SamlProviderArn: f.saml.SamlProviderRef().SamlProviderArn}
	if f.selfService != nil {
		fed.SelfServiceSamlProviderArn = f.selfService.SamlProviderRef().SamlProviderArn
	}
	return &CfnClientVpnEndpoint_ClientAuthenticationRequestProperty{Type: str("federated-authentication"), FederatedAuthentication: fed}
}

// ClientVpnUserBasedAuthentication_ActiveDirectory authenticates users
// against an AWS Directory Service directory.
func ClientVpnUserBasedAuthentication_ActiveDirectory(directoryId *string) ClientVpnUserBasedAuthentication {
	return &activeDirectoryAuth{directoryID: directoryId}
}

// ClientVpnUserBasedAuthentication_Federated authenticates users through a
// SAML identity provider (selfServiceSamlProvider may be nil).
func ClientVpnUserBasedAuthentication_Federated(samlProvider interfacesawsiam.ISAMLProviderRef, selfServiceSamlProvider interfacesawsiam.ISAMLProviderRef) ClientVpnUserBasedAuthentication {
	return &federatedAuth{saml: samlProvider, selfService: selfServiceSamlProvider}
}

// IClientVpnEndpoint is a client VPN endpoint, owned or imported.
type IClientVpnEndpoint interface {
	interfacesawsec2.IClientVpnEndpointRef
	IConnectable
	awscdk.IResource
	// The endpoint's id.
	EndpointId() *string
	// What depends on the endpoint's subnets being associated.
	TargetNetworksAssociated() constructs.IDependable
}

// ClientVpnEndpoint is an AWS Client VPN endpoint in a VPC: target network
// associations to the selected subnets, connection logs and, by default,
// an authorization rule for the VPC's CIDR.
type ClientVpnEndpoint interface {
	awscdk.Resource
	IClientVpnEndpoint
	// AddAuthorizationRule lets clients reach a network.
	AddAuthorizationRule(id *string, props *ClientVpnAuthorizationRuleOptions) ClientVpnAuthorizationRule
	// AddRoute routes client traffic to a network through a subnet.
	AddRoute(id *string, props *ClientVpnRouteOptions) ClientVpnRoute
}

// ClientVpnEndpointOptions are the options of IVpc.AddClientVpnEndpoint.
type ClientVpnEndpointOptions struct {
	// The IPv4 range clients get addresses from, /12 to /22; it must not lie inside the VPC's.
	Cidr *string `field:"required" json:"cidr" yaml:"cidr"`
	// The ARN of the server certificate.
	ServerCertificateArn *string `field:"required" json:"serverCertificateArn" yaml:"serverCertificateArn"`
	// Authorize every client for the VPC's CIDR. Default: true.
	AuthorizeAllUsersToVpcCidr *bool `field:"optional" json:"authorizeAllUsersToVpcCidr" yaml:"authorizeAllUsersToVpcCidr"`
	// The ARN of the client root certificate chain, for mutual authentication.
	ClientCertificateArn *string `field:"optional" json:"clientCertificateArn" yaml:"clientCertificateArn"`
	// A Lambda function that authorizes each new connection.
	ClientConnectionHandler IClientVpnConnectionHandler `field:"optional" json:"clientConnectionHandler" yaml:"clientConnectionHandler"`
	// Text shown to clients when a session starts (at most 1400 characters).
	ClientLoginBanner *string `field:"optional" json:"clientLoginBanner" yaml:"clientLoginBanner"`
	// Enforce the endpoint's routes on clients.
	ClientRouteEnforcementOptions *ClientRouteEnforcementOptions `field:"optional" json:"clientRouteEnforcementOptions" yaml:"clientRouteEnforcementOptions"`
	// A description.
	Description *string `field:"optional" json:"description" yaml:"description"`
	// Disconnect clients when the maximum session duration is reached.
	DisconnectOnSessionTimeout *bool `field:"optional" json:"disconnectOnSessionTimeout" yaml:"disconnectOnSessionTimeout"`
	// Up to two DNS servers.
	DnsServers *[]*string `field:"optional" json:"dnsServers" yaml:"dnsServers"`
	// Log connections. Default: true.
	Logging *bool `field:"optional" json:"logging" yaml:"logging"`
	// The log group of connection logs. Default: a new one.
	LogGroup interfacesawslogs.ILogGroupRef `field:"optional" json:"logGroup" yaml:"logGroup"`
	// The log stream of connection logs.
	LogStream interfacesawslogs.ILogStreamRef `field:"optional" json:"logStream" yaml:"logStream"`
	// The port. Default: HTTPS (443).
	Port VpnPort `field:"optional" json:"port" yaml:"port"`
	// The security groups of the target networks. Default: a new one.
	SecurityGroups *[]ISecurityGroup `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	// Enable the self-service portal. Default: true with user-based authentication.
	SelfServicePortal *bool `field:"optional" json:"selfServicePortal" yaml:"selfServicePortal"`
	// The maximum session duration. Default: 24 hours.
	SessionTimeout ClientVpnSessionTimeout `field:"optional" json:"sessionTimeout" yaml:"sessionTimeout"`
	// Split tunnel. Default: false.
	SplitTunnel *bool `field:"optional" json:"splitTunnel" yaml:"splitTunnel"`
	// The transport protocol. Default: UDP.
	TransportProtocol TransportProtocol `field:"optional" json:"transportProtocol" yaml:"transportProtocol"`
	// Users authenticated by a directory or SAML.
	UserBasedAuthentication ClientVpnUserBasedAuthentication `field:"optional" json:"userBasedAuthentication" yaml:"userBasedAuthentication"`
	// The subnets to associate. Default: the VPC's private subnets.
	VpcSubnets *SubnetSelection `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
}

// ClientVpnEndpointProps configure a ClientVpnEndpoint.
type ClientVpnEndpointProps struct {
	Cidr                          *string                          `field:"required" json:"cidr" yaml:"cidr"`
	ServerCertificateArn          *string                          `field:"required" json:"serverCertificateArn" yaml:"serverCertificateArn"`
	AuthorizeAllUsersToVpcCidr    *bool                            `field:"optional" json:"authorizeAllUsersToVpcCidr" yaml:"authorizeAllUsersToVpcCidr"`
	ClientCertificateArn          *string                          `field:"optional" json:"clientCertificateArn" yaml:"clientCertificateArn"`
	ClientConnectionHandler       IClientVpnConnectionHandler      `field:"optional" json:"clientConnectionHandler" yaml:"clientConnectionHandler"`
	ClientLoginBanner             *string                          `field:"optional" json:"clientLoginBanner" yaml:"clientLoginBanner"`
	ClientRouteEnforcementOptions *ClientRouteEnforcementOptions   `field:"optional" json:"clientRouteEnforcementOptions" yaml:"clientRouteEnforcementOptions"`
	Description                   *string                          `field:"optional" json:"description" yaml:"description"`
	DisconnectOnSessionTimeout    *bool                            `field:"optional" json:"disconnectOnSessionTimeout" yaml:"disconnectOnSessionTimeout"`
	DnsServers                    *[]*string                       `field:"optional" json:"dnsServers" yaml:"dnsServers"`
	Logging                       *bool                            `field:"optional" json:"logging" yaml:"logging"`
	LogGroup                      interfacesawslogs.ILogGroupRef   `field:"optional" json:"logGroup" yaml:"logGroup"`
	LogStream                     interfacesawslogs.ILogStreamRef  `field:"optional" json:"logStream" yaml:"logStream"`
	Port                          VpnPort                          `field:"optional" json:"port" yaml:"port"`
	SecurityGroups                *[]ISecurityGroup                `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	SelfServicePortal             *bool                            `field:"optional" json:"selfServicePortal" yaml:"selfServicePortal"`
	SessionTimeout                ClientVpnSessionTimeout          `field:"optional" json:"sessionTimeout" yaml:"sessionTimeout"`
	SplitTunnel                   *bool                            `field:"optional" json:"splitTunnel" yaml:"splitTunnel"`
	TransportProtocol             TransportProtocol                `field:"optional" json:"transportProtocol" yaml:"transportProtocol"`
	UserBasedAuthentication       ClientVpnUserBasedAuthentication `field:"optional" json:"userBasedAuthentication" yaml:"userBasedAuthentication"`
	VpcSubnets                    *SubnetSelection                 `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
	// The VPC to connect clients to.
	Vpc IVpc `field:"required" json:"vpc" yaml:"vpc"`
}

// ClientVpnEndpointAttributes describe an imported client VPN endpoint.
type ClientVpnEndpointAttributes struct {
	EndpointId     *string           `field:"required" json:"endpointId" yaml:"endpointId"`
	SecurityGroups *[]ISecurityGroup `field:"required" json:"securityGroups" yaml:"securityGroups"`
}

type clientVpnEndpoint struct {
	awscdk.Resource
	endpointID  *string
	connections Connections
	associated  constructs.DependencyGroup
}

func (e *clientVpnEndpoint) EndpointId() *string      { return e.endpointID }
func (e *clientVpnEndpoint) Connections() Connections { return e.connections }
func (e *clientVpnEndpoint) TargetNetworksAssociated() constructs.IDependable {
	return e.associated
}
func (e *clientVpnEndpoint) ClientVpnEndpointRef() *interfacesawsec2.ClientVpnEndpointReference {
	return &interfacesawsec2.ClientVpnEndpointReference{ClientVpnEndpointId: e.endpointID}
}
func (e *clientVpnEndpoint) AddAuthorizationRule(id *string, props *ClientVpnAuthorizationRuleOptions) ClientVpnAuthorizationRule {
	p := &ClientVpnAuthorizationRuleProps{ClientVpnEndpoint: e}
	if props != nil {
		p.Cidr, p.Description, p.GroupId = props.Cidr, props.Description, props.GroupId
	}
	return NewClientVpnAuthorizationRule(e, id, p)
}
func (e *clientVpnEndpoint) AddRoute(id *string, props *ClientVpnRouteOptions) ClientVpnRoute {
	p := &ClientVpnRouteProps{ClientVpnEndpoint: e}
	if props != nil {
		p.Cidr, p.Target, p.Description = props.Cidr, props.Target, props.Description
	}
	return NewClientVpnRoute(e, id, p)
}

func addClientVpnEndpoint(scope constructs.Construct, vpc IVpc, id *string, o *ClientVpnEndpointOptions) ClientVpnEndpoint {
	if o == nil {
		o = &ClientVpnEndpointOptions{}
	}
	return NewClientVpnEndpoint(scope, id, &ClientVpnEndpointProps{
		Cidr: o.Cidr, ServerCertificateArn: o.ServerCertificateArn, AuthorizeAllUsersToVpcCidr: o.AuthorizeAllUsersToVpcCidr,
		ClientCertificateArn: o.ClientCertificateArn, ClientConnectionHandler: o.ClientConnectionHandler, ClientLoginBanner: o.ClientLoginBanner,
		ClientRouteEnforcementOptions: o.ClientRouteEnforcementOptions, Description: o.Description,
		DisconnectOnSessionTimeout: o.DisconnectOnSessionTimeout, DnsServers: o.DnsServers, Logging: o.Logging, LogGroup: o.LogGroup,
		LogStream: o.LogStream, Port: o.Port, SecurityGroups: o.SecurityGroups, SelfServicePortal: o.SelfServicePortal,
		SessionTimeout: o.SessionTimeout, SplitTunnel: o.SplitTunnel, TransportProtocol: o.TransportProtocol,
		UserBasedAuthentication: o.UserBasedAuthentication, VpcSubnets: o.VpcSubnets, Vpc: vpc,
	})
}

// NewClientVpnEndpoint creates a client VPN endpoint in props.Vpc.
func NewClientVpnEndpoint(scope constructs.Construct, id *string, props *ClientVpnEndpointProps) ClientVpnEndpoint {
	props = l2.Inject(*ClientVpnEndpoint_PROPERTY_INJECTION_ID(), props, scope, id)
	e := &clientVpnEndpoint{associated: constructs.NewDependencyGroup()}
	e.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(e.Resource, e)
	if props == nil || props.Vpc == nil {
		throw(e, "ClientVpnEndpoint: vpc is required")
	}
	if props.Cidr == nil || props.ServerCertificateArn == nil {
		throw(e, "ClientVpnEndpoint: cidr and serverCertificateArn are required")
	}
	vpc := props.Vpc
	if !isUnresolved(vpc.VpcCidrBlock()) {
		client, err := parseCidrBlock(*props.Cidr)
		if err != nil {
			throw(e, "%s", err)
		}
		local, err := parseCidrBlock(*vpc.VpcCidrBlock())
		if err != nil {
			throw(e, "%s", err)
		}
		if local.maxAddress() >= client.maxAddress() && local.minAddress() <= client.minAddress() {
			throw(e, "The client CIDR cannot overlap with the local CIDR of the VPC")
		}
	}
	if props.DnsServers != nil && len(*props.DnsServers) > 2 {
		throw(e, "A client VPN endpoint can have up to two DNS servers")
	}
	if props.Logging != nil && !*props.Logging && (props.LogGroup != nil || props.LogStream != nil) {
		throw(e, "Cannot specify `logGroup` or `logStream` when logging is disabled")
	}
	if h := props.ClientConnectionHandler; h != nil && !isUnresolved(h.FunctionName()) && !strings.HasPrefix(deref(h.FunctionName()), "AWSClientVPN-") {
		throw(e, "The name of the Lambda function must begin with the `AWSClientVPN-` prefix")
	}
	if b := props.ClientLoginBanner; b != nil && !isUnresolved(b) && len([]rune(*b)) > 1400 {
		throw(e, "The maximum length for the client login banner is 1400, got %d", len([]rune(*b)))
	}
	if r := props.ClientRouteEnforcementOptions; r != nil && r.Enforced != nil && *r.Enforced && props.SplitTunnel != nil && *props.SplitTunnel {
		throw(e, "Client Route Enforcement cannot be enabled when splitTunnel is true.")
	}

	logging := props.Logging == nil || *props.Logging
	var logGroup interfacesawslogs.ILogGroupRef
	if logging {
		logGroup = props.LogGroup
		if logGroup == nil {
			logGroup = awslogs.NewLogGroup(e, str("LogGroup"), nil)
		}
	}
	var sgs []ISecurityGroup
	if props.SecurityGroups != nil {
		sgs = *props.SecurityGroups
	} else {
		sgs = []ISecurityGroup{NewSecurityGroup(e, str("SecurityGroup"), &SecurityGroupProps{Vpc: vpc})}
	}
	e.connections = NewConnections(&ConnectionsProps{SecurityGroups: &sgs})

	logOptions := &CfnClientVpnEndpoint_ConnectionLogOptionsProperty{Enabled: logging}
	if logGroup != nil {
		logOptions.CloudwatchLogGroup = logGroup.LogGroupRef().LogGroupName
	}
	if props.LogStream != nil {
		logOptions.CloudwatchLogStream = props.LogStream.LogStreamRef().LogStreamName
	}
	cfn := &CfnClientVpnEndpointProps{
		AuthenticationOptions: renderClientVpnAuthentication(props.ClientCertificateArn, props.UserBasedAuthentication),
		ClientCidrBlock:       props.Cidr,
		ConnectionLogOptions:  logOptions,
		Description:           props.Description,
		DnsServers:            props.DnsServers,
		ServerCertificateArn:  props.ServerCertificateArn,
		VpcId:                 vpc.VpcId(),
	}
	if h := props.ClientConnectionHandler; h != nil {
		cfn.ClientConnectOptions = &CfnClientVpnEndpoint_ClientConnectOptionsProperty{Enabled: true, LambdaFunctionArn: h.FunctionArn()}
	}
	if r := props.ClientRouteEnforcementOptions; r != nil {
		cfn.ClientRouteEnforcementOptions = &CfnClientVpnEndpoint_ClientRouteEnforcementOptionsProperty{Enforced: r.Enforced}
	}
	ids := make([]*string, len(sgs))
	for i, sg := range sgs {
		ids[i] = sg.SecurityGroupId()
	}
	cfn.SecurityGroupIds = &ids
	if p := props.SelfServicePortal; p != nil {
		cfn.SelfServicePortal = str(map[bool]string{true: "enabled", false: "disabled"}[*p])
	}
	if props.SplitTunnel != nil {
		cfn.SplitTunnel = *props.SplitTunnel
	}
	if props.TransportProtocol != "" {
		cfn.TransportProtocol = str(transportProtocolValues[props.TransportProtocol])
	}
	if props.Port != "" {
		cfn.VpnPort = num(vpnPortValues[props.Port])
	}
	if props.SessionTimeout != "" {
		cfn.SessionTimeoutHours = num(sessionTimeoutHours[props.SessionTimeout])
	}
	if props.DisconnectOnSessionTimeout != nil {
		cfn.DisconnectOnSessionTimeout = *props.DisconnectOnSessionTimeout
	}
	if b := props.ClientLoginBanner; b != nil && *b != "" {
		cfn.ClientLoginBannerOptions = &CfnClientVpnEndpoint_ClientLoginBannerOptionsProperty{Enabled: true, BannerText: b}
	}
	endpoint := NewCfnClientVpnEndpoint(e, str("Resource"), cfn)
	e.endpointID = endpoint.Ref()

	if props.UserBasedAuthentication != nil && (props.SelfServicePortal == nil || *props.SelfServicePortal) {
		awscdk.NewCfnOutput(e, str("SelfServicePortalUrl"), &awscdk.CfnOutputProps{
			Value: str("https://self-service.clientvpn.amazonaws.com/endpoints/" + *e.endpointID)})
	}

	subnetIDs := vpc.SelectSubnets(props.VpcSubnets).SubnetIds
	if isUnresolved(subnetIDs) {
		throw(e, "Cannot associate subnets when VPC are imported from parameters or exports containing lists of subnet IDs.")
	}
	for i, subnetID := range *subnetIDs {
		e.associated.Add(NewCfnClientVpnTargetNetworkAssociation(e, str("Association"+strconv.Itoa(i)),
			&CfnClientVpnTargetNetworkAssociationProps{ClientVpnEndpointId: e.endpointID, SubnetId: subnetID}))
	}
	if props.AuthorizeAllUsersToVpcCidr == nil || *props.AuthorizeAllUsersToVpcCidr {
		e.AddAuthorizationRule(str("AuthorizeAll"), &ClientVpnAuthorizationRuleOptions{Cidr: vpc.VpcCidrBlock()})
	}
	return e
}

// renderClientVpnAuthentication lists the endpoint's authentication options:
// mutual (certificate) first, then the user-based one.
func renderClientVpnAuthentication(clientCertificateArn *string, user ClientVpnUserBasedAuthentication) []interface{} {
	var opts []interface{}
	if clientCertificateArn != nil && *clientCertificateArn != "" {
		opts = append(opts, &CfnClientVpnEndpoint_ClientAuthenticationRequestProperty{
			Type:                 str("certificate-authentication"),
			MutualAuthentication: &CfnClientVpnEndpoint_CertificateAuthenticationRequestProperty{ClientRootCertificateChainArn: clientCertificateArn},
		})
	}
	if user != nil {
		opts = append(opts, user.Render())
	}
	if len(opts) == 0 {
		throwUnscoped("A client VPN endpoint must use at least one authentication option")
	}
	return opts
}

// ClientVpnEndpoint_FromEndpointAttributes imports a client VPN endpoint.
func ClientVpnEndpoint_FromEndpointAttributes(scope constructs.Construct, id *string, attrs *ClientVpnEndpointAttributes) IClientVpnEndpoint {
	if attrs == nil {
		attrs = &ClientVpnEndpointAttributes{}
	}
	e := &clientVpnEndpoint{associated: constructs.NewDependencyGroup(), endpointID: attrs.EndpointId}
	e.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(e.Resource, e)
	e.connections = NewConnections(&ConnectionsProps{SecurityGroups: attrs.SecurityGroups})
	return e
}

func ClientVpnEndpoint_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-ec2.ClientVpnEndpoint")
}
func ClientVpnEndpoint_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }
func ClientVpnEndpoint_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}
func ClientVpnEndpoint_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// ClientVpnAuthorizationRuleOptions say which network an authorization rule opens.
type ClientVpnAuthorizationRuleOptions struct {
	// The network clients may reach.
	Cidr *string `field:"required" json:"cidr" yaml:"cidr"`
	// A description.
	Description *string `field:"optional" json:"description" yaml:"description"`
	// The Active Directory group or IdP group allowed. Default: every group.
	GroupId *string `field:"optional" json:"groupId" yaml:"groupId"`
}

// ClientVpnAuthorizationRuleProps configure a ClientVpnAuthorizationRule.
type ClientVpnAuthorizationRuleProps struct {
	Cidr        *string `field:"required" json:"cidr" yaml:"cidr"`
	Description *string `field:"optional" json:"description" yaml:"description"`
	GroupId     *string `field:"optional" json:"groupId" yaml:"groupId"`
	// The endpoint the rule belongs to.
	ClientVpnEndpoint interfacesawsec2.IClientVpnEndpointRef `field:"optional" json:"clientVpnEndpoint" yaml:"clientVpnEndpoint"`
}

// ClientVpnAuthorizationRule lets a client VPN endpoint's clients reach a network.
type ClientVpnAuthorizationRule interface {
	awscdk.Resource
}

type clientVpnAuthorizationRule struct{ awscdk.Resource }

// NewClientVpnAuthorizationRule creates an authorization rule.
func NewClientVpnAuthorizationRule(scope constructs.Construct, id *string, props *ClientVpnAuthorizationRuleProps) ClientVpnAuthorizationRule {
	props = l2.Inject(*ClientVpnAuthorizationRule_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.ClientVpnEndpoint == nil {
		throw(scope, "ClientVpnAuthorizationRule: either clientVpnEndpoint or clientVpnEndoint (deprecated) must be specified")
	}
	r := &clientVpnAuthorizationRule{}
	r.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(r.Resource, r)
	cfn := &CfnClientVpnAuthorizationRuleProps{
		ClientVpnEndpointId: props.ClientVpnEndpoint.ClientVpnEndpointRef().ClientVpnEndpointId,
		TargetNetworkCidr:   props.Cidr,
		AccessGroupId:       props.GroupId,
		AuthorizeAllGroups:  props.GroupId == nil || *props.GroupId == "",
		Description:         props.Description,
	}
	NewCfnClientVpnAuthorizationRule(r, str("Resource"), cfn)
	return r
}

func ClientVpnAuthorizationRule_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-ec2.ClientVpnAuthorizationRule")
}
func ClientVpnAuthorizationRule_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}
func ClientVpnAuthorizationRule_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}
func ClientVpnAuthorizationRule_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// ClientVpnRouteTarget is where a client VPN route sends traffic.
type ClientVpnRouteTarget interface {
	// The subnet ("local" for the endpoint's local route).
	SubnetId() *string
}

type clientVpnRouteTarget struct{ subnetID *string }

func (t *clientVpnRouteTarget) SubnetId() *string { return t.subnetID }

// ClientVpnRouteTarget_Subnet routes through a subnet associated with the endpoint.
func ClientVpnRouteTarget_Subnet(subnet interfacesawsec2.ISubnetRef) ClientVpnRouteTarget {
	return &clientVpnRouteTarget{subnetID: subnet.SubnetRef().SubnetId}
}

// ClientVpnRouteTarget_Local is the endpoint's local route.
func ClientVpnRouteTarget_Local() ClientVpnRouteTarget {
	return &clientVpnRouteTarget{subnetID: str("local")}
}

// ClientVpnRouteOptions say where a client VPN route leads.
type ClientVpnRouteOptions struct {
	// The destination network.
	Cidr *string `field:"required" json:"cidr" yaml:"cidr"`
	// The subnet that carries the traffic.
	Target ClientVpnRouteTarget `field:"required" json:"target" yaml:"target"`
	// A description.
	Description *string `field:"optional" json:"description" yaml:"description"`
}

// ClientVpnRouteProps configure a ClientVpnRoute.
type ClientVpnRouteProps struct {
	Cidr        *string              `field:"required" json:"cidr" yaml:"cidr"`
	Target      ClientVpnRouteTarget `field:"required" json:"target" yaml:"target"`
	Description *string              `field:"optional" json:"description" yaml:"description"`
	// The endpoint the route belongs to.
	ClientVpnEndpoint IClientVpnEndpoint `field:"optional" json:"clientVpnEndpoint" yaml:"clientVpnEndpoint"`
}

// ClientVpnRoute is a route of a client VPN endpoint.
type ClientVpnRoute interface {
	awscdk.Resource
}

type clientVpnRoute struct{ awscdk.Resource }

// NewClientVpnRoute creates a route; it waits for the endpoint's subnet associations.
func NewClientVpnRoute(scope constructs.Construct, id *string, props *ClientVpnRouteProps) ClientVpnRoute {
	props = l2.Inject(*ClientVpnRoute_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.ClientVpnEndpoint == nil {
		throw(scope, "ClientVpnRoute: either clientVpnEndpoint or clientVpnEndoint (deprecated) must be specified")
	}
	r := &clientVpnRoute{}
	r.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(r.Resource, r)
	if props.Target == nil {
		throw(r, "ClientVpnRoute: target is required")
	}
	res := NewCfnClientVpnRoute(r, str("Resource"), &CfnClientVpnRouteProps{
		ClientVpnEndpointId:  props.ClientVpnEndpoint.EndpointId(),
		Description:          props.Description,
		DestinationCidrBlock: props.Cidr,
		TargetVpcSubnetId:    props.Target.SubnetId(),
	})
	res.Node().AddDependency(props.ClientVpnEndpoint.TargetNetworksAssociated())
	return r
}

func ClientVpnRoute_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-ec2.ClientVpnRoute")
}
func ClientVpnRoute_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }
func ClientVpnRoute_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}
func ClientVpnRoute_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}
