package awsapigatewayv2integrations

import (
	"github.com/strata-cdk/strata/awscdk"
	v2 "github.com/strata-cdk/strata/awscdk/awsapigatewayv2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// WebSocketLambdaIntegrationProps are the props of NewWebSocketLambdaIntegration.
type WebSocketLambdaIntegrationProps struct {
	ContentHandling v2.ContentHandling `field:"optional" json:"contentHandling" yaml:"contentHandling"`
	Timeout         awscdk.Duration    `field:"optional" json:"timeout" yaml:"timeout"`
}

// WebSocketLambdaIntegration sends WebSocket messages to a Lambda function.
type WebSocketLambdaIntegration interface {
	v2.WebSocketRouteIntegration
	Bind(options *v2.WebSocketRouteIntegrationBindOptions) *v2.WebSocketRouteIntegrationConfig
}

type wsLambdaIntegration struct {
	id      string
	handler awslambda.IFunction
	props   *WebSocketLambdaIntegrationProps
}

// NewWebSocketLambdaIntegration makes a Lambda function a WebSocket route integration.
func NewWebSocketLambdaIntegration(id *string, handler awslambda.IFunction, props *WebSocketLambdaIntegrationProps) WebSocketLambdaIntegration {
	if props == nil {
		props = &WebSocketLambdaIntegrationProps{}
	}
	if handler == nil {
		diag.Panic("", "WebSocketLambdaIntegration: handler is required")
	}
	return &wsLambdaIntegration{id: deref(id), handler: handler, props: props}
}

// StrataIntegrationID is the id of the integration construct routes create.
func (l *wsLambdaIntegration) StrataIntegrationID() string { return l.id }

// Bind lets API Gateway invoke the function for the route and returns the
// AWS_PROXY integration.
func (l *wsLambdaIntegration) Bind(options *v2.WebSocketRouteIntegrationBindOptions) *v2.WebSocketRouteIntegrationConfig {
	route := options.Route
	stack := awscdk.Stack_Of(route)
	l.handler.AddPermission(jsii.String(l.id+"-Permission"), &awslambda.Permission{
		Scope:     options.Scope,
		Principal: awsiam.NewServicePrincipal(jsii.String("apigateway.amazonaws.com"), nil),
		SourceArn: stack.FormatArn(&awscdk.ArnComponents{Service: jsii.String("execute-api"), Resource: route.WebSocketApi().ApiId(),
			ResourceName: jsii.String("*" + deref(route.RouteKey()))}),
	})
	uri := stack.FormatArn(&awscdk.ArnComponents{Service: jsii.String("apigateway"), Account: jsii.String("lambda"),
		Resource: jsii.String("path/2015-03-31/functions"), ResourceName: jsii.String(*l.handler.FunctionArn() + "/invocations")})
	return &v2.WebSocketRouteIntegrationConfig{Type: v2.WebSocketIntegrationType_AWS_PROXY, Uri: uri,
		Timeout: l.props.Timeout, ContentHandling: l.props.ContentHandling}
}

// WebSocketMockIntegrationProps are the props of NewWebSocketMockIntegration.
type WebSocketMockIntegrationProps struct {
	RequestTemplates            *map[string]*string `field:"optional" json:"requestTemplates" yaml:"requestTemplates"`
	TemplateSelectionExpression *string             `field:"optional" json:"templateSelectionExpression" yaml:"templateSelectionExpression"`
}

// WebSocketMockIntegration answers WebSocket messages without a backend.
type WebSocketMockIntegration interface {
	v2.WebSocketRouteIntegration
	Bind(options *v2.WebSocketRouteIntegrationBindOptions) *v2.WebSocketRouteIntegrationConfig
}

type wsMockIntegration struct {
	id    string
	props *WebSocketMockIntegrationProps
}

// NewWebSocketMockIntegration makes a mock WebSocket route integration.
func NewWebSocketMockIntegration(id *string, props *WebSocketMockIntegrationProps) WebSocketMockIntegration {
	if props == nil {
		props = &WebSocketMockIntegrationProps{}
	}
	return &wsMockIntegration{id: deref(id), props: props}
}

// StrataIntegrationID is the id of the integration construct routes create.
func (m *wsMockIntegration) StrataIntegrationID() string { return m.id }

func (m *wsMockIntegration) Bind(*v2.WebSocketRouteIntegrationBindOptions) *v2.WebSocketRouteIntegrationConfig {
	return &v2.WebSocketRouteIntegrationConfig{Type: v2.WebSocketIntegrationType_MOCK, Uri: jsii.String(""),
		RequestTemplates: m.props.RequestTemplates, TemplateSelectionExpression: m.props.TemplateSelectionExpression}
}

// WebSocketAwsIntegrationProps are the props of NewWebSocketAwsIntegration.
type WebSocketAwsIntegrationProps struct {
	IntegrationMethod           *string                `field:"required" json:"integrationMethod" yaml:"integrationMethod"`
	IntegrationUri              *string                `field:"required" json:"integrationUri" yaml:"integrationUri"`
	ContentHandling             v2.ContentHandling     `field:"optional" json:"contentHandling" yaml:"contentHandling"`
	CredentialsRole             awsiam.IRole           `field:"optional" json:"credentialsRole" yaml:"credentialsRole"`
	PassthroughBehavior         v2.PassthroughBehavior `field:"optional" json:"passthroughBehavior" yaml:"passthroughBehavior"`
	RequestParameters           *map[string]*string    `field:"optional" json:"requestParameters" yaml:"requestParameters"`
	RequestTemplates            *map[string]*string    `field:"optional" json:"requestTemplates" yaml:"requestTemplates"`
	TemplateSelectionExpression *string                `field:"optional" json:"templateSelectionExpression" yaml:"templateSelectionExpression"`
	Timeout                     awscdk.Duration        `field:"optional" json:"timeout" yaml:"timeout"`
}

// WebSocketAwsIntegration sends WebSocket messages to an AWS service action.
type WebSocketAwsIntegration interface {
	v2.WebSocketRouteIntegration
	Bind(options *v2.WebSocketRouteIntegrationBindOptions) *v2.WebSocketRouteIntegrationConfig
}

type wsAwsIntegration struct {
	id    string
	props *WebSocketAwsIntegrationProps
}

// NewWebSocketAwsIntegration makes an AWS service action a WebSocket route integration.
func NewWebSocketAwsIntegration(id *string, props *WebSocketAwsIntegrationProps) WebSocketAwsIntegration {
	if props == nil {
		diag.Panic("", "WebSocketAwsIntegration: integrationUri and integrationMethod are required")
	}
	return &wsAwsIntegration{id: deref(id), props: props}
}

// StrataIntegrationID is the id of the integration construct routes create.
func (a *wsAwsIntegration) StrataIntegrationID() string { return a.id }

func (a *wsAwsIntegration) Bind(*v2.WebSocketRouteIntegrationBindOptions) *v2.WebSocketRouteIntegrationConfig {
	p := a.props
	return &v2.WebSocketRouteIntegrationConfig{Type: v2.WebSocketIntegrationType_AWS, Uri: p.IntegrationUri, Method: p.IntegrationMethod,
		ContentHandling: p.ContentHandling, CredentialsRole: p.CredentialsRole, RequestParameters: p.RequestParameters,
		RequestTemplates: p.RequestTemplates, PassthroughBehavior: p.PassthroughBehavior,
		TemplateSelectionExpression: p.TemplateSelectionExpression, Timeout: p.Timeout}
}
