package awssnssubscriptions

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskinesisfirehose"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// FirehoseSubscriptionProps are the props of NewFirehoseSubscription.
type FirehoseSubscriptionProps struct {
	DeadLetterQueue             awssqs.IQueue                         `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	FilterPolicy                *map[string]awssns.SubscriptionFilter `field:"optional" json:"filterPolicy" yaml:"filterPolicy"`
	FilterPolicyWithMessageBody *map[string]awssns.FilterOrPolicy     `field:"optional" json:"filterPolicyWithMessageBody" yaml:"filterPolicyWithMessageBody"`
	// Deliver the raw message instead of the SNS envelope.
	RawMessageDelivery *bool `field:"optional" json:"rawMessageDelivery" yaml:"rawMessageDelivery"`
	// The role SNS assumes to put records. Default: the stream's
	// "TopicSubscriptionRole", created once per stream.
	Role awsiam.IRole `field:"optional" json:"role" yaml:"role"`
}

// FirehoseSubscription subscribes a Firehose delivery stream.
type FirehoseSubscription interface {
	awssns.ITopicSubscription
	Bind(topic awssns.ITopic) *awssns.TopicSubscriptionConfig
}

type firehoseSubscription struct {
	stream awskinesisfirehose.IDeliveryStream
	props  FirehoseSubscriptionProps
}

// NewFirehoseSubscription subscribes deliveryStream.
func NewFirehoseSubscription(deliveryStream awskinesisfirehose.IDeliveryStream, props *FirehoseSubscriptionProps) FirehoseSubscription {
	if deliveryStream == nil {
		diag.Panic("", "NewFirehoseSubscription needs a delivery stream; got nil")
	}
	s := &firehoseSubscription{stream: deliveryStream}
	if props != nil {
		s.props = *props
	}
	return s
}

// NewFirehoseSubscription_Override initialises f, a type embedding FirehoseSubscription.
func NewFirehoseSubscription_Override(f FirehoseSubscription, deliveryStream awskinesisfirehose.IDeliveryStream, props *FirehoseSubscriptionProps) {
	l2.Override(f, NewFirehoseSubscription(deliveryStream, props))
}

// Bind lets SNS put records through the subscription role and subscribes
// the stream under its own scope.
func (s *firehoseSubscription) Bind(topic awssns.ITopic) *awssns.TopicSubscriptionConfig {
	scope, ok := s.stream.(constructs.Construct)
	if !ok {
		diag.Panic(*topic.Node().Path(), "The supplied delivery stream object must be an instance of Construct")
	}
	role := s.props.Role
	if role == nil {
		role, _ = scope.Node().TryFindChild(jsii.String("TopicSubscriptionRole")).(awsiam.IRole)
	}
	if role == nil {
		role = awsiam.NewRole(scope, jsii.String("TopicSubscriptionRole"), &awsiam.RoleProps{
			AssumedBy: awsiam.NewServicePrincipal(jsii.String("sns.amazonaws.com"), nil),
		})
	}
	s.stream.Grant(role, jsii.String("firehose:DescribeDeliveryStream"), jsii.String("firehose:ListDeliveryStreams"),
		jsii.String("firehose:ListTagsForDeliveryStream"), jsii.String("firehose:PutRecord"), jsii.String("firehose:PutRecordBatch"))
	addStackDependency(topic, s.stream)
	return &awssns.TopicSubscriptionConfig{
		SubscriberScope:             scope,
		SubscriberId:                awscdk.Names_NodeUniqueId(topic.Node()),
		Endpoint:                    s.stream.DeliveryStreamArn(),
		Protocol:                    awssns.SubscriptionProtocol_FIREHOSE,
		FilterPolicy:                s.props.FilterPolicy,
		FilterPolicyWithMessageBody: s.props.FilterPolicyWithMessageBody,
		RawMessageDelivery:          s.props.RawMessageDelivery,
		Region:                      regionFromArn(topic, s.stream),
		DeadLetterQueue:             s.props.DeadLetterQueue,
		SubscriptionRoleArn:         role.RoleArn(),
	}
}
