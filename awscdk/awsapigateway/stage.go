package awsapigateway

import (
	"regexp"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsapigateway"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslogs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// MethodLoggingLevel is the level of execution logs a stage writes.
type MethodLoggingLevel string

const (
	MethodLoggingLevel_OFF   MethodLoggingLevel = "OFF"
	MethodLoggingLevel_ERROR MethodLoggingLevel = "ERROR"
	MethodLoggingLevel_INFO  MethodLoggingLevel = "INFO"
)

// MethodDeploymentOptions are a stage's settings for one method (or all).
type MethodDeploymentOptions struct {
	CacheDataEncrypted   *bool              `field:"optional" json:"cacheDataEncrypted" yaml:"cacheDataEncrypted"`
	CacheTtl             awscdk.Duration    `field:"optional" json:"cacheTtl" yaml:"cacheTtl"`
	CachingEnabled       *bool              `field:"optional" json:"cachingEnabled" yaml:"cachingEnabled"`
	DataTraceEnabled     *bool              `field:"optional" json:"dataTraceEnabled" yaml:"dataTraceEnabled"`
	LoggingLevel         MethodLoggingLevel `field:"optional" json:"loggingLevel" yaml:"loggingLevel"`
	MetricsEnabled       *bool              `field:"optional" json:"metricsEnabled" yaml:"metricsEnabled"`
	ThrottlingBurstLimit *float64           `field:"optional" json:"throttlingBurstLimit" yaml:"throttlingBurstLimit"`
	ThrottlingRateLimit  *float64           `field:"optional" json:"throttlingRateLimit" yaml:"throttlingRateLimit"`
}

// StageOptions configure a stage.
type StageOptions struct {
	CacheDataEncrypted   *bool                                `field:"optional" json:"cacheDataEncrypted" yaml:"cacheDataEncrypted"`
	CacheTtl             awscdk.Duration                      `field:"optional" json:"cacheTtl" yaml:"cacheTtl"`
	CachingEnabled       *bool                                `field:"optional" json:"cachingEnabled" yaml:"cachingEnabled"`
	DataTraceEnabled     *bool                                `field:"optional" json:"dataTraceEnabled" yaml:"dataTraceEnabled"`
	LoggingLevel         MethodLoggingLevel                   `field:"optional" json:"loggingLevel" yaml:"loggingLevel"`
	MetricsEnabled       *bool                                `field:"optional" json:"metricsEnabled" yaml:"metricsEnabled"`
	ThrottlingBurstLimit *float64                             `field:"optional" json:"throttlingBurstLimit" yaml:"throttlingBurstLimit"`
	ThrottlingRateLimit  *float64                             `field:"optional" json:"throttlingRateLimit" yaml:"throttlingRateLimit"`
	AccessLogDestination IAccessLogDestination                `field:"optional" json:"accessLogDestination" yaml:"accessLogDestination"`
	AccessLogFormat      AccessLogFormat                      `field:"optional" json:"accessLogFormat" yaml:"accessLogFormat"`
	CacheClusterEnabled  *bool                                `field:"optional" json:"cacheClusterEnabled" yaml:"cacheClusterEnabled"`
	CacheClusterSize     *string                              `field:"optional" json:"cacheClusterSize" yaml:"cacheClusterSize"`
	ClientCertificateId  *string                              `field:"optional" json:"clientCertificateId" yaml:"clientCertificateId"`
	Description          *string                              `field:"optional" json:"description" yaml:"description"`
	DocumentationVersion *string                              `field:"optional" json:"documentationVersion" yaml:"documentationVersion"`
	MethodOptions        *map[string]*MethodDeploymentOptions `field:"optional" json:"methodOptions" yaml:"methodOptions"`
	StageName            *string                              `field:"optional" json:"stageName" yaml:"stageName"`
	TracingEnabled       *bool                                `field:"optional" json:"tracingEnabled" yaml:"tracingEnabled"`
	Variables            *map[string]*string                  `field:"optional" json:"variables" yaml:"variables"`
}

// StageProps are the props of NewStage.
type StageProps struct {
	CacheDataEncrypted   *bool                                `field:"optional" json:"cacheDataEncrypted" yaml:"cacheDataEncrypted"`
	CacheTtl             awscdk.Duration                      `field:"optional" json:"cacheTtl" yaml:"cacheTtl"`
	CachingEnabled       *bool                                `field:"optional" json:"cachingEnabled" yaml:"cachingEnabled"`
	DataTraceEnabled     *bool                                `field:"optional" json:"dataTraceEnabled" yaml:"dataTraceEnabled"`
	LoggingLevel         MethodLoggingLevel                   `field:"optional" json:"loggingLevel" yaml:"loggingLevel"`
	MetricsEnabled       *bool                                `field:"optional" json:"metricsEnabled" yaml:"metricsEnabled"`
	ThrottlingBurstLimit *float64                             `field:"optional" json:"throttlingBurstLimit" yaml:"throttlingBurstLimit"`
	ThrottlingRateLimit  *float64                             `field:"optional" json:"throttlingRateLimit" yaml:"throttlingRateLimit"`
	AccessLogDestination IAccessLogDestination                `field:"optional" json:"accessLogDestination" yaml:"accessLogDestination"`
	AccessLogFormat      AccessLogFormat                      `field:"optional" json:"accessLogFormat" yaml:"accessLogFormat"`
	CacheClusterEnabled  *bool                                `field:"optional" json:"cacheClusterEnabled" yaml:"cacheClusterEnabled"`
	CacheClusterSize     *string                              `field:"optional" json:"cacheClusterSize" yaml:"cacheClusterSize"`
	ClientCertificateId  *string                              `field:"optional" json:"clientCertificateId" yaml:"clientCertificateId"`
	Description          *string                              `field:"optional" json:"description" yaml:"description"`
	DocumentationVersion *string                              `field:"optional" json:"documentationVersion" yaml:"documentationVersion"`
	MethodOptions        *map[string]*MethodDeploymentOptions `field:"optional" json:"methodOptions" yaml:"methodOptions"`
	StageName            *string                              `field:"optional" json:"stageName" yaml:"stageName"`
	TracingEnabled       *bool                                `field:"optional" json:"tracingEnabled" yaml:"tracingEnabled"`
	Variables            *map[string]*string                  `field:"optional" json:"variables" yaml:"variables"`
	// The deployment the stage serves.
	Deployment Deployment `field:"required" json:"deployment" yaml:"deployment"`
}

func (o *StageOptions) props(d Deployment) *StageProps {
	p := &StageProps{Deployment: d}
	if o == nil {
		return p
	}
	p.CacheDataEncrypted, p.CacheTtl, p.CachingEnabled, p.DataTraceEnabled = o.CacheDataEncrypted, o.CacheTtl, o.CachingEnabled, o.DataTraceEnabled
	p.LoggingLevel, p.MetricsEnabled, p.ThrottlingBurstLimit, p.ThrottlingRateLimit = o.LoggingLevel, o.MetricsEnabled, o.ThrottlingBurstLimit, o.ThrottlingRateLimit
	p.AccessLogDestination, p.AccessLogFormat, p.CacheClusterEnabled, p.CacheClusterSize = o.AccessLogDestination, o.AccessLogFormat, o.CacheClusterEnabled, o.CacheClusterSize
	p.ClientCertificateId, p.Description, p.DocumentationVersion, p.MethodOptions = o.ClientCertificateId, o.Description, o.DocumentationVersion, o.MethodOptions
	p.StageName, p.TracingEnabled, p.Variables = o.StageName, o.TracingEnabled, o.Variables
	return p
}

// IStage is a stage of a REST API.
type IStage interface {
	awscdk.IResource
	interfacesawsapigateway.IStageRef
	RestApi() IRestApi
	StageName() *string
	// AddApiKey adds an API key for this stage.
	AddApiKey(id *string, options *ApiKeyOptions) IApiKey
}

// StageBase is what a stage, owned or imported, offers.
type StageBase interface {
	awscdk.Resource
	IStage
	// StageArn is the stage's ARN.
	StageArn() *string
	// UrlForPath is the URL of path on this stage.
	UrlForPath(path *string) *string
	Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricCacheHitCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricCacheMissCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricClientError(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricIntegrationLatency(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricLatency(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricServerError(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
}

// Stage is a named, callable snapshot of a REST API (AWS::ApiGateway::Stage).
type Stage interface {
	StageBase
}

type stage struct {
	awscdk.Resource
	stageName    *string
	api          IRestApi
	cacheCluster *bool
}

// Stage_IsConstruct reports whether x is a construct.
func Stage_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Stage_IsResource reports whether construct is a resource.
func Stage_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// Stage_IsOwnedResource reports whether construct is a resource created in this app.
func Stage_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// Stage_PROPERTY_INJECTION_ID identifies the class to property injectors.
func Stage_PROPERTY_INJECTION_ID() *string { return jsii.String("aws-cdk-lib.aws-apigateway.Stage") }

var requestIDField = regexp.MustCompile(`\$context.(requestId|extendedRequestId)\b`)

// NewStage creates a stage serving props.Deployment.
func NewStage(scope constructs.Construct, id *string, props *StageProps) Stage {
	props = l2.Inject(*Stage_PROPERTY_INJECTION_ID(), props, scope, id)
	s := &stage{}
	s.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(s.Resource, s)
	if props == nil || isNil(props.Deployment) {
		l2.Throw(s, "a Stage needs props.Deployment")
	}
	s.cacheCluster = props.CacheClusterEnabled
	methodSettings := s.renderMethodSettings(props)
	var accessLog *CfnStage_AccessLogSettingProperty
	if !isNil(props.AccessLogDestination) || !isNil(props.AccessLogFormat) {
		if !isNil(props.AccessLogFormat) {
			f := deref(props.AccessLogFormat.ToString())
			if !isUnresolved(f) && !requestIDField.MatchString(f) {
				l2.Throw(s, "Access log must include either `AccessLogFormat.contextRequestId()` or `AccessLogFormat.contextExtendedRequestId()`")
			}
			if isNil(props.AccessLogDestination) {
				l2.Throw(s, "Access log format is specified without a destination")
			}
		}
		accessLog = &CfnStage_AccessLogSettingProperty{DestinationArn: props.AccessLogDestination.Bind(s).DestinationArn}
		if !isNil(props.AccessLogFormat) && deref(props.AccessLogFormat.ToString()) != "" {
			accessLog.Format = props.AccessLogFormat.ToString()
		} else {
			accessLog.Format = AccessLogFormat_Clf().ToString()
		}
	}
	if props.CacheClusterSize != nil {
		if s.cacheCluster == nil {
			s.cacheCluster = jsii.Bool(true)
		} else if !*s.cacheCluster {
			l2.Throw(s, "Cannot set \"cacheClusterSize\" to %s and \"cacheClusterEnabled\" to \"false\"", *props.CacheClusterSize)
		}
	}
	var cacheSize *string
	if s.cacheCluster != nil && *s.cacheCluster {
		cacheSize = props.CacheClusterSize
		if deref(cacheSize) == "" {
			cacheSize = jsii.String("0.5")
		}
	}
	name := props.StageName
	if deref(name) == "" {
		name = jsii.String("prod")
	}
	cfnProps := &CfnStageProps{
		StageName: name, CacheClusterEnabled: s.cacheCluster, CacheClusterSize: cacheSize,
		ClientCertificateId: props.ClientCertificateId, DeploymentId: props.Deployment.DeploymentId(),
		RestApiId: props.Deployment.Api().RestApiId(), Description: props.Description,
		DocumentationVersion: props.DocumentationVersion, TracingEnabled: props.TracingEnabled,
		Variables: orNilOrdered(sortedStrings(props.Variables)),
	}
	if accessLog != nil {
		cfnProps.AccessLogSetting = accessLog
	}
	if methodSettings != nil {
		cfnProps.MethodSettings = &methodSettings
	}
	res := NewCfnStage(s, jsii.String("Resource"), cfnProps)
	s.stageName = res.Ref()
	s.api = props.Deployment.Api()
	if a, ok := s.api.(interface{ attachStage(*stage) }); ok {
		a.attachStage(s)
	}
	return s
}

func (s *stage) renderMethodSettings(props *StageProps) []*CfnStage_MethodSettingProperty {
	var out []*CfnStage_MethodSettingProperty
	common := &MethodDeploymentOptions{MetricsEnabled: props.MetricsEnabled, LoggingLevel: props.LoggingLevel,
		DataTraceEnabled: props.DataTraceEnabled, ThrottlingBurstLimit: props.ThrottlingBurstLimit,
		ThrottlingRateLimit: props.ThrottlingRateLimit, CachingEnabled: props.CachingEnabled, CacheTtl: props.CacheTtl,
		CacheDataEncrypted: props.CacheDataEncrypted}
	if common.MetricsEnabled != nil || common.LoggingLevel != "" || common.DataTraceEnabled != nil || common.ThrottlingBurstLimit != nil ||
		common.ThrottlingRateLimit != nil || common.CachingEnabled != nil || common.CacheTtl != nil || common.CacheDataEncrypted != nil {
		out = append(out, s.renderEntry("/*/*", common))
	}
	if props.MethodOptions != nil {
		// jsii hands the Go map over with its keys sorted.
		for _, path := range sortedKeys(*props.MethodOptions) {
			if o := (*props.MethodOptions)[path]; o != nil {
				out = append(out, s.renderEntry(path, o))
			}
		}
	}
	return out
}

func sortedKeys(m map[string]*MethodDeploymentOptions) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sortStrings(keys)
	return keys
}

func (s *stage) renderEntry(path string, o *MethodDeploymentOptions) *CfnStage_MethodSettingProperty {
	if o.CachingEnabled != nil && *o.CachingEnabled {
		if s.cacheCluster == nil {
			s.cacheCluster = jsii.Bool(true)
		} else if !*s.cacheCluster {
			l2.Throw(s, "Cannot enable caching for method %s since cache cluster is disabled on stage", path)
		}
	}
	httpMethod, resourcePath := s.parseMethodOptionsPath(path)
	e := &CfnStage_MethodSettingProperty{HttpMethod: jsii.String(httpMethod), ResourcePath: jsii.String(resourcePath),
		CacheDataEncrypted: o.CacheDataEncrypted, CachingEnabled: o.CachingEnabled, MetricsEnabled: o.MetricsEnabled,
		ThrottlingBurstLimit: o.ThrottlingBurstLimit, ThrottlingRateLimit: o.ThrottlingRateLimit}
	if o.CacheTtl != nil {
		e.CacheTtlInSeconds = o.CacheTtl.ToSeconds(nil)
	}
	trace := false
	if o.DataTraceEnabled != nil {
		trace = *o.DataTraceEnabled
	}
	e.DataTraceEnabled = jsii.Bool(trace)
	if o.LoggingLevel != "" {
		e.LoggingLevel = jsii.String(string(o.LoggingLevel))
	}
	return e
}

func (s *stage) parseMethodOptionsPath(original string) (string, string) {
	if !strings.HasPrefix(original, "/") {
		l2.Throw(s, "Method options path must start with '/': %s", original)
	}
	path := original[1:]
	parts := strings.Split(path, "/")
	if len(parts) < 2 {
		l2.Throw(s, "Method options path must include at least two components: /{resource}/{method} (i.e. /foo/bar/GET): %s", path)
	}
	httpMethod := strings.ToUpper(parts[len(parts)-1])
	parts = parts[:len(parts)-1]
	if httpMethod != "*" {
		if msg := validateHTTPMethod(httpMethod, original+": "); msg != "" {
			l2.Throw(s, "%s", msg)
		}
	}
	resourcePath := "/~1" + strings.Join(parts, "~1")
	if len(parts) == 1 && parts[0] == "*" {
		resourcePath = "/*"
	} else if len(parts) == 1 && parts[0] == "" {
		resourcePath = "/"
	}
	return httpMethod, resourcePath
}

func (s *stage) StageName() *string { return s.stageName }
func (s *stage) RestApi() IRestApi  { return s.api }
func (s *stage) StageRef() *interfacesawsapigateway.StageReference {
	return &interfacesawsapigateway.StageReference{RestApiId: s.api.RestApiId(), StageName: s.stageName}
}

func (s *stage) UrlForPath(path *string) *string {
	p := "/"
	if path != nil {
		p = *path
	}
	if !strings.HasPrefix(p, "/") {
		l2.Throw(s, "Path must begin with \"/\": %s", p)
	}
	st := awscdk.Stack_Of(s)
	return jsii.String("https://" + *s.api.RestApiId() + ".execute-api." + *st.Region() + "." + *st.UrlSuffix() + "/" + *s.stageName + p)
}

func (s *stage) StageArn() *string {
	// ARN format SLASH_RESOURCE_SLASH_RESOURCE_NAME ("::/restapis/..."),
	// spelt out: the core's Arn_Format leaves out the leading slash.
	return awscdk.Stack_Of(s).FormatArn(&awscdk.ArnComponents{ArnFormat: awscdk.ArnFormat_SLASH_RESOURCE_NAME,
		Service: jsii.String("apigateway"), Account: jsii.String(""), Resource: jsii.String("/restapis"),
		ResourceName: jsii.String(*s.api.RestApiId() + "/stages/" + *s.stageName)})
}

// AccessLogDestinationConfig is where a stage writes access logs.
type AccessLogDestinationConfig struct {
	DestinationArn *string `field:"required" json:"destinationArn" yaml:"destinationArn"`
}

// IAccessLogDestination is a destination of access logs.
type IAccessLogDestination interface {
	Bind(stage interfacesawsapigateway.IStageRef) *AccessLogDestinationConfig
}

// LogGroupLogDestination writes access logs to a CloudWatch Logs group.
type LogGroupLogDestination interface {
	IAccessLogDestination
}

type logGroupDestination struct {
	lg interfacesawslogs.ILogGroupRef
}

// NewLogGroupLogDestination writes access logs to logGroup.
func NewLogGroupLogDestination(logGroup interfacesawslogs.ILogGroupRef) LogGroupLogDestination {
	return &logGroupDestination{logGroup}
}

func (l *logGroupDestination) Bind(stage interfacesawsapigateway.IStageRef) *AccessLogDestinationConfig {
	if *awscdk.FeatureFlags_Of(stage).IsEnabled(jsii.String("@aws-cdk/aws-apigateway:logGroupDestinationArnWithoutWildcard")) {
		env := l.lg.Env()
		return &AccessLogDestinationConfig{DestinationArn: awscdk.Stack_Of(l.lg).FormatArn(&awscdk.ArnComponents{Service: jsii.String("logs"),
			Account: env.Account, Region: env.Region, Resource: jsii.String("log-group"),
			ResourceName: l.lg.LogGroupRef().LogGroupName, ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME})}
	}
	return &AccessLogDestinationConfig{DestinationArn: l.lg.LogGroupRef().LogGroupArn}
}

// AccessLogFormat is the format of access log lines.
type AccessLogFormat interface {
	ToString() *string
}

type accessLogFormat struct{ f string }

func (a *accessLogFormat) ToString() *string { return jsii.String(a.f) }

// AccessLogFormat_Custom is a format of your own ($context variables).
func AccessLogFormat_Custom(format *string) AccessLogFormat { return &accessLogFormat{deref(format)} }

// AccessLogFormat_Clf is the Common Log Format.
func AccessLogFormat_Clf() AccessLogFormat {
	return &accessLogFormat{`$context.identity.sourceIp $context.identity.caller $context.identity.user [$context.requestTime] "$context.httpMethod $context.resourcePath $context.protocol" $context.status $context.responseLength $context.requestId`}
}

// JsonWithStandardFieldProps choose the fields of AccessLogFormat_JsonWithStandardFields.
type JsonWithStandardFieldProps struct {
	Caller         *bool `field:"required" json:"caller" yaml:"caller"`
	HttpMethod     *bool `field:"required" json:"httpMethod" yaml:"httpMethod"`
	Ip             *bool `field:"required" json:"ip" yaml:"ip"`
	Protocol       *bool `field:"required" json:"protocol" yaml:"protocol"`
	RequestTime    *bool `field:"required" json:"requestTime" yaml:"requestTime"`
	ResourcePath   *bool `field:"required" json:"resourcePath" yaml:"resourcePath"`
	ResponseLength *bool `field:"required" json:"responseLength" yaml:"responseLength"`
	Status         *bool `field:"required" json:"status" yaml:"status"`
	User           *bool `field:"required" json:"user" yaml:"user"`
}

// AccessLogFormat_JsonWithStandardFields is a JSON line with the standard
// fields (all of them when fields is nil).
func AccessLogFormat_JsonWithStandardFields(fields *JsonWithStandardFieldProps) AccessLogFormat {
	on := func(b *bool) bool { return fields == nil || (b != nil && *b) }
	var f JsonWithStandardFieldProps
	if fields != nil {
		f = *fields
	}
	parts := []string{`"requestId":"$context.requestId"`}
	add := func(b *bool, k, v string) {
		if on(b) {
			parts = append(parts, `"`+k+`":"`+v+`"`)
		}
	}
	add(f.Ip, "ip", "$context.identity.sourceIp")
	add(f.User, "user", "$context.identity.user")
	add(f.Caller, "caller", "$context.identity.caller")
	add(f.RequestTime, "requestTime", "$context.requestTime")
	add(f.HttpMethod, "httpMethod", "$context.httpMethod")
	add(f.ResourcePath, "resourcePath", "$context.resourcePath")
	add(f.Status, "status", "$context.status")
	add(f.Protocol, "protocol", "$context.protocol")
	add(f.ResponseLength, "responseLength", "$context.responseLength")
	return &accessLogFormat{"{" + strings.Join(parts, ",") + "}"}
}

// StageBase_IsConstruct reports whether x is a construct.
func StageBase_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// StageBase_IsResource reports whether construct is a resource.
func StageBase_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// StageBase_IsOwnedResource reports whether construct is a resource created in this app.
func StageBase_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}
