package awscdk_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// deprecatedRuntimeApp is an app with a python3.6 function (E2533) and a
// hardcoded availability zone (W3010).
func deprecatedRuntimeApp(t *testing.T, extra map[string]interface{}) (awscdk.App, string) {
	app, out := initApp(t, extra)
	s := awscdk.NewStack(app, jsii.String("Old"), nil)
	awscdk.NewCfnResource(s, jsii.String("Fn"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::Lambda::Function"),
		Properties: &map[string]interface{}{"Runtime": "python3.6", "Handler": "index.handler", "Role": "arn:aws:iam::123456789012:role/r",
			"Code": map[string]interface{}{"ZipFile": "def handler(e, c): pass"}}})
	return app, out
}

func TestValidationFailsAppRunAlone(t *testing.T) {
	app, out := deprecatedRuntimeApp(t, nil)
	msg := userPanic(t, func() { app.Synth(nil) })
	for _, want := range []string{"[Old/Fn]", "ValidationFailed E2533", "Runtime: Runtime 'python3.6' was deprecated on '2022-07-18'", "CloudFormation Validate"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message lacks %q:\n%s", want, msg)
		}
	}
	// The assembly is written all the same, report included.
	for _, f := range []string{"Old.template.json", "manifest.json", "validation-report.json"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
	b, _ := os.ReadFile(filepath.Join(out, "validation-report.json"))
	for _, want := range []string{`"conclusion": "failure"`, `"ruleName": "E2533"`, `"constructPath": "Old/Fn"`, `"propertyPaths": [`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("report lacks %s:\n%s", want, b)
		}
	}
}

func TestValidationUnderCLIContext(t *testing.T) {
	app, out := deprecatedRuntimeApp(t, cdkctx.CLIContext())
	app.Synth(nil)
	b, err := os.ReadFile(filepath.Join(out, "validation-report.json"))
	if err != nil || !strings.Contains(string(b), `"ruleName": "E2533"`) {
		t.Errorf("report: %v\n%s", err, b)
	}
}

func TestValidationAcknowledged(t *testing.T) {
	app, out := deprecatedRuntimeApp(t, nil)
	s := app.Node().FindChild(jsii.String("Old"))
	awscdk.Validations_Of(s).Acknowledge(&awscdk.Acknowledgment{Id: jsii.String("CloudFormation-Validate::E2533"), Reason: jsii.String("migrating")})
	app.Synth(nil)
	b, _ := os.ReadFile(filepath.Join(out, "validation-report.json"))
	for _, want := range []string{`"conclusion": "success"`, `"suppressedViolations"`, `"acknowledgedId": "CloudFormation-Validate::E2533"`, `"reason": "migrating"`, `"acknowledgedAt": "Old"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("report lacks %s:\n%s", want, b)
		}
	}
}

func TestValidationWithoutFlagDowngrades(t *testing.T) {
	app, out := deprecatedRuntimeApp(t, map[string]interface{}{"@aws-cdk/core:validateAgainstDefaultRules": false})
	app.Synth(nil)
	b, _ := os.ReadFile(filepath.Join(out, "validation-report.json"))
	if !strings.Contains(string(b), `"severity": "warning"`) || strings.Contains(string(b), `"severity": "error"`) {
		t.Errorf("report:\n%s", b)
	}
}

// TestValidationReportGoldens compares validation-report.json with the one
// aws-cdk-lib 2.276.0 writes for the same program
// (internal/cfnvalidate/testdata/twins/<name>.js, made by that directory's
// regen.sh), without aws-cdk-lib's JavaScript stack traces.
func TestValidationReportGoldens(t *testing.T) {
	fn := func(s awscdk.Stack, id, runtime string) {
		awscdk.NewCfnResource(s, jsii.String(id), &awscdk.CfnResourceProps{Type: jsii.String("AWS::Lambda::Function"),
			Properties: &map[string]interface{}{"Runtime": runtime, "Handler": "index.handler", "Role": "arn:aws:iam::123456789012:role/lambda",
				"Code": map[string]interface{}{"S3Bucket": "my-bucket", "S3Key": "code.zip"}}})
	}
	cases := map[string]func(app awscdk.App){
		"deprecated-runtimes": func(app awscdk.App) {
			s := awscdk.NewStack(app, jsii.String("Old"), nil)
			fn(s, "Py36", "python3.6")
			fn(s, "Py36Again", "python3.6")
			fn(s, "Go1", "go1.x")
			fn(s, "Node16", "nodejs16.x")
			fn(s, "Py312", "python3.12")
		},
		"schema-findings": func(app awscdk.App) {
			s := awscdk.NewStack(app, jsii.String("Bad"), nil)
			res := func(scope constructs.Construct, id, typ string, props map[string]interface{}) awscdk.CfnResource {
				return awscdk.NewCfnResource(scope, jsii.String(id), &awscdk.CfnResourceProps{Type: jsii.String(typ), Properties: &props})
			}
			awscdk.NewCfnParameter(s, jsii.String("Unused"), &awscdk.CfnParameterProps{Type: jsii.String("String")})
			awscdk.NewCfnCondition(s, jsii.String("Never"), &awscdk.CfnConditionProps{Expression: awscdk.Fn_ConditionEquals(jsii.String("a"), jsii.String("b"))})
			group := constructs.NewConstruct(s, jsii.String("Group"))
			res(group, "Queue", "AWS::SQS::Queue", map[string]interface{}{"DelaySeconds": 1000, "MessageRetentionPeriod": 30})
			res(group, "Logs", "AWS::Logs::LogGroup", map[string]interface{}{"RetentionInDays": 2, "LogGroupClass": "COLD"})
			res(s, "Role", "AWS::IAM::Role", map[string]interface{}{"Description": "no trust policy"})
			res(s, "Topic", "AWS::SNS::Topic", map[string]interface{}{"TopicName": ""})
			subnet := res(s, "Subnet", "AWS::EC2::Subnet", map[string]interface{}{"VpcId": "vpc-12345678", "CidrBlock": "10.0.0.0/24", "AvailabilityZone": "us-east-1a"})
			res(s, "Subnet2", "AWS::EC2::Subnet", map[string]interface{}{"VpcId": "vpc-12345678", "CidrBlock": "10.0.1.0/24", "AvailabilityZone": "us-east-1a"})
			awscdk.Validations_Of(subnet).Acknowledge(&awscdk.Acknowledgment{Id: jsii.String("CloudFormation-Validate::W3010"), Reason: jsii.String("pinned on purpose")})
			awscdk.Validations_Of(group).Acknowledge(&awscdk.Acknowledgment{Id: jsii.String("CloudFormation Validate::W3030"), Reason: jsii.String("testing")})
			awscdk.Annotations_Of(group).AddWarningV2(jsii.String("my-lib:beta"), jsii.String("Group is in beta"))
			awscdk.Annotations_Of(s).AddWarningV2(jsii.String("my-lib:ignored"), jsii.String("Ignored everywhere"))
			awscdk.Annotations_Of(s).AcknowledgeWarning(jsii.String("my-lib:ignored"), nil)
			awscdk.Validations_Of(group).AddWarning(jsii.String("custom-rule"), jsii.String("a custom finding"))
			awscdk.Annotations_Of(group).AddWarning(jsii.String("a plain warning"))
		},
	}
	for name, build := range cases {
		t.Run(name, func(t *testing.T) {
			app, out := initApp(t, nil)
			build(app)
			func() {
				defer func() { recover() }() // a failing validation fails synth after writing the report
				app.Synth(nil)
			}()
			got, err := os.ReadFile(filepath.Join(out, "validation-report.json"))
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(filepath.Join("..", "internal", "cfnvalidate", "testdata", "twins", name+".json"))
			if err != nil {
				t.Fatal(err)
			}
			// Byte for byte but the final newline the regen script adds.
			if bytes.Equal(bytes.TrimSpace(want), bytes.TrimSpace(got)) {
				return
			}
			if d := golden.JSONDiff(want, got); d != "" {
				t.Errorf("validation-report.json differs from aws-cdk-lib's:\n%s", d)
			}
		})
	}
}

func TestCloudFormationValidatePlugin(t *testing.T) {
	p := awscdk.NewCloudFormationValidatePlugin(nil)
	if *p.Name() != "CloudFormation Validate" || *awscdk.CloudFormationValidatePlugin_PLUGIN_NAME() != "CloudFormation Validate" || *p.Version() != "1.14.0" || len(*p.RuleIds()) != 1 {
		t.Errorf("name %s version %s rules %v", *p.Name(), *p.Version(), *p.RuleIds())
	}
	// Registered on the App it replaces the default: one report, not two,
	// and with builtin validation off it still runs.
	app, out := deprecatedRuntimeApp(t, cdkctx.CLIContext())
	awscdk.Validations_Of(app).AddPlugins(p)
	app.Synth(nil)
	b, _ := os.ReadFile(filepath.Join(out, "validation-report.json"))
	if n := strings.Count(string(b), `"pluginName": "CloudFormation Validate"`); n != 1 {
		t.Errorf("%d CloudFormation Validate reports:\n%s", n, b)
	}
	// On its own, over a template on disk.
	dir := t.TempDir()
	tmpl := filepath.Join(dir, "S.template.json")
	os.WriteFile(tmpl, []byte(`{"Parameters":{"P":{"Type":"String"}},"Resources":{"Fn":{"Type":"AWS::Lambda::Function","Properties":{"Runtime":"python3.6","Handler":"i.h","Role":"arn:aws:iam::123456789012:role/r","Code":{"ZipFile":"x"}}}}}`), 0o644)
	rep := p.Validate(&fakeContext{stacks: []*awscdk.PolicyValidationStack{{StackConstructPath: jsii.String("S"), TemplatePath: jsii.String(tmpl)}}})
	if *rep.Success || len(*rep.Violations) != 2 {
		t.Fatalf("report %+v", rep)
	}
	e2533, w2001 := (*rep.Violations)[0], (*rep.Violations)[1]
	if *e2533.RuleName != "E2533" || *e2533.Severity != "error" || *(*e2533.ViolatingResources)[0].ResourceLogicalId != "Fn" ||
		*w2001.RuleName != "W2001" || *(*w2001.ViolatingResources)[0].ConstructPath != "S" {
		t.Errorf("violations %+v %+v", e2533, w2001)
	}
	msg := userPanic(t, func() {
		awscdk.NewCloudFormationValidatePlugin(&awscdk.CloudFormationValidatePluginProps{GuardRules: &[]*awscdk.ValidationRuleSource{{Name: jsii.String("g"), Content: jsii.String("rule x {}")}}})
	})
	if !strings.Contains(msg, "Guard") {
		t.Errorf("message %s", msg)
	}
}

type fakeContext struct {
	stacks []*awscdk.PolicyValidationStack
}

func (f *fakeContext) AccountId() *string                               { return nil }
func (f *fakeContext) Region() *string                                  { return nil }
func (f *fakeContext) AppConstruct() constructs.IConstruct              { return nil }
func (f *fakeContext) TemplatePaths() *[]*string                        { return &[]*string{} }
func (f *fakeContext) StackTemplates() *[]*awscdk.PolicyValidationStack { return &f.stacks }

// An acknowledgement moves a warning of the program's own plugin to
// suppressedViolations as well.
func TestValidationAcknowledgesPluginWarnings(t *testing.T) {
	app, out := initApp(t, nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	awscdk.NewCfnResource(s, jsii.String("Topic"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic")})
	awscdk.Validations_Of(app).AddPlugins(&warnTopics{})
	awscdk.Validations_Of(s).Acknowledge(&awscdk.Acknowledgment{Id: jsii.String("warn-plugin::no-topics"), Reason: jsii.String("known")})
	app.Synth(nil)
	b, _ := os.ReadFile(filepath.Join(out, "validation-report.json"))
	for _, want := range []string{`"pluginName": "warn-plugin"`, `"suppressedViolations"`, `"acknowledgedId": "warn-plugin::no-topics"`, `"constructPath": "S/Topic"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("report lacks %s:\n%s", want, b)
		}
	}
}

type warnTopics struct{}

func (*warnTopics) Name() *string       { return jsii.String("warn-plugin") }
func (*warnTopics) Version() *string    { return jsii.String("1.0.0") }
func (*warnTopics) RuleIds() *[]*string { return &[]*string{jsii.String("no-topics")} }
func (*warnTopics) Validate(c awscdk.IPolicyValidationContext) *awscdk.PolicyValidationPluginReport {
	return &awscdk.PolicyValidationPluginReport{Success: jsii.Bool(true), Violations: &[]*awscdk.PolicyViolation{{
		RuleName: jsii.String("no-topics"), Description: jsii.String("topics are discouraged"), Severity: jsii.String("warning"),
		ViolatingResources: &[]*awscdk.PolicyViolatingResource{{ResourceLogicalId: jsii.String("Topic"), TemplatePath: (*c.TemplatePaths())[0], Locations: jsii.Strings()}},
	}}}
}
