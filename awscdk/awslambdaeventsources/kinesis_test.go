package awslambdaeventsources_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awskinesis"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awslambdaeventsources"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// TestKinesisSources: stream sources with defaults, every option, a
// timestamp start and a KMS stream; a fan-out consumer; an imported
// stream, with the grants aws-cdk-lib adds.
func TestKinesisSources(t *testing.T) {
	golden.CheckTemplates(t, map[string]func(s awscdk.Stack){
		"Kinesis": func(s awscdk.Stack) {
			stream := awskinesis.NewStream(s, jsii.String("Stream"), nil)
			src := awslambdaeventsources.NewKinesisEventSource(stream, &awslambdaeventsources.KinesisEventSourceProps{StartingPosition: awslambda.StartingPosition_LATEST})
			fn(s, "Plain", src)
			all := fn(s, "All")
			all.AddEventSource(awslambdaeventsources.NewKinesisEventSource(stream, &awslambdaeventsources.KinesisEventSourceProps{
				StartingPosition: awslambda.StartingPosition_TRIM_HORIZON, BatchSize: jsii.Number(500), Enabled: jsii.Bool(true), MaxBatchingWindow: awscdk.Duration_Seconds(jsii.Number(10)),
				BisectBatchOnError: jsii.Bool(true), MaxRecordAge: awscdk.Duration_Hours(jsii.Number(1)), ParallelizationFactor: jsii.Number(3), ReportBatchItemFailures: jsii.Bool(true),
				RetryAttempts: jsii.Number(2), TumblingWindow: awscdk.Duration_Seconds(jsii.Number(60)),
				MetricsConfig: &awslambda.MetricsConfig{Metrics: &[]awslambda.MetricType{awslambda.MetricType_EVENT_COUNT}},
				Filters: &[]*map[string]interface{}{awslambda.FilterCriteria_Filter(&map[string]interface{}{
					"data": map[string]interface{}{"kind": []interface{}{"a"}}})},
				OnFailure: awslambdaeventsources.NewSqsDlq(awssqs.NewQueue(s, jsii.String("Failed"), nil)),
			}))
			kms := awskinesis.NewStream(s, jsii.String("Kms"), &awskinesis.StreamProps{Encryption: awskinesis.StreamEncryption_KMS})
			all.AddEventSource(awslambdaeventsources.NewKinesisEventSource(kms, &awslambdaeventsources.KinesisEventSourceProps{
				StartingPosition: awslambda.StartingPosition_AT_TIMESTAMP, StartingPositionTimestamp: jsii.Number(1700000000)}))
			consumer := awskinesis.NewStreamConsumer(s, jsii.String("Consumer"), &awskinesis.StreamConsumerProps{Stream: stream, StreamConsumerName: jsii.String("fanout")})
			csrc := awslambdaeventsources.NewKinesisConsumerEventSource(consumer, &awslambdaeventsources.KinesisEventSourceProps{
				StartingPosition: awslambda.StartingPosition_LATEST, BatchSize: jsii.Number(10000)})
			fn(s, "Fanout", csrc)
			imported := awskinesis.Stream_FromStreamArn(s, jsii.String("Imported"), jsii.String("arn:aws:kinesis:us-east-1:123456789012:stream/other"))
			all.AddEventSource(awslambdaeventsources.NewKinesisEventSource(imported, &awslambdaeventsources.KinesisEventSourceProps{StartingPosition: awslambda.StartingPosition_LATEST}))
			awscdk.NewCfnOutput(s, jsii.String("MappingId"), &awscdk.CfnOutputProps{Value: src.EventSourceMappingId()})
			awscdk.NewCfnOutput(s, jsii.String("MappingArn"), &awscdk.CfnOutputProps{Value: csrc.EventSourceMappingArn()})
			if src.Stream() != stream || csrc.StreamConsumer() != consumer {
				t.Error("Stream/StreamConsumer do not return what was given")
			}
		},
	}, nil, nil)
}

func kstream(s awscdk.Stack) awskinesis.Stream { return awskinesis.NewStream(s, jsii.String("K"), nil) }

// kinesisErrors are aws-cdk-lib's batch size, window and unbound errors
// of the Kinesis sources (checked in TestEventSourceErrors).
func kinesisErrors() map[string]func(s awscdk.Stack) {
	latest := awslambda.StartingPosition_LATEST
	return map[string]func(s awscdk.Stack){
		"KinesisBatchTooLarge": func(s awscdk.Stack) {
			awslambdaeventsources.NewKinesisEventSource(kstream(s), &awslambdaeventsources.KinesisEventSourceProps{StartingPosition: latest, BatchSize: jsii.Number(10001)})
		},
		"KinesisBatchTooSmall": func(s awscdk.Stack) {
			c := awskinesis.NewStreamConsumer(s, jsii.String("C"), &awskinesis.StreamConsumerProps{Stream: kstream(s), StreamConsumerName: jsii.String("c")})
			awslambdaeventsources.NewKinesisConsumerEventSource(c, &awslambdaeventsources.KinesisEventSourceProps{StartingPosition: latest, BatchSize: jsii.Number(0.5)})
		},
		"KinesisBatchingWindow": func(s awscdk.Stack) {
			fn(s, "F", awslambdaeventsources.NewKinesisEventSource(kstream(s), &awslambdaeventsources.KinesisEventSourceProps{StartingPosition: latest,
				MaxBatchingWindow: awscdk.Duration_Seconds(jsii.Number(301))}))
		},
		"KinesisTumblingWindow": func(s awscdk.Stack) {
			fn(s, "F", awslambdaeventsources.NewKinesisEventSource(kstream(s), &awslambdaeventsources.KinesisEventSourceProps{StartingPosition: latest,
				TumblingWindow: awscdk.Duration_Minutes(jsii.Number(16))}))
		},
		"KinesisUnbound": func(s awscdk.Stack) {
			src := awslambdaeventsources.NewKinesisEventSource(kstream(s), &awslambdaeventsources.KinesisEventSourceProps{StartingPosition: latest})
			awscdk.NewCfnOutput(s, jsii.String("O"), &awscdk.CfnOutputProps{Value: src.EventSourceMappingId()})
		},
	}
}

// TestKinesisNilInputs: a nil stream, consumer or props is a user error,
// not a nil dereference.
func TestKinesisNilInputs(t *testing.T) {
	latest := &awslambdaeventsources.KinesisEventSourceProps{StartingPosition: awslambda.StartingPosition_LATEST}
	for name, build := range map[string]func(s awscdk.Stack){
		"NilStream":   func(s awscdk.Stack) { awslambdaeventsources.NewKinesisEventSource(nil, latest) },
		"NilConsumer": func(s awscdk.Stack) { awslambdaeventsources.NewKinesisConsumerEventSource(nil, latest) },
		"NilProps":    func(s awscdk.Stack) { awslambdaeventsources.NewKinesisEventSource(kstream(s), nil) },
	} {
		err := golden.SynthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, jsii.String("S"), nil)) })
		if err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
