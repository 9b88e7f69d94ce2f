// Package awssns is Amazon SNS in Strata, with aws-cdk-go's names: the
// generated L1s (CfnTopic, CfnSubscription, CfnTopicPolicy, ...; files
// *_gen.go) and the hand-written L2s: Topic (FIFO, encryption, enforceSSL,
// delivery status logging, tracing), TopicPolicy, Subscription (filter
// policies, dead-letter queues, delivery policies), imported topics
// (Topic_FromTopicArn, Topic_FromTopicAttributes) and the grants
// (GrantPublish, GrantSubscribe). Subscribers that bind themselves to a
// topic live in awssnssubscriptions.
//
// The L2s render what aws-cdk-lib 2.276.0 renders; mistakes are reported
// with the construct path at synthesis. Metrics are not provided.
package awssns
