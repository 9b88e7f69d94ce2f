package awsscheduler_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsscheduler"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// A group with nil props synthesizes aws-cdk-lib's defaults; a schedule
// with nil props is a clear error naming its path.
func TestNilProps(t *testing.T) {
	err := golden.SynthErr(t, func(app awscdk.App) {
		s := awscdk.NewStack(app, jsii.String("S"), nil)
		awsscheduler.NewScheduleGroup(s, jsii.String("G"), nil)
	})
	if err != nil {
		t.Fatalf("NewScheduleGroup(nil): %v", err)
	}
	err = golden.SynthErr(t, func(app awscdk.App) {
		awsscheduler.NewSchedule(awscdk.NewStack(app, jsii.String("S"), nil), jsii.String("Sch"), &awsscheduler.ScheduleProps{Schedule: rate5()})
	})
	if err == nil || !strings.Contains(err.Error(), "[S/Sch] Schedule needs props (Schedule, Target are required)") {
		t.Fatalf("NewSchedule without a target: %v", err)
	}
}

// myGroup embeds ScheduleGroup, the way Go programs subclass it.
type myGroup struct{ awsscheduler.ScheduleGroup }

func TestOverrideAndStatics(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	g := &myGroup{}
	awsscheduler.NewScheduleGroup_Override(g, s, jsii.String("G"), &awsscheduler.ScheduleGroupProps{ScheduleGroupName: jsii.String("n")})
	if *g.ScheduleGroupName() != "n" {
		t.Fatalf("name %q", *g.ScheduleGroupName())
	}
	if s.Node().FindChild(jsii.String("G")) != g {
		t.Fatal("the tree does not hand out the user's group")
	}
	if !*awsscheduler.ScheduleGroup_IsResource(g) || !*awsscheduler.ScheduleGroup_IsOwnedResource(g) || !*awsscheduler.Schedule_IsConstruct(g) {
		t.Fatal("statics")
	}
	if g.Grants().Resource() != g {
		t.Fatal("grants resource is not the group")
	}
	imp := awsscheduler.Schedule_FromScheduleArn(s, jsii.String("I"), jsii.String("arn:aws:scheduler:us-east-1:111111111111:schedule/grp/sched1"))
	if *imp.ScheduleName() != "sched1" || imp.ScheduleGroup() != nil || *imp.ScheduleRef().ScheduleArn != *imp.ScheduleArn() {
		t.Fatalf("imported schedule: %v", *imp.ScheduleName())
	}
	if *awsscheduler.Schedule_IsOwnedResource(imp) {
		t.Fatal("an imported schedule is not owned")
	}
	e := awsscheduler.ScheduleExpression_Cron(nil)
	if *e.ExpressionString() != "cron(* * * * ? *)" || *e.TimeZone().TimezoneName() != "Etc/UTC" {
		t.Fatalf("cron(nil) = %s %s", *e.ExpressionString(), *e.TimeZone().TimezoneName())
	}
	w := awsscheduler.TimeWindow_Flexible(awscdk.Duration_Minutes(jsii.Number(15)))
	if *w.Mode() != "FLEXIBLE" || *w.MaxWindow().ToMinutes(nil) != 15 || awsscheduler.TimeWindow_Off().MaxWindow() != nil {
		t.Fatal("time windows")
	}
	if got := awsscheduler.ContextAttribute_FromName(jsii.String("x")); *got != "<aws.scheduler.x>" {
		t.Fatalf("ContextAttribute_FromName = %s", *got)
	}
	if *awsscheduler.Schedule_PROPERTY_INJECTION_ID() != "aws-cdk-lib.aws-scheduler.Schedule" ||
		*awsscheduler.ScheduleGroup_PROPERTY_INJECTION_ID() != "aws-cdk-lib.aws-scheduler.ScheduleGroup" {
		t.Fatal("injection ids")
	}
}
