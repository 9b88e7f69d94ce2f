package awsapigateway

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsapigateway"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// NewRestApiBase_Override initialises a, a program's own API type that
// embeds RestApiBase (aws-cdk-lib's `class X extends RestApiBase`). The
// type defines the abstract members itself: RestApiId,
// RestApiRootResourceId, Root and AddToResourcePolicy. The base names the
// API (props.RestApiName, else id), keeps DeploymentStage, the resource
// policy and CloudWatch account the program sets, and its methods (URLs,
// execute-api ARNs, API keys, usage plans, domain names, gateway
// responses, metrics, GrantInvokeFromVpcEndpointsOnly) work on a. As in
// aws-cdk-lib, the rest of RestApiBaseProps belongs to the concrete APIs'
// own constructors and is not read here.
func NewRestApiBase_Override(a RestApiBase, scope constructs.Construct, id *string, props *RestApiBaseProps) {
	name := id
	if props != nil && props.RestApiName != nil {
		name = props.RestApiName
	}
	b := &abstractRestApi{name: name}
	b.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: name})
	l2.OverrideAbstract(a, RestApiBase(b))
	b.outer = a
}

// abstractRestApi is the base a program's RestApiBase type embeds; outer
// is that type. Its own answers to the abstract members are aws-cdk-lib's
// undefined.
type abstractRestApi struct {
	awscdk.Resource
	outer        RestApiBase
	name         *string
	stage        Stage
	cwAccount    CfnAccount
	policy       awsiam.PolicyDocument
	domain       DomainName
	vpcEndpoints []awsec2.IVpcEndpoint
}

func (a *abstractRestApi) RestApiId() *string             { return nil }
func (a *abstractRestApi) RestApiRootResourceId() *string { return nil }
func (a *abstractRestApi) Root() IResource                { return nil }

// AddToResourcePolicy is abstract: a type that does not define it adds
// nothing.
func (a *abstractRestApi) AddToResourcePolicy(awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult {
	return &awsiam.AddToResourcePolicyResult{StatementAdded: jsii.Bool(false)}
}

func (a *abstractRestApi) RestApiName() *string                      { return a.name }
func (a *abstractRestApi) DeploymentStage() Stage                    { return a.stage }
func (a *abstractRestApi) SetDeploymentStage(s Stage)                { a.stage = s }
func (a *abstractRestApi) CloudWatchAccount() CfnAccount             { return a.cwAccount }
func (a *abstractRestApi) SetCloudWatchAccount(v CfnAccount)         { a.cwAccount = v }
func (a *abstractRestApi) ResourcePolicy() awsiam.PolicyDocument     { return a.policy }
func (a *abstractRestApi) SetResourcePolicy(v awsiam.PolicyDocument) { a.policy = v }

// LatestDeployment: only the concrete APIs' constructors make one.
func (a *abstractRestApi) LatestDeployment() Deployment { return nil }

// DomainName is the API's first custom domain, nil without one.
func (a *abstractRestApi) DomainName() DomainName { return a.domain }

func (a *abstractRestApi) RestApiRef() *interfacesawsapigateway.RestApiReference {
	return &interfacesawsapigateway.RestApiReference{RestApiId: a.outer.RestApiId()}
}

// Url is the URL of the API's deployment stage.
func (a *abstractRestApi) Url() *string { return a.UrlForPath(nil) }

// UrlForPath is the URL of path on the API's deployment stage.
func (a *abstractRestApi) UrlForPath(path *string) *string {
	stage := a.outer.DeploymentStage()
	if stage == nil || isNil(stage) {
		l2.Throw(a, "Cannot determine deployment stage for API from \"deploymentStage\". Use \"deploy\" or explicitly set \"deploymentStage\"")
	}
	if path == nil {
		path = jsii.String("/")
	}
	return stage.UrlForPath(path)
}

func (a *abstractRestApi) ArnForExecuteApi(method *string, path *string, stage *string) *string {
	return arnForExecuteApi(a, a.outer.RestApiId(), method, path, stage)
}

// AddDomainName maps the API at a custom domain; the first one added is
// the API's DomainName().
func (a *abstractRestApi) AddDomainName(id *string, options *DomainNameOptions) DomainName {
	if options == nil {
		l2.Throw(a, "AddDomainName needs options with a DomainName and a Certificate")
	}
	d := NewDomainName(a, id, &DomainNameProps{Certificate: options.Certificate, DomainName: options.DomainName,
		BasePath: options.BasePath, EndpointAccessMode: options.EndpointAccessMode, EndpointType: options.EndpointType,
		Mtls: options.Mtls, SecurityPolicy: options.SecurityPolicy, Mapping: a.outer})
	if a.domain == nil {
		a.domain = d
	}
	return d
}

// AddUsagePlan adds a usage plan to the API.
func (a *abstractRestApi) AddUsagePlan(id *string, props *UsagePlanProps) UsagePlan {
	return NewUsagePlan(a, id, props)
}

// AddGatewayResponse customizes a response of the API.
func (a *abstractRestApi) AddGatewayResponse(id *string, options *GatewayResponseOptions) GatewayResponse {
	p := &GatewayResponseProps{RestApi: a.outer}
	if options != nil {
		p.Type, p.ResponseHeaders, p.StatusCode, p.Templates = options.Type, options.ResponseHeaders, options.StatusCode, options.Templates
	}
	return NewGatewayResponse(a, id, p)
}

// AddApiKey adds an API key for the API's deployment stage.
func (a *abstractRestApi) AddApiKey(id *string, options *ApiKeyOptions) IApiKey {
	return NewApiKey(a, id, apiKeyProps(options, &ApiKeyProps{Stages: &[]IStage{a.outer.DeploymentStage()}}))
}

// GrantInvokeFromVpcEndpointsOnly denies invocations from anywhere but
// the given endpoints (and those of earlier calls), through the type's
// AddToResourcePolicy.
func (a *abstractRestApi) GrantInvokeFromVpcEndpointsOnly(vpcEndpoints *[]awsec2.IVpcEndpoint) {
	if vpcEndpoints != nil {
		a.vpcEndpoints = append(a.vpcEndpoints, *vpcEndpoints...)
	}
	grantVpcEndpointsOnly(&a.vpcEndpoints, a.outer.AddToResourcePolicy)
}

func (a *abstractRestApi) apiMetric(name, stat string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return gatewayMetric(a.outer, map[string]*string{"ApiName": a.outer.RestApiName()}, jsii.String(name), stat, props)
}

// Metric is the API's metricName metric (by ApiName, every stage).
func (a *abstractRestApi) Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return a.apiMetric(*metricName, "", props)
}
func (a *abstractRestApi) MetricClientError(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return a.apiMetric(metric4xx, statSum, props)
}
func (a *abstractRestApi) MetricServerError(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return a.apiMetric(metric5xx, statSum, props)
}
func (a *abstractRestApi) MetricCacheHitCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return a.apiMetric(metricCacheHit, statSum, props)
}
func (a *abstractRestApi) MetricCacheMissCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return a.apiMetric(metricCacheMiss, statSum, props)
}
func (a *abstractRestApi) MetricCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return a.apiMetric(metricCount, statSampleCount, props)
}
func (a *abstractRestApi) MetricIntegrationLatency(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return a.apiMetric(metricIntegration, statAverage, props)
}
func (a *abstractRestApi) MetricLatency(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return a.apiMetric(metricLatency, statAverage, props)
}
