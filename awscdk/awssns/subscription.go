package awssns

import (
	"fmt"
	"math"
	"sort"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// SubscriptionProtocol is how SNS delivers to a subscriber.
type SubscriptionProtocol string

const (
	SubscriptionProtocol_HTTP        SubscriptionProtocol = "HTTP"
	SubscriptionProtocol_HTTPS       SubscriptionProtocol = "HTTPS"
	SubscriptionProtocol_EMAIL       SubscriptionProtocol = "EMAIL"
	SubscriptionProtocol_EMAIL_JSON  SubscriptionProtocol = "EMAIL_JSON"
	SubscriptionProtocol_SMS         SubscriptionProtocol = "SMS"
	SubscriptionProtocol_SQS         SubscriptionProtocol = "SQS"
	SubscriptionProtocol_APPLICATION SubscriptionProtocol = "APPLICATION"
	SubscriptionProtocol_LAMBDA      SubscriptionProtocol = "LAMBDA"
	SubscriptionProtocol_FIREHOSE    SubscriptionProtocol = "FIREHOSE"
)

var subscriptionProtocolValues = map[SubscriptionProtocol]string{
	SubscriptionProtocol_HTTP: "http", SubscriptionProtocol_HTTPS: "https", SubscriptionProtocol_EMAIL: "email",
	SubscriptionProtocol_EMAIL_JSON: "email-json", SubscriptionProtocol_SMS: "sms", SubscriptionProtocol_SQS: "sqs",
	SubscriptionProtocol_APPLICATION: "application", SubscriptionProtocol_LAMBDA: "lambda", SubscriptionProtocol_FIREHOSE: "firehose",
}

// BackoffFunction is the retry backoff of an HTTP/S delivery policy.
type BackoffFunction string

const (
	BackoffFunction_ARITHMETIC  BackoffFunction = "ARITHMETIC"
	BackoffFunction_EXPONENTIAL BackoffFunction = "EXPONENTIAL"
	BackoffFunction_GEOMETRIC   BackoffFunction = "GEOMETRIC"
	BackoffFunction_LINEAR      BackoffFunction = "LINEAR"
)

// DeliveryPolicy is the retry, throttle and request policy of an HTTP/S subscription.
type DeliveryPolicy struct {
	HealthyRetryPolicy *HealthyRetryPolicy `field:"optional" json:"healthyRetryPolicy" yaml:"healthyRetryPolicy"`
	RequestPolicy      *RequestPolicy      `field:"optional" json:"requestPolicy" yaml:"requestPolicy"`
	ThrottlePolicy     *ThrottlePolicy     `field:"optional" json:"throttlePolicy" yaml:"throttlePolicy"`
}

// HealthyRetryPolicy is how SNS retries deliveries to a healthy endpoint.
type HealthyRetryPolicy struct {
	BackoffFunction    BackoffFunction `field:"optional" json:"backoffFunction" yaml:"backoffFunction"`
	MaxDelayTarget     awscdk.Duration `field:"optional" json:"maxDelayTarget" yaml:"maxDelayTarget"`
	MinDelayTarget     awscdk.Duration `field:"optional" json:"minDelayTarget" yaml:"minDelayTarget"`
	NumMaxDelayRetries *float64        `field:"optional" json:"numMaxDelayRetries" yaml:"numMaxDelayRetries"`
	NumMinDelayRetries *float64        `field:"optional" json:"numMinDelayRetries" yaml:"numMinDelayRetries"`
	NumNoDelayRetries  *float64        `field:"optional" json:"numNoDelayRetries" yaml:"numNoDelayRetries"`
	NumRetries         *float64        `field:"optional" json:"numRetries" yaml:"numRetries"`
}

// ThrottlePolicy limits deliveries per second.
type ThrottlePolicy struct {
	MaxReceivesPerSecond *float64 `field:"optional" json:"maxReceivesPerSecond" yaml:"maxReceivesPerSecond"`
}

// RequestPolicy sets the content type of HTTP/S deliveries.
type RequestPolicy struct {
	HeaderContentType *string `field:"optional" json:"headerContentType" yaml:"headerContentType"`
}

// SubscriptionOptions are the options of a subscription.
type SubscriptionOptions struct {
	Endpoint                    *string                        `field:"required" json:"endpoint" yaml:"endpoint"`
	Protocol                    SubscriptionProtocol           `field:"required" json:"protocol" yaml:"protocol"`
	DeadLetterQueue             awssqs.IQueue                  `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	DeliveryPolicy              *DeliveryPolicy                `field:"optional" json:"deliveryPolicy" yaml:"deliveryPolicy"`
	FilterPolicy                *map[string]SubscriptionFilter `field:"optional" json:"filterPolicy" yaml:"filterPolicy"`
	FilterPolicyWithMessageBody *map[string]FilterOrPolicy     `field:"optional" json:"filterPolicyWithMessageBody" yaml:"filterPolicyWithMessageBody"`
	RawMessageDelivery          *bool                          `field:"optional" json:"rawMessageDelivery" yaml:"rawMessageDelivery"`
	Region                      *string                        `field:"optional" json:"region" yaml:"region"`
	SubscriptionRoleArn         *string                        `field:"optional" json:"subscriptionRoleArn" yaml:"subscriptionRoleArn"`
}

// SubscriptionProps are the props of NewSubscription.
type SubscriptionProps struct {
	Endpoint                    *string                        `field:"required" json:"endpoint" yaml:"endpoint"`
	Protocol                    SubscriptionProtocol           `field:"required" json:"protocol" yaml:"protocol"`
	DeadLetterQueue             awssqs.IQueue                  `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	DeliveryPolicy              *DeliveryPolicy                `field:"optional" json:"deliveryPolicy" yaml:"deliveryPolicy"`
	FilterPolicy                *map[string]SubscriptionFilter `field:"optional" json:"filterPolicy" yaml:"filterPolicy"`
	FilterPolicyWithMessageBody *map[string]FilterOrPolicy     `field:"optional" json:"filterPolicyWithMessageBody" yaml:"filterPolicyWithMessageBody"`
	RawMessageDelivery          *bool                          `field:"optional" json:"rawMessageDelivery" yaml:"rawMessageDelivery"`
	Region                      *string                        `field:"optional" json:"region" yaml:"region"`
	SubscriptionRoleArn         *string                        `field:"optional" json:"subscriptionRoleArn" yaml:"subscriptionRoleArn"`
	// The topic to subscribe to.
	Topic ITopic `field:"required" json:"topic" yaml:"topic"`
}

// TopicSubscriptionConfig is what a subscriber's Bind returns.
type TopicSubscriptionConfig struct {
	Endpoint                    *string                        `field:"required" json:"endpoint" yaml:"endpoint"`
	Protocol                    SubscriptionProtocol           `field:"required" json:"protocol" yaml:"protocol"`
	DeadLetterQueue             awssqs.IQueue                  `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	DeliveryPolicy              *DeliveryPolicy                `field:"optional" json:"deliveryPolicy" yaml:"deliveryPolicy"`
	FilterPolicy                *map[string]SubscriptionFilter `field:"optional" json:"filterPolicy" yaml:"filterPolicy"`
	FilterPolicyWithMessageBody *map[string]FilterOrPolicy     `field:"optional" json:"filterPolicyWithMessageBody" yaml:"filterPolicyWithMessageBody"`
	RawMessageDelivery          *bool                          `field:"optional" json:"rawMessageDelivery" yaml:"rawMessageDelivery"`
	Region                      *string                        `field:"optional" json:"region" yaml:"region"`
	SubscriptionRoleArn         *string                        `field:"optional" json:"subscriptionRoleArn" yaml:"subscriptionRoleArn"`
	// The id of the Subscription construct.
	SubscriberId *string `field:"required" json:"subscriberId" yaml:"subscriberId"`
	// Where the Subscription construct goes. Default: under the topic.
	SubscriberScope constructs.Construct `field:"optional" json:"subscriberScope" yaml:"subscriberScope"`
	// What the Subscription must depend on.
	SubscriptionDependency constructs.IDependable `field:"optional" json:"subscriptionDependency" yaml:"subscriptionDependency"`
}

// Subscription is a topic subscription (AWS::SNS::Subscription).
type Subscription interface {
	awscdk.Resource
	// DeadLetterQueue is the subscription's dead-letter queue, if any.
	DeadLetterQueue() awssqs.IQueue
}

type subscription struct {
	awscdk.Resource
	dlq awssqs.IQueue
}

// Subscription_PROPERTY_INJECTION_ID is the id property injectors use for Subscription.
func Subscription_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-sns.Subscription")
}

// NewSubscription subscribes an endpoint to a topic.
func NewSubscription(scope constructs.Construct, id *string, props *SubscriptionProps) Subscription {
	props = l2.Inject(*Subscription_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		l2.RequireProps(scope, id, "Subscription", "Endpoint", "Protocol", "Topic")
	}
	s := &subscription{}
	s.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(s.Resource, s)
	switch {
	case props.RawMessageDelivery != nil && *props.RawMessageDelivery &&
		props.Protocol != SubscriptionProtocol_HTTP && props.Protocol != SubscriptionProtocol_HTTPS &&
		props.Protocol != SubscriptionProtocol_SQS && props.Protocol != SubscriptionProtocol_FIREHOSE:
		throw(s, "Raw message delivery can only be enabled for HTTP, HTTPS, SQS, and Firehose subscriptions.")
	}
	var filterPolicy interface{}
	if props.FilterPolicy != nil {
		fp := *props.FilterPolicy
		if len(fp) > 5 {
			throw(s, "A filter policy can have a maximum of 5 attribute names.")
		}
		m := map[string]interface{}{}
		total := 1
		for k, f := range fp {
			c := conditionsOf(f)
			m[k] = c
			total *= len(c)
		}
		if total > 150 {
			throw(s, "The total combination of values (%d) must not exceed 150.", total)
		}
		filterPolicy = m
	} else if props.FilterPolicyWithMessageBody != nil {
		if len(*props.FilterPolicyWithMessageBody) > 5 {
			throw(s, "A filter policy can have a maximum of 5 attribute names.")
		}
		total := 1
		filterPolicy = buildFilterPolicyWithMessageBody(s, *props.FilterPolicyWithMessageBody, 1, &total)
	}
	if props.Protocol == SubscriptionProtocol_FIREHOSE && props.SubscriptionRoleArn == nil {
		throw(s, "Subscription role arn is required field for subscriptions with a firehose protocol.")
	}
	s.dlq = props.DeadLetterQueue
	var redrive interface{}
	if s.dlq != nil {
		s.dlq.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Resources:  &[]*string{s.dlq.QueueArn()},
			Actions:    jsii.Strings("sqs:SendMessage"),
			Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(jsii.String("sns.amazonaws.com"), nil)},
			Conditions: &map[string]interface{}{"ArnEquals": map[string]interface{}{"aws:SourceArn": props.Topic.TopicArn()}},
		}))
		redrive = map[string]interface{}{"deadLetterTargetArn": s.dlq.QueueArn()}
	}
	cfn := &CfnSubscriptionProps{
		Protocol:      jsii.String(enumValue(subscriptionProtocolValues, props.Protocol)),
		TopicArn:      props.Topic.TopicArn(),
		FilterPolicy:  filterPolicy,
		Region:        props.Region,
		RedrivePolicy: redrive,
	}
	if props.Endpoint != nil {
		cfn.Endpoint = props.Endpoint
	}
	if props.RawMessageDelivery != nil {
		cfn.RawMessageDelivery = *props.RawMessageDelivery
	}
	if props.FilterPolicyWithMessageBody != nil && props.FilterPolicy == nil {
		cfn.FilterPolicyScope = jsii.String("MessageBody")
	}
	if props.SubscriptionRoleArn != nil {
		cfn.SubscriptionRoleArn = props.SubscriptionRoleArn
	}
	if props.DeliveryPolicy != nil {
		cfn.DeliveryPolicy = s.renderDeliveryPolicy(props.DeliveryPolicy, props.Protocol)
	}
	NewCfnSubscription(s, jsii.String("Resource"), cfn)
	return s
}

func (s *subscription) DeadLetterQueue() awssqs.IQueue { return s.dlq }

func buildFilterPolicyWithMessageBody(scope constructs.IConstruct, in map[string]FilterOrPolicy, depth int, total *int) map[string]interface{} {
	out := map[string]interface{}{}
	keys := make([]string, 0, len(in))
	for k := range in {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		switch f := in[k].(type) {
		case Policy:
			out[k] = buildFilterPolicyWithMessageBody(scope, *f.PolicyDoc(), depth+1, total)
		case Filter:
			c := conditionsOf(f.FilterDoc())
			out[k] = c
			*total *= len(c) * depth
		default:
			throw(scope, "filter policy %q: a FilterOrPolicy must come from FilterOrPolicy_Filter or FilterOrPolicy_Policy", k)
		}
	}
	if *total > 150 {
		throw(scope, "The total combination of values (%d) must not exceed 150.", *total)
	}
	return out
}

func conditionsOf(f SubscriptionFilter) []interface{} {
	if f == nil || f.Conditions() == nil {
		return []interface{}{}
	}
	return *f.Conditions()
}

// renderDeliveryPolicy validates and renders a delivery policy, keeping
// aws-cdk-lib's key order.
func (s *subscription) renderDeliveryPolicy(p *DeliveryPolicy, protocol SubscriptionProtocol) interface{} {
	if protocol != SubscriptionProtocol_HTTP && protocol != SubscriptionProtocol_HTTPS {
		throw(s, "Delivery policy is only supported for HTTP and HTTPS subscriptions, got: %s", enumValue(subscriptionProtocolValues, protocol))
	}
	out := ojson.New()
	if h := p.HealthyRetryPolicy; h != nil {
		checkDelay := func(name string, d awscdk.Duration) {
			if d == nil {
				return
			}
			if math.Mod(*d.ToMilliseconds(nil), 1000) != 0 {
				throw(s, "%s must be a whole number of seconds, got: %s", name, *d.ToString())
			}
			secs := *d.ToSeconds(nil)
			if secs < 1 || secs > 3600 {
				throw(s, "%s must be between 1 and 3600 seconds inclusive, got: %ss", name, jsNumber(secs))
			}
		}
		checkDelay("minDelayTarget", h.MinDelayTarget)
		checkDelay("maxDelayTarget", h.MaxDelayTarget)
		if h.MinDelayTarget != nil && h.MaxDelayTarget != nil && *h.MinDelayTarget.ToSeconds(nil) > *h.MaxDelayTarget.ToSeconds(nil) {
			throw(s, "minDelayTarget must not exceed maxDelayTarget")
		}
		if n := h.NumRetries; n != nil && *n != 0 && (*n < 0 || *n > 100) {
			throw(s, "numRetries must be between 0 and 100 inclusive, got: %s", jsNumber(*n))
		}
		checkCount := func(name string, n *float64) {
			if n != nil && *n != 0 && (*n < 0 || *n != math.Trunc(*n)) {
				throw(s, "%s must be an integer zero or greater, got: %s", name, jsNumber(*n))
			}
		}
		checkCount("numNoDelayRetries", h.NumNoDelayRetries)
		checkCount("numMinDelayRetries", h.NumMinDelayRetries)
		checkCount("numMaxDelayRetries", h.NumMaxDelayRetries)
		hp := ojson.New()
		hp.Set("minDelayTarget", secondsOr(h.MinDelayTarget, 20))
		hp.Set("maxDelayTarget", secondsOr(h.MaxDelayTarget, 20))
		if h.NumRetries != nil {
			hp.Set("numRetries", *h.NumRetries)
		} else {
			hp.Set("numRetries", float64(3))
		}
		setNum(hp, "numNoDelayRetries", h.NumNoDelayRetries)
		setNum(hp, "numMinDelayRetries", h.NumMinDelayRetries)
		setNum(hp, "numMaxDelayRetries", h.NumMaxDelayRetries)
		if h.BackoffFunction != "" {
			hp.Set("backoffFunction", string(h.BackoffFunction))
		}
		out.Set("healthyRetryPolicy", hp)
	}
	if t := p.ThrottlePolicy; t != nil {
		if m := t.MaxReceivesPerSecond; m != nil && (*m < 1 || *m != math.Trunc(*m)) {
			throw(s, "maxReceivesPerSecond must be an integer greater than zero, got: %s", jsNumber(*m))
		}
		tp := ojson.New()
		setNum(tp, "maxReceivesPerSecond", t.MaxReceivesPerSecond)
		out.Set("throttlePolicy", tp)
	}
	if r := p.RequestPolicy; r != nil {
		rp := ojson.New()
		if r.HeaderContentType != nil {
			rp.Set("headerContentType", *r.HeaderContentType)
		}
		out.Set("requestPolicy", rp)
	}
	return &orderedJSON{out}
}

func secondsOr(d awscdk.Duration, def float64) float64 {
	if d == nil {
		return def
	}
	return *d.ToSeconds(nil)
}

func setNum(o *ojson.Object, key string, n *float64) {
	if n != nil {
		o.Set(key, *n)
	}
}

// orderedJSON hands an ordered JSON object to an L1 property of type Json,
// whose key order aws-cdk-lib keeps as written.
type orderedJSON struct{ o *ojson.Object }

func (j *orderedJSON) Resolve(awscdk.IResolveContext) interface{} { return j.o }

func jsNumber(n float64) string {
	if n == math.Trunc(n) && math.Abs(n) < 1e21 {
		return fmt.Sprintf("%.0f", n)
	}
	return fmt.Sprint(n)
}
