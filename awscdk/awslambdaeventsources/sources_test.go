package awslambdaeventsources_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapigateway"
	"github.com/strata-cdk/strata/awscdk/awsdynamodb"
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
		"Dynamo": func(s awscdk.Stack) {
			table := awsdynamodb.NewTable(s, jsii.String("Table"), &awsdynamodb.TableProps{
				PartitionKey: &awsdynamodb.Attribute{Name: jsii.String("pk"), Type: awsdynamodb.AttributeType_STRING}, Stream: awsdynamodb.StreamViewType_NEW_AND_OLD_IMAGES,
			})
			src := awslambdaeventsources.NewDynamoEventSource(table, &awslambdaeventsources.DynamoEventSourceProps{StartingPosition: awslambda.StartingPosition_LATEST})
			fn(s, "Plain", src)
			all := fn(s, "All")
			all.AddEventSource(awslambdaeventsources.NewDynamoEventSource(table, &awslambdaeventsources.DynamoEventSourceProps{
				StartingPosition: awslambda.StartingPosition_TRIM_HORIZON, BatchSize: jsii.Number(50), Enabled: jsii.Bool(true), MaxBatchingWindow: awscdk.Duration_Seconds(jsii.Number(5)),
				BisectBatchOnError: jsii.Bool(true), MaxRecordAge: awscdk.Duration_Hours(jsii.Number(2)), ParallelizationFactor: jsii.Number(2), ReportBatchItemFailures: jsii.Bool(true),
				RetryAttempts: jsii.Number(4), TumblingWindow: awscdk.Duration_Seconds(jsii.Number(30)),
				MetricsConfig:           &awslambda.MetricsConfig{Metrics: &[]awslambda.MetricType{awslambda.MetricType_EVENT_COUNT}},
				Filters:                 &[]*map[string]interface{}{awslambda.FilterCriteria_Filter(&map[string]interface{}{"eventName": []interface{}{"INSERT"}})},
				ProvisionedPollerConfig: &awslambdaeventsources.ProvisionedPollerConfig{MinimumPollers: jsii.Number(1), MaximumPollers: jsii.Number(3)},
			}))
			imported := awsdynamodb.Table_FromTableAttributes(s, jsii.String("Imported"), &awsdynamodb.TableAttributes{
				TableName: jsii.String("other"), TableStreamArn: jsii.String("arn:aws:dynamodb:us-east-1:123456789012:table/other/stream/2024-01-01T00:00:00.000")})
			all.AddEventSource(awslambdaeventsources.NewDynamoEventSource(imported, &awslambdaeventsources.DynamoEventSourceProps{StartingPosition: awslambda.StartingPosition_LATEST, BatchSize: jsii.Number(10000)}))
			awscdk.NewCfnOutput(s, jsii.String("MappingId"), &awscdk.CfnOutputProps{Value: src.EventSourceMappingId()})
			awscdk.NewCfnOutput(s, jsii.String("MappingArn"), &awscdk.CfnOutputProps{Value: src.EventSourceMappingArn()})
		},
		"Api": func(s awscdk.Stack) {
			f := fn(s, "Fn", awslambdaeventsources.NewApiEventSource(jsii.String("GET"), jsii.String("/items"), nil))
			f.AddEventSource(awslambdaeventsources.NewApiEventSource(jsii.String("POST"), jsii.String("/items/{id}/tags"),
				&awsapigateway.MethodOptions{ApiKeyRequired: jsii.Bool(true), OperationName: jsii.String("AddTag")}))
			fn(s, "Other", awslambdaeventsources.NewApiEventSource(jsii.String("ANY"), jsii.String("/"), nil))
		},
	}, nil, golden.S3Handlers) // Strata's own bucket-notifications handler code
}

// TestEventSourceErrors: aws-cdk-lib's messages, with the construct path.
func TestEventSourceErrors(t *testing.T) {
	cases := map[string]func(s awscdk.Stack){
		"BatchTooLarge": func(s awscdk.Stack) {
			fn(s, "F", awslambdaeventsources.NewSqsEventSource(awssqs.NewQueue(s, jsii.String("Q"), nil), &awslambdaeventsources.SqsEventSourceProps{BatchSize: jsii.Number(11)}))
		},
		"FifoBatchingWindow": func(s awscdk.Stack) {
			awslambdaeventsources.NewSqsEventSource(awssqs.NewQueue(s, jsii.String("Q"), &awssqs.QueueProps{Fifo: jsii.Bool(true)}),
				&awslambdaeventsources.SqsEventSourceProps{MaxBatchingWindow: awscdk.Duration_Seconds(jsii.Number(1))})
		},
		"DynamoWithoutStream": func(s awscdk.Stack) {
			fn(s, "F", awslambdaeventsources.NewDynamoEventSource(table(s), &awslambdaeventsources.DynamoEventSourceProps{StartingPosition: awslambda.StartingPosition_LATEST}))
		},
		"DynamoBatchTooLarge": func(s awscdk.Stack) {
			awslambdaeventsources.NewDynamoEventSource(table(s), &awslambdaeventsources.DynamoEventSourceProps{StartingPosition: awslambda.StartingPosition_LATEST, BatchSize: jsii.Number(10001)})
		},
		"DynamoPollers": func(s awscdk.Stack) {
			awslambdaeventsources.NewDynamoEventSource(table(s), &awslambdaeventsources.DynamoEventSourceProps{StartingPosition: awslambda.StartingPosition_LATEST,
				ProvisionedPollerConfig: &awslambdaeventsources.ProvisionedPollerConfig{MinimumPollers: jsii.Number(5), MaximumPollers: jsii.Number(2)}})
		},
		"DynamoUnbound": func(s awscdk.Stack) {
			src := awslambdaeventsources.NewDynamoEventSource(table(s), &awslambdaeventsources.DynamoEventSourceProps{StartingPosition: awslambda.StartingPosition_LATEST})
			awscdk.NewCfnOutput(s, jsii.String("O"), &awscdk.CfnOutputProps{Value: src.EventSourceMappingId()})
		},
		"ApiPathWithoutSlash": func(s awscdk.Stack) {
			awslambdaeventsources.NewApiEventSource(jsii.String("GET"), jsii.String("items"), nil)
		},
		"KafkaDlqTopic": func(s awscdk.Stack) { awslambdaeventsources.NewKafkaDlq(jsii.String("bad topic!")) },
		"DynamoBatchingWindow": func(s awscdk.Stack) {
			fn(s, "F", awslambdaeventsources.NewDynamoEventSource(streamTable(s), &awslambdaeventsources.DynamoEventSourceProps{StartingPosition: awslambda.StartingPosition_LATEST,
				MaxBatchingWindow: awscdk.Duration_Seconds(jsii.Number(301))}))
		},
		"DynamoTumblingWindow": func(s awscdk.Stack) {
			fn(s, "F", awslambdaeventsources.NewDynamoEventSource(streamTable(s), &awslambdaeventsources.DynamoEventSourceProps{StartingPosition: awslambda.StartingPosition_LATEST,
				TumblingWindow: awscdk.Duration_Minutes(jsii.Number(16))}))
		},
		"TenantIsolatedSqs": func(s awscdk.Stack) {
			awslambda.NewFunction(s, jsii.String("F"), &awslambda.FunctionProps{Runtime: awslambda.Runtime_NODEJS_22_X(), Handler: jsii.String("index.handler"),
				Code: awslambda.Code_FromInline(jsii.String("exports.handler = async (e) => e;")), TenancyConfig: awslambda.TenancyConfig_PER_TENANT(),
				Events: &[]awslambda.IEventSource{awslambdaeventsources.NewSqsEventSource(awssqs.NewQueue(s, jsii.String("Q"), nil), nil)}})
		},
		"SelfManagedWithoutSecret": func(s awscdk.Stack) {
			awslambdaeventsources.NewSelfManagedKafkaEventSource(&awslambdaeventsources.SelfManagedKafkaEventSourceProps{BootstrapServers: jsii.Strings("b:9092"),
				Topic: jsii.String("t"), StartingPosition: awslambda.StartingPosition_LATEST})
		},
		"MappingWithoutSource": func(s awscdk.Stack) {
			awslambda.NewEventSourceMapping(s, jsii.String("M"), &awslambda.EventSourceMappingProps{Target: fn(s, "F")})
		},
	}
	for name, build := range kinesisErrors() {
		cases[name] = build
	}
	golden.CheckErrors(t, cases, nil)
}

func streamTable(s awscdk.Stack) awsdynamodb.Table {
	return awsdynamodb.NewTable(s, jsii.String("T"), &awsdynamodb.TableProps{
		PartitionKey: &awsdynamodb.Attribute{Name: jsii.String("pk"), Type: awsdynamodb.AttributeType_STRING}, Stream: awsdynamodb.StreamViewType_KEYS_ONLY})
}

func table(s awscdk.Stack) awsdynamodb.Table {
	return awsdynamodb.NewTable(s, jsii.String("T"), &awsdynamodb.TableProps{
		PartitionKey: &awsdynamodb.Attribute{Name: jsii.String("pk"), Type: awsdynamodb.AttributeType_STRING}})
}

type myDynamoSource struct {
	awslambdaeventsources.DynamoEventSource
}

// TestOverride: a Go "subclass" of DynamoEventSource made with
// NewDynamoEventSource_Override binds as the source itself does.
func TestOverride(t *testing.T) {
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(t.TempDir())})
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	tb := awsdynamodb.NewTable(s, jsii.String("T"), &awsdynamodb.TableProps{
		PartitionKey: &awsdynamodb.Attribute{Name: jsii.String("pk"), Type: awsdynamodb.AttributeType_STRING}, Stream: awsdynamodb.StreamViewType_KEYS_ONLY})
	src := &myDynamoSource{}
	awslambdaeventsources.NewDynamoEventSource_Override(src, tb, &awslambdaeventsources.DynamoEventSourceProps{StartingPosition: awslambda.StartingPosition_LATEST})
	fn(s, "F", src)
	if src.EventSourceMappingId() == nil || src.Props().StartingPosition != awslambda.StartingPosition_LATEST {
		t.Fatal("the overridden source did not bind")
	}
}

type myStreamSource struct {
	awslambdaeventsources.StreamEventSource
	arn string
}

func (m *myStreamSource) Bind(target awslambda.IFunction) {
	target.AddEventSourceMapping(jsii.String("Mine"), m.EnrichMappingOptions(&awslambda.EventSourceMappingOptions{EventSourceArn: jsii.String(m.arn)}))
}

// TestStreamOverride: a stream source of the program's own inherits the
// options StreamEventSource adds (batch size 100 by default).
func TestStreamOverride(t *testing.T) {
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(t.TempDir())})
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	src := &myStreamSource{arn: "arn:aws:kinesis:us-east-1:123456789012:stream/x"}
	awslambdaeventsources.NewStreamEventSource_Override(src, &awslambdaeventsources.StreamEventSourceProps{StartingPosition: awslambda.StartingPosition_LATEST, RetryAttempts: jsii.Number(2)})
	fn(s, "F", src)
	tmpl := app.Synth(nil).GetStackArtifact(s.ArtifactId()).Template().(map[string]interface{})
	for _, r := range tmpl["Resources"].(map[string]interface{}) {
		r := r.(map[string]interface{})
		if r["Type"] != "AWS::Lambda::EventSourceMapping" {
			continue
		}
		p := r["Properties"].(map[string]interface{})
		if p["BatchSize"] != 100.0 || p["StartingPosition"] != "LATEST" || p["MaximumRetryAttempts"] != 2.0 {
			t.Fatalf("mapping properties %v", p)
		}
		return
	}
	t.Fatal("no event source mapping")
}
