package awssns_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssnssubscriptions"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// externalTopic is a program's own topic type, written as an aws-cdk-go
// user writes one: it embeds TopicBase, is initialised by
// NewTopicBase_Override and defines TopicBase's abstract members.
type externalTopic struct {
	awssns.TopicBase
	arn, name        string
	autoCreatePolicy bool
	key              awskms.IKey
}

func newExternalTopic(scope constructs.Construct, id string, props *awscdk.ResourceProps, name string, autoCreatePolicy bool, key awskms.IKey) *externalTopic {
	t := &externalTopic{}
	awssns.NewTopicBase_Override(t, scope, jsii.String(id), props)
	t.arn = *awscdk.Stack_Of(t).FormatArn(&awscdk.ArnComponents{Service: jsii.String("sns"), Resource: jsii.String(name)})
	t.name, t.autoCreatePolicy, t.key = name, autoCreatePolicy, key
	return t
}

func (t *externalTopic) TopicArn() *string                { return jsii.String(t.arn) }
func (t *externalTopic) TopicName() *string               { return jsii.String(t.name) }
func (t *externalTopic) Fifo() *bool                      { return jsii.Bool(strings.HasSuffix(t.name, ".fifo")) }
func (t *externalTopic) ContentBasedDeduplication() *bool { return jsii.Bool(false) }
func (t *externalTopic) AutoCreatePolicy() *bool          { return jsii.Bool(t.autoCreatePolicy) }
func (t *externalTopic) MasterKey() awskms.IKey           { return t.key }

// mailSubscriber is a program's own ITopicSubscription.
type mailSubscriber struct{}

func (mailSubscriber) Bind(awssns.ITopic) *awssns.TopicSubscriptionConfig {
	return &awssns.TopicSubscriptionConfig{SubscriberId: jsii.String("Mail"), Endpoint: jsii.String("ops@example.com"), Protocol: awssns.SubscriptionProtocol_EMAIL}
}

func lambdaRoleOverride(s awscdk.Stack) awsiam.Role {
	return awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
}

// The Go twins of the stacks in testdata/override/twins.js.
var overrideCases = map[string]func(s awscdk.Stack){
	"OverrideTopic": func(s awscdk.Stack) {
		key := awskms.NewKey(s, jsii.String("Key"), nil)
		role := lambdaRoleOverride(s)
		t := newExternalTopic(s, "Ext", &awscdk.ResourceProps{PhysicalName: jsii.String("alerts")}, "alerts", true, key)
		t.GrantPublish(role)
		t.GrantSubscribe(role)
		t.GrantPublish(awsiam.NewAccountPrincipal(jsii.String("222222222222")))
		t.AddSubscription(awssnssubscriptions.NewSqsSubscription(awssqs.NewQueue(s, jsii.String("Inbox"), nil), &awssnssubscriptions.SqsSubscriptionProps{RawMessageDelivery: jsii.Bool(true)}))
		t.AddSubscription(mailSubscriber{})
		t.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Actions: jsii.Strings("sns:Publish"), Resources: &[]*string{t.TopicArn()},
			Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(jsii.String("events.amazonaws.com"), nil)},
		}))
		t.AddSSLPolicy()
		awscloudwatch.NewAlarm(s, jsii.String("Failed"), &awscloudwatch.AlarmProps{
			Metric: t.MetricNumberOfNotificationsFailed(nil), Threshold: jsii.Number(1), EvaluationPeriods: jsii.Number(1),
		})
		awscdk.NewCfnOutput(s, jsii.String("Arn"), &awscdk.CfnOutputProps{Value: t.TopicRef().TopicArn})
		awscdk.NewCfnOutput(s, jsii.String("Physical"), &awscdk.CfnOutputProps{Value: t.PhysicalName()})
	},
	"OverrideTopicNoPolicy": func(s awscdk.Stack) {
		role := lambdaRoleOverride(s)
		t := newExternalTopic(s, "Ext", nil, "events.fifo", false, nil)
		t.GrantPublish(role)
		r := t.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Actions: jsii.Strings("sns:*"), Resources: jsii.Strings("*"), Principals: &[]awsiam.IPrincipal{awsiam.NewAnyPrincipal()},
		}))
		t.AddSSLPolicy()
		awscdk.NewCfnOutput(s, jsii.String("Added"), &awscdk.CfnOutputProps{Value: jsii.String(fmt.Sprint(*r.StatementAdded))})
		awscdk.NewCfnOutput(s, jsii.String("KeyGrant"), &awscdk.CfnOutputProps{Value: jsii.String(fmt.Sprint(t.GrantOnKey(role, jsii.String("kms:Decrypt")).Grant == nil))})
		awscdk.NewCfnOutput(s, jsii.String("Fifo"), &awscdk.CfnOutputProps{Value: jsii.String(fmt.Sprint(*t.Fifo()))})
	},
}

func TestTopicBaseOverride(t *testing.T) {
	golden.CheckTemplatesIn(t, "testdata/override", overrideCases)
}

// The tree hands out the program's object for the node, as aws-cdk-go does.
func TestTopicBaseOverrideIsTheTreesObject(t *testing.T) {
	s := awscdk.NewStack(awscdk.NewApp(nil), jsii.String("S"), nil)
	topic := newExternalTopic(s, "Ext", nil, "t", true, nil)
	if got := s.Node().FindChild(jsii.String("Ext")); got != constructs.IConstruct(topic) {
		t.Fatalf("FindChild returned %T, want the *externalTopic", got)
	}
}

// A value that cannot be the subclass is a user error naming the construct
// path, not a Go panic trace; a topic type that leaves abstract members out
// reads them as undefined instead of recursing.
func TestTopicBaseOverrideBadInput(t *testing.T) {
	for name, outer := range map[string]awssns.TopicBase{
		"nil":          nil,
		"typed nil":    (*externalTopic)(nil),
		"not embedded": awssns.NewTopic(awscdk.NewStack(awscdk.NewApp(nil), jsii.String("X"), nil), jsii.String("T"), nil),
	} {
		t.Run(name, func(t *testing.T) {
			err := golden.SynthErr(t, func(app awscdk.App) {
				awssns.NewTopicBase_Override(outer, awscdk.NewStack(app, jsii.String("S"), nil), jsii.String("Ext"), nil)
			})
			if err == nil || !strings.Contains(err.Error(), "[S/Ext] NewTopicBase_Override: ") {
				t.Fatalf("error = %v", err)
			}
		})
	}
	type bare struct{ awssns.TopicBase }
	b := &bare{}
	awssns.NewTopicBase_Override(b, awscdk.NewStack(awscdk.NewApp(nil), jsii.String("S"), nil), jsii.String("Ext"), nil)
	if b.TopicArn() != nil || *b.Fifo() || *b.AddToResourcePolicy(awsiam.NewPolicyStatement(nil)).StatementAdded {
		t.Fatal("undefined abstract members must read as undefined")
	}
}
