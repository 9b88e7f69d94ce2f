package providerframework

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/strata-cdk/strata/internal/handlers/handlertest"
)

// TestHandler runs index.test.js (framework.js's unit tests) with node's
// test runner; it skips without node.
func TestHandler(t *testing.T) { handlertest.NodeTests(t) }

// TestDirHoldsOnlyTheFramework checks what the functions' code asset holds.
func TestDirHoldsOnlyTheFramework(t *testing.T) {
	d, err := Dir()
	if err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(d)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Name() != "framework.js" {
		t.Fatalf("%s holds %v, want just framework.js", d, entries)
	}
	got, _ := os.ReadFile(filepath.Join(d, "framework.js"))
	want, _ := os.ReadFile("framework.js")
	if string(got) != string(want) {
		t.Error("the staged framework.js differs from the source")
	}
	if d2, _ := Dir(); d2 != d {
		t.Error("Dir is not stable")
	}
}
