package awsapigateway

import (
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsapigateway"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/cwmetric"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// gatewayMetric is metricName in AWS/ApiGateway by dims, the options in
// props (those set) over the defaults, attached to owner's stack.
func gatewayMetric(owner constructs.IConstruct, dims map[string]*string, metricName *string, defStat string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	m := &awscloudwatch.MetricProps{Namespace: jsii.String("AWS/ApiGateway"), MetricName: metricName, DimensionsMap: &dims}
	if defStat != "" {
		m.Statistic = jsii.String(defStat)
	}
	cwmetric.Overlay(m, props)
	return awscloudwatch.NewMetric(m).AttachTo(owner)
}

// The canned metrics API Gateway publishes for an API, a stage or a
// method, with the statistic each defaults to.
const (
	metric4xx         = "4XXError"
	metric5xx         = "5XXError"
	metricCacheHit    = "CacheHitCount"
	metricCacheMiss   = "CacheMissCount"
	metricCount       = "Count"
	metricIntegration = "IntegrationLatency"
	metricLatency     = "Latency"
	statSum           = "Sum"
	statAverage       = "Average"
	statSampleCount   = "SampleCount"
)

func (a *restApi) apiMetric(name, stat string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return gatewayMetric(a, map[string]*string{"ApiName": a.RestApiName()}, jsii.String(name), stat, props)
}

// Metric is the API's metricName metric (by ApiName, every stage).
func (a *restApi) Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return a.apiMetric(*metricName, "", props)
}

// MetricClientError is the API's 4XX errors (sum over 5 minutes).
func (a *restApi) MetricClientError(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return a.apiMetric(metric4xx, statSum, props)
}

// MetricServerError is the API's 5XX errors (sum over 5 minutes).
func (a *restApi) MetricServerError(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return a.apiMetric(metric5xx, statSum, props)
}

// MetricCacheHitCount is the requests served from the API cache.
func (a *restApi) MetricCacheHitCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return a.apiMetric(metricCacheHit, statSum, props)
}

// MetricCacheMissCount is the requests served from the backend with caching on.
func (a *restApi) MetricCacheMissCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return a.apiMetric(metricCacheMiss, statSum, props)
}

// MetricCount is the API's requests (sample count over 5 minutes).
func (a *restApi) MetricCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return a.apiMetric(metricCount, statSampleCount, props)
}

// MetricIntegrationLatency is the time the backend takes (average).
func (a *restApi) MetricIntegrationLatency(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return a.apiMetric(metricIntegration, statAverage, props)
}

// MetricLatency is the time from request to response (average).
func (a *restApi) MetricLatency(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return a.apiMetric(metricLatency, statAverage, props)
}

func (s *stage) stageMetric(name, stat string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return gatewayMetric(s, map[string]*string{"ApiName": s.api.RestApiName(), "Stage": s.stageName}, jsii.String(name), stat, props)
}

// Metric is the stage's metricName metric (by ApiName and Stage).
func (s *stage) Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.stageMetric(*metricName, "", props)
}

// MetricClientError is the stage's 4XX errors (sum over 5 minutes).
func (s *stage) MetricClientError(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.stageMetric(metric4xx, statSum, props)
}

// MetricServerError is the stage's 5XX errors (sum over 5 minutes).
func (s *stage) MetricServerError(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.stageMetric(metric5xx, statSum, props)
}

// MetricCacheHitCount is the stage's requests served from the API cache.
func (s *stage) MetricCacheHitCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.stageMetric(metricCacheHit, statSum, props)
}

// MetricCacheMissCount is the stage's requests served from the backend with caching on.
func (s *stage) MetricCacheMissCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.stageMetric(metricCacheMiss, statSum, props)
}

// MetricCount is the stage's requests (sample count over 5 minutes).
func (s *stage) MetricCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.stageMetric(metricCount, statSampleCount, props)
}

// MetricIntegrationLatency is the time the stage's backend takes (average).
func (s *stage) MetricIntegrationLatency(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.stageMetric(metricIntegration, statAverage, props)
}

// MetricLatency is the stage's time from request to response (average).
func (s *stage) MetricLatency(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.stageMetric(metricLatency, statAverage, props)
}

func (m *method) methodMetric(name, stat string, st interfacesawsapigateway.IStageRef, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	if isNil(st) {
		l2.Throw(m, "the metrics of method %s %s need the stage they are read on", m.httpMethod, *m.resource.Path())
	}
	dims := map[string]*string{"ApiName": m.api.RestApiName(), "Method": jsii.String(m.httpMethod),
		"Resource": m.resource.Path(), "Stage": st.StageRef().StageName}
	return gatewayMetric(m, dims, jsii.String(name), stat, props)
}

// Metric is the method's metricName metric on stage.
func (m *method) Metric(metricName *string, stage interfacesawsapigateway.IStageRef, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.methodMetric(*metricName, "", stage, props)
}

// MetricClientError is the method's 4XX errors on stage (sum over 5 minutes).
func (m *method) MetricClientError(stage interfacesawsapigateway.IStageRef, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.methodMetric(metric4xx, statSum, stage, props)
}

// MetricServerError is the method's 5XX errors on stage (sum over 5 minutes).
func (m *method) MetricServerError(stage interfacesawsapigateway.IStageRef, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.methodMetric(metric5xx, statSum, stage, props)
}

// MetricCacheHitCount is the method's requests on stage served from the API cache.
func (m *method) MetricCacheHitCount(stage interfacesawsapigateway.IStageRef, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.methodMetric(metricCacheHit, statSum, stage, props)
}

// MetricCacheMissCount is the method's requests on stage served from the backend with caching on.
func (m *method) MetricCacheMissCount(stage interfacesawsapigateway.IStageRef, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.methodMetric(metricCacheMiss, statSum, stage, props)
}

// MetricCount is the method's requests on stage (sample count over 5 minutes).
func (m *method) MetricCount(stage interfacesawsapigateway.IStageRef, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.methodMetric(metricCount, statSampleCount, stage, props)
}

// MetricIntegrationLatency is the time the method's backend takes on stage (average).
func (m *method) MetricIntegrationLatency(stage interfacesawsapigateway.IStageRef, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.methodMetric(metricIntegration, statAverage, stage, props)
}

// MetricLatency is the method's time from request to response on stage (average).
func (m *method) MetricLatency(stage interfacesawsapigateway.IStageRef, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.methodMetric(metricLatency, statAverage, stage, props)
}
