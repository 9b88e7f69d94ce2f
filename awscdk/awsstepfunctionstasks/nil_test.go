package awsstepfunctionstasks_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	sfn "github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	tasks "github.com/strata-cdk/strata/awscdk/awsstepfunctionstasks"
	"github.com/strata-cdk/strata/internal/golden"
)

// Nil props (or a missing required prop) stop with an error naming the
// construct path, never a Go panic trace.
func TestNilProps(t *testing.T) {
	cases := map[string]func(s awscdk.Stack){
		"LambdaInvoke":  func(s awscdk.Stack) { tasks.NewLambdaInvoke(s, str("T"), nil) },
		"LambdaJsonata": func(s awscdk.Stack) { tasks.LambdaInvoke_Jsonata(s, str("T"), nil) },
		"SnsPublish":    func(s awscdk.Stack) { tasks.NewSnsPublish(s, str("T"), &tasks.SnsPublishProps{}) },
		"DynamoGetItem": func(s awscdk.Stack) { tasks.NewDynamoGetItem(s, str("T"), nil) },
		"EcsRunTask":    func(s awscdk.Stack) { tasks.NewEcsRunTask(s, str("T"), &tasks.EcsRunTaskProps{}) },
		"CallAwsService": func(s awscdk.Stack) {
			tasks.NewCallAwsService(s, str("T"), &tasks.CallAwsServiceProps{Service: str("s3")})
		},
	}
	for name, build := range cases {
		t.Run(name, func(t *testing.T) {
			err := golden.SynthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, str("S"), nil)) })
			if err == nil || !strings.Contains(err.Error(), "[S/T]") || !strings.Contains(err.Error(), "required") {
				t.Fatalf("got %v; want an error at S/T naming what is required", err)
			}
			if testing.Verbose() {
				t.Log(err)
			}
		})
	}
}

// myInvoke is a program's own type built with an _Override constructor.
type myInvoke struct {
	tasks.LambdaInvoke
}

func TestOverride(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, str("S"), nil)
	m := &myInvoke{}
	tasks.NewLambdaInvoke_Override(m, s, str("Mine"), &tasks.LambdaInvokeProps{LambdaFunction: fn(s)})
	if m.LambdaInvoke == nil || *m.Id() != "Mine" {
		t.Fatalf("override did not initialize the embedded task")
	}
	sm := sfn.NewStateMachine(s, str("SM"), &sfn.StateMachineProps{DefinitionBody: sfn.DefinitionBody_FromChainable(m)})
	if sm == nil {
		t.Fatal("no state machine")
	}
	app.Synth(nil)
	if p := m.TaskPolicies(); p == nil || len(*p) != 1 {
		t.Fatalf("TaskPolicies = %v; want the lambda:InvokeFunction statement", p)
	}
}
