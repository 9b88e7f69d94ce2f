package awsapigatewayv2

import (
	"math"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsapigateway"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// WebSocket API keys and usage plans are API Gateway (v1) resources:
// AWS::ApiGateway::ApiKey, UsagePlan and UsagePlanKey. They are written as
// plain CfnResources because awsapigateway imports this package (its
// domain names map v2 APIs), so this package cannot import its L1s; the
// properties are rendered in the L1s' (alphabetical) order.

// Period is the time unit of a usage plan's quota.
type Period string

const (
	Period_DAY   Period = "DAY"
	Period_WEEK  Period = "WEEK"
	Period_MONTH Period = "MONTH"
)

// QuotaSettings limit the requests of a usage plan over a period.
type QuotaSettings struct {
	Limit  *float64 `field:"optional" json:"limit" yaml:"limit"`
	Offset *float64 `field:"optional" json:"offset" yaml:"offset"`
	Period Period   `field:"optional" json:"period" yaml:"period"`
}

// UsagePlanPerApiStage is a WebSocket API stage a usage plan covers.
type UsagePlanPerApiStage struct {
	Api   IWebSocketApi   `field:"optional" json:"api" yaml:"api"`
	Stage IWebSocketStage `field:"optional" json:"stage" yaml:"stage"`
}

// UsagePlanProps are the props of NewUsagePlan.
type UsagePlanProps struct {
	ApiStages     *[]*UsagePlanPerApiStage `field:"optional" json:"apiStages" yaml:"apiStages"`
	Description   *string                  `field:"optional" json:"description" yaml:"description"`
	Quota         *QuotaSettings           `field:"optional" json:"quota" yaml:"quota"`
	Throttle      *ThrottleSettings        `field:"optional" json:"throttle" yaml:"throttle"`
	UsagePlanName *string                  `field:"optional" json:"usagePlanName" yaml:"usagePlanName"`
}

// AddApiKeyOptions are the options of UsagePlan.AddApiKey.
type AddApiKeyOptions struct {
	OverrideLogicalId *string `field:"optional" json:"overrideLogicalId" yaml:"overrideLogicalId"`
}

// IUsagePlan is a usage plan of WebSocket APIs.
type IUsagePlan interface {
	awscdk.IResource
	interfacesawsapigateway.IUsagePlanRef
	AddApiKey(apiKey interfacesawsapigateway.IApiKeyRef, options *AddApiKeyOptions)
	UsagePlanId() *string
}

// UsagePlan throttles and meters the API keys of WebSocket API stages (AWS::ApiGateway::UsagePlan).
type UsagePlan interface {
	awscdk.Resource
	IUsagePlan
	AddApiStage(apiStage *UsagePlanPerApiStage)
}

type usagePlanBase struct {
	awscdk.Resource
	id *string
}

func (u *usagePlanBase) UsagePlanId() *string { return u.id }
func (u *usagePlanBase) UsagePlanRef() *interfacesawsapigateway.UsagePlanReference {
	return &interfacesawsapigateway.UsagePlanReference{UsagePlanId: u.id}
}

// AddApiKey adds apiKey to the plan (an AWS::ApiGateway::UsagePlanKey).
func (u *usagePlanBase) AddApiKey(apiKey interfacesawsapigateway.IApiKeyRef, options *AddApiKeyOptions) {
	if apiKey == nil {
		l2.Throw(u, "addApiKey: an API key is required")
	}
	res := awscdk.NewCfnResource(u, jsii.String("UsagePlanKeyResource:"+*awscdk.Names_NodeUniqueId(apiKey.Node())), &awscdk.CfnResourceProps{
		Type:       jsii.String("AWS::ApiGateway::UsagePlanKey"),
		Properties: &map[string]interface{}{"KeyId": apiKey.ApiKeyRef().ApiKeyId, "KeyType": "API_KEY", "UsagePlanId": u.id},
	})
	if options != nil && options.OverrideLogicalId != nil {
		res.OverrideLogicalId(options.OverrideLogicalId)
	}
}

type usagePlan struct {
	usagePlanBase
	stages []*UsagePlanPerApiStage
}

// UsagePlan_PROPERTY_INJECTION_ID is the id property injectors use for UsagePlan.
func UsagePlan_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-apigatewayv2.websocket.UsagePlan")
}

func checkInteger(v *float64, what string) {
	if v != nil && *v != 0 && *v != math.Trunc(*v) {
		diag.Panic("", "%s should be an integer", what)
	}
}

// NewUsagePlan creates a usage plan.
func NewUsagePlan(scope constructs.Construct, id *string, props *UsagePlanProps) UsagePlan {
	props = l2.Inject(*UsagePlan_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &UsagePlanProps{}
	}
	u := &usagePlan{}
	u.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(u.Resource, u)
	p := map[string]interface{}{
		"ApiStages": awscdk.Lazy_Any(anyProducer(func() interface{} {
			var out []interface{}
			for _, s := range u.stages {
				if s.Stage != nil {
					out = append(out, map[string]interface{}{"ApiId": s.Stage.Api().ApiId(), "Stage": s.Stage.StageName()})
				}
			}
			if len(u.stages) == 0 {
				return nil
			}
			return out
		}), nil),
	}
	if props.Description != nil {
		p["Description"] = props.Description
	}
	if q := props.Quota; q != nil {
		checkInteger(q.Limit, "Throttle quota limit")
		quota := map[string]interface{}{}
		if q.Limit != nil {
			quota["Limit"] = q.Limit
		}
		if q.Offset != nil {
			quota["Offset"] = q.Offset
		}
		if q.Period != "" {
			quota["Period"] = string(q.Period)
		}
		p["Quota"] = quota
	}
	if t := props.Throttle; t != nil {
		checkInteger(t.BurstLimit, "Throttle burst limit")
		throttle := map[string]interface{}{}
		if t.BurstLimit != nil {
			throttle["BurstLimit"] = t.BurstLimit
		}
		if t.RateLimit != nil {
			throttle["RateLimit"] = t.RateLimit
		}
		p["Throttle"] = throttle
	}
	if props.UsagePlanName != nil {
		p["UsagePlanName"] = props.UsagePlanName
	}
	res := awscdk.NewCfnResource(u, jsii.String("Resource"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::ApiGateway::UsagePlan"), Properties: &p})
	u.id = res.Ref()
	if props.ApiStages != nil {
		u.stages = append(u.stages, *props.ApiStages...)
		for _, s := range *props.ApiStages {
			if s.Stage != nil {
				u.Node().AddDependency(s.Stage)
			}
			if s.Api != nil {
				u.Node().AddDependency(s.Api)
			}
		}
	}
	return u
}

// AddApiStage adds a stage to the plan.
func (u *usagePlan) AddApiStage(apiStage *UsagePlanPerApiStage) {
	if apiStage != nil {
		u.stages = append(u.stages, apiStage)
	}
}

type importedUsagePlan struct{ usagePlanBase }

// UsagePlan_FromUsagePlanId imports a usage plan.
func UsagePlan_FromUsagePlanId(scope constructs.Construct, id *string, usagePlanId *string) IUsagePlan {
	u := &importedUsagePlan{}
	u.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(u.Resource, u)
	u.id = usagePlanId
	return u
}

// ApiKeyOptions are the options every API key takes.
type ApiKeyOptions struct {
	ApiKeyName  *string `field:"optional" json:"apiKeyName" yaml:"apiKeyName"`
	Description *string `field:"optional" json:"description" yaml:"description"`
	Value       *string `field:"optional" json:"value" yaml:"value"`
}

// ApiKeyProps are the props of NewApiKey.
type ApiKeyProps struct {
	ApiKeyName         *string `field:"optional" json:"apiKeyName" yaml:"apiKeyName"`
	Description        *string `field:"optional" json:"description" yaml:"description"`
	Value              *string `field:"optional" json:"value" yaml:"value"`
	CustomerId         *string `field:"optional" json:"customerId" yaml:"customerId"`
	Enabled            *bool   `field:"optional" json:"enabled" yaml:"enabled"`
	GenerateDistinctId *bool   `field:"optional" json:"generateDistinctId" yaml:"generateDistinctId"`
}

// IApiKey is an API key of WebSocket APIs.
type IApiKey interface {
	interfacesawsapigateway.IApiKeyRef
	awscdk.IResource
	KeyArn() *string
	KeyId() *string
}

// ApiKey is an API key (AWS::ApiGateway::ApiKey).
type ApiKey interface {
	awscdk.Resource
	IApiKey
	GrantRead(grantee awsiam.IGrantable) awsiam.Grant
	GrantReadWrite(grantee awsiam.IGrantable) awsiam.Grant
	GrantWrite(grantee awsiam.IGrantable) awsiam.Grant
}

type apiKeyBase struct {
	awscdk.Resource
	id, arn *string
}

func (k *apiKeyBase) KeyId() *string  { return k.id }
func (k *apiKeyBase) KeyArn() *string { return k.arn }
func (k *apiKeyBase) ApiKeyRef() *interfacesawsapigateway.ApiKeyReference {
	return &interfacesawsapigateway.ApiKeyReference{ApiKeyId: k.id}
}

func keyRead() []string { return []string{"apigateway:GET"} }
func keyWrite() []string {
	return []string{"apigateway:POST", "apigateway:PUT", "apigateway:PATCH", "apigateway:DELETE"}
}

func (k *apiKeyBase) grant(grantee awsiam.IGrantable, actions ...[]string) awsiam.Grant {
	var all []string
	for _, a := range actions {
		all = append(all, a...)
	}
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee, Actions: jsii.Strings(all...), ResourceArns: &[]*string{k.arn}})
}

// GrantRead lets grantee read the key.
func (k *apiKeyBase) GrantRead(grantee awsiam.IGrantable) awsiam.Grant {
	return k.grant(grantee, keyRead())
}

// GrantWrite lets grantee change and delete the key.
func (k *apiKeyBase) GrantWrite(grantee awsiam.IGrantable) awsiam.Grant {
	return k.grant(grantee, keyWrite())
}

// GrantReadWrite lets grantee read, change and delete the key.
func (k *apiKeyBase) GrantReadWrite(grantee awsiam.IGrantable) awsiam.Grant {
	return k.grant(grantee, keyRead(), keyWrite())
}

func keyArn(scope constructs.IConstruct, id *string) *string {
	return awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{Service: jsii.String("apigateway"), Account: jsii.String(""),
		Resource: jsii.String("/apikeys"), ArnFormat: awscdk.ArnFormat_SLASH_RESOURCE_NAME, ResourceName: id})
}

type apiKey struct{ apiKeyBase }

// ApiKey_PROPERTY_INJECTION_ID is the id property injectors use for ApiKey.
func ApiKey_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-apigatewayv2.websocket.ApiKey")
}

// NewApiKey creates an API key (enabled unless props say otherwise).
func NewApiKey(scope constructs.Construct, id *string, props *ApiKeyProps) ApiKey {
	props = l2.Inject(*ApiKey_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &ApiKeyProps{}
	}
	k := &apiKey{}
	k.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.ApiKeyName})
	host.Set(k.Resource, k)
	p := map[string]interface{}{"Enabled": props.Enabled == nil || *props.Enabled}
	if props.CustomerId != nil {
		p["CustomerId"] = props.CustomerId
	}
	if props.Description != nil {
		p["Description"] = props.Description
	}
	if props.GenerateDistinctId != nil {
		p["GenerateDistinctId"] = props.GenerateDistinctId
	}
	if name := k.PhysicalName(); name != nil {
		p["Name"] = name
	}
	if props.Value != nil {
		p["Value"] = props.Value
	}
	res := awscdk.NewCfnResource(k, jsii.String("Resource"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::ApiGateway::ApiKey"), Properties: &p})
	k.id = res.Ref()
	k.arn = keyArn(k, k.id)
	return k
}

// ApiKey_FromApiKeyId imports an API key.
func ApiKey_FromApiKeyId(scope constructs.Construct, id *string, apiKeyId *string) IApiKey {
	k := &apiKey{}
	k.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(k.Resource, k)
	k.id = apiKeyId
	k.arn = keyArn(k, apiKeyId)
	return k
}

// RateLimitedApiKeyProps are the props of NewRateLimitedApiKey.
type RateLimitedApiKeyProps struct {
	ApiKeyName         *string                  `field:"optional" json:"apiKeyName" yaml:"apiKeyName"`
	Description        *string                  `field:"optional" json:"description" yaml:"description"`
	Value              *string                  `field:"optional" json:"value" yaml:"value"`
	CustomerId         *string                  `field:"optional" json:"customerId" yaml:"customerId"`
	Enabled            *bool                    `field:"optional" json:"enabled" yaml:"enabled"`
	GenerateDistinctId *bool                    `field:"optional" json:"generateDistinctId" yaml:"generateDistinctId"`
	ApiStages          *[]*UsagePlanPerApiStage `field:"optional" json:"apiStages" yaml:"apiStages"`
	Quota              *QuotaSettings           `field:"optional" json:"quota" yaml:"quota"`
	Throttle           *ThrottleSettings        `field:"optional" json:"throttle" yaml:"throttle"`
}

// RateLimitedApiKey is an API key with its own usage plan when stages,
// quota or throttling are given.
type RateLimitedApiKey interface {
	awscdk.Resource
	IApiKey
	GrantRead(grantee awsiam.IGrantable) awsiam.Grant
	GrantReadWrite(grantee awsiam.IGrantable) awsiam.Grant
	GrantWrite(grantee awsiam.IGrantable) awsiam.Grant
}

type rateLimitedApiKey struct{ apiKeyBase }

// RateLimitedApiKey_PROPERTY_INJECTION_ID is the id property injectors use for RateLimitedApiKey.
func RateLimitedApiKey_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-apigatewayv2.RateLimitedApiKey")
}

// NewRateLimitedApiKey creates an API key and, for stages, quota or
// throttling, a usage plan holding it.
func NewRateLimitedApiKey(scope constructs.Construct, id *string, props *RateLimitedApiKeyProps) RateLimitedApiKey {
	props = l2.Inject(*RateLimitedApiKey_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &RateLimitedApiKeyProps{}
	}
	k := &rateLimitedApiKey{}
	k.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.ApiKeyName})
	host.Set(k.Resource, k)
	key := NewApiKey(k, jsii.String("Resource"), &ApiKeyProps{ApiKeyName: props.ApiKeyName, Description: props.Description, Value: props.Value,
		CustomerId: props.CustomerId, Enabled: props.Enabled, GenerateDistinctId: props.GenerateDistinctId})
	if props.ApiStages != nil || props.Quota != nil || props.Throttle != nil {
		NewUsagePlan(k, jsii.String("UsagePlanResource"), &UsagePlanProps{ApiStages: props.ApiStages, Quota: props.Quota, Throttle: props.Throttle}).AddApiKey(key, nil)
	}
	k.id, k.arn = key.KeyId(), key.KeyArn()
	return k
}
