package awssnssubscriptions_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssnssubscriptions"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twins of the stacks in testdata/twins.js, construct for construct.
// Cases that need two stacks build both from the first one's app.
var templateCases = map[string]func(s awscdk.Stack){
	"SampleApp": func(s awscdk.Stack) {
		queue := awssqs.NewQueue(s, jsii.String("CdkSampleQueue"), &awssqs.QueueProps{VisibilityTimeout: awscdk.Duration_Seconds(jsii.Number(300))})
		topic := awssns.NewTopic(s, jsii.String("CdkSampleTopic"), &awssns.TopicProps{})
		topic.AddSubscription(awssnssubscriptions.NewSqsSubscription(queue, &awssnssubscriptions.SqsSubscriptionProps{}))
	},
	"Endpoints": func(s awscdk.Stack) {
		topic := awssns.NewTopic(s, jsii.String("Topic"), nil)
		dlq := awssqs.NewQueue(s, jsii.String("DLQ"), nil)
		topic.AddSubscription(awssnssubscriptions.NewEmailSubscription(jsii.String("ops@example.com"), nil))
		topic.AddSubscription(awssnssubscriptions.NewEmailSubscription(jsii.String("json@example.com"), &awssnssubscriptions.EmailSubscriptionProps{
			Json: jsii.Bool(true), DeadLetterQueue: dlq,
			FilterPolicy: &map[string]awssns.SubscriptionFilter{"kind": awssns.SubscriptionFilter_StringFilter(&awssns.StringConditions{Allowlist: jsii.Strings("alarm")})},
		}))
		topic.AddSubscription(awssnssubscriptions.NewSmsSubscription(jsii.String("+15555550100"), nil))
		topic.AddSubscription(awssnssubscriptions.NewUrlSubscription(jsii.String("https://example.com/hook"), &awssnssubscriptions.UrlSubscriptionProps{RawMessageDelivery: jsii.Bool(true)}))
		topic.AddSubscription(awssnssubscriptions.NewUrlSubscription(jsii.String("http://example.com/plain"), &awssnssubscriptions.UrlSubscriptionProps{
			DeliveryPolicy: &awssns.DeliveryPolicy{ThrottlePolicy: &awssns.ThrottlePolicy{MaxReceivesPerSecond: jsii.Number(5)}},
		}))
		p := awscdk.NewCfnParameter(s, jsii.String("Url"), nil)
		topic.AddSubscription(awssnssubscriptions.NewUrlSubscription(p.ValueAsString(), &awssnssubscriptions.UrlSubscriptionProps{Protocol: awssns.SubscriptionProtocol_HTTPS}))
		topic.AddSubscription(awssnssubscriptions.NewUrlSubscription(awscdk.Fn_Join(jsii.String(""), &[]*string{jsii.String("https://"), p.ValueAsString()}),
			&awssnssubscriptions.UrlSubscriptionProps{Protocol: awssns.SubscriptionProtocol_HTTPS}))
	},
	"Queues": func(s awscdk.Stack) {
		topic := awssns.NewTopic(s, jsii.String("Topic"), nil)
		plain := awssqs.NewQueue(s, jsii.String("Plain"), nil)
		topic.AddSubscription(awssnssubscriptions.NewSqsSubscription(plain, &awssnssubscriptions.SqsSubscriptionProps{RawMessageDelivery: jsii.Bool(true),
			FilterPolicyWithMessageBody: &map[string]awssns.FilterOrPolicy{"color": awssns.FilterOrPolicy_Filter(awssns.SubscriptionFilter_StringFilter(&awssns.StringConditions{Denylist: jsii.Strings("red")}))}}))
		enc := awssqs.NewQueue(s, jsii.String("Encrypted"), &awssqs.QueueProps{Encryption: awssqs.QueueEncryption_KMS})
		topic.AddSubscription(awssnssubscriptions.NewSqsSubscription(enc, nil))
		key := awskms.NewKey(s, jsii.String("Key"), nil)
		byKey := awssqs.NewQueue(s, jsii.String("ByKey"), &awssqs.QueueProps{EncryptionMasterKey: key})
		topic.AddSubscription(awssnssubscriptions.NewSqsSubscription(byKey, nil))
		imported := awssns.Topic_FromTopicArn(s, jsii.String("Imported"), jsii.String("arn:aws:sns:eu-west-1:111111111111:remote"))
		imported.AddSubscription(awssnssubscriptions.NewSqsSubscription(plain, nil))
		fifo := awssns.NewTopic(s, jsii.String("FifoTopic"), &awssns.TopicProps{Fifo: jsii.Bool(true)})
		fq := awssqs.NewQueue(s, jsii.String("FifoQueue"), &awssqs.QueueProps{Fifo: jsii.Bool(true)})
		fifo.AddSubscription(awssnssubscriptions.NewSqsSubscription(fq, nil))
	},
}

func init() {
	templateCases["Lambdas"] = func(s awscdk.Stack) {
		topic := awssns.NewTopic(s, jsii.String("Topic"), nil)
		code := awslambda.Code_FromInline(jsii.String("exports.handler = async () => {};"))
		fn := awslambda.NewFunction(s, jsii.String("Fn"), &awslambda.FunctionProps{Runtime: awslambda.Runtime_NODEJS_22_X(), Handler: jsii.String("index.handler"), Code: code})
		topic.AddSubscription(awssnssubscriptions.NewLambdaSubscription(fn, &awssnssubscriptions.LambdaSubscriptionProps{
			DeadLetterQueue: awssqs.NewQueue(s, jsii.String("DLQ"), nil),
			FilterPolicy:    &map[string]awssns.SubscriptionFilter{"size": awssns.SubscriptionFilter_NumericFilter(&awssns.NumericConditions{GreaterThan: jsii.Number(10)})},
		}))
		single := awslambda.NewSingletonFunction(s, jsii.String("Single"), &awslambda.SingletonFunctionProps{Uuid: jsii.String("abc-123"),
			Runtime: awslambda.Runtime_NODEJS_22_X(), Handler: jsii.String("index.handler"), Code: code})
		topic.AddSubscription(awssnssubscriptions.NewLambdaSubscription(single, nil))
		imported := awslambda.Function_FromFunctionArn(s, jsii.String("Imported"), jsii.String("arn:aws:lambda:us-east-1:123456789012:function:elsewhere"))
		topic.AddSubscription(awssnssubscriptions.NewLambdaSubscription(imported, nil))
		remote := awssns.Topic_FromTopicArn(s, jsii.String("Remote"), jsii.String("arn:aws:sns:eu-west-1:123456789012:remote"))
		remote.AddSubscription(awssnssubscriptions.NewLambdaSubscription(fn, nil))
	}
}

func TestSubscriptionTemplates(t *testing.T) {
	checkTemplates(t, templateCases, nil)
}

// TestTwoStackTemplates: a topic in one stack subscribed by a queue in another.
func TestTwoStackTemplates(t *testing.T) {
	checkApp(t, []string{"CrossStackTopic", "CrossStackQueue"}, func(app awscdk.App) {
		a := awscdk.NewStack(app, jsii.String("CrossStackTopic"), nil)
		b := awscdk.NewStack(app, jsii.String("CrossStackQueue"), nil)
		topic := awssns.NewTopic(a, jsii.String("Topic"), nil)
		queue := awssqs.NewQueue(b, jsii.String("Queue"), nil)
		topic.AddSubscription(awssnssubscriptions.NewSqsSubscription(queue, nil))
	})
	checkApp(t, []string{"CrossRegionTopic", "CrossRegionQueue"}, func(app awscdk.App) {
		a := awscdk.NewStack(app, jsii.String("CrossRegionTopic"), &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("ap-east-1")}})
		b := awscdk.NewStack(app, jsii.String("CrossRegionQueue"), &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("us-east-1")}})
		topic := awssns.NewTopic(a, jsii.String("Topic"), &awssns.TopicProps{TopicName: jsii.String("remote-topic")})
		queue := awssqs.NewQueue(b, jsii.String("Queue"), &awssqs.QueueProps{QueueName: jsii.String("local-queue")})
		topic.AddSubscription(awssnssubscriptions.NewSqsSubscription(queue, nil))
	})
}

var errorCases = map[string]func(s awscdk.Stack){
	"UrlScheme": func(s awscdk.Stack) { awssnssubscriptions.NewUrlSubscription(jsii.String("ftp://example.com"), nil) },
	"UrlTokenWithoutProtocol": func(s awscdk.Stack) {
		awssnssubscriptions.NewUrlSubscription(awscdk.NewCfnParameter(s, jsii.String("P"), nil).ValueAsString(), nil)
	},
	"KmsManagedQueue": func(s awscdk.Stack) {
		awssns.NewTopic(s, jsii.String("T"), nil).AddSubscription(awssnssubscriptions.NewSqsSubscription(
			awssqs.NewQueue(s, jsii.String("Q"), &awssqs.QueueProps{Encryption: awssqs.QueueEncryption_KMS_MANAGED}), nil))
	},
	"KmsManagedDeadLetter": func(s awscdk.Stack) {
		awssns.NewTopic(s, jsii.String("T"), nil).AddSubscription(awssnssubscriptions.NewSqsSubscription(awssqs.NewQueue(s, jsii.String("Q"), nil),
			&awssnssubscriptions.SqsSubscriptionProps{DeadLetterQueue: awssqs.NewQueue(s, jsii.String("D"), &awssqs.QueueProps{Encryption: awssqs.QueueEncryption_KMS_MANAGED})}))
	},
	"SameQueueTwice": func(s awscdk.Stack) {
		t := awssns.NewTopic(s, jsii.String("T"), nil)
		q := awssqs.NewQueue(s, jsii.String("Q"), nil)
		t.AddSubscription(awssnssubscriptions.NewSqsSubscription(q, nil))
		t.AddSubscription(awssnssubscriptions.NewSqsSubscription(q, nil))
	},
}

func TestSubscriptionErrors(t *testing.T) {
	checkErrors(t, errorCases, nil)
}
