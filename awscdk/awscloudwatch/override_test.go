package awscloudwatch_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	cw "github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/jsii"
)

type myAlarm struct{ cw.Alarm }

type myWidget struct{ cw.ConcreteWidget }

func (w *myWidget) ToJson() *[]interface{} {
	return &[]interface{}{map[string]interface{}{"type": "text", "x": w.X(), "y": w.Y(), "width": w.Width(), "height": w.Height(),
		"properties": map[string]interface{}{"markdown": "mine"}}}
}

// Types embedding the L2s, built with the _Override constructors, become
// the tree's objects; a widget type of the user's own renders itself.
func TestOverride(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	a := &myAlarm{}
	cw.NewAlarm_Override(a, s, jsii.String("A"), &cw.AlarmProps{Metric: queueMetric(), Threshold: jsii.Number(1), EvaluationPeriods: jsii.Number(1)})
	if got := s.Node().FindChild(jsii.String("A")); got != a {
		t.Fatalf("tree child is %T, want *myAlarm", got)
	}
	w := &myWidget{}
	cw.NewConcreteWidget_Override(w, jsii.Number(4), jsii.Number(2))
	d := cw.NewDashboard(s, jsii.String("D"), nil)
	d.AddWidgets(cw.NewTextWidget(&cw.TextWidgetProps{Markdown: jsii.String("x")}), w)
	tmpl := app.Synth(nil).GetStackArtifact(jsii.String("S")).Template()
	r := tmpl.(map[string]interface{})["Resources"].(map[string]interface{})
	for _, v := range r {
		res := v.(map[string]interface{})
		if res["Type"] == "AWS::CloudWatch::Dashboard" {
			b := res["Properties"].(map[string]interface{})["DashboardBody"].(string)
			if !strings.Contains(b, `"markdown":"mine"`) || !strings.Contains(b, `"x":6`) {
				t.Fatalf("dashboard body %s lacks the user's widget at x=6", b)
			}
			return
		}
	}
	t.Fatal("no dashboard")
}
