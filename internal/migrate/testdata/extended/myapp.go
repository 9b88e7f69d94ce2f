package main

import (
	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslambda"
	"github.com/aws/aws-cdk-go/awscdk/v2/awss3"
	"github.com/aws/aws-cdk-go/awscdk/v2/awssqs"
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
)

type MyappStackProps struct {
	awscdk.StackProps
}

// NewMyappStack is the cdk init stack with a bucket, a queue and a
// function that reads the one and writes to the other.
func NewMyappStack(scope constructs.Construct, id string, props *MyappStackProps) awscdk.Stack {
	var sprops awscdk.StackProps
	if props != nil {
		sprops = props.StackProps
	}
	stack := awscdk.NewStack(scope, &id, &sprops)

	bucket := awss3.NewBucket(stack, jsii.String("Uploads"), &awss3.BucketProps{
		Versioned: jsii.Bool(true),
	})
	queue := awssqs.NewQueue(stack, jsii.String("MyappQueue"), &awssqs.QueueProps{
		VisibilityTimeout: awscdk.Duration_Seconds(jsii.Number(300)),
	})
	fn := awslambda.NewFunction(stack, jsii.String("Worker"), &awslambda.FunctionProps{
		Runtime: awslambda.Runtime_NODEJS_22_X(),
		Handler: jsii.String("index.handler"),
		Code:    awslambda.Code_FromInline(jsii.String("exports.handler = async () => 'ok';")),
		Environment: &map[string]*string{
			"BUCKET": bucket.BucketName(),
			"QUEUE":  queue.QueueUrl(),
		},
	})
	bucket.GrantRead(fn, nil)
	queue.GrantSendMessages(fn)

	return stack
}

func main() {
	defer jsii.Close()

	app := awscdk.NewApp(nil)

	NewMyappStack(app, "MyappStack", &MyappStackProps{
		awscdk.StackProps{
			Env: env(),
		},
	})

	app.Synth(nil)
}

func env() *awscdk.Environment {
	return nil
}
