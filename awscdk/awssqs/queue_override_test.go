package awssqs_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// externalQueue is a program's own queue type, written as an aws-cdk-go
// user writes one: it embeds QueueBase, is initialised by
// NewQueueBase_Override and defines QueueBase's abstract members.
type externalQueue struct {
	awssqs.QueueBase
	arn, name, url   string
	autoCreatePolicy bool
	key              awskms.IKey
}

func newExternalQueue(scope constructs.Construct, id string, props *awscdk.ResourceProps, name string, autoCreatePolicy bool, key awskms.IKey) *externalQueue {
	q := &externalQueue{}
	awssqs.NewQueueBase_Override(q, scope, jsii.String(id), props)
	q.arn = *awscdk.Stack_Of(q).FormatArn(&awscdk.ArnComponents{Service: jsii.String("sqs"), Resource: jsii.String(name)})
	q.name = name
	q.url = "https://sqs.eu-west-1.amazonaws.com/111111111111/" + name
	q.autoCreatePolicy = autoCreatePolicy
	q.key = key
	return q
}

func (q *externalQueue) QueueArn() *string                { return jsii.String(q.arn) }
func (q *externalQueue) QueueName() *string               { return jsii.String(q.name) }
func (q *externalQueue) QueueUrl() *string                { return jsii.String(q.url) }
func (q *externalQueue) Fifo() *bool                      { return jsii.Bool(strings.HasSuffix(q.name, ".fifo")) }
func (q *externalQueue) AutoCreatePolicy() *bool          { return jsii.Bool(q.autoCreatePolicy) }
func (q *externalQueue) EncryptionMasterKey() awskms.IKey { return q.key }
func (q *externalQueue) EncryptionType() awssqs.QueueEncryption {
	if q.key == nil {
		return ""
	}
	return awssqs.QueueEncryption_KMS
}

func lambdaRoleOverride(s awscdk.Stack) awsiam.Role {
	return awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
}

// The Go twins of the stacks in testdata/override/twins.js.
var overrideCases = map[string]func(s awscdk.Stack){
	"OverrideQueue": func(s awscdk.Stack) {
		key := awskms.NewKey(s, jsii.String("Key"), nil)
		role := lambdaRoleOverride(s)
		q := newExternalQueue(s, "Ext", &awscdk.ResourceProps{PhysicalName: jsii.String("orders")}, "orders", true, key)
		q.GrantSendMessages(role)
		q.GrantConsumeMessages(role)
		q.GrantPurge(role)
		q.Grant(role, jsii.String("sqs:TagQueue"))
		q.GrantSendMessages(awsiam.NewAccountPrincipal(jsii.String("222222222222")))
		q.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Actions: jsii.Strings("sqs:SendMessage"), Resources: &[]*string{q.QueueArn()},
			Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(jsii.String("events.amazonaws.com"), nil)},
		}))
		awscloudwatch.NewAlarm(s, jsii.String("Backlog"), &awscloudwatch.AlarmProps{
			Metric: q.MetricApproximateNumberOfMessagesVisible(nil), Threshold: jsii.Number(100), EvaluationPeriods: jsii.Number(1),
		})
		awscdk.NewCfnOutput(s, jsii.String("Arn"), &awscdk.CfnOutputProps{Value: q.QueueRef().QueueArn})
		awscdk.NewCfnOutput(s, jsii.String("Url"), &awscdk.CfnOutputProps{Value: q.QueueRef().QueueUrl})
		awscdk.NewCfnOutput(s, jsii.String("Physical"), &awscdk.CfnOutputProps{Value: q.PhysicalName()})
	},
	"OverrideQueueNoPolicy": func(s awscdk.Stack) {
		role := lambdaRoleOverride(s)
		q := newExternalQueue(s, "Ext", nil, "jobs.fifo", false, nil)
		q.GrantConsumeMessages(role)
		r := q.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Actions: jsii.Strings("sqs:*"), Resources: jsii.Strings("*"), Principals: &[]awsiam.IPrincipal{awsiam.NewAnyPrincipal()},
		}))
		k := q.GrantOnKey(role, jsii.String("kms:Decrypt"))
		awscdk.NewCfnOutput(s, jsii.String("Added"), &awscdk.CfnOutputProps{Value: jsii.String(fmt.Sprint(*r.StatementAdded))})
		awscdk.NewCfnOutput(s, jsii.String("KeyGrant"), &awscdk.CfnOutputProps{Value: jsii.String(fmt.Sprint(k.Grant == nil))})
		awscdk.NewCfnOutput(s, jsii.String("Fifo"), &awscdk.CfnOutputProps{Value: jsii.String(fmt.Sprint(*q.Fifo()))})
	},
}

func TestQueueBaseOverride(t *testing.T) {
	golden.CheckTemplatesIn(t, "testdata/override", overrideCases)
}

// The tree hands out the program's object for the node, as aws-cdk-go does.
func TestQueueBaseOverrideIsTheTreesObject(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	q := newExternalQueue(s, "Ext", nil, "q", true, nil)
	if got := s.Node().FindChild(jsii.String("Ext")); got != constructs.IConstruct(q) {
		t.Fatalf("FindChild returned %T, want the *externalQueue", got)
	}
	if *q.Grants().Resource().QueueRef().QueueArn != q.arn {
		t.Fatalf("grants see %v", *q.Grants().Resource().QueueRef().QueueArn)
	}
}

// A value that cannot be the subclass is a user error naming the construct
// path, not a Go panic trace; a queue type that leaves abstract members out
// reads them as undefined instead of recursing.
func TestQueueBaseOverrideBadInput(t *testing.T) {
	for name, outer := range map[string]awssqs.QueueBase{
		"nil":          nil,
		"typed nil":    (*externalQueue)(nil),
		"not embedded": awssqs.NewQueue(awscdk.NewStack(awscdk.NewApp(nil), jsii.String("X"), nil), jsii.String("Q"), nil),
	} {
		t.Run(name, func(t *testing.T) {
			err := golden.SynthErr(t, func(app awscdk.App) {
				awssqs.NewQueueBase_Override(outer, awscdk.NewStack(app, jsii.String("S"), nil), jsii.String("Ext"), nil)
			})
			if err == nil || !strings.Contains(err.Error(), "[S/Ext] NewQueueBase_Override: ") {
				t.Fatalf("error = %v", err)
			}
		})
	}
	type bare struct{ awssqs.QueueBase }
	b := &bare{}
	awssqs.NewQueueBase_Override(b, awscdk.NewStack(awscdk.NewApp(nil), jsii.String("S"), nil), jsii.String("Ext"), nil)
	if b.QueueArn() != nil || *b.Fifo() || *b.AddToResourcePolicy(awsiam.NewPolicyStatement(nil)).StatementAdded {
		t.Fatal("undefined abstract members must read as undefined")
	}
}
