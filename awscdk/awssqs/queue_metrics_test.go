package awssqs_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/jsii"
)

// TestQueueMetrics: the twin's Metrics stack, every metric rendered through an alarm.
func TestQueueMetrics(t *testing.T) {
	checkTemplates(t, map[string]func(s awscdk.Stack){"Metrics": func(s awscdk.Stack) {
		q := awssqs.NewQueue(s, jsii.String("Queue"), nil)
		imported := awssqs.Queue_FromQueueArn(s, jsii.String("Imported"), jsii.String("arn:aws:sqs:us-east-1:111111111111:other"))
		alarm := func(id string, m awscloudwatch.IMetric) {
			awscloudwatch.NewAlarm(s, jsii.String(id), &awscloudwatch.AlarmProps{Metric: m, Threshold: jsii.Number(1), EvaluationPeriods: jsii.Number(1)})
		}
		alarm("Age", q.MetricApproximateAgeOfOldestMessage(nil))
		alarm("Delayed", q.MetricApproximateNumberOfMessagesDelayed(nil))
		alarm("NotVisible", q.MetricApproximateNumberOfMessagesNotVisible(nil))
		alarm("Visible", q.MetricApproximateNumberOfMessagesVisible(&awscloudwatch.MetricOptions{Period: awscdk.Duration_Minutes(jsii.Number(1)), Statistic: jsii.String("Average")}))
		alarm("Empty", q.MetricNumberOfEmptyReceives(nil))
		alarm("Deleted", q.MetricNumberOfMessagesDeleted(nil))
		alarm("Received", q.MetricNumberOfMessagesReceived(nil))
		alarm("Sent", q.MetricNumberOfMessagesSent(&awscloudwatch.MetricOptions{Label: jsii.String("sent"),
			DimensionsMap: &map[string]*string{"QueueName": jsii.String("x"), "Extra": jsii.String("y")}}))
		alarm("Size", q.MetricSentMessageSize(nil))
		alarm("Custom", q.Metric(jsii.String("Custom"), &awscloudwatch.MetricOptions{Unit: awscloudwatch.Unit_COUNT}))
		alarm("ImportedSent", imported.MetricNumberOfMessagesSent(nil))
	}}, nil)
}

// TestQueueMetricOutstanding checks the expression's parts; its alarm is not
// a golden because aws-cdk-lib lists usingMetrics in insertion order.
func TestQueueMetricOutstanding(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	q := awssqs.NewQueue(s, jsii.String("Queue"), nil)
	check := func(e awscloudwatch.MathExpression, label, color string, period float64) {
		t.Helper()
		if *e.Expression() != "visible + notVisible" || *e.Label() != label || *e.Period().ToSeconds(nil) != period {
			t.Errorf("expression %q label %q period %v", *e.Expression(), *e.Label(), *e.Period().ToSeconds(nil))
		}
		if got := e.Color(); (got == nil) != (color == "") || (got != nil && *got != color) {
			t.Errorf("color %v, want %q", got, color)
		}
		using := *e.UsingMetrics()
		for id, name := range map[string]string{"visible": "ApproximateNumberOfMessagesVisible", "notVisible": "ApproximateNumberOfMessagesNotVisible"} {
			m, ok := using[id].(awscloudwatch.Metric)
			if !ok || *m.MetricName() != name || *m.Statistic() != "Maximum" || *m.Period().ToSeconds(nil) != period {
				t.Errorf("%s: %v", id, using[id])
			}
		}
	}
	check(q.MetricApproximateNumberOfMessagesOutstanding(nil), "Approximate number of messages outstanding", "", 300)
	check(q.MetricApproximateNumberOfMessagesOutstanding(&awscloudwatch.MetricOptions{Label: jsii.String("out"),
		Color: jsii.String("#ff0000"), Period: awscdk.Duration_Minutes(jsii.Number(10))}), "out", "#ff0000", 600)
}
