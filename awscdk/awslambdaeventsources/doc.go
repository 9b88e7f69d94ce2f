// Package awslambdaeventsources connects event sources to Lambda
// functions (aws-cdk-go's awslambdaeventsources): an SQS queue through an
// event source mapping, an SNS topic through a subscription, an S3 bucket
// through event notifications. Pass them to Function.AddEventSource or to
// FunctionProps.Events.
//
// Not written yet: the DynamoDB, Kinesis, Kafka and API sources and the
// failure destinations of stream sources.
package awslambdaeventsources
