package awsapigatewayv2

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapigateway"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsapigatewayv2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

const defaultStageName = "$default"

// IStage is an API Gateway v2 stage.
type IStage interface {
	awscdk.IResource
	interfacesawsapigatewayv2.IStageRef
	AddStageVariable(name *string, value *string)
	Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	StageName() *string
	Url() *string
}

// IHttpStageRef is a reference to an HTTP API stage.
type IHttpStageRef interface {
	interfacesawsapigatewayv2.IStageRef
	IsHttpStage() *bool
}

// IHttpStage is an HTTP API stage.
type IHttpStage interface {
	IHttpStageRef
	IStage
	Api() IHttpApi
	DomainUrl() *string
	MetricClientError(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricDataProcessed(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricIntegrationLatency(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricLatency(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricServerError(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
}

// HttpStageOptions are the options of HttpApi.AddStage.
//
// aws-cdk-go's AccessLogSettings needs awsapigateway's AccessLogFormat,
// which this package cannot import while awsapigateway imports it.
type HttpStageOptions struct {
	AccessLogSettings      IAccessLogSettings    `field:"optional" json:"accessLogSettings" yaml:"accessLogSettings"`
	AutoDeploy             *bool                 `field:"optional" json:"autoDeploy" yaml:"autoDeploy"`
	DomainMapping          *DomainMappingOptions `field:"optional" json:"domainMapping" yaml:"domainMapping"`
	Description            *string               `field:"optional" json:"description" yaml:"description"`
	DetailedMetricsEnabled *bool                 `field:"optional" json:"detailedMetricsEnabled" yaml:"detailedMetricsEnabled"`
	StageVariables         *map[string]*string   `field:"optional" json:"stageVariables" yaml:"stageVariables"`
	Throttle               *ThrottleSettings     `field:"optional" json:"throttle" yaml:"throttle"`
	// Default: "$default".
	StageName *string `field:"optional" json:"stageName" yaml:"stageName"`
}

// HttpStageProps are the props of NewHttpStage.
type HttpStageProps struct {
	AccessLogSettings      IAccessLogSettings    `field:"optional" json:"accessLogSettings" yaml:"accessLogSettings"`
	AutoDeploy             *bool                 `field:"optional" json:"autoDeploy" yaml:"autoDeploy"`
	DomainMapping          *DomainMappingOptions `field:"optional" json:"domainMapping" yaml:"domainMapping"`
	Description            *string               `field:"optional" json:"description" yaml:"description"`
	DetailedMetricsEnabled *bool                 `field:"optional" json:"detailedMetricsEnabled" yaml:"detailedMetricsEnabled"`
	StageVariables         *map[string]*string   `field:"optional" json:"stageVariables" yaml:"stageVariables"`
	Throttle               *ThrottleSettings     `field:"optional" json:"throttle" yaml:"throttle"`
	StageName              *string               `field:"optional" json:"stageName" yaml:"stageName"`
	HttpApi                IHttpApiRef           `field:"required" json:"httpApi" yaml:"httpApi"`
}

// HttpStageAttributes describe a stage defined outside this app.
type HttpStageAttributes struct {
	StageName *string  `field:"required" json:"stageName" yaml:"stageName"`
	Api       IHttpApi `field:"required" json:"api" yaml:"api"`
}

// HttpStage is a stage of an HTTP API (AWS::ApiGatewayV2::Stage).
type HttpStage interface {
	awscdk.Resource
	IHttpStage
	DefaultAccessLogFormat() awsapigateway.AccessLogFormat
	BaseApi() IApi
	StageRef() *interfacesawsapigatewayv2.StageReference
}

// stageBase is what owned and imported stages share.
type stageBase struct {
	awscdk.Resource
	api  IHttpApi
	name *string
}

type httpStage struct {
	stageBase
	variables *ojson.Object
	mapping   ApiMapping
}

// HttpStage_PROPERTY_INJECTION_ID is the id property injectors use for HttpStage.
func HttpStage_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-apigatewayv2.HttpStage")
}

// NewHttpStage creates a stage.
func NewHttpStage(scope constructs.Construct, id *string, props *HttpStageProps) HttpStage {
	props = l2.Inject(*HttpStage_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &HttpStageProps{}
	}
	name := props.StageName
	if name == nil {
		name = jsii.String(defaultStageName)
	}
	s := &httpStage{variables: ojson.New()}
	s.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: name})
	host.Set(s.Resource, s)
	if props.HttpApi == nil {
		l2.AddError(s, "HttpStage: httpApi is required")
		return s
	}
	s.api, _ = props.HttpApi.(IHttpApi)
	if props.StageVariables != nil {
		for _, k := range sortedKeys(*props.StageVariables) {
			s.AddStageVariable(jsii.String(k), (*props.StageVariables)[k])
		}
	}
	cfn := &CfnStageProps{
		ApiId:       props.HttpApi.ApiRef().ApiId,
		StageName:   s.PhysicalName(),
		Description: props.Description,
		StageVariables: awscdk.Lazy_Any(anyProducer(func() interface{} {
			if s.variables.Len() == 0 {
				return nil
			}
			return s.variables
		}), nil),
	}
	if props.AutoDeploy != nil {
		cfn.AutoDeploy = props.AutoDeploy
	}
	cfn.AccessLogSettings = accessLogSettings(s, s, props.AccessLogSettings, s.DefaultAccessLogFormat)
	if rs := routeSettings(props.Throttle, props.DetailedMetricsEnabled); rs != nil {
		cfn.DefaultRouteSettings = rs
	}
	NewCfnStage(s, jsii.String("Resource"), cfn)
	s.name = s.PhysicalName()
	if props.DomainMapping != nil {
		s.mapping = addDomainMapping(s, s.api, s, props.DomainMapping, nil)
	}
	return s
}

func (s *httpStage) StageName() *string { return s.name }
func (s *httpStage) Api() IHttpApi      { return s.api }
func (s *httpStage) BaseApi() IApi      { return s.api }
func (s *httpStage) IsHttpStage() *bool { return jsii.Bool(true) }
func (s *httpStage) AddStageVariable(name *string, value *string) {
	s.variables.Set(deref(name), deref(value))
}
func (s *httpStage) StageRef() *interfacesawsapigatewayv2.StageReference {
	return &interfacesawsapigatewayv2.StageReference{ApiId: s.api.ApiId(), StageName: s.name}
}

// Url is the stage's invoke URL.
func (s *httpStage) Url() *string {
	st := awscdk.Stack_Of(s)
	path := *s.name
	if path == defaultStageName {
		path = ""
	}
	return jsii.String("https://" + *s.api.ApiId() + ".execute-api." + *st.Region() + "." + *st.UrlSuffix() + "/" + path)
}

// DomainUrl is the URL of the stage's custom domain mapping.
func (s *httpStage) DomainUrl() *string {
	if s.mapping == nil {
		l2.Throw(s, "domainUrl is not available when no API mapping is associated with the Stage")
	}
	return s.mapping.DomainUrl()
}

type importedStage struct{ stageBase }

func (s *importedStage) StageName() *string { return s.name }
func (s *importedStage) Api() IHttpApi      { return s.api }
func (s *importedStage) IsHttpStage() *bool { return jsii.Bool(true) }
func (s *importedStage) AddStageVariable(*string, *string) {
	l2.Throw(s, "Cannot add stage variables to an imported stage")
}
func (s *importedStage) Url() *string {
	l2.Throw(s, "url is not available for imported stages.")
	return nil
}
func (s *importedStage) DomainUrl() *string {
	l2.Throw(s, "domainUrl is not available for imported stages.")
	return nil
}
func (s *importedStage) StageRef() *interfacesawsapigatewayv2.StageReference {
	return &interfacesawsapigatewayv2.StageReference{ApiId: s.api.ApiId(), StageName: s.name}
}

// HttpStage_FromHttpStageAttributes imports a stage.
func HttpStage_FromHttpStageAttributes(scope constructs.Construct, id *string, attrs *HttpStageAttributes) IHttpStage {
	s := &importedStage{}
	if attrs != nil {
		s.api, s.name = attrs.Api, attrs.StageName
	}
	s.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(s.Resource, s)
	return s
}
