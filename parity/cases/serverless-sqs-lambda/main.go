// Command serverless-sqs-lambda is the parity case for an SQS-triggered
// Lambda function: an orders queue with a dead-letter queue, a Python
// function from ./handler consuming it through an SqsEventSource (batch
// size, batching window, partial batch failures), the function granted
// SendMessages on a second queue it forwards to, and the queue URL as an
// output.
package main

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awslambdaeventsources"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

func NewOrdersStack(scope constructs.Construct, id string, props *awscdk.StackProps) awscdk.Stack {
	stack := awscdk.NewStack(scope, &id, props)

	dlq := awssqs.NewQueue(stack, jsii.String("OrdersDlq"), &awssqs.QueueProps{
		RetentionPeriod: awscdk.Duration_Days(jsii.Number(14)),
	})
	orders := awssqs.NewQueue(stack, jsii.String("Orders"), &awssqs.QueueProps{
		VisibilityTimeout: awscdk.Duration_Seconds(jsii.Number(180)),
		DeadLetterQueue:   &awssqs.DeadLetterQueue{Queue: dlq, MaxReceiveCount: jsii.Number(3)},
	})
	shipped := awssqs.NewQueue(stack, jsii.String("Shipped"), nil)

	processor := awslambda.NewFunction(stack, jsii.String("OrderProcessor"), &awslambda.FunctionProps{
		Runtime:    awslambda.Runtime_PYTHON_3_13(),
		Handler:    jsii.String("index.handler"),
		Code:       awslambda.Code_FromAsset(jsii.String("./handler"), nil),
		Timeout:    awscdk.Duration_Seconds(jsii.Number(30)),
		MemorySize: jsii.Number(256),
		Environment: &map[string]*string{
			"SHIPPED_QUEUE_URL": shipped.QueueUrl(),
		},
	})
	processor.AddEventSource(awslambdaeventsources.NewSqsEventSource(orders, &awslambdaeventsources.SqsEventSourceProps{
		BatchSize:               jsii.Number(10),
		MaxBatchingWindow:       awscdk.Duration_Seconds(jsii.Number(5)),
		ReportBatchItemFailures: jsii.Bool(true),
	}))
	shipped.GrantSendMessages(processor)

	awscdk.NewCfnOutput(stack, jsii.String("OrdersQueueUrl"), &awscdk.CfnOutputProps{Value: orders.QueueUrl()})
	return stack
}

func main() {
	defer jsii.Close()
	app := awscdk.NewApp(nil)
	NewOrdersStack(app, "OrdersStack", nil)
	app.Synth(nil)
}
