package main

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/assertions"
	"github.com/strata-cdk/strata/jsii"
)

func TestHelloStackAssertions(t *testing.T) {
	app := awscdk.NewApp(nil)
	stack := NewHelloStack(app, "HelloStack", nil)
	template := assertions.Template_FromStack(stack, nil)

	template.ResourceCountIs(jsii.String("AWS::SQS::Queue"), jsii.Number(1))
	template.HasResourceProperties(jsii.String("AWS::SQS::Queue"), map[string]interface{}{
		"VisibilityTimeout": 300,
	})
	queueID := template.GetResourceId(jsii.String("AWS::SQS::Queue"), nil)
	template.HasOutput(jsii.String("QueueUrl"), map[string]interface{}{
		"Value": map[string]interface{}{"Ref": *queueID},
	})
}
