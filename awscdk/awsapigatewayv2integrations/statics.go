package awsapigatewayv2integrations

import (
	"github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsservicediscovery"
	"github.com/strata-cdk/strata/internal/l2"
)

// The New*_Override constructors aws-cdk-go offers: each stores the
// integration in the user's struct that embeds it (how Go programs
// subclass an integration); routes still name the integration construct
// after id.

// NewHttpAlbIntegration_Override initialises outer, a type embedding HttpAlbIntegration.
func NewHttpAlbIntegration_Override(outer HttpAlbIntegration, id *string, listener awselasticloadbalancingv2.IApplicationListener, props *HttpAlbIntegrationProps) {
	l2.Override(outer, NewHttpAlbIntegration(id, listener, props))
}

// NewHttpEventBridgeIntegration_Override initialises outer, a type embedding HttpEventBridgeIntegration.
func NewHttpEventBridgeIntegration_Override(outer HttpEventBridgeIntegration, id *string, props *HttpEventBridgeIntegrationProps) {
	l2.Override(outer, NewHttpEventBridgeIntegration(id, props))
}

// NewHttpLambdaIntegration_Override initialises outer, a type embedding HttpLambdaIntegration.
func NewHttpLambdaIntegration_Override(outer HttpLambdaIntegration, id *string, handler awslambda.IFunction, props *HttpLambdaIntegrationProps) {
	l2.Override(outer, NewHttpLambdaIntegration(id, handler, props))
}

// NewHttpNlbIntegration_Override initialises outer, a type embedding HttpNlbIntegration.
func NewHttpNlbIntegration_Override(outer HttpNlbIntegration, id *string, listener awselasticloadbalancingv2.INetworkListener, props *HttpNlbIntegrationProps) {
	l2.Override(outer, NewHttpNlbIntegration(id, listener, props))
}

// NewHttpServiceDiscoveryIntegration_Override initialises outer, a type embedding HttpServiceDiscoveryIntegration.
func NewHttpServiceDiscoveryIntegration_Override(outer HttpServiceDiscoveryIntegration, id *string, service interfacesawsservicediscovery.IServiceRef, props *HttpServiceDiscoveryIntegrationProps) {
	l2.Override(outer, NewHttpServiceDiscoveryIntegration(id, service, props))
}

// NewHttpSqsIntegration_Override initialises outer, a type embedding HttpSqsIntegration.
func NewHttpSqsIntegration_Override(outer HttpSqsIntegration, id *string, props *HttpSqsIntegrationProps) {
	l2.Override(outer, NewHttpSqsIntegration(id, props))
}

// NewHttpUrlIntegration_Override initialises outer, a type embedding HttpUrlIntegration.
func NewHttpUrlIntegration_Override(outer HttpUrlIntegration, id *string, url *string, props *HttpUrlIntegrationProps) {
	l2.Override(outer, NewHttpUrlIntegration(id, url, props))
}

// NewWebSocketAwsIntegration_Override initialises outer, a type embedding WebSocketAwsIntegration.
func NewWebSocketAwsIntegration_Override(outer WebSocketAwsIntegration, id *string, props *WebSocketAwsIntegrationProps) {
	l2.Override(outer, NewWebSocketAwsIntegration(id, props))
}

// NewWebSocketLambdaIntegration_Override initialises outer, a type embedding WebSocketLambdaIntegration.
func NewWebSocketLambdaIntegration_Override(outer WebSocketLambdaIntegration, id *string, handler awslambda.IFunction, props *WebSocketLambdaIntegrationProps) {
	l2.Override(outer, NewWebSocketLambdaIntegration(id, handler, props))
}

// NewWebSocketMockIntegration_Override initialises outer, a type embedding WebSocketMockIntegration.
func NewWebSocketMockIntegration_Override(outer WebSocketMockIntegration, id *string, props *WebSocketMockIntegrationProps) {
	l2.Override(outer, NewWebSocketMockIntegration(id, props))
}
