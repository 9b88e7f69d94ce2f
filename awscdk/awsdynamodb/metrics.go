package awsdynamodb

import (
	"github.com/strata-cdk/strata/internal/cwmetric"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// OperationsMetricOptions are the options of MetricThrottledRequestsForOperations.
type OperationsMetricOptions struct {
	Account       *string             `field:"optional" json:"account" yaml:"account"`
	Color         *string             `field:"optional" json:"color" yaml:"color"`
	DimensionsMap *map[string]*string `field:"optional" json:"dimensionsMap" yaml:"dimensionsMap"`
	Id            *string             `field:"optional" json:"id" yaml:"id"`
	Label         *string             `field:"optional" json:"label" yaml:"label"`
	Period        awscdk.Duration     `field:"optional" json:"period" yaml:"period"`
	Region        *string             `field:"optional" json:"region" yaml:"region"`
	StackAccount  *string             `field:"optional" json:"stackAccount" yaml:"stackAccount"`
	StackRegion   *string             `field:"optional" json:"stackRegion" yaml:"stackRegion"`
	Statistic     *string             `field:"optional" json:"statistic" yaml:"statistic"`
	Unit          awscloudwatch.Unit  `field:"optional" json:"unit" yaml:"unit"`
	Visible       *bool               `field:"optional" json:"visible" yaml:"visible"`
	// Default: every operation.
	Operations *[]Operation `field:"optional" json:"operations" yaml:"operations"`
}

// SystemErrorsForOperationsMetricOptions are the options of MetricSystemErrorsForOperations.
type SystemErrorsForOperationsMetricOptions struct {
	Account       *string             `field:"optional" json:"account" yaml:"account"`
	Color         *string             `field:"optional" json:"color" yaml:"color"`
	DimensionsMap *map[string]*string `field:"optional" json:"dimensionsMap" yaml:"dimensionsMap"`
	Id            *string             `field:"optional" json:"id" yaml:"id"`
	Label         *string             `field:"optional" json:"label" yaml:"label"`
	Period        awscdk.Duration     `field:"optional" json:"period" yaml:"period"`
	Region        *string             `field:"optional" json:"region" yaml:"region"`
	StackAccount  *string             `field:"optional" json:"stackAccount" yaml:"stackAccount"`
	StackRegion   *string             `field:"optional" json:"stackRegion" yaml:"stackRegion"`
	Statistic     *string             `field:"optional" json:"statistic" yaml:"statistic"`
	Unit          awscloudwatch.Unit  `field:"optional" json:"unit" yaml:"unit"`
	Visible       *bool               `field:"optional" json:"visible" yaml:"visible"`
	// Default: every operation.
	Operations *[]Operation `field:"optional" json:"operations" yaml:"operations"`
}

var operationNames = []struct {
	op   Operation
	name string
}{
	{Operation_GET_ITEM, "GetItem"}, {Operation_BATCH_GET_ITEM, "BatchGetItem"}, {Operation_SCAN, "Scan"},
	{Operation_QUERY, "Query"}, {Operation_GET_RECORDS, "GetRecords"}, {Operation_PUT_ITEM, "PutItem"},
	{Operation_DELETE_ITEM, "DeleteItem"}, {Operation_UPDATE_ITEM, "UpdateItem"}, {Operation_BATCH_WRITE_ITEM, "BatchWriteItem"},
	{Operation_TRANSACT_WRITE_ITEMS, "TransactWriteItems"}, {Operation_TRANSACT_GET_ITEMS, "TransactGetItems"},
	{Operation_EXECUTE_TRANSACTION, "ExecuteTransaction"}, {Operation_BATCH_EXECUTE_STATEMENT, "BatchExecuteStatement"},
	{Operation_EXECUTE_STATEMENT, "ExecuteStatement"},
}

func operationName(op Operation) string {
	for _, o := range operationNames {
		if o.op == op {
			return o.name
		}
	}
	return string(op)
}

func (t *tableBase) dims(extra map[string]*string) *map[string]*string {
	m := map[string]*string{"TableName": t.self.TableName()}
	for k, v := range extra {
		m[k] = v
	}
	return &m
}

// Metric is the table's metricName metric (AWS/DynamoDB, by TableName).
func (t *tableBase) Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	base := &awscloudwatch.MetricProps{Namespace: jsii.String("AWS/DynamoDB"), MetricName: metricName, DimensionsMap: t.dims(nil)}
	return awscloudwatch.NewMetric(cwmetric.Overlay(base, props)).AttachTo(t.self)
}

func (t *tableBase) withStatistic(stat string, props *awscloudwatch.MetricOptions) *awscloudwatch.MetricOptions {
	o := awscloudwatch.MetricOptions{Statistic: jsii.String(stat)}
	if props != nil {
		o = *props
		if o.Statistic == nil {
			o.Statistic = jsii.String(stat)
		}
	}
	return &o
}

func (t *tableBase) canned(name, stat string, dims map[string]*string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	base := &awscloudwatch.MetricProps{Namespace: jsii.String("AWS/DynamoDB"), MetricName: jsii.String(name),
		DimensionsMap: t.dims(dims), Statistic: jsii.String(stat)}
	return awscloudwatch.NewMetric(cwmetric.Overlay(base, props)).AttachTo(t.self)
}

func (t *tableBase) MetricConsumedReadCapacityUnits(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.canned("ConsumedReadCapacityUnits", "Sum", nil, props)
}

func (t *tableBase) MetricConsumedWriteCapacityUnits(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.canned("ConsumedWriteCapacityUnits", "Sum", nil, props)
}

// MetricSystemErrors needs an Operation dimension (deprecated: use MetricSystemErrorsForOperations).
func (t *tableBase) MetricSystemErrors(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	if props == nil || props.DimensionsMap == nil || (*props.DimensionsMap)["Operation"] == nil {
		l2.Throw(t.self, "'Operation' dimension must be passed for the 'SystemErrors' metric.")
	}
	o := *t.withStatistic("sum", props)
	o.DimensionsMap = t.dims(*props.DimensionsMap)
	return t.Metric(jsii.String("SystemErrors"), &o)
}

// MetricUserErrors is the account's user errors (no table dimension).
func (t *tableBase) MetricUserErrors(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	o := *t.withStatistic("sum", props)
	o.DimensionsMap = &map[string]*string{}
	return t.Metric(jsii.String("UserErrors"), &o)
}

func (t *tableBase) MetricConditionalCheckFailedRequests(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.Metric(jsii.String("ConditionalCheckFailedRequests"), t.withStatistic("sum", props))
}

// MetricThrottledRequests is deprecated in aws-cdk-lib: it returns a metric without an Operation.
func (t *tableBase) MetricThrottledRequests(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.Metric(jsii.String("ThrottledRequests"), t.withStatistic("sum", props))
}

// MetricSuccessfulRequestLatency needs an Operation dimension.
func (t *tableBase) MetricSuccessfulRequestLatency(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	if props == nil || props.DimensionsMap == nil || (*props.DimensionsMap)["Operation"] == nil {
		l2.Throw(t.self, "'Operation' dimension must be passed for the 'SuccessfulRequestLatency' metric.")
	}
	dims := map[string]*string{"Operation": (*props.DimensionsMap)["Operation"]}
	o := *props
	o.DimensionsMap = t.dims(dims)
	return t.canned("SuccessfulRequestLatency", "Average", dims, &o)
}

// MetricThrottledRequestsForOperation is the throttled requests of one operation.
func (t *tableBase) MetricThrottledRequestsForOperation(operation *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.canned("ThrottledRequests", "Sum", map[string]*string{"Operation": operation}, props)
}

// MetricThrottledRequestsForOperations sums the throttled requests of operations.
func (t *tableBase) MetricThrottledRequestsForOperations(props *OperationsMetricOptions) awscloudwatch.IMetric {
	if props == nil {
		props = &OperationsMetricOptions{}
	}
	return t.sumForOperations("ThrottledRequests", "Sum of throttled requests across all operations", props.Operations, &awscloudwatch.MetricOptions{
		Account: props.Account, Color: props.Color, DimensionsMap: props.DimensionsMap, Id: props.Id, Label: props.Label, Period: props.Period,
		Region: props.Region, StackAccount: props.StackAccount, StackRegion: props.StackRegion, Statistic: props.Statistic, Unit: props.Unit, Visible: props.Visible,
	})
}

// MetricSystemErrorsForOperations sums the system errors of operations.
func (t *tableBase) MetricSystemErrorsForOperations(props *SystemErrorsForOperationsMetricOptions) awscloudwatch.IMetric {
	if props == nil {
		props = &SystemErrorsForOperationsMetricOptions{}
	}
	return t.sumForOperations("SystemErrors", "Sum of errors across all operations", props.Operations, &awscloudwatch.MetricOptions{
		Account: props.Account, Color: props.Color, DimensionsMap: props.DimensionsMap, Id: props.Id, Label: props.Label, Period: props.Period,
		Region: props.Region, StackAccount: props.StackAccount, StackRegion: props.StackRegion, Statistic: props.Statistic, Unit: props.Unit, Visible: props.Visible,
	})
}

func (t *tableBase) sumForOperations(metricName, label string, operations *[]Operation, o *awscloudwatch.MetricOptions) awscloudwatch.IMetric {
	if o.DimensionsMap != nil && (*o.DimensionsMap)["Operation"] != nil {
		l2.Throw(t.self, "The Operation dimension is not supported. Use the 'operations' property.")
	}
	var ops []Operation
	if operations != nil {
		ops = *operations
	} else {
		for _, n := range operationNames {
			ops = append(ops, n.op)
		}
	}
	o = t.withStatistic("sum", o)
	using := map[string]awscloudwatch.IMetric{}
	var ids []string
	for _, op := range ops {
		name := operationName(op)
		mo := *o
		extra := map[string]*string{"Operation": jsii.String(name)}
		if o.DimensionsMap != nil {
			for k, v := range *o.DimensionsMap {
				extra[k] = v
			}
		}
		mo.DimensionsMap = t.dims(extra)
		id := strings.ToLower(name)
		using[id] = t.Metric(jsii.String(metricName), &mo)
		ids = append(ids, id)
	}
	return awscloudwatch.NewMathExpression(&awscloudwatch.MathExpressionProps{
		Expression: jsii.String(strings.Join(ids, " + ")), UsingMetrics: &using, Color: o.Color, Label: jsii.String(label), Period: o.Period,
	})
}
