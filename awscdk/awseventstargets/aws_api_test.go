package awseventstargets_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awseventstargets"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsevents"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// The AwsApi function runs Strata's own handler code: its asset key is the
// one allowed difference.
func TestAwsApiTemplate(t *testing.T) {
	golden.CheckTemplates(t, map[string]func(s awscdk.Stack){
		"AwsApi": func(s awscdk.Stack) {
			rule := every5(s, "Rule")
			rule.AddTarget(awseventstargets.NewAwsApi(&awseventstargets.AwsApiProps{
				Service: jsii.String("ECS"), Action: jsii.String("updateService"),
				Parameters:        map[string]interface{}{"service": "svc", "desiredCount": 1, "cluster": "c"},
				CatchErrorPattern: jsii.String("^Throttling"), ApiVersion: jsii.String("2014-11-13"),
			}))
			rule.AddTarget(awseventstargets.NewAwsApi(&awseventstargets.AwsApiProps{
				Service: jsii.String("RDS"), Action: jsii.String("StopDBInstance"),
				Parameters: map[string]interface{}{"DBInstanceIdentifier": "db"},
			}))
			every5(s, "Other").AddTarget(awseventstargets.NewAwsApi(&awseventstargets.AwsApiProps{
				Service: jsii.String("CloudWatchLogs"), Action: jsii.String("putRetentionPolicy"),
				PolicyStatement: awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
					Actions: jsii.Strings("logs:PutRetentionPolicy"), Resources: jsii.Strings("arn:aws:logs:*:*:log-group:x")}),
			}))
		},
	}, nil, assetOf("AWSb4cf1abd4e4f4bc699441af7ccd9ec371511E620"))
}

// assetOf replaces aws-cdk-lib's asset key of function fn by Strata's.
func assetOf(fn string) golden.Normalize {
	return func(t *testing.T, want, got []byte) []byte {
		key := func(b []byte) string {
			var doc map[string]interface{}
			if json.Unmarshal(b, &doc) != nil {
				return ""
			}
			r, _ := doc["Resources"].(map[string]interface{})[fn].(map[string]interface{})
			p, _ := r["Properties"].(map[string]interface{})
			c, _ := p["Code"].(map[string]interface{})
			k, _ := c["S3Key"].(string)
			return k
		}
		if theirs, ours := key(want), key(got); theirs != "" && ours != "" {
			return []byte(strings.ReplaceAll(string(want), theirs, ours))
		}
		return want
	}
}

// An unknown service with no statement has no IAM action to grant:
// aws-cdk-lib fails with a TypeError, Strata with the construct's path.
func TestAwsApiUnknownServiceNeedsStatement(t *testing.T) {
	err := synthErr(t, func(app awscdk.App) {
		every5(awscdk.NewStack(app, jsii.String("S"), nil), "R").AddTarget(awseventstargets.NewAwsApi(&awseventstargets.AwsApiProps{
			Service: jsii.String("NoSuch"), Action: jsii.String("x")}))
	})
	if err == nil || !strings.Contains(err.Error(), "S/R/RTarget0Handler") || !strings.Contains(err.Error(), "policyStatement") {
		t.Fatalf("got %v", err)
	}
	err = synthErr(t, func(app awscdk.App) {
		every5(awscdk.NewStack(app, jsii.String("S"), nil), "R").AddTarget(awseventstargets.NewAwsApi(nil))
	})
	if err == nil || !strings.Contains(err.Error(), "service and action are required") {
		t.Fatalf("nil props: got %v", err)
	}
}

// TestAwsAPITargetHandler runs the handler's unit tests with node.
func TestAwsAPITargetHandler(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	if out, err := exec.Command(node, "--test", "testdata/awsapitarget.test.js").CombinedOutput(); err != nil {
		t.Fatalf("node --test: %v\n%s", err, out)
	}
}

// TestAwsAPITargetTableIsFresh: the handler's service table is the
// AwsCustomResource handler's (go generate copies it).
func TestAwsAPITargetTableIsFresh(t *testing.T) {
	a, err := os.ReadFile("awsapitarget/sdk-v2-to-v3.json")
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile("../../internal/handlers/awscustomresource/sdk-v2-to-v3.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("awsapitarget/sdk-v2-to-v3.json is stale: run go generate")
	}
}

var _ awsevents.IRuleTarget = awseventstargets.NewAwsApi(nil)

type customLogInput struct {
	awseventstargets.LogGroupTargetInput
}

func (customLogInput) Bind(rule interfacesawsevents.IRuleRef) *awsevents.RuleTargetInputProperties {
	return &awsevents.RuleTargetInputProperties{InputTemplate: jsii.String(`{"timestamp":<time>,"message":"m"}`), InputPathsMap: &map[string]*string{"time": jsii.String("$.time")}}
}

// A user's LogGroupTargetInput type renders through its own Bind.
func TestLogGroupTargetInputOverride(t *testing.T) {
	in := &customLogInput{}
	awseventstargets.NewLogGroupTargetInput_Override(in)
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	every5(s, "R").AddTarget(awseventstargets.NewCloudWatchLogGroup(awslogs.NewLogGroup(s, jsii.String("L"), nil), &awseventstargets.LogGroupProps{LogEvent: in}))
	tpl, _ := json.Marshal(app.Synth(nil).GetStackArtifact(jsii.String("S")).Template())
	if !strings.Contains(string(tpl), `\"message\":\"m\"`) {
		t.Fatalf("custom input not rendered: %s", tpl)
	}
}
