// Package awsapigatewayv2integrations is aws-cdk-go's
// awsapigatewayv2integrations: what API Gateway v2 routes send requests
// to, identical to aws-cdk-lib 2.276.0's. HTTP APIs: HttpLambdaIntegration
// (the invoke permission per route, or one per API), HttpUrlIntegration,
// HttpSqsIntegration, HttpEventBridgeIntegration and
// HttpStepFunctionsIntegration (with the role API Gateway assumes), and HttpAlbIntegration, HttpNlbIntegration and
// HttpServiceDiscoveryIntegration over VPC links. WebSocket APIs:
// WebSocketLambdaIntegration, WebSocketMockIntegration and
// WebSocketAwsIntegration.
package awsapigatewayv2integrations

import (
	"github.com/strata-cdk/strata/awscdk"
	v2 "github.com/strata-cdk/strata/awscdk/awsapigatewayv2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// HttpLambdaIntegrationProps are the props of NewHttpLambdaIntegration.
type HttpLambdaIntegrationProps struct {
	ParameterMapping v2.ParameterMapping `field:"optional" json:"parameterMapping" yaml:"parameterMapping"`
	// Default: VERSION_2_0.
	PayloadFormatVersion v2.PayloadFormatVersion `field:"optional" json:"payloadFormatVersion" yaml:"payloadFormatVersion"`
	// One permission per route (default) or one for the whole API.
	ScopePermissionToRoute *bool           `field:"optional" json:"scopePermissionToRoute" yaml:"scopePermissionToRoute"`
	Timeout                awscdk.Duration `field:"optional" json:"timeout" yaml:"timeout"`
}

// HttpLambdaIntegration sends requests to a Lambda function.
type HttpLambdaIntegration interface {
	v2.HttpRouteIntegration
}

type lambdaIntegration struct {
	id      string
	handler awslambda.IFunction
	props   *HttpLambdaIntegrationProps
}

// NewHttpLambdaIntegration makes a Lambda function a route integration; id
// names the integration construct the first route creates.
func NewHttpLambdaIntegration(id *string, handler awslambda.IFunction, props *HttpLambdaIntegrationProps) HttpLambdaIntegration {
	if props == nil {
		props = &HttpLambdaIntegrationProps{}
	}
	if handler == nil {
		diag.Panic("", "HttpLambdaIntegration: handler is required")
	}
	return &lambdaIntegration{id: deref(id), handler: handler, props: props}
}

// StrataIntegrationID is the id of the integration construct routes create.
func (l *lambdaIntegration) StrataIntegrationID() string { return l.id }

func (l *lambdaIntegration) Bind(*v2.HttpRouteIntegrationBindOptions) *v2.HttpRouteIntegrationConfig {
	version := l.props.PayloadFormatVersion
	if version == nil {
		version = v2.PayloadFormatVersion_VERSION_2_0()
	}
	return &v2.HttpRouteIntegrationConfig{Type: v2.HttpIntegrationType_AWS_PROXY, Uri: l.handler.FunctionArn(),
		PayloadFormatVersion: version, ParameterMapping: l.props.ParameterMapping, Timeout: l.props.Timeout}
}

// CompleteBind lets API Gateway invoke the function for this route (or the API).
func (l *lambdaIntegration) CompleteBind(options *v2.HttpRouteIntegrationBindOptions) {
	route := options.Route
	stack := awscdk.Stack_Of(route)
	principal := awsiam.NewServicePrincipal(jsii.String("apigateway.amazonaws.com"), nil)
	if l.props.ScopePermissionToRoute == nil || *l.props.ScopePermissionToRoute {
		l.handler.AddPermission(jsii.String(l.id+"-Permission"), &awslambda.Permission{
			Scope: options.Scope, Principal: principal,
			SourceArn: stack.FormatArn(&awscdk.ArnComponents{Service: jsii.String("execute-api"), Resource: route.HttpApi().ApiId(),
				ResourceName: jsii.String("*/*" + deref(route.Path()))}),
		})
		return
	}
	id := "ApiPermission.ApiScoped." + *awscdk.Names_NodeUniqueId(l.handler.Node()) + "." + *awscdk.Names_NodeUniqueId(route.HttpApi().Node())
	for _, c := range *awscdk.Stack_Of(options.Scope).Node().FindAll(constructs.ConstructOrder_PREORDER) {
		if _, ok := c.(awslambda.CfnPermission); ok && *c.Node().Id() == id {
			return
		}
	}
	l.handler.AddPermission(jsii.String(id), &awslambda.Permission{
		Scope: options.Scope, Principal: principal,
		SourceArn: stack.FormatArn(&awscdk.ArnComponents{Service: jsii.String("execute-api"), Resource: route.HttpApi().ApiId(),
			ResourceName: jsii.String("*/*/*")}),
	})
}

// HttpUrlIntegrationProps are the props of NewHttpUrlIntegration.
type HttpUrlIntegrationProps struct {
	// Default: ANY.
	Method           v2.HttpMethod       `field:"optional" json:"method" yaml:"method"`
	ParameterMapping v2.ParameterMapping `field:"optional" json:"parameterMapping" yaml:"parameterMapping"`
	Timeout          awscdk.Duration     `field:"optional" json:"timeout" yaml:"timeout"`
}

// HttpUrlIntegration proxies requests to a URL.
type HttpUrlIntegration interface {
	v2.HttpRouteIntegration
}

type urlIntegration struct {
	id    string
	url   *string
	props *HttpUrlIntegrationProps
}

// NewHttpUrlIntegration makes a URL a route integration.
func NewHttpUrlIntegration(id *string, url *string, props *HttpUrlIntegrationProps) HttpUrlIntegration {
	if props == nil {
		props = &HttpUrlIntegrationProps{}
	}
	return &urlIntegration{id: deref(id), url: url, props: props}
}

// StrataIntegrationID is the id of the integration construct routes create.
func (u *urlIntegration) StrataIntegrationID() string { return u.id }

func (u *urlIntegration) Bind(*v2.HttpRouteIntegrationBindOptions) *v2.HttpRouteIntegrationConfig {
	method := u.props.Method
	if method == "" {
		method = v2.HttpMethod_ANY
	}
	return &v2.HttpRouteIntegrationConfig{Method: method, PayloadFormatVersion: v2.PayloadFormatVersion_VERSION_1_0(),
		Type: v2.HttpIntegrationType_HTTP_PROXY, Uri: u.url, ParameterMapping: u.props.ParameterMapping, Timeout: u.props.Timeout}
}

func (u *urlIntegration) CompleteBind(*v2.HttpRouteIntegrationBindOptions) {}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
