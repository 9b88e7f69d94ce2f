package awslambdaeventsources_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awslambdaeventsources"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

func fn(s awscdk.Stack, id string, events ...awslambda.IEventSource) awslambda.Function {
	p := &awslambda.FunctionProps{Runtime: awslambda.Runtime_NODEJS_22_X(), Handler: jsii.String("index.handler"),
		Code: awslambda.Code_FromInline(jsii.String("exports.handler = async (e) => e;"))}
	if events != nil {
		p.Events = &events
	}
	return awslambda.NewFunction(s, jsii.String(id), p)
}

// TestEventSources: SQS (defaults, every option, filters), an event source
// mapping of a stream, SNS with a dead-letter queue and S3 notifications,
// as aws-cdk-lib writes them.
func TestEventSources(t *testing.T) {
	golden.CheckTemplates(t, map[string]func(s awscdk.Stack){
		"Sqs": func(s awscdk.Stack) {
			queue := awssqs.NewQueue(s, jsii.String("Queue"), nil)
			other := awssqs.NewQueue(s, jsii.String("Other"), nil)
			consumer := fn(s, "Consumer", awslambdaeventsources.NewSqsEventSource(queue, nil))
			src := awslambdaeventsources.NewSqsEventSource(other, &awslambdaeventsources.SqsEventSourceProps{
				BatchSize: jsii.Number(100), Enabled: jsii.Bool(false), MaxBatchingWindow: awscdk.Duration_Seconds(jsii.Number(20)),
				MaxConcurrency: jsii.Number(5), ReportBatchItemFailures: jsii.Bool(true),
				MetricsConfig: &awslambda.MetricsConfig{Metrics: &[]awslambda.MetricType{awslambda.MetricType_EVENT_COUNT}},
				Filters: &[]*map[string]interface{}{awslambda.FilterCriteria_Filter(&map[string]interface{}{
					"body": map[string]interface{}{"status": []interface{}{"done"}}})},
			})
			consumer.AddEventSource(src)
			awscdk.NewCfnOutput(s, jsii.String("MappingId"), &awscdk.CfnOutputProps{Value: src.EventSourceMappingId()})
			awscdk.NewCfnOutput(s, jsii.String("MappingArn"), &awscdk.CfnOutputProps{Value: src.EventSourceMappingArn()})
			stream := awslambda.NewEventSourceMapping(s, jsii.String("Stream"), &awslambda.EventSourceMappingProps{
				Target: consumer, EventSourceArn: jsii.String("arn:aws:kinesis:us-east-1:123456789012:stream/s"),
				StartingPosition: awslambda.StartingPosition_TRIM_HORIZON, BisectBatchOnError: jsii.Bool(true), MaxRecordAge: awscdk.Duration_Hours(jsii.Number(1)),
				RetryAttempts: jsii.Number(3), ParallelizationFactor: jsii.Number(2), TumblingWindow: awscdk.Duration_Minutes(jsii.Number(1)),
				LogLevel: awslambda.EventSourceMappingLogLevel_WARN,
			})
			awscdk.NewCfnOutput(s, jsii.String("StreamArn"), &awscdk.CfnOutputProps{Value: stream.EventSourceMappingArn()})
		},
		"SnsAndS3": func(s awscdk.Stack) {
			topic := awssns.NewTopic(s, jsii.String("Topic"), nil)
			bucket := awss3.NewBucket(s, jsii.String("Bucket"), nil)
			f := fn(s, "Fn")
			f.AddEventSource(awslambdaeventsources.NewSnsEventSource(topic, &awslambdaeventsources.SnsEventSourceProps{DeadLetterQueue: awssqs.NewQueue(s, jsii.String("Dlq"), nil)}))
			f.AddEventSource(awslambdaeventsources.NewS3EventSource(bucket, &awslambdaeventsources.S3EventSourceProps{
				Events:  &[]awss3.EventType{awss3.EventType_OBJECT_CREATED, awss3.EventType_OBJECT_REMOVED},
				Filters: &[]*awss3.NotificationKeyFilter{{Prefix: jsii.String("uploads/"), Suffix: jsii.String(".jpg")}},
			}))
		},
	}, nil, golden.S3Handlers) // Strata's own bucket-notifications handler code
}

// TestEventSourceErrors: aws-cdk-lib's messages, with the construct path.
func TestEventSourceErrors(t *testing.T) {
	golden.CheckErrors(t, map[string]func(s awscdk.Stack){
		"BatchTooLarge": func(s awscdk.Stack) {
			fn(s, "F", awslambdaeventsources.NewSqsEventSource(awssqs.NewQueue(s, jsii.String("Q"), nil), &awslambdaeventsources.SqsEventSourceProps{BatchSize: jsii.Number(11)}))
		},
		"FifoBatchingWindow": func(s awscdk.Stack) {
			awslambdaeventsources.NewSqsEventSource(awssqs.NewQueue(s, jsii.String("Q"), &awssqs.QueueProps{Fifo: jsii.Bool(true)}),
				&awslambdaeventsources.SqsEventSourceProps{MaxBatchingWindow: awscdk.Duration_Seconds(jsii.Number(1))})
		},
		"MappingWithoutSource": func(s awscdk.Stack) {
			awslambda.NewEventSourceMapping(s, jsii.String("M"), &awslambda.EventSourceMappingProps{Target: fn(s, "F")})
		},
	}, nil)
}
