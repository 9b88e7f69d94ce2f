package awsapigatewayv2

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsapigatewayv2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// IWebSocketApiRef is a reference to a WebSocket API.
type IWebSocketApiRef interface {
	interfacesawsapigatewayv2.IApiRef
	IsWebsocketApi() *bool
}

// IWebSocketApi is a WebSocket API, defined in this app or imported.
type IWebSocketApi interface {
	IApi
	IWebSocketApiRef
}

// WebSocketApiProps are the props of NewWebSocketApi.
type WebSocketApiProps struct {
	ApiKeySelectionExpression WebSocketApiKeySelectionExpression `field:"optional" json:"apiKeySelectionExpression" yaml:"apiKeySelectionExpression"`
	// Default: the construct id.
	ApiName                 *string                `field:"optional" json:"apiName" yaml:"apiName"`
	ConnectRouteOptions     *WebSocketRouteOptions `field:"optional" json:"connectRouteOptions" yaml:"connectRouteOptions"`
	DefaultRouteOptions     *WebSocketRouteOptions `field:"optional" json:"defaultRouteOptions" yaml:"defaultRouteOptions"`
	Description             *string                `field:"optional" json:"description" yaml:"description"`
	DisableSchemaValidation *bool                  `field:"optional" json:"disableSchemaValidation" yaml:"disableSchemaValidation"`
	DisconnectRouteOptions  *WebSocketRouteOptions `field:"optional" json:"disconnectRouteOptions" yaml:"disconnectRouteOptions"`
	IpAddressType           IpAddressType          `field:"optional" json:"ipAddressType" yaml:"ipAddressType"`
	// Default: "$request.body.action".
	RouteSelectionExpression *string `field:"optional" json:"routeSelectionExpression" yaml:"routeSelectionExpression"`
}

// WebSocketApiAttributes describe a WebSocket API defined outside this app.
type WebSocketApiAttributes struct {
	WebSocketId *string `field:"required" json:"webSocketId" yaml:"webSocketId"`
	ApiEndpoint *string `field:"optional" json:"apiEndpoint" yaml:"apiEndpoint"`
}

// WebSocketApi is an API Gateway WebSocket API (AWS::ApiGatewayV2::Api).
type WebSocketApi interface {
	awscdk.Resource
	IApi
	IWebSocketApi
	ApiRef() *interfacesawsapigatewayv2.ApiReference
	WebSocketApiName() *string
	AddRoute(routeKey *string, options *WebSocketRouteOptions) WebSocketRoute
	ArnForExecuteApi(method *string, path *string, stage *string) *string
	ArnForExecuteApiV2(route *string, stage *string) *string
	GrantManageConnections(identity awsiam.IGrantable) awsiam.Grant
}

type wsApiBase struct {
	awscdk.Resource
	id, endpoint *string
	// integrations made for route integrations, one per integration object
	// and API, as aws-cdk-lib's WebSocketRouteIntegration keeps it.
	integrations map[WebSocketRouteIntegration]WebSocketIntegration
}

func (a *wsApiBase) ApiId() *string        { return a.id }
func (a *wsApiBase) IsWebsocketApi() *bool { return jsii.Bool(true) }
func (a *wsApiBase) ApiRef() *interfacesawsapigatewayv2.ApiReference {
	return &interfacesawsapigatewayv2.ApiReference{ApiId: a.id}
}
func (a *wsApiBase) Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return apiMetric(a, a.id, metricName, "", props)
}

type webSocketApi struct {
	wsApiBase
	name *string
}

// WebSocketApi_PROPERTY_INJECTION_ID is the id property injectors use for WebSocketApi.
func WebSocketApi_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-apigatewayv2.WebSocketApi")
}

// NewWebSocketApi creates a WebSocket API with the $connect, $disconnect
// and $default routes its props ask for.
func NewWebSocketApi(scope constructs.Construct, id *string, props *WebSocketApiProps) WebSocketApi {
	props = l2.Inject(*WebSocketApi_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &WebSocketApiProps{}
	}
	a := &webSocketApi{}
	a.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(a.Resource, a)
	a.integrations = map[WebSocketRouteIntegration]WebSocketIntegration{}
	a.name = props.ApiName
	if a.name == nil {
		a.name = id
	}
	cfn := &CfnApiProps{Name: a.name, ProtocolType: jsii.String("WEBSOCKET"), Description: props.Description,
		RouteSelectionExpression: props.RouteSelectionExpression, IpAddressType: props.IpAddressType.cfn()}
	if cfn.RouteSelectionExpression == nil {
		cfn.RouteSelectionExpression = jsii.String("$request.body.action")
	}
	if props.ApiKeySelectionExpression != nil {
		cfn.ApiKeySelectionExpression = props.ApiKeySelectionExpression.CustomApiKeySelector()
	}
	if props.DisableSchemaValidation != nil {
		cfn.DisableSchemaValidation = props.DisableSchemaValidation
	}
	res := NewCfnApi(a, jsii.String("Resource"), cfn)
	a.id, a.endpoint = res.Ref(), res.AttrApiEndpoint()
	if props.ConnectRouteOptions != nil {
		a.AddRoute(jsii.String("$connect"), props.ConnectRouteOptions)
	}
	if props.DisconnectRouteOptions != nil {
		a.AddRoute(jsii.String("$disconnect"), props.DisconnectRouteOptions)
	}
	if props.DefaultRouteOptions != nil {
		a.AddRoute(jsii.String("$default"), props.DefaultRouteOptions)
	}
	return a
}

func (a *webSocketApi) WebSocketApiName() *string { return a.name }
func (a *webSocketApi) ApiEndpoint() *string      { return a.endpoint }

// AddRoute adds a route with id "<routeKey>-Route".
func (a *webSocketApi) AddRoute(routeKey *string, options *WebSocketRouteOptions) WebSocketRoute {
	if options == nil {
		options = &WebSocketRouteOptions{}
	}
	return NewWebSocketRoute(a, jsii.String(deref(routeKey)+"-Route"), &WebSocketRouteProps{
		WebSocketApi: a, RouteKey: routeKey, Integration: options.Integration,
		Authorizer: options.Authorizer, ReturnResponse: options.ReturnResponse,
	})
}

// GrantManageConnections lets identity post to, read and delete the
// connections of every stage.
func (a *webSocketApi) GrantManageConnections(identity awsiam.IGrantable) awsiam.Grant {
	arn := awscdk.Stack_Of(a).FormatArn(&awscdk.ArnComponents{Service: jsii.String("execute-api"), Resource: a.id})
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: identity,
		Actions: jsii.Strings("execute-api:ManageConnections"), ResourceArns: jsii.Strings(*arn + "/*/*/@connections/*")})
}

// ArnForExecuteApi is the execute-api ARN for method (default any) on path
// (default any) in stage (default any).
func (a *webSocketApi) ArnForExecuteApi(method *string, path *string, stage *string) *string {
	m, p, st := "*", "/*", "*"
	if method != nil {
		m = *method
		if strings.ToUpper(m) == "ANY" {
			m = "*"
		}
	}
	if path != nil {
		p = *path
	}
	if stage != nil {
		st = *stage
	}
	return awscdk.Stack_Of(a).FormatArn(&awscdk.ArnComponents{Service: jsii.String("execute-api"), Resource: a.id,
		ArnFormat: awscdk.ArnFormat_SLASH_RESOURCE_NAME, ResourceName: jsii.String(st + "/" + m + p)})
}

// ArnForExecuteApiV2 is the execute-api ARN for route (default any) in stage (default any).
func (a *webSocketApi) ArnForExecuteApiV2(route *string, stage *string) *string {
	r, st := "*", "*"
	if route != nil {
		r = *route
	}
	if stage != nil {
		st = *stage
	}
	return awscdk.Stack_Of(a).FormatArn(&awscdk.ArnComponents{Service: jsii.String("execute-api"), Resource: a.id,
		ArnFormat: awscdk.ArnFormat_SLASH_RESOURCE_NAME, ResourceName: jsii.String(st + "/" + r)})
}

type importedWebSocketApi struct{ wsApiBase }

func (a *importedWebSocketApi) ApiEndpoint() *string {
	if a.endpoint == nil {
		l2.Throw(a.Node().Scope(), "apiEndpoint is not configured on the imported WebSocketApi.")
	}
	return a.endpoint
}

// WebSocketApi_FromWebSocketApiAttributes imports a WebSocket API.
func WebSocketApi_FromWebSocketApiAttributes(scope constructs.Construct, id *string, attrs *WebSocketApiAttributes) IWebSocketApi {
	if attrs == nil {
		attrs = &WebSocketApiAttributes{}
	}
	a := &importedWebSocketApi{}
	a.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(a.Resource, a)
	a.integrations = map[WebSocketRouteIntegration]WebSocketIntegration{}
	a.id, a.endpoint = attrs.WebSocketId, attrs.ApiEndpoint
	return a
}

// IWebSocketRoute is a WebSocket API route.
type IWebSocketRoute interface {
	IRoute
	RouteKey() *string
	WebSocketApi() IWebSocketApi
}

// WebSocketRouteOptions are the options of WebSocketApi.AddRoute.
type WebSocketRouteOptions struct {
	Integration    WebSocketRouteIntegration `field:"required" json:"integration" yaml:"integration"`
	Authorizer     IWebSocketRouteAuthorizer `field:"optional" json:"authorizer" yaml:"authorizer"`
	ReturnResponse *bool                     `field:"optional" json:"returnResponse" yaml:"returnResponse"`
}

// WebSocketRouteProps are the props of NewWebSocketRoute.
type WebSocketRouteProps struct {
	Integration    WebSocketRouteIntegration `field:"required" json:"integration" yaml:"integration"`
	Authorizer     IWebSocketRouteAuthorizer `field:"optional" json:"authorizer" yaml:"authorizer"`
	ReturnResponse *bool                     `field:"optional" json:"returnResponse" yaml:"returnResponse"`
	RouteKey       *string                   `field:"required" json:"routeKey" yaml:"routeKey"`
	WebSocketApi   IWebSocketApi             `field:"required" json:"webSocketApi" yaml:"webSocketApi"`
	ApiKeyRequired *bool                     `field:"optional" json:"apiKeyRequired" yaml:"apiKeyRequired"`
}

// WebSocketRoute is a route of a WebSocket API (AWS::ApiGatewayV2::Route).
type WebSocketRoute interface {
	awscdk.Resource
	IWebSocketRoute
	// IntegrationResponseId is never set, as in aws-cdk-lib.
	IntegrationResponseId() *string
	RouteRef() *interfacesawsapigatewayv2.RouteReference
}

type webSocketRoute struct {
	awscdk.Resource
	api      IWebSocketApi
	key, rid *string
}

// WebSocketRoute_PROPERTY_INJECTION_ID is the id property injectors use for WebSocketRoute.
func WebSocketRoute_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-apigatewayv2.WebSocketRoute")
}

// NewWebSocketRoute creates a route, binding its integration and authorizer.
func NewWebSocketRoute(scope constructs.Construct, id *string, props *WebSocketRouteProps) WebSocketRoute {
	props = l2.Inject(*WebSocketRoute_PROPERTY_INJECTION_ID(), props, scope, id)
	r := &webSocketRoute{}
	r.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(r.Resource, r)
	if props == nil || props.WebSocketApi == nil || props.RouteKey == nil || props.Integration == nil {
		l2.Throw(r, "WebSocketRoute: webSocketApi, routeKey and integration are required")
		return r
	}
	if *props.RouteKey != "$connect" && props.Authorizer != nil {
		l2.Throw(scope, "You can only set a WebSocket authorizer to a $connect route.")
	}
	r.api, r.key = props.WebSocketApi, props.RouteKey
	integrationID := r.bindIntegration(props.Integration)
	authorizer := props.Authorizer
	if authorizer == nil {
		authorizer = NewWebSocketNoneAuthorizer()
	}
	authScope := constructs.Construct(r)
	if c, ok := r.api.(constructs.Construct); ok {
		authScope = c
	}
	auth := authorizer.Bind(&WebSocketRouteAuthorizerBindOptions{Route: r, Scope: authScope})
	if auth == nil {
		auth = &WebSocketRouteAuthorizerConfig{}
	}
	cfn := &CfnRouteProps{ApiId: r.api.ApiId(), ApiKeyRequired: props.ApiKeyRequired, RouteKey: r.key,
		Target: jsii.String("integrations/" + deref(integrationID)), AuthorizerId: auth.AuthorizerId,
		AuthorizationType: auth.AuthorizationType}
	if boolOr(props.ReturnResponse) {
		cfn.RouteResponseSelectionExpression = jsii.String("$default")
	}
	route := NewCfnRoute(r, jsii.String("Resource"), cfn)
	r.rid = route.Ref()
	if boolOr(props.ReturnResponse) {
		NewCfnRouteResponse(r, jsii.String("Response"), &CfnRouteResponseProps{ApiId: r.api.ApiId(), RouteId: r.rid, RouteResponseKey: jsii.String("$default")})
	}
	return r
}

// bindIntegration binds integration to this route and makes its
// integration resource in this route's scope if no route of the API has.
func (r *webSocketRoute) bindIntegration(integration WebSocketRouteIntegration) *string {
	var registry map[WebSocketRouteIntegration]WebSocketIntegration
	if base := wsRegistryOf(r.api); base != nil {
		registry = base.integrations
	}
	options := &WebSocketRouteIntegrationBindOptions{Route: r, Scope: r}
	if registry[integration] == nil && boundElsewhere(r.api, integration) {
		l2.Throw(r, "A single integration cannot be associated with multiple APIs.")
	}
	config := integration.Bind(options)
	if config == nil {
		l2.Throw(r, "the route integration's Bind returned no configuration")
	}
	existing := registry[integration]
	if existing == nil {
		id := integrationID(integration)
		existing = NewWebSocketIntegration(r, jsii.String(id), &WebSocketIntegrationProps{
			WebSocketApi: r.api, IntegrationType: config.Type, IntegrationUri: config.Uri, IntegrationMethod: config.Method,
			ContentHandling: config.ContentHandling, CredentialsRole: config.CredentialsRole, RequestTemplates: config.RequestTemplates,
			RequestParameters: config.RequestParameters, Timeout: config.Timeout, PassthroughBehavior: config.PassthroughBehavior,
			TemplateSelectionExpression: config.TemplateSelectionExpression,
		})
		if registry != nil {
			registry[integration] = existing
		}
	}
	return existing.IntegrationId()
}

func (r *webSocketRoute) RouteId() *string               { return r.rid }
func (r *webSocketRoute) RouteKey() *string              { return r.key }
func (r *webSocketRoute) WebSocketApi() IWebSocketApi    { return r.api }
func (r *webSocketRoute) IntegrationResponseId() *string { return nil }
func (r *webSocketRoute) RouteRef() *interfacesawsapigatewayv2.RouteReference {
	return &interfacesawsapigatewayv2.RouteReference{ApiId: r.api.ApiId(), RouteId: r.rid}
}

// IWebSocketIntegration is a WebSocket API integration.
type IWebSocketIntegration interface {
	IIntegration
	WebSocketApi() IWebSocketApi
}

// WebSocketIntegrationProps are the props of NewWebSocketIntegration.
type WebSocketIntegrationProps struct {
	IntegrationType             WebSocketIntegrationType `field:"required" json:"integrationType" yaml:"integrationType"`
	IntegrationUri              *string                  `field:"required" json:"integrationUri" yaml:"integrationUri"`
	WebSocketApi                IWebSocketApiRef         `field:"required" json:"webSocketApi" yaml:"webSocketApi"`
	ContentHandling             ContentHandling          `field:"optional" json:"contentHandling" yaml:"contentHandling"`
	CredentialsRole             awsiam.IRole             `field:"optional" json:"credentialsRole" yaml:"credentialsRole"`
	IntegrationMethod           *string                  `field:"optional" json:"integrationMethod" yaml:"integrationMethod"`
	PassthroughBehavior         PassthroughBehavior      `field:"optional" json:"passthroughBehavior" yaml:"passthroughBehavior"`
	RequestParameters           *map[string]*string      `field:"optional" json:"requestParameters" yaml:"requestParameters"`
	RequestTemplates            *map[string]*string      `field:"optional" json:"requestTemplates" yaml:"requestTemplates"`
	TemplateSelectionExpression *string                  `field:"optional" json:"templateSelectionExpression" yaml:"templateSelectionExpression"`
	Timeout                     awscdk.Duration          `field:"optional" json:"timeout" yaml:"timeout"`
}

// WebSocketIntegration is a WebSocket API integration (AWS::ApiGatewayV2::Integration).
type WebSocketIntegration interface {
	awscdk.Resource
	IWebSocketIntegration
	IntegrationRef() *interfacesawsapigatewayv2.IntegrationReference
}

type webSocketIntegration struct {
	awscdk.Resource
	api IWebSocketApiRef
	id  *string
}

// WebSocketIntegration_PROPERTY_INJECTION_ID is the id property injectors use for WebSocketIntegration.
func WebSocketIntegration_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-apigatewayv2.WebSocketIntegration")
}

// NewWebSocketIntegration creates an integration of a WebSocket API.
func NewWebSocketIntegration(scope constructs.Construct, id *string, props *WebSocketIntegrationProps) WebSocketIntegration {
	props = l2.Inject(*WebSocketIntegration_PROPERTY_INJECTION_ID(), props, scope, id)
	i := &webSocketIntegration{}
	i.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(i.Resource, i)
	if props == nil || props.WebSocketApi == nil {
		l2.Throw(i, "WebSocketIntegration: webSocketApi, integrationType and integrationUri are required")
		return i
	}
	i.api = props.WebSocketApi
	cfn := &CfnIntegrationProps{
		ApiId: props.WebSocketApi.ApiRef().ApiId, IntegrationType: strOrNil(props.IntegrationType), IntegrationUri: props.IntegrationUri,
		IntegrationMethod: props.IntegrationMethod, ContentHandlingStrategy: strOrNil(props.ContentHandling),
		PassthroughBehavior: strOrNil(props.PassthroughBehavior), TemplateSelectionExpression: props.TemplateSelectionExpression,
	}
	if props.CredentialsRole != nil {
		cfn.CredentialsArn = props.CredentialsRole.RoleArn()
	}
	if props.RequestParameters != nil {
		cfn.RequestParameters = props.RequestParameters
	}
	if props.RequestTemplates != nil {
		cfn.RequestTemplates = props.RequestTemplates
	}
	if props.Timeout != nil {
		cfn.TimeoutInMillis = props.Timeout.ToMilliseconds(nil)
	}
	i.id = NewCfnIntegration(i, jsii.String("Resource"), cfn).Ref()
	return i
}

func (i *webSocketIntegration) IntegrationId() *string { return i.id }
func (i *webSocketIntegration) WebSocketApi() IWebSocketApi {
	a, ok := i.api.(IWebSocketApi)
	if !ok {
		l2.Throw(i, "Input API does not implement IWebSocketApi")
	}
	return a
}
func (i *webSocketIntegration) IntegrationRef() *interfacesawsapigatewayv2.IntegrationReference {
	return &interfacesawsapigatewayv2.IntegrationReference{ApiId: i.api.ApiRef().ApiId, IntegrationId: i.id}
}

// IWebSocketAuthorizer is a WebSocket API authorizer.
type IWebSocketAuthorizer interface {
	IAuthorizer
}

// WebSocketAuthorizerProps are the props of NewWebSocketAuthorizer.
type WebSocketAuthorizerProps struct {
	IdentitySource *[]*string              `field:"required" json:"identitySource" yaml:"identitySource"`
	Type           WebSocketAuthorizerType `field:"required" json:"type" yaml:"type"`
	WebSocketApi   IWebSocketApi           `field:"required" json:"webSocketApi" yaml:"webSocketApi"`
	// Default: the construct id.
	AuthorizerName *string `field:"optional" json:"authorizerName" yaml:"authorizerName"`
	AuthorizerUri  *string `field:"optional" json:"authorizerUri" yaml:"authorizerUri"`
}

// WebSocketAuthorizerAttributes describe an authorizer defined outside this app.
type WebSocketAuthorizerAttributes struct {
	AuthorizerId   *string `field:"required" json:"authorizerId" yaml:"authorizerId"`
	AuthorizerType *string `field:"required" json:"authorizerType" yaml:"authorizerType"`
}

// WebSocketAuthorizer is a WebSocket API authorizer (AWS::ApiGatewayV2::Authorizer).
type WebSocketAuthorizer interface {
	awscdk.Resource
	IWebSocketAuthorizer
	AuthorizerRef() *interfacesawsapigatewayv2.AuthorizerReference
}

type webSocketAuthorizer struct {
	awscdk.Resource
	apiID, id *string
}

// WebSocketAuthorizer_PROPERTY_INJECTION_ID is the id property injectors use for WebSocketAuthorizer.
func WebSocketAuthorizer_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-apigatewayv2.WebSocketAuthorizer")
}

// NewWebSocketAuthorizer creates an authorizer of a WebSocket API.
func NewWebSocketAuthorizer(scope constructs.Construct, id *string, props *WebSocketAuthorizerProps) WebSocketAuthorizer {
	props = l2.Inject(*WebSocketAuthorizer_PROPERTY_INJECTION_ID(), props, scope, id)
	a := &webSocketAuthorizer{}
	a.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(a.Resource, a)
	if props == nil || props.WebSocketApi == nil {
		l2.Throw(a, "WebSocketAuthorizer: webSocketApi, identitySource and type are required")
		return a
	}
	a.apiID = props.WebSocketApi.ApiId()
	name := props.AuthorizerName
	if name == nil {
		name = id
	}
	a.id = NewCfnAuthorizer(a, jsii.String("Resource"), &CfnAuthorizerProps{Name: name, ApiId: a.apiID,
		AuthorizerType: props.Type.cfn(), IdentitySource: props.IdentitySource, AuthorizerUri: props.AuthorizerUri}).Ref()
	return a
}

func (a *webSocketAuthorizer) AuthorizerId() *string { return a.id }
func (a *webSocketAuthorizer) AuthorizerRef() *interfacesawsapigatewayv2.AuthorizerReference {
	return &interfacesawsapigatewayv2.AuthorizerReference{ApiId: a.apiID, AuthorizerId: a.id}
}

type importedWsAuthorizer struct {
	awscdk.Resource
	id, kind *string
}

func (a *importedWsAuthorizer) Bind(*WebSocketRouteAuthorizerBindOptions) *WebSocketRouteAuthorizerConfig {
	return &WebSocketRouteAuthorizerConfig{AuthorizerId: a.id, AuthorizationType: a.kind}
}

// WebSocketAuthorizer_FromWebSocketAuthorizerAttributes imports an authorizer for use on routes.
func WebSocketAuthorizer_FromWebSocketAuthorizerAttributes(scope constructs.Construct, id *string, attrs *WebSocketAuthorizerAttributes) IWebSocketRouteAuthorizer {
	if attrs == nil {
		attrs = &WebSocketAuthorizerAttributes{}
	}
	a := &importedWsAuthorizer{id: attrs.AuthorizerId, kind: attrs.AuthorizerType}
	a.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(a.Resource, a)
	return a
}
