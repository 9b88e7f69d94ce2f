// Package awscloudwatch is Amazon CloudWatch: the generated L1 resources
// (Cfn*) and the hand-written L2 constructs of aws-cdk-lib's aws-cloudwatch
// module — metrics and math expressions (Metric, MathExpression, Stats),
// alarms (Alarm, CompositeAlarm, AlarmRule) and dashboards (Dashboard with
// GraphWidget, SingleValueWidget, TextWidget, AlarmWidget, LogQueryWidget,
// AlarmStatusWidget laid out with Row, Column and Spacer).
//
// Metrics are plain values, not constructs: they render into an alarm's
// properties or a dashboard's body the way aws-cdk-lib renders them, so
// templates match aws-cdk-lib's byte for byte.
package awscloudwatch
