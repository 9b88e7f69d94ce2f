package awsapigatewayv2

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsapigatewayv2"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// HttpRouteAuthorizerBindOptions are what a route authorizer binds to.
type HttpRouteAuthorizerBindOptions struct {
	Route IHttpRoute           `field:"required" json:"route" yaml:"route"`
	Scope constructs.Construct `field:"required" json:"scope" yaml:"scope"`
}

// HttpRouteAuthorizerConfig is how a route is authorized, as Bind returns it.
type HttpRouteAuthorizerConfig struct {
	// AWS_IAM, JWT, CUSTOM or NONE.
	AuthorizationType   *string    `field:"required" json:"authorizationType" yaml:"authorizationType"`
	AuthorizationScopes *[]*string `field:"optional" json:"authorizationScopes" yaml:"authorizationScopes"`
	AuthorizerId        *string    `field:"optional" json:"authorizerId" yaml:"authorizerId"`
}

// IHttpRouteAuthorizer authorizes the requests of routes; the authorizers
// are in awsapigatewayv2authorizers.
type IHttpRouteAuthorizer interface {
	Bind(options *HttpRouteAuthorizerBindOptions) *HttpRouteAuthorizerConfig
}

// HttpNoneAuthorizer leaves a route open, overriding the API's default authorizer.
type HttpNoneAuthorizer interface {
	IHttpRouteAuthorizer
	AuthorizationType() *string
}

type noneAuthorizer struct{}

// NewHttpNoneAuthorizer is the authorizer that authorizes nothing.
func NewHttpNoneAuthorizer() HttpNoneAuthorizer { return noneAuthorizer{} }

func (noneAuthorizer) AuthorizationType() *string { return jsii.String("NONE") }
func (noneAuthorizer) Bind(*HttpRouteAuthorizerBindOptions) *HttpRouteAuthorizerConfig {
	return &HttpRouteAuthorizerConfig{AuthorizationType: jsii.String("NONE")}
}

// IAuthorizer is an API Gateway v2 authorizer.
type IAuthorizer interface {
	interfacesawsapigatewayv2.IAuthorizerRef
	awscdk.IResource
	AuthorizerId() *string
}

// IHttpAuthorizer is an HTTP API authorizer.
type IHttpAuthorizer interface {
	IAuthorizer
}

// HttpAuthorizerProps are the props of NewHttpAuthorizer.
type HttpAuthorizerProps struct {
	HttpApi        IHttpApiRef        `field:"required" json:"httpApi" yaml:"httpApi"`
	IdentitySource *[]*string         `field:"required" json:"identitySource" yaml:"identitySource"`
	Type           HttpAuthorizerType `field:"required" json:"type" yaml:"type"`
	// Default: the construct id.
	AuthorizerName        *string                   `field:"optional" json:"authorizerName" yaml:"authorizerName"`
	AuthorizerUri         *string                   `field:"optional" json:"authorizerUri" yaml:"authorizerUri"`
	EnableSimpleResponses *bool                     `field:"optional" json:"enableSimpleResponses" yaml:"enableSimpleResponses"`
	JwtAudience           *[]*string                `field:"optional" json:"jwtAudience" yaml:"jwtAudience"`
	JwtIssuer             *string                   `field:"optional" json:"jwtIssuer" yaml:"jwtIssuer"`
	PayloadFormatVersion  AuthorizerPayloadVersion  `field:"optional" json:"payloadFormatVersion" yaml:"payloadFormatVersion"`
	ResultsCacheTtl       awscdk.Duration           `field:"optional" json:"resultsCacheTtl" yaml:"resultsCacheTtl"`
	Role                  interfacesawsiam.IRoleRef `field:"optional" json:"role" yaml:"role"`
}

// HttpAuthorizerAttributes describe an authorizer defined outside this app.
type HttpAuthorizerAttributes struct {
	AuthorizerId   *string `field:"required" json:"authorizerId" yaml:"authorizerId"`
	AuthorizerType *string `field:"required" json:"authorizerType" yaml:"authorizerType"`
}

// HttpAuthorizer is an HTTP API authorizer (AWS::ApiGatewayV2::Authorizer).
type HttpAuthorizer interface {
	awscdk.Resource
	IHttpAuthorizer
	AuthorizerRef() *interfacesawsapigatewayv2.AuthorizerReference
}

type httpAuthorizer struct {
	awscdk.Resource
	apiID, id *string
}

// HttpAuthorizer_PROPERTY_INJECTION_ID is the id property injectors use for HttpAuthorizer.
func HttpAuthorizer_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-apigatewayv2.HttpAuthorizer")
}

// NewHttpAuthorizer creates an authorizer of an HTTP API.
func NewHttpAuthorizer(scope constructs.Construct, id *string, props *HttpAuthorizerProps) HttpAuthorizer {
	props = l2.Inject(*HttpAuthorizer_PROPERTY_INJECTION_ID(), props, scope, id)
	a := &httpAuthorizer{}
	a.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(a.Resource, a)
	if props == nil || props.HttpApi == nil {
		l2.AddError(a, "HttpAuthorizer: httpApi, identitySource and type are required")
		return a
	}
	version := props.PayloadFormatVersion
	if props.Type == HttpAuthorizerType_JWT && (props.JwtAudience == nil || len(*props.JwtAudience) == 0 || props.JwtIssuer == nil) {
		l2.Throw(scope, "jwtAudience and jwtIssuer are mandatory for JWT authorizers")
	}
	if props.Type == HttpAuthorizerType_LAMBDA && props.AuthorizerUri == nil {
		l2.Throw(scope, "authorizerUri is mandatory for Lambda authorizers")
	}
	if props.Type != HttpAuthorizerType_LAMBDA && props.Role != nil {
		l2.Throw(scope, "role is supported only for Lambda authorizers")
	}
	if props.Type == HttpAuthorizerType_LAMBDA && version == "" {
		version = AuthorizerPayloadVersion_VERSION_2_0
	}
	a.apiID = props.HttpApi.ApiRef().ApiId
	name := props.AuthorizerName
	if name == nil {
		name = id
	}
	cfn := &CfnAuthorizerProps{
		Name:                           name,
		ApiId:                          a.apiID,
		AuthorizerType:                 jsii.String(props.Type.cfn()),
		IdentitySource:                 props.IdentitySource,
		AuthorizerPayloadFormatVersion: version.cfn(),
		AuthorizerUri:                  props.AuthorizerUri,
	}
	if props.JwtAudience != nil || props.JwtIssuer != nil {
		cfn.JwtConfiguration = &CfnAuthorizer_JWTConfigurationProperty{Audience: props.JwtAudience, Issuer: props.JwtIssuer}
	}
	if props.EnableSimpleResponses != nil {
		cfn.EnableSimpleResponses = props.EnableSimpleResponses
	}
	if props.ResultsCacheTtl != nil {
		cfn.AuthorizerResultTtlInSeconds = props.ResultsCacheTtl.ToSeconds(nil)
	}
	if props.Role != nil {
		cfn.AuthorizerCredentialsArn = props.Role.RoleRef().RoleArn
	}
	a.id = NewCfnAuthorizer(a, jsii.String("Resource"), cfn).Ref()
	return a
}

func (a *httpAuthorizer) AuthorizerId() *string { return a.id }
func (a *httpAuthorizer) AuthorizerRef() *interfacesawsapigatewayv2.AuthorizerReference {
	return &interfacesawsapigatewayv2.AuthorizerReference{ApiId: a.apiID, AuthorizerId: a.id}
}

type importedAuthorizer struct {
	awscdk.Resource
	id, kind *string
}

func (a *importedAuthorizer) Bind(*HttpRouteAuthorizerBindOptions) *HttpRouteAuthorizerConfig {
	return &HttpRouteAuthorizerConfig{AuthorizerId: a.id, AuthorizationType: a.kind}
}

// HttpAuthorizer_FromHttpAuthorizerAttributes imports an authorizer for use on routes.
func HttpAuthorizer_FromHttpAuthorizerAttributes(scope constructs.Construct, id *string, attrs *HttpAuthorizerAttributes) IHttpRouteAuthorizer {
	if attrs == nil {
		attrs = &HttpAuthorizerAttributes{}
	}
	a := &importedAuthorizer{id: attrs.AuthorizerId, kind: attrs.AuthorizerType}
	a.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(a.Resource, a)
	return a
}
