package templatediff

import (
	"encoding/json"
	"strings"
	"testing"
)

// The change set's verdicts replace the template diff's predictions, hide
// deploy-time differences it does not confirm, and add what only it sees.
func TestApplyChangeSet(t *testing.T) {
	var old, new map[string]interface{}
	_ = json.Unmarshal([]byte(`{"Resources":{
		"Q":{"Type":"AWS::SQS::Queue","Properties":{"QueueName":"a","VisibilityTimeout":30}},
		"S":{"Type":"AWS::SNS::Subscription","Properties":{"Protocol":"sqs","TopicArn":{"Ref":"T"},"Endpoint":{"Fn::GetAtt":["Q","Arn"]}}},
		"P":{"Type":"AWS::SQS::QueuePolicy","Properties":{"Queues":[{"Ref":"Q"}],"PolicyDocument":{"Statement":[]}}},
		"F":{"Type":"AWS::Lambda::Function","Properties":{"FunctionName":"f1","MemorySize":128},"Metadata":{"x":1}},
		"T":{"Type":"AWS::SNS::Topic"},
		"Param":{"Type":"AWS::SQS::Queue","Properties":{"DelaySeconds":"{{resolve:ssm:/d}}"}}}}`), &old)
	_ = json.Unmarshal([]byte(`{"Resources":{
		"Q":{"Type":"AWS::SQS::Queue","Properties":{"QueueName":"b","VisibilityTimeout":30}},
		"S":{"Type":"AWS::SNS::Subscription","Properties":{"Protocol":"sqs","TopicArn":{"Ref":"T"},"Endpoint":{"Fn::GetAtt":["Q","Arn"]}}},
		"P":{"Type":"AWS::SQS::QueuePolicy","Properties":{"Queues":[{"Ref":"Q"}],"PolicyDocument":{"Statement":[]}}},
		"F":{"Type":"AWS::Lambda::Function","Properties":{"FunctionName":"f2","MemorySize":256},"Metadata":{"x":2}},
		"T":{"Type":"AWS::SNS::Topic"},
		"Param":{"Type":"AWS::SQS::Queue","Properties":{"DelaySeconds":"{{resolve:ssm:/d}}"}}}}`), &new)
	d := Compare(old, new)
	// The template diff predicts the knock-on replacement of S (its
	// Endpoint names the replaced queue) and a change to P's Queues.
	got := map[string]ResourceChange{}
	for _, r := range d.Resources {
		got[r.LogicalID] = r
	}
	if got["S"].Replacement != "always" || got["F"].Replacement != "always" {
		t.Fatalf("template diff: S %q, F %q", got["S"].Replacement, got["F"].Replacement)
	}
	d.ApplyChangeSet([]ChangeSetResource{
		{LogicalID: "Q", Type: "AWS::SQS::Queue", Action: "Modify", Properties: map[string]string{"QueueName": "Always"}},
		{LogicalID: "S", Type: "AWS::SNS::Subscription", Action: "Modify", Properties: map[string]string{"Endpoint": "Conditionally"}},
		// CloudFormation says renaming this function is done in place.
		{LogicalID: "F", Type: "AWS::Lambda::Function", Action: "Modify", Properties: map[string]string{"FunctionName": "Never", "MemorySize": "Never"}},
		// Only the change set sees the parameter's new value.
		{LogicalID: "Param", Type: "AWS::SQS::Queue", Action: "Modify", Properties: map[string]string{"DelaySeconds": "Never"}},
		{LogicalID: "CDKMetadata", Type: "AWS::CDK::Metadata", Action: "Modify"},
	}, new)
	got = map[string]ResourceChange{}
	var ids []string
	for _, r := range d.Resources {
		got[r.LogicalID] = r
		ids = append(ids, r.LogicalID)
	}
	if strings.Join(ids, ",") != "F,Param,Q,S" {
		t.Errorf("resources %v, want F,Param,Q,S (P's deploy-time difference is not confirmed)", ids)
	}
	if r := got["Q"]; r.Replacement != "always" || !r.DestroysData {
		t.Errorf("Q: %+v", r)
	}
	if r := got["S"]; r.Replacement != "conditional" || len(r.Properties) != 1 || r.Properties[0].Replacement != "conditional" {
		t.Errorf("S: %+v", r)
	}
	if r := got["F"]; r.Replacement != "" || len(r.Attributes) != 0 || len(r.Properties) != 2 {
		t.Errorf("F: in place, Metadata dropped: %+v", r)
	}
	if r := got["Param"]; r.Kind != Modified || len(r.Properties) != 1 || r.Properties[0].Name != "DelaySeconds" {
		t.Errorf("Param: %+v", r)
	}
	var b strings.Builder
	d.Render(&b, Style{})
	for _, want := range []string{
		"[~] AWS::SNS::Subscription S S may be replaced",
		" └─ [~] Endpoint (may cause replacement)",
		"[~] AWS::SQS::Queue Param Param\n └─ [~] DelaySeconds\n",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("rendered diff lacks %q:\n%s", want, b.String())
		}
	}
}
