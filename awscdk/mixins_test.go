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
