package awslogs

import (
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/internal/cwmetric"
	"github.com/strata-cdk/strata/jsii"
)

// ExtractMetric adds a metric filter named "<namespace>_<name>" that
// publishes jsonField's value whenever the field exists, and returns the
// metric it publishes.
func (l *logGroupBase) ExtractMetric(jsonField, metricNamespace, metricName *string) awscloudwatch.Metric {
	NewMetricFilter(l.Resource, jsii.String(deref(metricNamespace)+"_"+deref(metricName)), &MetricFilterProps{
		LogGroup:        l.self,
		MetricNamespace: metricNamespace,
		MetricName:      metricName,
		FilterPattern:   FilterPattern_Exists(jsonField),
		MetricValue:     jsonField,
	})
	return awscloudwatch.NewMetric(&awscloudwatch.MetricProps{MetricName: metricName, Namespace: metricNamespace}).AttachTo(l.self)
}

// Metric is one of the log group's AWS/Logs metrics; the statistic is Sum
// unless props say otherwise. Like aws-cdk-lib, it carries no dimensions.
func (l *logGroupBase) Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	base := &awscloudwatch.MetricProps{Namespace: jsii.String("AWS/Logs"), MetricName: metricName, Statistic: jsii.String("Sum")}
	return awscloudwatch.NewMetric(cwmetric.Overlay(base, props)).AttachTo(l.self)
}

// MetricIncomingBytes is the volume of log events uploaded (IncomingBytes).
func (l *logGroupBase) MetricIncomingBytes(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return l.Metric(jsii.String("IncomingBytes"), props)
}

// MetricIncomingLogEvents is the number of log events uploaded (IncomingLogs).
func (l *logGroupBase) MetricIncomingLogEvents(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return l.Metric(jsii.String("IncomingLogs"), props)
}

// Metric is the metric the filter publishes; the statistic is "avg" unless
// props say otherwise.
func (m *metricFilter) Metric(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	base := &awscloudwatch.MetricProps{MetricName: m.name, Namespace: m.namespace, Statistic: jsii.String("avg")}
	return awscloudwatch.NewMetric(cwmetric.Overlay(base, props)).AttachTo(m)
}
