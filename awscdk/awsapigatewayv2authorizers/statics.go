package awsapigatewayv2authorizers

import (
	"github.com/strata-cdk/strata/awscdk/awscognito"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/internal/l2"
)

// The New*_Override constructors aws-cdk-go offers: each stores the
// authorizer in the user's struct that embeds it.

// NewHttpIamAuthorizer_Override initialises outer, a type embedding HttpIamAuthorizer.
func NewHttpIamAuthorizer_Override(outer HttpIamAuthorizer) {
	l2.Override(outer, NewHttpIamAuthorizer())
}

// NewHttpJwtAuthorizer_Override initialises outer, a type embedding HttpJwtAuthorizer.
func NewHttpJwtAuthorizer_Override(outer HttpJwtAuthorizer, id *string, jwtIssuer *string, props *HttpJwtAuthorizerProps) {
	l2.Override(outer, NewHttpJwtAuthorizer(id, jwtIssuer, props))
}

// NewHttpLambdaAuthorizer_Override initialises outer, a type embedding HttpLambdaAuthorizer.
func NewHttpLambdaAuthorizer_Override(outer HttpLambdaAuthorizer, id *string, handler awslambda.IFunction, props *HttpLambdaAuthorizerProps) {
	l2.Override(outer, NewHttpLambdaAuthorizer(id, handler, props))
}

// NewHttpUserPoolAuthorizer_Override initialises outer, a type embedding HttpUserPoolAuthorizer.
func NewHttpUserPoolAuthorizer_Override(outer HttpUserPoolAuthorizer, id *string, pool awscognito.IUserPool, props *HttpUserPoolAuthorizerProps) {
	l2.Override(outer, NewHttpUserPoolAuthorizer(id, pool, props))
}

// NewWebSocketIamAuthorizer_Override initialises outer, a type embedding WebSocketIamAuthorizer.
func NewWebSocketIamAuthorizer_Override(outer WebSocketIamAuthorizer) {
	l2.Override(outer, NewWebSocketIamAuthorizer())
}

// NewWebSocketLambdaAuthorizer_Override initialises outer, a type embedding WebSocketLambdaAuthorizer.
func NewWebSocketLambdaAuthorizer_Override(outer WebSocketLambdaAuthorizer, id *string, handler awslambda.IFunction, props *WebSocketLambdaAuthorizerProps) {
	l2.Override(outer, NewWebSocketLambdaAuthorizer(id, handler, props))
}
