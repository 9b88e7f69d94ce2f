// Command events is the parity case for issue 18's EventBridge shapes: a
// Lambda function run on a schedule (a rate and a cron rule, one with a
// constant input), and a rule on an event pattern delivering to an SQS
// queue (with a dead-letter queue, a message group for a FIFO queue, and
// an input transformed from event fields) — written as an aws-cdk-go user
// writes it, imports rewritten to Strata.
//
// twin/app.js is the same program on aws-cdk-lib 2.276.0; parity/regen.sh
// turns it into expected/.
package main

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awseventstargets"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

func NewEventsStack(scope constructs.Construct, id string, props *awscdk.StackProps) awscdk.Stack {
	stack := awscdk.NewStack(scope, &id, props)

	// A scheduled Lambda function.
	cleanup := awslambda.NewFunction(stack, jsii.String("Cleanup"), &awslambda.FunctionProps{
		Runtime: awslambda.Runtime_PYTHON_3_12(),
		Handler: jsii.String("index.handler"),
		Code:    awslambda.Code_FromInline(jsii.String("def handler(event, context):\n    return {'cleaned': True}\n")),
		Timeout: awscdk.Duration_Minutes(jsii.Number(1)),
	})
	awsevents.NewRule(stack, jsii.String("Nightly"), &awsevents.RuleProps{
		Description: jsii.String("Runs the cleanup every night"),
		Schedule: awsevents.Schedule_Cron(&awsevents.CronOptions{
			Minute: jsii.String("0"),
			Hour:   jsii.String("3"),
		}),
		Targets: &[]awsevents.IRuleTarget{awseventstargets.NewLambdaFunction(cleanup, &awseventstargets.LambdaFunctionProps{
			Event: awsevents.RuleTargetInput_FromObject(map[string]interface{}{"mode": "full"}),
		})},
	})
	every := awsevents.NewRule(stack, jsii.String("Every5Minutes"), &awsevents.RuleProps{
		Schedule: awsevents.Schedule_Rate(awscdk.Duration_Minutes(jsii.Number(5))),
	})
	every.AddTarget(awseventstargets.NewLambdaFunction(cleanup, &awseventstargets.LambdaFunctionProps{
		RetryAttempts: jsii.Number(2),
		MaxEventAge:   awscdk.Duration_Hours(jsii.Number(1)),
	}))

	// An EventBridge rule delivering to SQS.
	orders := awssqs.NewQueue(stack, jsii.String("Orders"), &awssqs.QueueProps{
		VisibilityTimeout: awscdk.Duration_Seconds(jsii.Number(60)),
	})
	dlq := awssqs.NewQueue(stack, jsii.String("OrdersDlq"), nil)
	rule := awsevents.NewRule(stack, jsii.String("OrderPlaced"), &awsevents.RuleProps{
		EventPattern: &awsevents.EventPattern{
			Source:     jsii.Strings("shop.orders"),
			DetailType: jsii.Strings("OrderPlaced"),
			Detail: &map[string]interface{}{
				"total": []interface{}{map[string]interface{}{"numeric": []interface{}{">", 100}}},
			},
		},
	})
	rule.AddTarget(awseventstargets.NewSqsQueue(orders, &awseventstargets.SqsQueueProps{
		DeadLetterQueue: dlq,
		Message: awsevents.RuleTargetInput_FromObject(map[string]interface{}{
			"orderId": awsevents.EventField_FromPath(jsii.String("$.detail.id")),
			"total":   awsevents.EventField_FromPath(jsii.String("$.detail.total")),
		}),
	}))
	fifo := awssqs.NewQueue(stack, jsii.String("Audit"), &awssqs.QueueProps{
		Fifo:                      jsii.Bool(true),
		ContentBasedDeduplication: jsii.Bool(true),
	})
	rule.AddTarget(awseventstargets.NewSqsQueue(fifo, &awseventstargets.SqsQueueProps{
		MessageGroupId: jsii.String("orders"),
	}))

	awscdk.NewCfnOutput(stack, jsii.String("RuleArn"), &awscdk.CfnOutputProps{Value: rule.RuleArn()})
	return stack
}

func main() {
	defer jsii.Close()
	app := awscdk.NewApp(nil)
	NewEventsStack(app, "EventsStack", nil)
	app.Synth(nil)
}
