package awsapigateway

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscognito"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// CognitoUserPoolsAuthorizerProps are the props of NewCognitoUserPoolsAuthorizer.
type CognitoUserPoolsAuthorizerProps struct {
	// The user pools whose tokens the authorizer accepts.
	CognitoUserPools *[]awscognito.IUserPool `field:"required" json:"cognitoUserPools" yaml:"cognitoUserPools"`
	// Default: the construct's unique ID.
	AuthorizerName *string `field:"optional" json:"authorizerName" yaml:"authorizerName"`
	// Where the token is (default the Authorization header).
	IdentitySource *string `field:"optional" json:"identitySource" yaml:"identitySource"`
	// Default: API Gateway's own (300 seconds).
	ResultsCacheTtl awscdk.Duration `field:"optional" json:"resultsCacheTtl" yaml:"resultsCacheTtl"`
}

// CognitoUserPoolsAuthorizer authorizes callers by the ID or access token
// a Cognito user pool issued them.
type CognitoUserPoolsAuthorizer interface {
	Authorizer
	IAuthorizer
	AuthorizationType() AuthorizationType
	AuthorizerArn() *string
	AuthorizerId() *string
}

type cognitoAuthorizer struct {
	awscdk.Resource
	restApiID *string
	hashProps *ojson.Object
	id, arn   *string
}

// NewCognitoUserPoolsAuthorizer creates a COGNITO_USER_POOLS authorizer;
// it joins the API of the first method that uses it.
func NewCognitoUserPoolsAuthorizer(scope constructs.Construct, id *string, props *CognitoUserPoolsAuthorizerProps) CognitoUserPoolsAuthorizer {
	props = l2.Inject(*CognitoUserPoolsAuthorizer_PROPERTY_INJECTION_ID(), props, scope, id)
	a := &cognitoAuthorizer{}
	a.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(a.Resource, a)
	if props == nil || props.CognitoUserPools == nil {
		l2.Throw(a, "a CognitoUserPoolsAuthorizer needs props.CognitoUserPools, the user pools it accepts tokens of")
	}
	restApiID := a.lazyRestApiId()
	name := props.AuthorizerName
	if name == nil {
		name = awscdk.Names_UniqueId(a)
	}
	arns := make([]interface{}, 0, len(*props.CognitoUserPools))
	for _, pool := range *props.CognitoUserPools {
		if isNil(pool) {
			l2.Throw(a, "props.CognitoUserPools holds a nil user pool")
		}
		arns = append(arns, pool.UserPoolArn())
	}
	var ttl *float64
	if props.ResultsCacheTtl != nil {
		ttl = props.ResultsCacheTtl.ToSeconds(nil)
	}
	source := props.IdentitySource
	if deref(source) == "" {
		source = IdentitySource_Header(jsii.String("Authorization"))
	}
	res := NewCfnAuthorizer(a, jsii.String("Resource"), &CfnAuthorizerProps{Name: name, RestApiId: restApiID,
		Type: jsii.String("COGNITO_USER_POOLS"), ProviderArns: &arns, AuthorizerResultTtlInSeconds: ttl, IdentitySource: source})
	// The deployment hash sees the props in aws-cdk-lib's order.
	h := ojson.New()
	h.Set("name", name)
	h.Set("restApiId", restApiID)
	h.Set("type", "COGNITO_USER_POOLS")
	h.Set("providerArns", arns)
	h.Set("authorizerResultTtlInSeconds", ttl)
	h.Set("identitySource", source)
	a.hashProps = h
	a.id = res.Ref()
	a.arn = awscdk.Stack_Of(a).FormatArn(&awscdk.ArnComponents{Service: jsii.String("execute-api"), Resource: restApiID,
		ResourceName: jsii.String("authorizers/" + *a.id)})
	return a
}

func (a *cognitoAuthorizer) lazyRestApiId() *string {
	return awscdk.Lazy_String(stringProducer(func() *string {
		if a.restApiID == nil {
			panic(&diag.UserError{Err: diag.Errorf(*a.Node().Path(), "Authorizer (%s) must be attached to a RestApi", *a.Node().Path())})
		}
		return a.restApiID
	}), nil)
}

// attachToApi ties the authorizer to the API of the method using it, and
// its configuration to the API's deployment.
func (a *cognitoAuthorizer) attachToApi(api IRestApi) {
	if a.restApiID != nil && *a.restApiID != *api.RestApiId() {
		l2.Throw(api, "Cannot attach authorizer to two different rest APIs")
	}
	a.restApiID = api.RestApiId()
	d, ok := api.LatestDeployment().(*deployment)
	if !ok || d == nil || !*awscdk.FeatureFlags_Of(a).IsEnabled(jsii.String("@aws-cdk/aws-apigateway:authorizerChangeDeploymentLogicalId")) {
		return
	}
	d.Node().AddDependency(a)
	h := ojson.New()
	h.Set("authorizer", a.hashProps)
	d.AddToLogicalId(h)
}

func (a *cognitoAuthorizer) AuthorizationType() AuthorizationType {
	return AuthorizationType_COGNITO
}
func (a *cognitoAuthorizer) AuthorizerId() *string  { return a.id }
func (a *cognitoAuthorizer) AuthorizerArn() *string { return a.arn }

// CognitoUserPoolsAuthorizer_IsAuthorizer reports whether x is an authorizer of this package.
func CognitoUserPoolsAuthorizer_IsAuthorizer(x interface{}) *bool {
	switch x.(type) {
	case *cognitoAuthorizer, *lambdaAuthorizer:
		return jsii.Bool(true)
	}
	return jsii.Bool(false)
}

// CognitoUserPoolsAuthorizer_IsConstruct reports whether x is a construct.
func CognitoUserPoolsAuthorizer_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// CognitoUserPoolsAuthorizer_IsResource reports whether construct is a resource.
func CognitoUserPoolsAuthorizer_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// CognitoUserPoolsAuthorizer_IsOwnedResource reports whether construct is a resource created in this app.
func CognitoUserPoolsAuthorizer_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// CognitoUserPoolsAuthorizer_PROPERTY_INJECTION_ID identifies the class to property injectors.
func CognitoUserPoolsAuthorizer_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-apigateway.CognitoUserPoolsAuthorizer")
}
