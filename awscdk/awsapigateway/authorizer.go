package awsapigateway

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// Authorizer is an authorizer of a REST API's methods.
type Authorizer interface {
	awscdk.Resource
	IAuthorizer
}

// TokenAuthorizerProps are the props of NewTokenAuthorizer.
type TokenAuthorizerProps struct {
	Handler         awslambda.IFunction `field:"required" json:"handler" yaml:"handler"`
	AssumeRole      awsiam.IRole        `field:"optional" json:"assumeRole" yaml:"assumeRole"`
	AuthorizerName  *string             `field:"optional" json:"authorizerName" yaml:"authorizerName"`
	ResultsCacheTtl awscdk.Duration     `field:"optional" json:"resultsCacheTtl" yaml:"resultsCacheTtl"`
	// Where the token is (default the Authorization header).
	IdentitySource  *string `field:"optional" json:"identitySource" yaml:"identitySource"`
	ValidationRegex *string `field:"optional" json:"validationRegex" yaml:"validationRegex"`
}

// RequestAuthorizerProps are the props of NewRequestAuthorizer.
type RequestAuthorizerProps struct {
	Handler         awslambda.IFunction `field:"required" json:"handler" yaml:"handler"`
	AssumeRole      awsiam.IRole        `field:"optional" json:"assumeRole" yaml:"assumeRole"`
	AuthorizerName  *string             `field:"optional" json:"authorizerName" yaml:"authorizerName"`
	ResultsCacheTtl awscdk.Duration     `field:"optional" json:"resultsCacheTtl" yaml:"resultsCacheTtl"`
	// The request parts the result is cached by (IdentitySource_*).
	IdentitySources *[]*string `field:"required" json:"identitySources" yaml:"identitySources"`
}

// TokenAuthorizer authorizes callers with a Lambda function reading a
// bearer token.
type TokenAuthorizer interface {
	Authorizer
	AuthorizerArn() *string
	AuthorizerProps() *CfnAuthorizerProps
	Handler() awslambda.IFunction
	RestApiId() *string
	SetRestApiId(val *string)
	Role() awsiam.IRole
	LazyRestApiId() *string
	SetupPermissions()
}

// RequestAuthorizer authorizes callers with a Lambda function reading the
// request's headers, query string, stage variables or context.
type RequestAuthorizer interface {
	TokenAuthorizer
}

type lambdaAuthorizer struct {
	awscdk.Resource
	handler   awslambda.IFunction
	role      awsiam.IRole
	restApiID *string
	props     *CfnAuthorizerProps
	hashProps *ojson.Object
	id, arn   *string
}

// NewTokenAuthorizer creates a TOKEN authorizer; it joins the API of the
// first method that uses it.
func NewTokenAuthorizer(scope constructs.Construct, id *string, props *TokenAuthorizerProps) TokenAuthorizer {
	props = l2.Inject(*TokenAuthorizer_PROPERTY_INJECTION_ID(), props, scope, id)
	a := newLambdaAuthorizer(scope, id, props == nil || isNil(props.Handler), "TokenAuthorizer")
	source := props.IdentitySource
	if source == nil {
		source = IdentitySource_Header(jsii.String("Authorization"))
	}
	a.build(props.Handler, props.AssumeRole, props.AuthorizerName, props.ResultsCacheTtl, "TOKEN", source, props.ValidationRegex)
	return a
}

// NewRequestAuthorizer creates a REQUEST authorizer; it joins the API of
// the first method that uses it.
func NewRequestAuthorizer(scope constructs.Construct, id *string, props *RequestAuthorizerProps) RequestAuthorizer {
	props = l2.Inject(*RequestAuthorizer_PROPERTY_INJECTION_ID(), props, scope, id)
	a := newLambdaAuthorizer(scope, id, props == nil || isNil(props.Handler), "RequestAuthorizer")
	var sources []string
	if props.IdentitySources != nil {
		sources = plain(props.IdentitySources)
	}
	if (props.ResultsCacheTtl == nil || *props.ResultsCacheTtl.ToSeconds(nil) != 0) && len(sources) == 0 {
		l2.Throw(scope, "At least one Identity Source is required for a REQUEST-based Lambda authorizer if caching is enabled.")
	}
	a.build(props.Handler, props.AssumeRole, props.AuthorizerName, props.ResultsCacheTtl, "REQUEST", jsii.String(strings.Join(sources, ",")), nil)
	return a
}

func newLambdaAuthorizer(scope constructs.Construct, id *string, noHandler bool, kind string) *lambdaAuthorizer {
	a := &lambdaAuthorizer{}
	a.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(a.Resource, a)
	if noHandler {
		l2.Throw(a, "a %s needs props.Handler, the function that authorizes", kind)
	}
	return a
}

func (a *lambdaAuthorizer) build(handler awslambda.IFunction, role awsiam.IRole, name *string, ttl awscdk.Duration, typ string, source, regex *string) {
	a.handler, a.role = handler, role
	if ttl != nil && *ttl.ToSeconds(nil) > 3600 {
		l2.Throw(a.Node().Scope(), "Lambda authorizer property 'resultsCacheTtl' must not be greater than 3600 seconds (1 hour)")
	}
	restApiID := a.LazyRestApiId()
	if name == nil {
		name = awscdk.Names_UniqueId(a)
	}
	var creds *string
	if !isNil(role) {
		creds = role.RoleArn()
	}
	seconds := 300.0
	if ttl != nil {
		seconds = *ttl.ToSeconds(nil)
	}
	// arn:<partition>:apigateway:<region>:lambda:path/.../invocations, the
	// partition and region taken from the function's ARN.
	parts := awscdk.Arn_Split(handler.FunctionArn(), awscdk.ArnFormat_COLON_RESOURCE_NAME)
	uri := jsii.String("arn:" + *parts.Partition + ":apigateway:" + *parts.Region + ":lambda:path/2015-03-31/functions/" + *handler.FunctionArn() + "/invocations")
	a.props = &CfnAuthorizerProps{Name: name, RestApiId: restApiID, Type: jsii.String(typ), AuthorizerUri: uri,
		AuthorizerCredentials: creds, AuthorizerResultTtlInSeconds: jsii.Number(seconds), IdentitySource: source,
		IdentityValidationExpression: regex}
	h := ojson.New()
	h.Set("name", name)
	h.Set("restApiId", restApiID)
	h.Set("type", typ)
	h.Set("authorizerUri", uri)
	h.Set("authorizerCredentials", creds)
	h.Set("authorizerResultTtlInSeconds", seconds)
	h.Set("identitySource", source)
	h.Set("identityValidationExpression", regex)
	a.hashProps = h
	res := NewCfnAuthorizer(a, jsii.String("Resource"), a.props)
	a.id = res.Ref()
	a.arn = awscdk.Stack_Of(a).FormatArn(&awscdk.ArnComponents{Service: jsii.String("execute-api"), Resource: restApiID,
		ResourceName: jsii.String("authorizers/" + *a.id)})
	a.SetupPermissions()
}

// LazyRestApiId is the ID of the API the authorizer is attached to,
// known once a method uses it.
func (a *lambdaAuthorizer) LazyRestApiId() *string {
	return awscdk.Lazy_String(stringProducer(func() *string {
		if a.restApiID == nil {
			panic(&diag.UserError{Err: diag.Errorf(*a.Node().Path(), "Authorizer (%s) must be attached to a RestApi", *a.Node().Path())})
		}
		return a.restApiID
	}), nil)
}

// SetupPermissions lets API Gateway invoke the handler: through the given
// role, or with a permission on the function.
func (a *lambdaAuthorizer) SetupPermissions() {
	if isNil(a.role) {
		a.handler.AddPermission(jsii.String(*awscdk.Names_UniqueId(a)+":Permissions"), &awslambda.Permission{
			Principal: awsiam.NewServicePrincipal(jsii.String("apigateway.amazonaws.com"), nil), SourceArn: a.arn})
		return
	}
	if r, ok := a.role.(awsiam.Role); ok {
		r.AttachInlinePolicy(awsiam.NewPolicy(a, jsii.String("authorizerInvokePolicy"), &awsiam.PolicyProps{
			Statements: &[]awsiam.PolicyStatement{awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
				Resources: a.handler.ResourceArnsForGrantInvoke(), Actions: jsii.Strings("lambda:InvokeFunction")})},
		}))
	}
}

// attachToApi ties the authorizer to the API of the method using it, and
// its configuration to the API's deployment.
func (a *lambdaAuthorizer) attachToApi(api IRestApi) {
	if a.restApiID != nil && *a.restApiID != *api.RestApiId() {
		l2.Throw(a, "Cannot attach authorizer to two different rest APIs")
	}
	a.restApiID = api.RestApiId()
	d, ok := api.LatestDeployment().(*deployment)
	if !ok || d == nil || !*awscdk.FeatureFlags_Of(a).IsEnabled(jsii.String("@aws-cdk/aws-apigateway:authorizerChangeDeploymentLogicalId")) {
		return
	}
	var name *string
	if fn, ok := a.handler.(awslambda.Function); ok {
		if cfn, ok := fn.Node().DefaultChild().(awslambda.CfnFunction); ok {
			name = cfn.FunctionName()
		}
	} else {
		name = a.handler.FunctionName()
	}
	d.Node().AddDependency(a)
	h := ojson.New()
	h.Set("authorizer", a.hashProps)
	h.Set("authorizerToken", name)
	d.AddToLogicalId(h)
}

func (a *lambdaAuthorizer) AuthorizationType() AuthorizationType { return AuthorizationType_CUSTOM }
func (a *lambdaAuthorizer) AuthorizerId() *string                { return a.id }
func (a *lambdaAuthorizer) AuthorizerArn() *string               { return a.arn }
func (a *lambdaAuthorizer) AuthorizerProps() *CfnAuthorizerProps { return a.props }
func (a *lambdaAuthorizer) Handler() awslambda.IFunction         { return a.handler }
func (a *lambdaAuthorizer) RestApiId() *string                   { return a.restApiID }
func (a *lambdaAuthorizer) SetRestApiId(v *string)               { a.restApiID = v }
func (a *lambdaAuthorizer) Role() awsiam.IRole                   { return a.role }

// Authorizer_IsAuthorizer reports whether x is an authorizer of this package.
func Authorizer_IsAuthorizer(x interface{}) *bool {
	switch x.(type) {
	case *lambdaAuthorizer, *cognitoAuthorizer:
		return jsii.Bool(true)
	}
	return jsii.Bool(false)
}

func identitySource(source *string, kind string) *string {
	if strings.TrimSpace(deref(source)) == "" {
		panic(&diag.UserError{Err: diag.Errorf("", "IdentitySources must be a non-empty string.")})
	}
	return jsii.String(kind + "." + *source)
}

// IdentitySource_Header is a request header as an identity source.
func IdentitySource_Header(headerName *string) *string {
	return identitySource(headerName, "method.request.header")
}

// IdentitySource_QueryString is a query string parameter as an identity source.
func IdentitySource_QueryString(queryString *string) *string {
	return identitySource(queryString, "method.request.querystring")
}

// IdentitySource_StageVariable is a stage variable as an identity source.
func IdentitySource_StageVariable(stageVariable *string) *string {
	return identitySource(stageVariable, "stageVariables")
}

// IdentitySource_Context is a context variable as an identity source.
func IdentitySource_Context(context *string) *string { return identitySource(context, "context") }
