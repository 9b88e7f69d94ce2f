// Package awslambdaeventsources connects event sources to Lambda
// functions (aws-cdk-go's awslambdaeventsources): an SQS queue through an
// event source mapping, an SNS topic through a subscription, an S3 bucket
// through event notifications, a DynamoDB table's stream, a Kinesis stream
// (directly or through a fan-out consumer), Amazon MSK and
// self-managed Kafka topics (with Confluent or Glue schema registries)
// through event source mappings, and a method of a REST API
// (ApiEventSource). Stream and Kafka sources send what they give up on to
// SqsDlq, SnsDlq, S3OnFailureDestination or KafkaDlq. Pass sources to
// Function.AddEventSource or to FunctionProps.Events.
package awslambdaeventsources
