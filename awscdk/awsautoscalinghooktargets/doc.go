// Package awsautoscalinghooktargets is aws-cdk-go's
// awsautoscalinghooktargets: where an Auto Scaling lifecycle hook sends its
// notifications — an SNS topic (TopicHook), an SQS queue (QueueHook) or a
// Lambda function behind a new topic (FunctionHook). Each binds with the
// hook's role, or a new one Auto Scaling assumes, allowed to publish.
package awsautoscalinghooktargets
