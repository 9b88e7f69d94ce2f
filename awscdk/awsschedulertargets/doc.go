// Package awsschedulertargets holds the targets an EventBridge Scheduler
// schedule (awsscheduler.Schedule) can invoke: aws-cdk-lib's
// aws_scheduler_targets module with aws-cdk-go's API.
//
// Every target builds on ScheduleTargetBase, which finds or creates the
// role EventBridge Scheduler assumes (one per target ARN and stack, named
// SchedulerRoleForTarget-<hash>), grants it what the target needs, and
// renders the dead-letter queue, retry policy and input. The targets are
// LambdaInvoke, SqsSendMessage, SnsPublish, EventBridgePutEvents,
// KinesisStreamPutRecord, FirehosePutRecord, CodeBuildStartBuild,
// CodePipelineStartPipelineExecution, EcsRunFargateTask, EcsRunEc2Task,
// InspectorStartAssessmentRun, SageMakerStartPipelineExecution,
// StepFunctionsStartExecution and Universal (any AWS API action).
package awsschedulertargets
