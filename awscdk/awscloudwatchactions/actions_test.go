package awscloudwatchactions_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	cw "github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awscloudwatchactions"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscloudwatch"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twins of the stacks in testdata/twins.js, construct for construct.
var templateCases = map[string]func(s awscdk.Stack){
	"Monitoring": func(s awscdk.Stack) {
		topic := awssns.NewTopic(s, jsii.String("Alerts"), nil)
		errors := cw.NewMetric(&cw.MetricProps{Namespace: jsii.String("AWS/ApiGateway"), MetricName: jsii.String("5XXError"),
			DimensionsMap: &map[string]*string{"ApiName": jsii.String("orders")}, Statistic: cw.Stats_SUM(), Period: awscdk.Duration_Minutes(jsii.Number(1))})
		alarm := cw.NewAlarm(s, jsii.String("ApiErrors"), &cw.AlarmProps{
			EvaluationPeriods: jsii.Number(5), Threshold: jsii.Number(10), AlarmDescription: jsii.String("API 5XX errors"),
			DatapointsToAlarm: jsii.Number(3), TreatMissingData: cw.TreatMissingData_NOT_BREACHING, Metric: errors,
		})
		alarm.AddAlarmAction(awscloudwatchactions.NewSnsAction(topic))
		alarm.AddOkAction(awscloudwatchactions.NewSnsAction(topic))
		dash := cw.NewDashboard(s, jsii.String("Dashboard"), &cw.DashboardProps{DashboardName: jsii.String("production")})
		dash.AddWidgets(
			cw.NewGraphWidget(&cw.GraphWidgetProps{Title: jsii.String("API errors"), Left: &[]cw.IMetric{errors}, Width: jsii.Number(12)}),
			cw.NewAlarmWidget(&cw.AlarmWidgetProps{Title: jsii.String("API errors alarm"), Alarm: alarm, Width: jsii.Number(12)}),
		)
		dash.AddWidgets(cw.NewAlarmStatusWidget(&cw.AlarmStatusWidgetProps{Alarms: &[]interfacesawscloudwatch.IAlarmRef{alarm}}))
	},
	"Others": func(s awscdk.Stack) {
		cpu := cw.NewMetric(&cw.MetricProps{Namespace: jsii.String("AWS/EC2"), MetricName: jsii.String("CPUUtilization"),
			DimensionsMap: &map[string]*string{"InstanceId": jsii.String("i-123")}})
		a := cw.NewAlarm(s, jsii.String("Cpu"), &cw.AlarmProps{EvaluationPeriods: jsii.Number(1), Threshold: jsii.Number(90), Metric: cpu})
		a.AddAlarmAction(awscloudwatchactions.NewEc2Action(awscloudwatchactions.Ec2InstanceAction_REBOOT))
		a.AddOkAction(awscloudwatchactions.NewSsmAction(awscloudwatchactions.OpsItemSeverity_HIGH, awscloudwatchactions.OpsItemCategory_PERFORMANCE))
		a.AddInsufficientDataAction(awscloudwatchactions.NewSsmAction(awscloudwatchactions.OpsItemSeverity_LOW, ""))
		a.AddAlarmAction(awscloudwatchactions.NewSsmIncidentAction(jsii.String("plan")))
		fn := awslambda.NewFunction(s, jsii.String("Fn"), &awslambda.FunctionProps{Runtime: awslambda.Runtime_NODEJS_20_X(),
			Handler: jsii.String("index.handler"), Code: awslambda.Code_FromInline(jsii.String("exports.handler = async () => {}"))})
		a.AddAlarmAction(awscloudwatchactions.NewLambdaAction(fn, nil))
		b := cw.NewAlarm(s, jsii.String("Other"), &cw.AlarmProps{EvaluationPeriods: jsii.Number(1), Threshold: jsii.Number(1), Metric: cpu})
		b.AddAlarmAction(awscloudwatchactions.NewLambdaAction(fn, &awscloudwatchactions.LambdaActionProps{UseUniquePermissionId: jsii.Bool(true)}))
		b.AddOkAction(awscloudwatchactions.NewLambdaAction(fn, &awscloudwatchactions.LambdaActionProps{UseUniquePermissionId: jsii.Bool(true)}))
		alias := awslambda.NewAlias(s, jsii.String("Live"), &awslambda.AliasProps{AliasName: jsii.String("live"), Version: fn.CurrentVersion()})
		cw.NewAlarm(s, jsii.String("Third"), &cw.AlarmProps{EvaluationPeriods: jsii.Number(1), Threshold: jsii.Number(5), Metric: cpu}).
			AddAlarmAction(awscloudwatchactions.NewLambdaAction(alias, nil))
	},
}

func TestTemplates(t *testing.T) { golden.CheckTemplates(t, templateCases, nil, nil) }

func TestEc2ActionNeedsInstanceMetric(t *testing.T) {
	err := golden.SynthErr(t, func(app awscdk.App) {
		// With a concrete region the ARN is literal, so aws-cdk-lib (and
		// Strata) can check the metric.
		s := awscdk.NewStack(app, jsii.String("S"), &awscdk.StackProps{Env: &awscdk.Environment{Region: jsii.String("us-east-1"), Account: jsii.String("111111111111")}})
		m := cw.NewMetric(&cw.MetricProps{Namespace: jsii.String("AWS/EC2"), MetricName: jsii.String("CPUUtilization")})
		cw.NewAlarm(s, jsii.String("A"), &cw.AlarmProps{EvaluationPeriods: jsii.Number(1), Threshold: jsii.Number(1), Metric: m}).
			AddAlarmAction(awscloudwatchactions.NewEc2Action(awscloudwatchactions.Ec2InstanceAction_STOP))
	})
	if err == nil || !strings.Contains(err.Error(), "[S/A] EC2 alarm actions requires an EC2 Per-Instance Metric.") {
		t.Fatalf("got %v, want an error: EC2 actions need a per-instance metric", err)
	}
}

// Nil inputs stop with a user error, not a Go panic trace.
func TestNilInputs(t *testing.T) {
	for name, build := range map[string]func(s awscdk.Stack){
		"Sns": func(s awscdk.Stack) {
			cw.NewAlarm(s, jsii.String("A"), &cw.AlarmProps{EvaluationPeriods: jsii.Number(1), Threshold: jsii.Number(1),
				Metric: cw.NewMetric(&cw.MetricProps{Namespace: jsii.String("N"), MetricName: jsii.String("M")})}).AddAlarmAction(awscloudwatchactions.NewSnsAction(nil))
		},
		"Lambda": func(s awscdk.Stack) { awscloudwatchactions.NewLambdaAction(nil, nil) },
	} {
		build := build
		t.Run(name, func(t *testing.T) {
			if err := golden.SynthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, jsii.String("S"), nil)) }); err == nil {
				t.Fatal("want a user error")
			}
		})
	}
}

type mySns struct{ awscloudwatchactions.SnsAction }

// A type embedding an action, built with its _Override constructor, binds as the action.
func TestOverride(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	a := &mySns{}
	awscloudwatchactions.NewSnsAction_Override(a, awssns.NewTopic(s, jsii.String("T"), nil))
	alarm := cw.NewAlarm(s, jsii.String("A"), &cw.AlarmProps{EvaluationPeriods: jsii.Number(1), Threshold: jsii.Number(1),
		Metric: cw.NewMetric(&cw.MetricProps{Namespace: jsii.String("N"), MetricName: jsii.String("M")})})
	alarm.AddAlarmAction(a)
	if l := alarm.AlarmActionArns(); l == nil || len(*l) != 1 {
		t.Fatalf("alarm actions %v, want the topic", l)
	}
}
