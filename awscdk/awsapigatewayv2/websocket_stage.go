package awsapigatewayv2

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapigateway"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsapigatewayv2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// StageOptions are the options every stage takes.
type StageOptions struct {
	AccessLogSettings      IAccessLogSettings    `field:"optional" json:"accessLogSettings" yaml:"accessLogSettings"`
	AutoDeploy             *bool                 `field:"optional" json:"autoDeploy" yaml:"autoDeploy"`
	Description            *string               `field:"optional" json:"description" yaml:"description"`
	DetailedMetricsEnabled *bool                 `field:"optional" json:"detailedMetricsEnabled" yaml:"detailedMetricsEnabled"`
	DomainMapping          *DomainMappingOptions `field:"optional" json:"domainMapping" yaml:"domainMapping"`
	StageVariables         *map[string]*string   `field:"optional" json:"stageVariables" yaml:"stageVariables"`
	Throttle               *ThrottleSettings     `field:"optional" json:"throttle" yaml:"throttle"`
}

// StageAttributes describe a stage defined outside this app.
type StageAttributes struct {
	StageName *string `field:"required" json:"stageName" yaml:"stageName"`
}

// IWebSocketStage is a WebSocket API stage.
type IWebSocketStage interface {
	IStage
	Api() IWebSocketApi
	CallbackUrl() *string
}

// WebSocketStageProps are the props of NewWebSocketStage.
type WebSocketStageProps struct {
	AccessLogSettings      IAccessLogSettings    `field:"optional" json:"accessLogSettings" yaml:"accessLogSettings"`
	AutoDeploy             *bool                 `field:"optional" json:"autoDeploy" yaml:"autoDeploy"`
	Description            *string               `field:"optional" json:"description" yaml:"description"`
	DetailedMetricsEnabled *bool                 `field:"optional" json:"detailedMetricsEnabled" yaml:"detailedMetricsEnabled"`
	DomainMapping          *DomainMappingOptions `field:"optional" json:"domainMapping" yaml:"domainMapping"`
	StageVariables         *map[string]*string   `field:"optional" json:"stageVariables" yaml:"stageVariables"`
	Throttle               *ThrottleSettings     `field:"optional" json:"throttle" yaml:"throttle"`
	StageName              *string               `field:"required" json:"stageName" yaml:"stageName"`
	WebSocketApi           IWebSocketApi         `field:"required" json:"webSocketApi" yaml:"webSocketApi"`
}

// WebSocketStageAttributes describe a WebSocket stage defined outside this app.
type WebSocketStageAttributes struct {
	StageName *string       `field:"required" json:"stageName" yaml:"stageName"`
	Api       IWebSocketApi `field:"required" json:"api" yaml:"api"`
}

// WebSocketStage is a stage of a WebSocket API (AWS::ApiGatewayV2::Stage).
type WebSocketStage interface {
	awscdk.Resource
	IWebSocketStage
	DefaultAccessLogFormat() awsapigateway.AccessLogFormat
	BaseApi() IApi
	StageRef() *interfacesawsapigatewayv2.StageReference
	GrantManagementApiAccess(identity awsiam.IGrantable) awsiam.Grant
}

type wsStageBase struct {
	awscdk.Resource
	api  IWebSocketApi
	name *string
}

func (s *wsStageBase) StageName() *string { return s.name }
func (s *wsStageBase) Api() IWebSocketApi { return s.api }
func (s *wsStageBase) BaseApi() IApi      { return s.api }
func (s *wsStageBase) StageRef() *interfacesawsapigatewayv2.StageReference {
	return &interfacesawsapigatewayv2.StageReference{ApiId: s.api.ApiId(), StageName: s.name}
}

// Metric is the API's metricName metric narrowed to this stage.
func (s *wsStageBase) Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	m := s.api.Metric(metricName, props)
	return m.With(&awscloudwatch.MetricOptions{DimensionsMap: &map[string]*string{"ApiId": s.api.ApiId(), "Stage": s.name}}).AttachTo(s)
}

type webSocketStage struct {
	wsStageBase
	variables *ojson.Object
	mapping   ApiMapping
}

// WebSocketStage_PROPERTY_INJECTION_ID is the id property injectors use for WebSocketStage.
func WebSocketStage_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-apigatewayv2.WebSocketStage")
}

// NewWebSocketStage creates a stage of a WebSocket API.
func NewWebSocketStage(scope constructs.Construct, id *string, props *WebSocketStageProps) WebSocketStage {
	props = l2.Inject(*WebSocketStage_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &WebSocketStageProps{}
	}
	s := &webSocketStage{variables: ojson.New()}
	s.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.StageName})
	host.Set(s.Resource, s)
	if props.WebSocketApi == nil || props.StageName == nil {
		l2.Throw(s, "WebSocketStage: webSocketApi and stageName are required")
		return s
	}
	if props.StageVariables != nil {
		for _, k := range sortedKeys(*props.StageVariables) {
			s.AddStageVariable(jsii.String(k), (*props.StageVariables)[k])
		}
	}
	s.api = props.WebSocketApi
	s.name = s.PhysicalName()
	cfn := &CfnStageProps{ApiId: s.api.ApiId(), StageName: s.name, AutoDeploy: props.AutoDeploy, Description: props.Description,
		StageVariables: awscdk.Lazy_Any(anyProducer(func() interface{} {
			if s.variables.Len() == 0 {
				return nil
			}
			return s.variables
		}), nil),
	}
	cfn.DefaultRouteSettings = routeSettings(props.Throttle, props.DetailedMetricsEnabled)
	cfn.AccessLogSettings = accessLogSettings(s, s, props.AccessLogSettings, s.DefaultAccessLogFormat)
	NewCfnStage(s, jsii.String("Resource"), cfn)
	if props.DomainMapping != nil {
		s.mapping = addDomainMapping(s, s.api, s, props.DomainMapping, nil)
	}
	return s
}

// routeSettings are a stage's default route settings, nil without throttle or metrics.
func routeSettings(throttle *ThrottleSettings, metrics *bool) *CfnStage_RouteSettingsProperty {
	if throttle == nil && !boolOr(metrics) {
		return nil
	}
	rs := &CfnStage_RouteSettingsProperty{DetailedMetricsEnabled: metrics}
	if throttle != nil {
		rs.ThrottlingBurstLimit, rs.ThrottlingRateLimit = throttle.BurstLimit, throttle.RateLimit
	}
	return rs
}

func (s *webSocketStage) AddStageVariable(name *string, value *string) {
	s.variables.Set(deref(name), deref(value))
}

// Url is the stage's wss:// URL.
func (s *webSocketStage) Url() *string {
	st := awscdk.Stack_Of(s)
	return jsii.String("wss://" + *s.api.ApiId() + ".execute-api." + *st.Region() + "." + *st.UrlSuffix() + "/" + *s.name)
}

// CallbackUrl is the https:// URL backends post to connections through.
func (s *webSocketStage) CallbackUrl() *string {
	st := awscdk.Stack_Of(s)
	return jsii.String("https://" + *s.api.ApiId() + ".execute-api." + *st.Region() + "." + *st.UrlSuffix() + "/" + *s.name)
}

// GrantManagementApiAccess lets identity manage this stage's connections.
func (s *webSocketStage) GrantManagementApiAccess(identity awsiam.IGrantable) awsiam.Grant {
	arn := awscdk.Stack_Of(s.api).FormatArn(&awscdk.ArnComponents{Service: jsii.String("execute-api"), Resource: s.api.ApiId()})
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: identity,
		Actions: jsii.Strings("execute-api:ManageConnections"), ResourceArns: jsii.Strings(*arn + "/" + *s.name + "/*/@connections/*")})
}

type importedWsStage struct{ wsStageBase }

func (s *importedWsStage) AddStageVariable(*string, *string) {
	l2.Throw(s, "Cannot add stage variables to an imported stage")
}
func (s *importedWsStage) Url() *string {
	l2.Throw(s, "url is not available for imported stages.")
	return nil
}
func (s *importedWsStage) CallbackUrl() *string {
	l2.Throw(s, "callback url is not available for imported stages.")
	return nil
}
func (s *importedWsStage) GrantManagementApiAccess(awsiam.IGrantable) awsiam.Grant {
	l2.Throw(s, "grantManagementApiAccess is not available for imported stages.")
	return nil
}

// WebSocketStage_FromWebSocketStageAttributes imports a WebSocket stage.
func WebSocketStage_FromWebSocketStageAttributes(scope constructs.Construct, id *string, attrs *WebSocketStageAttributes) IWebSocketStage {
	s := &importedWsStage{}
	if attrs != nil {
		s.api, s.name = attrs.Api, attrs.StageName
	}
	s.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(s.Resource, s)
	return s
}
