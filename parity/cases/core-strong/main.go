// Command core-strong is the parity case for strong cross-stack references: the App's
// PostCliContext turns the init flags' "weak" default back to "strong", so references go
// through Export + Fn::ImportValue (lists joined with "||" and split again), while one
// resource, one stack and two single references ask for weak, "both" or strong on their
// own.
//
// twin/app.js is the same program on aws-cdk-lib 2.276.0; parity/regen.sh turns it into
// expected/. Keep the two in step: same ids, same order, same values.
package main

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

func main() {
	defer jsii.Close()

	app := awscdk.NewApp(&awscdk.AppProps{
		PostCliContext: &map[string]interface{}{
			"@aws-cdk/core:defaultCrossStackReferences": "strong",
		},
	})

	// ------------------------------------------------------------ producer
	producer := awscdk.NewStack(app, jsii.String("StrongProducer"), nil)

	shared := constructs.NewConstruct(producer, jsii.String("Shared"))
	topic := awscdk.NewCfnResource(shared, jsii.String("Topic"), &awscdk.CfnResourceProps{
		Type:       jsii.String("AWS::SNS::Topic"),
		Properties: &map[string]interface{}{"TopicName": "strata-strong-events"},
	})
	queue := awscdk.NewCfnResource(shared, jsii.String("Queue"), &awscdk.CfnResourceProps{
		Type: jsii.String("AWS::SQS::Queue"),
		Properties: &map[string]interface{}{
			"VisibilityTimeout": awscdk.Duration_Minutes(jsii.Number(2)).ToSeconds(nil),
		},
	})
	zone := awscdk.NewCfnResource(producer, jsii.String("Zone"), &awscdk.CfnResourceProps{
		Type:       jsii.String("AWS::Route53::HostedZone"),
		Properties: &map[string]interface{}{"Name": "strata.example.com"},
	})
	scratch := awscdk.NewCfnResource(producer, jsii.String("Scratch"), &awscdk.CfnResourceProps{
		Type:       jsii.String("AWS::SQS::Queue"),
		Properties: &map[string]interface{}{"QueueName": "strata-strong-scratch"},
	})
	awscdk.CrossStackReferences_Of(scratch).Produce(awscdk.ReferenceStrength_WEAK)

	producer.ExportStringListValue(
		zone.GetAtt(jsii.String("NameServers"), awscdk.ResolutionTypeHint_STRING_LIST).ToStringList(),
		&awscdk.ExportValueOptions{Name: jsii.String("strata-strong-name-servers")},
	)

	// ------------------------------------------------------------ consumer (strong default)
	consumer := awscdk.NewStack(app, jsii.String("StrongConsumer"), nil)

	awscdk.NewCfnResource(consumer, jsii.String("Subscription"), &awscdk.CfnResourceProps{
		Type: jsii.String("AWS::SNS::Subscription"),
		Properties: &map[string]interface{}{
			"Endpoint": queue.GetAtt(jsii.String("Arn"), awscdk.ResolutionTypeHint_STRING).ToString(),
			"Protocol": "sqs",
			"TopicArn": topic.Ref(),
		},
	})
	awscdk.NewCfnResource(consumer, jsii.String("NameServers"), &awscdk.CfnResourceProps{
		Type: jsii.String("AWS::SSM::Parameter"),
		Properties: &map[string]interface{}{
			"Name": "/strata/strong/name-servers",
			"Type": "StringList",
			"Value": awscdk.Fn_Join(jsii.String(","),
				zone.GetAtt(jsii.String("NameServers"), awscdk.ResolutionTypeHint_STRING_LIST).ToStringList()),
		},
	})
	awscdk.NewCfnResource(consumer, jsii.String("ScratchUrl"), &awscdk.CfnResourceProps{
		Type: jsii.String("AWS::SSM::Parameter"),
		Properties: &map[string]interface{}{
			"Name":  "/strata/strong/scratch",
			"Type":  "String",
			"Value": scratch.Ref(),
		},
	})
	awscdk.NewCfnResource(consumer, jsii.String("QueueName"), &awscdk.CfnResourceProps{
		Type: jsii.String("AWS::SSM::Parameter"),
		Properties: &map[string]interface{}{
			"Name": "/strata/strong/queue-name",
			"Type": "String",
			"Value": awscdk.Stack_ConsumeReference(
				queue.GetAtt(jsii.String("QueueName"), awscdk.ResolutionTypeHint_STRING).ToString(),
				awscdk.ReferenceStrength_BOTH,
			),
		},
	})

	// ------------------------------------------------------------ audit (consumes weakly)
	audit := awscdk.NewStack(app, jsii.String("StrongAudit"), nil)
	awscdk.CrossStackReferences_Of(audit).Consume(awscdk.ReferenceStrength_WEAK)

	awscdk.NewCfnResource(audit, jsii.String("AuditSubscription"), &awscdk.CfnResourceProps{
		Type: jsii.String("AWS::SNS::Subscription"),
		Properties: &map[string]interface{}{
			"Endpoint": "audit@example.com",
			"Protocol": "email",
			"TopicArn": topic.Ref(),
		},
	})
	awscdk.NewCfnResource(audit, jsii.String("Zones"), &awscdk.CfnResourceProps{
		Type: jsii.String("AWS::SSM::Parameter"),
		Properties: &map[string]interface{}{
			"Name":  "/strata/strong/zone",
			"Type":  "String",
			"Value": awscdk.Stack_ConsumeReference(zone.Ref(), awscdk.ReferenceStrength_STRONG),
		},
	})

	app.Synth(nil)
}
