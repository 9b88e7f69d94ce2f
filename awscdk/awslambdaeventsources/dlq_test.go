package awslambdaeventsources_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsdynamodb"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awslambdaeventsources"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// TestFailureDestinations: the Dlq stack of testdata/twins.js.
func TestFailureDestinations(t *testing.T) {
	golden.CheckTemplates(t, map[string]func(s awscdk.Stack){
		"Dlq": func(s awscdk.Stack) {
			tbl := awsdynamodb.NewTable(s, jsii.String("Table"), &awsdynamodb.TableProps{
				PartitionKey: &awsdynamodb.Attribute{Name: jsii.String("pk"), Type: awsdynamodb.AttributeType_STRING}, Stream: awsdynamodb.StreamViewType_NEW_IMAGE})
			q := awssqs.NewQueue(s, jsii.String("Q"), nil)
			tp := awssns.NewTopic(s, jsii.String("T"), nil)
			b := awss3.NewBucket(s, jsii.String("B"), nil)
			filter := awslambda.FilterCriteria_Filter(&map[string]interface{}{
				"eventName": awslambda.FilterRule_IsEqual(jsii.String("INSERT")),
				"dynamodb": map[string]interface{}{"NewImage": map[string]interface{}{
					"n": map[string]interface{}{"N": awslambda.FilterRule_Between(jsii.Number(1), jsii.Number(5))},
					"s": map[string]interface{}{"S": awslambda.FilterRule_BeginsWith(jsii.String("a"))},
					"x": awslambda.FilterRule_Exists(),
					"y": awslambda.FilterRule_NotExists(),
					"z": map[string]interface{}{"S": awslambda.FilterRule_NotEquals(jsii.String("no"))},
					"o": map[string]interface{}{"S": awslambda.FilterRule_Or(jsii.String("p"), jsii.String("q"))},
					"e": map[string]interface{}{"S": awslambda.FilterRule_Empty()},
					"u": awslambda.FilterRule_Null(),
					"k": map[string]interface{}{"N": awslambda.FilterRule_IsEqual(jsii.Number(3))},
				}},
			})
			fn(s, "ToQueue", awslambdaeventsources.NewDynamoEventSource(tbl, &awslambdaeventsources.DynamoEventSourceProps{StartingPosition: awslambda.StartingPosition_LATEST,
				OnFailure: awslambdaeventsources.NewSqsDlq(q), Filters: &[]*map[string]interface{}{filter}}))
			fn(s, "ToTopic", awslambdaeventsources.NewDynamoEventSource(tbl, &awslambdaeventsources.DynamoEventSourceProps{StartingPosition: awslambda.StartingPosition_TRIM_HORIZON,
				OnFailure: awslambdaeventsources.NewSnsDlq(tp)}))
			fn(s, "ToBucket", awslambdaeventsources.NewDynamoEventSource(tbl, &awslambdaeventsources.DynamoEventSourceProps{StartingPosition: awslambda.StartingPosition_LATEST,
				OnFailure: awslambdaeventsources.NewS3OnFailureDestination(b)}))
			fn(s, "Kafka").AddEventSourceMapping(jsii.String("Kafka"), &awslambda.EventSourceMappingOptions{
				KafkaBootstrapServers: jsii.Strings("b1:9092", "b2:9092"), KafkaTopic: jsii.String("orders"), StartingPosition: awslambda.StartingPosition_TRIM_HORIZON,
				SourceAccessConfigurations: &[]*awslambda.SourceAccessConfiguration{{Type: awslambda.SourceAccessConfigurationType_BASIC_AUTH(),
					Uri: jsii.String("arn:aws:secretsmanager:us-east-1:123456789012:secret:kafka")}},
				OnFailure: awslambdaeventsources.NewKafkaDlq(jsii.String("orders-dlq")),
			})
		},
	}, nil, nil)
}
