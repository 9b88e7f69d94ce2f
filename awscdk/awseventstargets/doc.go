// Package awseventstargets is aws-cdk-go's awseventstargets: EventBridge
// rule targets that wire the permissions a rule needs — LambdaFunction,
// SqsQueue, SnsTopic, EventBus, KinesisStream, KinesisFirehoseStream(V2),
// ApiDestination, ApiGateway, ApiGatewayV2, CodeBuildProject, CodePipeline,
// BatchJob, RedshiftQuery and CloudWatchLogGroup — with dead-letter queues
// (and their queue policies), retry policies and inputs, identical to
// aws-cdk-lib 2.276.0's (testdata/, from twins.js).
//
// CloudWatchLogGroup sets the log group's resource policy with a custom
// resource, as aws-cdk-lib does; its handler (awsapihandler/index.js) is
// Strata's own code, so the provider function's asset hash is the one
// place where the template differs.
//
// Not yet: the targets for AppSync, ECS tasks, Step Functions, Firehose
// delivery stream L2s and AWS API calls (AwsApi).
package awseventstargets
