package awscdk_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// describeTopics is a mixin of the program's own.
type describeTopics struct{ awscdk.Mixin }

func (describeTopics) Supports(c constructs.IConstruct) *bool {
	r, ok := c.(awscdk.CfnResource)
	return jsii.Bool(ok && *r.CfnResourceType() == "AWS::SNS::Topic")
}

func (describeTopics) ApplyTo(c constructs.IConstruct) {
	c.(awscdk.CfnResource).AddPropertyOverride(jsii.String("DisplayName"), "mixed")
}

func TestMixinsAndSelectors(t *testing.T) {
	app, _ := initApp(t, nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	g := constructs.NewConstruct(s, jsii.String("Group"))
	t1 := awscdk.NewCfnResource(g, jsii.String("T1"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic")})
	awscdk.NewCfnResource(g, jsii.String("Q1"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SQS::Queue")})
	awscdk.NewCfnResource(s, jsii.String("T2"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic")})

	if n := len(*awscdk.ConstructSelector_ResourcesOfType(jsii.String("AWS::SNS::Topic")).Select(s)); n != 2 {
		t.Errorf("ResourcesOfType: %d", n)
	}
	if n := len(*awscdk.ConstructSelector_ByPath(jsii.String("S/Group/*")).Select(s)); n != 2 {
		t.Errorf("ByPath: %d", n)
	}
	if n := len(*awscdk.ConstructSelector_ById(jsii.String("T*")).Select(s)); n != 2 {
		t.Errorf("ById: %d", n)
	}
	if sel := *awscdk.ConstructSelector_OnlyItself().Select(g); len(sel) != 1 || sel[0] != g {
		t.Error("OnlyItself")
	}
	m := &describeTopics{}
	awscdk.NewMixin_Override(m)
	if !*awscdk.Mixin_IsMixin(m) || *awscdk.Mixin_IsMixin(t1) {
		t.Error("Mixin_IsMixin")
	}
	rep := awscdk.Mixins_Of(g, nil).Apply(m).Report()
	if len(*rep) != 1 || (*rep)[0].Construct != t1 {
		t.Fatalf("report %v", *rep)
	}
	msg := userPanic(t, func() { awscdk.Mixins_Of(g, nil).RequireAll().Apply(m) })
	if !strings.Contains(msg, "could not be applied") {
		t.Error(msg)
	}
	awscdk.Aspects_Of(s).Add(awscdk.Shims_AsAspect(m), nil)
	tmpl := synthTemplate(t, app, "S")
	if strings.Count(tmpl, `"DisplayName": "mixed"`) != 2 {
		t.Errorf("template:\n%s", tmpl)
	}
}

func synthTemplate(t *testing.T, app awscdk.App, stack string) string {
	t.Helper()
	asm := app.Synth(nil)
	b, err := os.ReadFile(filepath.Join(*asm.Directory(), stack+".template.json"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestValidationResults(t *testing.T) {
	rs := awscdk.NewValidationResults(nil)
	rs.Collect(awscdk.NewValidationResult(nil, nil))
	if len(*rs.Results()) != 0 || !*rs.Wrap(jsii.String("x")).IsSuccess() {
		t.Fatal("successes are not collected")
	}
	rs.Collect(awscdk.NewValidationResult(jsii.String("a should be a string"), nil))
	inner := awscdk.NewValidationResults(nil)
	inner.Collect(awscdk.NewValidationResult(jsii.String("b should be a number"), nil))
	rs.Collect(inner.Wrap(jsii.String("in c")))
	top := rs.Wrap(jsii.String("props invalid")).Prefix(jsii.String("Bucket"))
	want := "Bucket: props invalid\n  a should be a string\n  in c\n    b should be a number"
	if *top.ErrorTree() != want {
		t.Fatalf("error tree:\n%s", *top.ErrorTree())
	}
	msg := userPanic(t, func() { awscdk.NewValidationResult(jsii.String("bad value"), nil).AssertSuccess() })
	if !strings.Contains(msg, "Bad value") {
		t.Error(msg)
	}
}

func TestMergeStrategies(t *testing.T) {
	l := func(xs ...interface{}) *[]interface{} { return &xs }
	if got := *awscdk.ArrayMergeStrategy_Append().Merge(l(1, 2), l(3)); len(got) != 3 || got[2] != 3 {
		t.Error("append", got)
	}
	if got := *awscdk.ArrayMergeStrategy_Prepend().Merge(l(1, 2), l(3)); got[0] != 3 {
		t.Error("prepend", got)
	}
	if got := *awscdk.ArrayMergeStrategy_ReplaceByIndex().Merge(l(1, 2), l(9)); got[0] != 9 || got[1] != 2 {
		t.Error("by index", got)
	}
	a := map[string]interface{}{"Name": "a", "V": 1}
	b := map[string]interface{}{"Name": "b", "V": 2}
	a2 := map[string]interface{}{"Name": "a", "V": 3}
	if got := *awscdk.ArrayMergeStrategy_ReplaceByKey(jsii.String("Name")).Merge(l(a, b), l(a2, "x")); len(got) != 2 || got[0].(map[string]interface{})["V"] != 3 {
		t.Error("by key", got)
	}
	target := map[string]interface{}{"Tags": []interface{}{"t1"}, "Cfg": map[string]interface{}{"A": 1, "B": 2}, "Keep": true}
	source := map[string]interface{}{"Tags": []interface{}{"t2"}, "Cfg": map[string]interface{}{"B": nil, "C": 3}, "Keep": false}
	awscdk.PropertyMergeStrategy_Combine(&awscdk.CombineStrategyOptions{Arrays: awscdk.ArrayMergeStrategy_Append()}).Apply(&target, &source, jsii.Strings("Tags", "Cfg"))
	if len(target["Tags"].([]interface{})) != 2 || target["Keep"] != true {
		t.Error("combine", target)
	}
	cfg := target["Cfg"].(map[string]interface{})
	if cfg["A"] != 1 || cfg["C"] != 3 || cfg["B"] != nil {
		t.Error("combine deep", cfg)
	}
	awscdk.PropertyMergeStrategy_Override().Apply(&target, &source, jsii.Strings("Keep"))
	if target["Keep"] != false {
		t.Error("override", target)
	}
}
