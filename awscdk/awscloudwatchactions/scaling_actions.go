package awscloudwatchactions

import (
	"github.com/strata-cdk/strata/awscdk/awsapplicationautoscaling"
	"github.com/strata-cdk/strata/awscdk/awsautoscaling"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
)

// AutoScalingAction runs an EC2 Auto Scaling step scaling action.
type AutoScalingAction interface {
	awscloudwatch.IAlarmAction
}

type autoScalingAction struct {
	action awsautoscaling.StepScalingAction
}

// NewAutoScalingAction runs stepScalingAction when the alarm fires.
func NewAutoScalingAction(stepScalingAction awsautoscaling.StepScalingAction) AutoScalingAction {
	return &autoScalingAction{action: stepScalingAction}
}

// NewAutoScalingAction_Override backs a Go "subclass" of AutoScalingAction.
func NewAutoScalingAction_Override(a AutoScalingAction, stepScalingAction awsautoscaling.StepScalingAction) {
	l2.Override(a, NewAutoScalingAction(stepScalingAction))
}

func (a *autoScalingAction) Bind(scope constructs.Construct, alarm awscloudwatch.IAlarm) *awscloudwatch.AlarmActionConfig {
	if a.action == nil {
		diag.Panic(deref(scope.Node().Path()), "AutoScalingAction needs a step scaling action")
	}
	return &awscloudwatch.AlarmActionConfig{AlarmActionArn: a.action.ScalingPolicyArn()}
}

// ApplicationScalingAction runs an Application Auto Scaling step scaling action.
type ApplicationScalingAction interface {
	awscloudwatch.IAlarmAction
}

type applicationScalingAction struct {
	action awsapplicationautoscaling.StepScalingAction
}

// NewApplicationScalingAction runs stepScalingAction when the alarm fires.
func NewApplicationScalingAction(stepScalingAction awsapplicationautoscaling.StepScalingAction) ApplicationScalingAction {
	return &applicationScalingAction{action: stepScalingAction}
}

// NewApplicationScalingAction_Override backs a Go "subclass" of ApplicationScalingAction.
func NewApplicationScalingAction_Override(a ApplicationScalingAction, stepScalingAction awsapplicationautoscaling.StepScalingAction) {
	l2.Override(a, NewApplicationScalingAction(stepScalingAction))
}

func (a *applicationScalingAction) Bind(scope constructs.Construct, alarm awscloudwatch.IAlarm) *awscloudwatch.AlarmActionConfig {
	if a.action == nil {
		diag.Panic(deref(scope.Node().Path()), "ApplicationScalingAction needs a step scaling action")
	}
	return &awscloudwatch.AlarmActionConfig{AlarmActionArn: a.action.ScalingPolicyArn()}
}
