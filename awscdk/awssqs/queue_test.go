package awssqs_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twins of the stacks in testdata/twins.js, construct for construct.
var templateCases = map[string]func(s awscdk.Stack){
	"Default": func(s awscdk.Stack) {
		awssqs.NewQueue(s, jsii.String("Queue"), nil)
		awssqs.NewQueue(s, jsii.String("HelloQueue"), &awssqs.QueueProps{VisibilityTimeout: awscdk.Duration_Seconds(jsii.Number(300))})
	},
	"AllProps": func(s awscdk.Stack) {
		dlq := awssqs.NewQueue(s, jsii.String("DLQ"), &awssqs.QueueProps{RetentionPeriod: awscdk.Duration_Days(jsii.Number(14))})
		q := awssqs.NewQueue(s, jsii.String("Queue"), &awssqs.QueueProps{
			QueueName:              jsii.String("my-queue"),
			DeliveryDelay:          awscdk.Duration_Seconds(jsii.Number(10)),
			MaxMessageSizeBytes:    jsii.Number(2048),
			RetentionPeriod:        awscdk.Duration_Days(jsii.Number(4)),
			ReceiveMessageWaitTime: awscdk.Duration_Seconds(jsii.Number(20)),
			VisibilityTimeout:      awscdk.Duration_Minutes(jsii.Number(2)),
			RemovalPolicy:          awscdk.RemovalPolicy_RETAIN,
			DeadLetterQueue:        &awssqs.DeadLetterQueue{Queue: dlq, MaxReceiveCount: jsii.Number(5)},
			EnforceSSL:             jsii.Bool(true),
		})
		awssqs.NewQueue(s, jsii.String("Zero"), &awssqs.QueueProps{DeliveryDelay: awscdk.Duration_Seconds(jsii.Number(0)), ReceiveMessageWaitTime: awscdk.Duration_Seconds(jsii.Number(0))})
		out(s, "Url", q.QueueUrl())
		out(s, "Arn", q.QueueArn())
		out(s, "Name", q.QueueName())
		out(s, "Fifo", jsii.String(fmt.Sprint(*q.Fifo())))
	},
	"Fifo": func(s awscdk.Stack) {
		awssqs.NewQueue(s, jsii.String("Explicit"), &awssqs.QueueProps{Fifo: jsii.Bool(true)})
		awssqs.NewQueue(s, jsii.String("Named"), &awssqs.QueueProps{QueueName: jsii.String("orders.fifo")})
		awssqs.NewQueue(s, jsii.String("Dedup"), &awssqs.QueueProps{ContentBasedDeduplication: jsii.Bool(true)})
		awssqs.NewQueue(s, jsii.String("HighThroughput"), &awssqs.QueueProps{
			Fifo:                jsii.Bool(true),
			DeduplicationScope:  awssqs.DeduplicationScope_MESSAGE_GROUP,
			FifoThroughputLimit: awssqs.FifoThroughputLimit_PER_MESSAGE_GROUP_ID,
		})
		awssqs.NewQueue(s, jsii.String("PerQueue"), &awssqs.QueueProps{DeduplicationScope: awssqs.DeduplicationScope_QUEUE,
			FifoThroughputLimit: awssqs.FifoThroughputLimit_PER_QUEUE, ContentBasedDeduplication: jsii.Bool(false)})
		awssqs.NewQueue(s, jsii.String("NotFifo"), &awssqs.QueueProps{Fifo: jsii.Bool(false), QueueName: jsii.String("plain")})
	},
	"Encryption": func(s awscdk.Stack) {
		awssqs.NewQueue(s, jsii.String("Unencrypted"), &awssqs.QueueProps{Encryption: awssqs.QueueEncryption_UNENCRYPTED})
		awssqs.NewQueue(s, jsii.String("SqsManaged"), &awssqs.QueueProps{Encryption: awssqs.QueueEncryption_SQS_MANAGED})
		awssqs.NewQueue(s, jsii.String("KmsManaged"), &awssqs.QueueProps{Encryption: awssqs.QueueEncryption_KMS_MANAGED, DataKeyReuse: awscdk.Duration_Minutes(jsii.Number(10))})
		created := awssqs.NewQueue(s, jsii.String("Kms"), &awssqs.QueueProps{Encryption: awssqs.QueueEncryption_KMS})
		key := awskms.NewKey(s, jsii.String("MyKey"), nil)
		given := awssqs.NewQueue(s, jsii.String("GivenKey"), &awssqs.QueueProps{EncryptionMasterKey: key, DataKeyReuse: awscdk.Duration_Hours(jsii.Number(1))})
		changed := awssqs.NewQueue(s, jsii.String("Changed"), &awssqs.QueueProps{Encryption: awssqs.QueueEncryption_KMS_MANAGED, EncryptionMasterKey: key})
		role := lambdaRole(s)
		created.GrantConsumeMessages(role)
		given.GrantSendMessages(role)
		changed.GrantPurge(role)
	},
	"Redrive": func(s awscdk.Stack) {
		src := awssqs.NewQueue(s, jsii.String("Source"), nil)
		awssqs.NewQueue(s, jsii.String("ByQueue"), &awssqs.QueueProps{RedriveAllowPolicy: &awssqs.RedriveAllowPolicy{SourceQueues: &[]awssqs.IQueue{src}}})
		awssqs.NewQueue(s, jsii.String("AllowAll"), &awssqs.QueueProps{RedriveAllowPolicy: &awssqs.RedriveAllowPolicy{}})
		awssqs.NewQueue(s, jsii.String("DenyAll"), &awssqs.QueueProps{RedriveAllowPolicy: &awssqs.RedriveAllowPolicy{RedrivePermission: awssqs.RedrivePermission_DENY_ALL}})
		awssqs.NewQueue(s, jsii.String("ByQueueExplicit"), &awssqs.QueueProps{RedriveAllowPolicy: &awssqs.RedriveAllowPolicy{
			RedrivePermission: awssqs.RedrivePermission_BY_QUEUE, SourceQueues: &[]awssqs.IQueue{src}}})
	},
	"Grants": func(s awscdk.Stack) {
		q := awssqs.NewQueue(s, jsii.String("Queue"), nil)
		role := lambdaRole(s)
		q.GrantSendMessages(role)
		q.GrantConsumeMessages(role)
		q.GrantPurge(role)
		q.Grant(role, jsii.String("sqs:ListQueueTags"), jsii.String("sqs:TagQueue"))
		q.GrantSendMessages(awsiam.NewAccountPrincipal(jsii.String("222222222222")))
		q.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("sqs:SendMessage"),
			Resources: &[]*string{q.QueueArn()}, Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(jsii.String("events.amazonaws.com"), nil)}}))
		byArn := awssqs.Queue_FromQueueArn(s, jsii.String("ByArn"), jsii.String("arn:aws:sqs:eu-west-1:333333333333:other.fifo"))
		byArn.GrantSendMessages(role)
		r := byArn.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("sqs:*"),
			Resources: jsii.Strings("*"), Principals: &[]awsiam.IPrincipal{awsiam.NewAnyPrincipal()}}))
		byAttrs := awssqs.Queue_FromQueueAttributes(s, jsii.String("ByAttrs"), &awssqs.QueueAttributes{
			QueueArn: jsii.String("arn:aws:sqs:us-east-1:111111111111:enc"),
			KeyArn:   jsii.String("arn:aws:kms:us-east-1:111111111111:key/1234"),
		})
		byAttrs.GrantConsumeMessages(role)
		p := awscdk.NewCfnParameter(s, jsii.String("QueueArn"), nil)
		byToken := awssqs.Queue_FromQueueArn(s, jsii.String("ByToken"), p.ValueAsString())
		byToken.GrantPurge(role)
		for _, c := range []struct {
			id string
			q  awssqs.IQueue
		}{{"ByArn", byArn}, {"ByAttrs", byAttrs}, {"ByToken", byToken}} {
			out(s, c.id+"Url", c.q.QueueUrl())
			out(s, c.id+"Name", c.q.QueueName())
			enc := string(c.q.EncryptionType())
			if enc == "" {
				enc = "undefined"
			}
			out(s, c.id+"Info", jsii.String(fmt.Sprintf("%v|%s|%s|%s", *c.q.Fifo(), enc, *c.q.Env().Account, *c.q.Env().Region)))
		}
		out(s, "Added", jsii.String(fmt.Sprint(*r.StatementAdded)))
	},
	"Policy": func(s awscdk.Stack) {
		a := awssqs.NewQueue(s, jsii.String("A"), nil)
		b := awssqs.NewQueue(s, jsii.String("B"), nil)
		p := awssqs.NewQueuePolicy(s, jsii.String("Shared"), &awssqs.QueuePolicyProps{Queues: &[]awssqs.IQueue{a, b}})
		p.Document().AddStatements(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("sqs:SendMessage"),
			Resources: &[]*string{a.QueueArn(), b.QueueArn()}, Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(jsii.String("sns.amazonaws.com"), nil)}}))
	},
}

func lambdaRole(s awscdk.Stack) awsiam.Role {
	return awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
}

func out(s awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(s, jsii.String(id), &awscdk.CfnOutputProps{Value: v})
}

func TestQueueTemplates(t *testing.T) {
	checkTemplates(t, templateCases, func(name string) *awscdk.StackProps {
		if name == "Grants" {
			return &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("us-east-1")}}
		}
		return nil
	})
}

var errorCases = map[string]func(s awscdk.Stack){
	"FifoNameWithoutSuffix": func(s awscdk.Stack) {
		awssqs.NewQueue(s, jsii.String("Q"), &awssqs.QueueProps{Fifo: jsii.Bool(true), QueueName: jsii.String("orders")})
	},
	"NonFifoNameWithSuffix": func(s awscdk.Stack) {
		awssqs.NewQueue(s, jsii.String("Q"), &awssqs.QueueProps{Fifo: jsii.Bool(false), QueueName: jsii.String("orders.fifo")})
	},
	"DedupWithoutFifo": func(s awscdk.Stack) {
		awssqs.NewQueue(s, jsii.String("Q"), &awssqs.QueueProps{Fifo: jsii.Bool(false), ContentBasedDeduplication: jsii.Bool(true)})
	},
	"ScopeWithoutFifo": func(s awscdk.Stack) {
		awssqs.NewQueue(s, jsii.String("Q"), &awssqs.QueueProps{Fifo: jsii.Bool(false), DeduplicationScope: awssqs.DeduplicationScope_QUEUE})
	},
	"LimitWithoutFifo": func(s awscdk.Stack) {
		awssqs.NewQueue(s, jsii.String("Q"), &awssqs.QueueProps{Fifo: jsii.Bool(false), FifoThroughputLimit: awssqs.FifoThroughputLimit_PER_QUEUE})
	},
	"Ranges": func(s awscdk.Stack) {
		awssqs.NewQueue(s, jsii.String("Q"), &awssqs.QueueProps{
			DeliveryDelay: awscdk.Duration_Seconds(jsii.Number(901)), MaxMessageSizeBytes: jsii.Number(100),
			RetentionPeriod: awscdk.Duration_Seconds(jsii.Number(59)), ReceiveMessageWaitTime: awscdk.Duration_Seconds(jsii.Number(21)),
			VisibilityTimeout: awscdk.Duration_Hours(jsii.Number(13)),
		})
	},
	"DeadLetterCount": func(s awscdk.Stack) {
		awssqs.NewQueue(s, jsii.String("Q"), &awssqs.QueueProps{DeadLetterQueue: &awssqs.DeadLetterQueue{
			Queue: awssqs.NewQueue(s, jsii.String("D"), nil), MaxReceiveCount: jsii.Number(0)}})
	},
	"ByQueueWithoutSources": func(s awscdk.Stack) {
		awssqs.NewQueue(s, jsii.String("Q"), &awssqs.QueueProps{RedriveAllowPolicy: &awssqs.RedriveAllowPolicy{RedrivePermission: awssqs.RedrivePermission_BY_QUEUE}})
	},
	"TooManySources": func(s awscdk.Stack) {
		var src []awssqs.IQueue
		for i := 0; i < 11; i++ {
			src = append(src, awssqs.NewQueue(s, jsii.String(fmt.Sprint("S", i)), nil))
		}
		awssqs.NewQueue(s, jsii.String("Q"), &awssqs.QueueProps{RedriveAllowPolicy: &awssqs.RedriveAllowPolicy{
			RedrivePermission: awssqs.RedrivePermission_BY_QUEUE, SourceQueues: &src}})
	},
	"SourcesWithDenyAll": func(s awscdk.Stack) {
		awssqs.NewQueue(s, jsii.String("Q"), &awssqs.QueueProps{RedriveAllowPolicy: &awssqs.RedriveAllowPolicy{
			RedrivePermission: awssqs.RedrivePermission_DENY_ALL, SourceQueues: &[]awssqs.IQueue{awssqs.NewQueue(s, jsii.String("S"), nil)}}})
	},
	"SqsManagedWithKey": func(s awscdk.Stack) {
		awssqs.NewQueue(s, jsii.String("Q"), &awssqs.QueueProps{Encryption: awssqs.QueueEncryption_SQS_MANAGED,
			EncryptionMasterKey: awskms.NewKey(s, jsii.String("K"), nil)})
	},
	"ImportFifoMismatch": func(s awscdk.Stack) {
		awssqs.Queue_FromQueueAttributes(s, jsii.String("Q"), &awssqs.QueueAttributes{
			QueueArn: jsii.String("arn:aws:sqs:us-east-1:111111111111:plain"), Fifo: jsii.Bool(true)})
	},
	"QueuePolicyId": func(s awscdk.Stack) {
		awssqs.NewQueuePolicy(s, jsii.String("Q"), &awssqs.QueuePolicyProps{Queues: &[]awssqs.IQueue{}}).QueuePolicyId()
	},
}

// TestQueueErrors: the same messages as aws-cdk-lib, except that the props
// validation names the class "Queue" where aws-cdk-lib's bundled code says
// "Queue2" (its minifier renamed the class).
func TestQueueErrors(t *testing.T) {
	checkErrors(t, errorCases, func(m string) string { return strings.Replace(m, "Queue2 initialization", "Queue initialization", 1) })
}
