package awsapigatewayv2

import (
	"sort"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsapigatewayv2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// IApi is an API Gateway v2 API.
type IApi interface {
	interfacesawsapigatewayv2.IApiRef
	awscdk.IResource
	Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	ApiEndpoint() *string
	ApiId() *string
}

// IHttpApiRef is a reference to an HTTP API.
type IHttpApiRef interface {
	interfacesawsapigatewayv2.IApiRef
	IsHttpApi() *bool
}

// IHttpApi is an HTTP API, defined in this app or imported.
type IHttpApi interface {
	IApi
	IHttpApiRef
	ArnForExecuteApi(method *string, path *string, stage *string) *string
	MetricClientError(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricDataProcessed(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricIntegrationLatency(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricLatency(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricServerError(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	DefaultAuthorizationScopes() *[]*string
	DefaultAuthorizer() IHttpRouteAuthorizer
	DefaultStage() IHttpStage
	AddVpcLink(options *VpcLinkProps) VpcLink
}

// HttpApiProps are the props of NewHttpApi.
type HttpApiProps struct {
	// Default: the construct id.
	ApiName       *string               `field:"optional" json:"apiName" yaml:"apiName"`
	CorsPreflight *CorsPreflightOptions `field:"optional" json:"corsPreflight" yaml:"corsPreflight"`
	// Default: true (a $default stage with auto-deploy).
	CreateDefaultStage         *bool                `field:"optional" json:"createDefaultStage" yaml:"createDefaultStage"`
	DefaultAuthorizationScopes *[]*string           `field:"optional" json:"defaultAuthorizationScopes" yaml:"defaultAuthorizationScopes"`
	DefaultAuthorizer          IHttpRouteAuthorizer `field:"optional" json:"defaultAuthorizer" yaml:"defaultAuthorizer"`
	// The default stage's custom domain mapping.
	DefaultDomainMapping *DomainMappingOptions `field:"optional" json:"defaultDomainMapping" yaml:"defaultDomainMapping"`
	// The integration of the $default route.
	DefaultIntegration        HttpRouteIntegration `field:"optional" json:"defaultIntegration" yaml:"defaultIntegration"`
	Description               *string              `field:"optional" json:"description" yaml:"description"`
	DisableExecuteApiEndpoint *bool                `field:"optional" json:"disableExecuteApiEndpoint" yaml:"disableExecuteApiEndpoint"`
	IpAddressType             IpAddressType        `field:"optional" json:"ipAddressType" yaml:"ipAddressType"`
	RouteSelectionExpression  *bool                `field:"optional" json:"routeSelectionExpression" yaml:"routeSelectionExpression"`
}

// HttpApiAttributes describe an HTTP API defined outside this app.
type HttpApiAttributes struct {
	HttpApiId   *string `field:"required" json:"httpApiId" yaml:"httpApiId"`
	ApiEndpoint *string `field:"optional" json:"apiEndpoint" yaml:"apiEndpoint"`
}

// AddRoutesOptions are the options of HttpApi.AddRoutes.
type AddRoutesOptions struct {
	Integration         HttpRouteIntegration `field:"required" json:"integration" yaml:"integration"`
	Path                *string              `field:"required" json:"path" yaml:"path"`
	AuthorizationScopes *[]*string           `field:"optional" json:"authorizationScopes" yaml:"authorizationScopes"`
	Authorizer          IHttpRouteAuthorizer `field:"optional" json:"authorizer" yaml:"authorizer"`
	// Default: ANY.
	Methods *[]HttpMethod `field:"optional" json:"methods" yaml:"methods"`
}

// HttpApi is an API Gateway HTTP API (AWS::ApiGatewayV2::Api).
type HttpApi interface {
	awscdk.Resource
	IHttpApi
	ApiRef() *interfacesawsapigatewayv2.ApiReference
	DisableExecuteApiEndpoint() *bool
	HttpApiId() *string
	HttpApiName() *string
	// Url is the default stage's URL, nil without a default stage.
	Url() *string
	AddRoutes(options *AddRoutesOptions) *[]HttpRoute
	AddStage(id *string, options *HttpStageOptions) HttpStage
}

type httpApiBase struct {
	awscdk.Resource
	self         IHttpApi
	id, endpoint *string
	// integrations made for route integrations, one per integration object
	// and API, as aws-cdk-lib's HttpRouteIntegration keeps it.
	integrations map[HttpRouteIntegration]HttpIntegration
	// VPC links by VPC id, in the order AddVpcLink made them.
	vpcLinkVpcs []string
	vpcLinks    []VpcLink
}

func (a *httpApiBase) ApiId() *string     { return a.id }
func (a *httpApiBase) HttpApiId() *string { return a.id }
func (a *httpApiBase) IsHttpApi() *bool   { return jsii.Bool(true) }
func (a *httpApiBase) ApiRef() *interfacesawsapigatewayv2.ApiReference {
	return &interfacesawsapigatewayv2.ApiReference{ApiId: a.id}
}
func (a *httpApiBase) DefaultAuthorizationScopes() *[]*string  { return nil }
func (a *httpApiBase) DefaultAuthorizer() IHttpRouteAuthorizer { return nil }
func (a *httpApiBase) DefaultStage() IHttpStage                { return nil }

// ArnForExecuteApi is the execute-api ARN for method (default any) on
// path (default any) in stage (default any).
func (a *httpApiBase) ArnForExecuteApi(method *string, path *string, stage *string) *string {
	return executeApiArn(a.self, method, path, stage)
}

func executeApiArn(api IHttpApiRef, method *string, path *string, stage *string) *string {
	if path != nil && !*awscdk.Token_IsUnresolved(*path) && !strings.HasPrefix(*path, "/") {
		l2.Throw(api, "Path must start with '/': %s", *path)
	}
	m := "*"
	if method != nil && strings.ToUpper(*method) != "ANY" {
		m = *method
	}
	st, p := "*", "/*"
	if stage != nil {
		st = *stage
	}
	if path != nil {
		p = *path
	}
	env := api.Env()
	return awscdk.Stack_Of(api).FormatArn(&awscdk.ArnComponents{Service: jsii.String("execute-api"), Account: env.Account, Region: env.Region,
		Resource: api.ApiRef().ApiId, ArnFormat: awscdk.ArnFormat_SLASH_RESOURCE_NAME, ResourceName: jsii.String(st + "/" + m + p)})
}

type httpApi struct {
	httpApiBase
	name            *string
	disableEndpoint *bool
	defaultStage    HttpStage
	defaultAuthz    IHttpRouteAuthorizer
	defaultScopes   *[]*string
}

// HttpApi_PROPERTY_INJECTION_ID is the id property injectors use for HttpApi.
func HttpApi_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-apigatewayv2.HttpApi")
}

// NewHttpApi creates an HTTP API with a $default stage.
func NewHttpApi(scope constructs.Construct, id *string, props *HttpApiProps) HttpApi {
	props = l2.Inject(*HttpApi_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &HttpApiProps{}
	}
	a := &httpApi{}
	a.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(a.Resource, a)
	a.self = a
	a.integrations = map[HttpRouteIntegration]HttpIntegration{}
	a.name = props.ApiName
	if a.name == nil {
		a.name = id
	}
	a.disableEndpoint = props.DisableExecuteApiEndpoint
	cfn := &CfnApiProps{Name: a.name, ProtocolType: jsii.String("HTTP"), Description: props.Description,
		IpAddressType: props.IpAddressType.cfn()}
	if c := props.CorsPreflight; c != nil {
		if c.AllowOrigins != nil && boolOr(c.AllowCredentials) {
			for _, o := range *c.AllowOrigins {
				if deref(o) == "*" {
					l2.Throw(scope, "CORS preflight - allowCredentials is not supported when allowOrigin is '*'")
				}
			}
		}
		cors := &CfnApi_CorsProperty{AllowHeaders: c.AllowHeaders, AllowOrigins: c.AllowOrigins, ExposeHeaders: c.ExposeHeaders}
		if c.AllowCredentials != nil {
			cors.AllowCredentials = c.AllowCredentials
		}
		if c.AllowMethods != nil {
			var ms []string
			for _, m := range *c.AllowMethods {
				ms = append(ms, m.cfn())
			}
			cors.AllowMethods = jsii.Strings(ms...)
		}
		if c.MaxAge != nil {
			cors.MaxAge = c.MaxAge.ToSeconds(nil)
		}
		cfn.CorsConfiguration = cors
	}
	if props.DisableExecuteApiEndpoint != nil {
		cfn.DisableExecuteApiEndpoint = props.DisableExecuteApiEndpoint
	}
	if boolOr(props.RouteSelectionExpression) {
		cfn.RouteSelectionExpression = jsii.String("${request.method} ${request.path}")
	}
	res := NewCfnApi(a, jsii.String("Resource"), cfn)
	a.id = res.Ref()
	a.endpoint = res.AttrApiEndpoint()
	a.defaultAuthz = props.DefaultAuthorizer
	a.defaultScopes = props.DefaultAuthorizationScopes
	if props.DefaultIntegration != nil {
		NewHttpRoute(a, jsii.String("DefaultRoute"), &HttpRouteProps{HttpApi: a, RouteKey: HttpRouteKey_DEFAULT(),
			Integration: props.DefaultIntegration, Authorizer: props.DefaultAuthorizer, AuthorizationScopes: props.DefaultAuthorizationScopes})
	}
	if props.CreateDefaultStage == nil || *props.CreateDefaultStage {
		a.defaultStage = NewHttpStage(a, jsii.String("DefaultStage"), &HttpStageProps{HttpApi: a, AutoDeploy: jsii.Bool(true), DomainMapping: props.DefaultDomainMapping})
		if props.DefaultDomainMapping != nil {
			a.defaultStage.Node().AddDependency(props.DefaultDomainMapping.DomainName)
		}
	}
	if props.CreateDefaultStage != nil && !*props.CreateDefaultStage && props.DefaultDomainMapping != nil {
		l2.Throw(scope, "defaultDomainMapping not supported with createDefaultStage disabled")
	}
	return a
}

func (a *httpApi) HttpApiName() *string                    { return a.name }
func (a *httpApi) DisableExecuteApiEndpoint() *bool        { return a.disableEndpoint }
func (a *httpApi) DefaultAuthorizer() IHttpRouteAuthorizer { return a.defaultAuthz }
func (a *httpApi) DefaultAuthorizationScopes() *[]*string  { return a.defaultScopes }
func (a *httpApi) DefaultStage() IHttpStage {
	if a.defaultStage == nil {
		return nil
	}
	return a.defaultStage
}

// ApiEndpoint is the API's default endpoint.
func (a *httpApi) ApiEndpoint() *string {
	if boolOr(a.disableEndpoint) {
		l2.Throw(a, "apiEndpoint is not accessible when disableExecuteApiEndpoint is set to true.")
	}
	return a.endpoint
}

func (a *httpApi) Url() *string {
	if a.defaultStage == nil {
		return nil
	}
	return a.defaultStage.Url()
}

// AddStage adds a stage.
func (a *httpApi) AddStage(id *string, options *HttpStageOptions) HttpStage {
	if options == nil {
		options = &HttpStageOptions{}
	}
	return NewHttpStage(a, id, &HttpStageProps{HttpApi: a, AutoDeploy: options.AutoDeploy,
		AccessLogSettings: options.AccessLogSettings, Description: options.Description, DomainMapping: options.DomainMapping, DetailedMetricsEnabled: options.DetailedMetricsEnabled, StageVariables: options.StageVariables, Throttle: options.Throttle, StageName: options.StageName})
}

// AddRoutes adds a route per method (default ANY) on path.
func (a *httpApi) AddRoutes(options *AddRoutesOptions) *[]HttpRoute {
	if options == nil {
		l2.Throw(a, "addRoutes: options are required")
	}
	methods := []HttpMethod{HttpMethod_ANY}
	if options.Methods != nil {
		methods = *options.Methods
	}
	scopes := options.AuthorizationScopes
	if scopes == nil {
		scopes = a.defaultScopes
	}
	authorizer := options.Authorizer
	if authorizer == nil {
		authorizer = a.defaultAuthz
	}
	var out []HttpRoute
	for _, m := range methods {
		out = append(out, NewHttpRoute(a, jsii.String(string(m)+deref(options.Path)), &HttpRouteProps{
			HttpApi: a, RouteKey: HttpRouteKey_With(options.Path, m), Integration: options.Integration,
			Authorizer: authorizer, AuthorizationScopes: scopes,
		}))
	}
	return &out
}

type importedHttpApi struct{ httpApiBase }

func (a *importedHttpApi) ApiEndpoint() *string {
	if a.endpoint == nil {
		l2.Throw(a, "apiEndpoint is not configured on the imported HttpApi.")
	}
	return a.endpoint
}

// HttpApi_FromHttpApiAttributes imports an HTTP API.
func HttpApi_FromHttpApiAttributes(scope constructs.Construct, id *string, attrs *HttpApiAttributes) IHttpApi {
	if attrs == nil {
		attrs = &HttpApiAttributes{}
	}
	a := &importedHttpApi{}
	a.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(a.Resource, a)
	a.self = a
	a.integrations = map[HttpRouteIntegration]HttpIntegration{}
	a.id, a.endpoint = attrs.HttpApiId, attrs.ApiEndpoint
	return a
}

// GrantInvokeOptions are the options of HttpRoute.GrantInvoke.
type GrantInvokeOptions struct {
	HttpMethods *[]HttpMethod `field:"optional" json:"httpMethods" yaml:"httpMethods"`
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
