package toolkit

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/strata-cdk/strata/internal/deploy"
)

// A synth replaces the assembly directory but keeps its deploy journal:
// the record of an interrupted deployment outlives the next synth.
func TestSynthesizeKeepsDeployJournal(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("STRATA_IGNORE_USER_CONFIG", "1")
	cdkJSON, _ := json.Marshal(map[string]interface{}{"app": `cp -r ` + fixtureDir(t, "v1") + `/. "$CDK_OUTDIR"`})
	os.WriteFile(filepath.Join(dir, "cdk.json"), cdkJSON, 0o644)
	os.MkdirAll(filepath.Join(dir, "cdk.out"), 0o755)
	os.WriteFile(filepath.Join(dir, "cdk.out", "stale.template.json"), []byte("{}"), 0o644)
	p, err := LoadProject(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := p.JournalPath(""), filepath.Join(dir, "cdk.out", deploy.JournalFile); got != want {
		t.Errorf("JournalPath = %s, want %s", got, want)
	}
	j := deploy.OpenJournal(p.JournalPath(""), "")
	if err := j.Put(deploy.JournalEntry{StackName: "StrataE2EStack", Region: "us-east-1", Operation: "UPDATE_STACK"}); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Synthesize(context.Background(), SynthOptions{}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "cdk.out", "stale.template.json")); err == nil {
		t.Errorf("the old assembly was not replaced")
	}
	es, err := j.Entries()
	if err != nil || len(es) != 1 || es[0].Operation != "UPDATE_STACK" {
		t.Errorf("journal after synth: %+v %v", es, err)
	}
}
