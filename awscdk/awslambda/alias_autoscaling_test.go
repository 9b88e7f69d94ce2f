package awslambda_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapplicationautoscaling"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/jsii"
)

// AliasScaling: provisioned concurrency autoscaling of aliases (utilization
// tracking, schedules), and its two errors.
func init() {
	moreTemplateCases["AliasScaling"] = func(s awscdk.Stack) {
		f := fn(s, "Fn", nil)
		live := awslambda.NewAlias(s, jsii.String("Live"), &awslambda.AliasProps{AliasName: jsii.String("live"), Version: f.CurrentVersion(),
			ProvisionedConcurrentExecutions: jsii.Number(2)})
		scaling := live.AddAutoScaling(&awslambda.AutoScalingOptions{MaxCapacity: jsii.Number(10)})
		scaling.ScaleOnUtilization(&awslambda.UtilizationScalingOptions{UtilizationTarget: jsii.Number(0.5)})
		scaling.ScaleOnSchedule(jsii.String("Morning"), &awsapplicationautoscaling.ScalingSchedule{
			Schedule: awsapplicationautoscaling.Schedule_Cron(&awsapplicationautoscaling.CronOptions{Hour: jsii.String("8"), Minute: jsii.String("0")}), MinCapacity: jsii.Number(5)})
		v := awslambda.NewVersion(s, jsii.String("V1"), &awslambda.VersionProps{Lambda: f})
		beta := v.AddAlias(jsii.String("beta"), nil)
		beta.AddAutoScaling(&awslambda.AutoScalingOptions{MinCapacity: jsii.Number(2), MaxCapacity: jsii.Number(20)}).ScaleOnUtilization(&awslambda.UtilizationScalingOptions{
			UtilizationTarget: jsii.Number(0.7), DisableScaleIn: jsii.Bool(true), PolicyName: jsii.String("beta-tracking"),
			ScaleInCooldown: awscdk.Duration_Minutes(jsii.Number(5)), ScaleOutCooldown: awscdk.Duration_Seconds(jsii.Number(30))})
	}
	errorCases["AliasScalingTwice"] = func(s awscdk.Stack) {
		a := fn(s, "F", nil).CurrentVersion().AddAlias(jsii.String("live"), nil)
		a.AddAutoScaling(&awslambda.AutoScalingOptions{MaxCapacity: jsii.Number(5)})
		a.AddAutoScaling(&awslambda.AutoScalingOptions{MaxCapacity: jsii.Number(6)})
	}
	errorCases["AliasUtilizationTarget"] = func(s awscdk.Stack) {
		fn(s, "F", nil).CurrentVersion().AddAlias(jsii.String("live"), nil).AddAutoScaling(&awslambda.AutoScalingOptions{MaxCapacity: jsii.Number(5)}).
			ScaleOnUtilization(&awslambda.UtilizationScalingOptions{UtilizationTarget: jsii.Number(0.95)})
	}
}

// TestAliasScalingNilOptions: nil options are user errors naming the
// alias (or its scaling attribute), not nil dereferences.
func TestAliasScalingNilOptions(t *testing.T) {
	for name, build := range map[string]func(a awslambda.Alias){
		"AddAutoScaling": func(a awslambda.Alias) { a.AddAutoScaling(nil) },
		"ScaleOnUtilization": func(a awslambda.Alias) {
			a.AddAutoScaling(&awslambda.AutoScalingOptions{MaxCapacity: jsii.Number(3)}).ScaleOnUtilization(nil)
		},
	} {
		err := synthErr(t, func(app awscdk.App) {
			s := awscdk.NewStack(app, jsii.String("S"), nil)
			build(fn(s, "F", nil).CurrentVersion().AddAlias(jsii.String("live"), nil))
		})
		if err == nil || !strings.Contains(err.Error(), "S/F/CurrentVersion/Aliaslive") {
			t.Errorf("%s(nil): want an error naming the alias, got %v", name, err)
		}
	}
}
