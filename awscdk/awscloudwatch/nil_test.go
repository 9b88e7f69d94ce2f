package awscloudwatch_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	cw "github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// Nil props never crash: they synthesize aws-cdk-lib's defaults or stop
// with a user error naming what is missing.
func TestNilProps(t *testing.T) {
	cases := map[string]struct {
		build   func(s awscdk.Stack)
		wantErr bool
	}{
		"Alarm": {func(s awscdk.Stack) { cw.NewAlarm(s, jsii.String("A"), nil) }, true},
		"AlarmNoPeriods": {func(s awscdk.Stack) {
			cw.NewAlarm(s, jsii.String("A"), &cw.AlarmProps{Metric: queueMetric(), Threshold: jsii.Number(1)})
		}, true},
		"Composite": {func(s awscdk.Stack) { cw.NewCompositeAlarm(s, jsii.String("C"), nil) }, true},
		"Anomaly":   {func(s awscdk.Stack) { cw.NewAnomalyDetectionAlarm(s, jsii.String("A"), nil) }, true},
		"Math":      {func(s awscdk.Stack) { cw.NewMathExpression(nil) }, true},
		"Search":    {func(s awscdk.Stack) { cw.NewSearchExpression(nil) }, true},
		"LogQuery":  {func(s awscdk.Stack) { cw.NewLogQueryWidget(nil) }, true},
		"Variable":  {func(s awscdk.Stack) { cw.NewDashboardVariable(nil) }, true},
		"Dashboard": {func(s awscdk.Stack) {
			d := cw.NewDashboard(s, jsii.String("D"), nil)
			d.AddWidgets(cw.NewGraphWidget(nil), cw.NewSingleValueWidget(nil), cw.NewTextWidget(nil), cw.NewAlarmWidget(nil),
				cw.NewAlarmStatusWidget(nil), cw.NewSpacer(nil), cw.NewGaugeWidget(nil), cw.NewTableWidget(nil), cw.NewCustomWidget(nil))
			d.AddWidgets(cw.NewRow(), cw.NewColumn())
		}, false},
		"Metric": {func(s awscdk.Stack) {
			m := cw.NewMetric(nil)
			m.With(nil)
			m.CreateAlarm(s, jsii.String("A"), &cw.CreateAlarmOptions{EvaluationPeriods: jsii.Number(1), Threshold: jsii.Number(1)})
		}, false},
	}
	for name, c := range cases {
		c := c
		t.Run(name, func(t *testing.T) {
			err := golden.SynthErr(t, func(app awscdk.App) { c.build(awscdk.NewStack(app, jsii.String("S"), nil)) })
			if (err != nil) != c.wantErr {
				t.Fatalf("err = %v, want error: %v", err, c.wantErr)
			}
		})
	}
}
