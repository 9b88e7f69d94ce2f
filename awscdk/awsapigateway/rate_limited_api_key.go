package awsapigateway

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// RateLimitedApiKeyProps are the props of NewRateLimitedApiKey: an API
// key's, and the usage plan's it gets when any of ApiStages, Quota or
// Throttle is set.
type RateLimitedApiKeyProps struct {
	DefaultCorsPreflightOptions *CorsOptions             `field:"optional" json:"defaultCorsPreflightOptions" yaml:"defaultCorsPreflightOptions"`
	DefaultIntegration          Integration              `field:"optional" json:"defaultIntegration" yaml:"defaultIntegration"`
	DefaultMethodOptions        *MethodOptions           `field:"optional" json:"defaultMethodOptions" yaml:"defaultMethodOptions"`
	ApiKeyName                  *string                  `field:"optional" json:"apiKeyName" yaml:"apiKeyName"`
	Description                 *string                  `field:"optional" json:"description" yaml:"description"`
	Value                       *string                  `field:"optional" json:"value" yaml:"value"`
	CustomerId                  *string                  `field:"optional" json:"customerId" yaml:"customerId"`
	Enabled                     *bool                    `field:"optional" json:"enabled" yaml:"enabled"`
	GenerateDistinctId          *bool                    `field:"optional" json:"generateDistinctId" yaml:"generateDistinctId"`
	Resources                   *[]IRestApi              `field:"optional" json:"resources" yaml:"resources"`
	Stages                      *[]IStage                `field:"optional" json:"stages" yaml:"stages"`
	ApiStages                   *[]*UsagePlanPerApiStage `field:"optional" json:"apiStages" yaml:"apiStages"`
	Quota                       *QuotaSettings           `field:"optional" json:"quota" yaml:"quota"`
	Throttle                    *ThrottleSettings        `field:"optional" json:"throttle" yaml:"throttle"`
}

// RateLimitedApiKey is an API key under a usage plan of its own.
type RateLimitedApiKey interface {
	awscdk.Resource
	IApiKey
	Grants() ApiKeyGrants
	GrantRead(grantee awsiam.IGrantable) awsiam.Grant
	GrantReadWrite(grantee awsiam.IGrantable) awsiam.Grant
	GrantWrite(grantee awsiam.IGrantable) awsiam.Grant
}

// NewRateLimitedApiKey creates an API key ("Resource") and, when props
// limit it, a usage plan ("UsagePlanResource") holding it.
func NewRateLimitedApiKey(scope constructs.Construct, id *string, props *RateLimitedApiKeyProps) RateLimitedApiKey {
	props = l2.Inject(*RateLimitedApiKey_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &RateLimitedApiKeyProps{}
	}
	k := &apiKey{}
	k.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.ApiKeyName})
	host.Set(k.Resource, k)
	inner := NewApiKey(k, jsii.String("Resource"), &ApiKeyProps{DefaultCorsPreflightOptions: props.DefaultCorsPreflightOptions,
		DefaultIntegration: props.DefaultIntegration, DefaultMethodOptions: props.DefaultMethodOptions, ApiKeyName: props.ApiKeyName,
		Description: props.Description, Value: props.Value, CustomerId: props.CustomerId, Enabled: props.Enabled,
		GenerateDistinctId: props.GenerateDistinctId, Resources: props.Resources, Stages: props.Stages})
	if props.ApiStages != nil || props.Quota != nil || props.Throttle != nil {
		NewUsagePlan(k, jsii.String("UsagePlanResource"), &UsagePlanProps{ApiStages: props.ApiStages, Quota: props.Quota,
			Throttle: props.Throttle}).AddApiKey(inner, nil)
	}
	k.id, k.arn = inner.KeyId(), inner.KeyArn()
	return k
}

// RateLimitedApiKey_IsConstruct reports whether x is a construct.
func RateLimitedApiKey_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// RateLimitedApiKey_IsResource reports whether construct is a resource.
func RateLimitedApiKey_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// RateLimitedApiKey_IsOwnedResource reports whether construct is a resource created in this app.
func RateLimitedApiKey_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// RateLimitedApiKey_PROPERTY_INJECTION_ID identifies the class to property injectors.
func RateLimitedApiKey_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-apigateway.RateLimitedApiKey")
}
