package awscloudwatch_test

import (
	"fmt"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	cw "github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscloudwatch"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

type action string

func (a action) Bind(constructs.Construct, cw.IAlarm) *cw.AlarmActionConfig {
	return &cw.AlarmActionConfig{AlarmActionArn: jsii.String(string(a))}
}

func queueMetric() cw.Metric {
	return cw.NewMetric(&cw.MetricProps{
		Namespace: jsii.String("AWS/SQS"), MetricName: jsii.String("ApproximateNumberOfMessagesVisible"),
		DimensionsMap: &map[string]*string{"QueueName": jsii.String("orders")},
	})
}

func out(s awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(s, jsii.String(id), &awscdk.CfnOutputProps{Value: v})
}

// The Go twins of the stacks in testdata/twins.js, construct for construct.
var templateCases = map[string]func(s awscdk.Stack){
	"Alarms": func(s awscdk.Stack) {
		m := queueMetric()
		cw.NewAlarm(s, jsii.String("Simple"), &cw.AlarmProps{Metric: m, Threshold: jsii.Number(100), EvaluationPeriods: jsii.Number(2)})
		full := cw.NewAlarm(s, jsii.String("Full"), &cw.AlarmProps{
			EvaluationPeriods: jsii.Number(3), Threshold: jsii.Number(5), ActionsEnabled: jsii.Bool(false),
			AlarmDescription: jsii.String("Backlog"), AlarmName: jsii.String("orders-backlog"),
			ComparisonOperator: cw.ComparisonOperator_LESS_THAN_THRESHOLD, DatapointsToAlarm: jsii.Number(2),
			TreatMissingData: cw.TreatMissingData_NOT_BREACHING,
			Metric:           m.With(&cw.MetricOptions{Period: awscdk.Duration_Minutes(jsii.Number(1)), Statistic: jsii.String("p99"), Unit: cw.Unit_COUNT}),
		})
		full.AddAlarmAction(action("arn:aws:sns:us-east-1:111111111111:ops"))
		full.AddOkAction(action("arn:aws:sns:us-east-1:111111111111:ops"))
		full.AddInsufficientDataAction(action("arn:aws:sns:us-east-1:111111111111:data"))
		cw.NewAlarm(s, jsii.String("Labeled"), &cw.AlarmProps{EvaluationPeriods: jsii.Number(1), Threshold: jsii.Number(1),
			Metric: m.With(&cw.MetricOptions{Label: jsii.String("Visible messages"), Statistic: cw.Stats_SUM()})})
		m.With(&cw.MetricOptions{Statistic: cw.Stats_TrimmedMean(jsii.Number(10), jsii.Number(90))}).CreateAlarm(s, jsii.String("Created"), &cw.CreateAlarmOptions{
			EvaluationPeriods: jsii.Number(1), Threshold: jsii.Number(1), ComparisonOperator: cw.ComparisonOperator_GREATER_THAN_THRESHOLD,
		})
		for i, st := range []string{"n", "IQM", "p99.9", "tm90", "PR(10:)", "wm(5%:95%)", "max", "avg", "Unknown"} {
			period := 3600.0
			if i%2 == 1 {
				period = 10
			}
			cw.NewAlarm(s, jsii.String(fmt.Sprint("Stat", i)), &cw.AlarmProps{EvaluationPeriods: jsii.Number(1), Threshold: jsii.Number(1),
				Metric: cw.NewMetric(&cw.MetricProps{Namespace: jsii.String("Custom"), MetricName: jsii.String("Latency"), Statistic: jsii.String(st),
					Period: awscdk.Duration_Seconds(jsii.Number(period))})})
		}
		errors := cw.NewMetric(&cw.MetricProps{Namespace: jsii.String("AWS/Lambda"), MetricName: jsii.String("Errors"),
			DimensionsMap: &map[string]*string{"FunctionName": jsii.String("fn")}, Statistic: jsii.String("Sum")})
		invocations := cw.NewMetric(&cw.MetricProps{Namespace: jsii.String("AWS/Lambda"), MetricName: jsii.String("Invocations"),
			DimensionsMap: &map[string]*string{"FunctionName": jsii.String("fn")}, Statistic: jsii.String("Sum")})
		rate := cw.NewMathExpression(&cw.MathExpressionProps{
			Label: jsii.String("Error rate"), Period: awscdk.Duration_Minutes(jsii.Number(1)), Expression: jsii.String("errors / invocations * 100"),
			UsingMetrics: &map[string]cw.IMetric{"errors": errors, "invocations": invocations},
		})
		cw.NewAlarm(s, jsii.String("Math"), &cw.AlarmProps{EvaluationPeriods: jsii.Number(3), Threshold: jsii.Number(5), Metric: rate})
		nested := cw.NewMathExpression(&cw.MathExpressionProps{Expression: jsii.String("rate * 2"), UsingMetrics: &map[string]cw.IMetric{"rate": rate}})
		nested.CreateAlarm(s, jsii.String("Nested"), &cw.CreateAlarmOptions{EvaluationPeriods: jsii.Number(1), Threshold: jsii.Number(10)})
		cw.NewAlarm(s, jsii.String("Constant"), &cw.AlarmProps{EvaluationPeriods: jsii.Number(1), Threshold: jsii.Number(1),
			Metric: cw.NewMathExpression(&cw.MathExpressionProps{Expression: jsii.String("TIME_SERIES(1)"), Period: awscdk.Duration_Minutes(jsii.Number(10))})})
		cw.NewAlarm(s, jsii.String("Anomaly"), &cw.AlarmProps{EvaluationPeriods: jsii.Number(2), Threshold: jsii.Number(0),
			ComparisonOperator: cw.ComparisonOperator_LESS_THAN_LOWER_OR_GREATER_THAN_UPPER_THRESHOLD,
			Metric:             cw.Metric_AnomalyDetectionFor(&cw.AnomalyDetectionMetricOptions{Metric: m, StdDevs: jsii.Number(3)})})
		cw.NewAlarm(s, jsii.String("OtherAccount"), &cw.AlarmProps{EvaluationPeriods: jsii.Number(1), Threshold: jsii.Number(1),
			Metric: cw.NewMetric(&cw.MetricProps{Account: jsii.String("222222222222"), Namespace: jsii.String("AWS/SQS"), MetricName: jsii.String("NumberOfMessagesSent")})})
		imported := cw.Alarm_FromAlarmArn(s, jsii.String("Imported"), jsii.String("arn:aws:cloudwatch:us-east-1:111111111111:alarm:existing"))
		byName := cw.Alarm_FromAlarmName(s, jsii.String("ByName"), jsii.String("other"))
		out(s, "FullArn", full.AlarmArn())
		out(s, "FullName", full.AlarmName())
		out(s, "ImportedName", imported.AlarmName())
		out(s, "ByNameArn", byName.AlarmArn())
		out(s, "Annotation", jsii.String(*full.ToAnnotation().Label+"="+fmt.Sprint(*full.ToAnnotation().Value)))
		out(s, "MathKey", rate.ToString())
	},
	"Composite": func(s awscdk.Stack) {
		m := queueMetric()
		a := cw.NewAlarm(s, jsii.String("A"), &cw.AlarmProps{Metric: m, Threshold: jsii.Number(1), EvaluationPeriods: jsii.Number(1)})
		b := cw.NewAlarm(s, jsii.String("B"), &cw.AlarmProps{Metric: m, Threshold: jsii.Number(2), EvaluationPeriods: jsii.Number(1)})
		c := cw.NewAlarm(s, jsii.String("C"), &cw.AlarmProps{Metric: m, Threshold: jsii.Number(3), EvaluationPeriods: jsii.Number(1)})
		cw.NewCompositeAlarm(s, jsii.String("Composite"), &cw.CompositeAlarmProps{
			AlarmRule: cw.AlarmRule_AnyOf(
				cw.AlarmRule_AllOf(a, cw.AlarmRule_FromAlarm(b, cw.AlarmState_OK)),
				cw.AlarmRule_Not(c), cw.AlarmRule_FromBoolean(jsii.Bool(false)), cw.AlarmRule_FromString(jsii.String("ALARM(x)"))),
		})
		named := cw.NewCompositeAlarm(s, jsii.String("Named"), &cw.CompositeAlarmProps{
			AlarmRule:      cw.AlarmRule_AtLeast(cw.AlarmState_ALARM, &cw.AtLeastOptions{Operands: &[]cw.IAlarm{a, b, c}, Threshold: cw.AtLeastThreshold_Count(jsii.Number(2))}),
			ActionsEnabled: jsii.Bool(true), ActionsSuppressor: a, AlarmDescription: jsii.String("Two of three"), CompositeAlarmName: jsii.String("named"),
		})
		named.AddAlarmAction(action("arn:aws:sns:us-east-1:111111111111:ops"))
		named.AddInsufficientDataAction(action("arn:aws:sns:us-east-1:111111111111:data"))
		cw.NewCompositeAlarm(s, jsii.String("Pct"), &cw.CompositeAlarmProps{
			AlarmRule:         cw.AlarmRule_AtLeastNot(cw.AlarmState_OK, &cw.AtLeastOptions{Operands: &[]cw.IAlarm{a, b}, Threshold: cw.AtLeastThreshold_Percentage(jsii.Number(50))}),
			ActionsSuppressor: b, ActionsSuppressorWaitPeriod: awscdk.Duration_Minutes(jsii.Number(3)),
		})
		out(s, "NamedArn", named.AlarmArn())
		cw.Metric_GrantPutMetricData(awsiam.NewRole(s, jsii.String("Publisher"), &awsiam.RoleProps{
			AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)}))
		out(s, "Rule", cw.AlarmRule_AnyOf(a, b).RenderAlarmRule())
	},
	"Dashboard": func(s awscdk.Stack) {
		m := queueMetric()
		alarm := cw.NewAlarm(s, jsii.String("Alarm"), &cw.AlarmProps{Metric: m, Threshold: jsii.Number(100), EvaluationPeriods: jsii.Number(2)})
		errors := cw.NewMetric(&cw.MetricProps{Namespace: jsii.String("AWS/Lambda"), MetricName: jsii.String("Errors"), Statistic: jsii.String("Sum")})
		invocations := cw.NewMetric(&cw.MetricProps{Namespace: jsii.String("AWS/Lambda"), MetricName: jsii.String("Invocations"), Statistic: jsii.String("Sum")})
		rate := cw.NewMathExpression(&cw.MathExpressionProps{Expression: jsii.String("errors / invocations"),
			UsingMetrics: &map[string]cw.IMetric{"errors": errors, "invocations": invocations}})
		d := cw.NewDashboard(s, jsii.String("Dash"), &cw.DashboardProps{DashboardName: jsii.String("ops"),
			DefaultInterval: awscdk.Duration_Days(jsii.Number(7)), PeriodOverride: cw.PeriodOverride_AUTO})
		d.AddWidgets(cw.NewTextWidget(&cw.TextWidgetProps{Markdown: jsii.String(`# Ops "quoted"`), Width: jsii.Number(24)}))
		d.AddWidgets(
			cw.NewGraphWidget(&cw.GraphWidgetProps{
				Title: jsii.String("Queue"),
				Left:  &[]cw.IMetric{m, m.With(&cw.MetricOptions{Color: cw.Color_RED(), Label: jsii.String("max"), Statistic: jsii.String("Maximum")})},
				Right: &[]cw.IMetric{rate},
				LeftAnnotations: &[]*cw.HorizontalAnnotation{
					{Value: jsii.Number(100), Color: cw.Color_ORANGE(), Fill: cw.Shading_ABOVE, Label: jsii.String("limit")},
					alarm.ToAnnotation(),
				},
				LeftYAxis: &cw.YAxisProps{Min: jsii.Number(0)}, LegendPosition: cw.LegendPosition_RIGHT, Period: awscdk.Duration_Minutes(jsii.Number(5)),
				Stacked: jsii.Bool(true), Statistic: jsii.String("Sum"),
				VerticalAnnotations: &[]*cw.VerticalAnnotation{{Date: jsii.String("2024-01-01T00:00:00Z"), Label: jsii.String("deploy")}},
			}),
			cw.NewSingleValueWidget(&cw.SingleValueWidgetProps{Title: jsii.String("Now"), Metrics: &[]cw.IMetric{m}, Sparkline: jsii.Bool(true)}),
			cw.NewAlarmWidget(&cw.AlarmWidgetProps{Title: jsii.String("Alarm"), Alarm: alarm, LeftYAxis: &cw.YAxisProps{Label: jsii.String("msgs"), ShowUnits: jsii.Bool(false)}}),
		)
		d.AddWidgets(
			cw.NewLogQueryWidget(&cw.LogQueryWidgetProps{
				LogGroupNames: jsii.Strings("/aws/lambda/fn", "/aws/lambda/other"),
				QueryLines:    jsii.Strings("fields @timestamp, @message", "sort @timestamp desc", "limit 20"),
				Title:         jsii.String("Logs"), View: cw.LogQueryVisualizationType_STACKEDAREA,
			}),
			cw.NewAlarmStatusWidget(&cw.AlarmStatusWidgetProps{Alarms: &[]interfacesawscloudwatch.IAlarmRef{alarm},
				SortBy: cw.AlarmStatusWidgetSortBy_TIMESTAMP, States: &[]cw.AlarmState{cw.AlarmState_ALARM}}),
			cw.NewSpacer(&cw.SpacerProps{Width: jsii.Number(2)}),
			cw.NewLogQueryWidget(&cw.LogQueryWidgetProps{LogGroupNames: jsii.Strings("/x"), QueryLanguage: cw.LogQueryLanguage_SQL,
				QueryString: jsii.String("SELECT 1"), View: cw.LogQueryVisualizationType_BAR, Width: jsii.Number(12)}),
		)
		d.AddWidgets(
			cw.NewColumn(cw.NewTextWidget(&cw.TextWidgetProps{Markdown: jsii.String("a")}),
				cw.NewTextWidget(&cw.TextWidgetProps{Background: cw.TextWidgetBackground_SOLID, Markdown: jsii.String("b")})),
			cw.NewRow(cw.NewGraphWidget(&cw.GraphWidgetProps{Left: &[]cw.IMetric{m}, Width: jsii.Number(12)}),
				cw.NewGraphWidget(&cw.GraphWidgetProps{Width: jsii.Number(12), Left: &[]cw.IMetric{m}, View: cw.GraphWidgetView_BAR})),
		)
		d.AddWidgets(cw.NewGraphWidget(&cw.GraphWidgetProps{DisplayLabelsOnChart: jsii.Bool(true), View: cw.GraphWidgetView_PIE,
			Left: &[]cw.IMetric{errors, invocations}, Height: jsii.Number(4)}))
		cw.NewDashboard(s, jsii.String("Empty"), nil)
		cw.NewDashboard(s, jsii.String("Rows"), &cw.DashboardProps{
			End: jsii.String("-PT1H"), Start: jsii.String("-PT6H"),
			Widgets: &[]*[]cw.IWidget{
				{cw.NewTextWidget(&cw.TextWidgetProps{Markdown: jsii.String("x")}), cw.NewTextWidget(&cw.TextWidgetProps{Markdown: jsii.String("y")})},
				{cw.NewSingleValueWidget(&cw.SingleValueWidgetProps{Metrics: &[]cw.IMetric{rate}})},
			},
		})
		out(s, "Name", d.DashboardName())
		out(s, "Arn", d.DashboardArn())
	},
	"Widgets": func(s awscdk.Stack) {
		m := queueMetric()
		d := cw.NewDashboard(s, jsii.String("Dash"), &cw.DashboardProps{
			Variables: &[]cw.IVariable{
				cw.NewDashboardVariable(&cw.DashboardVariableOptions{Id: jsii.String("queue"), InputType: cw.VariableInputType_SELECT,
					Type: cw.VariableType_PROPERTY, Value: jsii.String("QueueName"), DefaultValue: cw.DefaultValue_FIRST(), Label: jsii.String("Queue"),
					Values: cw.Values_FromValues(&cw.VariableValue{Value: jsii.String("orders"), Label: jsii.String("Orders")}, &cw.VariableValue{Value: jsii.String("billing")})}),
				cw.NewDashboardVariable(&cw.DashboardVariableOptions{Id: jsii.String("fn"), InputType: cw.VariableInputType_RADIO,
					Type: cw.VariableType_PATTERN, Value: jsii.String("fn-.*"),
					Values: cw.Values_FromSearchComponents(&cw.SearchComponents{Dimensions: jsii.Strings("FunctionName"), MetricName: jsii.String("Invocations"),
						Namespace: jsii.String("AWS/Lambda"), PopulateFrom: jsii.String("FunctionName")}), Visible: jsii.Bool(false)}),
			},
		})
		d.AddVariable(cw.NewDashboardVariable(&cw.DashboardVariableOptions{Id: jsii.String("free"), InputType: cw.VariableInputType_INPUT,
			Type: cw.VariableType_PROPERTY, Value: jsii.String("region"), DefaultValue: cw.DefaultValue_Value(jsii.String("us-east-1"))}))
		gauge := cw.NewGaugeWidget(&cw.GaugeWidgetProps{Title: jsii.String("Gauge"),
			Annotations: &[]*cw.HorizontalAnnotation{{Value: jsii.Number(80), Color: cw.Color_RED(), Label: jsii.String("high")}},
			LeftYAxis:   &cw.YAxisProps{Label: jsii.String("pct"), Max: jsii.Number(50)}, Metrics: &[]cw.IMetric{m}})
		gauge.AddMetric(m.With(&cw.MetricOptions{Statistic: jsii.String("Maximum")}))
		table := cw.NewTableWidget(&cw.TableWidgetProps{
			Title: jsii.String("Table"), Layout: cw.TableLayout_VERTICAL, Metrics: &[]cw.IMetric{m}, ShowUnitsInLabel: jsii.Bool(true), FullPrecision: jsii.Bool(true),
			Summary: &cw.TableSummaryProps{Columns: &[]cw.TableSummaryColumn{cw.TableSummaryColumn_AVERAGE, cw.TableSummaryColumn_MAXIMUM},
				HideNonSummaryColumns: jsii.Bool(true), Sticky: jsii.Bool(true)},
			Thresholds: &[]cw.TableThreshold{cw.TableThreshold_Above(jsii.Number(100), cw.Color_RED()),
				cw.TableThreshold_Between(jsii.Number(10), jsii.Number(50), cw.Color_GREEN()), cw.TableThreshold_Below(jsii.Number(5), nil)},
		})
		table.AddMetric(cw.NewMathExpression(&cw.MathExpressionProps{Expression: jsii.String("m1 * 2"), UsingMetrics: &map[string]cw.IMetric{"m1": m}, Label: jsii.String("")}))
		d.AddWidgets(gauge, table, cw.NewTableWidget(&cw.TableWidgetProps{}), cw.NewCustomWidget(&cw.CustomWidgetProps{
			FunctionArn: jsii.String("arn:aws:lambda:us-east-1:111111111111:function:w"), Title: jsii.String("Custom"), UpdateOnResize: jsii.Bool(false)}))
		cw.NewAnomalyDetectionAlarm(s, jsii.String("Anomaly"), &cw.AnomalyDetectionAlarmProps{EvaluationPeriods: jsii.Number(3), Metric: m,
			AlarmName: jsii.String("anomalous"), StdDevs: jsii.Number(2.5)})
		cw.NewAnomalyDetectionAlarm(s, jsii.String("Upper"), &cw.AnomalyDetectionAlarmProps{EvaluationPeriods: jsii.Number(1), Metric: m,
			ComparisonOperator: cw.ComparisonOperator_GREATER_THAN_UPPER_THRESHOLD})
	},
	"Env": func(s awscdk.Stack) {
		m := queueMetric().AttachTo(s)
		search := cw.NewSearchExpression(&cw.SearchExpressionProps{Label: jsii.String("All"),
			Expression:    jsii.String(`SEARCH('{AWS/SQS,QueueName} MetricName="NumberOfMessagesSent"', 'Sum', 300)`),
			SearchAccount: jsii.String("222222222222"), SearchRegion: jsii.String("us-east-1")})
		d := cw.NewDashboard(s, jsii.String("Dash"), nil)
		d.AddWidgets(cw.NewGraphWidget(&cw.GraphWidgetProps{
			Left: &[]cw.IMetric{m, m.With(&cw.MetricOptions{Region: jsii.String("eu-west-1")}), m.With(&cw.MetricOptions{Account: jsii.String("222222222222")}), search},
			Right: &[]cw.IMetric{cw.NewMetric(&cw.MetricProps{Namespace: jsii.String("N"), MetricName: jsii.String("M"), Region: jsii.String("us-east-1"),
				StackRegion: jsii.String("us-east-1")})},
		}))
		d.AddWidgets(cw.NewSingleValueWidget(&cw.SingleValueWidgetProps{Metrics: &[]cw.IMetric{search.With(&cw.SearchExpressionOptions{Period: awscdk.Duration_Hours(jsii.Number(1))})},
			FullPrecision: jsii.Bool(true), LiveData: jsii.Bool(true), SetPeriodToTimeRange: jsii.Bool(true), Region: jsii.String("eu-west-1")}))
		d.AddWidgets(cw.NewGraphWidget(&cw.GraphWidgetProps{Left: &[]cw.IMetric{
			cw.NewMathExpression(&cw.MathExpressionProps{Expression: jsii.String("m1 * 2"), UsingMetrics: &map[string]cw.IMetric{"m1": m}, Visible: jsii.Bool(false)}).
				With(&cw.MathExpressionOptions{Label: jsii.String("hidden")}),
			cw.NewSearchExpression(&cw.SearchExpressionProps{Expression: jsii.String("SEARCH('{AWS/SQS} x', 'Sum')"), Visible: jsii.Bool(true)}).
				With(&cw.SearchExpressionOptions{Visible: jsii.Bool(false)}),
		}}))
		cw.NewAlarm(s, jsii.String("Attached"), &cw.AlarmProps{EvaluationPeriods: jsii.Number(1), Threshold: jsii.Number(1), Metric: m})
		cw.NewAlarm(s, jsii.String("Cross"), &cw.AlarmProps{EvaluationPeriods: jsii.Number(1), Threshold: jsii.Number(1),
			Metric: m.With(&cw.MetricOptions{Account: jsii.String("222222222222")})})
	},
	"PromQL": func(s awscdk.Stack) {
		a := cw.NewPromQLAlarm(s, jsii.String("Full"), &cw.PromQLAlarmProps{
			EvaluationInterval: awscdk.Duration_Minutes(jsii.Number(1)), Query: jsii.String(`sum(rate(http_requests_total{status="500"}[5m])) > 10`),
			ActionsEnabled: jsii.Bool(true), AlarmDescription: jsii.String("HTTP 500s"), AlarmName: jsii.String("promql-500s"),
			PendingPeriod: awscdk.Duration_Minutes(jsii.Number(5)), RecoveryPeriod: awscdk.Duration_Minutes(jsii.Number(10)),
		})
		a.AddAlarmAction(action("arn:aws:sns:us-east-1:111111111111:ops"))
		cw.NewPromQLAlarm(s, jsii.String("Plain"), &cw.PromQLAlarmProps{EvaluationInterval: awscdk.Duration_Seconds(jsii.Number(30)), Query: jsii.String("up == 0")})
		out(s, "Arn", a.AlarmArn())
		out(s, "Imported", cw.PromQLAlarm_FromPromQLAlarmName(s, jsii.String("Imp"), jsii.String("other")).AlarmArn())
	},
	"Mute": func(s awscdk.Stack) {
		a := cw.NewAlarm(s, jsii.String("A"), &cw.AlarmProps{Metric: queueMetric(), Threshold: jsii.Number(1), EvaluationPeriods: jsii.Number(1)})
		b := cw.NewAlarm(s, jsii.String("B"), &cw.AlarmProps{Metric: queueMetric(), Threshold: jsii.Number(2), EvaluationPeriods: jsii.Number(1)})
		rule := cw.NewAlarmMuteRule(s, jsii.String("Nightly"), &cw.AlarmMuteRuleProps{
			Duration:          awscdk.Duration_Hours(jsii.Number(2)),
			Schedule:          cw.ScheduleExpression_Cron(&cw.CronOptions{Minute: jsii.String("0"), Hour: jsii.String("2"), TimeZone: zone("Europe/Paris")}),
			AlarmMuteRuleName: jsii.String("nightly"), Description: jsii.String("Maintenance window"),
			Expire: &cw.CalendarDateTime{Day: jsii.Number(31), Hour: jsii.Number(23), Minute: jsii.Number(59), Month: jsii.Number(12), Year: jsii.Number(2027)},
			Start:  &cw.CalendarDateTime{Day: jsii.Number(1), Hour: jsii.Number(0), Minute: jsii.Number(5), Month: jsii.Number(2), Year: jsii.Number(2027)},
			Tags:   &map[string]*string{"team": jsii.String("ops"), "env": jsii.String("prod")},
			Alarms: &[]interfacesawscloudwatch.IAlarmRef{a},
		})
		rule.AddAlarm(b)
		a.AddAlarmMuteRule(jsii.String("Once"), &cw.AlarmMuteRuleOptions{Duration: awscdk.Duration_Minutes(jsii.Number(30)),
			Schedule: cw.ScheduleExpression_At(&cw.CalendarDateTime{Day: jsii.Number(4), Hour: jsii.Number(9), Minute: jsii.Number(0), Month: jsii.Number(7), Year: jsii.Number(2027)}, nil)})
		cw.NewAlarmMuteRule(s, jsii.String("Empty"), &cw.AlarmMuteRuleProps{Duration: awscdk.Duration_Days(jsii.Number(1)),
			Schedule: cw.ScheduleExpression_Expression(jsii.String("rate(7 days)"), nil)})
		out(s, "RuleArn", rule.AlarmMuteRuleArn())
		out(s, "RuleName", rule.AlarmMuteRuleName())
		out(s, "ImportedName", cw.AlarmMuteRule_FromAlarmMuteRuleName(s, jsii.String("Imp"), jsii.String("other")).AlarmMuteRuleName())
	},
}

// zone stands for an awscdk.TimeZone.
type zone string

func (z zone) TimezoneName() *string { return jsii.String(string(z)) }

func TestTemplates(t *testing.T) {
	golden.CheckTemplates(t, templateCases, func(name string) *awscdk.StackProps {
		if name == "Env" {
			return &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("us-east-1")}}
		}
		return nil
	}, nil)
}

var errorCases = map[string]func(s awscdk.Stack){
	"BadPeriod": func(s awscdk.Stack) {
		cw.NewMetric(&cw.MetricProps{Namespace: jsii.String("N"), MetricName: jsii.String("M"), Period: awscdk.Duration_Seconds(jsii.Number(7))})
	},
	"NoThreshold": func(s awscdk.Stack) {
		cw.NewAlarm(s, jsii.String("A"), &cw.AlarmProps{Metric: queueMetric(), EvaluationPeriods: jsii.Number(1)})
	},
	"TooWide": func(s awscdk.Stack) {
		cw.NewTextWidget(&cw.TextWidgetProps{Markdown: jsii.String("x"), Width: jsii.Number(25)})
	},
	"BadDashboardName": func(s awscdk.Stack) {
		cw.NewDashboard(s, jsii.String("D"), &cw.DashboardProps{DashboardName: jsii.String("a b")})
	},
	"IntervalAndStart": func(s awscdk.Stack) {
		cw.NewDashboard(s, jsii.String("D"), &cw.DashboardProps{DefaultInterval: awscdk.Duration_Days(jsii.Number(1)), Start: jsii.String("-P1D")})
	},
	"NoLogGroups": func(s awscdk.Stack) {
		cw.NewLogQueryWidget(&cw.LogQueryWidgetProps{LogGroupNames: &[]*string{}, QueryString: jsii.String("x")})
	},
	"SuppressorPeriods": func(s awscdk.Stack) {
		cw.NewCompositeAlarm(s, jsii.String("C"), &cw.CompositeAlarmProps{AlarmRule: cw.AlarmRule_FromBoolean(jsii.Bool(true)),
			ActionsSuppressorWaitPeriod: awscdk.Duration_Minutes(jsii.Number(1))})
	},
	"AtLeastCount": func(s awscdk.Stack) {
		cw.NewCompositeAlarm(s, jsii.String("C"), &cw.CompositeAlarmProps{AlarmRule: cw.AlarmRule_AtLeast(cw.AlarmState_ALARM, &cw.AtLeastOptions{
			Operands: &[]cw.IAlarm{cw.Alarm_FromAlarmName(s, jsii.String("A"), jsii.String("a"))}, Threshold: cw.AtLeastThreshold_Count(jsii.Number(2))})})
	},
	"Ec2ActionMetric": func(s awscdk.Stack) {
		cw.NewAlarm(s, jsii.String("A"), &cw.AlarmProps{Metric: queueMetric(), Threshold: jsii.Number(1), EvaluationPeriods: jsii.Number(1)}).
			AddAlarmAction(action("arn:aws:automate:us-east-1:ec2:stop"))
	},
	"AnomalyWithFixedOperator": func(s awscdk.Stack) {
		cw.NewAlarm(s, jsii.String("A"), &cw.AlarmProps{EvaluationPeriods: jsii.Number(1), Threshold: jsii.Number(1),
			Metric: cw.Metric_AnomalyDetectionFor(&cw.AnomalyDetectionMetricOptions{Metric: queueMetric()})})
	},
	"PromQLInterval": func(s awscdk.Stack) {
		cw.NewPromQLAlarm(s, jsii.String("P"), &cw.PromQLAlarmProps{EvaluationInterval: awscdk.Duration_Seconds(jsii.Number(5)), Query: jsii.String("up")})
	},
	"MuteTooLong": func(s awscdk.Stack) {
		cw.NewAlarmMuteRule(s, jsii.String("M"), &cw.AlarmMuteRuleProps{Duration: awscdk.Duration_Days(jsii.Number(16)),
			Schedule: cw.ScheduleExpression_Expression(jsii.String("rate(1 day)"), nil)})
	},
	"CronDayAndWeekDay": func(s awscdk.Stack) {
		cw.ScheduleExpression_Cron(&cw.CronOptions{Minute: jsii.String("0"), Day: jsii.String("1"), WeekDay: jsii.String("MON")})
	},
	"InvalidVariable": func(s awscdk.Stack) {
		cw.NewMathExpression(&cw.MathExpressionProps{Expression: jsii.String("Bad + 1"), UsingMetrics: &map[string]cw.IMetric{"Bad": queueMetric()}})
	},
}

func TestErrors(t *testing.T) {
	golden.CheckErrors(t, errorCases, nil)
}

func TestCrossStack(t *testing.T) {
	golden.CheckApp(t, []string{"AlarmsStack", "DashboardStack"}, func(app awscdk.App) {
		a := awscdk.NewStack(app, jsii.String("AlarmsStack"), nil)
		alarm := cw.NewAlarm(a, jsii.String("Alarm"), &cw.AlarmProps{Metric: queueMetric(), Threshold: jsii.Number(1), EvaluationPeriods: jsii.Number(1)})
		b := awscdk.NewStack(app, jsii.String("DashboardStack"), nil)
		cw.NewDashboard(b, jsii.String("Dash"), &cw.DashboardProps{Widgets: &[]*[]cw.IWidget{{
			cw.NewAlarmWidget(&cw.AlarmWidgetProps{Alarm: alarm}),
			cw.NewAlarmStatusWidget(&cw.AlarmStatusWidgetProps{Alarms: &[]interfacesawscloudwatch.IAlarmRef{alarm}}),
		}}})
		cw.NewCompositeAlarm(b, jsii.String("Composite"), &cw.CompositeAlarmProps{AlarmRule: cw.AlarmRule_FromAlarm(alarm, cw.AlarmState_ALARM)})
	}, nil)
}
