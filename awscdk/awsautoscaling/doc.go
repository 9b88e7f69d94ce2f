// Package awsautoscaling is aws-cdk-go's awsautoscaling: the L1 constructs
// of AWS::AutoScaling (Cfn*, generated) and the hand-written L2s over them:
// AutoScalingGroup (launch configuration, or under the init flags a launch
// template it creates; or a LaunchTemplate / MixedInstancesPolicy the user
// gives; cfn-init through Init or ApplyCloudFormationInit), its scaling policies (TargetTrackingScalingPolicy,
// StepScalingPolicy with its alarms and StepScalingAction, ScheduledAction
// with Schedule), LifecycleHook and WarmPool, and the value classes that
// configure them (Signals, UpdatePolicy, HealthChecks, BlockDeviceVolume,
// GroupMetrics, ScalingEvents).
//
// Templates match aws-cdk-lib 2.276.0's; testdata/twins.js holds the
// JavaScript programs the goldens come from.
package awsautoscaling
