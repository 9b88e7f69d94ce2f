package main

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/assertions"
	"github.com/strata-cdk/strata/jsii"
)

// The test `cdk init sample-app --language=go` writes.
func TestHelloSqsStackAssertions(t *testing.T) {
	// GIVEN
	app := awscdk.NewApp(nil)

	// WHEN
	stack := NewHelloSqsStack(app, "MyStack", nil)

	// THEN
	template := assertions.Template_FromStack(stack, nil)

	template.HasResourceProperties(jsii.String("AWS::SQS::Queue"), map[string]interface{}{
		"VisibilityTimeout": 300,
	})
	template.ResourceCountIs(jsii.String("AWS::SNS::Topic"), jsii.Number(1))

	// The topic may send to the queue, and only the topic.
	topicID := template.GetResourceId(jsii.String("AWS::SNS::Topic"), nil)
	template.HasResourceProperties(jsii.String("AWS::SQS::QueuePolicy"), map[string]interface{}{
		"PolicyDocument": map[string]interface{}{
			"Statement": assertions.Match_ArrayWith(&[]interface{}{
				assertions.Match_ObjectLike(&map[string]interface{}{
					"Action":    "sqs:SendMessage",
					"Condition": map[string]interface{}{"ArnEquals": map[string]interface{}{"aws:SourceArn": map[string]interface{}{"Ref": *topicID}}},
					"Principal": map[string]interface{}{"Service": "sns.amazonaws.com"},
				}),
			}),
		},
	})
	template.HasResourceProperties(jsii.String("AWS::SNS::Subscription"), map[string]interface{}{
		"Protocol": "sqs",
		"TopicArn": map[string]interface{}{"Ref": *topicID},
	})
}
