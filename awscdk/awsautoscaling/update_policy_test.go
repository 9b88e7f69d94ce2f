package awsautoscaling_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsautoscaling"
	"github.com/strata-cdk/strata/jsii"
)

// TestUpdatePolicyReadsBack: where the core renders CfnUpdatePolicy in
// aws-cdk-lib's key order, the group's L1 carries the real struct.
func TestUpdatePolicyReadsBack(t *testing.T) {
	policyOf := func(p *awsautoscaling.AutoScalingGroupProps) *awscdk.CfnUpdatePolicy {
		st := awscdk.NewStack(awscdk.NewApp(nil), s("S"), nil)
		g := base(st, p)
		return g.Node().DefaultChild().(awsautoscaling.CfnAutoScalingGroup).CfnOptions().UpdatePolicy()
	}
	p := policyOf(nil)
	if p == nil || p.AutoScalingScheduledAction == nil || !*p.AutoScalingScheduledAction.IgnoreUnmodifiedGroupSizeProperties {
		t.Fatalf("default group: scheduled action member not read back: %+v", p)
	}
	p = policyOf(&awsautoscaling.AutoScalingGroupProps{UpdatePolicy: awsautoscaling.UpdatePolicy_ReplacingUpdate()})
	if p.AutoScalingReplacingUpdate == nil || !*p.AutoScalingReplacingUpdate.WillReplace || p.AutoScalingScheduledAction == nil {
		t.Fatalf("replacing update not read back: %+v", p)
	}
	p = policyOf(&awsautoscaling.AutoScalingGroupProps{IgnoreUnmodifiedSizeProperties: jsii.Bool(false),
		UpdatePolicy: awsautoscaling.UpdatePolicy_RollingUpdate(&awsautoscaling.RollingUpdateOptions{MaxBatchSize: n(3),
			SuspendProcesses: &[]awsautoscaling.ScalingProcess{awsautoscaling.ScalingProcess_LAUNCH}})})
	r := p.AutoScalingRollingUpdate
	if r == nil || *r.MaxBatchSize != 3 || len(*r.SuspendProcesses) != 1 || *(*r.SuspendProcesses)[0] != "Launch" || p.AutoScalingScheduledAction != nil {
		t.Fatalf("rolling update not read back: %+v", p)
	}
	p = policyOf(&awsautoscaling.AutoScalingGroupProps{UpdatePolicy: awsautoscaling.UpdatePolicy_InstanceRefresh(&awsautoscaling.InstanceRefreshOptions{
		Strategy: awsautoscaling.InstanceRefreshStrategy_ROLLING, SkipMatching: jsii.Bool(true)})})
	if i := p.AutoScalingInstanceRefresh; i == nil || *i.Strategy != "Rolling" || !*i.Preferences.SkipMatching {
		t.Fatalf("instance refresh not read back: %+v", p)
	}
}
