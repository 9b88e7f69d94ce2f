package awsapigatewayv2

import (
	"regexp"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsapigatewayv2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// HttpRouteKey is a route's method and path, or $default.
type HttpRouteKey interface {
	Key() *string
	Method() HttpMethod
	Path() *string
}

type routeKey struct {
	method HttpMethod
	path   *string
}

func (k *routeKey) Method() HttpMethod { return k.method }
func (k *routeKey) Path() *string      { return k.path }
func (k *routeKey) Key() *string {
	if k.path == nil {
		return jsii.String("$default")
	}
	return jsii.String(string(k.method) + " " + *k.path)
}

// HttpRouteKey_DEFAULT is the $default route.
func HttpRouteKey_DEFAULT() HttpRouteKey { return &routeKey{method: HttpMethod_ANY} }

// HttpRouteKey_With is the route for method (default ANY) on path, which
// starts with "/" and does not end with one.
func HttpRouteKey_With(path *string, method HttpMethod) HttpRouteKey {
	p := deref(path)
	if p != "/" && (len(p) == 0 || p[0] != '/' || p[len(p)-1] == '/') {
		diag.Panic("", "A route path must always start with a \"/\" and not end with a \"/\"")
	}
	if method == "" {
		method = HttpMethod_ANY
	}
	return &routeKey{method: method, path: path}
}

// IRoute is an API Gateway v2 route.
type IRoute interface {
	awscdk.IResource
	interfacesawsapigatewayv2.IRouteRef
	RouteId() *string
}

// IHttpRoute is an HTTP API route.
type IHttpRoute interface {
	IRoute
	GrantInvoke(grantee awsiam.IGrantable, options *GrantInvokeOptions) awsiam.Grant
	HttpApi() IHttpApi
	Path() *string
	RouteArn() *string
}

// HttpRouteProps are the props of NewHttpRoute.
type HttpRouteProps struct {
	Integration         HttpRouteIntegration `field:"required" json:"integration" yaml:"integration"`
	HttpApi             IHttpApiRef          `field:"required" json:"httpApi" yaml:"httpApi"`
	RouteKey            HttpRouteKey         `field:"required" json:"routeKey" yaml:"routeKey"`
	AuthorizationScopes *[]*string           `field:"optional" json:"authorizationScopes" yaml:"authorizationScopes"`
	Authorizer          IHttpRouteAuthorizer `field:"optional" json:"authorizer" yaml:"authorizer"`
}

// HttpRoute is a route of an HTTP API (AWS::ApiGatewayV2::Route).
type HttpRoute interface {
	awscdk.Resource
	IHttpRoute
	RouteRef() *interfacesawsapigatewayv2.RouteReference
}

type httpRoute struct {
	awscdk.Resource
	api      IHttpApi
	path     *string
	method   HttpMethod
	routeArn *string
	routeID  *string
	authType string
}

// HttpRoute_PROPERTY_INJECTION_ID is the id property injectors use for HttpRoute.
func HttpRoute_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-apigatewayv2.HttpRoute")
}

var authorizationTypes = map[string]bool{"AWS_IAM": true, "JWT": true, "CUSTOM": true, "NONE": true}

// NewHttpRoute creates a route, binding its integration and authorizer.
func NewHttpRoute(scope constructs.Construct, id *string, props *HttpRouteProps) HttpRoute {
	props = l2.Inject(*HttpRoute_PROPERTY_INJECTION_ID(), props, scope, id)
	r := &httpRoute{}
	r.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(r.Resource, r)
	if props == nil || props.HttpApi == nil || props.RouteKey == nil || props.Integration == nil {
		l2.AddError(r, "HttpRoute: httpApi, routeKey and integration are required")
		return r
	}
	api, ok := props.HttpApi.(IHttpApi)
	if !ok {
		l2.Throw(r, "Input HttpApi does not implement IHttpApi")
	}
	r.api = api
	r.path = props.RouteKey.Path()
	r.method = props.RouteKey.Method()
	r.routeArn = r.produceRouteArn(r.method)

	integrationID := r.bindIntegration(props.Integration)
	authorizer := props.Authorizer
	if authorizer == nil {
		authorizer = api.DefaultAuthorizer()
	}
	var auth *HttpRouteAuthorizerConfig
	if authorizer != nil {
		authScope := constructs.Construct(r)
		if c, ok := api.(constructs.Construct); ok {
			authScope = c
		}
		auth = authorizer.Bind(&HttpRouteAuthorizerBindOptions{Route: r, Scope: authScope})
		if auth != nil && !authorizationTypes[deref(auth.AuthorizationType)] {
			l2.Throw(scope, "authorizationType should either be AWS_IAM, JWT, CUSTOM, or NONE but was '%s'", deref(auth.AuthorizationType))
		}
	}
	var scopes []*string
	if auth != nil {
		if auth.AuthorizationScopes != nil {
			scopes = append(scopes, *auth.AuthorizationScopes...)
		}
		extra := props.AuthorizationScopes
		if extra == nil {
			extra = api.DefaultAuthorizationScopes()
		}
		if extra != nil {
			seen := map[string]bool{}
			var merged []*string
			for _, s := range append(scopes, *extra...) {
				if !seen[deref(s)] {
					seen[deref(s)] = true
					merged = append(merged, s)
				}
			}
			scopes = merged
		}
	}
	cfn := &CfnRouteProps{
		ApiId:             api.ApiRef().ApiId,
		RouteKey:          props.RouteKey.Key(),
		Target:            jsii.String("integrations/" + *integrationID),
		AuthorizationType: jsii.String("NONE"),
	}
	if auth != nil {
		if auth.AuthorizerId != nil {
			cfn.AuthorizerId = auth.AuthorizerId
		}
		if auth.AuthorizationType != nil {
			cfn.AuthorizationType = auth.AuthorizationType
		}
	}
	r.authType = deref(cfn.AuthorizationType)
	if len(scopes) > 0 {
		cfn.AuthorizationScopes = &scopes
	}
	r.routeID = NewCfnRoute(r, jsii.String("Resource"), cfn).Ref()
	return r
}

// bindIntegration makes (once per integration object and API) the
// integration resource, in the first route's scope, and lets the
// integration finish binding to this route.
func (r *httpRoute) bindIntegration(integration HttpRouteIntegration) *string {
	var registry map[HttpRouteIntegration]HttpIntegration
	if base := httpRegistryOf(r.api); base != nil {
		registry = base.integrations
	}
	options := &HttpRouteIntegrationBindOptions{Route: r, Scope: r}
	existing := registry[integration]
	if existing == nil && boundElsewhere(r.api, integration) {
		l2.Throw(r, "A single integration cannot be associated with multiple APIs.")
	}
	if existing == nil {
		config := integration.Bind(options)
		if config == nil {
			l2.Throw(r, "the route integration's Bind returned no configuration")
		}
		id := integrationID(integration)
		existing = NewHttpIntegration(r, jsii.String(id), &HttpIntegrationProps{
			HttpApi: r.api, IntegrationType: config.Type, IntegrationSubtype: config.Subtype, IntegrationUri: config.Uri,
			Method: config.Method, ConnectionId: config.ConnectionId, ConnectionType: config.ConnectionType,
			PayloadFormatVersion: config.PayloadFormatVersion, SecureServerName: config.SecureServerName,
			ParameterMapping: config.ParameterMapping, Credentials: config.Credentials, Timeout: config.Timeout,
		})
		if registry != nil {
			registry[integration] = existing
		}
	}
	integration.CompleteBind(options)
	return existing.IntegrationId()
}

var pathParams = regexp.MustCompile(`\{.*?\}.*`)

func (r *httpRoute) produceRouteArn(method HttpMethod) *string {
	m := string(method)
	if method == HttpMethod_ANY {
		m = "*"
	}
	path := "/"
	if r.path != nil {
		path = *r.path
	}
	if len(path) > 1000 {
		l2.Throw(r, "Path is too long: %s", path)
	}
	iamPath := pathParams.ReplaceAllString(path, "*")
	env := r.Env()
	return jsii.String("arn:" + *awscdk.Aws_PARTITION() + ":execute-api:" + *env.Region + ":" + *env.Account + ":" +
		*r.api.ApiRef().ApiId + "/*/" + m + iamPath)
}

func (r *httpRoute) HttpApi() IHttpApi { return r.api }
func (r *httpRoute) Path() *string     { return r.path }
func (r *httpRoute) RouteArn() *string { return r.routeArn }
func (r *httpRoute) RouteId() *string  { return r.routeID }
func (r *httpRoute) RouteRef() *interfacesawsapigatewayv2.RouteReference {
	return &interfacesawsapigatewayv2.RouteReference{ApiId: r.api.ApiRef().ApiId, RouteId: r.routeID}
}

// GrantInvoke lets grantee invoke the route; the route must use IAM authorization.
func (r *httpRoute) GrantInvoke(grantee awsiam.IGrantable, options *GrantInvokeOptions) awsiam.Grant {
	if r.authType != "AWS_IAM" {
		l2.Throw(r, "To use grantInvoke, you must use IAM authorization")
	}
	methods := []HttpMethod{r.method}
	if options != nil && options.HttpMethods != nil {
		methods = nil
		seen := map[HttpMethod]bool{}
		for _, m := range *options.HttpMethods {
			if !seen[m] {
				seen[m] = true
				methods = append(methods, m)
			}
		}
	}
	var arns []*string
	for _, m := range methods {
		if r.method != HttpMethod_ANY && m != r.method {
			l2.Throw(r, "This route does not support granting invoke for all requested http methods")
		}
		arns = append(arns, r.produceRouteArn(m))
	}
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee, Actions: jsii.Strings("execute-api:Invoke"), ResourceArns: &arns})
}
