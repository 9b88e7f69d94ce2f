// Package awslambdaeventsources connects event sources to Lambda
// functions (aws-cdk-go's awslambdaeventsources): an SQS queue through an
// event source mapping, an SNS topic through a subscription, an S3 bucket
// through event notifications, a DynamoDB table's stream through an event
// source mapping, a method of a REST API (ApiEventSource). Pass them to
// Function.AddEventSource or to FunctionProps.Events.
//
// Not written yet: the Kinesis and Kafka sources, schema registries and
// the failure destinations (OnFailure) of stream sources.
package awslambdaeventsources
