package toolkit

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func decode(t *testing.T, s string) map[string]interface{} {
	t.Helper()
	var m map[string]interface{}
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// What a hotswap applied is laid over the deployed template: the applied
// properties replace the deployed ones, a property the hotswap removed is
// gone, and the rest (MemorySize, not hotswappable) stays as deployed.
func TestHotswapCacheOverlay(t *testing.T) {
	deployed := decode(t, `{"Resources":{"Fn":{"Type":"AWS::Lambda::Function","Properties":{"Code":{"S3Key":"v1.zip"},"Description":"old","MemorySize":128}},"Q":{"Type":"AWS::SQS::Queue"}}}`)
	local := decode(t, `{"Resources":{"Fn":{"Type":"AWS::Lambda::Function","Properties":{"Code":{"S3Key":"v2.zip"},"MemorySize":256}},"Q":{"Type":"AWS::SQS::Queue"}}}`)
	rec := &hotswapRecord{Applied: appliedAfter(nil, local, []string{"Fn"})}
	running, err := rec.overlay(deployed)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := json.Marshal(running)
	want := `{"Resources":{"Fn":{"Properties":{"Code":{"S3Key":"v2.zip"},"MemorySize":128},"Type":"AWS::Lambda::Function"},"Q":{"Type":"AWS::SQS::Queue"}}}`
	if string(got) != want {
		t.Errorf("running:\n%s\nwant\n%s", got, want)
	}
	if b, _ := json.Marshal(deployed); string(b) == want {
		t.Errorf("the deployed template was changed in place")
	}
	// Against what runs, only MemorySize differs.
	s := &Stack{Template: local}
	d := s.compare(running)
	if len(d.Resources) != 1 || len(d.Resources[0].Properties) != 1 || d.Resources[0].Properties[0].Name != "MemorySize" {
		t.Errorf("diff against what runs: %+v", d.Resources)
	}
}

// A record counts only while CloudFormation has not touched the stack:
// same stack ID, last update and deployed template.
func TestHotswapCacheStaleness(t *testing.T) {
	c := &hotswapCache{path: filepath.Join(t.TempDir(), "cdk.out", HotswapCacheFile)}
	at := time.Date(2026, 12, 6, 20, 0, 0, 0, time.UTC)
	state := deployedState{StackID: "arn:stack/S/1", LastUpdated: at, TemplateSHA256: "abc"}
	if c.lookup("S", "us-east-1", state) != nil {
		t.Fatal("record in an empty cache")
	}
	if err := c.store(hotswapRecord{StackName: "S", Region: "us-east-1", StackID: state.StackID, LastUpdated: at, TemplateSHA256: "abc",
		Applied: map[string]map[string]json.RawMessage{"Fn": {"Code": json.RawMessage(`{"S3Key":"v2.zip"}`)}}}); err != nil {
		t.Fatal(err)
	}
	r := c.lookup("S", "us-east-1", state)
	if r == nil {
		t.Fatal("no record")
	}
	var buf bytes.Buffer
	if err := json.Compact(&buf, r.Applied["Fn"]["Code"]); err != nil || buf.String() != `{"S3Key":"v2.zip"}` {
		t.Fatalf("record: %s %v", buf.String(), err)
	}
	for name, st := range map[string]deployedState{
		"stack replaced":    {StackID: "arn:stack/S/2", LastUpdated: at, TemplateSHA256: "abc"},
		"stack updated":     {StackID: state.StackID, LastUpdated: at.Add(time.Minute), TemplateSHA256: "abc"},
		"template deployed": {StackID: state.StackID, LastUpdated: at, TemplateSHA256: "def"},
	} {
		if c.lookup("S", "us-east-1", st) != nil {
			t.Errorf("%s: record still used", name)
		}
	}
	if c.lookup("S", "eu-west-1", state) != nil {
		t.Errorf("record of another region used")
	}
	os.WriteFile(c.path, []byte("{"), 0o644)
	if c.lookup("S", "us-east-1", state) != nil {
		t.Errorf("a damaged cache must count as empty")
	}
}
