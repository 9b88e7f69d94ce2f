package sdkiam

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestEventsTargetClientCoversMetadata checks EventsTargetAction knows
// exactly the clients of aws-cdk-lib's sdk-v3-metadata.json, with their
// prefixes.
func TestEventsTargetClientCoversMetadata(t *testing.T) {
	home, _ := os.UserHomeDir()
	b, err := os.ReadFile(filepath.Join(home, ".cache", "strata-parity", "aws-cdk-lib-2.276.0", "node_modules", "aws-cdk-lib", "custom-resources", "lib", "helpers-internal", "sdk-v3-metadata.json"))
	if err != nil {
		t.Skip("aws-cdk-lib 2.276.0 is not installed")
	}
	var meta map[string]struct {
		IamPrefix string `json:"iamPrefix"`
	}
	if err := json.Unmarshal(b, &meta); err != nil {
		t.Fatal(err)
	}
	for k, v := range meta {
		want := v.IamPrefix
		if want == "" {
			want = k
		}
		if got, ok := EventsTargetAction(k, "getThing"); !ok || got != want+":GetThing" {
			t.Errorf("EventsTargetAction(%q) = %q, %v; want %q", k, got, ok, want+":GetThing")
		}
	}
	if _, ok := EventsTargetAction("nosuchservice", "x"); ok {
		t.Error("an unknown service must not be found")
	}
	if got, _ := EventsTargetAction("ECS", "runTask"); got != "ecs:RunTask" {
		t.Errorf("ECS runTask = %q", got)
	}
}
