// Package awssnssubscriptions holds the subscribers an SNS topic can bind
// (Topic.AddSubscription), with aws-cdk-go's names: EmailSubscription,
// UrlSubscription (HTTP or HTTPS, from the URL), SmsSubscription,
// SqsSubscription (adds the queue policy statement, and the KMS key policy
// statement for encrypted queues) and LambdaSubscription (adds the Lambda
// permission). What they render matches aws-cdk-lib 2.276.0.
package awssnssubscriptions
