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

type externalAlarm struct{ cw.AlarmBase }

func (e *externalAlarm) AlarmArn() *string {
	return jsii.String("arn:aws:cloudwatch:us-east-1:111111111111:alarm:ext")
}
func (e *externalAlarm) AlarmName() *string { return jsii.String("ext") }

type fixedValues struct{ cw.Values }

func (fixedValues) ToJson() interface{} {
	return map[string]interface{}{"values": []interface{}{map[string]interface{}{"value": "a"}}}
}

// A user's own alarm type on AlarmBase renders into alarm rules with its own
// ARN; a user's own Values renders itself.
func TestAbstractOverrides(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	e := &externalAlarm{}
	cw.NewAlarmBase_Override(e, s, jsii.String("Ext"), nil)
	if got := *e.RenderAlarmRule(); got != `ALARM("arn:aws:cloudwatch:us-east-1:111111111111:alarm:ext")` {
		t.Fatalf("rule %s", got)
	}
	v := &fixedValues{}
	cw.NewValues_Override(v)
	out := cw.NewDashboardVariable(&cw.DashboardVariableOptions{Id: jsii.String("x"), InputType: cw.VariableInputType_SELECT,
		Type: cw.VariableType_PROPERTY, Value: jsii.String("k"), Values: v}).ToJson()
	if o, ok := out.(interface{ Keys() []string }); !ok || o.Keys()[len(o.Keys())-1] != "values" {
		t.Fatalf("variable JSON %v lacks the user's values", out)
	}
}
