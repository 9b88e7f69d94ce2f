package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"

	"github.com/strata-cdk/strata/internal/deploy"
	"github.com/strata-cdk/strata/internal/toolkit"
)

// cdk drift's report: resources by construct path, property differences
// as a tree, the summary line; in-sync and unchecked resources only with -v.
func TestRenderDrift(t *testing.T) {
	var tmpl map[string]interface{}
	_ = json.Unmarshal([]byte(`{"Resources":{
		"JobsDF1CC2D4":{"Type":"AWS::SQS::Queue","Metadata":{"aws:cdk:path":"App/Jobs/Resource"}},
		"EventsD32975C2":{"Type":"AWS::SNS::Topic","Metadata":{"aws:cdk:path":"App/Events/Resource"}},
		"Fn9270CBC0":{"Type":"AWS::Lambda::Function","Metadata":{"aws:cdk:path":"App/Fn/Resource"}},
		"Role":{"Type":"AWS::IAM::Role"},
		"CDKMetadata":{"Type":"AWS::CDK::Metadata"}}}`), &tmpl)
	st := &toolkit.Stack{DisplayName: "App", StackName: "App", Template: tmpl}
	drifts := []deploy.ResourceDrift{
		{LogicalID: "JobsDF1CC2D4", Type: "AWS::SQS::Queue", Status: "MODIFIED", Differences: []deploy.PropertyDifference{
			{Path: "/VisibilityTimeout", Kind: "NOT_EQUAL", Expected: aws.String("30"), Actual: aws.String("60")},
			{Path: "/Tags/0", Kind: "ADD", Actual: aws.String(`{"Key":"x"}`)},
		}},
		{LogicalID: "EventsD32975C2", Type: "AWS::SNS::Topic", Status: "DELETED"},
		{LogicalID: "Fn9270CBC0", Type: "AWS::Lambda::Function", Status: "IN_SYNC"},
		{LogicalID: "Role", Type: "AWS::IAM::Role", Status: "UNKNOWN"},
	}
	var b strings.Builder
	n, u := renderDrift(&b, st, drifts, false, false)
	want := "Stack App\n\n" +
		"Modified Resources\n" +
		"[~] AWS::SQS::Queue Jobs JobsDF1CC2D4\n" +
		" ├─ [~] /VisibilityTimeout\n" +
		"     ├─ [-] 30\n" +
		"     └─ [+] 60\n" +
		" └─ [+] /Tags/0\n\n\n" +
		"Deleted Resources\n" +
		"[-] AWS::SNS::Topic Events EventsD32975C2\n\n\n" +
		"\n2 resources have drifted from their expected configuration\n\n"
	if b.String() != want || n != 2 || u != 1 {
		t.Errorf("got (%d drifted, %d unchecked):\n%s\nwant:\n%s", n, u, b.String(), want)
	}
	b.Reset()
	renderDrift(&b, st, drifts[2:3], true, false)
	want = "Stack App\n\n" +
		"Resources In Sync\n[ ] AWS::Lambda::Function Fn Fn9270CBC0\n\n\n" +
		"Unchecked Resources\n[ ] AWS::SNS::Topic Events EventsD32975C2\n[ ] AWS::SQS::Queue Jobs JobsDF1CC2D4\n[ ] AWS::IAM::Role Role\n\n\n" +
		"No drift detected\n\n"
	if b.String() != want {
		t.Errorf("verbose, no drift:\n%s\nwant:\n%s", b.String(), want)
	}
}
