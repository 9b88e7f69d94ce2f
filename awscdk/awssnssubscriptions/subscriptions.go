package awssnssubscriptions

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// SubscriptionProps are the options every subscriber takes.
type SubscriptionProps struct {
	// Where messages that cannot be delivered go.
	DeadLetterQueue awssqs.IQueue `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	// Deliver only messages whose attributes match.
	FilterPolicy *map[string]awssns.SubscriptionFilter `field:"optional" json:"filterPolicy" yaml:"filterPolicy"`
	// Deliver only messages whose body matches.
	FilterPolicyWithMessageBody *map[string]awssns.FilterOrPolicy `field:"optional" json:"filterPolicyWithMessageBody" yaml:"filterPolicyWithMessageBody"`
}

// EmailSubscriptionProps are the props of NewEmailSubscription.
type EmailSubscriptionProps struct {
	DeadLetterQueue             awssqs.IQueue                         `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	FilterPolicy                *map[string]awssns.SubscriptionFilter `field:"optional" json:"filterPolicy" yaml:"filterPolicy"`
	FilterPolicyWithMessageBody *map[string]awssns.FilterOrPolicy     `field:"optional" json:"filterPolicyWithMessageBody" yaml:"filterPolicyWithMessageBody"`
	// Send the whole notification as JSON (protocol email-json).
	Json *bool `field:"optional" json:"json" yaml:"json"`
}

// EmailSubscription subscribes an email address.
type EmailSubscription interface {
	awssns.ITopicSubscription
}

type emailSubscription struct {
	address *string
	props   EmailSubscriptionProps
}

// NewEmailSubscription subscribes emailAddress.
func NewEmailSubscription(emailAddress *string, props *EmailSubscriptionProps) EmailSubscription {
	s := &emailSubscription{address: emailAddress}
	if props != nil {
		s.props = *props
	}
	return s
}

func (s *emailSubscription) Bind(_ awssns.ITopic) *awssns.TopicSubscriptionConfig {
	protocol := awssns.SubscriptionProtocol_EMAIL
	if s.props.Json != nil && *s.props.Json {
		protocol = awssns.SubscriptionProtocol_EMAIL_JSON
	}
	return &awssns.TopicSubscriptionConfig{
		SubscriberId:                s.address,
		Endpoint:                    s.address,
		Protocol:                    protocol,
		FilterPolicy:                s.props.FilterPolicy,
		FilterPolicyWithMessageBody: s.props.FilterPolicyWithMessageBody,
		DeadLetterQueue:             s.props.DeadLetterQueue,
	}
}

// SmsSubscriptionProps are the props of NewSmsSubscription.
type SmsSubscriptionProps struct {
	DeadLetterQueue             awssqs.IQueue                         `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	FilterPolicy                *map[string]awssns.SubscriptionFilter `field:"optional" json:"filterPolicy" yaml:"filterPolicy"`
	FilterPolicyWithMessageBody *map[string]awssns.FilterOrPolicy     `field:"optional" json:"filterPolicyWithMessageBody" yaml:"filterPolicyWithMessageBody"`
}

// SmsSubscription subscribes a phone number.
type SmsSubscription interface {
	awssns.ITopicSubscription
}

type smsSubscription struct {
	number *string
	props  SmsSubscriptionProps
}

// NewSmsSubscription subscribes phoneNumber.
func NewSmsSubscription(phoneNumber *string, props *SmsSubscriptionProps) SmsSubscription {
	s := &smsSubscription{number: phoneNumber}
	if props != nil {
		s.props = *props
	}
	return s
}

func (s *smsSubscription) Bind(_ awssns.ITopic) *awssns.TopicSubscriptionConfig {
	return &awssns.TopicSubscriptionConfig{
		SubscriberId:                s.number,
		Endpoint:                    s.number,
		Protocol:                    awssns.SubscriptionProtocol_SMS,
		FilterPolicy:                s.props.FilterPolicy,
		FilterPolicyWithMessageBody: s.props.FilterPolicyWithMessageBody,
	}
}

// UrlSubscriptionProps are the props of NewUrlSubscription.
type UrlSubscriptionProps struct {
	DeadLetterQueue             awssqs.IQueue                         `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	FilterPolicy                *map[string]awssns.SubscriptionFilter `field:"optional" json:"filterPolicy" yaml:"filterPolicy"`
	FilterPolicyWithMessageBody *map[string]awssns.FilterOrPolicy     `field:"optional" json:"filterPolicyWithMessageBody" yaml:"filterPolicyWithMessageBody"`
	// Retry, throttle and request policy of the HTTP/S deliveries.
	DeliveryPolicy *awssns.DeliveryPolicy `field:"optional" json:"deliveryPolicy" yaml:"deliveryPolicy"`
	// Required when the URL is a token. Default: from the URL's scheme.
	Protocol awssns.SubscriptionProtocol `field:"optional" json:"protocol" yaml:"protocol"`
	// Deliver the raw message instead of the JSON envelope.
	RawMessageDelivery *bool `field:"optional" json:"rawMessageDelivery" yaml:"rawMessageDelivery"`
}

// UrlSubscription subscribes an HTTP or HTTPS endpoint.
type UrlSubscription interface {
	awssns.ITopicSubscription
}

type urlSubscription struct {
	url      *string
	props    UrlSubscriptionProps
	protocol awssns.SubscriptionProtocol
}

// UrlSubscription_PROPERTY_INJECTION_ID is the id property injectors use for UrlSubscription.
func UrlSubscription_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-sns-subscriptions.UrlSubscription")
}

// NewUrlSubscription subscribes url. The protocol is HTTPS or HTTP after
// the URL's scheme; a URL that is a token needs props.Protocol.
func NewUrlSubscription(url *string, props *UrlSubscriptionProps) UrlSubscription {
	s := &urlSubscription{url: url}
	if props != nil {
		s.props = *props
	}
	u := ""
	if url != nil {
		u = *url
	}
	unresolved := *awscdk.Token_IsUnresolved(url)
	if !unresolved && !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
		diag.Panic("", "URL must start with either http:// or https:// (got %q)", u)
	}
	if unresolved && s.props.Protocol == "" {
		diag.Panic("", "Must provide protocol if url is unresolved")
	}
	switch {
	case unresolved:
		s.protocol = s.props.Protocol
	case strings.HasPrefix(u, "https:"):
		s.protocol = awssns.SubscriptionProtocol_HTTPS
	default:
		s.protocol = awssns.SubscriptionProtocol_HTTP
	}
	return s
}

func (s *urlSubscription) Bind(_ awssns.ITopic) *awssns.TopicSubscriptionConfig {
	return &awssns.TopicSubscriptionConfig{
		SubscriberId:                s.url,
		Endpoint:                    s.url,
		Protocol:                    s.protocol,
		RawMessageDelivery:          s.props.RawMessageDelivery,
		FilterPolicy:                s.props.FilterPolicy,
		FilterPolicyWithMessageBody: s.props.FilterPolicyWithMessageBody,
		DeadLetterQueue:             s.props.DeadLetterQueue,
		DeliveryPolicy:              s.props.DeliveryPolicy,
	}
}

// SqsSubscriptionProps are the props of NewSqsSubscription.
type SqsSubscriptionProps struct {
	DeadLetterQueue             awssqs.IQueue                         `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	FilterPolicy                *map[string]awssns.SubscriptionFilter `field:"optional" json:"filterPolicy" yaml:"filterPolicy"`
	FilterPolicyWithMessageBody *map[string]awssns.FilterOrPolicy     `field:"optional" json:"filterPolicyWithMessageBody" yaml:"filterPolicyWithMessageBody"`
	// Deliver the raw message instead of the JSON envelope.
	RawMessageDelivery *bool `field:"optional" json:"rawMessageDelivery" yaml:"rawMessageDelivery"`
}

// SqsSubscription subscribes a queue.
type SqsSubscription interface {
	awssns.ITopicSubscription
}

type sqsSubscription struct {
	queue awssqs.IQueue
	props SqsSubscriptionProps
}

// NewSqsSubscription subscribes queue.
func NewSqsSubscription(queue awssqs.IQueue, props *SqsSubscriptionProps) SqsSubscription {
	s := &sqsSubscription{queue: queue}
	if props != nil {
		s.props = *props
	}
	return s
}

// Bind lets the topic send to the queue (queue policy, and the key policy of
// an encrypted queue) and subscribes the queue under its own scope.
func (s *sqsSubscription) Bind(topic awssns.ITopic) *awssns.TopicSubscriptionConfig {
	queueScope, ok := s.queue.(constructs.Construct)
	if !ok {
		diag.Panic(*topic.Node().Path(), "The supplied Queue object must be an instance of Construct")
	}
	principal := snsServicePrincipal(topic, s.queue)
	if s.queue.EncryptionType() == awssqs.QueueEncryption_KMS_MANAGED {
		diag.Panic(*topic.Node().Path(), "SQS queue encrypted by AWS managed KMS key cannot be used as SNS subscription")
	}
	if dlq := s.props.DeadLetterQueue; dlq != nil && dlq.EncryptionType() == awssqs.QueueEncryption_KMS_MANAGED {
		diag.Panic(*topic.Node().Path(), "SQS queue encrypted by AWS managed KMS key cannot be used as dead-letter queue")
	}
	added := s.queue.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Resources:  &[]*string{s.queue.QueueArn()},
		Actions:    jsii.Strings("sqs:SendMessage"),
		Principals: &[]awsiam.IPrincipal{principal},
		Conditions: &map[string]interface{}{"ArnEquals": map[string]interface{}{"aws:SourceArn": topic.TopicArn()}},
	}))
	if key := s.queue.EncryptionMasterKey(); key != nil {
		var conditions *map[string]interface{}
		if *awscdk.FeatureFlags_Of(topic).IsEnabled(jsii.String("@aws-cdk/aws-sns-subscriptions:restrictSqsDescryption")) {
			conditions = &map[string]interface{}{"ArnEquals": map[string]interface{}{"aws:SourceArn": topic.TopicArn()}}
		}
		key.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Resources:  jsii.Strings("*"),
			Actions:    jsii.Strings("kms:Decrypt", "kms:GenerateDataKey"),
			Principals: &[]awsiam.IPrincipal{principal},
			Conditions: conditions,
		}), nil)
	}
	addStackDependency(topic, s.queue)
	var dep constructs.IDependable
	if added != nil && added.PolicyDependable != nil {
		dep = added.PolicyDependable
	}
	return &awssns.TopicSubscriptionConfig{
		SubscriberScope:             queueScope,
		SubscriberId:                awscdk.Names_NodeUniqueId(topic.Node()),
		Endpoint:                    s.queue.QueueArn(),
		Protocol:                    awssns.SubscriptionProtocol_SQS,
		RawMessageDelivery:          s.props.RawMessageDelivery,
		FilterPolicy:                s.props.FilterPolicy,
		FilterPolicyWithMessageBody: s.props.FilterPolicyWithMessageBody,
		Region:                      regionFromArn(topic, s.queue),
		DeadLetterQueue:             s.props.DeadLetterQueue,
		SubscriptionDependency:      dep,
	}
}
