package awslambdadestinations

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awseventstargets"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// SqsDestination sends invocation records to a queue.
type SqsDestination interface {
	awslambda.IDestination
}

type sqsDestination struct{ queue awssqs.IQueue }

// NewSqsDestination sends invocation records to queue.
func NewSqsDestination(queue awssqs.IQueue) SqsDestination { return &sqsDestination{queue: queue} }

// NewSqsDestination_Override initialises outer, a type embedding SqsDestination.
func NewSqsDestination_Override(outer SqsDestination, queue awssqs.IQueue) {
	l2.Override(outer, NewSqsDestination(queue))
}

// Bind lets fn send messages to the queue.
func (d *sqsDestination) Bind(scope constructs.Construct, fn awslambda.IFunction, _ *awslambda.DestinationOptions) *awslambda.DestinationConfig {
	if d.queue == nil {
		l2.Throw(scope, "SqsDestination needs a queue")
	}
	d.queue.GrantSendMessages(fn)
	return &awslambda.DestinationConfig{Destination: d.queue.QueueArn()}
}

// SnsDestination sends invocation records to a topic.
type SnsDestination interface {
	awslambda.IDestination
}

type snsDestination struct{ topic awssns.ITopic }

// NewSnsDestination sends invocation records to topic.
func NewSnsDestination(topic awssns.ITopic) SnsDestination { return &snsDestination{topic: topic} }

// NewSnsDestination_Override initialises outer, a type embedding SnsDestination.
func NewSnsDestination_Override(outer SnsDestination, topic awssns.ITopic) {
	l2.Override(outer, NewSnsDestination(topic))
}

// Bind lets fn publish to the topic.
func (d *snsDestination) Bind(scope constructs.Construct, fn awslambda.IFunction, _ *awslambda.DestinationOptions) *awslambda.DestinationConfig {
	if d.topic == nil {
		l2.Throw(scope, "SnsDestination needs a topic")
	}
	d.topic.GrantPublish(fn)
	return &awslambda.DestinationConfig{Destination: d.topic.TopicArn()}
}

// S3Destination writes invocation records to a bucket.
type S3Destination interface {
	awslambda.IDestination
}

type s3Destination struct{ bucket awss3.IBucket }

// NewS3Destination writes invocation records to bucket.
func NewS3Destination(bucket awss3.IBucket) S3Destination { return &s3Destination{bucket: bucket} }

// NewS3Destination_Override initialises outer, a type embedding S3Destination.
func NewS3Destination_Override(outer S3Destination, bucket awss3.IBucket) {
	l2.Override(outer, NewS3Destination(bucket))
}

// Bind lets fn read and put objects in the bucket.
func (d *s3Destination) Bind(scope constructs.Construct, fn awslambda.IFunction, _ *awslambda.DestinationOptions) *awslambda.DestinationConfig {
	if d.bucket == nil {
		l2.Throw(scope, "S3Destination needs a bucket")
	}
	d.bucket.GrantRead(fn, nil)
	d.bucket.GrantPut(fn, nil)
	return &awslambda.DestinationConfig{Destination: d.bucket.BucketArn()}
}

// EventBridgeDestination puts invocation records on an event bus (the
// account's default bus unless one is given).
type EventBridgeDestination interface {
	awslambda.IDestination
}

type eventBridgeDestination struct{ bus awsevents.IEventBus }

// NewEventBridgeDestination puts invocation records on eventBus, or on the
// default bus when eventBus is nil.
func NewEventBridgeDestination(eventBus awsevents.IEventBus) EventBridgeDestination {
	return &eventBridgeDestination{bus: eventBus}
}

// NewEventBridgeDestination_Override initialises outer, a type embedding EventBridgeDestination.
func NewEventBridgeDestination_Override(outer EventBridgeDestination, eventBus awsevents.IEventBus) {
	l2.Override(outer, NewEventBridgeDestination(eventBus))
}

// Bind lets fn put events on the bus; the default bus is imported once
// per scope, as "DefaultEventBus".
func (d *eventBridgeDestination) Bind(scope constructs.Construct, fn awslambda.IFunction, _ *awslambda.DestinationOptions) *awslambda.DestinationConfig {
	bus := d.bus
	if bus == nil {
		if c, ok := scope.Node().TryFindChild(jsii.String("DefaultEventBus")).(awsevents.IEventBus); ok {
			bus = c
		} else {
			arn := awscdk.Stack_Of(fn).FormatArn(&awscdk.ArnComponents{Service: jsii.String("events"), Resource: jsii.String("event-bus"), ResourceName: jsii.String("default")})
			bus = awsevents.EventBus_FromEventBusArn(scope, jsii.String("DefaultEventBus"), arn)
		}
	}
	bus.GrantPutEventsTo(fn, nil)
	return &awslambda.DestinationConfig{Destination: bus.EventBusArn()}
}

// typeNames are the values aws-cdk-lib's DestinationType has; the rule
// of a responseOnly destination is named after them.
var typeNames = map[awslambda.DestinationType]string{awslambda.DestinationType_FAILURE: "Failure", awslambda.DestinationType_SUCCESS: "Success"}

// LambdaDestinationOptions configure a LambdaDestination.
type LambdaDestinationOptions struct {
	// Send only the invocation's response payload, through an EventBridge
	// rule on the default bus, instead of the whole record. Default: false.
	ResponseOnly *bool `field:"optional" json:"responseOnly" yaml:"responseOnly"`
}

// LambdaDestination invokes another function with invocation records.
type LambdaDestination interface {
	awslambda.IDestination
}

type lambdaDestination struct {
	fn      awslambda.IFunction
	options LambdaDestinationOptions
}

// NewLambdaDestination invokes fn with invocation records.
func NewLambdaDestination(fn awslambda.IFunction, options *LambdaDestinationOptions) LambdaDestination {
	d := &lambdaDestination{fn: fn}
	if options != nil {
		d.options = *options
	}
	return d
}

// NewLambdaDestination_Override initialises outer, a type embedding LambdaDestination.
func NewLambdaDestination_Override(outer LambdaDestination, fn awslambda.IFunction, options *LambdaDestinationOptions) {
	l2.Override(outer, NewLambdaDestination(fn, options))
}

// Bind lets source invoke the destination function; with ResponseOnly, a
// rule named after the destination type forwards the response payload
// from the default bus instead.
func (d *lambdaDestination) Bind(scope constructs.Construct, source awslambda.IFunction, options *awslambda.DestinationOptions) *awslambda.DestinationConfig {
	if d.fn == nil {
		l2.Throw(scope, "LambdaDestination needs a function")
	}
	if d.options.ResponseOnly == nil || !*d.options.ResponseOnly {
		d.fn.GrantInvoke(source)
		return &awslambda.DestinationConfig{Destination: d.fn.FunctionArn()}
	}
	if options == nil {
		l2.Throw(scope, "Options must be defined when using `responseOnly`.")
	}
	name := typeNames[options.Type]
	awsevents.NewRule(scope, jsii.String(name), &awsevents.RuleProps{
		EventPattern: &awsevents.EventPattern{
			DetailType: jsii.Strings("Lambda Function Invocation Result - " + name),
			Resources:  jsii.Strings(*source.FunctionArn() + ":$LATEST"),
			Source:     jsii.Strings("lambda"),
		},
		Targets: &[]awsevents.IRuleTarget{awseventstargets.NewLambdaFunction(d.fn, &awseventstargets.LambdaFunctionProps{
			Event: awsevents.RuleTargetInput_FromEventPath(jsii.String("$.detail.responsePayload")),
		})},
	})
	return NewEventBridgeDestination(nil).Bind(scope, source, nil)
}
