package awsevents

import (
	"sort"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsevents"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// HttpMethod is an HTTP method of an API destination or an OAuth endpoint.
type HttpMethod string

const (
	HttpMethod_POST    HttpMethod = "POST"
	HttpMethod_GET     HttpMethod = "GET"
	HttpMethod_HEAD    HttpMethod = "HEAD"
	HttpMethod_OPTIONS HttpMethod = "OPTIONS"
	HttpMethod_PUT     HttpMethod = "PUT"
	HttpMethod_PATCH   HttpMethod = "PATCH"
	HttpMethod_DELETE  HttpMethod = "DELETE"
)

// HttpParameter is the value of a header, query string or body parameter
// a connection adds to each request.
type HttpParameter interface {
	render(name string) *CfnConnection_ParameterProperty
}

type httpParameter struct {
	value  func() *string
	secret bool
}

func (p *httpParameter) render(name string) *CfnConnection_ParameterProperty {
	return &CfnConnection_ParameterProperty{Key: jsii.String(name), Value: p.value(), IsValueSecret: jsii.Bool(p.secret)}
}

// HttpParameter_FromString is a plain parameter value.
func HttpParameter_FromString(value *string) HttpParameter {
	return &httpParameter{value: func() *string { return value }}
}

// HttpParameter_FromSecret is a secret parameter value.
func HttpParameter_FromSecret(value awscdk.SecretValue) HttpParameter {
	return &httpParameter{value: func() *string { return value.UnsafeUnwrap() }, secret: true}
}

// Authorization is how a connection authorizes its requests.
type Authorization interface {
	bind() (authType string, params *CfnConnection_AuthParametersProperty)
}

type authorization func() (string, *CfnConnection_AuthParametersProperty)

func (a authorization) bind() (string, *CfnConnection_AuthParametersProperty) { return a() }

// Authorization_ApiKey sends the key in the header apiKeyName.
func Authorization_ApiKey(apiKeyName *string, apiKeyValue awscdk.SecretValue) Authorization {
	return authorization(func() (string, *CfnConnection_AuthParametersProperty) {
		return "API_KEY", &CfnConnection_AuthParametersProperty{ApiKeyAuthParameters: &CfnConnection_ApiKeyAuthParametersProperty{
			ApiKeyName: apiKeyName, ApiKeyValue: apiKeyValue.UnsafeUnwrap(),
		}}
	})
}

// Authorization_Basic uses HTTP basic authentication.
func Authorization_Basic(username *string, password awscdk.SecretValue) Authorization {
	return authorization(func() (string, *CfnConnection_AuthParametersProperty) {
		return "BASIC", &CfnConnection_AuthParametersProperty{BasicAuthParameters: &CfnConnection_BasicAuthParametersProperty{
			Username: username, Password: password.UnsafeUnwrap(),
		}}
	})
}

// OAuthAuthorizationProps configure OAuth client-credentials authorization.
type OAuthAuthorizationProps struct {
	AuthorizationEndpoint *string            `field:"required" json:"authorizationEndpoint" yaml:"authorizationEndpoint"`
	ClientId              *string            `field:"required" json:"clientId" yaml:"clientId"`
	ClientSecret          awscdk.SecretValue `field:"required" json:"clientSecret" yaml:"clientSecret"`
	// GET, POST or PUT.
	HttpMethod            HttpMethod                `field:"required" json:"httpMethod" yaml:"httpMethod"`
	BodyParameters        *map[string]HttpParameter `field:"optional" json:"bodyParameters" yaml:"bodyParameters"`
	HeaderParameters      *map[string]HttpParameter `field:"optional" json:"headerParameters" yaml:"headerParameters"`
	QueryStringParameters *map[string]HttpParameter `field:"optional" json:"queryStringParameters" yaml:"queryStringParameters"`
}

// Authorization_Oauth uses OAuth client credentials.
func Authorization_Oauth(props *OAuthAuthorizationProps) Authorization {
	if props == nil {
		diag.Panic("", "Authorization.oauth: props are required")
	}
	switch props.HttpMethod {
	case HttpMethod_POST, HttpMethod_GET, HttpMethod_PUT:
	default:
		diag.Panic("", "httpMethod must be one of GET, POST, PUT")
	}
	return authorization(func() (string, *CfnConnection_AuthParametersProperty) {
		var secret *string
		if props.ClientSecret != nil {
			secret = props.ClientSecret.UnsafeUnwrap()
		}
		return "OAUTH_CLIENT_CREDENTIALS", &CfnConnection_AuthParametersProperty{OAuthParameters: &CfnConnection_OAuthParametersProperty{
			AuthorizationEndpoint: props.AuthorizationEndpoint,
			ClientParameters:      &CfnConnection_ClientParametersProperty{ClientId: props.ClientId, ClientSecret: secret},
			HttpMethod:            jsii.String(string(props.HttpMethod)),
			OAuthHttpParameters: &CfnConnection_ConnectionHttpParametersProperty{
				BodyParameters:        renderHttpParameters(props.BodyParameters),
				HeaderParameters:      renderHttpParameters(props.HeaderParameters),
				QueryStringParameters: renderHttpParameters(props.QueryStringParameters),
			},
		}}
	})
}

// renderHttpParameters lists the parameters (nil when none), in the
// order jsii hands a Go map over: keys sorted.
func renderHttpParameters(ps *map[string]HttpParameter) interface{} {
	if ps == nil || len(*ps) == 0 {
		return nil
	}
	keys := make([]string, 0, len(*ps))
	for k := range *ps {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := []interface{}{}
	for _, k := range keys {
		out = append(out, (*ps)[k].render(k))
	}
	return out
}

// ConnectionProps are the props of NewConnection.
type ConnectionProps struct {
	Authorization         Authorization             `field:"required" json:"authorization" yaml:"authorization"`
	BodyParameters        *map[string]HttpParameter `field:"optional" json:"bodyParameters" yaml:"bodyParameters"`
	ConnectionName        *string                   `field:"optional" json:"connectionName" yaml:"connectionName"`
	Description           *string                   `field:"optional" json:"description" yaml:"description"`
	HeaderParameters      *map[string]HttpParameter `field:"optional" json:"headerParameters" yaml:"headerParameters"`
	QueryStringParameters *map[string]HttpParameter `field:"optional" json:"queryStringParameters" yaml:"queryStringParameters"`
}

// ConnectionAttributes describe a connection defined outside this app.
type ConnectionAttributes struct {
	ConnectionArn       *string `field:"required" json:"connectionArn" yaml:"connectionArn"`
	ConnectionName      *string `field:"required" json:"connectionName" yaml:"connectionName"`
	ConnectionSecretArn *string `field:"required" json:"connectionSecretArn" yaml:"connectionSecretArn"`
}

// IConnection is an EventBridge connection, defined in this app or imported.
type IConnection interface {
	interfacesawsevents.IConnectionRef
	awscdk.IResource
	ConnectionArn() *string
	ConnectionName() *string
	ConnectionSecretArn() *string
}

// Connection is an EventBridge connection defined in this app
// (AWS::Events::Connection): the endpoint authorization of API destinations.
type Connection interface {
	awscdk.Resource
	IConnection
}

type connection struct {
	awscdk.Resource
	arn, name, secretArn func() *string
}

func (c *connection) ConnectionArn() *string       { return c.arn() }
func (c *connection) ConnectionName() *string      { return c.name() }
func (c *connection) ConnectionSecretArn() *string { return c.secretArn() }
func (c *connection) ConnectionRef() *interfacesawsevents.ConnectionReference {
	return &interfacesawsevents.ConnectionReference{ConnectionName: c.ConnectionName(), ConnectionArn: c.ConnectionArn()}
}

// Connection_PROPERTY_INJECTION_ID is the id property injectors use for Connection.
func Connection_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-events.Connection")
}

// NewConnection creates a connection.
func NewConnection(scope constructs.Construct, id *string, props *ConnectionProps) Connection {
	props = l2.Inject(*Connection_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Authorization == nil {
		l2.RequireProps(scope, id, "ConnectionProps", "Authorization")
	}
	c := &connection{}
	c.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.ConnectionName})
	host.Set(c.Resource, c)
	authType, params := props.Authorization.bind()
	if props.HeaderParameters != nil || props.QueryStringParameters != nil || props.BodyParameters != nil {
		params.InvocationHttpParameters = &CfnConnection_ConnectionHttpParametersProperty{
			BodyParameters:        renderHttpParameters(props.BodyParameters),
			HeaderParameters:      renderHttpParameters(props.HeaderParameters),
			QueryStringParameters: renderHttpParameters(props.QueryStringParameters),
		}
	}
	res := NewCfnConnection(c, jsii.String("Connection"), &CfnConnectionProps{
		AuthorizationType: jsii.String(authType),
		AuthParameters:    params,
		Description:       props.Description,
		Name:              c.PhysicalName(),
	})
	var nameMemo *string
	c.name = func() *string {
		if nameMemo == nil {
			nameMemo = c.GetResourceNameAttribute(res.Ref())
		}
		return nameMemo
	}
	c.arn = res.AttrArn
	c.secretArn = res.AttrSecretArn
	return c
}

// Connection_FromEventBusArn imports a connection by its ARN (the name aws-cdk-lib gives this function).
func Connection_FromEventBusArn(scope constructs.Construct, id *string, connectionArn *string, connectionSecretArn *string) IConnection {
	parts := awscdk.Stack_Of(scope).SplitArn(connectionArn, awscdk.ArnFormat_SLASH_RESOURCE_NAME)
	name := parts.ResourceName
	if name == nil {
		name = jsii.String("")
	}
	return Connection_FromConnectionAttributes(scope, id, &ConnectionAttributes{ConnectionArn: connectionArn, ConnectionName: name, ConnectionSecretArn: connectionSecretArn})
}

// Connection_FromConnectionAttributes imports a connection.
func Connection_FromConnectionAttributes(scope constructs.Construct, id *string, attrs *ConnectionAttributes) IConnection {
	if attrs == nil || attrs.ConnectionArn == nil {
		l2.RequireProps(scope, id, "ConnectionAttributes", "ConnectionArn", "ConnectionName", "ConnectionSecretArn")
	}
	c := &connection{}
	c.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(c.Resource, c)
	c.arn = func() *string { return attrs.ConnectionArn }
	c.name = func() *string { return attrs.ConnectionName }
	c.secretArn = func() *string { return attrs.ConnectionSecretArn }
	return c
}

// Connection_IsConstruct reports whether x is a construct.
func Connection_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Connection_IsOwnedResource reports whether construct is a Resource this app created.
func Connection_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// Connection_IsResource reports whether construct is a Resource.
func Connection_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

// NewConnection_Override initialises outer, a type embedding Connection.
func NewConnection_Override(outer Connection, scope constructs.Construct, id *string, props *ConnectionProps) {
	l2.Override(outer, NewConnection(scope, id, props))
}

// ApiDestinationProps are the props of NewApiDestination.
type ApiDestinationProps struct {
	Connection interfacesawsevents.IConnectionRef `field:"required" json:"connection" yaml:"connection"`
	// The HTTPS endpoint to invoke.
	Endpoint           *string `field:"required" json:"endpoint" yaml:"endpoint"`
	ApiDestinationName *string `field:"optional" json:"apiDestinationName" yaml:"apiDestinationName"`
	Description        *string `field:"optional" json:"description" yaml:"description"`
	// Default: POST.
	HttpMethod         HttpMethod `field:"optional" json:"httpMethod" yaml:"httpMethod"`
	RateLimitPerSecond *float64   `field:"optional" json:"rateLimitPerSecond" yaml:"rateLimitPerSecond"`
}

// ApiDestinationAttributes describe an API destination defined outside this app.
type ApiDestinationAttributes struct {
	ApiDestinationArn          *string                            `field:"required" json:"apiDestinationArn" yaml:"apiDestinationArn"`
	Connection                 interfacesawsevents.IConnectionRef `field:"required" json:"connection" yaml:"connection"`
	ApiDestinationArnForPolicy *string                            `field:"optional" json:"apiDestinationArnForPolicy" yaml:"apiDestinationArnForPolicy"`
}

// IApiDestination is an API destination, defined in this app or imported.
type IApiDestination interface {
	interfacesawsevents.IApiDestinationRef
	awscdk.IResource
	ApiDestinationArn() *string
	// ApiDestinationArnForPolicy is the ARN to name in IAM policies.
	ApiDestinationArnForPolicy() *string
	ApiDestinationName() *string
}

// ApiDestination is an HTTP endpoint rules can target
// (AWS::Events::ApiDestination).
type ApiDestination interface {
	awscdk.Resource
	IApiDestination
	// Connection is the destination's connection.
	Connection() IConnection
}

type apiDestination struct {
	awscdk.Resource
	conn                    interfacesawsevents.IConnectionRef
	arn, arnForPolicy, name func() *string
}

func (d *apiDestination) ApiDestinationArn() *string          { return d.arn() }
func (d *apiDestination) ApiDestinationArnForPolicy() *string { return d.arnForPolicy() }
func (d *apiDestination) ApiDestinationName() *string         { return d.name() }
func (d *apiDestination) ApiDestinationRef() *interfacesawsevents.ApiDestinationReference {
	return &interfacesawsevents.ApiDestinationReference{ApiDestinationName: d.ApiDestinationName(), ApiDestinationArn: d.ApiDestinationArn()}
}

// Connection is the connection as an IConnection (a bare reference is
// wrapped; its secret ARN is then unknown).
func (d *apiDestination) Connection() IConnection {
	if c, ok := d.conn.(IConnection); ok {
		return c
	}
	return &connectionRefWrapper{IConnectionRef: d.conn}
}

// connectionRefWrapper presents a bare connection reference as an IConnection.
type connectionRefWrapper struct {
	interfacesawsevents.IConnectionRef
}

func (w *connectionRefWrapper) ConnectionArn() *string  { return w.ConnectionRef().ConnectionArn }
func (w *connectionRefWrapper) ConnectionName() *string { return w.ConnectionRef().ConnectionName }
func (w *connectionRefWrapper) ConnectionSecretArn() *string {
	diag.Panic(*w.Node().Path(), "connectionSecretArn is not available on a connection reference")
	return nil
}
func (w *connectionRefWrapper) Stack() awscdk.Stack { return awscdk.Stack_Of(w) }
func (w *connectionRefWrapper) ApplyRemovalPolicy(policy awscdk.RemovalPolicy) {
	diag.Panic(*w.Node().Path(), "cannot apply a removal policy to a connection reference")
}
func (w *connectionRefWrapper) With(mixins ...constructs.IMixin) constructs.IConstruct {
	return w.IConnectionRef.With(mixins...)
}

// ApiDestination_PROPERTY_INJECTION_ID is the id property injectors use for ApiDestination.
func ApiDestination_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-events.ApiDestination")
}

// NewApiDestination creates an API destination.
func NewApiDestination(scope constructs.Construct, id *string, props *ApiDestinationProps) ApiDestination {
	props = l2.Inject(*ApiDestination_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Connection == nil || props.Endpoint == nil {
		l2.RequireProps(scope, id, "ApiDestinationProps", "Connection", "Endpoint")
	}
	d := &apiDestination{conn: props.Connection}
	d.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.ApiDestinationName})
	host.Set(d.Resource, d)
	method := props.HttpMethod
	if method == "" {
		method = HttpMethod_POST
	}
	res := NewCfnApiDestination(d, jsii.String("ApiDestination"), &CfnApiDestinationProps{
		ConnectionArn:                props.Connection.ConnectionRef().ConnectionArn,
		Description:                  props.Description,
		HttpMethod:                   jsii.String(string(method)),
		InvocationEndpoint:           props.Endpoint,
		InvocationRateLimitPerSecond: props.RateLimitPerSecond,
		Name:                         d.PhysicalName(),
	})
	var nameMemo *string
	d.name = func() *string {
		if nameMemo == nil {
			nameMemo = d.GetResourceNameAttribute(res.Ref())
		}
		return nameMemo
	}
	d.arn = res.AttrArn
	d.arnForPolicy = res.AttrArnForPolicy
	return d
}

// ApiDestination_FromApiDestinationAttributes imports an API destination.
func ApiDestination_FromApiDestinationAttributes(scope constructs.Construct, id *string, attrs *ApiDestinationAttributes) IApiDestination {
	if attrs == nil || attrs.ApiDestinationArn == nil || attrs.Connection == nil {
		l2.RequireProps(scope, id, "ApiDestinationAttributes", "ApiDestinationArn", "Connection")
	}
	name := awscdk.Stack_Of(scope).SplitArn(attrs.ApiDestinationArn, awscdk.ArnFormat_SLASH_RESOURCE_NAME).ResourceName
	if name == nil || *name == "" {
		diag.Panic("", "Could not extract Api Destionation name from ARN: '%s'", *attrs.ApiDestinationArn)
	}
	d := &apiDestination{conn: attrs.Connection}
	d.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(d.Resource, d)
	d.arn = func() *string { return attrs.ApiDestinationArn }
	d.arnForPolicy = func() *string { return attrs.ApiDestinationArnForPolicy }
	d.name = func() *string { return name }
	return d
}

// ApiDestination_IsConstruct reports whether x is a construct.
func ApiDestination_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// ApiDestination_IsOwnedResource reports whether construct is a Resource this app created.
func ApiDestination_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// ApiDestination_IsResource reports whether construct is a Resource.
func ApiDestination_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

// NewApiDestination_Override initialises outer, a type embedding ApiDestination.
func NewApiDestination_Override(outer ApiDestination, scope constructs.Construct, id *string, props *ApiDestinationProps) {
	l2.Override(outer, NewApiDestination(scope, id, props))
}
