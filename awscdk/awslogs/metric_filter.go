package awslogs

import (
	"sort"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslogs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/cwunit"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
)

// MetricFilterOptions are the props of LogGroup.AddMetricFilter.
type MetricFilterOptions struct {
	FilterPattern          IFilterPattern      `field:"required" json:"filterPattern" yaml:"filterPattern"`
	MetricName             *string             `field:"required" json:"metricName" yaml:"metricName"`
	MetricNamespace        *string             `field:"required" json:"metricNamespace" yaml:"metricNamespace"`
	ApplyOnTransformedLogs *bool               `field:"optional" json:"applyOnTransformedLogs" yaml:"applyOnTransformedLogs"`
	DefaultValue           *float64            `field:"optional" json:"defaultValue" yaml:"defaultValue"`
	Dimensions             *map[string]*string `field:"optional" json:"dimensions" yaml:"dimensions"`
	FilterName             *string             `field:"optional" json:"filterName" yaml:"filterName"`
	MetricValue            *string             `field:"optional" json:"metricValue" yaml:"metricValue"`
	Unit                   awscloudwatch.Unit  `field:"optional" json:"unit" yaml:"unit"`
}

// MetricFilterProps are the props of NewMetricFilter.
type MetricFilterProps struct {
	FilterPattern          IFilterPattern                 `field:"required" json:"filterPattern" yaml:"filterPattern"`
	MetricName             *string                        `field:"required" json:"metricName" yaml:"metricName"`
	MetricNamespace        *string                        `field:"required" json:"metricNamespace" yaml:"metricNamespace"`
	ApplyOnTransformedLogs *bool                          `field:"optional" json:"applyOnTransformedLogs" yaml:"applyOnTransformedLogs"`
	DefaultValue           *float64                       `field:"optional" json:"defaultValue" yaml:"defaultValue"`
	Dimensions             *map[string]*string            `field:"optional" json:"dimensions" yaml:"dimensions"`
	FilterName             *string                        `field:"optional" json:"filterName" yaml:"filterName"`
	MetricValue            *string                        `field:"optional" json:"metricValue" yaml:"metricValue"`
	Unit                   awscloudwatch.Unit             `field:"optional" json:"unit" yaml:"unit"`
	LogGroup               interfacesawslogs.ILogGroupRef `field:"required" json:"logGroup" yaml:"logGroup"`
}

// MetricFilter extracts a CloudWatch metric from a log group's events
// (AWS::Logs::MetricFilter).
type MetricFilter interface {
	awscdk.Resource
	// Metric is the filter's metric (statistic "avg" unless props say otherwise).
	Metric(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
}

type metricFilter struct {
	awscdk.Resource
	name, namespace *string
}

// NewMetricFilter creates a metric filter; MetricValue defaults to "1".
func NewMetricFilter(scope constructs.Construct, id *string, props *MetricFilterProps) MetricFilter {
	props = l2.Inject(*MetricFilter_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		l2.RequireProps(scope, id, "MetricFilter", "LogGroup", "FilterPattern", "MetricName", "MetricNamespace")
	}
	m := &metricFilter{name: props.MetricName, namespace: props.MetricNamespace}
	m.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.FilterName})
	host.Set(m.Resource, m)
	var keys []string
	if props.Dimensions != nil {
		for k := range *props.Dimensions {
			keys = append(keys, k)
		}
	}
	if len(keys) > 3 {
		l2.Throw(m, "MetricFilter only supports a maximum of 3 dimensions but received %d.", len(keys))
	}
	if props.LogGroup == nil || props.FilterPattern == nil {
		l2.Throw(m, "MetricFilter needs a LogGroup and a FilterPattern")
	}
	// jsii hands a Go map to aws-cdk-lib with its keys sorted.
	sort.Strings(keys)
	var dims interface{}
	if props.Dimensions != nil {
		list := make([]*CfnMetricFilter_DimensionProperty, len(keys))
		for i, k := range keys {
			list[i] = &CfnMetricFilter_DimensionProperty{Key: str(k), Value: (*props.Dimensions)[k]}
		}
		dims = list
	}
	value := props.MetricValue
	if value == nil {
		value = str("1")
	}
	var unit *string
	if props.Unit != "" {
		unit = str(cwunit.Name(string(props.Unit)))
	}
	var onTransformed interface{}
	if props.ApplyOnTransformedLogs != nil {
		onTransformed = props.ApplyOnTransformedLogs
	}
	NewCfnMetricFilter(m, str("Resource"), &CfnMetricFilterProps{
		LogGroupName:  props.LogGroup.LogGroupRef().LogGroupName,
		FilterName:    m.PhysicalName(),
		FilterPattern: props.FilterPattern.LogPatternString(),
		MetricTransformations: []*CfnMetricFilter_MetricTransformationProperty{{
			MetricNamespace: props.MetricNamespace,
			MetricName:      props.MetricName,
			MetricValue:     value,
			DefaultValue:    props.DefaultValue,
			Dimensions:      dims,
			Unit:            unit,
		}},
		ApplyOnTransformedLogs: onTransformed,
	})
	return m
}

// NewMetricFilter_Override initialises a type embedding MetricFilter.
func NewMetricFilter_Override(m MetricFilter, scope constructs.Construct, id *string, props *MetricFilterProps) {
	l2.Override(m, NewMetricFilter(scope, id, props))
}
