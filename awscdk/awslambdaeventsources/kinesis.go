package awslambdaeventsources

import (
	"fmt"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskinesis"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// KinesisEventSourceProps configure a Kinesis stream (or stream consumer)
// source: the stream options plus a timestamp for AT_TIMESTAMP.
type KinesisEventSourceProps struct {
	StartingPosition          awslambda.StartingPosition `field:"required" json:"startingPosition" yaml:"startingPosition"`
	BatchSize                 *float64                   `field:"optional" json:"batchSize" yaml:"batchSize"`
	Enabled                   *bool                      `field:"optional" json:"enabled" yaml:"enabled"`
	MaxBatchingWindow         awscdk.Duration            `field:"optional" json:"maxBatchingWindow" yaml:"maxBatchingWindow"`
	ProvisionedPollerConfig   *ProvisionedPollerConfig   `field:"optional" json:"provisionedPollerConfig" yaml:"provisionedPollerConfig"`
	BisectBatchOnError        *bool                      `field:"optional" json:"bisectBatchOnError" yaml:"bisectBatchOnError"`
	FilterEncryption          awskms.IKey                `field:"optional" json:"filterEncryption" yaml:"filterEncryption"`
	Filters                   *[]*map[string]interface{} `field:"optional" json:"filters" yaml:"filters"`
	MaxRecordAge              awscdk.Duration            `field:"optional" json:"maxRecordAge" yaml:"maxRecordAge"`
	MetricsConfig             *awslambda.MetricsConfig   `field:"optional" json:"metricsConfig" yaml:"metricsConfig"`
	OnFailure                 awslambda.IEventSourceDlq  `field:"optional" json:"onFailure" yaml:"onFailure"`
	ParallelizationFactor     *float64                   `field:"optional" json:"parallelizationFactor" yaml:"parallelizationFactor"`
	ReportBatchItemFailures   *bool                      `field:"optional" json:"reportBatchItemFailures" yaml:"reportBatchItemFailures"`
	RetryAttempts             *float64                   `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	TumblingWindow            awscdk.Duration            `field:"optional" json:"tumblingWindow" yaml:"tumblingWindow"`
	StartingPositionTimestamp *float64                   `field:"optional" json:"startingPositionTimestamp" yaml:"startingPositionTimestamp"`
}

// KinesisEventSource has Lambda read a Kinesis stream's shards directly.
type KinesisEventSource interface {
	StreamEventSource
	EventSourceMappingArn() *string
	EventSourceMappingId() *string
	Stream() awskinesis.IStream
}

// KinesisConsumerEventSource has Lambda read a stream through an
// enhanced fan-out consumer.
type KinesisConsumerEventSource interface {
	StreamEventSource
	EventSourceMappingArn() *string
	EventSourceMappingId() *string
	StreamConsumer() awskinesis.IStreamConsumer
}

// kinesisSource is what both Kinesis sources share: the record source's
// node (for the mapping's id), its ARN and how to grant reading it.
type kinesisSource struct {
	streamSource
	name      string
	node      constructs.Node
	arn       func() *string
	grantRead func(awsiam.IGrantable) awsiam.Grant
	timestamp *float64
	mapping   awslambda.IEventSourceMapping
}

func newKinesisSource(name string, props *KinesisEventSourceProps) kinesisSource {
	if props == nil {
		unscoped("New" + name + " needs props with a StartingPosition")
	}
	p := props
	s := kinesisSource{name: name, timestamp: p.StartingPositionTimestamp, streamSource: newStreamSource(StreamEventSourceProps{
		StartingPosition: p.StartingPosition, BatchSize: p.BatchSize, Enabled: p.Enabled, MaxBatchingWindow: p.MaxBatchingWindow,
		ProvisionedPollerConfig: p.ProvisionedPollerConfig, BisectBatchOnError: p.BisectBatchOnError, FilterEncryption: p.FilterEncryption,
		Filters: p.Filters, MaxRecordAge: p.MaxRecordAge, MetricsConfig: p.MetricsConfig, OnFailure: p.OnFailure,
		ParallelizationFactor: p.ParallelizationFactor, ReportBatchItemFailures: p.ReportBatchItemFailures,
		RetryAttempts: p.RetryAttempts, TumblingWindow: p.TumblingWindow,
	})}
	if b := p.BatchSize; b != nil && !*awscdk.Token_IsUnresolved(b) && (*b < 1 || *b > 10000) {
		unscoped(fmt.Sprintf("Maximum batch size must be between 1 and 10000 inclusive (given %v)", *b))
	}
	return s
}

// Bind maps the source to target (id "<Name>:<unique id of the stream or
// consumer>") and grants target read.
func (s *kinesisSource) Bind(target awslambda.IFunction) {
	if target == nil {
		unscoped(s.name + ".Bind needs a target function")
	}
	opts := s.EnrichMappingOptions(&awslambda.EventSourceMappingOptions{EventSourceArn: s.arn(),
		StartingPositionTimestamp: s.timestamp, MetricsConfig: s.props.MetricsConfig, SupportS3OnFailureDestination: jsii.Bool(true)})
	s.mapping = target.AddEventSourceMapping(jsii.String(s.name+":"+*awscdk.Names_NodeUniqueId(s.node)), opts)
	s.grantRead(target)
}

func (s *kinesisSource) EventSourceMappingId() *string {
	if s.mapping == nil {
		unscoped(s.name + " is not yet bound to an event source mapping")
	}
	return s.mapping.EventSourceMappingId()
}

func (s *kinesisSource) EventSourceMappingArn() *string {
	if s.mapping == nil {
		unscoped(s.name + " is not yet bound to an event source mapping")
	}
	return s.mapping.EventSourceMappingArn()
}

type kinesisEventSource struct {
	kinesisSource
	stream awskinesis.IStream
}

// NewKinesisEventSource makes stream an event source.
func NewKinesisEventSource(stream awskinesis.IStream, props *KinesisEventSourceProps) KinesisEventSource {
	if stream == nil {
		unscoped("NewKinesisEventSource needs a stream")
	}
	if props == nil {
		l2.Throw(stream, "NewKinesisEventSource needs props with a StartingPosition")
	}
	s := &kinesisEventSource{kinesisSource: newKinesisSource("KinesisEventSource", props), stream: stream}
	s.node, s.arn, s.grantRead = stream.Node(), stream.StreamArn, stream.GrantRead
	return s
}

func (s *kinesisEventSource) Stream() awskinesis.IStream { return s.stream }

type kinesisConsumerEventSource struct {
	kinesisSource
	consumer awskinesis.IStreamConsumer
}

// NewKinesisConsumerEventSource makes streamConsumer an event source;
// the function is granted read on the consumer and its stream.
func NewKinesisConsumerEventSource(streamConsumer awskinesis.IStreamConsumer, props *KinesisEventSourceProps) KinesisConsumerEventSource {
	if streamConsumer == nil {
		unscoped("NewKinesisConsumerEventSource needs a stream consumer")
	}
	if props == nil {
		l2.Throw(streamConsumer, "NewKinesisConsumerEventSource needs props with a StartingPosition")
	}
	s := &kinesisConsumerEventSource{kinesisSource: newKinesisSource("KinesisConsumerEventSource", props), consumer: streamConsumer}
	s.node, s.arn, s.grantRead = streamConsumer.Node(), streamConsumer.StreamConsumerArn, streamConsumer.GrantRead
	return s
}

func (s *kinesisConsumerEventSource) StreamConsumer() awskinesis.IStreamConsumer { return s.consumer }

// NewKinesisEventSource_Override initialises outer, a type embedding KinesisEventSource (how Go programs subclass it).
func NewKinesisEventSource_Override(outer KinesisEventSource, stream awskinesis.IStream, props *KinesisEventSourceProps) {
	l2.Override(outer, NewKinesisEventSource(stream, props))
}

// NewKinesisConsumerEventSource_Override initialises outer, a type embedding KinesisConsumerEventSource.
func NewKinesisConsumerEventSource_Override(outer KinesisConsumerEventSource, streamConsumer awskinesis.IStreamConsumer, props *KinesisEventSourceProps) {
	l2.Override(outer, NewKinesisConsumerEventSource(streamConsumer, props))
}
