package awscdk_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/cdkctx"
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
