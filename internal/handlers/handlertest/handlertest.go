// Package handlertest holds the checks every built-in Node.js handler
// package runs: its unit tests under node's test runner, and that the
// directory staged as the provider's code asset holds just index.js.
package handlertest

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// NodeTests runs index.test.js (in the test's directory) with node's test
// runner; it skips without node.
func NodeTests(t *testing.T) {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	out, err := exec.Command(node, "--test", "index.test.js").CombinedOutput()
	if err != nil {
		t.Fatalf("node --test index.test.js: %v\n%s", err, out)
	}
}

// DirHoldsOnlyTheHandler checks that dir() names one stable directory
// holding a copy of the package's index.js and nothing else.
func DirHoldsOnlyTheHandler(t *testing.T, dir func() string) {
	t.Helper()
	d := dir()
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
	if dir() != d {
		t.Error("Dir is not stable")
	}
}
