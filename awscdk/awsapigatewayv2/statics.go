package awsapigatewayv2

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// The statics and New*_Override constructors aws-cdk-go offers for this
// package's classes; an _Override stores the value in the user's struct.

// NewApiMapping_Override initialises outer, a type embedding ApiMapping (how Go programs subclass it).
func NewApiMapping_Override(outer ApiMapping, scope constructs.Construct, id *string, props *ApiMappingProps) {
	l2.Override(outer, NewApiMapping(scope, id, props))
}

// ApiMapping_IsConstruct reports whether x is a construct.
func ApiMapping_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// ApiMapping_IsResource reports whether construct is a Resource.
func ApiMapping_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// ApiMapping_IsOwnedResource reports whether construct is a Resource this app created.
func ApiMapping_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// NewDomainName_Override initialises outer, a type embedding DomainName (how Go programs subclass it).
func NewDomainName_Override(outer DomainName, scope constructs.Construct, id *string, props *DomainNameProps) {
	l2.Override(outer, NewDomainName(scope, id, props))
}

// DomainName_IsConstruct reports whether x is a construct.
func DomainName_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// DomainName_IsResource reports whether construct is a Resource.
func DomainName_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// DomainName_IsOwnedResource reports whether construct is a Resource this app created.
func DomainName_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// NewHttpApi_Override initialises outer, a type embedding HttpApi (how Go programs subclass it).
func NewHttpApi_Override(outer HttpApi, scope constructs.Construct, id *string, props *HttpApiProps) {
	l2.Override(outer, NewHttpApi(scope, id, props))
}

// HttpApi_IsConstruct reports whether x is a construct.
func HttpApi_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// HttpApi_IsResource reports whether construct is a Resource.
func HttpApi_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// HttpApi_IsOwnedResource reports whether construct is a Resource this app created.
func HttpApi_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// NewHttpAuthorizer_Override initialises outer, a type embedding HttpAuthorizer (how Go programs subclass it).
func NewHttpAuthorizer_Override(outer HttpAuthorizer, scope constructs.Construct, id *string, props *HttpAuthorizerProps) {
	l2.Override(outer, NewHttpAuthorizer(scope, id, props))
}

// HttpAuthorizer_IsConstruct reports whether x is a construct.
func HttpAuthorizer_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// HttpAuthorizer_IsResource reports whether construct is a Resource.
func HttpAuthorizer_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// HttpAuthorizer_IsOwnedResource reports whether construct is a Resource this app created.
func HttpAuthorizer_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// NewHttpIntegration_Override initialises outer, a type embedding HttpIntegration (how Go programs subclass it).
func NewHttpIntegration_Override(outer HttpIntegration, scope constructs.Construct, id *string, props *HttpIntegrationProps) {
	l2.Override(outer, NewHttpIntegration(scope, id, props))
}

// HttpIntegration_IsConstruct reports whether x is a construct.
func HttpIntegration_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// HttpIntegration_IsResource reports whether construct is a Resource.
func HttpIntegration_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// HttpIntegration_IsOwnedResource reports whether construct is a Resource this app created.
func HttpIntegration_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// NewHttpRoute_Override initialises outer, a type embedding HttpRoute (how Go programs subclass it).
func NewHttpRoute_Override(outer HttpRoute, scope constructs.Construct, id *string, props *HttpRouteProps) {
	l2.Override(outer, NewHttpRoute(scope, id, props))
}

// HttpRoute_IsConstruct reports whether x is a construct.
func HttpRoute_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// HttpRoute_IsResource reports whether construct is a Resource.
func HttpRoute_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// HttpRoute_IsOwnedResource reports whether construct is a Resource this app created.
func HttpRoute_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// NewHttpStage_Override initialises outer, a type embedding HttpStage (how Go programs subclass it).
func NewHttpStage_Override(outer HttpStage, scope constructs.Construct, id *string, props *HttpStageProps) {
	l2.Override(outer, NewHttpStage(scope, id, props))
}

// HttpStage_IsConstruct reports whether x is a construct.
func HttpStage_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// HttpStage_IsResource reports whether construct is a Resource.
func HttpStage_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// HttpStage_IsOwnedResource reports whether construct is a Resource this app created.
func HttpStage_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// NewVpcLink_Override initialises outer, a type embedding VpcLink (how Go programs subclass it).
func NewVpcLink_Override(outer VpcLink, scope constructs.Construct, id *string, props *VpcLinkProps) {
	l2.Override(outer, NewVpcLink(scope, id, props))
}

// VpcLink_IsConstruct reports whether x is a construct.
func VpcLink_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// VpcLink_IsResource reports whether construct is a Resource.
func VpcLink_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// VpcLink_IsOwnedResource reports whether construct is a Resource this app created.
func VpcLink_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// NewWebSocketApi_Override initialises outer, a type embedding WebSocketApi (how Go programs subclass it).
func NewWebSocketApi_Override(outer WebSocketApi, scope constructs.Construct, id *string, props *WebSocketApiProps) {
	l2.Override(outer, NewWebSocketApi(scope, id, props))
}

// WebSocketApi_IsConstruct reports whether x is a construct.
func WebSocketApi_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// WebSocketApi_IsResource reports whether construct is a Resource.
func WebSocketApi_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// WebSocketApi_IsOwnedResource reports whether construct is a Resource this app created.
func WebSocketApi_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// NewWebSocketAuthorizer_Override initialises outer, a type embedding WebSocketAuthorizer (how Go programs subclass it).
func NewWebSocketAuthorizer_Override(outer WebSocketAuthorizer, scope constructs.Construct, id *string, props *WebSocketAuthorizerProps) {
	l2.Override(outer, NewWebSocketAuthorizer(scope, id, props))
}

// WebSocketAuthorizer_IsConstruct reports whether x is a construct.
func WebSocketAuthorizer_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// WebSocketAuthorizer_IsResource reports whether construct is a Resource.
func WebSocketAuthorizer_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// WebSocketAuthorizer_IsOwnedResource reports whether construct is a Resource this app created.
func WebSocketAuthorizer_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// NewWebSocketIntegration_Override initialises outer, a type embedding WebSocketIntegration (how Go programs subclass it).
func NewWebSocketIntegration_Override(outer WebSocketIntegration, scope constructs.Construct, id *string, props *WebSocketIntegrationProps) {
	l2.Override(outer, NewWebSocketIntegration(scope, id, props))
}

// WebSocketIntegration_IsConstruct reports whether x is a construct.
func WebSocketIntegration_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// WebSocketIntegration_IsResource reports whether construct is a Resource.
func WebSocketIntegration_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// WebSocketIntegration_IsOwnedResource reports whether construct is a Resource this app created.
func WebSocketIntegration_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// NewWebSocketRoute_Override initialises outer, a type embedding WebSocketRoute (how Go programs subclass it).
func NewWebSocketRoute_Override(outer WebSocketRoute, scope constructs.Construct, id *string, props *WebSocketRouteProps) {
	l2.Override(outer, NewWebSocketRoute(scope, id, props))
}

// WebSocketRoute_IsConstruct reports whether x is a construct.
func WebSocketRoute_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// WebSocketRoute_IsResource reports whether construct is a Resource.
func WebSocketRoute_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// WebSocketRoute_IsOwnedResource reports whether construct is a Resource this app created.
func WebSocketRoute_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// NewWebSocketStage_Override initialises outer, a type embedding WebSocketStage (how Go programs subclass it).
func NewWebSocketStage_Override(outer WebSocketStage, scope constructs.Construct, id *string, props *WebSocketStageProps) {
	l2.Override(outer, NewWebSocketStage(scope, id, props))
}

// WebSocketStage_IsConstruct reports whether x is a construct.
func WebSocketStage_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// WebSocketStage_IsResource reports whether construct is a Resource.
func WebSocketStage_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// WebSocketStage_IsOwnedResource reports whether construct is a Resource this app created.
func WebSocketStage_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// NewHttpNoneAuthorizer_Override initialises outer, a type embedding HttpNoneAuthorizer.
func NewHttpNoneAuthorizer_Override(outer HttpNoneAuthorizer) {
	l2.Override(outer, NewHttpNoneAuthorizer())
}

// NewWebSocketNoneAuthorizer_Override initialises outer, a type embedding WebSocketNoneAuthorizer.
func NewWebSocketNoneAuthorizer_Override(outer WebSocketNoneAuthorizer) {
	l2.Override(outer, NewWebSocketNoneAuthorizer())
}

// NewMappingValue_Override initialises outer, a type embedding MappingValue.
func NewMappingValue_Override(outer MappingValue, value *string) {
	l2.Override(outer, NewMappingValue(value))
}

// NewParameterMapping_Override initialises outer, a type embedding ParameterMapping.
func NewParameterMapping_Override(outer ParameterMapping) { l2.Override(outer, NewParameterMapping()) }

// NewWebSocketApiKeySelectionExpression_Override initialises outer, a type
// embedding WebSocketApiKeySelectionExpression.
func NewWebSocketApiKeySelectionExpression_Override(outer WebSocketApiKeySelectionExpression, customApiKeySelector *string) {
	l2.Override(outer, NewWebSocketApiKeySelectionExpression(customApiKeySelector))
}

// NewUsagePlan_Override initialises outer, a type embedding UsagePlan (how Go programs subclass it).
func NewUsagePlan_Override(outer UsagePlan, scope constructs.Construct, id *string, props *UsagePlanProps) {
	l2.Override(outer, NewUsagePlan(scope, id, props))
}

// UsagePlan_IsConstruct reports whether x is a construct.
func UsagePlan_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// UsagePlan_IsResource reports whether construct is a Resource.
func UsagePlan_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// UsagePlan_IsOwnedResource reports whether construct is a Resource this app created.
func UsagePlan_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// NewApiKey_Override initialises outer, a type embedding ApiKey (how Go programs subclass it).
func NewApiKey_Override(outer ApiKey, scope constructs.Construct, id *string, props *ApiKeyProps) {
	l2.Override(outer, NewApiKey(scope, id, props))
}

// ApiKey_IsConstruct reports whether x is a construct.
func ApiKey_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// ApiKey_IsResource reports whether construct is a Resource.
func ApiKey_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// ApiKey_IsOwnedResource reports whether construct is a Resource this app created.
func ApiKey_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// NewRateLimitedApiKey_Override initialises outer, a type embedding RateLimitedApiKey (how Go programs subclass it).
func NewRateLimitedApiKey_Override(outer RateLimitedApiKey, scope constructs.Construct, id *string, props *RateLimitedApiKeyProps) {
	l2.Override(outer, NewRateLimitedApiKey(scope, id, props))
}

// RateLimitedApiKey_IsConstruct reports whether x is a construct.
func RateLimitedApiKey_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// RateLimitedApiKey_IsResource reports whether construct is a Resource.
func RateLimitedApiKey_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// RateLimitedApiKey_IsOwnedResource reports whether construct is a Resource this app created.
func RateLimitedApiKey_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}
