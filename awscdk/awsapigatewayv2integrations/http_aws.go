package awsapigatewayv2integrations

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	v2 "github.com/strata-cdk/strata/awscdk/awsapigatewayv2"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsevents"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsservicediscovery"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// invokeRole is the role API Gateway assumes to call an AWS service for a
// route, allowed action on resource (statement sid).
func invokeRole(scope constructs.Construct, sid, action string, resource *string) awsiam.Role {
	role := awsiam.NewRole(scope, jsii.String("InvokeRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("apigateway.amazonaws.com"), nil)})
	role.AddToPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Effect: awsiam.Effect_ALLOW, Sid: jsii.String(sid),
		Actions: jsii.Strings(action), Resources: &[]*string{resource}}))
	return role
}

// HttpSqsIntegrationProps are the props of NewHttpSqsIntegration.
type HttpSqsIntegrationProps struct {
	Queue awssqs.IQueue `field:"required" json:"queue" yaml:"queue"`
	// Default: the queue URL plus the action's parameters from the body.
	ParameterMapping v2.ParameterMapping `field:"optional" json:"parameterMapping" yaml:"parameterMapping"`
	// Default: SQS_SEND_MESSAGE.
	Subtype v2.HttpIntegrationSubtype `field:"optional" json:"subtype" yaml:"subtype"`
}

// HttpSqsIntegration sends requests to an SQS queue action.
type HttpSqsIntegration interface {
	v2.HttpRouteIntegration
}

type sqsIntegration struct {
	id    string
	props *HttpSqsIntegrationProps
}

// NewHttpSqsIntegration makes an SQS queue action a route integration.
func NewHttpSqsIntegration(id *string, props *HttpSqsIntegrationProps) HttpSqsIntegration {
	if props == nil || props.Queue == nil {
		diag.Panic("", "HttpSqsIntegration: queue is required")
	}
	return &sqsIntegration{id: deref(id), props: props}
}

// StrataIntegrationID is the id of the integration construct routes create.
func (q *sqsIntegration) StrataIntegrationID() string { return q.id }

func (q *sqsIntegration) Bind(options *v2.HttpRouteIntegrationBindOptions) *v2.HttpRouteIntegrationConfig {
	subtype := q.props.Subtype
	if subtype != "" && !strings.HasPrefix(string(subtype), "SQS_") {
		l2.Throw(options.Scope, "Subtype must start with `SQS_`")
	}
	if subtype == "" {
		subtype = v2.HttpIntegrationSubtype_SQS_SEND_MESSAGE
	}
	queueURL := q.props.Queue.QueueUrl()
	var action string
	mapping := v2.NewParameterMapping().Custom(jsii.String("QueueUrl"), queueURL)
	switch subtype {
	case v2.HttpIntegrationSubtype_SQS_SEND_MESSAGE:
		action = "sqs:SendMessage"
		mapping.Custom(jsii.String("MessageBody"), jsii.String("$request.body.MessageBody"))
	case v2.HttpIntegrationSubtype_SQS_RECEIVE_MESSAGE:
		action = "sqs:ReceiveMessage"
	case v2.HttpIntegrationSubtype_SQS_DELETE_MESSAGE:
		action = "sqs:DeleteMessage"
		mapping.Custom(jsii.String("ReceiptHandle"), jsii.String("$request.body.ReceiptHandle"))
	case v2.HttpIntegrationSubtype_SQS_PURGE_QUEUE:
		action = "sqs:PurgeQueue"
	default:
		l2.Throw(options.Scope, "Unsupported subtype: %s", subtype)
	}
	role := invokeRole(options.Scope, "AllowSqsExecution", action, q.props.Queue.QueueArn())
	if q.props.ParameterMapping != nil {
		mapping = q.props.ParameterMapping
	}
	return &v2.HttpRouteIntegrationConfig{PayloadFormatVersion: v2.PayloadFormatVersion_VERSION_1_0(), Type: v2.HttpIntegrationType_AWS_PROXY,
		Subtype: subtype, Credentials: v2.IntegrationCredentials_FromRole(role), ConnectionType: v2.HttpConnectionType_INTERNET,
		ParameterMapping: mapping}
}

func (q *sqsIntegration) CompleteBind(*v2.HttpRouteIntegrationBindOptions) {}

// HttpEventBridgeIntegrationProps are the props of NewHttpEventBridgeIntegration.
type HttpEventBridgeIntegrationProps struct {
	EventBusRef *interfacesawsevents.EventBusReference `field:"required" json:"eventBusRef" yaml:"eventBusRef"`
	// Default: Detail, DetailType and Source from the body, and the bus name.
	ParameterMapping v2.ParameterMapping `field:"optional" json:"parameterMapping" yaml:"parameterMapping"`
	// Default: EVENTBRIDGE_PUT_EVENTS.
	Subtype v2.HttpIntegrationSubtype `field:"optional" json:"subtype" yaml:"subtype"`
}

// HttpEventBridgeIntegration puts requests on an event bus.
type HttpEventBridgeIntegration interface {
	v2.HttpRouteIntegration
}

type eventBridgeIntegration struct {
	id    string
	props *HttpEventBridgeIntegrationProps
}

// NewHttpEventBridgeIntegration makes an event bus a route integration.
func NewHttpEventBridgeIntegration(id *string, props *HttpEventBridgeIntegrationProps) HttpEventBridgeIntegration {
	if props == nil || props.EventBusRef == nil {
		diag.Panic("", "HttpEventBridgeIntegration: eventBusRef is required")
	}
	return &eventBridgeIntegration{id: deref(id), props: props}
}

// StrataIntegrationID is the id of the integration construct routes create.
func (e *eventBridgeIntegration) StrataIntegrationID() string { return e.id }

func (e *eventBridgeIntegration) Bind(options *v2.HttpRouteIntegrationBindOptions) *v2.HttpRouteIntegrationConfig {
	subtype := e.props.Subtype
	if subtype != "" && !strings.HasPrefix(string(subtype), "EVENTBRIDGE_") {
		l2.Throw(options.Scope, "Subtype must start with `EventBridge-`")
	}
	if subtype == "" {
		subtype = v2.HttpIntegrationSubtype_EVENTBRIDGE_PUT_EVENTS
	}
	bus := e.props.EventBusRef
	role := invokeRole(options.Scope, "AllowEventBridgePutEvents", "events:PutEvents", bus.EventBusArn)
	mapping := e.props.ParameterMapping
	if mapping == nil {
		if subtype != v2.HttpIntegrationSubtype_EVENTBRIDGE_PUT_EVENTS {
			l2.Throw(options.Scope, "Unsupported subtype: %s", subtype)
		}
		mapping = v2.NewParameterMapping().Custom(jsii.String("Detail"), jsii.String("$request.body.Detail")).
			Custom(jsii.String("DetailType"), jsii.String("$request.body.DetailType")).
			Custom(jsii.String("Source"), jsii.String("$request.body.Source")).
			Custom(jsii.String("EventBusName"), bus.EventBusName)
	}
	if _, ok := (*mapping.Mappings())["EventBusName"]; !ok {
		mapping.Custom(jsii.String("EventBusName"), bus.EventBusName)
	}
	return &v2.HttpRouteIntegrationConfig{PayloadFormatVersion: v2.PayloadFormatVersion_VERSION_1_0(), Type: v2.HttpIntegrationType_AWS_PROXY,
		Subtype: subtype, Credentials: v2.IntegrationCredentials_FromRole(role), ConnectionType: v2.HttpConnectionType_INTERNET,
		ParameterMapping: mapping}
}

func (e *eventBridgeIntegration) CompleteBind(*v2.HttpRouteIntegrationBindOptions) {}

// HttpPrivateIntegrationOptions are the options of the VPC-link integrations.
type HttpPrivateIntegrationOptions struct {
	// Default: ANY.
	Method           v2.HttpMethod       `field:"optional" json:"method" yaml:"method"`
	ParameterMapping v2.ParameterMapping `field:"optional" json:"parameterMapping" yaml:"parameterMapping"`
	SecureServerName *string             `field:"optional" json:"secureServerName" yaml:"secureServerName"`
	Timeout          awscdk.Duration     `field:"optional" json:"timeout" yaml:"timeout"`
	// Default: a VPC link the API makes for the target's VPC.
	VpcLink v2.IVpcLink `field:"optional" json:"vpcLink" yaml:"vpcLink"`
}

// privateIntegration is what the ALB, NLB and service discovery
// integrations share: HTTP_PROXY over a VPC link, payload 1.0.
type privateIntegration struct {
	id             string
	method         v2.HttpMethod
	payload        v2.PayloadFormatVersion
	integType      v2.HttpIntegrationType
	connectionType v2.HttpConnectionType
}

func newPrivate(id *string) privateIntegration {
	return privateIntegration{id: deref(id), method: v2.HttpMethod_ANY, payload: v2.PayloadFormatVersion_VERSION_1_0(),
		integType: v2.HttpIntegrationType_HTTP_PROXY, connectionType: v2.HttpConnectionType_VPC_LINK}
}

// StrataIntegrationID is the id of the integration construct routes create.
func (p *privateIntegration) StrataIntegrationID() string { return p.id }

func (p *privateIntegration) ConnectionType() v2.HttpConnectionType         { return p.connectionType }
func (p *privateIntegration) SetConnectionType(val v2.HttpConnectionType)   { p.connectionType = val }
func (p *privateIntegration) HttpMethod() v2.HttpMethod                     { return p.method }
func (p *privateIntegration) SetHttpMethod(val v2.HttpMethod)               { p.method = val }
func (p *privateIntegration) IntegrationType() v2.HttpIntegrationType       { return p.integType }
func (p *privateIntegration) SetIntegrationType(val v2.HttpIntegrationType) { p.integType = val }
func (p *privateIntegration) PayloadFormatVersion() v2.PayloadFormatVersion {
	return p.payload
}
func (p *privateIntegration) SetPayloadFormatVersion(val v2.PayloadFormatVersion) { p.payload = val }
func (p *privateIntegration) CompleteBind(*v2.HttpRouteIntegrationBindOptions)    {}

func (p *privateIntegration) config(opts *HttpPrivateIntegrationOptions, link v2.IVpcLink, uri *string, timeout bool) *v2.HttpRouteIntegrationConfig {
	method := opts.Method
	if method == "" {
		method = p.method
	}
	c := &v2.HttpRouteIntegrationConfig{Method: method, PayloadFormatVersion: p.payload, Type: p.integType, ConnectionType: p.connectionType,
		ConnectionId: link.VpcLinkId(), Uri: uri, SecureServerName: opts.SecureServerName, ParameterMapping: opts.ParameterMapping}
	if timeout {
		c.Timeout = opts.Timeout
	}
	return c
}

// vpcLink is the given link, or the API's link for vpc.
func vpcLinkFor(options *v2.HttpRouteIntegrationBindOptions, link v2.IVpcLink, vpc awsec2.IVpc) v2.IVpcLink {
	if link != nil {
		return link
	}
	if vpc == nil {
		l2.Throw(options.Scope, "One of vpcLink or vpc should be provided for private integration")
	}
	return options.Route.HttpApi().AddVpcLink(&v2.VpcLinkProps{Vpc: vpc})
}

// HttpAlbIntegrationProps are the props of NewHttpAlbIntegration.
type HttpAlbIntegrationProps struct {
	Method           v2.HttpMethod       `field:"optional" json:"method" yaml:"method"`
	ParameterMapping v2.ParameterMapping `field:"optional" json:"parameterMapping" yaml:"parameterMapping"`
	SecureServerName *string             `field:"optional" json:"secureServerName" yaml:"secureServerName"`
	Timeout          awscdk.Duration     `field:"optional" json:"timeout" yaml:"timeout"`
	VpcLink          v2.IVpcLink         `field:"optional" json:"vpcLink" yaml:"vpcLink"`
}

// HttpAlbIntegration sends requests to an Application Load Balancer listener over a VPC link.
type HttpAlbIntegration interface {
	v2.HttpRouteIntegration
	ConnectionType() v2.HttpConnectionType
	SetConnectionType(val v2.HttpConnectionType)
	HttpMethod() v2.HttpMethod
	SetHttpMethod(val v2.HttpMethod)
	IntegrationType() v2.HttpIntegrationType
	SetIntegrationType(val v2.HttpIntegrationType)
	PayloadFormatVersion() v2.PayloadFormatVersion
	SetPayloadFormatVersion(val v2.PayloadFormatVersion)
}

type albIntegration struct {
	privateIntegration
	listener awselasticloadbalancingv2.IApplicationListener
	props    *HttpAlbIntegrationProps
}

// NewHttpAlbIntegration makes an ALB listener a route integration.
func NewHttpAlbIntegration(id *string, listener awselasticloadbalancingv2.IApplicationListener, props *HttpAlbIntegrationProps) HttpAlbIntegration {
	if props == nil {
		props = &HttpAlbIntegrationProps{}
	}
	if listener == nil {
		diag.Panic("", "HttpAlbIntegration: listener is required")
	}
	return &albIntegration{privateIntegration: newPrivate(id), listener: listener, props: props}
}

func (a *albIntegration) Bind(options *v2.HttpRouteIntegrationBindOptions) *v2.HttpRouteIntegrationConfig {
	p := a.props
	return a.bindListener(options, p.VpcLink, func() awsec2.IVpc {
		if l, ok := a.listener.(awselasticloadbalancingv2.ApplicationListener); ok {
			return l.LoadBalancer().Vpc()
		}
		return nil
	}, "Application", a.listener.ListenerArn(),
		&HttpPrivateIntegrationOptions{Method: p.Method, ParameterMapping: p.ParameterMapping, SecureServerName: p.SecureServerName, Timeout: p.Timeout})
}

// bindListener binds a load balancer listener through a VPC link in the
// link's VPC or, for a listener of this app, its load balancer's; an
// imported listener needs the link.
func (p *privateIntegration) bindListener(options *v2.HttpRouteIntegrationBindOptions, vpcLink v2.IVpcLink, lbVpc func() awsec2.IVpc, kind string, listenerArn *string, opts *HttpPrivateIntegrationOptions) *v2.HttpRouteIntegrationConfig {
	var vpc awsec2.IVpc
	if vpcLink != nil {
		vpc = vpcLink.Vpc()
	}
	if vpc == nil {
		vpc = lbVpc()
	}
	if vpc == nil {
		l2.Throw(options.Scope, "The vpcLink property must be specified when using an imported %s Listener.", kind)
	}
	return p.config(opts, vpcLinkFor(options, vpcLink, vpc), listenerArn, true)
}

// HttpNlbIntegrationProps are the props of NewHttpNlbIntegration.
type HttpNlbIntegrationProps struct {
	Method           v2.HttpMethod       `field:"optional" json:"method" yaml:"method"`
	ParameterMapping v2.ParameterMapping `field:"optional" json:"parameterMapping" yaml:"parameterMapping"`
	SecureServerName *string             `field:"optional" json:"secureServerName" yaml:"secureServerName"`
	Timeout          awscdk.Duration     `field:"optional" json:"timeout" yaml:"timeout"`
	VpcLink          v2.IVpcLink         `field:"optional" json:"vpcLink" yaml:"vpcLink"`
}

// HttpNlbIntegration sends requests to a Network Load Balancer listener over a VPC link.
type HttpNlbIntegration interface {
	v2.HttpRouteIntegration
	ConnectionType() v2.HttpConnectionType
	SetConnectionType(val v2.HttpConnectionType)
	HttpMethod() v2.HttpMethod
	SetHttpMethod(val v2.HttpMethod)
	IntegrationType() v2.HttpIntegrationType
	SetIntegrationType(val v2.HttpIntegrationType)
	PayloadFormatVersion() v2.PayloadFormatVersion
	SetPayloadFormatVersion(val v2.PayloadFormatVersion)
}

type nlbIntegration struct {
	privateIntegration
	listener awselasticloadbalancingv2.INetworkListener
	props    *HttpNlbIntegrationProps
}

// NewHttpNlbIntegration makes an NLB listener a route integration.
func NewHttpNlbIntegration(id *string, listener awselasticloadbalancingv2.INetworkListener, props *HttpNlbIntegrationProps) HttpNlbIntegration {
	if props == nil {
		props = &HttpNlbIntegrationProps{}
	}
	if listener == nil {
		diag.Panic("", "HttpNlbIntegration: listener is required")
	}
	return &nlbIntegration{privateIntegration: newPrivate(id), listener: listener, props: props}
}

func (n *nlbIntegration) Bind(options *v2.HttpRouteIntegrationBindOptions) *v2.HttpRouteIntegrationConfig {
	p := n.props
	return n.bindListener(options, p.VpcLink, func() awsec2.IVpc {
		if l, ok := n.listener.(awselasticloadbalancingv2.NetworkListener); ok {
			return l.LoadBalancer().Vpc()
		}
		return nil
	}, "Network", n.listener.ListenerArn(),
		&HttpPrivateIntegrationOptions{Method: p.Method, ParameterMapping: p.ParameterMapping, SecureServerName: p.SecureServerName, Timeout: p.Timeout})
}

// HttpServiceDiscoveryIntegrationProps are the props of NewHttpServiceDiscoveryIntegration.
type HttpServiceDiscoveryIntegrationProps struct {
	Method           v2.HttpMethod       `field:"optional" json:"method" yaml:"method"`
	ParameterMapping v2.ParameterMapping `field:"optional" json:"parameterMapping" yaml:"parameterMapping"`
	SecureServerName *string             `field:"optional" json:"secureServerName" yaml:"secureServerName"`
	// Not passed on, as in aws-cdk-lib 2.276.0.
	Timeout awscdk.Duration `field:"optional" json:"timeout" yaml:"timeout"`
	// Required.
	VpcLink v2.IVpcLink `field:"optional" json:"vpcLink" yaml:"vpcLink"`
}

// HttpServiceDiscoveryIntegration sends requests to a Cloud Map service over a VPC link.
type HttpServiceDiscoveryIntegration interface {
	v2.HttpRouteIntegration
	ConnectionType() v2.HttpConnectionType
	SetConnectionType(val v2.HttpConnectionType)
	HttpMethod() v2.HttpMethod
	SetHttpMethod(val v2.HttpMethod)
	IntegrationType() v2.HttpIntegrationType
	SetIntegrationType(val v2.HttpIntegrationType)
	PayloadFormatVersion() v2.PayloadFormatVersion
	SetPayloadFormatVersion(val v2.PayloadFormatVersion)
}

type serviceDiscoveryIntegration struct {
	privateIntegration
	service interfacesawsservicediscovery.IServiceRef
	props   *HttpServiceDiscoveryIntegrationProps
}

// NewHttpServiceDiscoveryIntegration makes a Cloud Map service a route integration.
func NewHttpServiceDiscoveryIntegration(id *string, service interfacesawsservicediscovery.IServiceRef, props *HttpServiceDiscoveryIntegrationProps) HttpServiceDiscoveryIntegration {
	if props == nil {
		props = &HttpServiceDiscoveryIntegrationProps{}
	}
	if service == nil {
		diag.Panic("", "HttpServiceDiscoveryIntegration: service is required")
	}
	return &serviceDiscoveryIntegration{privateIntegration: newPrivate(id), service: service, props: props}
}

func (s *serviceDiscoveryIntegration) Bind(options *v2.HttpRouteIntegrationBindOptions) *v2.HttpRouteIntegrationConfig {
	if s.props.VpcLink == nil {
		l2.Throw(options.Scope, "The vpcLink property is mandatory")
	}
	p := s.props
	return s.config(&HttpPrivateIntegrationOptions{Method: p.Method, ParameterMapping: p.ParameterMapping, SecureServerName: p.SecureServerName},
		p.VpcLink, s.service.ServiceRef().ServiceArn, false)
}
