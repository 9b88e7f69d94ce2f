// Command photo-queue is a small photo pipeline, written the way an
// aws-cdk-go user writes a stack (imports rewritten to Strata): a bucket for
// the photos, a queue of jobs, a topic whose messages land on that queue,
// and a Python worker function from the local handler/ directory that may
// read and write the bucket, consume the queue and publish to the topic.
//
// Its second version, chosen with the context value version=2, gives
// workers more time per job and moves jobs that keep failing to a
// dead-letter queue:
//
//	strata synth                     the template of version 1, as YAML
//	strata deploy                    deploy PhotoQueueStack
//	strata diff -c version=2         what version 2 would change
//	strata deploy -c version=2
//
// internal/e2e deploys both versions to moto_server with strata.
package main

import (
	"fmt"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssnssubscriptions"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

type PhotoQueueStackProps struct {
	awscdk.StackProps
	// Version 2 raises the jobs' visibility timeout and adds a dead-letter
	// queue.
	Version int
}

func NewPhotoQueueStack(scope constructs.Construct, id string, props *PhotoQueueStackProps) awscdk.Stack {
	var sprops awscdk.StackProps
	version := 1
	if props != nil {
		sprops = props.StackProps
		if props.Version != 0 {
			version = props.Version
		}
	}
	stack := awscdk.NewStack(scope, &id, &sprops)

	photos := awss3.NewBucket(stack, jsii.String("Photos"), &awss3.BucketProps{
		RemovalPolicy: awscdk.RemovalPolicy_DESTROY,
	})

	jobsProps := &awssqs.QueueProps{
		VisibilityTimeout: awscdk.Duration_Seconds(jsii.Number(30)),
	}
	if version >= 2 {
		failed := awssqs.NewQueue(stack, jsii.String("FailedJobs"), &awssqs.QueueProps{
			RetentionPeriod: awscdk.Duration_Days(jsii.Number(14)),
		})
		jobsProps.VisibilityTimeout = awscdk.Duration_Seconds(jsii.Number(90))
		jobsProps.DeadLetterQueue = &awssqs.DeadLetterQueue{MaxReceiveCount: jsii.Number(3), Queue: failed}
	}
	jobs := awssqs.NewQueue(stack, jsii.String("Jobs"), jobsProps)

	events := awssns.NewTopic(stack, jsii.String("Events"), &awssns.TopicProps{
		DisplayName: jsii.String("Photo events"),
	})
	events.AddSubscription(awssnssubscriptions.NewSqsSubscription(jobs, nil))

	worker := awslambda.NewFunction(stack, jsii.String("Worker"), &awslambda.FunctionProps{
		Runtime: awslambda.Runtime_PYTHON_3_13(),
		Handler: jsii.String("index.handler"),
		Code:    awslambda.Code_FromAsset(jsii.String("handler"), nil),
		Timeout: awscdk.Duration_Seconds(jsii.Number(20)),
		Environment: &map[string]*string{
			"BUCKET_NAME": photos.BucketName(),
			"QUEUE_URL":   jobs.QueueUrl(),
			"TOPIC_ARN":   events.TopicArn(),
		},
	})
	photos.GrantReadWrite(worker, nil)
	jobs.GrantConsumeMessages(worker)
	events.GrantPublish(worker)

	awscdk.NewCfnOutput(stack, jsii.String("BucketName"), &awscdk.CfnOutputProps{Value: photos.BucketName()})
	awscdk.NewCfnOutput(stack, jsii.String("QueueUrl"), &awscdk.CfnOutputProps{Value: jobs.QueueUrl()})
	awscdk.NewCfnOutput(stack, jsii.String("TopicArn"), &awscdk.CfnOutputProps{Value: events.TopicArn()})
	awscdk.NewCfnOutput(stack, jsii.String("FunctionName"), &awscdk.CfnOutputProps{Value: worker.FunctionName()})

	return stack
}

func main() {
	defer jsii.Close()

	app := awscdk.NewApp(nil)

	// -c version=2 on the command line, or "version": 2 in cdk.json's context.
	version := 1
	if v := app.Node().TryGetContext(jsii.String("version")); v != nil && fmt.Sprint(v) == "2" {
		version = 2
	}

	NewPhotoQueueStack(app, "PhotoQueueStack", &PhotoQueueStackProps{
		StackProps: awscdk.StackProps{
			Description: jsii.String("Strata example: photo queue"),
		},
		Version: version,
	})

	app.Synth(nil)
}
