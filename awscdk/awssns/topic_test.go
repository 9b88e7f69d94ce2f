package awssns_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twins of the stacks in testdata/twins.js, construct for construct.
var templateCases = map[string]func(s awscdk.Stack){
	"Default": func(s awscdk.Stack) {
		t := awssns.NewTopic(s, jsii.String("Topic"), nil)
		out(s, "Arn", t.TopicArn())
		out(s, "Name", t.TopicName())
	},
	"Props": func(s awscdk.Stack) {
		key := awskms.NewKey(s, jsii.String("Key"), nil)
		role := awsiam.NewRole(s, jsii.String("LogRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("sns.amazonaws.com"), nil)})
		awssns.NewTopic(s, jsii.String("Named"), &awssns.TopicProps{
			TopicName: jsii.String("my-topic"), DisplayName: jsii.String("My topic"), MasterKey: key, SignatureVersion: jsii.String("2"),
			TracingConfig: awssns.TracingConfig_ACTIVE, EnforceSSL: jsii.Bool(true),
			LoggingConfigs: &[]*awssns.LoggingConfig{{Protocol: awssns.LoggingProtocol_SQS, FailureFeedbackRole: role, SuccessFeedbackRole: role, SuccessFeedbackSampleRate: jsii.Number(50)}},
		})
		t := awssns.NewTopic(s, jsii.String("Logged"), &awssns.TopicProps{TracingConfig: awssns.TracingConfig_PASS_THROUGH})
		t.AddLoggingConfig(&awssns.LoggingConfig{Protocol: awssns.LoggingProtocol_HTTP})
		t.AddLoggingConfig(&awssns.LoggingConfig{Protocol: awssns.LoggingProtocol_LAMBDA, SuccessFeedbackRole: role})
		awssns.NewTopic(s, jsii.String("Fifo"), &awssns.TopicProps{Fifo: jsii.Bool(true)})
		awssns.NewTopic(s, jsii.String("FifoNamed"), &awssns.TopicProps{
			Fifo: jsii.Bool(true), TopicName: jsii.String("orders"), ContentBasedDeduplication: jsii.Bool(true), MessageRetentionPeriodInDays: jsii.Number(12),
			FifoThroughputScope: awssns.FifoThroughputScope_MESSAGE_GROUP,
		})
		awssns.NewTopic(s, jsii.String("FifoSuffixed"), &awssns.TopicProps{Fifo: jsii.Bool(true), TopicName: jsii.String("events.fifo"), FifoThroughputScope: awssns.FifoThroughputScope_TOPIC})
		awssns.NewTopic(s, jsii.String("NotFifo"), &awssns.TopicProps{Fifo: jsii.Bool(false)})
	},
	"Policy": func(s awscdk.Stack) {
		t := awssns.NewTopic(s, jsii.String("Topic"), nil)
		role := awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
		t.GrantPublish(role)
		t.GrantSubscribe(role)
		t.GrantPublish(awsiam.NewAccountPrincipal(jsii.String("222222222222")))
		t.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("sns:Publish"), Resources: &[]*string{t.TopicArn()},
			Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(jsii.String("events.amazonaws.com"), nil)}}))
		key := awskms.NewKey(s, jsii.String("Key"), nil)
		enc := awssns.NewTopic(s, jsii.String("Encrypted"), &awssns.TopicProps{MasterKey: key})
		enc.GrantPublish(role)
		imp := awssns.Topic_FromTopicArn(s, jsii.String("Imported"), jsii.String("arn:aws:sns:eu-west-1:333333333333:other.fifo"))
		imp.GrantPublish(role)
		r := imp.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("sns:Publish"), Resources: jsii.Strings("*"),
			Principals: &[]awsiam.IPrincipal{awsiam.NewAnyPrincipal()}}))
		attrs := awssns.Topic_FromTopicAttributes(s, jsii.String("ByAttrs"), &awssns.TopicAttributes{TopicArn: jsii.String("arn:aws:sns:us-east-1:111111111111:enc.fifo"),
			KeyArn: jsii.String("arn:aws:kms:us-east-1:111111111111:key/1234"), ContentBasedDeduplication: jsii.Bool(true)})
		attrs.GrantPublish(role)
		for _, c := range []struct {
			id string
			t  awssns.ITopic
		}{{"Imported", imp}, {"ByAttrs", attrs}} {
			out(s, c.id+"Name", c.t.TopicName())
			out(s, c.id+"Info", jsii.String(fmt.Sprintf("%v|%v|%s|%s", *c.t.Fifo(), *c.t.ContentBasedDeduplication(), *c.t.Env().Account, *c.t.Env().Region)))
		}
		out(s, "Added", jsii.String(fmt.Sprint(*r.StatementAdded)))
		other := awssns.NewTopic(s, jsii.String("Other"), nil)
		awssns.NewTopicPolicy(s, jsii.String("Shared"), &awssns.TopicPolicyProps{Topics: &[]awssns.ITopic{other, imp}, EnforceSSL: jsii.Bool(true)})
		doc := awsiam.NewPolicyDocument(&awsiam.PolicyDocumentProps{Statements: &[]awsiam.PolicyStatement{awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Actions: jsii.Strings("sns:Subscribe"), Resources: jsii.Strings("*"), Principals: &[]awsiam.IPrincipal{awsiam.NewAccountRootPrincipal()}})}})
		awssns.NewTopicPolicy(s, jsii.String("WithDoc"), &awssns.TopicPolicyProps{Topics: &[]awssns.ITopic{other}, PolicyDocument: doc})
	},
	"Subscriptions": func(s awscdk.Stack) {
		t := awssns.NewTopic(s, jsii.String("Topic"), nil)
		dlq := awssqs.NewQueue(s, jsii.String("DLQ"), nil)
		awssns.NewSubscription(s, jsii.String("Email"), &awssns.SubscriptionProps{Topic: t, Protocol: awssns.SubscriptionProtocol_EMAIL, Endpoint: jsii.String("a@example.com")})
		awssns.NewSubscription(s, jsii.String("Http"), &awssns.SubscriptionProps{
			Topic: t, Protocol: awssns.SubscriptionProtocol_HTTPS, Endpoint: jsii.String("https://example.com/hook"), RawMessageDelivery: jsii.Bool(true),
			DeadLetterQueue: dlq, Region: jsii.String("us-west-2"),
			FilterPolicy: &map[string]awssns.SubscriptionFilter{
				"color": awssns.SubscriptionFilter_StringFilter(&awssns.StringConditions{Allowlist: jsii.Strings("red", "blue"), Denylist: jsii.Strings("green"),
					MatchPrefixes: jsii.Strings("bl"), MatchSuffixes: jsii.Strings("ue")}),
				"exists": awssns.SubscriptionFilter_ExistsFilter(),
				"gone":   awssns.SubscriptionFilter_NotExistsFilter(),
				"size": awssns.SubscriptionFilter_NumericFilter(&awssns.NumericConditions{Allowlist: jsii.Numbers(1, 2), GreaterThan: jsii.Number(3),
					GreaterThanOrEqualTo: jsii.Number(4), LessThan: jsii.Number(10), LessThanOrEqualTo: jsii.Number(9),
					Between: &awssns.BetweenCondition{Start: jsii.Number(5), Stop: jsii.Number(6)}, BetweenStrict: &awssns.BetweenCondition{Start: jsii.Number(7), Stop: jsii.Number(8)}}),
			},
			DeliveryPolicy: &awssns.DeliveryPolicy{
				HealthyRetryPolicy: &awssns.HealthyRetryPolicy{MinDelayTarget: awscdk.Duration_Seconds(jsii.Number(5)), MaxDelayTarget: awscdk.Duration_Seconds(jsii.Number(10)),
					NumRetries: jsii.Number(6), NumNoDelayRetries: jsii.Number(1), NumMinDelayRetries: jsii.Number(2), NumMaxDelayRetries: jsii.Number(3),
					BackoffFunction: awssns.BackoffFunction_EXPONENTIAL},
				ThrottlePolicy: &awssns.ThrottlePolicy{MaxReceivesPerSecond: jsii.Number(10)},
				RequestPolicy:  &awssns.RequestPolicy{HeaderContentType: jsii.String("application/json")},
			},
		})
		awssns.NewSubscription(s, jsii.String("Defaults"), &awssns.SubscriptionProps{Topic: t, Protocol: awssns.SubscriptionProtocol_HTTP, Endpoint: jsii.String("http://example.com"),
			DeliveryPolicy: &awssns.DeliveryPolicy{HealthyRetryPolicy: &awssns.HealthyRetryPolicy{}}})
		awssns.NewSubscription(s, jsii.String("Body"), &awssns.SubscriptionProps{Topic: t, Protocol: awssns.SubscriptionProtocol_SQS, Endpoint: dlq.QueueArn(),
			FilterPolicyWithMessageBody: &map[string]awssns.FilterOrPolicy{
				"background": awssns.FilterOrPolicy_Policy(&map[string]awssns.FilterOrPolicy{
					"color": awssns.FilterOrPolicy_Filter(awssns.SubscriptionFilter_StringFilter(&awssns.StringConditions{Allowlist: jsii.Strings("red")}))}),
				"price": awssns.FilterOrPolicy_Filter(awssns.SubscriptionFilter_NumericFilter(&awssns.NumericConditions{LessThan: jsii.Number(100)})),
			}})
		awssns.NewSubscription(s, jsii.String("Firehose"), &awssns.SubscriptionProps{Topic: t, Protocol: awssns.SubscriptionProtocol_FIREHOSE,
			Endpoint: jsii.String("arn:aws:firehose:us-east-1:111111111111:deliverystream/x"), SubscriptionRoleArn: jsii.String("arn:aws:iam::111111111111:role/r")})
	},
}

func out(s awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(s, jsii.String(id), &awscdk.CfnOutputProps{Value: v})
}

func TestTopicTemplates(t *testing.T) {
	checkTemplates(t, templateCases, func(name string) *awscdk.StackProps {
		if name == "Policy" {
			return &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("us-east-1")}}
		}
		return nil
	})
}

func topic(s awscdk.Stack) awssns.Topic { return awssns.NewTopic(s, jsii.String("T"), nil) }

func sub(s awscdk.Stack, p *awssns.SubscriptionProps) {
	if p.Topic == nil {
		p.Topic = topic(s)
	}
	if p.Protocol == "" {
		p.Protocol = awssns.SubscriptionProtocol_HTTPS
		p.Endpoint = jsii.String("https://x")
	}
	awssns.NewSubscription(s, jsii.String("Sub"), p)
}

type fixedSubscriber struct{ id string }

func (f *fixedSubscriber) Bind(awssns.ITopic) *awssns.TopicSubscriptionConfig {
	return &awssns.TopicSubscriptionConfig{SubscriberId: jsii.String(f.id), Endpoint: jsii.String("a@b.c"), Protocol: awssns.SubscriptionProtocol_EMAIL}
}

var errorCases = map[string]func(s awscdk.Stack){
	"ContentDedupNotFifo": func(s awscdk.Stack) {
		awssns.NewTopic(s, jsii.String("T"), &awssns.TopicProps{ContentBasedDeduplication: jsii.Bool(true)})
	},
	"RetentionNotFifo": func(s awscdk.Stack) {
		awssns.NewTopic(s, jsii.String("T"), &awssns.TopicProps{MessageRetentionPeriodInDays: jsii.Number(3)})
	},
	"ScopeNotFifo": func(s awscdk.Stack) {
		awssns.NewTopic(s, jsii.String("T"), &awssns.TopicProps{FifoThroughputScope: awssns.FifoThroughputScope_TOPIC})
	},
	"RetentionRange": func(s awscdk.Stack) {
		awssns.NewTopic(s, jsii.String("T"), &awssns.TopicProps{Fifo: jsii.Bool(true), MessageRetentionPeriodInDays: jsii.Number(366)})
	},
	"SignatureVersion": func(s awscdk.Stack) {
		awssns.NewTopic(s, jsii.String("T"), &awssns.TopicProps{SignatureVersion: jsii.String("3")})
	},
	"DisplayNameLength": func(s awscdk.Stack) {
		awssns.NewTopic(s, jsii.String("T"), &awssns.TopicProps{DisplayName: jsii.String(strings.Repeat("x", 101))})
	},
	"ImportDedupNotFifo": func(s awscdk.Stack) {
		awssns.Topic_FromTopicAttributes(s, jsii.String("T"), &awssns.TopicAttributes{TopicArn: jsii.String("arn:aws:sns:us-east-1:111111111111:plain"), ContentBasedDeduplication: jsii.Bool(true)})
	},
	"RawDeliveryEmail": func(s awscdk.Stack) {
		sub(s, &awssns.SubscriptionProps{Protocol: awssns.SubscriptionProtocol_EMAIL, Endpoint: jsii.String("a@b.c"), RawMessageDelivery: jsii.Bool(true)})
	},
	"TooManyAttributes": func(s awscdk.Stack) {
		f := map[string]awssns.SubscriptionFilter{}
		for _, k := range []string{"a", "b", "c", "d", "e", "f"} {
			f[k] = awssns.SubscriptionFilter_ExistsFilter()
		}
		sub(s, &awssns.SubscriptionProps{FilterPolicy: &f})
	},
	"TooManyCombinations": func(s awscdk.Stack) {
		var vals []*string
		for i := 0; i < 13; i++ {
			vals = append(vals, jsii.String(fmt.Sprint("v", i)))
		}
		c := &awssns.StringConditions{Allowlist: &vals}
		sub(s, &awssns.SubscriptionProps{FilterPolicy: &map[string]awssns.SubscriptionFilter{
			"a": awssns.SubscriptionFilter_StringFilter(c), "b": awssns.SubscriptionFilter_StringFilter(c)}})
	},
	"FirehoseWithoutRole": func(s awscdk.Stack) {
		sub(s, &awssns.SubscriptionProps{Protocol: awssns.SubscriptionProtocol_FIREHOSE, Endpoint: jsii.String("arn:aws:firehose:us-east-1:1:deliverystream/x")})
	},
	"DeliveryPolicyOnSqs": func(s awscdk.Stack) {
		sub(s, &awssns.SubscriptionProps{Protocol: awssns.SubscriptionProtocol_SQS, Endpoint: jsii.String("arn:aws:sqs:us-east-1:1:q"), DeliveryPolicy: &awssns.DeliveryPolicy{}})
	},
	"MinDelayRange": func(s awscdk.Stack) {
		sub(s, &awssns.SubscriptionProps{DeliveryPolicy: &awssns.DeliveryPolicy{HealthyRetryPolicy: &awssns.HealthyRetryPolicy{MinDelayTarget: awscdk.Duration_Hours(jsii.Number(2))}}})
	},
	"MinExceedsMax": func(s awscdk.Stack) {
		sub(s, &awssns.SubscriptionProps{DeliveryPolicy: &awssns.DeliveryPolicy{HealthyRetryPolicy: &awssns.HealthyRetryPolicy{
			MinDelayTarget: awscdk.Duration_Seconds(jsii.Number(30)), MaxDelayTarget: awscdk.Duration_Seconds(jsii.Number(10))}}})
	},
	"NumRetries": func(s awscdk.Stack) {
		sub(s, &awssns.SubscriptionProps{DeliveryPolicy: &awssns.DeliveryPolicy{HealthyRetryPolicy: &awssns.HealthyRetryPolicy{NumRetries: jsii.Number(101)}}})
	},
	"Throttle": func(s awscdk.Stack) {
		sub(s, &awssns.SubscriptionProps{DeliveryPolicy: &awssns.DeliveryPolicy{ThrottlePolicy: &awssns.ThrottlePolicy{MaxReceivesPerSecond: jsii.Number(0.5)}}})
	},
	"SampleRate": func(s awscdk.Stack) {
		awssns.NewTopic(s, jsii.String("T"), &awssns.TopicProps{LoggingConfigs: &[]*awssns.LoggingConfig{{Protocol: awssns.LoggingProtocol_SQS, SuccessFeedbackSampleRate: jsii.Number(101)}}})
	},
	"DuplicateSubscription": func(s awscdk.Stack) {
		t := topic(s)
		t.AddSubscription(&fixedSubscriber{"Same"})
		t.AddSubscription(&fixedSubscriber{"Same"})
	},
}

// TestTopicErrors: aws-cdk-lib's messages and paths. The sample rate is
// checked when the config is added, not when the template resolves, so the
// message lacks aws-cdk-lib's "Resolution error:" wrapping.
func TestTopicErrors(t *testing.T) {
	checkErrors(t, errorCases, func(m string) string {
		for strings.HasPrefix(m, "Resolution error: ") {
			m = strings.TrimPrefix(m, "Resolution error: ")
		}
		return strings.TrimSuffix(m, "...")
	})
}
