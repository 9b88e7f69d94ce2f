package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/jsii"
)

func synth(t *testing.T) map[string]interface{} {
	t.Helper()
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(t.TempDir())})
	stack := NewThumbingServerlessCdkStack(app, "ThumbingServerlessCdkStack", &ThumbingServerlessCdkStackProps{awscdk.StackProps{Env: env()}})
	return app.Synth(nil).GetStackArtifact(stack.ArtifactId()).Template().(map[string]interface{})
}

func resourcesOfType(tmpl map[string]interface{}, typ string) []map[string]interface{} {
	var out []map[string]interface{}
	for _, r := range tmpl["Resources"].(map[string]interface{}) {
		if r := r.(map[string]interface{}); r["Type"] == typ {
			out = append(out, r)
		}
	}
	return out
}

func props(r map[string]interface{}) string {
	b, _ := json.Marshal(r["Properties"])
	return string(b)
}

func TestThumbingStack(t *testing.T) {
	tmpl := synth(t)

	for typ, want := range map[string]int{
		"AWS::S3::Bucket": 1, "Custom::S3BucketNotifications": 2, "AWS::Lambda::Permission": 1,
		"AWS::SNS::Topic": 1, "AWS::SNS::Subscription": 1, "AWS::SNS::TopicPolicy": 1,
		// the thumbnail function and the built-in notifications handler
		"AWS::Lambda::Function": 2,
	} {
		if got := len(resourcesOfType(tmpl, typ)); got != want {
			t.Errorf("%d resources of type %s, want %d", got, typ, want)
		}
	}

	// Originals under original/ in the uploads bucket go to the function;
	// thumbnails under avatars in the imported assets bucket to the topic.
	var lambdaNote, topicNote string
	for _, r := range resourcesOfType(tmpl, "Custom::S3BucketNotifications") {
		p := props(r)
		switch {
		case strings.Contains(p, "LambdaFunctionConfigurations"):
			lambdaNote = p
		case strings.Contains(p, "TopicConfigurations"):
			topicNote = p
		}
	}
	for _, want := range []string{`"Name":"prefix","Value":"original/"`, `"Events":["s3:ObjectCreated:Put"]`, `"Managed":true`} {
		if !strings.Contains(lambdaNote, want) {
			t.Errorf("uploads bucket notification lacks %s: %s", want, lambdaNote)
		}
	}
	for _, want := range []string{`"Name":"prefix","Value":"avatars"`, `"BucketName":"assets.cruddur.com"`, `"Managed":false`} {
		if !strings.Contains(topicNote, want) {
			t.Errorf("assets bucket notification lacks %s: %s", want, topicNote)
		}
	}

	sub := props(resourcesOfType(tmpl, "AWS::SNS::Subscription")[0])
	if !strings.Contains(sub, `"Endpoint":"https://api.cruddur.com/webhooks/avatar"`) || !strings.Contains(sub, `"Protocol":"https"`) {
		t.Errorf("webhook subscription: %s", sub)
	}

	// The function may read and write objects in both buckets.
	var policies []string
	for _, r := range resourcesOfType(tmpl, "AWS::IAM::Policy") {
		policies = append(policies, props(r))
	}
	all := strings.Join(policies, "\n")
	for _, want := range []string{`":s3:::assets.cruddur.com/*"`, `["s3:GetObject","s3:PutObject"]`} {
		if !strings.Contains(all, want) {
			t.Errorf("no policy has %s:\n%s", want, all)
		}
	}
}

// The stack takes its settings from the environment, as the original does
// from its .env file.
func TestThumbingStackReadsEnvironment(t *testing.T) {
	t.Setenv("THUMBING_TOPIC_NAME", "my-assets")
	t.Setenv("THUMBING_S3_FOLDER_INPUT", "")
	tmpl := synth(t)
	if p := props(resourcesOfType(tmpl, "AWS::SNS::Topic")[0]); !strings.Contains(p, `"TopicName":"my-assets"`) {
		t.Errorf("topic name from THUMBING_TOPIC_NAME: %s", p)
	}
	for _, r := range resourcesOfType(tmpl, "Custom::S3BucketNotifications") {
		// An empty prefix is no filter at all, as in aws-cdk-lib.
		if p := props(r); strings.Contains(p, "LambdaFunctionConfigurations") && strings.Contains(p, "Filter") {
			t.Errorf("empty THUMBING_S3_FOLDER_INPUT should mean no filter: %s", p)
		}
	}
}
