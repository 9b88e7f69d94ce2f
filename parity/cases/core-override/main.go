// Command core-override is the parity case for programs that subclass the core classes
// the way aws-cdk-go programs do: structs embedding awscdk.Stack, awscdk.Resource and
// constructs.Construct, initialised with NewStack_Override, NewResource_Override and
// NewConstruct_Override; the tree then hands out the program's structs (Stack_Of, the
// scope of a child), and a cross-stack reference between two such stacks works. An
// aspect of the program's own (IAspect.Visit is one of the callbacks aws-cdk-go honours)
// changes the queues it finds; a validation of its own runs. Values come from Fn-type
// statics (Fn_Join, Fn_Sub, Fn_Select, Fn_Split, Fn_GetAtt, Fn_Base64), pseudo parameters
// (Aws_REGION, Aws_ACCOUNT_ID) and jsii.Ptr / jsii.PtrSlice / jsii.AnyStrings.
//
// twin/app.js is the same program on aws-cdk-lib 2.276.0; parity/regen.sh turns it into
// expected/. Keep the two in step: same ids, same order, same values.
package main

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// QueueStack is a stack with a queue and a topic, as a program's own type.
type QueueStack struct {
	awscdk.Stack
	Queue awscdk.CfnResource
	Topic awscdk.CfnResource
}

func NewQueueStack(scope constructs.Construct, id string, props *awscdk.StackProps) *QueueStack {
	s := &QueueStack{}
	awscdk.NewStack_Override(s, scope, jsii.Ptr(id), props)
	s.Queue = awscdk.NewCfnResource(s, jsii.Ptr("Queue"), &awscdk.CfnResourceProps{
		Type: jsii.Ptr("AWS::SQS::Queue"),
		Properties: &map[string]interface{}{
			"QueueName": awscdk.Fn_Join(jsii.Ptr("-"), jsii.PtrSlice(*s.StackName(), "jobs")),
		},
	})
	s.Topic = awscdk.NewCfnResource(s, jsii.Ptr("Topic"), &awscdk.CfnResourceProps{
		Type: jsii.Ptr("AWS::SNS::Topic"),
		Properties: &map[string]interface{}{
			"DisplayName": awscdk.Fn_Sub(jsii.Ptr("${AWS::Region}-topic-${Name}"), &map[string]*string{"Name": s.Queue.GetAtt(jsii.Ptr("QueueName"), awscdk.ResolutionTypeHint_STRING).ToString()}),
		},
	})
	return s
}

// Archive is an L2-style construct of the program's own, built on awscdk.Resource.
type Archive struct {
	awscdk.Resource
	bucket awscdk.CfnResource
}

func NewArchive(scope constructs.Construct, id string, name string) *Archive {
	a := &Archive{}
	awscdk.NewResource_Override(a, scope, jsii.Ptr(id), &awscdk.ResourceProps{PhysicalName: jsii.Ptr(name)})
	a.bucket = awscdk.NewCfnResource(a, jsii.Ptr("Resource"), &awscdk.CfnResourceProps{
		Type:       jsii.Ptr("AWS::S3::Bucket"),
		Properties: &map[string]interface{}{"BucketName": a.PhysicalName()},
	})
	return a
}

// BucketArn reads the L1's attribute through the program's own method.
func (a *Archive) BucketArn() *string {
	return a.bucket.GetAtt(jsii.Ptr("Arn"), awscdk.ResolutionTypeHint_STRING).ToString()
}

// Workers is a plain construct of the program's own that groups resources.
type Workers struct {
	constructs.Construct
}

func NewWorkers(scope constructs.Construct, id string, queueArn *string, count int) *Workers {
	w := &Workers{}
	constructs.NewConstruct_Override(w, scope, jsii.Ptr(id))
	// Stack_Of returns the program's struct: the type assertion holds.
	owner := awscdk.Stack_Of(w).(*ConsumerStack)
	for i := 0; i < count; i++ {
		awscdk.NewCfnResource(w, jsii.Sprintf("Worker%d", i), &awscdk.CfnResourceProps{
			Type: jsii.Ptr("AWS::SSM::Parameter"),
			Properties: &map[string]interface{}{
				"Type":  "String",
				"Value": awscdk.Fn_Select(jsii.Number(i), awscdk.Fn_Split(jsii.Ptr(":"), queueArn, jsii.Number(6))),
				"Tier":  owner.tier,
			},
		})
	}
	return w
}

// ConsumerStack reads the queue of another stack.
type ConsumerStack struct {
	awscdk.Stack
	tier string
}

func NewConsumerStack(scope constructs.Construct, id string, queues *QueueStack) *ConsumerStack {
	s := &ConsumerStack{tier: "Standard"}
	awscdk.NewStack_Override(s, scope, jsii.Ptr(id), &awscdk.StackProps{Description: jsii.Ptr("reads " + *queues.StackName())})
	NewWorkers(s, "Workers", queues.Queue.GetAtt(jsii.Ptr("Arn"), awscdk.ResolutionTypeHint_STRING).ToString(), 3)
	archive := NewArchive(s, "Archive", "strata-override-archive")
	awscdk.NewCfnResource(s, jsii.Ptr("Policy"), &awscdk.CfnResourceProps{
		Type: jsii.Ptr("AWS::SNS::TopicPolicy"),
		Properties: &map[string]interface{}{
			"Topics": jsii.AnyStrings("arn:aws:sns:us-east-1:123456789012:a", "arn:aws:sns:us-east-1:123456789012:b"),
			"PolicyDocument": map[string]interface{}{
				"Statement": []interface{}{map[string]interface{}{
					"Effect":    "Allow",
					"Principal": map[string]interface{}{"AWS": awscdk.Fn_Join(jsii.Ptr(""), jsii.PtrSlice("arn:aws:iam::", *awscdk.Aws_ACCOUNT_ID(), ":root"))},
					"Action":    "sns:Publish",
					"Resource":  archive.BucketArn(),
				}},
			},
		},
	})
	awscdk.NewCfnOutput(s, jsii.Ptr("ArchiveArn"), &awscdk.CfnOutputProps{Value: archive.BucketArn()})
	awscdk.NewCfnOutput(s, jsii.Ptr("Encoded"), &awscdk.CfnOutputProps{Value: awscdk.Fn_Base64(awscdk.Aws_REGION())})
	return s
}

// queueDefaults is an aspect of the program's own: Strata calls its Visit.
type queueDefaults struct{ seconds float64 }

func (q *queueDefaults) Visit(node constructs.IConstruct) {
	if r, ok := node.(awscdk.CfnResource); ok && *r.CfnResourceType() == "AWS::SQS::Queue" {
		r.AddPropertyOverride(jsii.Ptr("VisibilityTimeout"), q.seconds)
	}
}

// nonEmpty is a validation of the program's own: Strata calls its Validate.
type nonEmpty struct{ stack awscdk.Stack }

func (v nonEmpty) Validate() *[]*string {
	if len(*v.stack.Node().Children()) == 0 {
		return jsii.PtrSlice("the stack is empty")
	}
	return &[]*string{}
}

func main() {
	defer jsii.Close()

	app := awscdk.NewApp(nil)
	queues := NewQueueStack(app, "QueueStack", &awscdk.StackProps{Description: jsii.Ptr("Strata parity: _Override subclassing")})
	consumer := NewConsumerStack(app, "ConsumerStack", queues)
	awscdk.Aspects_Of(app).Add(&queueDefaults{seconds: 120}, nil)
	consumer.Node().AddValidation(nonEmpty{consumer})
	awscdk.Tags_Of(queues).Add(jsii.Ptr("owner"), jsii.Ptr("override-case"), nil)

	app.Synth(nil)
}
