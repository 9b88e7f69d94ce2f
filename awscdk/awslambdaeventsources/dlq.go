package awslambdaeventsources

import (
	"regexp"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// SqsDlq sends the records a stream source gives up on to a queue.
type SqsDlq interface {
	awslambda.IEventSourceDlq
}

type sqsDlq struct{ queue awssqs.IQueue }

// NewSqsDlq sends failed records to queue.
func NewSqsDlq(queue awssqs.IQueue) SqsDlq { return &sqsDlq{queue: queue} }

// NewSqsDlq_Override initialises outer, a type embedding SqsDlq.
func NewSqsDlq_Override(outer SqsDlq, queue awssqs.IQueue) { l2.Override(outer, NewSqsDlq(queue)) }

// Bind lets the function send to the queue.
func (d *sqsDlq) Bind(_ awslambda.IEventSourceMapping, targetHandler awslambda.IFunction) *awslambda.DlqDestinationConfig {
	d.queue.GrantSendMessages(targetHandler)
	return &awslambda.DlqDestinationConfig{Destination: d.queue.QueueArn()}
}

// SnsDlq sends the records a stream source gives up on to a topic.
type SnsDlq interface {
	awslambda.IEventSourceDlq
}

type snsDlq struct{ topic awssns.ITopic }

// NewSnsDlq sends failed records to topic.
func NewSnsDlq(topic awssns.ITopic) SnsDlq { return &snsDlq{topic: topic} }

// NewSnsDlq_Override initialises outer, a type embedding SnsDlq.
func NewSnsDlq_Override(outer SnsDlq, topic awssns.ITopic) { l2.Override(outer, NewSnsDlq(topic)) }

// Bind lets the function publish to the topic.
func (d *snsDlq) Bind(_ awslambda.IEventSourceMapping, targetHandler awslambda.IFunction) *awslambda.DlqDestinationConfig {
	d.topic.GrantPublish(targetHandler)
	return &awslambda.DlqDestinationConfig{Destination: d.topic.TopicArn()}
}

// S3OnFailureDestination writes the records a stream or Kafka source
// gives up on to a bucket.
type S3OnFailureDestination interface {
	awslambda.IEventSourceDlq
}

type s3OnFailureDestination struct{ bucket awss3.IBucket }

// NewS3OnFailureDestination writes failed records to bucket.
func NewS3OnFailureDestination(bucket awss3.IBucket) S3OnFailureDestination {
	return &s3OnFailureDestination{bucket: bucket}
}

// NewS3OnFailureDestination_Override initialises outer, a type embedding S3OnFailureDestination.
func NewS3OnFailureDestination_Override(outer S3OnFailureDestination, bucket awss3.IBucket) {
	l2.Override(outer, NewS3OnFailureDestination(bucket))
}

// Bind lets the function read and write the bucket.
func (d *s3OnFailureDestination) Bind(_ awslambda.IEventSourceMapping, targetHandler awslambda.IFunction) *awslambda.DlqDestinationConfig {
	d.bucket.GrantReadWrite(targetHandler, nil)
	return &awslambda.DlqDestinationConfig{Destination: d.bucket.BucketArn()}
}

// KafkaDlq sends the records a Kafka source gives up on to a Kafka topic.
type KafkaDlq interface {
	awslambda.IEventSourceDlq
}

type kafkaDlq struct{ topic *string }

var kafkaTopicPattern = regexp.MustCompile(`^[a-zA-Z0-9._-]+$`)

// NewKafkaDlq sends failed records to the topic topicName ("kafka://" is
// added when missing).
func NewKafkaDlq(topicName *string) KafkaDlq {
	if topicName != nil && *awscdk.Token_IsUnresolved(topicName) {
		return &kafkaDlq{topic: topicName}
	}
	name := ""
	if topicName != nil {
		name = *topicName
	}
	if strings.TrimSpace(name) == "" {
		unscoped("Topic name cannot be empty")
	}
	clean := strings.TrimPrefix(name, "kafka://")
	if clean == "" {
		unscoped("Topic name cannot be empty after removing kafka:// prefix")
	}
	if !kafkaTopicPattern.MatchString(clean) {
		unscoped("Topic name contains invalid characters. Only alphanumeric characters, dots, underscores, and hyphens are allowed")
	}
	return &kafkaDlq{topic: jsii.String("kafka://" + clean)}
}

// NewKafkaDlq_Override initialises outer, a type embedding KafkaDlq.
func NewKafkaDlq_Override(outer KafkaDlq, topicName *string) {
	l2.Override(outer, NewKafkaDlq(topicName))
}

// Bind names the topic.
func (d *kafkaDlq) Bind(awslambda.IEventSourceMapping, awslambda.IFunction) *awslambda.DlqDestinationConfig {
	return &awslambda.DlqDestinationConfig{Destination: d.topic}
}
