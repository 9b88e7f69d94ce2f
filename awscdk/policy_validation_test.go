package awscdk_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/jsii"
)

// banTopics is a policy plugin of the program's own.
type banTopics struct {
	ok    bool
	paths []string
}

func (b *banTopics) Name() *string       { return jsii.String("my-plugin") }
func (b *banTopics) Version() *string    { return jsii.String("1.2.3") }
func (b *banTopics) RuleIds() *[]*string { return jsii.Strings("no-topics") }
func (b *banTopics) Validate(c awscdk.IPolicyValidationContextBeta1) *awscdk.PolicyValidationPluginReportBeta1 {
	for _, p := range *c.TemplatePaths() {
		if _, err := os.Stat(*p); err != nil {
			panic("template path does not exist: " + *p)
		}
		b.paths = append(b.paths, *p)
	}
	if b.ok {
		return &awscdk.PolicyValidationPluginReportBeta1{Success: jsii.Bool(true), Violations: &[]*awscdk.PolicyViolationBeta1{}}
	}
	return &awscdk.PolicyValidationPluginReportBeta1{Success: jsii.Bool(false), Violations: &[]*awscdk.PolicyViolationBeta1{{
		RuleName: jsii.String("no-topics"), Description: jsii.String("topics are banned"), Fix: jsii.String("remove it"),
		ViolatingResources: &[]*awscdk.PolicyViolatingResourceBeta1{{ResourceLogicalId: jsii.String("Topic"), TemplatePath: (*c.TemplatePaths())[0], Locations: jsii.Strings("Properties")}},
	}}}
}

func TestPolicyValidationPlugin(t *testing.T) {
	bad := &banTopics{}
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(t.TempDir()), PolicyValidationBeta1: &[]awscdk.IPolicyValidationPluginBeta1{bad}})
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	awscdk.NewCfnResource(s, jsii.String("Topic"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic")})
	if len(*app.PolicyValidationBeta1()) != 1 {
		t.Fatal("PolicyValidationBeta1")
	}
	msg := userPanic(t, func() { app.Synth(nil) })
	for _, want := range []string{"S/Topic", "topics are banned", "my-plugin", "remove it"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message lacks %q: %s", want, msg)
		}
	}
	if len(bad.paths) != 1 || filepath.Base(bad.paths[0]) != "S.template.json" {
		t.Errorf("template paths %v", bad.paths)
	}

	good := &banTopics{ok: true}
	out := t.TempDir()
	app2 := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(out), PolicyValidationBeta1: &[]awscdk.IPolicyValidationPluginBeta1{good}})
	s2 := awscdk.NewStack(app2, jsii.String("S"), nil)
	awscdk.NewCfnResource(s2, jsii.String("Topic"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic")})
	app2.Synth(nil)
	b, err := os.ReadFile(filepath.Join(out, "validation-report.json"))
	if err != nil || !strings.Contains(string(b), `"pluginName": "my-plugin"`) || !strings.Contains(string(b), `"conclusion": "success"`) {
		t.Errorf("validation report: %v\n%s", err, b)
	}
}

func TestErrorsStatics(t *testing.T) {
	app, _ := initApp(t, nil)
	var caught interface{}
	func() {
		defer func() { caught = recover() }()
		awscdk.ContextProvider_GetValue(awscdk.NewStack(app, jsii.String("S"), nil), &awscdk.GetContextValueOptions{Provider: jsii.String("ssm")})
	}()
	if !*awscdk.Errors_IsValidationError(caught) || !*awscdk.Errors_IsConstructError(caught) {
		t.Fatalf("a user mistake is not a validation error: %v", caught)
	}
	if *awscdk.Errors_IsValidationError(os.ErrNotExist) || *awscdk.Errors_IsValidationError("text") {
		t.Fatal("other values are not validation errors")
	}
}
