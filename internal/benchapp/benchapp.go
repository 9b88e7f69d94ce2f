// Package benchapp builds the app the engine is measured and stress-tested
// with (issue 13): N stacks of 105 resources each, 15 queues, 15 topics
// each with an SQS subscription, 15 buckets and 15 roles; each role
// consumes its queue, reads its bucket and publishes to the next topic,
// and 5 roles also read the previous stack's buckets (references across
// stacks). The benchmark (awscdk/bench_test.go), the race test and the
// leak test all build it, so they measure the same thing.
package benchapp

import (
	"fmt"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssnssubscriptions"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/jsii"
)

// PerStack is how many of each kind a stack of the benchmark holds.
const PerStack = 15

// Options say what to build.
type Options struct {
	Stacks int    // stacks of 105 resources
	Outdir string // where Synth writes the assembly
	// L1 adds a stack of generated L1s and raw CfnResources that reference
	// the first stack, so a run mixes L1 and L2 code.
	L1 bool
	// Size is how many of each kind a stack holds (PerStack when 0); tests
	// that build many Apps use smaller ones.
	Size int
}

// Build makes the app under the feature flags `cdk init` writes.
func Build(o Options) awscdk.App {
	ctx := cdkctx.InitContext()
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(o.Outdir), Context: &ctx})
	env := &awscdk.Environment{Account: jsii.String("123456789012"), Region: jsii.String("us-east-1")}
	var prevBuckets []awss3.Bucket
	var first awscdk.Stack
	var firstQueues []awssqs.Queue
	n := o.Size
	if n <= 0 {
		n = PerStack
	}
	cross := 5 * n / PerStack
	if cross == 0 {
		cross = 1
	}
	for s := 0; s < o.Stacks; s++ {
		stack := awscdk.NewStack(app, jsii.String(fmt.Sprintf("Stack%d", s)), &awscdk.StackProps{Env: env})
		if first == nil {
			first = stack
		}
		queues := make([]awssqs.Queue, n)
		topics := make([]awssns.Topic, n)
		buckets := make([]awss3.Bucket, n)
		for i := 0; i < n; i++ {
			queues[i] = awssqs.NewQueue(stack, jsii.String(fmt.Sprintf("Queue%d", i)), &awssqs.QueueProps{
				VisibilityTimeout: awscdk.Duration_Seconds(jsii.Number(60)),
			})
			topics[i] = awssns.NewTopic(stack, jsii.String(fmt.Sprintf("Topic%d", i)), nil)
			topics[i].AddSubscription(awssnssubscriptions.NewSqsSubscription(queues[i], nil))
			buckets[i] = awss3.NewBucket(stack, jsii.String(fmt.Sprintf("Bucket%d", i)), &awss3.BucketProps{
				Versioned: jsii.Bool(true),
			})
		}
		if s == 0 {
			firstQueues = queues
		}
		for i := 0; i < n; i++ {
			role := awsiam.NewRole(stack, jsii.String(fmt.Sprintf("Role%d", i)), &awsiam.RoleProps{
				AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil),
			})
			queues[i].GrantConsumeMessages(role)
			buckets[i].GrantRead(role, nil)
			topics[(i+1)%n].GrantPublish(role)
			if i < cross && prevBuckets != nil {
				prevBuckets[i].GrantRead(role, nil)
			}
		}
		prevBuckets = buckets
	}
	if o.L1 && first != nil {
		addL1Stack(app, env, firstQueues)
	}
	return app
}

// addL1Stack adds generated L1s and raw resources reading the first
// stack's queues (references across stacks from L1 code).
func addL1Stack(scope constructs.Construct, env *awscdk.Environment, queues []awssqs.Queue) {
	stack := awscdk.NewStack(scope, jsii.String("L1Stack"), &awscdk.StackProps{Env: env})
	for i, q := range queues {
		dlq := awssqs.NewCfnQueue(stack, jsii.String(fmt.Sprintf("Cfn%d", i)), &awssqs.CfnQueueProps{
			QueueName:         jsii.String(fmt.Sprintf("l1-queue-%d", i)),
			VisibilityTimeout: jsii.Number(30),
			RedrivePolicy: map[string]interface{}{
				"deadLetterTargetArn": q.QueueArn(),
				"maxReceiveCount":     3,
			},
		})
		props := map[string]interface{}{"TopicName": fmt.Sprintf("raw-%d", i), "DisplayName": dlq.AttrQueueName()}
		awscdk.NewCfnResource(stack, jsii.String(fmt.Sprintf("Raw%d", i)), &awscdk.CfnResourceProps{
			Type: jsii.String("AWS::SNS::Topic"), Properties: &props,
		})
	}
	awscdk.NewCfnOutput(stack, jsii.String("Region"), &awscdk.CfnOutputProps{Value: awscdk.Aws_REGION()})
}
