package awssns

import (
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awscodestarnotifications"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/cwmetric"
	"github.com/strata-cdk/strata/jsii"
)

// Metric is the topic's metricName metric in AWS/SNS, by TopicName; props
// override the defaults field by field, as aws-cdk-lib's spread does.
func (t *topicBase) Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	base := &awscloudwatch.MetricProps{
		Namespace:     jsii.String("AWS/SNS"),
		MetricName:    metricName,
		DimensionsMap: &map[string]*string{"TopicName": t.self.TopicName()},
	}
	return awscloudwatch.NewMetric(cwmetric.Overlay(base, props)).AttachTo(t.self)
}

// canned is one of the named metrics, whose statistic the options may replace.
func (t *topicBase) canned(name, statistic string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	o := awscloudwatch.MetricOptions{}
	if props != nil {
		o = *props
	}
	if o.Statistic == nil {
		o.Statistic = jsii.String(statistic)
	}
	return t.Metric(jsii.String(name), &o)
}

func (t *topicBase) MetricPublishSize(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.canned("PublishSize", "Average", props)
}

func (t *topicBase) MetricNumberOfMessagesPublished(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.canned("NumberOfMessagesPublished", "Sum", props)
}

func (t *topicBase) MetricNumberOfNotificationsDelivered(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.canned("NumberOfNotificationsDelivered", "Sum", props)
}

func (t *topicBase) MetricNumberOfNotificationsFailed(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.canned("NumberOfNotificationsFailed", "Sum", props)
}

func (t *topicBase) MetricNumberOfNotificationsFilteredOut(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.canned("NumberOfNotificationsFilteredOut", "Sum", props)
}

func (t *topicBase) MetricNumberOfNotificationsFilteredOutNoMessageAttributes(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.canned("NumberOfNotificationsFilteredOut-NoMessageAttributes", "Sum", props)
}

func (t *topicBase) MetricNumberOfNotificationsFilteredOutInvalidAttributes(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.canned("NumberOfNotificationsFilteredOut-InvalidAttributes", "Sum", props)
}

func (t *topicBase) MetricSMSMonthToDateSpentUSD(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.canned("SMSMonthToDateSpentUSD", "Maximum", props)
}

func (t *topicBase) MetricSMSSuccessRate(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.canned("SMSSuccessRate", "Sum", props)
}

// BindAsNotificationRuleTarget lets CodeStar Notifications publish to the
// topic and names it as an SNS target.
func (t *topicBase) BindAsNotificationRuleTarget(scope constructs.Construct) *awscodestarnotifications.NotificationRuleTargetConfig {
	t.self.GrantPublish(awsiam.NewServicePrincipal(jsii.String("codestar-notifications.amazonaws.com"), nil))
	return &awscodestarnotifications.NotificationRuleTargetConfig{TargetType: jsii.String("SNS"), TargetAddress: t.self.TopicArn()}
}
