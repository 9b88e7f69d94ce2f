package awssns_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/jsii"
)

// TestTopicMetrics: the twin's Metrics stack, every metric rendered through
// an alarm, and the topic bound as a notification rule target.
func TestTopicMetrics(t *testing.T) {
	checkTemplates(t, map[string]func(s awscdk.Stack){"Metrics": func(s awscdk.Stack) {
		tp := awssns.NewTopic(s, jsii.String("Topic"), nil)
		imported := awssns.Topic_FromTopicArn(s, jsii.String("Imported"), jsii.String("arn:aws:sns:us-east-1:111111111111:other"))
		alarm := func(id string, m awscloudwatch.IMetric) {
			awscloudwatch.NewAlarm(s, jsii.String(id), &awscloudwatch.AlarmProps{Metric: m, Threshold: jsii.Number(1), EvaluationPeriods: jsii.Number(1)})
		}
		alarm("Size", tp.MetricPublishSize(nil))
		alarm("Published", tp.MetricNumberOfMessagesPublished(&awscloudwatch.MetricOptions{Period: awscdk.Duration_Minutes(jsii.Number(1))}))
		alarm("Delivered", tp.MetricNumberOfNotificationsDelivered(nil))
		alarm("Failed", tp.MetricNumberOfNotificationsFailed(&awscloudwatch.MetricOptions{Statistic: jsii.String("Average"), Label: jsii.String("failed")}))
		alarm("Filtered", tp.MetricNumberOfNotificationsFilteredOut(nil))
		alarm("NoAttrs", tp.MetricNumberOfNotificationsFilteredOutNoMessageAttributes(nil))
		alarm("Invalid", tp.MetricNumberOfNotificationsFilteredOutInvalidAttributes(nil))
		alarm("Spent", tp.MetricSMSMonthToDateSpentUSD(nil))
		alarm("Success", tp.MetricSMSSuccessRate(&awscloudwatch.MetricOptions{DimensionsMap: &map[string]*string{"TopicName": jsii.String("x")}}))
		alarm("Custom", tp.Metric(jsii.String("Custom"), &awscloudwatch.MetricOptions{Unit: awscloudwatch.Unit_BYTES}))
		alarm("ImportedPublished", imported.MetricNumberOfMessagesPublished(nil))
		c := tp.BindAsNotificationRuleTarget(s)
		awscdk.NewCfnOutput(s, jsii.String("Target"), &awscdk.CfnOutputProps{Value: jsii.String(*c.TargetType + "|" + *c.TargetAddress)})
	}}, nil)
}
