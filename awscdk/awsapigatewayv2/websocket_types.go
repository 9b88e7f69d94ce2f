package awsapigatewayv2

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// WebSocketIntegrationType is how API Gateway reaches a WebSocket integration.
type WebSocketIntegrationType string

const (
	WebSocketIntegrationType_AWS_PROXY WebSocketIntegrationType = "AWS_PROXY"
	WebSocketIntegrationType_MOCK      WebSocketIntegrationType = "MOCK"
	WebSocketIntegrationType_AWS       WebSocketIntegrationType = "AWS"
)

// ContentHandling converts a payload between text and binary.
type ContentHandling string

const (
	ContentHandling_CONVERT_TO_BINARY ContentHandling = "CONVERT_TO_BINARY"
	ContentHandling_CONVERT_TO_TEXT   ContentHandling = "CONVERT_TO_TEXT"
)

// PassthroughBehavior says what happens to a request no template matches.
type PassthroughBehavior string

const (
	PassthroughBehavior_WHEN_NO_MATCH     PassthroughBehavior = "WHEN_NO_MATCH"
	PassthroughBehavior_NEVER             PassthroughBehavior = "NEVER"
	PassthroughBehavior_WHEN_NO_TEMPLATES PassthroughBehavior = "WHEN_NO_TEMPLATES"
)

// WebSocketAuthorizerType is the kind of a WebSocket API authorizer.
type WebSocketAuthorizerType string

const (
	WebSocketAuthorizerType_LAMBDA WebSocketAuthorizerType = "LAMBDA"
	WebSocketAuthorizerType_IAM    WebSocketAuthorizerType = "IAM"
)

// cfn is the AuthorizerType CloudFormation takes (aws-cdk-lib's enum values).
func (t WebSocketAuthorizerType) cfn() *string {
	switch t {
	case WebSocketAuthorizerType_LAMBDA:
		return jsii.String("REQUEST")
	case WebSocketAuthorizerType_IAM:
		return jsii.String("AWS_IAM")
	case "":
		return nil
	}
	return jsii.String(string(t))
}

func strOrNil[T ~string](v T) *string {
	if v == "" {
		return nil
	}
	s := string(v)
	return &s
}

// WebSocketApiKeySelectionExpression is where API Gateway reads a
// WebSocket request's API key.
type WebSocketApiKeySelectionExpression interface {
	CustomApiKeySelector() *string
}

type apiKeySelector struct{ s *string }

func (a *apiKeySelector) CustomApiKeySelector() *string { return a.s }

// NewWebSocketApiKeySelectionExpression is a custom selection expression.
func NewWebSocketApiKeySelectionExpression(customApiKeySelector *string) WebSocketApiKeySelectionExpression {
	return &apiKeySelector{s: customApiKeySelector}
}

// WebSocketApiKeySelectionExpression_HEADER_X_API_KEY reads the x-api-key header.
func WebSocketApiKeySelectionExpression_HEADER_X_API_KEY() WebSocketApiKeySelectionExpression {
	return NewWebSocketApiKeySelectionExpression(jsii.String("$request.header.x-api-key"))
}

// WebSocketApiKeySelectionExpression_AUTHORIZER_USAGE_IDENTIFIER_KEY takes
// the key a Lambda authorizer returns.
func WebSocketApiKeySelectionExpression_AUTHORIZER_USAGE_IDENTIFIER_KEY() WebSocketApiKeySelectionExpression {
	return NewWebSocketApiKeySelectionExpression(jsii.String("$context.authorizer.usageIdentifierKey"))
}

// WebSocketRouteIntegrationBindOptions are what a WebSocket route integration binds to.
type WebSocketRouteIntegrationBindOptions struct {
	Route IWebSocketRoute      `field:"required" json:"route" yaml:"route"`
	Scope constructs.Construct `field:"required" json:"scope" yaml:"scope"`
}

// WebSocketRouteIntegrationConfig is a WebSocket integration's configuration, as Bind returns it.
type WebSocketRouteIntegrationConfig struct {
	Type                        WebSocketIntegrationType `field:"required" json:"type" yaml:"type"`
	Uri                         *string                  `field:"required" json:"uri" yaml:"uri"`
	ContentHandling             ContentHandling          `field:"optional" json:"contentHandling" yaml:"contentHandling"`
	CredentialsRole             awsiam.IRole             `field:"optional" json:"credentialsRole" yaml:"credentialsRole"`
	Method                      *string                  `field:"optional" json:"method" yaml:"method"`
	PassthroughBehavior         PassthroughBehavior      `field:"optional" json:"passthroughBehavior" yaml:"passthroughBehavior"`
	RequestParameters           *map[string]*string      `field:"optional" json:"requestParameters" yaml:"requestParameters"`
	RequestTemplates            *map[string]*string      `field:"optional" json:"requestTemplates" yaml:"requestTemplates"`
	TemplateSelectionExpression *string                  `field:"optional" json:"templateSelectionExpression" yaml:"templateSelectionExpression"`
	Timeout                     awscdk.Duration          `field:"optional" json:"timeout" yaml:"timeout"`
}

// WebSocketRouteIntegration is what a WebSocket route sends messages to.
// A route calls Bind every time it binds; the integration resource is made
// once per integration object and API, by the first route (named by the
// integration's id for the integrations of awsapigatewayv2integrations).
// The integrations are in awsapigatewayv2integrations.
type WebSocketRouteIntegration interface {
	Bind(options *WebSocketRouteIntegrationBindOptions) *WebSocketRouteIntegrationConfig
}

// WebSocketRouteAuthorizerBindOptions are what a WebSocket route authorizer binds to.
type WebSocketRouteAuthorizerBindOptions struct {
	Route IWebSocketRoute      `field:"required" json:"route" yaml:"route"`
	Scope constructs.Construct `field:"required" json:"scope" yaml:"scope"`
}

// WebSocketRouteAuthorizerConfig is how a WebSocket route is authorized, as Bind returns it.
type WebSocketRouteAuthorizerConfig struct {
	AuthorizationType *string `field:"required" json:"authorizationType" yaml:"authorizationType"`
	AuthorizerId      *string `field:"optional" json:"authorizerId" yaml:"authorizerId"`
}

// IWebSocketRouteAuthorizer authorizes a WebSocket route's connections; the
// authorizers are in awsapigatewayv2authorizers.
type IWebSocketRouteAuthorizer interface {
	Bind(options *WebSocketRouteAuthorizerBindOptions) *WebSocketRouteAuthorizerConfig
}

// WebSocketNoneAuthorizer leaves a route open.
type WebSocketNoneAuthorizer interface {
	IWebSocketRouteAuthorizer
	Bind(options *WebSocketRouteAuthorizerBindOptions) *WebSocketRouteAuthorizerConfig
}

type wsNoneAuthorizer struct{}

// NewWebSocketNoneAuthorizer is the authorizer that authorizes nothing.
func NewWebSocketNoneAuthorizer() WebSocketNoneAuthorizer { return wsNoneAuthorizer{} }

func (wsNoneAuthorizer) Bind(*WebSocketRouteAuthorizerBindOptions) *WebSocketRouteAuthorizerConfig {
	return &WebSocketRouteAuthorizerConfig{AuthorizationType: jsii.String("NONE")}
}
