package assertions_test

import (
	"fmt"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/assertions"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/jsii"
)

func Example_templateFromStack() {
	app := awscdk.NewApp(nil)
	stack := awscdk.NewStack(app, jsii.String("Orders"), nil)
	awssqs.NewQueue(stack, jsii.String("Queue"), &awssqs.QueueProps{
		VisibilityTimeout: awscdk.Duration_Seconds(jsii.Number(300)),
	})

	template := assertions.Template_FromStack(stack, nil)
	// A failed assertion panics with aws-cdk-lib's message, failing the test.
	template.HasResourceProperties(jsii.String("AWS::SQS::Queue"), map[string]interface{}{
		"VisibilityTimeout": 300,
	})

	id := assertions.NewCapture(nil)
	template.HasResource(jsii.String("AWS::SQS::Queue"), map[string]interface{}{
		"DeletionPolicy": id,
	})
	fmt.Println(*id.AsString())
	// Output: Delete
}
