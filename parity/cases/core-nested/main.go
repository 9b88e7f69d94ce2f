// Command core-nested is the parity case for NestedStack: a nested stack with parameters
// of its own, a timeout and a description; a stack nested in it; references across the
// boundaries in both directions (parent to nested and to the nested stack's nested stack
// become parameters of the AWS::CloudFormation::Stack resources; nested to parent becomes
// an output read with Fn::GetAtt Outputs.<id>); the nested stack's name and id seen from
// inside and outside; tags applied to the nested stack reaching the inner stack resource;
// the nested templates as file assets of the parent.
//
// twin/app.js is the same program on aws-cdk-lib 2.276.0; parity/regen.sh turns it into
// expected/. Keep the two in step: same ids, same order, same values.
package main

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/jsii"
)

func main() {
	defer jsii.Close()

	app := awscdk.NewApp(nil)
	parent := awscdk.NewStack(app, jsii.String("ParentStack"), &awscdk.StackProps{
		Description: jsii.String("Strata parity: nested stacks"),
	})
	queue := awscdk.NewCfnResource(parent, jsii.String("Queue"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SQS::Queue")})

	nested := awscdk.NewNestedStack(parent, jsii.String("Nested"), &awscdk.NestedStackProps{
		Parameters:  &map[string]*string{"Env": jsii.String("prod")},
		Timeout:     awscdk.Duration_Minutes(jsii.Number(10)),
		Description: jsii.String("the nested stack"),
	})
	env := awscdk.NewCfnParameter(nested, jsii.String("Env"), &awscdk.CfnParameterProps{Type: jsii.String("String")})
	topic := awscdk.NewCfnResource(nested, jsii.String("Topic"), &awscdk.CfnResourceProps{
		Type: jsii.String("AWS::SNS::Topic"),
		Properties: &map[string]interface{}{
			"DisplayName": awscdk.Fn_Join(jsii.String("-"), &[]*string{env.ValueAsString(), queue.GetAtt(jsii.String("QueueName"), awscdk.ResolutionTypeHint_STRING).ToString()}),
		},
	})
	awscdk.NewCfnOutput(nested, jsii.String("OwnName"), &awscdk.CfnOutputProps{Value: nested.StackName()})

	inner := awscdk.NewNestedStack(nested, jsii.String("Inner"), nil)
	awscdk.NewCfnResource(inner, jsii.String("Sub"), &awscdk.CfnResourceProps{
		Type: jsii.String("AWS::SNS::Subscription"),
		Properties: &map[string]interface{}{
			"Endpoint": queue.GetAtt(jsii.String("Arn"), awscdk.ResolutionTypeHint_STRING).ToString(),
			"Protocol": "sqs",
			"TopicArn": topic.Ref(),
		},
	})

	awscdk.NewCfnOutput(parent, jsii.String("TopicArn"), &awscdk.CfnOutputProps{Value: topic.Ref()})
	awscdk.NewCfnOutput(parent, jsii.String("NestedName"), &awscdk.CfnOutputProps{Value: nested.StackName()})
	awscdk.NewCfnOutput(parent, jsii.String("NestedId"), &awscdk.CfnOutputProps{Value: nested.StackId()})
	awscdk.Tags_Of(nested).Add(jsii.String("team"), jsii.String("blue"), nil)

	app.Synth(nil)
}
