package awsapigatewayv2

import (
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/cwmetric"
	"github.com/strata-cdk/strata/jsii"
)

// apiMetric is metricName of the API (AWS/ApiGateway, by ApiId), with props over the defaults.
func apiMetric(owner constructs.IConstruct, apiID *string, metricName *string, defStat string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	base := &awscloudwatch.MetricProps{Namespace: jsii.String("AWS/ApiGateway"), MetricName: metricName,
		DimensionsMap: &map[string]*string{"ApiId": apiID}}
	if defStat != "" {
		base.Statistic = jsii.String(defStat)
	}
	cwmetric.Overlay(base, props)
	return awscloudwatch.NewMetric(base).AttachTo(owner)
}

// Metric is the API's metricName metric.
func (a *httpApiBase) Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return apiMetric(a, a.id, metricName, "", props)
}
func (a *httpApiBase) MetricClientError(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return apiMetric(a, a.id, jsii.String("4xx"), "Sum", props)
}
func (a *httpApiBase) MetricServerError(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return apiMetric(a, a.id, jsii.String("5xx"), "Sum", props)
}
func (a *httpApiBase) MetricDataProcessed(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return apiMetric(a, a.id, jsii.String("DataProcessed"), "Sum", props)
}
func (a *httpApiBase) MetricCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return apiMetric(a, a.id, jsii.String("Count"), "SampleCount", props)
}
func (a *httpApiBase) MetricIntegrationLatency(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return apiMetric(a, a.id, jsii.String("IntegrationLatency"), "", props)
}
func (a *httpApiBase) MetricLatency(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return apiMetric(a, a.id, jsii.String("Latency"), "", props)
}

// stageMetric is the API's metric narrowed to this stage.
func (s *stageBase) stageMetric(name, defStat string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	m := apiMetric(s.api, s.api.ApiId(), jsii.String(name), defStat, props)
	return m.With(&awscloudwatch.MetricOptions{DimensionsMap: &map[string]*string{"ApiId": s.api.ApiId(), "Stage": s.name}}).AttachTo(s)
}

// Metric is the stage's metricName metric.
func (s *stageBase) Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.stageMetric(*metricName, "", props)
}
func (s *stageBase) MetricClientError(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.stageMetric("4xx", "Sum", props)
}
func (s *stageBase) MetricServerError(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.stageMetric("5xx", "Sum", props)
}
func (s *stageBase) MetricDataProcessed(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.stageMetric("DataProcessed", "Sum", props)
}
func (s *stageBase) MetricCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.stageMetric("Count", "SampleCount", props)
}
func (s *stageBase) MetricIntegrationLatency(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.stageMetric("IntegrationLatency", "", props)
}
func (s *stageBase) MetricLatency(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.stageMetric("Latency", "", props)
}
