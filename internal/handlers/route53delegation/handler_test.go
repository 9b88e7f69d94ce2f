package route53delegation

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestHandler runs the handler's unit tests (index.test.js) with node's
// test runner against a stubbed EC2 client; it skips without node.
func TestHandler(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	out, err := exec.Command(node, "--test", "index.test.js").CombinedOutput()
	if err != nil {
		t.Fatalf("node --test index.test.js: %v\n%s", err, out)
	}
}

// TestDirHoldsOnlyTheHandler checks what the provider's code asset holds.
func TestDirHoldsOnlyTheHandler(t *testing.T) {
	d := Dir()
	entries, err := os.ReadDir(d)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Name() != "index.js" {
		t.Fatalf("%s holds %v, want just index.js", d, entries)
	}
	got, _ := os.ReadFile(filepath.Join(d, "index.js"))
	want, _ := os.ReadFile("index.js")
	if string(got) != string(want) {
		t.Error("the staged index.js differs from the source")
	}
	if Dir() != d {
		t.Error("Dir is not stable")
	}
}
