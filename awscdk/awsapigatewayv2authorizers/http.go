// Package awsapigatewayv2authorizers is aws-cdk-go's
// awsapigatewayv2authorizers, identical to aws-cdk-lib 2.276.0's. HTTP API
// route authorizers: HttpLambdaAuthorizer (simple or IAM responses,
// caching, the invoke permission), HttpJwtAuthorizer,
// HttpUserPoolAuthorizer (with the client it makes when none is given) and
// HttpIamAuthorizer. WebSocket $connect authorizers:
// WebSocketLambdaAuthorizer and WebSocketIamAuthorizer.
package awsapigatewayv2authorizers

import (
	"github.com/strata-cdk/strata/awscdk"
	v2 "github.com/strata-cdk/strata/awscdk/awsapigatewayv2"
	"github.com/strata-cdk/strata/awscdk/awscognito"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsiam"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// HttpLambdaResponseType is the response a Lambda authorizer returns.
type HttpLambdaResponseType string

const (
	HttpLambdaResponseType_SIMPLE HttpLambdaResponseType = "SIMPLE"
	HttpLambdaResponseType_IAM    HttpLambdaResponseType = "IAM"
)

func identitySource(p *[]*string) *[]*string {
	if p != nil {
		return p
	}
	return jsii.Strings("$request.header.Authorization")
}

func notAttached() {
	diag.Panic("", "Cannot access authorizerId until authorizer is attached to a HttpRoute")
}

// HttpLambdaAuthorizerProps are the props of NewHttpLambdaAuthorizer.
type HttpLambdaAuthorizerProps struct {
	AuthorizerName *string    `field:"optional" json:"authorizerName" yaml:"authorizerName"`
	IdentitySource *[]*string `field:"optional" json:"identitySource" yaml:"identitySource"`
	// Default: [IAM].
	ResponseTypes *[]HttpLambdaResponseType `field:"optional" json:"responseTypes" yaml:"responseTypes"`
	// Default: 5 minutes.
	ResultsCacheTtl awscdk.Duration           `field:"optional" json:"resultsCacheTtl" yaml:"resultsCacheTtl"`
	Role            interfacesawsiam.IRoleRef `field:"optional" json:"role" yaml:"role"`
}

// HttpLambdaAuthorizer authorizes requests with a Lambda function.
type HttpLambdaAuthorizer interface {
	v2.IHttpRouteAuthorizer
	AuthorizationType() *string
	AuthorizerId() *string
}

type lambdaAuthorizer struct {
	id         string
	handler    awslambda.IFunction
	props      *HttpLambdaAuthorizerProps
	authorizer v2.HttpAuthorizer
	api        v2.IHttpApi
}

// NewHttpLambdaAuthorizer makes a Lambda function an authorizer.
func NewHttpLambdaAuthorizer(id *string, handler awslambda.IFunction, props *HttpLambdaAuthorizerProps) HttpLambdaAuthorizer {
	if props == nil {
		props = &HttpLambdaAuthorizerProps{}
	}
	return &lambdaAuthorizer{id: deref(id), handler: handler, props: props}
}

func (a *lambdaAuthorizer) AuthorizationType() *string { return jsii.String("CUSTOM") }
func (a *lambdaAuthorizer) AuthorizerId() *string {
	if a.authorizer == nil {
		notAttached()
	}
	return a.authorizer.AuthorizerId()
}

// Bind makes the authorizer (once) in the route's API and lets API Gateway invoke the function.
func (a *lambdaAuthorizer) Bind(options *v2.HttpRouteAuthorizerBindOptions) *v2.HttpRouteAuthorizerConfig {
	api := options.Route.HttpApi()
	if a.api != nil && *a.api.ApiId() != *api.ApiId() {
		l2.Throw(options.Scope, "Cannot attach the same authorizer to multiple Apis")
	}
	if a.authorizer == nil {
		simple := false
		if a.props.ResponseTypes != nil {
			for _, t := range *a.props.ResponseTypes {
				simple = simple || t == HttpLambdaResponseType_SIMPLE
			}
		}
		version := v2.AuthorizerPayloadVersion_VERSION_1_0
		var enableSimple *bool
		if simple {
			version, enableSimple = v2.AuthorizerPayloadVersion_VERSION_2_0, jsii.Bool(true)
		}
		name := a.props.AuthorizerName
		if name == nil {
			name = &a.id
		}
		ttl := a.props.ResultsCacheTtl
		if ttl == nil {
			ttl = awscdk.Duration_Minutes(jsii.Number(5))
		}
		a.api = api
		stack := awscdk.Stack_Of(a.handler)
		uri := "arn:" + *stack.Partition() + ":apigateway:" + *stack.Region() + ":lambda:path/2015-03-31/functions/" + *a.handler.FunctionArn() + "/invocations"
		a.authorizer = v2.NewHttpAuthorizer(options.Scope, &a.id, &v2.HttpAuthorizerProps{
			HttpApi: api, IdentitySource: identitySource(a.props.IdentitySource), Type: v2.HttpAuthorizerType_LAMBDA,
			AuthorizerName: name, EnableSimpleResponses: enableSimple, PayloadFormatVersion: version,
			AuthorizerUri: &uri, ResultsCacheTtl: ttl, Role: a.props.Role,
		})
		if a.props.Role == nil {
			a.handler.AddPermission(jsii.String(*awscdk.Names_NodeUniqueId(a.authorizer.Node())+"-Permission"), &awslambda.Permission{
				Scope:     options.Scope,
				Principal: awsiam.NewServicePrincipal(jsii.String("apigateway.amazonaws.com"), nil),
				SourceArn: awscdk.Stack_Of(options.Route).FormatArn(&awscdk.ArnComponents{Service: jsii.String("execute-api"),
					Resource: api.ApiId(), ResourceName: jsii.String("authorizers/" + *a.authorizer.AuthorizerId())}),
			})
		}
	}
	return &v2.HttpRouteAuthorizerConfig{AuthorizerId: a.authorizer.AuthorizerId(), AuthorizationType: a.AuthorizationType()}
}

// HttpJwtAuthorizerProps are the props of NewHttpJwtAuthorizer.
type HttpJwtAuthorizerProps struct {
	JwtAudience    *[]*string `field:"required" json:"jwtAudience" yaml:"jwtAudience"`
	AuthorizerName *string    `field:"optional" json:"authorizerName" yaml:"authorizerName"`
	IdentitySource *[]*string `field:"optional" json:"identitySource" yaml:"identitySource"`
}

// HttpJwtAuthorizer authorizes requests with JWTs from an issuer.
type HttpJwtAuthorizer interface {
	v2.IHttpRouteAuthorizer
	AuthorizationType() *string
	AuthorizerId() *string
}

type jwtAuthorizer struct {
	id         string
	issuer     *string
	props      *HttpJwtAuthorizerProps
	authorizer v2.HttpAuthorizer
}

// NewHttpJwtAuthorizer makes a JWT authorizer for jwtIssuer.
func NewHttpJwtAuthorizer(id *string, jwtIssuer *string, props *HttpJwtAuthorizerProps) HttpJwtAuthorizer {
	if props == nil {
		props = &HttpJwtAuthorizerProps{}
	}
	return &jwtAuthorizer{id: deref(id), issuer: jwtIssuer, props: props}
}

func (a *jwtAuthorizer) AuthorizationType() *string { return jsii.String("JWT") }
func (a *jwtAuthorizer) AuthorizerId() *string {
	if a.authorizer == nil {
		notAttached()
	}
	return a.authorizer.AuthorizerId()
}

func (a *jwtAuthorizer) Bind(options *v2.HttpRouteAuthorizerBindOptions) *v2.HttpRouteAuthorizerConfig {
	if a.authorizer == nil {
		name := a.props.AuthorizerName
		if name == nil {
			name = &a.id
		}
		a.authorizer = v2.NewHttpAuthorizer(options.Scope, &a.id, &v2.HttpAuthorizerProps{
			HttpApi: options.Route.HttpApi(), IdentitySource: identitySource(a.props.IdentitySource), Type: v2.HttpAuthorizerType_JWT,
			AuthorizerName: name, JwtAudience: a.props.JwtAudience, JwtIssuer: a.issuer,
		})
	}
	return &v2.HttpRouteAuthorizerConfig{AuthorizerId: a.authorizer.AuthorizerId(), AuthorizationType: a.AuthorizationType()}
}

// HttpUserPoolAuthorizerProps are the props of NewHttpUserPoolAuthorizer.
type HttpUserPoolAuthorizerProps struct {
	AuthorizerName *string    `field:"optional" json:"authorizerName" yaml:"authorizerName"`
	IdentitySource *[]*string `field:"optional" json:"identitySource" yaml:"identitySource"`
	// Default: a client added to the pool.
	UserPoolClients *[]awscognito.IUserPoolClient `field:"optional" json:"userPoolClients" yaml:"userPoolClients"`
	// Default: the stack's region.
	UserPoolRegion *string `field:"optional" json:"userPoolRegion" yaml:"userPoolRegion"`
}

// HttpUserPoolAuthorizer authorizes requests with a Cognito user pool's JWTs.
type HttpUserPoolAuthorizer interface {
	v2.IHttpRouteAuthorizer
	AuthorizationType() *string
	AuthorizerId() *string
}

type userPoolAuthorizer struct {
	id         string
	pool       awscognito.IUserPool
	props      *HttpUserPoolAuthorizerProps
	authorizer v2.HttpAuthorizer
}

// NewHttpUserPoolAuthorizer makes a user pool an authorizer.
func NewHttpUserPoolAuthorizer(id *string, pool awscognito.IUserPool, props *HttpUserPoolAuthorizerProps) HttpUserPoolAuthorizer {
	if props == nil {
		props = &HttpUserPoolAuthorizerProps{}
	}
	return &userPoolAuthorizer{id: deref(id), pool: pool, props: props}
}

func (a *userPoolAuthorizer) AuthorizationType() *string { return jsii.String("JWT") }
func (a *userPoolAuthorizer) AuthorizerId() *string {
	if a.authorizer == nil {
		notAttached()
	}
	return a.authorizer.AuthorizerId()
}

func (a *userPoolAuthorizer) Bind(options *v2.HttpRouteAuthorizerBindOptions) *v2.HttpRouteAuthorizerConfig {
	if a.authorizer == nil {
		region := a.props.UserPoolRegion
		if region == nil {
			region = awscdk.Stack_Of(options.Scope).Region()
		}
		var clients []awscognito.IUserPoolClient
		if a.props.UserPoolClients != nil {
			clients = *a.props.UserPoolClients
		} else {
			clients = []awscognito.IUserPoolClient{a.pool.AddClient(jsii.String("UserPoolAuthorizerClient"), nil)}
		}
		var audience []*string
		for _, c := range clients {
			audience = append(audience, c.UserPoolClientId())
		}
		name := a.props.AuthorizerName
		if name == nil {
			name = &a.id
		}
		a.authorizer = v2.NewHttpAuthorizer(options.Scope, &a.id, &v2.HttpAuthorizerProps{
			HttpApi: options.Route.HttpApi(), IdentitySource: identitySource(a.props.IdentitySource), Type: v2.HttpAuthorizerType_JWT,
			AuthorizerName: name, JwtAudience: &audience,
			JwtIssuer: jsii.String("https://cognito-idp." + *region + ".amazonaws.com/" + *a.pool.UserPoolId()),
		})
	}
	return &v2.HttpRouteAuthorizerConfig{AuthorizerId: a.authorizer.AuthorizerId(), AuthorizationType: a.AuthorizationType()}
}

// HttpIamAuthorizer authorizes requests with IAM (SigV4).
type HttpIamAuthorizer interface {
	v2.IHttpRouteAuthorizer
	AuthorizationType() v2.HttpAuthorizerType
}

type iamAuthorizer struct{}

// NewHttpIamAuthorizer is the IAM authorizer.
func NewHttpIamAuthorizer() HttpIamAuthorizer { return iamAuthorizer{} }

func (iamAuthorizer) AuthorizationType() v2.HttpAuthorizerType { return v2.HttpAuthorizerType_IAM }
func (iamAuthorizer) Bind(*v2.HttpRouteAuthorizerBindOptions) *v2.HttpRouteAuthorizerConfig {
	return &v2.HttpRouteAuthorizerConfig{AuthorizationType: jsii.String("AWS_IAM")}
}
