// Command hello is the smallest Strata app: one stack with a queue and an
// output, written exactly as an aws-cdk-go program (only the imports differ).
package main

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

type HelloStackProps struct {
	awscdk.StackProps
}

func NewHelloStack(scope constructs.Construct, id string, props *HelloStackProps) awscdk.Stack {
	var sprops awscdk.StackProps
	if props != nil {
		sprops = props.StackProps
	}
	stack := awscdk.NewStack(scope, &id, &sprops)

	queue := awscdk.NewCfnResource(stack, jsii.String("HelloQueue"), &awscdk.CfnResourceProps{
		Type: jsii.String("AWS::SQS::Queue"),
		Properties: &map[string]interface{}{
			"VisibilityTimeout": awscdk.Duration_Seconds(jsii.Number(300)).ToSeconds(nil),
		},
	})
	awscdk.NewCfnOutput(stack, jsii.String("QueueUrl"), &awscdk.CfnOutputProps{Value: queue.Ref()})
	return stack
}

func main() {
	defer jsii.Close()

	app := awscdk.NewApp(nil)
	NewHelloStack(app, "HelloStack", &HelloStackProps{})
	app.Synth(nil)
}
