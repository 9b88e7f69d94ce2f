package awscdk_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// synthErr synthesizes app and returns the error App.Synth panicked with.
func synthErr(t *testing.T, app awscdk.App) error {
	t.Helper()
	var err error
	func() {
		defer func() {
			if r := recover(); r != nil {
				e, ok := r.(error)
				if !ok || !diag.IsUserError(e) {
					t.Fatalf("synth panicked with a non-user error: %v", r)
				}
				err = e
			}
		}()
		app.Synth(nil)
	}()
	return err
}

func newApp(t *testing.T) (awscdk.App, string) {
	dir := filepath.Join(t.TempDir(), "cdk.out")
	return awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(dir)}), dir
}

func queue(scope constructs.Construct, id string, props map[string]interface{}) awscdk.CfnResource {
	return awscdk.NewCfnResource(scope, jsii.String(id), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SQS::Queue"), Properties: &props})
}

func TestUserMistakesFailSynthWithPaths(t *testing.T) {
	env1 := &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("us-east-1")}
	env2 := &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("eu-west-1")}
	cases := []struct {
		name  string
		build func(app awscdk.App)
		want  []string
	}{
		{"duplicate id", func(app awscdk.App) {
			s := awscdk.NewStack(app, jsii.String("S"), nil)
			queue(s, "Q", nil)
			queue(s, "Q", nil)
		}, []string{"[S/Q] there is already a construct with id 'Q'"}},
		{"empty id", func(app awscdk.App) {
			s := awscdk.NewStack(app, jsii.String("S"), nil)
			queue(s, "", nil)
		}, []string{"[S/<empty>] only root constructs may have an empty id"}},
		{"invalid stack name", func(app awscdk.App) {
			awscdk.NewStack(app, jsii.String("S"), &awscdk.StackProps{StackName: jsii.String("9 bad")})
		}, []string{"[S] stack name must match the regular expression"}},
		{"stack named by a parameter", func(app awscdk.App) {
			s := awscdk.NewStack(app, jsii.String("S"), nil)
			p := awscdk.NewCfnParameter(s, jsii.String("P"), nil)
			awscdk.NewStack(app, jsii.String("T"), &awscdk.StackProps{StackName: p.ValueAsString()})
		}, []string{"[T] stack name must match", "is the value of parameter S/P: a value known only at deployment"}},
		{"validation errors, all of them", func(app awscdk.App) {
			s := awscdk.NewStack(app, jsii.String("S"), nil)
			a := queue(s, "A", nil)
			b := queue(s, "B", nil)
			a.Node().AddValidation(validation{"A is wrong"})
			b.Node().AddValidation(validation{"B is wrong"})
		}, []string{"[S/A] A is wrong", "[S/B] B is wrong"}},
		{"annotation error", func(app awscdk.App) {
			s := awscdk.NewStack(app, jsii.String("S"), nil)
			awscdk.Annotations_Of(queue(s, "A", nil)).AddError(jsii.String("bad queue"))
		}, []string{"[S/A] bad queue"}},
		{"dependency cycle", func(app awscdk.App) {
			a := awscdk.NewStack(app, jsii.String("A"), nil)
			b := awscdk.NewStack(app, jsii.String("B"), nil)
			a.AddDependency(b, nil)
			b.AddDependency(a, nil)
		}, []string{"[B] 'A' depends on 'B'", "would create a cyclic reference"}},
		{"reference across regions", func(app awscdk.App) {
			p := awscdk.NewStack(app, jsii.String("P"), &awscdk.StackProps{Env: env1})
			c := awscdk.NewStack(app, jsii.String("C"), &awscdk.StackProps{Env: env2})
			t := awscdk.NewCfnResource(p, jsii.String("T"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic")})
			queue(c, "Q", map[string]interface{}{"QueueName": t.Ref()})
		}, []string{"[C/Q] C/Q (stack \"C\") cannot reference {P/T[Ref]}", "different regions"}},
		{"reference from agnostic to specific stack", func(app awscdk.App) {
			p := awscdk.NewStack(app, jsii.String("P"), &awscdk.StackProps{Env: env1})
			c := awscdk.NewStack(app, jsii.String("C"), &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("111111111111")}})
			t := awscdk.NewCfnResource(p, jsii.String("T"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic")})
			queue(c, "Q", map[string]interface{}{"QueueName": t.Ref()})
		}, []string{"[C/Q]", "explicit region"}},
		{"token where a string key is required", func(app awscdk.App) {
			s := awscdk.NewStack(app, jsii.String("S"), nil)
			t := awscdk.NewCfnResource(s, jsii.String("T"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic")})
			queue(s, "Q", map[string]interface{}{"Tags": map[string]interface{}{*awscdk.Fn_GetAtt(jsii.String("T"), jsii.String("X")).ToString(): "v"}})
			_ = t
		}, []string{"is used as the key in a map so must resolve to a string"}},
		{"duplicate logical id", func(app awscdk.App) {
			s := awscdk.NewStack(app, jsii.String("S"), nil)
			queue(s, "A", nil)
			queue(s, "B", nil).OverrideLogicalId(jsii.String("A"))
		}, []string{"section 'Resources' already contains 'A'"}},
		{"missing resource type", func(app awscdk.App) {
			s := awscdk.NewStack(app, jsii.String("S"), nil)
			awscdk.NewCfnResource(s, jsii.String("R"), &awscdk.CfnResourceProps{})
		}, []string{"[S/R] the `type` property is required"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			app, dir := newApp(t)
			c.build(app)
			err := synthErr(t, app)
			if err == nil {
				t.Fatal("synth succeeded, want an error")
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error does not mention %q:\n%v", w, err)
				}
			}
			if _, statErr := os.Stat(dir); !os.IsNotExist(statErr) {
				t.Errorf("a failed synth left %s behind", dir)
			}
			entries, _ := os.ReadDir(filepath.Dir(dir))
			for _, e := range entries {
				if strings.Contains(e.Name(), "staging") {
					t.Errorf("a failed synth left staging directory %s", e.Name())
				}
			}
		})
	}
}

type validation struct{ msg string }

func (v validation) Validate() *[]*string { return &[]*string{jsii.String(v.msg)} }

func TestFailedSynthKeepsPreviousAssembly(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "cdk.out")
	good := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(dir)})
	queue(awscdk.NewStack(good, jsii.String("S"), nil), "Q", nil)
	good.Synth(nil)
	before, err := os.ReadFile(filepath.Join(dir, "S.template.json"))
	if err != nil {
		t.Fatal(err)
	}
	bad := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(dir)})
	s := awscdk.NewStack(bad, jsii.String("S"), nil)
	queue(s, "Q", nil)
	queue(s, "Q", nil)
	if synthErr(t, bad) == nil {
		t.Fatal("want error")
	}
	after, err := os.ReadFile(filepath.Join(dir, "S.template.json"))
	if err != nil || string(after) != string(before) {
		t.Fatalf("previous assembly changed after a failed synth (err %v)", err)
	}
}
