package awsscheduler_test

import (
	"strings"
	"testing"
	"time"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awsscheduler"
	"github.com/strata-cdk/strata/jsii"
)

// fixedTarget is the twin of twins.js's FixedTarget: a target of the
// user's own, with a fixed ARN and whatever else the case adds.
type fixedTarget struct {
	role  awsiam.IRole
	extra awsscheduler.ScheduleTargetConfig
}

func (t *fixedTarget) Bind(_ awsscheduler.ISchedule) *awsscheduler.ScheduleTargetConfig {
	c := t.extra
	c.Arn = jsii.String("arn:aws:sqs:us-east-1:111111111111:q")
	c.Role = t.role
	return &c
}

func roleIn(s awscdk.Stack) awsiam.IRole {
	return awsiam.Role_FromRoleArn(s, jsii.String("Role"), jsii.String("arn:aws:iam::111111111111:role/sched"), nil)
}

func date(y int, m time.Month, d, h, min, sec, ms int) *time.Time {
	t := time.Date(y, m, d, h, min, sec, ms*int(time.Millisecond), time.UTC)
	return &t
}

func out(s awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(s, jsii.String(id), &awscdk.CfnOutputProps{Value: v})
}

var rate5 = func() awsscheduler.ScheduleExpression {
	return awsscheduler.ScheduleExpression_Rate(awscdk.Duration_Minutes(jsii.Number(5)))
}

var templateCases = map[string]func(s awscdk.Stack){
	"Default": func(s awscdk.Stack) {
		awsscheduler.NewSchedule(s, jsii.String("Schedule"), &awsscheduler.ScheduleProps{Schedule: rate5(), Target: &fixedTarget{role: roleIn(s)}})
	},
	"Expressions": func(s awscdk.Stack) {
		t := &fixedTarget{role: roleIn(s)}
		add := func(id string, e awsscheduler.ScheduleExpression) {
			awsscheduler.NewSchedule(s, jsii.String(id), &awsscheduler.ScheduleProps{Schedule: e, Target: t})
		}
		add("At", awsscheduler.ScheduleExpression_At(date(2030, 1, 2, 3, 4, 5, 678), nil))
		add("AtZone", awsscheduler.ScheduleExpression_At(date(2031, 12, 31, 23, 59, 0, 0), awscdk.TimeZone_EUROPE_PARIS()))
		add("Cron", awsscheduler.ScheduleExpression_Cron(&awsscheduler.CronOptionsWithTimezone{Minute: jsii.String("0"), Hour: jsii.String("12"), WeekDay: jsii.String("MON-FRI")}))
		add("CronZone", awsscheduler.ScheduleExpression_Cron(&awsscheduler.CronOptionsWithTimezone{Minute: jsii.String("15"), Day: jsii.String("1"), Month: jsii.String("*"), TimeZone: awscdk.TimeZone_AMERICA_NEW_YORK()}))
		add("CronEmpty", awsscheduler.ScheduleExpression_Cron(&awsscheduler.CronOptionsWithTimezone{}))
		add("Literal", awsscheduler.ScheduleExpression_Expression(jsii.String("rate(12 hours)"), nil))
		add("LiteralZone", awsscheduler.ScheduleExpression_Expression(jsii.String("cron(0 9 * * ? *)"), awscdk.TimeZone_ASIA_TOKYO()))
		add("Hours", awsscheduler.ScheduleExpression_Rate(awscdk.Duration_Hours(jsii.Number(2))))
		add("Day", awsscheduler.ScheduleExpression_Rate(awscdk.Duration_Days(jsii.Number(1))))
		add("Minute", awsscheduler.ScheduleExpression_Rate(awscdk.Duration_Minutes(jsii.Number(1))))
		add("Seconds", awsscheduler.ScheduleExpression_Rate(awscdk.Duration_Seconds(jsii.Number(120))))
	},
	"AllProps": func(s awscdk.Stack) {
		key := awskms.NewKey(s, jsii.String("Key"), nil)
		role := awsiam.NewRole(s, jsii.String("TargetRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("scheduler.amazonaws.com"), nil)})
		group := awsscheduler.NewScheduleGroup(s, jsii.String("Group"), &awsscheduler.ScheduleGroupProps{ScheduleGroupName: jsii.String("my-group"), RemovalPolicy: awscdk.RemovalPolicy_DESTROY})
		sch := awsscheduler.NewSchedule(s, jsii.String("Schedule"), &awsscheduler.ScheduleProps{
			Schedule: awsscheduler.ScheduleExpression_Rate(awscdk.Duration_Hours(jsii.Number(1))),
			Target: &fixedTarget{role: role, extra: awsscheduler.ScheduleTargetConfig{
				Input: awsscheduler.ScheduleTargetInput_FromObject(map[string]interface{}{
					"a": 1, "b": "x", "arn": awsscheduler.ContextAttribute_ScheduleArn(), "t": awsscheduler.ContextAttribute_ScheduledTime(),
					"id": awsscheduler.ContextAttribute_ExecutionId(), "n": awsscheduler.ContextAttribute_AttemptNumber(), "acct": awscdk.Aws_ACCOUNT_ID(),
					"custom": awsscheduler.ContextAttribute_FromName(jsii.String("x")),
				}),
				DeadLetterConfig: &awsscheduler.CfnSchedule_DeadLetterConfigProperty{Arn: jsii.String("arn:aws:sqs:us-east-1:111111111111:dlq")},
				RetryPolicy:      &awsscheduler.CfnSchedule_RetryPolicyProperty{MaximumEventAgeInSeconds: jsii.Number(120), MaximumRetryAttempts: jsii.Number(3)},
				SqsParameters:    &awsscheduler.CfnSchedule_SqsParametersProperty{MessageGroupId: jsii.String("g")},
			}},
			ScheduleName:  jsii.String("my-schedule"),
			Description:   jsii.String("every hour"),
			Enabled:       jsii.Bool(false),
			Key:           key,
			ScheduleGroup: group,
			Start:         date(2030, 6, 1, 0, 0, 0, 0),
			End:           date(2031, 6, 1, 12, 30, 15, 250),
			TimeWindow:    awsscheduler.TimeWindow_Flexible(awscdk.Duration_Hours(jsii.Number(2))),
		})
		awsscheduler.NewSchedule(s, jsii.String("Text"), &awsscheduler.ScheduleProps{
			Schedule: awsscheduler.ScheduleExpression_Rate(awscdk.Duration_Minutes(jsii.Number(10))),
			Target: &fixedTarget{role: role, extra: awsscheduler.ScheduleTargetConfig{
				Input:       awsscheduler.ScheduleTargetInput_FromText(jsii.String("hello " + *sch.ScheduleName() + " " + *awscdk.Aws_REGION())),
				RetryPolicy: &awsscheduler.CfnSchedule_RetryPolicyProperty{MaximumRetryAttempts: jsii.Number(0)},
			}},
			TimeWindow: awsscheduler.TimeWindow_Off(),
			Enabled:    jsii.Bool(true),
		})
		out(s, "Arn", sch.ScheduleArn())
		out(s, "Name", sch.ScheduleName())
		out(s, "GroupArn", group.ScheduleGroupArn())
		out(s, "GroupName", group.ScheduleGroupName())
	},
	"Groups": func(s awscdk.Stack) {
		g := awsscheduler.NewScheduleGroup(s, jsii.String("Group"), nil)
		awsscheduler.NewScheduleGroup(s, jsii.String("Other"), &awsscheduler.ScheduleGroupProps{})
		byName := awsscheduler.ScheduleGroup_FromScheduleGroupName(s, jsii.String("ByName"), jsii.String("named"))
		byArn := awsscheduler.ScheduleGroup_FromScheduleGroupArn(s, jsii.String("ByArn"), jsii.String("arn:aws:scheduler:eu-west-1:222222222222:schedule-group/far"))
		def := awsscheduler.ScheduleGroup_FromDefaultScheduleGroup(s, jsii.String("Default"))
		role := awsiam.NewRole(s, jsii.String("Reader"), &awsiam.RoleProps{AssumedBy: awsiam.NewAccountRootPrincipal()})
		g.GrantReadSchedules(role)
		g.GrantWriteSchedules(role)
		g.GrantDeleteSchedules(role)
		g.Grant(role, jsii.String("scheduler:TagResource"))
		byName.GrantReadSchedules(role)
		byArn.GrantWriteSchedules(role)
		def.GrantDeleteSchedules(role)
		awsscheduler.ScheduleGroupGrants_FromScheduleGroup(byArn).ReadSchedules(role)
		awsscheduler.NewSchedule(s, jsii.String("InDefault"), &awsscheduler.ScheduleProps{
			Schedule: awsscheduler.ScheduleExpression_Rate(awscdk.Duration_Days(jsii.Number(3))), Target: &fixedTarget{role: roleIn(s)}, ScheduleGroup: def})
		out(s, "ByNameArn", byName.ScheduleGroupArn())
		out(s, "ByArnName", byArn.ScheduleGroupName())
		alarm := func(id string, m awscloudwatch.IMetric) {
			awscloudwatch.NewAlarm(s, jsii.String(id), &awscloudwatch.AlarmProps{Metric: m, Threshold: jsii.Number(1), EvaluationPeriods: jsii.Number(1)})
		}
		alarm("Throttled", g.MetricThrottled(nil))
		alarm("Attempts", g.MetricAttempts(nil))
		alarm("TargetErrors", g.MetricTargetErrors(&awscloudwatch.MetricOptions{Period: awscdk.Duration_Minutes(jsii.Number(1))}))
		alarm("TargetThrottled", g.MetricTargetThrottled(nil))
		alarm("Dropped", g.MetricDropped(&awscloudwatch.MetricOptions{Statistic: jsii.String("Average")}))
		alarm("SentToDLQ", g.MetricSentToDLQ(nil))
		alarm("Failed", g.MetricFailedToBeSentToDLQ(nil, nil))
		alarm("FailedCode", g.MetricFailedToBeSentToDLQ(jsii.String("AccessDenied"), nil))
		alarm("Truncated", g.MetricSentToDLQTruncated(nil))
		alarm("Custom", g.Metric(jsii.String("Custom"), &awscloudwatch.MetricOptions{Unit: awscloudwatch.Unit_COUNT}))
		alarm("Imported", byArn.MetricAttempts(nil))
		alarm("All", awsscheduler.Schedule_MetricAll(jsii.String("X"), nil))
		alarm("AllThrottled", awsscheduler.Schedule_MetricAllThrottled(nil))
		alarm("AllAttempts", awsscheduler.Schedule_MetricAllAttempts(&awscloudwatch.MetricOptions{Label: jsii.String("l")}))
		alarm("AllErrors", awsscheduler.Schedule_MetricAllErrors(nil))
		alarm("AllTargetThrottled", awsscheduler.Schedule_MetricAllTargetThrottled(nil))
		alarm("AllDropped", awsscheduler.Schedule_MetricAllDropped(nil))
		alarm("AllSentToDLQ", awsscheduler.Schedule_MetricAllSentToDLQ(nil))
		alarm("AllFailed", awsscheduler.Schedule_MetricAllFailedToBeSentToDLQ(nil, nil))
		alarm("AllFailedCode", awsscheduler.Schedule_MetricAllFailedToBeSentToDLQ(jsii.String("Throttled"), nil))
		alarm("AllTruncated", awsscheduler.Schedule_MetricAllSentToDLQTruncated(nil))
		imported := awsscheduler.Schedule_FromScheduleArn(s, jsii.String("ImportedSchedule"), jsii.String("arn:aws:scheduler:us-east-1:111111111111:schedule/grp/sched1"))
		out(s, "ImportedName", imported.ScheduleName())
	},
}

func TestTemplates(t *testing.T) { checkTemplates(t, templateCases, nil) }

var errorCases = map[string]func(s awscdk.Stack){
	"StartAfterEnd": func(s awscdk.Stack) {
		awsscheduler.NewSchedule(s, jsii.String("Q"), &awsscheduler.ScheduleProps{Schedule: rate5(), Target: &fixedTarget{role: roleIn(s)},
			Start: date(2031, 1, 1, 0, 0, 0, 0), End: date(2030, 1, 1, 0, 0, 0, 0)})
	},
	"LongName": func(s awscdk.Stack) {
		awsscheduler.NewSchedule(s, jsii.String("Q"), &awsscheduler.ScheduleProps{Schedule: rate5(), Target: &fixedTarget{role: roleIn(s)}, ScheduleName: jsii.String(strings.Repeat("x", 65))})
	},
	"EventAge": func(s awscdk.Stack) {
		awsscheduler.NewSchedule(s, jsii.String("Q"), &awsscheduler.ScheduleProps{Schedule: rate5(), Target: &fixedTarget{role: roleIn(s),
			extra: awsscheduler.ScheduleTargetConfig{RetryPolicy: &awsscheduler.CfnSchedule_RetryPolicyProperty{MaximumEventAgeInSeconds: jsii.Number(30)}}}})
	},
	"RetryAttempts": func(s awscdk.Stack) {
		awsscheduler.NewSchedule(s, jsii.String("Q"), &awsscheduler.ScheduleProps{Schedule: rate5(), Target: &fixedTarget{role: roleIn(s),
			extra: awsscheduler.ScheduleTargetConfig{RetryPolicy: &awsscheduler.CfnSchedule_RetryPolicyProperty{MaximumRetryAttempts: jsii.Number(186)}}}})
	},
	"WindowTooLong":  func(s awscdk.Stack) { awsscheduler.TimeWindow_Flexible(awscdk.Duration_Hours(jsii.Number(25))) },
	"WindowZero":     func(s awscdk.Stack) { awsscheduler.TimeWindow_Flexible(awscdk.Duration_Minutes(jsii.Number(0))) },
	"WindowFraction": func(s awscdk.Stack) { awsscheduler.TimeWindow_Flexible(awscdk.Duration_Seconds(jsii.Number(90))) },
	"RateFraction":   func(s awscdk.Stack) { awsscheduler.ScheduleExpression_Rate(awscdk.Duration_Seconds(jsii.Number(90))) },
	"RateZero":       func(s awscdk.Stack) { awsscheduler.ScheduleExpression_Rate(awscdk.Duration_Minutes(jsii.Number(0))) },
	"CronDayAndWeekDay": func(s awscdk.Stack) {
		awsscheduler.ScheduleExpression_Cron(&awsscheduler.CronOptionsWithTimezone{Day: jsii.String("1"), WeekDay: jsii.String("MON")})
	},
	"BadArn": func(s awscdk.Stack) {
		awsscheduler.Schedule_FromScheduleArn(s, jsii.String("Q"), jsii.String("arn:aws:scheduler:us-east-1:111111111111:schedule/only"))
	},
}

func TestErrors(t *testing.T) { checkErrors(t, errorCases, nil) }
