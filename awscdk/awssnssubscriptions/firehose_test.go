package awssnssubscriptions_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskinesisfirehose"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssnssubscriptions"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twin of the Firehose stack in testdata/twins.js.
func init() {
	templateCases["Firehose"] = func(s awscdk.Stack) {
		topic := awssns.NewTopic(s, jsii.String("Topic"), nil)
		other := awssns.NewTopic(s, jsii.String("Other"), nil)
		ds := awskinesisfirehose.NewDeliveryStream(s, jsii.String("Stream"), &awskinesisfirehose.DeliveryStreamProps{
			Destination: awskinesisfirehose.NewS3Bucket(awss3.NewBucket(s, jsii.String("Bucket"), nil), nil)})
		topic.AddSubscription(awssnssubscriptions.NewFirehoseSubscription(ds, nil))
		other.AddSubscription(awssnssubscriptions.NewFirehoseSubscription(ds, &awssnssubscriptions.FirehoseSubscriptionProps{RawMessageDelivery: jsii.Bool(true)}))
		role := awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("sns.amazonaws.com"), nil)})
		imported := awskinesisfirehose.DeliveryStream_FromDeliveryStreamArn(s, jsii.String("Imported"),
			jsii.String("arn:aws:firehose:us-east-1:111111111111:deliverystream/imported"))
		topic.AddSubscription(awssnssubscriptions.NewFirehoseSubscription(imported, &awssnssubscriptions.FirehoseSubscriptionProps{
			Role: role, RawMessageDelivery: jsii.Bool(false), DeadLetterQueue: awssqs.NewQueue(s, jsii.String("Dlq"), nil),
			FilterPolicy: &map[string]awssns.SubscriptionFilter{"color": awssns.SubscriptionFilter_StringFilter(&awssns.StringConditions{Allowlist: jsii.Strings("red")})},
		}))
	}
}

// TestCrossRegionFirehose: a topic in an opt-in region subscribed by a
// delivery stream in another region (the subscription's Region, the stack
// dependency).
func TestCrossRegionFirehose(t *testing.T) {
	checkApp(t, []string{"CrossRegionFirehoseTopic", "CrossRegionFirehoseStream"}, func(app awscdk.App) {
		env := func(region string) *awscdk.StackProps {
			return &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String(region)}}
		}
		a := awscdk.NewStack(app, jsii.String("CrossRegionFirehoseTopic"), env("ap-east-1"))
		b := awscdk.NewStack(app, jsii.String("CrossRegionFirehoseStream"), env("us-east-1"))
		topic := awssns.NewTopic(a, jsii.String("Topic"), &awssns.TopicProps{TopicName: jsii.String("remote-topic")})
		ds := awskinesisfirehose.NewDeliveryStream(b, jsii.String("Stream"), &awskinesisfirehose.DeliveryStreamProps{
			Destination: awskinesisfirehose.NewS3Bucket(awss3.NewBucket(b, jsii.String("Bucket"), nil), nil)})
		topic.AddSubscription(awssnssubscriptions.NewFirehoseSubscription(ds, nil))
		deps := b.Dependencies()
		if deps == nil || len(*deps) != 1 || (*deps)[0] != a {
			t.Errorf("the stream's stack should depend on the topic's")
		}
	})
}
