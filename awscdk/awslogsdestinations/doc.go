// Package awslogsdestinations holds the destinations a CloudWatch Logs
// subscription filter can send a log group's events to: a Lambda function,
// a Kinesis data stream or a Firehose delivery stream. Each binds itself
// when awslogs.SubscriptionFilter (or LogGroup.AddSubscriptionFilter) is
// created: it grants CloudWatch Logs what it needs and makes the filter
// depend on that grant, as aws-cdk-lib's aws-logs-destinations does.
package awslogsdestinations
