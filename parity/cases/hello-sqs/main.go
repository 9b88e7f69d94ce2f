// Command hello-sqs is the parity case for the seed "SQS hello world": the
// program `cdk init sample-app --language=go` writes for a project named
// hello-sqs (a queue with a five-minute visibility timeout and an SNS topic
// delivering to it), imports rewritten to Strata. It is examples/hello-sqs.
//
// twin/app.js is the same program on aws-cdk-lib 2.276.0; parity/regen.sh
// turns it into expected/.
package main

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssnssubscriptions"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

type HelloSqsStackProps struct {
	awscdk.StackProps
}

func NewHelloSqsStack(scope constructs.Construct, id string, props *HelloSqsStackProps) awscdk.Stack {
	var sprops awscdk.StackProps
	if props != nil {
		sprops = props.StackProps
	}
	stack := awscdk.NewStack(scope, &id, &sprops)

	queue := awssqs.NewQueue(stack, jsii.String("HelloSqsQueue"), &awssqs.QueueProps{
		VisibilityTimeout: awscdk.Duration_Seconds(jsii.Number(300)),
	})

	topic := awssns.NewTopic(stack, jsii.String("HelloSqsTopic"), &awssns.TopicProps{})
	topic.AddSubscription(awssnssubscriptions.NewSqsSubscription(queue, &awssnssubscriptions.SqsSubscriptionProps{}))

	return stack
}

func main() {
	defer jsii.Close()

	app := awscdk.NewApp(nil)

	NewHelloSqsStack(app, "HelloSqsStack", &HelloSqsStackProps{
		awscdk.StackProps{
			Env: env(),
		},
	})

	app.Synth(nil)
}

// env is the sample app's: environment-agnostic.
func env() *awscdk.Environment {
	return nil
}
