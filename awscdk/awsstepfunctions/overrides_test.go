package awsstepfunctions_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	sfn "github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

type myPass struct{ sfn.Pass }

type myErrors struct{ sfn.Errors }

// myCondition is a Condition a program defines itself.
type myCondition struct{ sfn.Condition }

func (myCondition) RenderCondition() interface{} {
	return map[string]interface{}{"Variable": "$.mine", "IsPresent": true}
}

// Embedding types through the _Override constructors builds working states.
func TestOverrides(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, str("S"), nil)
	p := &myPass{}
	sfn.NewPass_Override(p, s, str("Mine"), &sfn.PassProps{Comment: str("embedded")})
	c := &myCondition{}
	sfn.NewCondition_Override(c)
	sfn.NewErrors_Override(&myErrors{})
	choice := sfn.NewChoice(s, str("C"), nil).When(c, p, nil).Otherwise(sfn.NewSucceed(s, str("Done"), nil))
	sm := sfn.NewStateMachine(s, str("SM"), &sfn.StateMachineProps{DefinitionBody: sfn.DefinitionBody_FromChainable(choice)})
	if got := *s.Node().FindChild(str("Mine")).(sfn.Pass).Comment(); got != "embedded" {
		t.Fatalf("comment %q", got)
	}
	if _, ok := s.Node().FindChild(str("Mine")).(*myPass); !ok {
		t.Errorf("the tree should hand out the embedding type")
	}
	def := awscdk.Stack_Of(sm).Resolve(sm.Node().FindChild(str("Resource")).(sfn.CfnStateMachine).DefinitionString())
	js, _ := def.(string)
	for _, want := range []string{`"IsPresent":true,"Variable":"$.mine","Next":"Mine"`, `"Mine":{"Type":"Pass","Comment":"embedded","End":true}`} {
		if !strings.Contains(js, want) {
			t.Errorf("definition %s\nlacks %s", js, want)
		}
	}
}

// A Condition embedded without RenderCondition is a user error, not a crash.
func TestAbstractConditionIsUserError(t *testing.T) {
	err := golden.SynthErr(t, func(app awscdk.App) {
		s := awscdk.NewStack(app, str("S"), nil)
		c := &struct{ sfn.Condition }{}
		sfn.NewCondition_Override(c)
		choice := sfn.NewChoice(s, str("C"), nil).When(c, sfn.NewSucceed(s, str("Done"), nil), nil)
		sfn.NewStateMachine(s, str("SM"), &sfn.StateMachineProps{DefinitionBody: sfn.DefinitionBody_FromChainable(choice)})
	})
	if err == nil || !strings.Contains(err.Error(), "must implement RenderCondition") {
		t.Fatalf("err = %v", err)
	}
}

// Constructors whose props are all optional accept nil, as aws-cdk-go's do.
func TestNilProps(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, str("S"), nil)
	sfn.NewPass(s, str("P"), nil)
	sfn.NewSucceed(s, str("Su"), nil)
	sfn.NewFail(s, str("F"), nil)
	sfn.NewChoice(s, str("C"), nil)
	sfn.NewParallel(s, str("Pa"), nil)
	sfn.NewMap(s, str("M"), nil)
	sfn.NewDistributedMap(s, str("D"), nil)
	sfn.NewActivity(s, str("A"), nil)
	sfn.Pass_Jsonata(s, str("PJ"), nil)
	sfn.Map_JsonPath(s, str("MJ"), nil)
	sfn.NewS3ObjectsItemReader(nil)
	sfn.NewResultWriterV2(nil)
	sfn.NewItemBatcher(nil)
	sfn.NewWriterConfig(nil)
	if err := golden.SynthErr(t, func(app awscdk.App) {
		sfn.NewStateMachine(awscdk.NewStack(app, str("S"), nil), str("SM"), nil)
	}); err == nil || !strings.Contains(err.Error(), "You need to specify either definition or definitionBody") {
		t.Fatalf("nil StateMachineProps: %v", err)
	}
	if err := golden.SynthErr(t, func(app awscdk.App) {
		sfn.NewWait(awscdk.NewStack(app, str("S"), nil), str("W"), nil)
	}); err == nil || !strings.Contains(err.Error(), "[S/W]") {
		t.Fatalf("nil WaitProps: %v", err)
	}
	if err := golden.SynthErr(t, func(app awscdk.App) {
		sfn.NewCustomState(awscdk.NewStack(app, str("S"), nil), str("CS"), nil)
	}); err == nil || !strings.Contains(err.Error(), "[S/CS]") {
		t.Fatalf("nil CustomStateProps: %v", err)
	}
	_ = jsii.String
}

// Nil states where a state is needed are user errors naming the construct.
func TestNilStates(t *testing.T) {
	cases := map[string]func(s awscdk.Stack){
		"[S/P] the next state is nil":  func(s awscdk.Stack) { sfn.NewPass(s, str("P"), nil).Next(nil) },
		"[S/C] the otherwise state":    func(s awscdk.Stack) { sfn.NewChoice(s, str("C"), nil).Otherwise(nil) },
		"[S/C] Choice 'C': When needs": func(s awscdk.Stack) { sfn.NewChoice(s, str("C"), nil).When(nil, sfn.NewPass(s, str("P"), nil), nil) },
		"the first state is nil":       func(s awscdk.Stack) { sfn.Chain_Start(nil) },
		"[S/M] the processor state":    func(s awscdk.Stack) { sfn.NewMap(s, str("M"), nil).ItemProcessor(nil, nil) },
		"[S/Par] the handler state":    func(s awscdk.Stack) { sfn.NewParallel(s, str("Par"), nil).AddCatch(nil, nil) },
		"needs a KMS key":              func(s awscdk.Stack) { sfn.NewCustomerManagedEncryptionConfiguration(nil, nil) },
	}
	for want, build := range cases {
		err := golden.SynthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, str("S"), nil)) })
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("want %q, got %v", want, err)
		}
	}
}

// The Render methods hand out Go maps, as aws-cdk-go's do.
func TestRenderGoValues(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, str("S"), nil)
	p := sfn.NewPass(s, str("P"), nil)
	if m, ok := p.RenderNextEnd().(map[string]interface{}); !ok || m["End"] != true {
		t.Errorf("RenderNextEnd = %#v", p.RenderNextEnd())
	}
	if p.RenderIterator() != nil {
		t.Errorf("RenderIterator of a Pass = %#v, want nil", p.RenderIterator())
	}
	r := sfn.NewS3JsonItemReader(&sfn.S3FileItemReaderProps{BucketNamePath: str("$.b"), Key: str("k")})
	m, ok := r.Render(sfn.QueryLanguage_JSON_PATH).(map[string]interface{})
	if !ok || m["Parameters"].(map[string]interface{})["Key"] != "k" {
		t.Errorf("Render = %#v", r.Render(sfn.QueryLanguage_JSON_PATH))
	}
	if b, ok := sfn.NewItemBatcher(&sfn.ItemBatcherProps{MaxItemsPerBatch: jsii.Number(2)}).Render().(map[string]interface{}); !ok || b["MaxItemsPerBatch"] != 2.0 {
		t.Errorf("ItemBatcher.Render = %#v", b)
	}
	if m := p.ToStateJson(""); m == nil || (*m)["Type"] != "Pass" {
		t.Errorf("ToStateJson = %#v", m)
	}
}

// myTask is a state a program defines itself, as aws-cdk-go allows.
type myTask struct{ sfn.State }

func (m *myTask) ToStateJson(ql sfn.QueryLanguage) *map[string]interface{} {
	out := map[string]interface{}{"Type": "Task", "Resource": "arn:aws:states:::my:task"}
	for k, v := range m.RenderNextEnd().(map[string]interface{}) {
		out[k] = v
	}
	return &out
}
func (m *myTask) EndStates() *[]sfn.INextable { return &[]sfn.INextable{m} }
func (m *myTask) Next(next sfn.IChainable) sfn.Chain {
	m.MakeNext(next.StartState())
	return sfn.Chain_Sequence(m, next)
}

func TestStateOverride(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, str("S"), nil)
	task := &myTask{}
	sfn.NewState_Override(task, s, str("Task"), nil)
	def := sfn.NewPass(s, str("Start"), nil).Next(task).Next(sfn.NewSucceed(s, str("Done"), nil))
	sm := sfn.NewStateMachine(s, str("SM"), &sfn.StateMachineProps{DefinitionBody: sfn.DefinitionBody_FromChainable(def)})
	js, _ := awscdk.Stack_Of(sm).Resolve(sm.Node().FindChild(str("Resource")).(sfn.CfnStateMachine).DefinitionString()).(string)
	want := `{"StartAt":"Start","States":{"Start":{"Type":"Pass","Next":"Task"},"Task":{"Next":"Done","Resource":"arn:aws:states:::my:task","Type":"Task"},"Done":{"Type":"Succeed"}}}`
	if js != want {
		t.Errorf("definition\n%s\nwant\n%s", js, want)
	}
}

// myMap is a Map state type a program defines on MapBase.
type myMap struct{ sfn.MapBase }

func TestMapBaseOverride(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, str("S"), nil)
	m := &myMap{}
	sfn.NewMapBase_Override(m, s, str("Mine"), &sfn.MapBaseProps{ItemsPath: str("$.items"), MaxConcurrency: jsii.Number(2)})
	m.AddItemProcessor(sfn.NewStateGraph(sfn.NewPass(s, str("Each"), nil), str("items")), nil)
	sm := sfn.NewStateMachine(s, str("SM"), &sfn.StateMachineProps{DefinitionBody: sfn.DefinitionBody_FromChainable(m.Next(sfn.NewSucceed(s, str("Done"), nil)))})
	js, _ := awscdk.Stack_Of(sm).Resolve(sm.Node().FindChild(str("Resource")).(sfn.CfnStateMachine).DefinitionString()).(string)
	want := `"Mine":{"Type":"Map","Next":"Done","ItemsPath":"$.items","ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"Each","States":{"Each":{"Type":"Pass","End":true}}},"MaxConcurrency":2}`
	if !strings.Contains(js, want) {
		t.Errorf("definition\n%s\nlacks\n%s", js, want)
	}
}

// Every constructor survives nil props through synthesis: it works or
// ends in a user error, never a Go runtime panic (SynthErr fails the test
// on one).
func TestNilPropsSynth(t *testing.T) {
	for name, build := range map[string]func(s awscdk.Stack){
		"Pass":           func(s awscdk.Stack) { sfn.NewPass(s, str("X"), nil) },
		"Wait":           func(s awscdk.Stack) { sfn.NewWait(s, str("X"), nil) },
		"Succeed":        func(s awscdk.Stack) { sfn.NewSucceed(s, str("X"), nil) },
		"Fail":           func(s awscdk.Stack) { sfn.NewFail(s, str("X"), nil) },
		"Choice":         func(s awscdk.Stack) { sfn.NewChoice(s, str("X"), nil) },
		"Parallel":       func(s awscdk.Stack) { sfn.NewParallel(s, str("X"), nil) },
		"Map":            func(s awscdk.Stack) { sfn.NewMap(s, str("X"), nil) },
		"DistributedMap": func(s awscdk.Stack) { sfn.NewDistributedMap(s, str("X"), nil) },
		"Activity":       func(s awscdk.Stack) { sfn.NewActivity(s, str("X"), nil) },
		"CustomState":    func(s awscdk.Stack) { sfn.NewCustomState(s, str("X"), nil) },
		"StateMachine":   func(s awscdk.Stack) { sfn.NewStateMachine(s, str("X"), nil) },
		"InGraph": func(s awscdk.Stack) {
			sfn.NewStateMachine(s, str("X"), &sfn.StateMachineProps{DefinitionBody: sfn.DefinitionBody_FromChainable(
				sfn.NewDistributedMap(s, str("D"), nil))})
		},
		"ChoiceAlone": func(s awscdk.Stack) {
			sfn.NewStateMachine(s, str("X"), &sfn.StateMachineProps{DefinitionBody: sfn.DefinitionBody_FromChainable(sfn.NewChoice(s, str("C"), nil))})
		},
	} {
		build := build
		t.Run(name, func(t *testing.T) {
			_ = golden.SynthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, str("S"), nil)) })
		})
	}
}
