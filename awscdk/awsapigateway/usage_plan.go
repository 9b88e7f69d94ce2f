package awsapigateway

import (
	"math"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsapigateway"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// ApiKeyOptions configure an API key added to an API or stage.
type ApiKeyOptions struct {
	DefaultCorsPreflightOptions *CorsOptions   `field:"optional" json:"defaultCorsPreflightOptions" yaml:"defaultCorsPreflightOptions"`
	DefaultIntegration          Integration    `field:"optional" json:"defaultIntegration" yaml:"defaultIntegration"`
	DefaultMethodOptions        *MethodOptions `field:"optional" json:"defaultMethodOptions" yaml:"defaultMethodOptions"`
	ApiKeyName                  *string        `field:"optional" json:"apiKeyName" yaml:"apiKeyName"`
	Description                 *string        `field:"optional" json:"description" yaml:"description"`
	Value                       *string        `field:"optional" json:"value" yaml:"value"`
}

// ApiKeyProps are the props of NewApiKey.
type ApiKeyProps struct {
	DefaultCorsPreflightOptions *CorsOptions   `field:"optional" json:"defaultCorsPreflightOptions" yaml:"defaultCorsPreflightOptions"`
	DefaultIntegration          Integration    `field:"optional" json:"defaultIntegration" yaml:"defaultIntegration"`
	DefaultMethodOptions        *MethodOptions `field:"optional" json:"defaultMethodOptions" yaml:"defaultMethodOptions"`
	ApiKeyName                  *string        `field:"optional" json:"apiKeyName" yaml:"apiKeyName"`
	Description                 *string        `field:"optional" json:"description" yaml:"description"`
	Value                       *string        `field:"optional" json:"value" yaml:"value"`
	CustomerId                  *string        `field:"optional" json:"customerId" yaml:"customerId"`
	// Default: true.
	Enabled            *bool       `field:"optional" json:"enabled" yaml:"enabled"`
	GenerateDistinctId *bool       `field:"optional" json:"generateDistinctId" yaml:"generateDistinctId"`
	Resources          *[]IRestApi `field:"optional" json:"resources" yaml:"resources"`
	Stages             *[]IStage   `field:"optional" json:"stages" yaml:"stages"`
}

// IApiKey is an API key.
type IApiKey interface {
	interfacesawsapigateway.IApiKeyRef
	awscdk.IResource
	KeyArn() *string
	KeyId() *string
}

// ApiKey is an API key callers send in x-api-key (AWS::ApiGateway::ApiKey).
type ApiKey interface {
	awscdk.Resource
	IApiKey
	Grants() ApiKeyGrants
	GrantRead(grantee awsiam.IGrantable) awsiam.Grant
	GrantReadWrite(grantee awsiam.IGrantable) awsiam.Grant
	GrantWrite(grantee awsiam.IGrantable) awsiam.Grant
}

type apiKey struct {
	awscdk.Resource
	id, arn *string
}

// NewApiKey creates an API key, for props.Stages or the deployment stages
// of props.Resources.
func NewApiKey(scope constructs.Construct, id *string, props *ApiKeyProps) ApiKey {
	props = l2.Inject(*ApiKey_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &ApiKeyProps{}
	}
	k := &apiKey{}
	k.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.ApiKeyName})
	host.Set(k.Resource, k)
	enabled := props.Enabled
	if enabled == nil {
		enabled = jsii.Bool(true)
	}
	cfn := &CfnApiKeyProps{CustomerId: props.CustomerId, Description: props.Description, Enabled: enabled,
		GenerateDistinctId: props.GenerateDistinctId, Name: k.PhysicalName(), Value: props.Value}
	if keys := k.stageKeys(props.Resources, props.Stages); keys != nil {
		cfn.StageKeys = &keys
	}
	res := NewCfnApiKey(k, jsii.String("Resource"), cfn)
	k.id = res.Ref()
	k.arn = awscdk.Stack_Of(k).FormatArn(&awscdk.ArnComponents{Service: jsii.String("apigateway"), Account: jsii.String(""),
		Resource: jsii.String("/apikeys"), ArnFormat: awscdk.ArnFormat_SLASH_RESOURCE_NAME, ResourceName: k.id})
	return k
}

func (k *apiKey) stageKeys(resources *[]IRestApi, stages *[]IStage) []*CfnApiKey_StageKeyProperty {
	if resources == nil && stages == nil {
		return nil
	}
	if resources != nil && stages != nil {
		l2.Throw(k, "Only one of \"resources\" or \"stages\" should be provided")
	}
	var out []*CfnApiKey_StageKeyProperty
	if resources != nil {
		for _, api := range *resources {
			if isNil(api.DeploymentStage()) {
				l2.Throw(k, "Cannot add an ApiKey to a RestApi that does not contain a \"deploymentStage\".\nEither set the RestApi.deploymentStage or create an ApiKey from a Stage")
			}
			out = append(out, &CfnApiKey_StageKeyProperty{RestApiId: api.RestApiId(), StageName: api.DeploymentStage().StageName()})
		}
		return out
	}
	for _, s := range *stages {
		ref := s.StageRef()
		out = append(out, &CfnApiKey_StageKeyProperty{RestApiId: ref.RestApiId, StageName: ref.StageName})
	}
	return out
}

func (k *apiKey) KeyId() *string  { return k.id }
func (k *apiKey) KeyArn() *string { return k.arn }
func (k *apiKey) ApiKeyRef() *interfacesawsapigateway.ApiKeyReference {
	return &interfacesawsapigateway.ApiKeyReference{ApiKeyId: k.id}
}

// ApiKey_FromApiKeyId imports an API key by ID.
func ApiKey_FromApiKeyId(scope constructs.Construct, id *string, apiKeyId *string) IApiKey {
	k := &apiKey{id: apiKeyId}
	k.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(k.Resource, k)
	k.arn = awscdk.Stack_Of(k).FormatArn(&awscdk.ArnComponents{Service: jsii.String("apigateway"), Account: jsii.String(""),
		Resource: jsii.String("/apikeys"), ArnFormat: awscdk.ArnFormat_SLASH_RESOURCE_NAME, ResourceName: apiKeyId})
	return k
}

// AddApiKey adds an API key for the API's deployment stage.
func (a *restApi) AddApiKey(id *string, options *ApiKeyOptions) IApiKey {
	return NewApiKey(a, id, apiKeyProps(options, &ApiKeyProps{Stages: &[]IStage{a.stage}}))
}

// AddApiKey adds an API key for this stage.
func (s *stage) AddApiKey(id *string, options *ApiKeyOptions) IApiKey {
	return NewApiKey(s, id, apiKeyProps(options, &ApiKeyProps{Stages: &[]IStage{s}}))
}

func apiKeyProps(o *ApiKeyOptions, p *ApiKeyProps) *ApiKeyProps {
	if o != nil {
		p.DefaultCorsPreflightOptions, p.DefaultIntegration, p.DefaultMethodOptions = o.DefaultCorsPreflightOptions, o.DefaultIntegration, o.DefaultMethodOptions
		p.ApiKeyName, p.Description, p.Value = o.ApiKeyName, o.Description, o.Value
	}
	return p
}

// Period is the period of a usage plan's quota.
type Period string

const (
	Period_DAY   Period = "DAY"
	Period_WEEK  Period = "WEEK"
	Period_MONTH Period = "MONTH"
)

// QuotaSettings limit the requests of a usage plan's keys per period.
type QuotaSettings struct {
	Limit  *float64 `field:"optional" json:"limit" yaml:"limit"`
	Offset *float64 `field:"optional" json:"offset" yaml:"offset"`
	Period Period   `field:"optional" json:"period" yaml:"period"`
}

// ThrottleSettings limit the request rate.
type ThrottleSettings struct {
	BurstLimit *float64 `field:"optional" json:"burstLimit" yaml:"burstLimit"`
	RateLimit  *float64 `field:"optional" json:"rateLimit" yaml:"rateLimit"`
}

// ThrottlingPerMethod throttles one method of a stage.
type ThrottlingPerMethod struct {
	Method   Method            `field:"required" json:"method" yaml:"method"`
	Throttle *ThrottleSettings `field:"required" json:"throttle" yaml:"throttle"`
}

// UsagePlanPerApiStage is a stage a usage plan covers.
type UsagePlanPerApiStage struct {
	Api      IRestApi                `field:"optional" json:"api" yaml:"api"`
	Stage    Stage                   `field:"optional" json:"stage" yaml:"stage"`
	Throttle *[]*ThrottlingPerMethod `field:"optional" json:"throttle" yaml:"throttle"`
}

// UsagePlanProps are the props of NewUsagePlan.
type UsagePlanProps struct {
	ApiStages   *[]*UsagePlanPerApiStage `field:"optional" json:"apiStages" yaml:"apiStages"`
	Description *string                  `field:"optional" json:"description" yaml:"description"`
	Name        *string                  `field:"optional" json:"name" yaml:"name"`
	Quota       *QuotaSettings           `field:"optional" json:"quota" yaml:"quota"`
	Throttle    *ThrottleSettings        `field:"optional" json:"throttle" yaml:"throttle"`
}

// AddApiKeyOptions configure UsagePlan.AddApiKey.
type AddApiKeyOptions struct {
	OverrideLogicalId *string `field:"optional" json:"overrideLogicalId" yaml:"overrideLogicalId"`
}

// IUsagePlan is a usage plan.
type IUsagePlan interface {
	interfacesawsapigateway.IUsagePlanRef
	awscdk.IResource
	UsagePlanId() *string
	AddApiKey(apiKey interfacesawsapigateway.IApiKeyRef, options *AddApiKeyOptions)
}

// UsagePlan sets the quota and throttling of API keys on stages
// (AWS::ApiGateway::UsagePlan).
type UsagePlan interface {
	awscdk.Resource
	IUsagePlan
	AddApiStage(apiStage *UsagePlanPerApiStage)
}

type usagePlan struct {
	awscdk.Resource
	id     *string
	stages []*UsagePlanPerApiStage
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
	cfn := &CfnUsagePlanProps{ApiStages: &lazyAny{u.renderStages}, Description: props.Description, UsagePlanName: props.Name}
	if q := props.Quota; q != nil {
		validateInteger(u, q.Limit, "Throttle quota limit")
		var limit *float64
		if q.Limit != nil && *q.Limit != 0 {
			limit = q.Limit
		}
		cfn.Quota = &CfnUsagePlan_QuotaSettingsProperty{Limit: limit, Offset: q.Offset, Period: strOrNil(string(q.Period))}
	}
	if t := u.throttle(props.Throttle); t != nil {
		cfn.Throttle = t
	}
	res := NewCfnUsagePlan(u, jsii.String("Resource"), cfn)
	if props.ApiStages != nil {
		u.stages = append(u.stages, *props.ApiStages...)
	}
	u.id = res.Ref()
	return u
}

func validateInteger(scope constructs.IConstruct, v *float64, what string) {
	if v != nil && *v != 0 && *v != math.Trunc(*v) {
		l2.Throw(scope, "%s should be an integer", what)
	}
}

func (u *usagePlan) throttle(t *ThrottleSettings) *CfnUsagePlan_ThrottleSettingsProperty {
	if t == nil {
		return nil
	}
	validateInteger(u, t.BurstLimit, "Throttle burst limit")
	return &CfnUsagePlan_ThrottleSettingsProperty{BurstLimit: t.BurstLimit, RateLimit: t.RateLimit}
}

// renderStages renders the stages added so far, when the template is written.
func (u *usagePlan) renderStages() interface{} {
	if len(u.stages) == 0 {
		return nil
	}
	var out []interface{}
	for _, s := range u.stages {
		st := ojson.New()
		if !isNil(s.Stage) {
			st.Set("ApiId", s.Stage.RestApi().RestApiId())
			st.Set("Stage", s.Stage.StageName())
		}
		throttle := ojson.New()
		if s.Throttle != nil {
			for _, m := range *s.Throttle {
				t := ojson.New()
				if m.Throttle != nil {
					validateInteger(u, m.Throttle.BurstLimit, "Throttle burst limit")
					t.Set("BurstLimit", m.Throttle.BurstLimit)
					t.Set("RateLimit", m.Throttle.RateLimit)
				}
				throttle.Set(*m.Method.Resource().Path()+"/"+*m.Method.HttpMethod(), t)
			}
		}
		st.Set("Throttle", throttle)
		out = append(out, st)
	}
	return out
}

// AddApiStage adds a stage the plan covers.
func (u *usagePlan) AddApiStage(apiStage *UsagePlanPerApiStage) {
	if apiStage != nil {
		u.stages = append(u.stages, apiStage)
	}
}

// AddApiKey puts an API key under the plan.
func (u *usagePlan) AddApiKey(key interfacesawsapigateway.IApiKeyRef, options *AddApiKeyOptions) {
	const prefix = "UsagePlanKeyResource"
	id := prefix
	if *awscdk.FeatureFlags_Of(u).IsEnabled(jsii.String("@aws-cdk/aws-apigateway:usagePlanKeyOrderInsensitiveId")) || u.Node().TryFindChild(jsii.String(prefix)) != nil {
		id = prefix + ":" + *awscdk.Names_NodeUniqueId(key.Node())
	}
	res := NewCfnUsagePlanKey(u, jsii.String(id), &CfnUsagePlanKeyProps{KeyId: key.ApiKeyRef().ApiKeyId, KeyType: jsii.String("API_KEY"), UsagePlanId: u.id})
	if options != nil && options.OverrideLogicalId != nil {
		res.OverrideLogicalId(options.OverrideLogicalId)
	}
}

func (u *usagePlan) UsagePlanId() *string { return u.id }
func (u *usagePlan) UsagePlanRef() *interfacesawsapigateway.UsagePlanReference {
	return &interfacesawsapigateway.UsagePlanReference{UsagePlanId: u.id}
}

// AddUsagePlan adds a usage plan to the API.
func (a *restApi) AddUsagePlan(id *string, props *UsagePlanProps) UsagePlan {
	return NewUsagePlan(a, id, props)
}
