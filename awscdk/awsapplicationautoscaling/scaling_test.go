package awsapplicationautoscaling_test

import (
	"encoding/json"
	"fmt"
	"github.com/strata-cdk/strata/internal/golden"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapplicationautoscaling"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/jsii"
)

var (
	str = jsii.String
	n   = jsii.Number[float64]
)

func cpu(period awscdk.Duration) awscloudwatch.Metric {
	return awscloudwatch.NewMetric(&awscloudwatch.MetricProps{
		Namespace: str("AWS/ECS"), MetricName: str("CPUUtilization"),
		DimensionsMap: &map[string]*string{"ClusterName": str("c"), "ServiceName": str("s")},
		Period:        period, Statistic: str("Average"),
	})
}

func target(s constructs.Construct, id string, edit func(p *awsapplicationautoscaling.ScalableTargetProps)) awsapplicationautoscaling.ScalableTarget {
	p := &awsapplicationautoscaling.ScalableTargetProps{
		ServiceNamespace:  awsapplicationautoscaling.ServiceNamespace_ECS,
		ScalableDimension: str("ecs:service:DesiredCount"),
		ResourceId:        str("service/cluster/svc"),
		MinCapacity:       n(1),
		MaxCapacity:       n(10),
	}
	if edit != nil {
		edit(p)
	}
	return awsapplicationautoscaling.NewScalableTarget(s, str(id), p)
}

func out(s awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(s, str(id), &awscdk.CfnOutputProps{Value: v})
}

func steps(ivs ...*awsapplicationautoscaling.ScalingInterval) *[]*awsapplicationautoscaling.ScalingInterval {
	return &ivs
}

type iv = awsapplicationautoscaling.ScalingInterval

// counted is a scalable attribute built the way awsecs's ScalableTaskCount is.
type counted struct {
	awsapplicationautoscaling.BaseScalableAttribute
}

func (c *counted) scaleOnCpu(id string, target float64) {
	c.DoScaleToTrackMetric(str(id), &awsapplicationautoscaling.BasicTargetTrackingScalingPolicyProps{
		TargetValue: n(target), PredefinedMetric: awsapplicationautoscaling.PredefinedMetric_ECS_SERVICE_AVERAGE_CPU_UTILIZATION,
	})
}

var templateCases = map[string]func(s awscdk.Stack){
	"TargetTracking": func(s awscdk.Stack) {
		t := target(s, "Target", nil)
		t.ScaleToTrackMetric(str("Cpu"), &awsapplicationautoscaling.BasicTargetTrackingScalingPolicyProps{
			TargetValue: n(50), PredefinedMetric: awsapplicationautoscaling.PredefinedMetric_ECS_SERVICE_AVERAGE_CPU_UTILIZATION,
		})
		t.ScaleToTrackMetric(str("Requests"), &awsapplicationautoscaling.BasicTargetTrackingScalingPolicyProps{
			TargetValue: n(1000), PredefinedMetric: awsapplicationautoscaling.PredefinedMetric_ALB_REQUEST_COUNT_PER_TARGET,
			ResourceLabel: str("app/lb/123/targetgroup/tg/456"), ScaleInCooldown: awscdk.Duration_Seconds(n(60)),
			ScaleOutCooldown: awscdk.Duration_Minutes(n(2)), DisableScaleIn: jsii.Bool(true), PolicyName: str("requests"),
		})
		t.ScaleToTrackMetric(str("Custom"), &awsapplicationautoscaling.BasicTargetTrackingScalingPolicyProps{
			TargetValue: n(70),
			CustomMetric: awscloudwatch.NewMetric(&awscloudwatch.MetricProps{Namespace: str("My"), MetricName: str("Load"),
				DimensionsMap: &map[string]*string{"A": str("b")}, Statistic: str("Maximum"), Unit: awscloudwatch.Unit_PERCENT}),
		})
		t.ScaleToTrackMetric(str("Dynamo"), &awsapplicationautoscaling.BasicTargetTrackingScalingPolicyProps{
			TargetValue: n(70), PredefinedMetric: awsapplicationautoscaling.PredefinedMetric_DYNAMODB_WRITE_CAPACITY_UTILIZATION,
			DisableScaleIn: jsii.Bool(false),
		})
		imported := awsapplicationautoscaling.ScalableTarget_FromScalableTargetAttributes(s, str("Imported"), &awsapplicationautoscaling.ScalableTargetAttributes{
			ScalableTargetId: str("service/cluster/other"), ScalableDimension: str("ecs:service:DesiredCount"), ServiceNamespace: str("ecs"),
		})
		p := awsapplicationautoscaling.NewTargetTrackingScalingPolicy(s, str("ImportedPolicy"), &awsapplicationautoscaling.TargetTrackingScalingPolicyProps{
			ScalingTarget: imported, TargetValue: n(40), PredefinedMetric: awsapplicationautoscaling.PredefinedMetric_ECS_SERVICE_AVERAGE_MEMORY_UTILIZATION,
		})
		byID := awsapplicationautoscaling.ScalableTarget_FromScalableTargetId(s, str("ById"), str("service/cluster/third"))
		out(s, "PolicyArn", p.ScalingPolicyArn())
		out(s, "TargetId", t.ScalableTargetId())
		out(s, "ByIdOut", byID.ScalableTargetId())
		ref := t.ScalableTargetRef()
		out(s, "Ref", str(*ref.ScalableDimension+"|"+*ref.ServiceNamespace))
	},
	"Step": func(s awscdk.Stack) {
		t := target(s, "Target", func(p *awsapplicationautoscaling.ScalableTargetProps) { p.MinCapacity, p.MaxCapacity = n(2), n(20) })
		t.ScaleOnMetric(str("Both"), &awsapplicationautoscaling.BasicStepScalingPolicyProps{
			Metric:       cpu(awscdk.Duration_Minutes(n(1))),
			ScalingSteps: steps(&iv{Upper: n(10), Change: n(-1)}, &iv{Lower: n(50), Change: n(1)}, &iv{Lower: n(70), Change: n(3)}),
		})
		t.ScaleOnMetric(str("UpperOnly"), &awsapplicationautoscaling.BasicStepScalingPolicyProps{
			Metric:         awscloudwatch.NewMetric(&awscloudwatch.MetricProps{Namespace: str("My"), MetricName: str("Queue"), Statistic: str("Maximum")}),
			ScalingSteps:   steps(&iv{Upper: n(0), Change: n(0)}, &iv{Lower: n(100), Change: n(2)}, &iv{Lower: n(500), Change: n(5)}),
			AdjustmentType: awsapplicationautoscaling.AdjustmentType_CHANGE_IN_CAPACITY,
			Cooldown:       awscdk.Duration_Seconds(n(120)), EvaluationPeriods: n(3), DatapointsToAlarm: n(2),
		})
		t.ScaleOnMetric(str("Exact"), &awsapplicationautoscaling.BasicStepScalingPolicyProps{
			Metric:         awscloudwatch.NewMetric(&awscloudwatch.MetricProps{Namespace: str("My"), MetricName: str("Depth"), Statistic: str("Minimum")}),
			ScalingSteps:   steps(&iv{Upper: n(5), Change: n(1)}, &iv{Lower: n(5), Upper: n(50), Change: n(3)}, &iv{Lower: n(50), Change: n(10)}),
			AdjustmentType: awsapplicationautoscaling.AdjustmentType_EXACT_CAPACITY,
		})
		t.ScaleOnMetric(str("Percent"), &awsapplicationautoscaling.BasicStepScalingPolicyProps{
			Metric:                 awscloudwatch.NewMetric(&awscloudwatch.MetricProps{Namespace: str("My"), MetricName: str("Other"), Statistic: str("Sum")}),
			ScalingSteps:           steps(&iv{Upper: n(20), Change: n(-50)}, &iv{Lower: n(40), Upper: n(60), Change: n(0)}, &iv{Lower: n(80), Change: n(50)}),
			AdjustmentType:         awsapplicationautoscaling.AdjustmentType_PERCENT_CHANGE_IN_CAPACITY,
			MinAdjustmentMagnitude: n(2), MetricAggregationType: awsapplicationautoscaling.MetricAggregationType_MAXIMUM,
		})
		t.ScaleOnMetric(str("Math"), &awsapplicationautoscaling.BasicStepScalingPolicyProps{
			Metric: awscloudwatch.NewMathExpression(&awscloudwatch.MathExpressionProps{Expression: str("a + b"),
				UsingMetrics: &map[string]awscloudwatch.IMetric{"a": cpu(awscdk.Duration_Minutes(n(5))), "b": cpu(awscdk.Duration_Minutes(n(5)))}}),
			ScalingSteps: steps(&iv{Upper: n(30), Change: n(-1)}, &iv{Lower: n(80), Change: n(1)}),
		})
		action := awsapplicationautoscaling.NewStepScalingAction(s, str("Action"), &awsapplicationautoscaling.StepScalingActionProps{ScalingTarget: t, PolicyName: str("manual")})
		action.AddAdjustment(&awsapplicationautoscaling.AdjustmentTier{Adjustment: n(1), LowerBound: n(0), UpperBound: n(10)})
		action.AddAdjustment(&awsapplicationautoscaling.AdjustmentTier{Adjustment: n(2), LowerBound: n(10)})
		awsapplicationautoscaling.NewStepScalingAction(s, str("EmptyAction"), &awsapplicationautoscaling.StepScalingActionProps{ScalingTarget: t})
	},
	"Schedule": func(s awscdk.Stack) {
		t := target(s, "Target", nil)
		sched := func(id string, a *awsapplicationautoscaling.ScalingSchedule) { t.ScaleOnSchedule(str(id), a) }
		sched("Cron", &awsapplicationautoscaling.ScalingSchedule{Schedule: awsapplicationautoscaling.Schedule_Cron(&awsapplicationautoscaling.CronOptions{
			Hour: str("8"), Minute: str("0"), WeekDay: str("MON-FRI")}), MinCapacity: n(5)})
		sched("CronNoMinute", &awsapplicationautoscaling.ScalingSchedule{Schedule: awsapplicationautoscaling.Schedule_Cron(&awsapplicationautoscaling.CronOptions{
			Hour: str("20"), Day: str("1")}), MaxCapacity: n(3)})
		sched("Rate", &awsapplicationautoscaling.ScalingSchedule{Schedule: awsapplicationautoscaling.Schedule_Rate(awscdk.Duration_Hours(n(2))), MinCapacity: n(1), MaxCapacity: n(4)})
		sched("RateDay", &awsapplicationautoscaling.ScalingSchedule{Schedule: awsapplicationautoscaling.Schedule_Rate(awscdk.Duration_Days(n(1))), MinCapacity: n(1)})
		sched("RateMinutes", &awsapplicationautoscaling.ScalingSchedule{Schedule: awsapplicationautoscaling.Schedule_Rate(awscdk.Duration_Minutes(n(90))), MinCapacity: n(1)})
		at := time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)
		start := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
		end := time.Date(2030, 12, 31, 23, 59, 0, 0, time.UTC)
		sched("At", &awsapplicationautoscaling.ScalingSchedule{Schedule: awsapplicationautoscaling.Schedule_At(&at), MinCapacity: n(2),
			StartTime: &start, EndTime: &end, TimeZone: awscdk.TimeZone_EUROPE_PARIS()})
		sched("Expression", &awsapplicationautoscaling.ScalingSchedule{Schedule: awsapplicationautoscaling.Schedule_Expression(str("cron(0 0 * * ? *)")), MaxCapacity: n(8)})
	},
	"Base": func(s awscdk.Stack) {
		role := awsiam.NewRole(s, str("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(str("application-autoscaling.amazonaws.com"), nil)})
		c := &counted{}
		awsapplicationautoscaling.NewBaseScalableAttribute_Override(c, s, str("Count"), &awsapplicationautoscaling.BaseScalableAttributeProps{
			ServiceNamespace: awsapplicationautoscaling.ServiceNamespace_ECS, Dimension: str("ecs:service:DesiredCount"),
			ResourceId: str("service/cluster/svc"), Role: role, MaxCapacity: n(6),
		})
		c.scaleOnCpu("Cpu", 60)
		c.DoScaleOnSchedule(str("Nightly"), &awsapplicationautoscaling.ScalingSchedule{
			Schedule: awsapplicationautoscaling.Schedule_Cron(&awsapplicationautoscaling.CronOptions{Hour: str("0"), Minute: str("0")}), MaxCapacity: n(1)})
		c.DoScaleOnMetric(str("Steps"), &awsapplicationautoscaling.BasicStepScalingPolicyProps{
			Metric: cpu(awscdk.Duration_Minutes(n(1))), ScalingSteps: steps(&iv{Upper: n(20), Change: n(-1)}, &iv{Lower: n(80), Change: n(2)})})
		t := target(s, "Dynamo", func(p *awsapplicationautoscaling.ScalableTargetProps) {
			p.ServiceNamespace = awsapplicationautoscaling.ServiceNamespace_DYNAMODB
			p.ScalableDimension = str("dynamodb:table:ReadCapacityUnits")
			p.ResourceId = str("table/t")
			p.MinCapacity, p.MaxCapacity = n(0), n(100)
		})
		t.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("dynamodb:DescribeTable"), Resources: jsii.Strings("*")}))
		ref := c.ScalableTargetRef()
		out(s, "Ref", str(*ref.ScalableDimension+"|"+*ref.ServiceNamespace))
	},
}

func warningsCase(s awscdk.Stack) {
	t := target(s, "Target", nil)
	t.ScaleToTrackMetric(str("Remote"), &awsapplicationautoscaling.BasicTargetTrackingScalingPolicyProps{
		TargetValue: n(10),
		CustomMetric: awscloudwatch.NewMetric(&awscloudwatch.MetricProps{Namespace: str("My"), MetricName: str("Remote"),
			Account: str("222222222222"), Region: str("eu-west-1"), Statistic: str("Sum")}),
	})
	t.ScaleOnSchedule(str("Hourly"), &awsapplicationautoscaling.ScalingSchedule{
		Schedule: awsapplicationautoscaling.Schedule_Cron(&awsapplicationautoscaling.CronOptions{Hour: str("1")}), MinCapacity: n(2)})
}

var warningsEnv = &awscdk.StackProps{Env: &awscdk.Environment{Account: str("111111111111"), Region: str("us-east-1")}}

func TestTemplates(t *testing.T) {
	cases := map[string]func(s awscdk.Stack){"Warnings": warningsCase}
	for k, v := range templateCases {
		cases[k] = v
	}
	golden.CheckTemplates(t, cases, func(name string) *awscdk.StackProps {
		if name == "Warnings" {
			return warningsEnv
		}
		return nil
	}, nil)
}

func sortedKeys(m map[string]func(s awscdk.Stack)) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// TestWarnings compares the warnings each stack's manifest records with
// those aws-cdk-lib recorded for the twins (testdata/warnings.json).
func TestWarnings(t *testing.T) {
	type warning struct{ Path, Message string }
	want := map[string][]warning{}
	b, err := os.ReadFile(filepath.Join("testdata", "warnings.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	ctx := cdkctx.InitContext()
	outdir := t.TempDir()
	app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: str(outdir)})
	for name, build := range templateCases {
		build(awscdk.NewStack(app, str(name), nil))
	}
	warningsCase(awscdk.NewStack(app, str("Warnings"), warningsEnv))
	app.Synth(nil)
	got := map[string][]warning{}
	for _, stack := range append(sortedKeys(templateCases), "Warnings") {
		b, err := os.ReadFile(filepath.Join(outdir, stack+".metadata.json"))
		if err != nil {
			t.Fatal(err)
		}
		var meta map[string][]struct {
			Type string
			Data interface{}
		}
		if err := json.Unmarshal(b, &meta); err != nil {
			t.Fatal(err)
		}
		for path, entries := range meta {
			for _, e := range entries {
				if e.Type == "aws:cdk:warning" {
					got[stack] = append(got[stack], warning{path, fmt.Sprint(e.Data)})
				}
			}
		}
	}
	norm := func(m map[string][]warning) string {
		var lines []string
		for stack, ws := range m {
			for _, w := range ws {
				lines = append(lines, stack+" "+w.Path+" "+w.Message)
			}
		}
		sort.Strings(lines)
		return strings.Join(lines, "\n")
	}
	if g, w := norm(got), norm(want); g != w {
		t.Errorf("warnings:\n%s\nwant (aws-cdk-lib's):\n%s", g, w)
	}
}

func twoSteps() *[]*iv {
	return steps(&iv{Upper: n(10), Change: n(-1)}, &iv{Lower: n(50), Change: n(1)})
}

var errorCases = map[string]func(s awscdk.Stack){
	"MinAboveMax": func(s awscdk.Stack) {
		target(s, "T", func(p *awsapplicationautoscaling.ScalableTargetProps) { p.MinCapacity, p.MaxCapacity = n(5), n(3) })
	},
	"NegativeMax": func(s awscdk.Stack) {
		target(s, "T", func(p *awsapplicationautoscaling.ScalableTargetProps) { p.MinCapacity, p.MaxCapacity = n(0), n(-1) })
	},
	"NegativeMin": func(s awscdk.Stack) {
		target(s, "T", func(p *awsapplicationautoscaling.ScalableTargetProps) { p.MinCapacity, p.MaxCapacity = n(-2), n(1) })
	},
	"OneStep": func(s awscdk.Stack) {
		target(s, "T", nil).ScaleOnMetric(str("P"), &awsapplicationautoscaling.BasicStepScalingPolicyProps{Metric: cpu(nil), ScalingSteps: steps(&iv{Lower: n(10), Change: n(1)})})
	},
	"TwoNoChange": func(s awscdk.Stack) {
		target(s, "T", nil).ScaleOnMetric(str("P"), &awsapplicationautoscaling.BasicStepScalingPolicyProps{Metric: cpu(nil), ScalingSteps: steps(
			&iv{Upper: n(10), Change: n(0)}, &iv{Lower: n(20), Upper: n(30), Change: n(1)}, &iv{Lower: n(40), Upper: n(50), Change: n(0)}, &iv{Lower: n(60), Change: n(2)})})
	},
	"DatapointsWithoutPeriods": func(s awscdk.Stack) {
		target(s, "T", nil).ScaleOnMetric(str("P"), &awsapplicationautoscaling.BasicStepScalingPolicyProps{Metric: cpu(nil), ScalingSteps: twoSteps(), DatapointsToAlarm: n(2)})
	},
	"DatapointsAbovePeriods": func(s awscdk.Stack) {
		target(s, "T", nil).ScaleOnMetric(str("P"), &awsapplicationautoscaling.BasicStepScalingPolicyProps{Metric: cpu(nil), ScalingSteps: twoSteps(), EvaluationPeriods: n(2), DatapointsToAlarm: n(3)})
	},
	"PeriodsBelowOne": func(s awscdk.Stack) {
		target(s, "T", nil).ScaleOnMetric(str("P"), &awsapplicationautoscaling.BasicStepScalingPolicyProps{Metric: cpu(nil), ScalingSteps: twoSteps(), EvaluationPeriods: n(0)})
	},
	"NoMetric": func(s awscdk.Stack) {
		target(s, "T", nil).ScaleToTrackMetric(str("P"), &awsapplicationautoscaling.BasicTargetTrackingScalingPolicyProps{TargetValue: n(1)})
	},
	"BothMetrics": func(s awscdk.Stack) {
		target(s, "T", nil).ScaleToTrackMetric(str("P"), &awsapplicationautoscaling.BasicTargetTrackingScalingPolicyProps{TargetValue: n(1), CustomMetric: cpu(nil),
			PredefinedMetric: awsapplicationautoscaling.PredefinedMetric_ECS_SERVICE_AVERAGE_CPU_UTILIZATION})
	},
	"PercentileMetric": func(s awscdk.Stack) {
		target(s, "T", nil).ScaleToTrackMetric(str("P"), &awsapplicationautoscaling.BasicTargetTrackingScalingPolicyProps{TargetValue: n(1),
			CustomMetric: awscloudwatch.NewMetric(&awscloudwatch.MetricProps{Namespace: str("N"), MetricName: str("M"), Statistic: str("p99")})})
	},
	"MathMetric": func(s awscdk.Stack) {
		target(s, "T", nil).ScaleToTrackMetric(str("P"), &awsapplicationautoscaling.BasicTargetTrackingScalingPolicyProps{TargetValue: n(1),
			CustomMetric: awscloudwatch.NewMathExpression(&awscloudwatch.MathExpressionProps{Expression: str("a"), UsingMetrics: &map[string]awscloudwatch.IMetric{"a": cpu(nil)}})})
	},
	"ScheduleWithoutCapacity": func(s awscdk.Stack) {
		target(s, "T", nil).ScaleOnSchedule(str("A"), &awsapplicationautoscaling.ScalingSchedule{Schedule: awsapplicationautoscaling.Schedule_Rate(awscdk.Duration_Days(n(1)))})
	},
	"CronDayAndWeekDay": func(s awscdk.Stack) {
		awsapplicationautoscaling.Schedule_Cron(&awsapplicationautoscaling.CronOptions{Day: str("1"), WeekDay: str("MON")})
	},
	"RateZero": func(s awscdk.Stack) { awsapplicationautoscaling.Schedule_Rate(awscdk.Duration_Minutes(n(0))) },
	"AdjustmentWithoutBounds": func(s awscdk.Stack) {
		a := awsapplicationautoscaling.NewStepScalingAction(s, str("A"), &awsapplicationautoscaling.StepScalingActionProps{ScalingTarget: target(s, "T", nil)})
		a.AddAdjustment(&awsapplicationautoscaling.AdjustmentTier{Adjustment: n(1)})
	},
	"RefOfImportById": func(s awscdk.Stack) {
		awsapplicationautoscaling.NewTargetTrackingScalingPolicy(s, str("P"), &awsapplicationautoscaling.TargetTrackingScalingPolicyProps{
			ScalingTarget: awsapplicationautoscaling.ScalableTarget_FromScalableTargetId(s, str("T"), str("x")), TargetValue: n(1),
			PredefinedMetric: awsapplicationautoscaling.PredefinedMetric_ECS_SERVICE_AVERAGE_CPU_UTILIZATION,
		})
	},
}

func TestErrors(t *testing.T) { checkErrors(t, errorCases) }

// Nil props and arguments are a user's mistake named by path, not a Go panic.
func TestNilInput(t *testing.T) {
	cases := map[string]func(s awscdk.Stack){
		"target": func(s awscdk.Stack) { awsapplicationautoscaling.NewScalableTarget(s, str("T"), nil) },
		"attributes": func(s awscdk.Stack) {
			awsapplicationautoscaling.ScalableTarget_FromScalableTargetAttributes(s, str("T"), nil)
		},
		"step":     func(s awscdk.Stack) { awsapplicationautoscaling.NewStepScalingPolicy(s, str("P"), nil) },
		"tracking": func(s awscdk.Stack) { awsapplicationautoscaling.NewTargetTrackingScalingPolicy(s, str("P"), nil) },
		"action":   func(s awscdk.Stack) { awsapplicationautoscaling.NewStepScalingAction(s, str("P"), nil) },
		"schedule": func(s awscdk.Stack) { target(s, "T", nil).ScaleOnSchedule(str("A"), nil) },
		"metric":   func(s awscdk.Stack) { target(s, "T", nil).ScaleOnMetric(str("A"), nil) },
		"base": func(s awscdk.Stack) {
			awsapplicationautoscaling.NewBaseScalableAttribute_Override(&counted{}, s, str("C"), nil)
		},
	}
	for name, build := range cases {
		t.Run(name, func(t *testing.T) {
			err := golden.SynthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, str("S"), nil)) })
			if err == nil || !strings.Contains(err.Error(), "S/") {
				t.Fatalf("got %v, want an error naming the construct path", err)
			}
		})
	}
}

// The outer struct is what the tree hands out for the attribute's node.
func TestBaseScalableAttributeHost(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, str("S"), nil)
	c := &counted{}
	awsapplicationautoscaling.NewBaseScalableAttribute_Override(c, s, str("Count"), &awsapplicationautoscaling.BaseScalableAttributeProps{
		ServiceNamespace: awsapplicationautoscaling.ServiceNamespace_LAMBDA, Dimension: str("lambda:function:ProvisionedConcurrency"),
		ResourceId: str("function:f:live"), MaxCapacity: n(3),
		Role: awsiam.Role_FromRoleArn(s, str("R"), str("arn:aws:iam::111111111111:role/r"), nil),
	})
	if got := s.Node().FindChild(str("Count")); got != constructs.IConstruct(c) {
		t.Fatalf("tree hands out %T, want the outer *counted", got)
	}
	if ns := *c.ScalableTargetRef().ServiceNamespace; ns != "lambda" {
		t.Fatalf("namespace %q, want lambda", ns)
	}
	if min := *c.Props().MaxCapacity; min != 3 {
		t.Fatalf("props not kept: %v", min)
	}
}
