package main

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/jsii"
)

func resources(t *testing.T, version int) map[string]map[string]interface{} {
	t.Helper()
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(t.TempDir())})
	stack := NewPhotoQueueStack(app, "PhotoQueueStack", &PhotoQueueStackProps{Version: version})
	tmpl := app.Synth(nil).GetStackArtifact(stack.ArtifactId()).Template().(map[string]interface{})
	out := map[string]map[string]interface{}{}
	for id, r := range tmpl["Resources"].(map[string]interface{}) {
		out[id] = r.(map[string]interface{})
	}
	return out
}

func count(rs map[string]map[string]interface{}) map[string]int {
	n := map[string]int{}
	for _, r := range rs {
		n[r["Type"].(string)]++
	}
	return n
}

func TestPhotoQueueStack(t *testing.T) {
	for _, tc := range []struct {
		version    int
		queues     int
		visibility float64
	}{
		{version: 1, queues: 1, visibility: 30},
		{version: 2, queues: 2, visibility: 90},
	} {
		rs := resources(t, tc.version)
		n := count(rs)
		for typ, want := range map[string]int{
			"AWS::S3::Bucket": 1, "AWS::SQS::Queue": tc.queues, "AWS::SNS::Topic": 1, "AWS::SNS::Subscription": 1,
			"AWS::Lambda::Function": 1, "AWS::IAM::Role": 1, "AWS::IAM::Policy": 1,
		} {
			if n[typ] != want {
				t.Errorf("version %d: %d resources of type %s, want %d", tc.version, n[typ], typ, want)
			}
		}
		jobs := rs["JobsDF1CC2D4"]
		if jobs == nil {
			t.Fatalf("version %d: no Jobs queue JobsDF1CC2D4", tc.version)
		}
		props := jobs["Properties"].(map[string]interface{})
		if props["VisibilityTimeout"] != tc.visibility {
			t.Errorf("version %d: Jobs VisibilityTimeout = %v, want %v", tc.version, props["VisibilityTimeout"], tc.visibility)
		}
		if _, ok := props["RedrivePolicy"]; ok != (tc.version == 2) {
			t.Errorf("version %d: Jobs RedrivePolicy present = %v", tc.version, ok)
		}
	}
}
