package awsapigateway

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsapigateway"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// EndpointType is where a REST API's endpoint lives.
type EndpointType string

const (
	EndpointType_EDGE     EndpointType = "EDGE"
	EndpointType_REGIONAL EndpointType = "REGIONAL"
	EndpointType_PRIVATE  EndpointType = "PRIVATE"
)

// IpAddressType is the IP address family of an endpoint.
type IpAddressType string

const (
	IpAddressType_IPV4       IpAddressType = "IPV4"
	IpAddressType_DUAL_STACK IpAddressType = "DUAL_STACK"
)

var ipAddressTypeValues = map[IpAddressType]string{IpAddressType_IPV4: "ipv4", IpAddressType_DUAL_STACK: "dualstack"}

// ApiKeySourceType is where API Gateway reads a request's API key.
type ApiKeySourceType string

const (
	ApiKeySourceType_HEADER     ApiKeySourceType = "HEADER"
	ApiKeySourceType_AUTHORIZER ApiKeySourceType = "AUTHORIZER"
)

// EndpointConfiguration is a REST API's endpoint types. (VPC endpoints of
// private APIs wait for an awsec2 L2.)
type EndpointConfiguration struct {
	Types         *[]EndpointType `field:"required" json:"types" yaml:"types"`
	IpAddressType IpAddressType   `field:"optional" json:"ipAddressType" yaml:"ipAddressType"`
	// The endpoints Route 53 aliases are made for (private APIs).
	VpcEndpoints *[]awsec2.IVpcEndpoint `field:"optional" json:"vpcEndpoints" yaml:"vpcEndpoints"`
}

// RestApiProps are the props of NewRestApi.
type RestApiProps struct {
	DefaultCorsPreflightOptions *CorsOptions           `field:"optional" json:"defaultCorsPreflightOptions" yaml:"defaultCorsPreflightOptions"`
	DefaultIntegration          Integration            `field:"optional" json:"defaultIntegration" yaml:"defaultIntegration"`
	DefaultMethodOptions        *MethodOptions         `field:"optional" json:"defaultMethodOptions" yaml:"defaultMethodOptions"`
	CloudWatchRole              *bool                  `field:"optional" json:"cloudWatchRole" yaml:"cloudWatchRole"`
	CloudWatchRoleRemovalPolicy awscdk.RemovalPolicy   `field:"optional" json:"cloudWatchRoleRemovalPolicy" yaml:"cloudWatchRoleRemovalPolicy"`
	Deploy                      *bool                  `field:"optional" json:"deploy" yaml:"deploy"`
	DeployOptions               *StageOptions          `field:"optional" json:"deployOptions" yaml:"deployOptions"`
	Description                 *string                `field:"optional" json:"description" yaml:"description"`
	DisableExecuteApiEndpoint   *bool                  `field:"optional" json:"disableExecuteApiEndpoint" yaml:"disableExecuteApiEndpoint"`
	DomainName                  *DomainNameOptions     `field:"optional" json:"domainName" yaml:"domainName"`
	EndpointConfiguration       *EndpointConfiguration `field:"optional" json:"endpointConfiguration" yaml:"endpointConfiguration"`
	EndpointExportName          *string                `field:"optional" json:"endpointExportName" yaml:"endpointExportName"`
	EndpointTypes               *[]EndpointType        `field:"optional" json:"endpointTypes" yaml:"endpointTypes"`
	FailOnWarnings              *bool                  `field:"optional" json:"failOnWarnings" yaml:"failOnWarnings"`
	Parameters                  *map[string]*string    `field:"optional" json:"parameters" yaml:"parameters"`
	Policy                      awsiam.PolicyDocument  `field:"optional" json:"policy" yaml:"policy"`
	RestApiName                 *string                `field:"optional" json:"restApiName" yaml:"restApiName"`
	RetainDeployments           *bool                  `field:"optional" json:"retainDeployments" yaml:"retainDeployments"`
	ApiKeySourceType            ApiKeySourceType       `field:"optional" json:"apiKeySourceType" yaml:"apiKeySourceType"`
	BinaryMediaTypes            *[]*string             `field:"optional" json:"binaryMediaTypes" yaml:"binaryMediaTypes"`
	CloneFrom                   IRestApi               `field:"optional" json:"cloneFrom" yaml:"cloneFrom"`
	MinCompressionSize          awscdk.Size            `field:"optional" json:"minCompressionSize" yaml:"minCompressionSize"`
	MinimumCompressionSize      *float64               `field:"optional" json:"minimumCompressionSize" yaml:"minimumCompressionSize"`
}

// LambdaRestApiProps are the props of NewLambdaRestApi.
type LambdaRestApiProps struct {
	DefaultCorsPreflightOptions *CorsOptions           `field:"optional" json:"defaultCorsPreflightOptions" yaml:"defaultCorsPreflightOptions"`
	DefaultIntegration          Integration            `field:"optional" json:"defaultIntegration" yaml:"defaultIntegration"`
	DefaultMethodOptions        *MethodOptions         `field:"optional" json:"defaultMethodOptions" yaml:"defaultMethodOptions"`
	CloudWatchRole              *bool                  `field:"optional" json:"cloudWatchRole" yaml:"cloudWatchRole"`
	CloudWatchRoleRemovalPolicy awscdk.RemovalPolicy   `field:"optional" json:"cloudWatchRoleRemovalPolicy" yaml:"cloudWatchRoleRemovalPolicy"`
	Deploy                      *bool                  `field:"optional" json:"deploy" yaml:"deploy"`
	DeployOptions               *StageOptions          `field:"optional" json:"deployOptions" yaml:"deployOptions"`
	Description                 *string                `field:"optional" json:"description" yaml:"description"`
	DisableExecuteApiEndpoint   *bool                  `field:"optional" json:"disableExecuteApiEndpoint" yaml:"disableExecuteApiEndpoint"`
	DomainName                  *DomainNameOptions     `field:"optional" json:"domainName" yaml:"domainName"`
	EndpointConfiguration       *EndpointConfiguration `field:"optional" json:"endpointConfiguration" yaml:"endpointConfiguration"`
	EndpointExportName          *string                `field:"optional" json:"endpointExportName" yaml:"endpointExportName"`
	EndpointTypes               *[]EndpointType        `field:"optional" json:"endpointTypes" yaml:"endpointTypes"`
	FailOnWarnings              *bool                  `field:"optional" json:"failOnWarnings" yaml:"failOnWarnings"`
	Parameters                  *map[string]*string    `field:"optional" json:"parameters" yaml:"parameters"`
	Policy                      awsiam.PolicyDocument  `field:"optional" json:"policy" yaml:"policy"`
	RestApiName                 *string                `field:"optional" json:"restApiName" yaml:"restApiName"`
	RetainDeployments           *bool                  `field:"optional" json:"retainDeployments" yaml:"retainDeployments"`
	ApiKeySourceType            ApiKeySourceType       `field:"optional" json:"apiKeySourceType" yaml:"apiKeySourceType"`
	BinaryMediaTypes            *[]*string             `field:"optional" json:"binaryMediaTypes" yaml:"binaryMediaTypes"`
	CloneFrom                   IRestApi               `field:"optional" json:"cloneFrom" yaml:"cloneFrom"`
	MinCompressionSize          awscdk.Size            `field:"optional" json:"minCompressionSize" yaml:"minCompressionSize"`
	MinimumCompressionSize      *float64               `field:"optional" json:"minimumCompressionSize" yaml:"minimumCompressionSize"`
	// The function every request goes to.
	Handler awslambda.IFunction `field:"required" json:"handler" yaml:"handler"`
	// Options of the Lambda integration.
	IntegrationOptions *LambdaIntegrationOptions `field:"optional" json:"integrationOptions" yaml:"integrationOptions"`
	// Route every path to the handler with a {proxy+} resource (default true).
	Proxy *bool `field:"optional" json:"proxy" yaml:"proxy"`
}

// IRestApi is a REST API, owned or imported.
type IRestApi interface {
	awscdk.IResource
	interfacesawsapigateway.IRestApiRef
	// ArnForExecuteApi is the execute-api ARN of method on path in stage
	// (each "*" when nil).
	ArnForExecuteApi(method *string, path *string, stage *string) *string
	DeploymentStage() Stage
	SetDeploymentStage(d Stage)
	LatestDeployment() Deployment
	RestApiId() *string
	RestApiName() *string
	RestApiRootResourceId() *string
	Root() IResource
}

// RestApiBase is what RestApi and the imported APIs share.
type RestApiBase interface {
	awscdk.Resource
	IRestApi
	CloudWatchAccount() CfnAccount
	SetCloudWatchAccount(val CfnAccount)
	ResourcePolicy() awsiam.PolicyDocument
	SetResourcePolicy(val awsiam.PolicyDocument)
	Url() *string
	AddToResourcePolicy(statement awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult
	UrlForPath(path *string) *string
	// GrantInvokeFromVpcEndpointsOnly denies invocations from anywhere but
	// the given endpoints (and those of earlier calls).
	GrantInvokeFromVpcEndpointsOnly(vpcEndpoints *[]awsec2.IVpcEndpoint)
	AddApiKey(id *string, options *ApiKeyOptions) IApiKey
	// AddDomainName maps the API at a custom domain; the first is DomainName().
	AddDomainName(id *string, options *DomainNameOptions) DomainName
	DomainName() DomainName
	AddGatewayResponse(id *string, options *GatewayResponseOptions) GatewayResponse
	AddUsagePlan(id *string, props *UsagePlanProps) UsagePlan
	Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricCacheHitCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricCacheMissCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricClientError(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricIntegrationLatency(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricLatency(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricServerError(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
}

// RestApi is a REST API (AWS::ApiGateway::RestApi), deployed to a "prod"
// stage by default.
type RestApi interface {
	RestApiBase
	Methods() *[]Method
	AddModel(id *string, props *ModelOptions) Model
	AddRequestValidator(id *string, props *RequestValidatorOptions) RequestValidator
}

// LambdaRestApi is a REST API whose every request goes to one function.
type LambdaRestApi interface {
	RestApi
}

type restApi struct {
	awscdk.Resource
	self        IRestApi
	name        *string
	id          *string
	rootID      *string
	root        IResource
	latest      *deployment
	stage       Stage
	cwAccount   CfnAccount
	policy      awsiam.PolicyDocument
	methods     []Method
	deployments []*deployment
	cfn         CfnRestApi
	domain      DomainName
	// The endpoints GrantInvokeFromVpcEndpointsOnly allowed so far; every
	// statement it added reads the whole list.
	vpcEndpoints []awsec2.IVpcEndpoint
}

// RestApi_IsConstruct reports whether x is a construct.
func RestApi_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// RestApi_IsResource reports whether construct is a resource.
func RestApi_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// RestApi_IsOwnedResource reports whether construct is a resource created in this app.
func RestApi_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// RestApi_IsRestApi reports whether x is a RestApi created in this app.
func RestApi_IsRestApi(x interface{}) *bool {
	_, ok := x.(*restApi)
	return jsii.Bool(ok)
}

// RestApi_PROPERTY_INJECTION_ID identifies the class to property injectors.
func RestApi_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-apigateway.RestApi")
}

// LambdaRestApi_IsConstruct reports whether x is a construct.
func LambdaRestApi_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// LambdaRestApi_IsResource reports whether construct is a resource.
func LambdaRestApi_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// LambdaRestApi_IsOwnedResource reports whether construct is a resource created in this app.
func LambdaRestApi_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// LambdaRestApi_IsRestApi reports whether x is a RestApi created in this app.
func LambdaRestApi_IsRestApi(x interface{}) *bool { return RestApi_IsRestApi(x) }

// LambdaRestApi_PROPERTY_INJECTION_ID identifies the class to property injectors.
func LambdaRestApi_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-apigateway.LambdaRestApi")
}

// NewRestApi creates a REST API with its root resource, a deployment and
// a "prod" stage (unless props.Deploy is false) and the Endpoint output.
func NewRestApi(scope constructs.Construct, id *string, props *RestApiProps) RestApi {
	props = l2.Inject(*RestApi_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &RestApiProps{}
	}
	a := &restApi{}
	a.self = a
	name := props.RestApiName
	if name == nil {
		name = id
	}
	a.name = name
	a.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: name})
	host.Set(a.Resource, a)
	if props.MinCompressionSize != nil && props.MinimumCompressionSize != nil {
		l2.Throw(scope, "both properties minCompressionSize and minimumCompressionSize cannot be set at once.")
	}
	a.policy = props.Policy
	minSize := props.MinimumCompressionSize
	if props.MinCompressionSize != nil {
		minSize = props.MinCompressionSize.ToBytes(nil)
	}
	var cloneFrom *string
	if !isNil(props.CloneFrom) {
		cloneFrom = props.CloneFrom.RestApiId()
	}
	cfn := NewCfnRestApi(a, jsii.String("Resource"), &CfnRestApiProps{
		Name: a.PhysicalName(), Description: props.Description,
		Policy:                 &lazyAny{func() interface{} { return a.policy }},
		FailOnWarnings:         props.FailOnWarnings,
		MinimumCompressionSize: minSize, BinaryMediaTypes: props.BinaryMediaTypes,
		EndpointConfiguration: a.endpointConfiguration(props.EndpointTypes, props.EndpointConfiguration),
		ApiKeySourceType:      strOrNil(string(props.ApiKeySourceType)), CloneFrom: cloneFrom,
		Parameters: orNilOrdered(sortedStrings(props.Parameters)), DisableExecuteApiEndpoint: props.DisableExecuteApiEndpoint,
	})
	a.Node().SetDefaultChild(cfn)
	a.cfn = cfn
	a.id = cfn.Ref()
	a.configureCloudWatchRole(cfn, props.CloudWatchRole, props.CloudWatchRoleRemovalPolicy)
	a.configureDeployment(props.Deploy, props.DeployOptions, props.Description, props.RetainDeployments, props.EndpointExportName)
	if props.DomainName != nil {
		a.AddDomainName(jsii.String("CustomDomain"), props.DomainName)
	}
	a.rootID = cfn.AttrRootResourceId()
	a.root = newRootResource(a, a, &ResourceOptions{DefaultCorsPreflightOptions: props.DefaultCorsPreflightOptions,
		DefaultIntegration: props.DefaultIntegration, DefaultMethodOptions: props.DefaultMethodOptions}, a.rootID)
	a.Node().AddValidation(l2.Validation(func() []string {
		if len(a.methods) == 0 {
			return []string{"The REST API doesn't contain any methods"}
		}
		return nil
	}))
	return a
}

func strOrNil(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func (a *restApi) endpointConfiguration(types *[]EndpointType, conf *EndpointConfiguration) *CfnRestApi_EndpointConfigurationProperty {
	if types != nil && conf != nil {
		l2.Throw(a, "Only one of the RestApi props, endpointTypes or endpointConfiguration, is allowed")
	}
	render := func(ts []EndpointType) *[]*string {
		out := make([]*string, len(ts))
		for i, t := range ts {
			out[i] = jsii.String(string(t))
		}
		return &out
	}
	if conf != nil {
		var ts []EndpointType
		if conf.Types != nil {
			ts = *conf.Types
		}
		private := false
		for _, t := range ts {
			private = private || t == EndpointType_PRIVATE
		}
		if private && conf.IpAddressType == IpAddressType_IPV4 {
			l2.Throw(a, "Private APIs can only have a dualstack IP address type.")
		}
		var ids *[]*string
		if conf.VpcEndpoints != nil {
			list := make([]*string, len(*conf.VpcEndpoints))
			for i, e := range *conf.VpcEndpoints {
				list[i] = e.VpcEndpointId()
			}
			ids = &list
		}
		return &CfnRestApi_EndpointConfigurationProperty{IpAddressType: strOrNil(ipAddressTypeValues[conf.IpAddressType]), Types: render(ts),
			VpcEndpointIds: ids}
	}
	if types != nil {
		return &CfnRestApi_EndpointConfigurationProperty{Types: render(*types)}
	}
	return nil
}

func (a *restApi) configureCloudWatchRole(api CfnRestApi, enabled *bool, removal awscdk.RemovalPolicy) {
	on := !*awscdk.FeatureFlags_Of(a).IsEnabled(jsii.String("@aws-cdk/aws-apigateway:disableCloudWatchRole"))
	if enabled != nil {
		on = *enabled
	}
	if !on {
		if removal != "" {
			l2.Throw(a, "'cloudWatchRole' must be enabled for 'cloudWatchRoleRemovalPolicy' to be applied.")
		}
		return
	}
	if removal == "" {
		removal = awscdk.RemovalPolicy_RETAIN
	}
	role := awsiam.NewRole(a, jsii.String("CloudWatchRole"), &awsiam.RoleProps{
		AssumedBy: awsiam.NewServicePrincipal(jsii.String("apigateway.amazonaws.com"), nil),
		ManagedPolicies: &[]awsiam.IManagedPolicy{
			awsiam.ManagedPolicy_FromAwsManagedPolicyName(jsii.String("service-role/AmazonAPIGatewayPushToCloudWatchLogs"))},
	})
	role.ApplyRemovalPolicy(removal)
	a.cwAccount = NewCfnAccount(a, jsii.String("Account"), &CfnAccountProps{CloudWatchRoleArn: role.RoleArn()})
	a.cwAccount.ApplyRemovalPolicy(removal, nil)
	a.cwAccount.Node().AddDependency(api)
}

func (a *restApi) configureDeployment(deploy *bool, options *StageOptions, description *string, retain *bool, exportName *string) {
	if deploy == nil || *deploy {
		desc := description
		if options != nil && options.Description != nil {
			desc = options.Description
		}
		if desc == nil {
			desc = jsii.String("Automatically created by the RestApi construct")
		}
		a.latest = NewDeployment(a, jsii.String("Deployment"), &DeploymentProps{Description: desc, Api: a.self, RetainDeployments: retain}).(*deployment)
		stageName := "prod"
		if options != nil && deref(options.StageName) != "" {
			stageName = *options.StageName
		}
		a.stage = NewStage(a, jsii.String("DeploymentStage."+stageName), options.props(a.latest))
		awscdk.NewCfnOutput(a, jsii.String("Endpoint"), &awscdk.CfnOutputProps{ExportName: exportName, Value: a.UrlForPath(nil)})
	} else if options != nil {
		l2.Throw(a, "Cannot set 'deployOptions' if 'deploy' is disabled")
	}
}

func (a *restApi) RestApiId() *string             { return a.id }
func (a *restApi) RestApiName() *string           { return a.name }
func (a *restApi) RestApiRootResourceId() *string { return a.rootID }
func (a *restApi) Root() IResource                { return a.root }
func (a *restApi) DeploymentStage() Stage         { return a.stage }
func (a *restApi) SetDeploymentStage(s Stage)     { a.stage = s }
func (a *restApi) CloudWatchAccount() CfnAccount  { return a.cwAccount }
func (a *restApi) SetCloudWatchAccount(v CfnAccount) {
	a.cwAccount = v
}
func (a *restApi) ResourcePolicy() awsiam.PolicyDocument     { return a.policy }
func (a *restApi) SetResourcePolicy(v awsiam.PolicyDocument) { a.policy = v }
func (a *restApi) RestApiRef() *interfacesawsapigateway.RestApiReference {
	return &interfacesawsapigateway.RestApiReference{RestApiId: a.id}
}

func (a *restApi) LatestDeployment() Deployment {
	if a.latest == nil {
		return nil
	}
	return a.latest
}

func (a *restApi) Methods() *[]Method {
	out := append([]Method(nil), a.methods...)
	return &out
}

// Url is the URL of the API's deployment stage.
func (a *restApi) Url() *string { return a.UrlForPath(nil) }

// UrlForPath is the URL of path on the API's deployment stage.
func (a *restApi) UrlForPath(path *string) *string {
	if isNil(a.stage) {
		l2.Throw(a, "Cannot determine deployment stage for API from \"deploymentStage\". Use \"deploy\" or explicitly set \"deploymentStage\"")
	}
	if path == nil {
		path = jsii.String("/")
	}
	return a.stage.UrlForPath(path)
}

func (a *restApi) ArnForExecuteApi(method *string, path *string, stage *string) *string {
	return arnForExecuteApi(a, a.id, method, path, stage)
}

func arnForExecuteApi(scope constructs.IConstruct, restApiID, method, path, stage *string) *string {
	m, p, s := "*", "/*", "*"
	if method != nil {
		m = *method
	}
	if path != nil {
		p = *path
	}
	if stage != nil {
		s = *stage
	}
	if !isUnresolved(p) && !strings.HasPrefix(p, "/") {
		l2.Throw(scope, "\"path\" must begin with a \"/\": '%s'", p)
	}
	if strings.ToUpper(m) == "ANY" {
		m = "*"
	}
	return awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{Service: jsii.String("execute-api"), Resource: restApiID,
		ArnFormat: awscdk.ArnFormat_SLASH_RESOURCE_NAME, ResourceName: jsii.String(s + "/" + m + p)})
}

// AddToResourcePolicy adds a statement to the API's resource policy.
func (a *restApi) AddToResourcePolicy(statement awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult {
	if a.policy == nil {
		a.policy = awsiam.NewPolicyDocument(nil)
	}
	a.policy.AddStatements(statement)
	return &awsiam.AddToResourcePolicyResult{StatementAdded: jsii.Bool(true), PolicyDependable: a}
}

func (a *restApi) GrantInvokeFromVpcEndpointsOnly(vpcEndpoints *[]awsec2.IVpcEndpoint) {
	if vpcEndpoints != nil {
		a.vpcEndpoints = append(a.vpcEndpoints, *vpcEndpoints...)
	}
	grantVpcEndpointsOnly(&a.vpcEndpoints, a.AddToResourcePolicy)
}

// grantVpcEndpointsOnly adds the two statements that let only the
// endpoints in *endpoints (read at synthesis, so later calls count)
// invoke the API.
func grantVpcEndpointsOnly(endpoints *[]awsec2.IVpcEndpoint, add func(awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult) {
	ids := awscdk.Lazy_List(listProducer(func() *[]*string {
		out := make([]*string, 0, len(*endpoints))
		seen := map[awsec2.IVpcEndpoint]bool{}
		for _, e := range *endpoints {
			if !seen[e] {
				seen[e] = true
				out = append(out, e.VpcEndpointId())
			}
		}
		return &out
	}), nil)
	invoke := func(effect awsiam.Effect, conditions *map[string]interface{}) awsiam.PolicyStatement {
		return awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Principals: &[]awsiam.IPrincipal{awsiam.NewAnyPrincipal()},
			Actions: jsii.Strings("execute-api:Invoke"), Resources: jsii.Strings("execute-api:/*"), Effect: effect, Conditions: conditions})
	}
	add(invoke(awsiam.Effect_DENY, &map[string]interface{}{"StringNotEquals": map[string]interface{}{"aws:SourceVpce": ids}}))
	add(invoke(awsiam.Effect_ALLOW, nil))
}

type listProducer func() *[]*string

func (p listProducer) Produce() *[]*string { return p() }

func (a *restApi) attachMethod(m *method) {
	a.methods = append(a.methods, m)
	for _, d := range a.deployments {
		d.addMethodDependency(m)
	}
}

func (a *restApi) attachDeployment(d *deployment) {
	a.deployments = append(a.deployments, d)
	for _, m := range a.methods {
		d.addMethodDependency(m.(*method))
	}
}

func (a *restApi) attachStage(s *stage) {
	if a.cwAccount != nil {
		s.Node().AddDependency(a.cwAccount)
	}
}

// NewLambdaRestApi creates a REST API that sends every request to
// props.Handler (through a {proxy+} resource unless props.Proxy is false).
func NewLambdaRestApi(scope constructs.Construct, id *string, props *LambdaRestApiProps) LambdaRestApi {
	props = l2.Inject(*LambdaRestApi_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || isNil(props.Handler) {
		l2.Throw(scope, "LambdaRestApi %s needs props.Handler, the function every request goes to", deref(id))
	}
	if !isNil(props.DefaultIntegration) {
		l2.Throw(scope, "Cannot specify \"defaultIntegration\" since Lambda integration is automatically defined")
	}
	p := &RestApiProps{
		DefaultCorsPreflightOptions: props.DefaultCorsPreflightOptions,
		DefaultIntegration:          NewLambdaIntegration(props.Handler, props.IntegrationOptions),
		DefaultMethodOptions:        props.DefaultMethodOptions, CloudWatchRole: props.CloudWatchRole,
		CloudWatchRoleRemovalPolicy: props.CloudWatchRoleRemovalPolicy, Deploy: props.Deploy, DeployOptions: props.DeployOptions,
		Description: props.Description, DisableExecuteApiEndpoint: props.DisableExecuteApiEndpoint, DomainName: props.DomainName,
		EndpointConfiguration: props.EndpointConfiguration, EndpointExportName: props.EndpointExportName,
		EndpointTypes: props.EndpointTypes, FailOnWarnings: props.FailOnWarnings, Parameters: props.Parameters,
		Policy: props.Policy, RestApiName: props.RestApiName, RetainDeployments: props.RetainDeployments,
		ApiKeySourceType: props.ApiKeySourceType, BinaryMediaTypes: props.BinaryMediaTypes, CloneFrom: props.CloneFrom,
		MinCompressionSize: props.MinCompressionSize, MinimumCompressionSize: props.MinimumCompressionSize,
	}
	a := NewRestApi(scope, id, p).(*restApi)
	if props.Proxy == nil || *props.Proxy {
		a.root.AddProxy(nil)
		a.root.(*rootResource).proxying = true
	}
	if props.DeployOptions != nil && props.DeployOptions.Variables != nil {
		vars := *props.DeployOptions.Variables
		a.Node().AddValidation(l2.Validation(func() []string {
			for _, k := range sortedKeysStr(vars) {
				if v := deref(vars[k]); !stageVariablePattern.MatchString(v) {
					return []string{"Stage variable value " + v + " does not match the regex."}
				}
			}
			return nil
		}))
	}
	return a
}
