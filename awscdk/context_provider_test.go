package awscdk_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/cloudassemblyschema"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

const contextExpected = "testdata/expected/context_provider"

// TestContextProviderMatchesAwsCdkLib is the program of
// twins/context_provider.js: templates and the manifest's "missing" list.
func TestContextProviderMatchesAwsCdkLib(t *testing.T) {
	app, outdir := initApp(t, map[string]interface{}{
		"availability-zones:account=123456789012:region=eu-west-1":          []interface{}{"eu-west-1a", "eu-west-1b", "eu-west-1c"},
		"ssm:account=123456789012:parameterName=/app/name:region=eu-west-1": "from-context",
		"aws:cdk:availability-zones:fallback":                               []interface{}{"fb-1", "fb-2"},
	})
	lookups := func(s awscdk.Stack, param string) {
		awscdk.NewCfnResource(s, jsii.String("Topic"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic")})
		awscdk.NewCfnOutput(s, jsii.String("AZs"), &awscdk.CfnOutputProps{Value: awscdk.Fn_Join(jsii.String(","), s.AvailabilityZones())})
		ssm := awscdk.ContextProvider_GetValue(s, &awscdk.GetContextValueOptions{Provider: jsii.String("ssm"),
			Props: &map[string]interface{}{"parameterName": param}, DummyValue: "dummy-value-for-" + param})
		awscdk.NewCfnOutput(s, jsii.String("Ssm"), &awscdk.CfnOutputProps{Value: jsii.String(ssm.Value.(string))})
	}
	env := func(region string) *awscdk.StackProps {
		return &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("123456789012"), Region: jsii.String(region)}}
	}

	s := awscdk.NewStack(app, jsii.String("Lookups"), env("us-east-1"))
	lookups(s, "my:param$x")
	q := awscdk.ContextProvider_GetValue(s, &awscdk.GetContextValueOptions{
		Provider:           jsii.String("plugin"),
		Props:              &map[string]interface{}{"pluginName": "p", "limit": 3, "nested": map[string]interface{}{"b": true, "a": "x"}, "tags": jsii.Strings("t1", "t2")},
		DummyValue:         []interface{}{"a", "b"},
		MustExist:          jsii.Bool(false),
		AdditionalCacheKey: jsii.String("ck"),
		IncludeEnvironment: jsii.Bool(false),
	})
	var vals []*string
	for _, v := range q.Value.([]interface{}) {
		vals = append(vals, jsii.String(v.(string)))
	}
	awscdk.NewCfnOutput(s, jsii.String("Plugin"), &awscdk.CfnOutputProps{Value: awscdk.Fn_Join(jsii.String(","), &vals)})
	k := awscdk.ContextProvider_GetKey(s, &awscdk.GetContextKeyOptions{Provider: jsii.String("hosted-zone"),
		Props: &map[string]interface{}{"domainName": "example.com", "privateZone": false}})
	awscdk.NewCfnOutput(s, jsii.String("Key"), &awscdk.CfnOutputProps{Value: k.Key})
	again := awscdk.ContextProvider_GetValue(s, &awscdk.GetContextValueOptions{Provider: jsii.String("ssm"),
		Props: &map[string]interface{}{"parameterName": "my:param$x"}, DummyValue: "other", IgnoreErrorOnMissingContext: jsii.Bool(true)})
	awscdk.NewCfnOutput(s, jsii.String("Again"), &awscdk.CfnOutputProps{Value: jsii.String(again.Value.(string))})

	lookups(awscdk.NewStack(app, jsii.String("Supplied"), env("eu-west-1")), "/app/name")

	ag := awscdk.NewStack(app, jsii.String("Agnostic"), nil)
	awscdk.NewCfnResource(ag, jsii.String("Topic"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic")})
	awscdk.NewCfnOutput(ag, jsii.String("AZs"), &awscdk.CfnOutputProps{Value: awscdk.Fn_Join(jsii.String(","), ag.AvailabilityZones())})

	app.Synth(nil)
	for _, id := range []string{"Lookups", "Supplied", "Agnostic"} {
		sameFile(t, filepath.Join(outdir, id+".template.json"), filepath.Join(contextExpected, id+".template.json"))
	}
	var manifest struct {
		Missing json.RawMessage `json:"missing"`
	}
	b, err := os.ReadFile(filepath.Join(outdir, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &manifest); err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := json.Indent(&got, manifest.Missing, "", "  "); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(contextExpected, "missing.json"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(got.String()) != strings.TrimSpace(string(want)) {
		t.Errorf("manifest missing list differs from aws-cdk-lib's:\n--- ours\n%s\n--- aws-cdk-lib\n%s", got.String(), want)
	}
}

func TestContextProviderErrors(t *testing.T) {
	app, _ := initApp(t, nil)
	agnostic := awscdk.NewStack(app, jsii.String("Agnostic"), nil)
	msg := userPanic(t, func() {
		awscdk.ContextProvider_GetValue(agnostic, &awscdk.GetContextValueOptions{Provider: jsii.String("ssm"), DummyValue: "x"})
	})
	if !strings.Contains(msg, "Agnostic") || !strings.Contains(msg, "account/region are not specified at the stack level") {
		t.Errorf("agnostic lookup: %s", msg)
	}
	s := awscdk.NewStack(app, jsii.String("Env"), &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("eu-west-1")}})
	msg = userPanic(t, func() {
		awscdk.ContextProvider_GetValue(s, &awscdk.GetContextValueOptions{Provider: jsii.String("ssm"), DummyValue: "x", MustExist: jsii.Bool(true), IgnoreErrorOnMissingContext: jsii.Bool(false)})
	})
	if !strings.Contains(msg, "Only supply one of 'mustExist' and 'ignoreErrorOnMissingContext'") {
		t.Errorf("both options: %s", msg)
	}
	topic := awscdk.NewCfnResource(s, jsii.String("T"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic")})
	msg = userPanic(t, func() {
		awscdk.ContextProvider_GetKey(s, &awscdk.GetContextKeyOptions{Provider: jsii.String("ssm"), Props: &map[string]interface{}{"name": topic.Ref()}})
	})
	if !strings.Contains(msg, "Cannot determine scope for context provider ssm") {
		t.Errorf("token in props: %s", msg)
	}
}

func TestContextProviderError(t *testing.T) {
	key := "ssm:account=111111111111:parameterName=p:region=eu-west-1"
	app, _ := initApp(t, map[string]interface{}{key: map[string]interface{}{"$providerError": "parameter p not found"}})
	s := awscdk.NewStack(app, jsii.String("S"), &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("eu-west-1")}})
	v := awscdk.ContextProvider_GetValue(s, &awscdk.GetContextValueOptions{Provider: jsii.String("ssm"), Props: &map[string]interface{}{"parameterName": "p"}, DummyValue: "dummy"})
	if v.Value != "dummy" {
		t.Fatalf("value %v, want the dummy value", v.Value)
	}
	var types []string
	for _, m := range *s.Node().Metadata() {
		types = append(types, *m.Type)
	}
	if !strings.Contains(strings.Join(types, ","), "aws:cdk:error") || !strings.Contains(strings.Join(types, ","), "aws:cdk:error-code") {
		t.Errorf("metadata %v lacks the provider error", types)
	}
}

func TestReportMissingContextKey(t *testing.T) {
	app, outdir := initApp(t, nil)
	s := awscdk.NewStack(app, jsii.String("S"), &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("eu-west-1")}})
	awscdk.NewCfnResource(s, jsii.String("T"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic")})
	s.ReportMissingContextKey(&cloudassemblyschema.MissingContext{Key: jsii.String("k1"), Provider: cloudassemblyschema.ContextProvider_VPC_PROVIDER,
		Props: map[string]interface{}{"region": "eu-west-1", "account": "111111111111"}})
	app.Synth(nil)
	b, _ := os.ReadFile(filepath.Join(outdir, "manifest.json"))
	want := `"missing": [
    {
      "key": "k1",
      "provider": "vpc-provider",
      "props": {
        "account": "111111111111",
        "region": "eu-west-1",
        "lookupRoleArn": "arn:${AWS::Partition}:iam::111111111111:role/cdk-hnb659fds-lookup-role-111111111111-eu-west-1"`
	if !strings.Contains(string(b), want) {
		t.Errorf("manifest lacks the missing entry:\n%s", b)
	}
}

// userPanic runs f and returns the message of the user error it panics with.
func userPanic(t *testing.T, f func()) (msg string) {
	t.Helper()
	defer func() {
		r := recover()
		err, ok := r.(error)
		if !ok || !diag.IsUserError(err) {
			t.Fatalf("want a user error, got %v", r)
		}
		msg = err.Error()
	}()
	f()
	return ""
}
