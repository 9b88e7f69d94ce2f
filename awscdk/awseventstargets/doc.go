// Package awseventstargets is aws-cdk-go's awseventstargets: EventBridge
// rule targets that wire the permissions a rule needs — LambdaFunction,
// SqsQueue, SnsTopic, EventBus, KinesisStream, KinesisFirehoseStream(V2),
// FirehoseDeliveryStream, ApiDestination, ApiGateway, ApiGatewayV2,
// CodeBuildProject, CodePipeline, BatchJob, RedshiftQuery, EcsTask,
// SfnStateMachine, CloudWatchLogGroup and AwsApi — with dead-letter queues
// (and their queue policies), retry policies and inputs, identical to
// aws-cdk-lib 2.276.0's (testdata/, from twins.js).
//
// CloudWatchLogGroup sets the log group's resource policy with a custom
// resource, as aws-cdk-lib does, and AwsApi makes its SDK call from a
// Lambda function shared by the stack's AwsApi targets; their handlers
// (awsapihandler/index.js, awsapitarget/index.js) are Strata's own code,
// so those functions' asset hashes are the one place where the templates
// differ.
//
// Not yet: the AppSync target (Strata has no awsappsync L2).
package awseventstargets
