package awslambda

import (
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/internal/cwmetric"
	"github.com/strata-cdk/strata/jsii"
)

// Metric is metricName of the function in the AWS/Lambda namespace
// (dimension FunctionName; aliases add Resource), averaged over 5 minutes
// unless props say otherwise.
func (f *functionBase) Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	dims := map[string]*string{"FunctionName": f.self.FunctionName()}
	if f.metricDims != nil {
		dims = f.metricDims()
	}
	base := &awscloudwatch.MetricProps{Namespace: jsii.String("AWS/Lambda"), MetricName: metricName, DimensionsMap: &dims}
	return awscloudwatch.NewMetric(cwmetric.Overlay(base, props)).AttachTo(f.self)
}

// withStatistic is props with statistic as the default statistic.
func withStatistic(statistic string, props *awscloudwatch.MetricOptions) *awscloudwatch.MetricOptions {
	o := awscloudwatch.MetricOptions{}
	if props != nil {
		o = *props
	}
	if o.Statistic == nil {
		o.Statistic = jsii.String(statistic)
	}
	return &o
}

// MetricDuration is the function's run time (average).
func (f *functionBase) MetricDuration(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return f.Metric(jsii.String("Duration"), withStatistic("Average", props))
}

// MetricErrors is the number of invocations that failed (sum).
func (f *functionBase) MetricErrors(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return f.Metric(jsii.String("Errors"), withStatistic("Sum", props))
}

// MetricInvocations is the number of invocations (sum).
func (f *functionBase) MetricInvocations(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return f.Metric(jsii.String("Invocations"), withStatistic("Sum", props))
}

// MetricThrottles is the number of throttled invocations (sum).
func (f *functionBase) MetricThrottles(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return f.Metric(jsii.String("Throttles"), withStatistic("Sum", props))
}

// metricAll is metricName over all functions of the account and region.
func metricAll(metricName string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	base := &awscloudwatch.MetricProps{Namespace: jsii.String("AWS/Lambda"), MetricName: jsii.String(metricName)}
	return awscloudwatch.NewMetric(cwmetric.Overlay(base, props))
}

// Function_MetricAll is metricName over all functions of the region.
func Function_MetricAll(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return metricAll(deref(metricName), props)
}

// Function_MetricAllErrors is the errors of all functions (sum).
func Function_MetricAllErrors(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return metricAll("Errors", withStatistic("sum", props))
}

// Function_MetricAllDuration is the run time of all functions (average).
func Function_MetricAllDuration(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return metricAll("Duration", props)
}

// Function_MetricAllInvocations is the invocations of all functions (sum).
func Function_MetricAllInvocations(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return metricAll("Invocations", withStatistic("sum", props))
}

// Function_MetricAllThrottles is the throttles of all functions (sum).
func Function_MetricAllThrottles(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return metricAll("Throttles", withStatistic("sum", props))
}

// Function_MetricAllConcurrentExecutions is the concurrent executions of
// all functions (maximum).
func Function_MetricAllConcurrentExecutions(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return metricAll("ConcurrentExecutions", withStatistic("max", props))
}

// Function_MetricAllUnreservedConcurrentExecutions is the concurrent
// executions of functions without reserved concurrency (maximum).
func Function_MetricAllUnreservedConcurrentExecutions(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return metricAll("UnreservedConcurrentExecutions", withStatistic("max", props))
}

// DockerImageFunction_MetricAll is Function_MetricAll.
func DockerImageFunction_MetricAll(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return Function_MetricAll(metricName, props)
}

// DockerImageFunction_MetricAllErrors is Function_MetricAllErrors.
func DockerImageFunction_MetricAllErrors(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return Function_MetricAllErrors(props)
}

// DockerImageFunction_MetricAllDuration is Function_MetricAllDuration.
func DockerImageFunction_MetricAllDuration(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return Function_MetricAllDuration(props)
}

// DockerImageFunction_MetricAllInvocations is Function_MetricAllInvocations.
func DockerImageFunction_MetricAllInvocations(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return Function_MetricAllInvocations(props)
}

// DockerImageFunction_MetricAllThrottles is Function_MetricAllThrottles.
func DockerImageFunction_MetricAllThrottles(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return Function_MetricAllThrottles(props)
}

// DockerImageFunction_MetricAllConcurrentExecutions is Function_MetricAllConcurrentExecutions.
func DockerImageFunction_MetricAllConcurrentExecutions(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return Function_MetricAllConcurrentExecutions(props)
}

// DockerImageFunction_MetricAllUnreservedConcurrentExecutions is Function_MetricAllUnreservedConcurrentExecutions.
func DockerImageFunction_MetricAllUnreservedConcurrentExecutions(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return Function_MetricAllUnreservedConcurrentExecutions(props)
}
