// Package awseventstargets is aws-cdk-go's awseventstargets: EventBridge
// rule targets that wire the permissions a rule needs — LambdaFunction
// (the function's invoke permission), SqsQueue (the queue policy, scoped to
// the rule or, for encrypted queues under the init flags, the account),
// SnsTopic (the topic policy, or a role) and EventBus — with dead-letter
// queues, retry policies and inputs, identical to aws-cdk-lib 2.276.0's.
//
// Not yet: the targets for API Gateway, AppSync, Batch, CodeBuild,
// CodePipeline, ECS tasks, Firehose, Kinesis, log groups, Redshift, Step
// Functions and AWS API calls.
package awseventstargets
