package main

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/jsii"
)

// The test `cdk init sample-app` writes, with the assertions it makes read
// from the synthesized template (Strata has no assertions module yet).
func TestHelloSqsStack(t *testing.T) {
	// GIVEN
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(t.TempDir())})

	// WHEN
	stack := NewHelloSqsStack(app, "MyStack", nil)

	// THEN
	template := app.Synth(nil).GetStackArtifact(stack.ArtifactId()).Template().(map[string]interface{})
	resources := template["Resources"].(map[string]interface{})
	count := map[string]int{}
	var visibility interface{}
	for _, r := range resources {
		r := r.(map[string]interface{})
		count[r["Type"].(string)]++
		if r["Type"] == "AWS::SQS::Queue" {
			visibility = r["Properties"].(map[string]interface{})["VisibilityTimeout"]
		}
	}
	if visibility != float64(300) {
		t.Errorf("queue VisibilityTimeout = %v, want 300", visibility)
	}
	for typ, want := range map[string]int{"AWS::SNS::Topic": 1, "AWS::SQS::Queue": 1, "AWS::SQS::QueuePolicy": 1, "AWS::SNS::Subscription": 1} {
		if count[typ] != want {
			t.Errorf("%d resources of type %s, want %d", count[typ], typ, want)
		}
	}
}
