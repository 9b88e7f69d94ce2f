package awsautoscaling_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsautoscaling"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// TestNilProps: every constructor and method given nil props or options
// either synthesizes (where aws-cdk-lib accepts undefined) or fails with a
// user error naming the construct, never a Go runtime panic.
func TestNilProps(t *testing.T) {
	group := func(st awscdk.Stack) awsautoscaling.AutoScalingGroup { return base(st, nil) }
	cases := map[string]struct {
		build   func(st awscdk.Stack)
		wantErr string // "" when synthesis succeeds
	}{
		"NewAutoScalingGroup":            {func(st awscdk.Stack) { awsautoscaling.NewAutoScalingGroup(st, s("X"), nil) }, "S/X"},
		"NewLifecycleHook":               {func(st awscdk.Stack) { awsautoscaling.NewLifecycleHook(st, s("X"), nil) }, "S/X"},
		"NewWarmPool":                    {func(st awscdk.Stack) { awsautoscaling.NewWarmPool(st, s("X"), nil) }, "S/X"},
		"NewScheduledAction":             {func(st awscdk.Stack) { awsautoscaling.NewScheduledAction(st, s("X"), nil) }, "S/X"},
		"NewStepScalingAction":           {func(st awscdk.Stack) { awsautoscaling.NewStepScalingAction(st, s("X"), nil) }, "S/X"},
		"NewStepScalingPolicy":           {func(st awscdk.Stack) { awsautoscaling.NewStepScalingPolicy(st, s("X"), nil) }, "S/X"},
		"NewTargetTrackingScalingPolicy": {func(st awscdk.Stack) { awsautoscaling.NewTargetTrackingScalingPolicy(st, s("X"), nil) }, "S/X"},
		"AddWarmPool":                    {func(st awscdk.Stack) { group(st).AddWarmPool(nil) }, ""},
		"AddLifecycleHook":               {func(st awscdk.Stack) { group(st).AddLifecycleHook(s("H"), nil) }, "S/Asg/LifecycleHookH"},
		"ScaleOnSchedule":                {func(st awscdk.Stack) { group(st).ScaleOnSchedule(s("H"), nil) }, "S/Asg/ScheduledActionH"},
		"ScaleOnCpuUtilization":          {func(st awscdk.Stack) { group(st).ScaleOnCpuUtilization(s("H"), nil) }, "S/Asg/ScalingPolicyH"},
		"ScaleOnMetric":                  {func(st awscdk.Stack) { group(st).ScaleOnMetric(s("H"), nil) }, "S/Asg/H"},
		"ScaleToTrackMetric":             {func(st awscdk.Stack) { group(st).ScaleToTrackMetric(s("H"), nil) }, "S/Asg/ScalingPolicyH"},
		"ScaleOnRequestCount":            {func(st awscdk.Stack) { group(st).ScaleOnRequestCount(s("H"), nil) }, "S/Asg"},
		"AddUserDataImported": {func(st awscdk.Stack) {
			awsautoscaling.AutoScalingGroup_FromAutoScalingGroupName(st, s("I"), s("n")).AddUserData(s("echo"))
		}, ""},
		"StaticsNil": {func(st awscdk.Stack) {
			base(st, &awsautoscaling.AutoScalingGroupProps{
				Signals: awsautoscaling.Signals_WaitForAll(nil), UpdatePolicy: awsautoscaling.UpdatePolicy_RollingUpdate(nil),
				HealthChecks: awsautoscaling.HealthChecks_Ec2(nil), GroupMetrics: &[]awsautoscaling.GroupMetrics{awsautoscaling.NewGroupMetrics()},
			})
			awsautoscaling.Schedule_Cron(nil)
			awsautoscaling.HealthCheck_Ec2(nil)
			awsautoscaling.BlockDeviceVolume_Ebs(n(8), nil)
			awsautoscaling.BlockDeviceVolume_EbsFromSnapshot(s("snap-1"), nil)
		}, ""},
		"ApplyInitNil": {func(st awscdk.Stack) {
			base(st, &awsautoscaling.AutoScalingGroupProps{Signals: awsautoscaling.Signals_WaitForAll(nil)}).ApplyCloudFormationInit(nil, nil)
		}, "S/Asg"},
		"ApplyInitNilOptions": {func(st awscdk.Stack) {
			base(st, &awsautoscaling.AutoScalingGroupProps{Signals: awsautoscaling.Signals_WaitForAll(nil)}).ApplyCloudFormationInit(
				awsec2.CloudFormationInit_FromElements(awsec2.InitCommand_ShellCommand(s("true"), nil)), nil)
		}, ""},
		"ApplyInitImportedTemplate": {func(st awscdk.Stack) {
			lt := awsec2.LaunchTemplate_FromLaunchTemplateAttributes(st, s("Lt"), &awsec2.LaunchTemplateAttributes{LaunchTemplateId: s("lt-1")})
			awsautoscaling.NewAutoScalingGroup(st, s("Asg"), &awsautoscaling.AutoScalingGroupProps{Vpc: vpcOf(st), LaunchTemplate: lt,
				Signals: awsautoscaling.Signals_WaitForAll(nil), Init: awsec2.CloudFormationInit_FromElements(awsec2.InitCommand_ShellCommand(s("true"), nil))})
		}, "The provided launch template does not expose its user data."},
		"InstanceRefreshNil": {func(st awscdk.Stack) { awsautoscaling.UpdatePolicy_InstanceRefresh(nil) }, "UpdatePolicy_InstanceRefresh"},
		"EphemeralNegative":  {func(st awscdk.Stack) { awsautoscaling.BlockDeviceVolume_Ephemeral(n(-1)) }, "volumeIndex must be a number starting from 0"},
		"BadPercentage": {func(st awscdk.Stack) {
			awsautoscaling.Signals_WaitForAll(&awsautoscaling.SignalsOptions{MinSuccessPercentage: n(150)})
		}, "Expected: a percentage 0..100, got: 150"},
		"CronDayAndWeekDay": {func(st awscdk.Stack) {
			awsautoscaling.Schedule_Cron(&awsautoscaling.CronOptions{Day: s("1"), WeekDay: s("MON")})
		}, "Cannot supply both 'day' and 'weekDay'"},
		"KeyPairWithoutFlag": {func(st awscdk.Stack) {
			st.Node().SetContext(s("@aws-cdk/aws-autoscaling:generateLaunchTemplateInsteadOfLaunchConfig"), false)
			base(st, &awsautoscaling.AutoScalingGroupProps{KeyPair: awsec2.KeyPair_FromKeyPairName(st, s("K"), s("k"))})
		}, "Can only use 'keyPair' when feature flag 'AUTOSCALING_GENERATE_LAUNCH_TEMPLATE' is set"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			err := golden.SynthErr(t, func(app awscdk.App) { c.build(awscdk.NewStack(app, s("S"), nil)) })
			switch {
			case c.wantErr == "" && err != nil:
				t.Fatalf("synth failed: %v", err)
			case c.wantErr != "" && err == nil:
				t.Fatalf("synth succeeded; want an error mentioning %q", c.wantErr)
			case c.wantErr != "" && !strings.Contains(err.Error(), c.wantErr):
				t.Fatalf("error %q does not mention %q", err, c.wantErr)
			}
		})
	}
}

type myGroup struct {
	awsautoscaling.AutoScalingGroup
}

// TestOverride: a Go "subclass" made with NewAutoScalingGroup_Override
// works as the group and is what the tree hands out.
func TestOverride(t *testing.T) {
	ctx := cdkctx.InitContext()
	app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(t.TempDir())})
	st := awscdk.NewStack(app, s("S"), nil)
	g := &myGroup{}
	awsautoscaling.NewAutoScalingGroup_Override(g, st, s("Asg"), &awsautoscaling.AutoScalingGroupProps{Vpc: vpcOf(st), InstanceType: t3micro(), MachineImage: image()})
	g.ScaleOnCpuUtilization(s("Cpu"), &awsautoscaling.CpuUtilizationScalingProps{TargetUtilizationPercent: n(50)})
	if got := st.Node().FindChild(s("Asg")); got != g {
		t.Fatalf("tree hands out %T, want the user's *myGroup", got)
	}
	app.Synth(nil)
}

// TestParallelApps: groups in parallel apps share no state.
func TestParallelApps(t *testing.T) {
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					errs <- fmt.Errorf("app %d: %v", i, r)
				}
			}()
			ctx := cdkctx.InitContext()
			app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(t.TempDir())})
			templateCases["Scaling"](awscdk.NewStack(app, s("Scaling"), nil))
			app.Synth(nil)
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestImportedTargetGroupRequestCount: request-count scaling needs an
// Application target group of this app, as in aws-cdk-lib.
func TestImportedTargetGroupRequestCount(t *testing.T) {
	err := golden.SynthErr(t, func(app awscdk.App) {
		st := awscdk.NewStack(app, s("S"), nil)
		g := base(st, nil)
		tg := awselasticloadbalancingv2.ApplicationTargetGroup_FromTargetGroupAttributes(st, s("Tg"), &awselasticloadbalancingv2.TargetGroupAttributes{
			TargetGroupArn: s("arn:aws:elasticloadbalancing:us-east-1:111111111111:targetgroup/tg/0123456789abcdef")})
		g.AttachToApplicationTargetGroup(tg)
		g.ScaleOnRequestCount(s("R"), &awsautoscaling.RequestCountScalingProps{TargetRequestsPerMinute: n(10)})
	})
	if err == nil || !strings.Contains(err.Error(), "[S/Asg] Attach the AutoScalingGroup to a non-imported Application Load Balancer") {
		t.Fatalf("got %v", err)
	}
}

// TestImdsv2OnLaunchConfig: requireImdsv2 reaches a launch configuration too.
func TestImdsv2OnLaunchConfig(t *testing.T) {
	ctx := cdkctx.InitContext()
	out := t.TempDir()
	app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(out)})
	st := awscdk.NewStack(app, s("S"), nil)
	st.Node().SetContext(s("@aws-cdk/aws-autoscaling:generateLaunchTemplateInsteadOfLaunchConfig"), false)
	g := &myGroup{}
	awsautoscaling.NewAutoScalingGroup_Override(g, st, s("Asg"), &awsautoscaling.AutoScalingGroupProps{Vpc: vpcOf(st), InstanceType: t3micro(),
		MachineImage: image(), RequireImdsv2: yes})
	app.Synth(nil)
	b, err := os.ReadFile(filepath.Join(out, "S.template.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"MetadataOptions": {`) || !strings.Contains(string(b), `"HttpTokens": "required"`) {
		t.Fatalf("no IMDSv2 metadata options in:\n%s", b)
	}
}
