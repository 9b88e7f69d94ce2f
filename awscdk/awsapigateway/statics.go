package awsapigateway

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awss3assets"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsapigateway"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslogs"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawss3"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// The New*_Override constructors aws-cdk-go offers for this package's
// classes; an _Override stores the L2 in the user's struct.

// NewAccessLogField_Override initialises outer, a type embedding AccessLogField (how Go programs subclass it).
func NewAccessLogField_Override(outer AccessLogField) {
	l2.Override(outer, NewAccessLogField())
}

// NewApiKey_Override initialises outer, a type embedding ApiKey (how Go programs subclass it).
func NewApiKey_Override(outer ApiKey, a1 constructs.Construct, a2 *string, a3 *ApiKeyProps) {
	l2.Override(outer, NewApiKey(a1, a2, a3))
}

// NewAssetApiDefinition_Override initialises outer, a type embedding AssetApiDefinition (how Go programs subclass it).
func NewAssetApiDefinition_Override(outer AssetApiDefinition, a1 *string, a2 *awss3assets.AssetOptions) {
	l2.Override(outer, NewAssetApiDefinition(a1, a2))
}

// NewAwsIntegration_Override initialises outer, a type embedding AwsIntegration (how Go programs subclass it).
func NewAwsIntegration_Override(outer AwsIntegration, a1 *AwsIntegrationProps) {
	l2.Override(outer, NewAwsIntegration(a1))
}

// NewBasePathMapping_Override initialises outer, a type embedding BasePathMapping (how Go programs subclass it).
func NewBasePathMapping_Override(outer BasePathMapping, a1 constructs.Construct, a2 *string, a3 *BasePathMappingProps) {
	l2.Override(outer, NewBasePathMapping(a1, a2, a3))
}

// NewCognitoUserPoolsAuthorizer_Override initialises outer, a type embedding CognitoUserPoolsAuthorizer (how Go programs subclass it).
func NewCognitoUserPoolsAuthorizer_Override(outer CognitoUserPoolsAuthorizer, a1 constructs.Construct, a2 *string, a3 *CognitoUserPoolsAuthorizerProps) {
	l2.Override(outer, NewCognitoUserPoolsAuthorizer(a1, a2, a3))
}

// NewDeployment_Override initialises outer, a type embedding Deployment (how Go programs subclass it).
func NewDeployment_Override(outer Deployment, a1 constructs.Construct, a2 *string, a3 *DeploymentProps) {
	l2.Override(outer, NewDeployment(a1, a2, a3))
}

// NewDomainName_Override initialises outer, a type embedding DomainName (how Go programs subclass it).
func NewDomainName_Override(outer DomainName, a1 constructs.Construct, a2 *string, a3 *DomainNameProps) {
	l2.Override(outer, NewDomainName(a1, a2, a3))
}

// NewGatewayResponse_Override initialises outer, a type embedding GatewayResponse (how Go programs subclass it).
func NewGatewayResponse_Override(outer GatewayResponse, a1 constructs.Construct, a2 *string, a3 *GatewayResponseProps) {
	l2.Override(outer, NewGatewayResponse(a1, a2, a3))
}

// NewHttpIntegration_Override initialises outer, a type embedding HttpIntegration (how Go programs subclass it).
func NewHttpIntegration_Override(outer HttpIntegration, a1 *string, a2 *HttpIntegrationProps) {
	l2.Override(outer, NewHttpIntegration(a1, a2))
}

// NewInlineApiDefinition_Override initialises outer, a type embedding InlineApiDefinition (how Go programs subclass it).
func NewInlineApiDefinition_Override(outer InlineApiDefinition, a1 interface{}) {
	l2.Override(outer, NewInlineApiDefinition(a1))
}

// NewIntegration_Override initialises outer, a type embedding Integration (how Go programs subclass it).
func NewIntegration_Override(outer Integration, a1 *IntegrationProps) {
	l2.Override(outer, NewIntegration(a1))
}

// NewLambdaIntegration_Override initialises outer, a type embedding LambdaIntegration (how Go programs subclass it).
func NewLambdaIntegration_Override(outer LambdaIntegration, a1 awslambda.IFunction, a2 *LambdaIntegrationOptions) {
	l2.Override(outer, NewLambdaIntegration(a1, a2))
}

// NewLambdaRestApi_Override initialises outer, a type embedding LambdaRestApi (how Go programs subclass it).
func NewLambdaRestApi_Override(outer LambdaRestApi, a1 constructs.Construct, a2 *string, a3 *LambdaRestApiProps) {
	l2.Override(outer, NewLambdaRestApi(a1, a2, a3))
}

// NewLogGroupLogDestination_Override initialises outer, a type embedding LogGroupLogDestination (how Go programs subclass it).
func NewLogGroupLogDestination_Override(outer LogGroupLogDestination, a1 interfacesawslogs.ILogGroupRef) {
	l2.Override(outer, NewLogGroupLogDestination(a1))
}

// NewMethod_Override initialises outer, a type embedding Method (how Go programs subclass it).
func NewMethod_Override(outer Method, a1 constructs.Construct, a2 *string, a3 *MethodProps) {
	l2.Override(outer, NewMethod(a1, a2, a3))
}

// NewMockIntegration_Override initialises outer, a type embedding MockIntegration (how Go programs subclass it).
func NewMockIntegration_Override(outer MockIntegration, a1 *IntegrationOptions) {
	l2.Override(outer, NewMockIntegration(a1))
}

// NewModel_Override initialises outer, a type embedding Model (how Go programs subclass it).
func NewModel_Override(outer Model, a1 constructs.Construct, a2 *string, a3 *ModelProps) {
	l2.Override(outer, NewModel(a1, a2, a3))
}

// NewProxyResource_Override initialises outer, a type embedding ProxyResource (how Go programs subclass it).
func NewProxyResource_Override(outer ProxyResource, a1 constructs.Construct, a2 *string, a3 *ProxyResourceProps) {
	l2.Override(outer, NewProxyResource(a1, a2, a3))
}

// NewRateLimitedApiKey_Override initialises outer, a type embedding RateLimitedApiKey (how Go programs subclass it).
func NewRateLimitedApiKey_Override(outer RateLimitedApiKey, a1 constructs.Construct, a2 *string, a3 *RateLimitedApiKeyProps) {
	l2.Override(outer, NewRateLimitedApiKey(a1, a2, a3))
}

// NewRequestAuthorizer_Override initialises outer, a type embedding RequestAuthorizer (how Go programs subclass it).
func NewRequestAuthorizer_Override(outer RequestAuthorizer, a1 constructs.Construct, a2 *string, a3 *RequestAuthorizerProps) {
	l2.Override(outer, NewRequestAuthorizer(a1, a2, a3))
}

// NewRequestValidator_Override initialises outer, a type embedding RequestValidator (how Go programs subclass it).
func NewRequestValidator_Override(outer RequestValidator, a1 constructs.Construct, a2 *string, a3 *RequestValidatorProps) {
	l2.Override(outer, NewRequestValidator(a1, a2, a3))
}

// NewResource_Override initialises outer, a type embedding Resource (how Go programs subclass it).
func NewResource_Override(outer Resource, a1 constructs.Construct, a2 *string, a3 *ResourceProps) {
	l2.Override(outer, NewResource(a1, a2, a3))
}

// NewRestApi_Override initialises outer, a type embedding RestApi (how Go programs subclass it).
func NewRestApi_Override(outer RestApi, a1 constructs.Construct, a2 *string, a3 *RestApiProps) {
	l2.Override(outer, NewRestApi(a1, a2, a3))
}

// NewS3ApiDefinition_Override initialises outer, a type embedding S3ApiDefinition (how Go programs subclass it).
func NewS3ApiDefinition_Override(outer S3ApiDefinition, a1 interfacesawss3.IBucketRef, a2 *string, a3 *string) {
	l2.Override(outer, NewS3ApiDefinition(a1, a2, a3))
}

// NewSpecRestApi_Override initialises outer, a type embedding SpecRestApi (how Go programs subclass it).
func NewSpecRestApi_Override(outer SpecRestApi, a1 constructs.Construct, a2 *string, a3 *SpecRestApiProps) {
	l2.Override(outer, NewSpecRestApi(a1, a2, a3))
}

// NewStage_Override initialises outer, a type embedding Stage (how Go programs subclass it).
func NewStage_Override(outer Stage, a1 constructs.Construct, a2 *string, a3 *StageProps) {
	l2.Override(outer, NewStage(a1, a2, a3))
}

// NewTokenAuthorizer_Override initialises outer, a type embedding TokenAuthorizer (how Go programs subclass it).
func NewTokenAuthorizer_Override(outer TokenAuthorizer, a1 constructs.Construct, a2 *string, a3 *TokenAuthorizerProps) {
	l2.Override(outer, NewTokenAuthorizer(a1, a2, a3))
}

// NewUsagePlan_Override initialises outer, a type embedding UsagePlan (how Go programs subclass it).
func NewUsagePlan_Override(outer UsagePlan, a1 constructs.Construct, a2 *string, a3 *UsagePlanProps) {
	l2.Override(outer, NewUsagePlan(a1, a2, a3))
}

// NewAccessLogFormat is a format of your own, as AccessLogFormat_Custom.
func NewAccessLogFormat(format *string) AccessLogFormat { return AccessLogFormat_Custom(format) }

// Cors holds the CORS constants (Cors_ALL_ORIGINS, ...) as statics.
type Cors interface{}

// IdentitySource builds authorizer identity sources (IdentitySource_*).
type IdentitySource interface{}

type identitySourceClass struct{}

// NewIdentitySource returns an IdentitySource; its statics are what count.
func NewIdentitySource() IdentitySource { return identitySourceClass{} }

// ApiKey_IsConstruct reports whether x is a construct.
func ApiKey_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// ApiKey_IsResource reports whether construct is a resource.
func ApiKey_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// ApiKey_IsOwnedResource reports whether construct is a resource created in this app.
func ApiKey_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// ApiKey_PROPERTY_INJECTION_ID identifies the class to property injectors.
func ApiKey_PROPERTY_INJECTION_ID() *string { return jsii.String("aws-cdk-lib.aws-apigateway.ApiKey") }

// Authorizer_IsConstruct reports whether x is a construct.
func Authorizer_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Authorizer_IsResource reports whether construct is a resource.
func Authorizer_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// Authorizer_IsOwnedResource reports whether construct is a resource created in this app.
func Authorizer_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// GatewayResponse_IsConstruct reports whether x is a construct.
func GatewayResponse_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// GatewayResponse_IsResource reports whether construct is a resource.
func GatewayResponse_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// GatewayResponse_IsOwnedResource reports whether construct is a resource created in this app.
func GatewayResponse_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// GatewayResponse_PROPERTY_INJECTION_ID identifies the class to property injectors.
func GatewayResponse_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-apigateway.GatewayResponse")
}

// Model_PROPERTY_INJECTION_ID identifies the class to property injectors.
func Model_PROPERTY_INJECTION_ID() *string { return jsii.String("aws-cdk-lib.aws-apigateway.Model") }

type importedGatewayResponse struct {
	awscdk.Resource
	ref interfacesawsapigateway.GatewayResponseReference
}

func (g *importedGatewayResponse) GatewayResponseRef() *interfacesawsapigateway.GatewayResponseReference {
	return &g.ref
}

// GatewayResponse_FromGatewayResponseId imports a gateway response by ID.
func GatewayResponse_FromGatewayResponseId(scope constructs.Construct, id *string, gatewayResponseId *string) IGatewayResponse {
	g := &importedGatewayResponse{ref: interfacesawsapigateway.GatewayResponseReference{GatewayResponseId: gatewayResponseId}}
	g.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(g.Resource, g)
	return g
}

// The definitions' statics, reachable from each definition class as in aws-cdk-go.

// AssetApiDefinition_FromAsset is ApiDefinition_FromAsset.
func AssetApiDefinition_FromAsset(file *string, options *awss3assets.AssetOptions) AssetApiDefinition {
	return ApiDefinition_FromAsset(file, options)
}

// AssetApiDefinition_FromBucket is ApiDefinition_FromBucket.
func AssetApiDefinition_FromBucket(bucket awss3.IBucket, key *string, objectVersion *string) S3ApiDefinition {
	return ApiDefinition_FromBucket(bucket, key, objectVersion)
}

// AssetApiDefinition_FromInline is ApiDefinition_FromInline.
func AssetApiDefinition_FromInline(definition interface{}) InlineApiDefinition {
	return ApiDefinition_FromInline(definition)
}

// InlineApiDefinition_FromAsset is ApiDefinition_FromAsset.
func InlineApiDefinition_FromAsset(file *string, options *awss3assets.AssetOptions) AssetApiDefinition {
	return ApiDefinition_FromAsset(file, options)
}

// InlineApiDefinition_FromBucket is ApiDefinition_FromBucket.
func InlineApiDefinition_FromBucket(bucket awss3.IBucket, key *string, objectVersion *string) S3ApiDefinition {
	return ApiDefinition_FromBucket(bucket, key, objectVersion)
}

// InlineApiDefinition_FromInline is ApiDefinition_FromInline.
func InlineApiDefinition_FromInline(definition interface{}) InlineApiDefinition {
	return ApiDefinition_FromInline(definition)
}

// S3ApiDefinition_FromAsset is ApiDefinition_FromAsset.
func S3ApiDefinition_FromAsset(file *string, options *awss3assets.AssetOptions) AssetApiDefinition {
	return ApiDefinition_FromAsset(file, options)
}

// S3ApiDefinition_FromBucket is ApiDefinition_FromBucket.
func S3ApiDefinition_FromBucket(bucket awss3.IBucket, key *string, objectVersion *string) S3ApiDefinition {
	return ApiDefinition_FromBucket(bucket, key, objectVersion)
}

// S3ApiDefinition_FromInline is ApiDefinition_FromInline.
func S3ApiDefinition_FromInline(definition interface{}) InlineApiDefinition {
	return ApiDefinition_FromInline(definition)
}

// RequestAuthorizer_IsAuthorizer reports whether x is an authorizer of this package.
func RequestAuthorizer_IsAuthorizer(x interface{}) *bool { return Authorizer_IsAuthorizer(x) }

// RequestAuthorizer_IsConstruct reports whether x is a construct.
func RequestAuthorizer_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// RequestAuthorizer_IsOwnedResource reports whether construct is a resource created in this app.
func RequestAuthorizer_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// RequestAuthorizer_IsResource reports whether construct is a resource.
func RequestAuthorizer_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// RequestAuthorizer_PROPERTY_INJECTION_ID identifies the class to property injectors.
func RequestAuthorizer_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-apigateway.RequestAuthorizer")
}

// RequestValidator_IsOwnedResource reports whether construct is a resource created in this app.
func RequestValidator_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// RequestValidator_IsResource reports whether construct is a resource.
func RequestValidator_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// RequestValidator_PROPERTY_INJECTION_ID identifies the class to property injectors.
func RequestValidator_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-apigateway.RequestValidator")
}

// ResourceBase_IsConstruct reports whether x is a construct.
func ResourceBase_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// ResourceBase_IsOwnedResource reports whether construct is a resource created in this app.
func ResourceBase_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// ResourceBase_IsResource reports whether construct is a resource.
func ResourceBase_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// RestApiBase_IsConstruct reports whether x is a construct.
func RestApiBase_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// RestApiBase_IsOwnedResource reports whether construct is a resource created in this app.
func RestApiBase_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// RestApiBase_IsResource reports whether construct is a resource.
func RestApiBase_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// TokenAuthorizer_IsAuthorizer reports whether x is an authorizer of this package.
func TokenAuthorizer_IsAuthorizer(x interface{}) *bool { return Authorizer_IsAuthorizer(x) }

// TokenAuthorizer_IsConstruct reports whether x is a construct.
func TokenAuthorizer_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// TokenAuthorizer_IsOwnedResource reports whether construct is a resource created in this app.
func TokenAuthorizer_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// TokenAuthorizer_IsResource reports whether construct is a resource.
func TokenAuthorizer_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// TokenAuthorizer_PROPERTY_INJECTION_ID identifies the class to property injectors.
func TokenAuthorizer_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-apigateway.TokenAuthorizer")
}

// UsagePlan_IsConstruct reports whether x is a construct.
func UsagePlan_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// UsagePlan_IsOwnedResource reports whether construct is a resource created in this app.
func UsagePlan_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// UsagePlan_IsResource reports whether construct is a resource.
func UsagePlan_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// UsagePlan_PROPERTY_INJECTION_ID identifies the class to property injectors.
func UsagePlan_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-apigateway.UsagePlan")
}

// ProxyResource_FromResourceAttributes imports a resource, as
// Resource_FromResourceAttributes.
func ProxyResource_FromResourceAttributes(scope constructs.Construct, id *string, attrs *ResourceAttributes) IResource {
	return Resource_FromResourceAttributes(scope, id, attrs)
}

// RequestValidator_FromRequestValidatorId imports a request validator by ID.
func RequestValidator_FromRequestValidatorId(scope constructs.Construct, id *string, requestValidatorId *string) IRequestValidator {
	v := &requestValidator{id: requestValidatorId}
	v.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(v.Resource, v)
	return v
}

// UsagePlan_FromUsagePlanId imports a usage plan by ID; keys may still be
// added to it.
func UsagePlan_FromUsagePlanId(scope constructs.Construct, id *string, usagePlanId *string) IUsagePlan {
	p := &usagePlan{id: usagePlanId}
	p.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(p.Resource, p)
	return p
}

// NewIdentitySource_Override initialises outer, a type embedding
// IdentitySource (how Go programs subclass it).
func NewIdentitySource_Override(outer IdentitySource) { l2.Override(outer, NewIdentitySource()) }

// NewAccessLogFormat_Override initialises outer, a type embedding
// AccessLogFormat (how Go programs subclass it).
func NewAccessLogFormat_Override(outer AccessLogFormat, format *string) {
	l2.Override(outer, NewAccessLogFormat(format))
}

// baseApiDefinition is what a Go subclass of ApiDefinition inherits: no
// work after the API is made, and a Bind it must define itself.
type baseApiDefinition struct{}

func (baseApiDefinition) Bind(scope constructs.Construct) *ApiDefinitionConfig {
	l2.Throw(scope, "an ApiDefinition subclass must define Bind")
	return nil
}
func (baseApiDefinition) BindAfterCreate(constructs.Construct, interfacesawsapigateway.IRestApiRef) {}

// NewApiDefinition_Override initialises outer, a type embedding
// ApiDefinition that defines Bind (how Go programs write definitions of
// their own).
func NewApiDefinition_Override(outer ApiDefinition) {
	l2.Override(outer, ApiDefinition(baseApiDefinition{}))
}
