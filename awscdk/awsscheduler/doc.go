// Package awsscheduler is Amazon EventBridge Scheduler: aws-cdk-lib's
// aws_scheduler module with aws-cdk-go's API.
//
// The L2 constructs are Schedule (a one-time or recurring invocation of a
// target, AWS::Scheduler::Schedule) and ScheduleGroup
// (AWS::Scheduler::ScheduleGroup), with ScheduleExpression for when a
// schedule runs, TimeWindow for its flexible window, ScheduleTargetInput for
// what the target receives and the metrics and grants aws-cdk-lib offers.
// The targets themselves (Lambda, SQS, SNS, ECS, any AWS API …) live in
// awsschedulertargets, which implements IScheduleTarget.
//
// The L1 constructs (CfnSchedule, CfnScheduleGroup) are generated from
// aws-cdk-lib 2.276.0 by internal/tools/l1gen into cfn_*_gen.go.
package awsscheduler
