package awskinesis_test

import (
	"fmt"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskinesis"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/jsii"
)

func role(s awscdk.Stack, id string) awsiam.Role {
	return awsiam.NewRole(s, jsii.String(id), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
}

func out(s awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(s, jsii.String(id), &awscdk.CfnOutputProps{Value: v})
}

func account(a string) awsiam.IPrincipal { return awsiam.NewAccountPrincipal(jsii.String(a)) }

// The Go twins of the stacks in testdata/twins.js, construct for construct.
var templateCases = map[string]func(s awscdk.Stack){
	"Default": func(s awscdk.Stack) {
		d := awskinesis.NewStream(s, jsii.String("Stream"), nil)
		awskinesis.NewStream(s, jsii.String("Second"), nil)
		n := awskinesis.NewStream(s, jsii.String("Named"), &awskinesis.StreamProps{
			StreamName:        jsii.String("my-stream"),
			RetentionPeriod:   awscdk.Duration_Days(jsii.Number(7)),
			ShardCount:        jsii.Number(3),
			Encryption:        awskinesis.StreamEncryption_MANAGED,
			ShardLevelMetrics: &[]awskinesis.ShardLevelMetrics{awskinesis.ShardLevelMetrics_INCOMING_BYTES, awskinesis.ShardLevelMetrics_ITERATOR_AGE_MILLISECONDS},
			RemovalPolicy:     awscdk.RemovalPolicy_DESTROY,
		})
		awskinesis.NewStream(s, jsii.String("OnDemand"), &awskinesis.StreamProps{StreamMode: awskinesis.StreamMode_ON_DEMAND, Encryption: awskinesis.StreamEncryption_UNENCRYPTED})
		awskinesis.NewStream(s, jsii.String("Provisioned"), &awskinesis.StreamProps{StreamMode: awskinesis.StreamMode_PROVISIONED, ShardLevelMetrics: &[]awskinesis.ShardLevelMetrics{awskinesis.ShardLevelMetrics_ALL}})
		out(s, "Arn", d.StreamArn())
		out(s, "Name", d.StreamName())
		out(s, "NamedArn", n.StreamArn())
	},
	"Kms": func(s awscdk.Stack) {
		created := awskinesis.NewStream(s, jsii.String("Created"), &awskinesis.StreamProps{Encryption: awskinesis.StreamEncryption_KMS})
		key := awskms.NewKey(s, jsii.String("MyKey"), nil)
		given := awskinesis.NewStream(s, jsii.String("Given"), &awskinesis.StreamProps{EncryptionKey: key})
		created.GrantRead(role(s, "Reader"))
		created.GrantWrite(role(s, "Writer"))
		given.GrantReadWrite(role(s, "Both"))
		given.Grant(role(s, "Custom"), jsii.String("kinesis:DescribeStream"))
	},
	"Imports": func(s awscdk.Stack) {
		a := awskinesis.Stream_FromStreamArn(s, jsii.String("ByArn"), jsii.String("arn:aws:kinesis:us-east-1:111111111111:stream/other"))
		key := awskms.Key_FromKeyArn(s, jsii.String("Key"), jsii.String("arn:aws:kms:us-east-1:111111111111:key/abc"))
		b := awskinesis.Stream_FromStreamAttributes(s, jsii.String("ByAttrs"), &awskinesis.StreamAttributes{StreamArn: jsii.String("arn:aws:kinesis:us-east-1:111111111111:stream/enc"), EncryptionKey: key})
		a.GrantRead(role(s, "Reader"))
		b.GrantWrite(role(s, "Writer"))
		out(s, "Name", a.StreamName())
		added := a.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("kinesis:GetRecords"), Resources: jsii.Strings("*"), Principals: &[]awsiam.IPrincipal{awsiam.NewAnyPrincipal()}}))
		out(s, "AddPolicy", jsii.String(fmt.Sprint(*added.StatementAdded)))
	},
	"Consumer": func(s awscdk.Stack) {
		st := awskinesis.NewStream(s, jsii.String("Stream"), nil)
		c := awskinesis.NewStreamConsumer(s, jsii.String("Consumer"), &awskinesis.StreamConsumerProps{Stream: st, StreamConsumerName: jsii.String("my-consumer")})
		c.GrantRead(role(s, "Reader"))
		imp := awskinesis.StreamConsumer_FromStreamConsumerArn(s, jsii.String("Imported"), jsii.String("arn:aws:kinesis:us-east-1:111111111111:stream/other/consumer/theirs:1700000000"))
		imp.GrantRead(role(s, "ImportReader"))
		out(s, "Arn", c.StreamConsumerArn())
		out(s, "Name", c.StreamConsumerName())
		out(s, "ImpName", imp.StreamConsumerName())
		out(s, "ImpStream", imp.Stream().StreamArn())
	},
	"Policy": func(s awscdk.Stack) {
		st := awskinesis.NewStream(s, jsii.String("Stream"), nil)
		st.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("kinesis:GetRecords"), Resources: &[]*string{st.StreamArn()}, Principals: &[]awsiam.IPrincipal{account("222222222222")}}))
		st.GrantRead(account("333333333333"))
		st.GrantWrite(account("444444444444"))
		c := awskinesis.NewStreamConsumer(s, jsii.String("Consumer"), &awskinesis.StreamConsumerProps{Stream: st, StreamConsumerName: jsii.String("c")})
		c.Grant(account("555555555555"), jsii.String("kinesis:SubscribeToShard"))
		other := awskinesis.NewStream(s, jsii.String("Other"), nil)
		awskinesis.NewResourcePolicy(s, jsii.String("Explicit"), &awskinesis.ResourcePolicyProps{
			Stream: other,
			PolicyDocument: awsiam.NewPolicyDocument(&awsiam.PolicyDocumentProps{Statements: &[]awsiam.PolicyStatement{awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
				Actions: jsii.Strings("kinesis:PutRecord"), Resources: &[]*string{other.StreamArn()}, Principals: &[]awsiam.IPrincipal{account("666666666666")}})}}),
		})
	},
	"Metrics": func(s awscdk.Stack) {
		st := awskinesis.NewStream(s, jsii.String("Stream"), nil)
		ms := []struct {
			id string
			m  awscloudwatch.Metric
		}{
			{"Metric", st.Metric(jsii.String("Custom"), &awscloudwatch.MetricOptions{Statistic: jsii.String("Sum")})},
			{"GetRecords", st.MetricGetRecords(nil)}, {"GetRecordsBytes", st.MetricGetRecordsBytes(nil)},
			{"IteratorAge", st.MetricGetRecordsIteratorAgeMilliseconds(nil)}, {"GetRecordsLatency", st.MetricGetRecordsLatency(nil)},
			{"GetRecordsSuccess", st.MetricGetRecordsSuccess(nil)}, {"IncomingBytes", st.MetricIncomingBytes(&awscloudwatch.MetricOptions{Period: awscdk.Duration_Minutes(jsii.Number(1))})},
			{"IncomingRecords", st.MetricIncomingRecords(nil)}, {"PutRecordBytes", st.MetricPutRecordBytes(nil)},
			{"PutRecordLatency", st.MetricPutRecordLatency(nil)}, {"PutRecordsBytes", st.MetricPutRecordsBytes(nil)},
			{"PutRecordsFailed", st.MetricPutRecordsFailedRecords(nil)}, {"PutRecordsLatency", st.MetricPutRecordsLatency(nil)},
			{"PutRecordsSuccess", st.MetricPutRecordsSuccess(nil)}, {"PutRecordsSuccessful", st.MetricPutRecordsSuccessfulRecords(nil)},
			{"PutRecordsThrottled", st.MetricPutRecordsThrottledRecords(nil)}, {"PutRecordsTotal", st.MetricPutRecordsTotalRecords(nil)},
			{"PutRecordSuccess", st.MetricPutRecordSuccess(nil)}, {"ReadExceeded", st.MetricReadProvisionedThroughputExceeded(nil)},
			{"WriteExceeded", st.MetricWriteProvisionedThroughputExceeded(nil)},
		}
		for _, m := range ms {
			awscloudwatch.NewAlarm(s, jsii.String(m.id), &awscloudwatch.AlarmProps{Metric: m.m, Threshold: jsii.Number(1), EvaluationPeriods: jsii.Number(1)})
		}
	},
}

func TestTemplates(t *testing.T) { checkTemplates(t, templateCases, nil) }

var errorCases = map[string]func(s awscdk.Stack){
	"OnDemandShards": func(s awscdk.Stack) {
		awskinesis.NewStream(s, jsii.String("St"), &awskinesis.StreamProps{StreamMode: awskinesis.StreamMode_ON_DEMAND, ShardCount: jsii.Number(2)})
	},
	"Retention": func(s awscdk.Stack) {
		awskinesis.NewStream(s, jsii.String("St"), &awskinesis.StreamProps{RetentionPeriod: awscdk.Duration_Hours(jsii.Number(12))})
	},
	"AllAndOthers": func(s awscdk.Stack) {
		awskinesis.NewStream(s, jsii.String("St"), &awskinesis.StreamProps{ShardLevelMetrics: &[]awskinesis.ShardLevelMetrics{awskinesis.ShardLevelMetrics_ALL, awskinesis.ShardLevelMetrics_INCOMING_BYTES}})
	},
	"Duplicates": func(s awscdk.Stack) {
		awskinesis.NewStream(s, jsii.String("St"), &awskinesis.StreamProps{ShardLevelMetrics: &[]awskinesis.ShardLevelMetrics{awskinesis.ShardLevelMetrics_INCOMING_BYTES, awskinesis.ShardLevelMetrics_INCOMING_BYTES}})
	},
	"KeyNotKms": func(s awscdk.Stack) {
		awskinesis.NewStream(s, jsii.String("St"), &awskinesis.StreamProps{Encryption: awskinesis.StreamEncryption_UNENCRYPTED, EncryptionKey: awskms.NewKey(s, jsii.String("K"), nil)})
	},
	"PolicyBoth": func(s awscdk.Stack) {
		st := awskinesis.NewStream(s, jsii.String("St"), nil)
		awskinesis.NewResourcePolicy(s, jsii.String("P"), &awskinesis.ResourcePolicyProps{Stream: st,
			StreamConsumer: awskinesis.NewStreamConsumer(s, jsii.String("C"), &awskinesis.StreamConsumerProps{Stream: st, StreamConsumerName: jsii.String("c")})})
	},
	"PolicyNone": func(s awscdk.Stack) {
		awskinesis.NewResourcePolicy(s, jsii.String("P"), &awskinesis.ResourcePolicyProps{})
	},
}

func TestErrors(t *testing.T) { checkErrors(t, errorCases, nil) }

// Nil props behave as aws-cdk-lib's undefined; missing required props are
// a clear error, not a Go panic trace.
func TestNilProps(t *testing.T) {
	if err := synthErr(t, func(app awscdk.App) {
		awskinesis.NewStream(awscdk.NewStack(app, jsii.String("S"), nil), jsii.String("St"), nil)
	}); err != nil {
		t.Fatal(err)
	}
	if err := synthErr(t, func(app awscdk.App) {
		awskinesis.NewStreamConsumer(awscdk.NewStack(app, jsii.String("S"), nil), jsii.String("C"), nil)
	}); err == nil {
		t.Fatal("want an error for a consumer without props")
	}
}
