// Package awsstepfunctionstasks is Step Functions' service integrations for
// Strata, with aws-cdk-go's API (aws-cdk-lib's aws_stepfunctions_tasks
// module): task states that call other services. Here so far: LambdaInvoke,
// SnsPublish, SqsSendMessage, DynamoGetItem/PutItem/UpdateItem/DeleteItem
// (with DynamoAttributeValue and DynamoProjectionExpression),
// StepFunctionsStartExecution, EventBridgePutEvents, CallAwsService,
// HttpInvoke, CallApiGatewayRestApiEndpoint and CallApiGatewayHttpApiEndpoint,
// EcsRunTask (Fargate and EC2 launch targets), BatchSubmitJob,
// GlueStartJobRun, GlueStartCrawlerRun, GlueDataBrewStartJobRun,
// CodeBuildStartBuild and CodeBuildStartBuildBatch, the Athena query tasks,
// the EMR step and cluster tasks (EmrAddStep, EmrCancelStep,
// EmrSetClusterTerminationProtection, EmrTerminateCluster,
// EmrModifyInstanceGroupByName),
// MediaConvertCreateJob, SageMakerCreateEndpoint/UpdateEndpoint and
// StepFunctionsInvokeActivity; SageMakerCreateModel,
// SageMakerCreateEndpointConfig, SageMakerCreateTrainingJob and
// SageMakerCreateTransformJob (with DockerImage, S3Location and
// ContainerDefinition, which grant the task's role what it uses), and
// EmrCreateCluster (which creates the cluster's service, instance and
// auto-scaling roles) with EmrModifyInstanceFleetByName; EvaluateExpression
// and CallAwsServiceCrossRegion (each a Lambda function running Strata's own
// handler, internal/handlers/sfneval and sfnsdkcrossregion: the templates
// differ from aws-cdk-lib's only in that code's asset hash),
// EventBridgeSchedulerCreateScheduleTask, BedrockInvokeModel and
// BedrockCreateModelCustomizationJob. Not yet: EksCall and the EMR on EKS
// tasks (they need an awseks L2).
//
// Every task is built on awsstepfunctions.TaskStateBase: it gives the base
// its Resource and Parameters (JSONPath) or Arguments (JSONata) through an
// embedded *sfntask.Hook, the statements the state machine's role needs
// through TaskPolicies, and its CloudWatch metrics through TaskMetrics. Each
// task has a New constructor, a _JsonPath and a _Jsonata variant (the
// latter sets the state's query language), and a _Override constructor for
// Go types that embed it.
//
// Parameters keep aws-cdk-lib's key order, since the definition string is
// compared byte for byte; maps a program passes are taken in sorted key
// order, as jsii hands them over. Mistakes aws-cdk-lib throws on (an
// unsupported integration pattern, a callback without the task token) stop
// with its message and the construct path.
package awsstepfunctionstasks
