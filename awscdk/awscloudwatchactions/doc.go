// Package awscloudwatchactions holds the actions a CloudWatch alarm can
// take: notify an SNS topic (SnsAction), stop, terminate, recover or reboot
// an EC2 instance (Ec2Action), invoke a Lambda function (LambdaAction, with
// the permission it needs), and open an OpsItem or incident (SsmAction,
// SsmIncidentAction). Each binds to an ARN that the alarm lists in its
// AlarmActions, OKActions or InsufficientDataActions.
package awscloudwatchactions
