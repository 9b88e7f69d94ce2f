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
	// As in aws-cdk-lib, a plugin that passes with nothing to say is left
	// out of the report.
	if err != nil || strings.Contains(string(b), `"pluginName": "my-plugin"`) || !strings.Contains(string(b), `"pluginReports": []`) {
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

type v2Plugin struct{ stacks []string }

func (p *v2Plugin) Name() *string       { return jsii.String("v2 plugin") }
func (p *v2Plugin) Version() *string    { return nil }
func (p *v2Plugin) RuleIds() *[]*string { return nil }
func (p *v2Plugin) Validate(c awscdk.IPolicyValidationContext) *awscdk.PolicyValidationPluginReport {
	for _, s := range *c.StackTemplates() {
		p.stacks = append(p.stacks, *s.StackConstructPath)
	}
	return &awscdk.PolicyValidationPluginReport{Success: jsii.Bool(false), Violations: &[]*awscdk.PolicyViolation{{
		RuleName: jsii.String("r1"), Description: jsii.String("bad queue"),
		ViolatingResources: &[]*awscdk.PolicyViolatingResource{{ResourceLogicalId: jsii.String("Q"), TemplatePath: (*c.TemplatePaths())[0], Locations: jsii.Strings("Type")}},
	}}}
}

func TestValidations(t *testing.T) {
	app, _ := initApp(t, nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	q := awscdk.NewCfnResource(s, jsii.String("Q"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SQS::Queue")})
	v := awscdk.Validations_Of(q)
	v.AddWarning(jsii.String("my rule"), jsii.String("careful"))
	v.Acknowledge(&awscdk.Acknowledgment{Id: jsii.String("CloudFormation-Validate::W3010"), Reason: jsii.String("fine")})
	var types []string
	for _, m := range *q.Node().Metadata() {
		types = append(types, *m.Type)
		if *m.Type == "aws:cdk:warning" && !strings.Contains(m.Data.(string), "Annotation::my-rule") {
			t.Errorf("warning %v lacks the normalized id", m.Data)
		}
		if *m.Type == *awscdk.Validations_ACKNOWLEDGED_RULES_METADATA_KEY() {
			if m.Data.(map[string]interface{})["CloudFormation-Validate::W3010"] != "fine" {
				t.Errorf("acknowledgement %v", m.Data)
			}
		}
	}
	if !strings.Contains(strings.Join(types, ","), "aws:cdk:acknowledged-rules") {
		t.Errorf("metadata %v", types)
	}
	msg := userPanic(t, func() { v.Acknowledge(&awscdk.Acknowledgment{Id: jsii.String("a::b::c"), Reason: jsii.String("x")}) })
	if !strings.Contains(msg, "Invalid validation rule ID 'a::b::c'") {
		t.Error(msg)
	}
	p := &v2Plugin{}
	awscdk.Validations_Of(s).AddPlugins(p)
	msg = userPanic(t, func() { app.Synth(nil) })
	if !strings.Contains(msg, "bad queue") || !strings.Contains(msg, "S/Q") || len(p.stacks) != 1 || p.stacks[0] != "S" {
		t.Errorf("plugin: %s %v", msg, p.stacks)
	}
}
