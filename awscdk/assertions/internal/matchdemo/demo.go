// Package matchdemo is a stack and its tests as an aws-cdk-go user writes
// them: the test uses every Match_* matcher, Capture, a custom matcher,
// Annotations_FromStack and Tags_FromStack.
package matchdemo

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// NewOrdersStack makes a queue with a dead-letter queue, a topic that
// delivers to the queue, and an output holding JSON configuration.
func NewOrdersStack(scope constructs.Construct, id string, props *awscdk.StackProps) awscdk.Stack {
	stack := awscdk.NewStack(scope, &id, props)

	dlq := awssqs.NewQueue(stack, jsii.String("DeadLetters"), &awssqs.QueueProps{
		RetentionPeriod: awscdk.Duration_Days(jsii.Number(14)),
	})
	queue := awssqs.NewQueue(stack, jsii.String("Queue"), &awssqs.QueueProps{
		VisibilityTimeout: awscdk.Duration_Seconds(jsii.Number(300)),
		DeadLetterQueue: &awssqs.DeadLetterQueue{
			Queue:           dlq,
			MaxReceiveCount: jsii.Number(3),
		},
	})
	topic := awssns.NewTopic(stack, jsii.String("Topic"), &awssns.TopicProps{
		DisplayName: jsii.String("Orders"),
	})
	awssns.NewSubscription(stack, jsii.String("ToQueue"), &awssns.SubscriptionProps{
		Topic:    topic,
		Endpoint: queue.QueueArn(),
		Protocol: awssns.SubscriptionProtocol_SQS,
	})
	awscdk.NewCfnOutput(stack, jsii.String("Config"), &awscdk.CfnOutputProps{
		Value: jsii.String(`{"retries":3,"queues":["orders","audit"]}`),
	})

	awscdk.Annotations_Of(queue).AddWarning(jsii.String("the visibility timeout is long"))
	awscdk.Annotations_Of(topic).AddInfo(jsii.String("no encryption configured"))
	return stack
}
