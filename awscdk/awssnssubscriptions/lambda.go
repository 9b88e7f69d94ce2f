package awssnssubscriptions

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// LambdaSubscriptionProps are the props of NewLambdaSubscription.
type LambdaSubscriptionProps struct {
	DeadLetterQueue             awssqs.IQueue                         `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	FilterPolicy                *map[string]awssns.SubscriptionFilter `field:"optional" json:"filterPolicy" yaml:"filterPolicy"`
	FilterPolicyWithMessageBody *map[string]awssns.FilterOrPolicy     `field:"optional" json:"filterPolicyWithMessageBody" yaml:"filterPolicyWithMessageBody"`
}

// LambdaSubscription subscribes a Lambda function.
type LambdaSubscription interface {
	awssns.ITopicSubscription
}

type lambdaSubscription struct {
	fn    awslambda.IFunction
	props LambdaSubscriptionProps
}

// NewLambdaSubscription subscribes fn.
func NewLambdaSubscription(fn awslambda.IFunction, props *LambdaSubscriptionProps) LambdaSubscription {
	s := &lambdaSubscription{fn: fn}
	if props != nil {
		s.props = *props
	}
	return s
}

// Bind lets SNS invoke the function (a Lambda permission named after the
// topic) and subscribes it under the function's own scope.
func (s *lambdaSubscription) Bind(topic awssns.ITopic) *awssns.TopicSubscriptionConfig {
	scope, ok := s.fn.(constructs.Construct)
	if !ok {
		diag.Panic(*topic.Node().Path(), "The supplied lambda Function object must be an instance of Construct")
	}
	s.fn.AddPermission(jsii.String("AllowInvoke:"+*awscdk.Names_NodeUniqueId(topic.Node())), &awslambda.Permission{
		SourceArn: topic.TopicArn(),
		Principal: awsiam.NewServicePrincipal(jsii.String("sns.amazonaws.com"), nil),
	})
	addStackDependency(topic, s.fn)
	return &awssns.TopicSubscriptionConfig{
		SubscriberScope:             scope,
		SubscriberId:                topic.Node().Id(),
		Endpoint:                    s.fn.FunctionArn(),
		Protocol:                    awssns.SubscriptionProtocol_LAMBDA,
		FilterPolicy:                s.props.FilterPolicy,
		FilterPolicyWithMessageBody: s.props.FilterPolicyWithMessageBody,
		Region:                      regionFromArn(topic, s.fn),
		DeadLetterQueue:             s.props.DeadLetterQueue,
	}
}
