package awsapigatewayv2authorizers

import (
	"github.com/strata-cdk/strata/awscdk"
	v2 "github.com/strata-cdk/strata/awscdk/awsapigatewayv2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// WebSocketLambdaAuthorizerProps are the props of NewWebSocketLambdaAuthorizer.
type WebSocketLambdaAuthorizerProps struct {
	// Default: the id.
	AuthorizerName *string `field:"optional" json:"authorizerName" yaml:"authorizerName"`
	// Default: ["route.request.header.Authorization"].
	IdentitySource *[]*string `field:"optional" json:"identitySource" yaml:"identitySource"`
}

// WebSocketLambdaAuthorizer authorizes WebSocket connections with a Lambda function.
type WebSocketLambdaAuthorizer interface {
	v2.IWebSocketRouteAuthorizer
	Bind(options *v2.WebSocketRouteAuthorizerBindOptions) *v2.WebSocketRouteAuthorizerConfig
}

type wsLambdaAuthorizer struct {
	id         string
	handler    awslambda.IFunction
	props      *WebSocketLambdaAuthorizerProps
	authorizer v2.WebSocketAuthorizer
	api        v2.IWebSocketApi
}

// NewWebSocketLambdaAuthorizer makes a Lambda function a WebSocket authorizer.
func NewWebSocketLambdaAuthorizer(id *string, handler awslambda.IFunction, props *WebSocketLambdaAuthorizerProps) WebSocketLambdaAuthorizer {
	if props == nil {
		props = &WebSocketLambdaAuthorizerProps{}
	}
	if handler == nil {
		diag.Panic("", "WebSocketLambdaAuthorizer: handler is required")
	}
	return &wsLambdaAuthorizer{id: deref(id), handler: handler, props: props}
}

// Bind makes the authorizer (once) in the API and lets API Gateway invoke the function.
func (a *wsLambdaAuthorizer) Bind(options *v2.WebSocketRouteAuthorizerBindOptions) *v2.WebSocketRouteAuthorizerConfig {
	api := options.Route.WebSocketApi()
	if a.api != nil && *a.api.ApiId() != *api.ApiId() {
		l2.Throw(options.Scope, "Cannot attach the same authorizer to multiple Apis")
	}
	if a.authorizer == nil {
		a.api = api
		sources := a.props.IdentitySource
		if sources == nil {
			sources = jsii.Strings("route.request.header.Authorization")
		}
		name := a.props.AuthorizerName
		if name == nil {
			name = &a.id
		}
		stack := awscdk.Stack_Of(a.handler)
		uri := "arn:" + *stack.Partition() + ":apigateway:" + *stack.Region() + ":lambda:path/2015-03-31/functions/" + *a.handler.FunctionArn() + "/invocations"
		a.authorizer = v2.NewWebSocketAuthorizer(options.Scope, &a.id, &v2.WebSocketAuthorizerProps{WebSocketApi: api,
			IdentitySource: sources, Type: v2.WebSocketAuthorizerType_LAMBDA, AuthorizerName: name, AuthorizerUri: &uri})
		a.handler.AddPermission(jsii.String(*awscdk.Names_NodeUniqueId(a.authorizer.Node())+"-Permission"), &awslambda.Permission{
			Scope:     options.Scope,
			Principal: awsiam.NewServicePrincipal(jsii.String("apigateway.amazonaws.com"), nil),
			SourceArn: awscdk.Stack_Of(options.Route).FormatArn(&awscdk.ArnComponents{Service: jsii.String("execute-api"),
				Resource: api.ApiId(), ResourceName: jsii.String("authorizers/" + *a.authorizer.AuthorizerId())}),
		})
	}
	return &v2.WebSocketRouteAuthorizerConfig{AuthorizerId: a.authorizer.AuthorizerId(), AuthorizationType: jsii.String("CUSTOM")}
}

// WebSocketIamAuthorizer authorizes WebSocket connections with IAM (SigV4).
type WebSocketIamAuthorizer interface {
	v2.IWebSocketRouteAuthorizer
	Bind(options *v2.WebSocketRouteAuthorizerBindOptions) *v2.WebSocketRouteAuthorizerConfig
}

type wsIamAuthorizer struct{}

// NewWebSocketIamAuthorizer is the IAM authorizer.
func NewWebSocketIamAuthorizer() WebSocketIamAuthorizer { return wsIamAuthorizer{} }

// Bind authorizes the route with AWS_IAM; aws-cdk-lib returns the enum's value.
func (wsIamAuthorizer) Bind(*v2.WebSocketRouteAuthorizerBindOptions) *v2.WebSocketRouteAuthorizerConfig {
	return &v2.WebSocketRouteAuthorizerConfig{AuthorizationType: jsii.String("AWS_IAM")}
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
