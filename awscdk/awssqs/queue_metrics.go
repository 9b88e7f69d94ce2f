package awssqs

import (
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/internal/cwmetric"
	"github.com/strata-cdk/strata/jsii"
)

// Metric is the queue's metricName metric in AWS/SQS, by QueueName; props
// override the defaults field by field, as aws-cdk-lib's spread does.
func (q *queueBase) Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	base := &awscloudwatch.MetricProps{
		Namespace:     jsii.String("AWS/SQS"),
		MetricName:    metricName,
		DimensionsMap: &map[string]*string{"QueueName": q.self.QueueName()},
	}
	return awscloudwatch.NewMetric(cwmetric.Overlay(base, props)).AttachTo(q.self)
}

// canned is one of the named metrics: its statistic is the default the
// caller's options may replace.
func (q *queueBase) canned(name, statistic string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	o := awscloudwatch.MetricOptions{}
	if props != nil {
		o = *props
	}
	if o.Statistic == nil {
		o.Statistic = jsii.String(statistic)
	}
	return q.Metric(jsii.String(name), &o)
}

func (q *queueBase) MetricApproximateAgeOfOldestMessage(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return q.canned("ApproximateAgeOfOldestMessage", "Maximum", props)
}

func (q *queueBase) MetricApproximateNumberOfMessagesDelayed(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return q.canned("ApproximateNumberOfMessagesDelayed", "Maximum", props)
}

func (q *queueBase) MetricApproximateNumberOfMessagesNotVisible(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return q.canned("ApproximateNumberOfMessagesNotVisible", "Maximum", props)
}

func (q *queueBase) MetricApproximateNumberOfMessagesVisible(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return q.canned("ApproximateNumberOfMessagesVisible", "Maximum", props)
}

func (q *queueBase) MetricNumberOfEmptyReceives(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return q.canned("NumberOfEmptyReceives", "Sum", props)
}

func (q *queueBase) MetricNumberOfMessagesDeleted(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return q.canned("NumberOfMessagesDeleted", "Sum", props)
}

func (q *queueBase) MetricNumberOfMessagesReceived(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return q.canned("NumberOfMessagesReceived", "Sum", props)
}

func (q *queueBase) MetricNumberOfMessagesSent(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return q.canned("NumberOfMessagesSent", "Sum", props)
}

func (q *queueBase) MetricSentMessageSize(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return q.canned("SentMessageSize", "Average", props)
}

// MetricApproximateNumberOfMessagesOutstanding is visible + not visible
// messages, both built from props; the expression takes only props' label
// (default "Approximate number of messages outstanding"), color and period.
func (q *queueBase) MetricApproximateNumberOfMessagesOutstanding(props *awscloudwatch.MetricOptions) awscloudwatch.MathExpression {
	e := &awscloudwatch.MathExpressionProps{
		Expression: jsii.String("visible + notVisible"),
		UsingMetrics: &map[string]awscloudwatch.IMetric{
			"visible":    q.self.MetricApproximateNumberOfMessagesVisible(props),
			"notVisible": q.self.MetricApproximateNumberOfMessagesNotVisible(props),
		},
		Label: jsii.String("Approximate number of messages outstanding"),
	}
	if props != nil {
		if props.Label != nil {
			e.Label = props.Label
		}
		e.Color, e.Period = props.Color, props.Period
	}
	return awscloudwatch.NewMathExpression(e)
}
