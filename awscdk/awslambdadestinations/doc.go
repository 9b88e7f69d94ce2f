// Package awslambdadestinations sends the records of a Lambda function's
// asynchronous invocations to an SQS queue, an SNS topic, an EventBridge
// bus, another function or an S3 bucket (the OnSuccess and OnFailure
// props of awslambda), granting the function what it needs to send them.
package awslambdadestinations
