package matchdemo

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/assertions"
	"github.com/strata-cdk/strata/jsii"
)

func newStack() awscdk.Stack {
	app := awscdk.NewApp(nil)
	return NewOrdersStack(app, "Orders", &awscdk.StackProps{
		Tags: &map[string]*string{"team": jsii.String("orders")},
	})
}

// evenNumber is a custom matcher.
type evenNumber struct {
	assertions.Matcher
}

func newEvenNumber() *evenNumber {
	m := &evenNumber{}
	assertions.NewMatcher_Override(m)
	return m
}

func (m *evenNumber) Name() *string { return jsii.String("evenNumber") }

func (m *evenNumber) Test(actual interface{}) assertions.MatchResult {
	result := assertions.NewMatchResult(actual)
	if n, ok := actual.(float64); !ok || int(n)%2 != 0 {
		result.RecordFailure(&assertions.MatchFailure{
			Matcher: m,
			Path:    &[]*string{},
			Message: jsii.String("expected an even number"),
		})
	}
	return result
}

func TestQueues(t *testing.T) {
	template := assertions.Template_FromStack(newStack(), nil)

	template.ResourceCountIs(jsii.String("AWS::SQS::Queue"), jsii.Number(2))

	dlqArn := assertions.NewCapture(nil)
	template.HasResourceProperties(jsii.String("AWS::SQS::Queue"), map[string]interface{}{
		"VisibilityTimeout": newEvenNumber(),
		"RedrivePolicy": assertions.Match_ObjectLike(&map[string]interface{}{
			"deadLetterTargetArn": dlqArn,
			"maxReceiveCount":     3,
		}),
		"FifoQueue": assertions.Match_Absent(),
		"QueueName": assertions.Match_Absent(),
	})

	dlqID := template.GetResourceId(jsii.String("AWS::SQS::Queue"), map[string]interface{}{
		"Properties": map[string]interface{}{"MessageRetentionPeriod": 1209600},
	})
	getAtt := (*dlqArn.AsObject())["Fn::GetAtt"].([]interface{})
	if getAtt[0] != *dlqID {
		t.Errorf("the queue's dead-letter queue is %v, want %s", getAtt[0], *dlqID)
	}

	template.HasResource(jsii.String("AWS::SQS::Queue"), map[string]interface{}{
		"Properties":     assertions.Match_ObjectEquals(&map[string]interface{}{"MessageRetentionPeriod": 1209600}),
		"DeletionPolicy": assertions.Match_Exact(jsii.String("Delete")),
	})

	policies := assertions.NewCapture(nil)
	template.AllResources(jsii.String("AWS::SQS::Queue"), map[string]interface{}{
		"UpdateReplacePolicy": policies,
	})
	n := 1
	for *policies.Next() {
		n++
	}
	if n != 2 || *policies.AsString() != "Delete" {
		t.Errorf("captured %d policies, the last %q; want 2, Delete", n, *policies.AsString())
	}

	queues := template.FindResources(jsii.String("AWS::SQS::Queue"), nil)
	if len(*queues) != 2 {
		t.Errorf("found %d queues, want 2", len(*queues))
	}
}

func TestTopic(t *testing.T) {
	template := assertions.Template_FromStack(newStack(), nil)

	template.HasResourceProperties(jsii.String("AWS::SNS::Topic"), map[string]interface{}{
		"DisplayName": assertions.Match_Not(jsii.String("Invoices")),
	})
	template.HasResourceProperties(jsii.String("AWS::SNS::Subscription"), map[string]interface{}{
		"Protocol": "sqs",
		"TopicArn": map[string]interface{}{"Ref": assertions.Match_StringLikeRegexp(jsii.String("^Topic"))},
		"Endpoint": map[string]interface{}{
			"Fn::GetAtt": assertions.Match_ArrayEquals(&[]interface{}{
				assertions.Match_StringLikeRegexp(jsii.String("^Queue")),
				"Arn",
			}),
		},
	})
	template.HasResourceProperties(jsii.String("AWS::SNS::Subscription"), map[string]interface{}{
		"Endpoint": map[string]interface{}{
			"Fn::GetAtt": assertions.Match_ArrayWith(&[]interface{}{"Arn"}),
		},
	})
	template.HasOutput(jsii.String("Config"), map[string]interface{}{
		"Value": assertions.Match_SerializedJson(map[string]interface{}{
			"retries": 3,
			"queues":  assertions.Match_ArrayWith(&[]interface{}{"audit"}),
		}),
	})
	template.TemplateMatches(map[string]interface{}{
		"Outputs": map[string]interface{}{"Config": assertions.Match_AnyValue()},
	})
	if outputs := template.FindOutputs(jsii.String("*"), nil); len(*outputs) != 1 {
		t.Errorf("found %d outputs, want 1", len(*outputs))
	}
}

func TestMessagesAndTags(t *testing.T) {
	stack := newStack()

	annotations := assertions.Annotations_FromStack(stack)
	annotations.HasWarning(jsii.String("/Orders/Queue"), assertions.Match_StringLikeRegexp(jsii.String("visibility")))
	annotations.HasNoWarning(jsii.String("/Orders/Topic"), assertions.Match_AnyValue())
	annotations.HasInfo(jsii.String("*"), jsii.String("no encryption configured"))
	annotations.HasNoError(jsii.String("*"), assertions.Match_AnyValue())
	infos := annotations.FindInfo(jsii.String("*"), assertions.Match_AnyValue())
	if len(*infos) != 1 || *(*infos)[0].Id != "/Orders/Topic" {
		t.Errorf("infos: %v", *infos)
	}

	tags := assertions.Tags_FromStack(stack)
	tags.HasValues(map[string]interface{}{"team": "orders"})
	if got := *(*tags.All())["team"]; got != "orders" {
		t.Errorf("team tag is %q", got)
	}
}
