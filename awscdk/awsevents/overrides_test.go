package awsevents_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/jsii"
)

type everyFullMoon struct{ awsevents.Schedule }

func (everyFullMoon) ExpressionString() *string { return jsii.String("cron(0 0 15 * ? *)") }

type foreign struct{ awsevents.Authorization }

// A Schedule written by the program (the subclass defines
// ExpressionString) drives the rule; an Authorization cannot be written
// by a program and says so.
func TestOverrides(t *testing.T) {
	app := awscdk.NewApp(nil)
	st := awscdk.NewStack(app, jsii.String("S"), nil)
	s := &everyFullMoon{}
	awsevents.NewSchedule_Override(s)
	r := awsevents.NewRule(st, jsii.String("R"), &awsevents.RuleProps{Schedule: s})
	tpl := awscdk.Stack_Of(r).Resolve(r.Node().DefaultChild().(awsevents.CfnRule).ScheduleExpression())
	if got, _ := tpl.(string); got != "cron(0 0 15 * ? *)" {
		t.Fatalf("schedule expression %v", tpl)
	}
	a := &foreign{}
	awsevents.NewAuthorization_Override(a)
	defer func() {
		if e := recover(); e == nil || !strings.Contains(strings.ToLower(errText(e)), "authorization must come from") {
			t.Fatalf("recovered %v", e)
		}
	}()
	awsevents.NewConnection(st, jsii.String("C"), &awsevents.ConnectionProps{Authorization: a})
}

func errText(e interface{}) string {
	if err, ok := e.(error); ok {
		return err.Error()
	}
	s, _ := e.(string)
	return s
}
