package awslambdaeventsources

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awss3notifications"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssnssubscriptions"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// SqsEventSourceProps configure an SQS event source.
type SqsEventSourceProps struct {
	BatchSize               *float64                           `field:"optional" json:"batchSize" yaml:"batchSize"`
	Enabled                 *bool                              `field:"optional" json:"enabled" yaml:"enabled"`
	FilterEncryption        awskms.IKey                        `field:"optional" json:"filterEncryption" yaml:"filterEncryption"`
	Filters                 *[]*map[string]interface{}         `field:"optional" json:"filters" yaml:"filters"`
	MaxBatchingWindow       awscdk.Duration                    `field:"optional" json:"maxBatchingWindow" yaml:"maxBatchingWindow"`
	MaxConcurrency          *float64                           `field:"optional" json:"maxConcurrency" yaml:"maxConcurrency"`
	MetricsConfig           *awslambda.MetricsConfig           `field:"optional" json:"metricsConfig" yaml:"metricsConfig"`
	ProvisionedPollerConfig *awslambda.ProvisionedPollerConfig `field:"optional" json:"provisionedPollerConfig" yaml:"provisionedPollerConfig"`
	ReportBatchItemFailures *bool                              `field:"optional" json:"reportBatchItemFailures" yaml:"reportBatchItemFailures"`
}

// SqsEventSource has Lambda poll a queue and call the function with
// batches of messages; the function may consume them.
type SqsEventSource interface {
	awslambda.IEventSource
	EventSourceMappingArn() *string
	EventSourceMappingId() *string
	Queue() awssqs.IQueue
}

type sqsEventSource struct {
	queue   awssqs.IQueue
	props   SqsEventSourceProps
	mapping awslambda.EventSourceMapping
}

// NewSqsEventSource makes queue an event source.
func NewSqsEventSource(queue awssqs.IQueue, props *SqsEventSourceProps) SqsEventSource {
	s := &sqsEventSource{queue: queue}
	if props != nil {
		s.props = *props
	}
	p := &s.props
	if p.MaxBatchingWindow != nil {
		if queue.Fifo() != nil && *queue.Fifo() {
			l2.Throw(queue, "Batching window is not supported for FIFO queues")
		}
		if !*p.MaxBatchingWindow.IsUnresolved() && *p.MaxBatchingWindow.ToSeconds(nil) > 300 {
			l2.Throw(queue, "Maximum batching window must be 300 seconds or less (given %s)", *p.MaxBatchingWindow.ToHumanString())
		}
	}
	if b := p.BatchSize; b != nil && !*awscdk.Token_IsUnresolved(b) {
		if p.MaxBatchingWindow != nil && (*b < 1 || *b > 10000) {
			l2.Throw(queue, "Maximum batch size must be between 1 and 10000 inclusive (given %v) when batching window is specified.", *b)
		}
		if p.MaxBatchingWindow == nil && (*b < 1 || *b > 10) {
			l2.Throw(queue, "Maximum batch size must be between 1 and 10 inclusive (given %v) when batching window is not specified.", *b)
		}
	}
	if c := p.ProvisionedPollerConfig; c != nil {
		if p.MaxConcurrency != nil {
			l2.Throw(queue, "provisionedPollerConfig and maxConcurrency are mutually exclusive \u2014 specify only one")
		}
		if c.MinimumPollers != nil && (*c.MinimumPollers < 2 || *c.MinimumPollers > 200) {
			l2.Throw(queue, "Minimum provisioned pollers for SQS must be between 2 and 200 inclusive, got: %v", *c.MinimumPollers)
		}
		if c.MaximumPollers != nil && (*c.MaximumPollers < 2 || *c.MaximumPollers > 2000) {
			l2.Throw(queue, "Maximum provisioned pollers for SQS must be between 2 and 2000 inclusive, got: %v", *c.MaximumPollers)
		}
		if c.MinimumPollers != nil && c.MaximumPollers != nil && *c.MinimumPollers > *c.MaximumPollers {
			l2.Throw(queue, "Minimum provisioned pollers must be less than or equal to maximum provisioned pollers, got: min=%v, max=%v", *c.MinimumPollers, *c.MaximumPollers)
		}
	}
	return s
}

func (s *sqsEventSource) Queue() awssqs.IQueue { return s.queue }

// Bind maps the queue to target and lets target consume its messages.
func (s *sqsEventSource) Bind(target awslambda.IFunction) {
	p := &s.props
	s.mapping = target.AddEventSourceMapping(jsii.String("SqsEventSource:"+*awscdk.Names_NodeUniqueId(s.queue.Node())), &awslambda.EventSourceMappingOptions{
		BatchSize: p.BatchSize, MaxBatchingWindow: p.MaxBatchingWindow, MaxConcurrency: p.MaxConcurrency,
		ReportBatchItemFailures: p.ReportBatchItemFailures, Enabled: p.Enabled, EventSourceArn: s.queue.QueueArn(),
		Filters: p.Filters, FilterEncryption: p.FilterEncryption, MetricsConfig: p.MetricsConfig, ProvisionedPollerConfig: p.ProvisionedPollerConfig,
	})
	if target.Role() != nil {
		s.queue.GrantConsumeMessages(target)
	} else {
		awscdk.Annotations_Of(target).AddWarningV2(jsii.String("@aws-cdk/aws-lambda-event-sources:sqsFunctionImportWithoutRole"),
			jsii.String("Function '"+*target.Node().Path()+"' was imported without an IAM role so it was not granted access to consume messages from '"+*s.queue.Node().Path()+"'"))
	}
}

func (s *sqsEventSource) EventSourceMappingId() *string {
	if s.mapping == nil {
		l2.Throw(s.queue, "SqsEventSource is not yet bound to an event source mapping")
	}
	return s.mapping.EventSourceMappingId()
}

func (s *sqsEventSource) EventSourceMappingArn() *string {
	if s.mapping == nil {
		l2.Throw(s.queue, "SqsEventSource is not yet bound to an event source mapping")
	}
	return s.mapping.EventSourceMappingArn()
}

// SnsEventSourceProps configure an SNS event source.
type SnsEventSourceProps struct {
	DeadLetterQueue             awssqs.IQueue                         `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	FilterPolicy                *map[string]awssns.SubscriptionFilter `field:"optional" json:"filterPolicy" yaml:"filterPolicy"`
	FilterPolicyWithMessageBody *map[string]awssns.FilterOrPolicy     `field:"optional" json:"filterPolicyWithMessageBody" yaml:"filterPolicyWithMessageBody"`
}

// SnsEventSource subscribes the function to a topic.
type SnsEventSource interface {
	awslambda.IEventSource
	Topic() awssns.ITopic
}

type snsEventSource struct {
	topic awssns.ITopic
	props *SnsEventSourceProps
}

// NewSnsEventSource makes topic an event source.
func NewSnsEventSource(topic awssns.ITopic, props *SnsEventSourceProps) SnsEventSource {
	return &snsEventSource{topic: topic, props: props}
}

func (s *snsEventSource) Topic() awssns.ITopic { return s.topic }

// Bind subscribes target to the topic.
func (s *snsEventSource) Bind(target awslambda.IFunction) {
	var p *awssnssubscriptions.LambdaSubscriptionProps
	if s.props != nil {
		p = &awssnssubscriptions.LambdaSubscriptionProps{DeadLetterQueue: s.props.DeadLetterQueue, FilterPolicy: s.props.FilterPolicy,
			FilterPolicyWithMessageBody: s.props.FilterPolicyWithMessageBody}
	}
	s.topic.AddSubscription(awssnssubscriptions.NewLambdaSubscription(target, p))
}

// S3EventSourceProps configure an S3 event source.
type S3EventSourceProps struct {
	Events  *[]awss3.EventType              `field:"required" json:"events" yaml:"events"`
	Filters *[]*awss3.NotificationKeyFilter `field:"optional" json:"filters" yaml:"filters"`
}

// S3EventSource has a bucket notify the function of its events.
type S3EventSource interface {
	awslambda.IEventSource
	Bucket() awss3.Bucket
}

type s3EventSource struct {
	bucket awss3.IBucket
	props  S3EventSourceProps
}

// NewS3EventSource makes bucket an event source.
func NewS3EventSource(bucket awss3.Bucket, props *S3EventSourceProps) S3EventSource {
	s := &s3EventSource{bucket: bucket}
	if props != nil {
		s.props = *props
	}
	return s
}

func (s *s3EventSource) Bucket() awss3.Bucket { b, _ := s.bucket.(awss3.Bucket); return b }

// Bind adds a notification to target for each event.
func (s *s3EventSource) Bind(target awslambda.IFunction) {
	var filters []*awss3.NotificationKeyFilter
	if s.props.Filters != nil {
		filters = *s.props.Filters
	}
	if s.props.Events == nil {
		return
	}
	for _, e := range *s.props.Events {
		s.bucket.AddEventNotification(e, awss3notifications.NewLambdaDestination(target), filters...)
	}
}

// S3EventSourceV2 is S3EventSource for any bucket, imported ones included.
type S3EventSourceV2 interface {
	awslambda.IEventSource
}

// NewS3EventSourceV2 makes bucket (owned or imported) an event source.
func NewS3EventSourceV2(bucket awss3.IBucket, props *S3EventSourceProps) S3EventSourceV2 {
	s := &s3EventSource{bucket: bucket}
	if props != nil {
		s.props = *props
	}
	return s
}
