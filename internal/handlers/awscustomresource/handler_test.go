package awscustomresource

import (
	"os"
	"testing"

	"github.com/strata-cdk/strata/internal/handlers/handlertest"
)

// TestHandler runs index.test.js with node's test runner; it skips
// without node.
func TestHandler(t *testing.T) { handlertest.NodeTests(t) }

// TestDirHoldsTheHandler checks what the function's code asset holds.
func TestDirHoldsTheHandler(t *testing.T) {
	d, err := Dir()
	if err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(d)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if len(names) != 3 || names[0] != "index.js" || names[1] != "sdk-types.json.br" || names[2] != "sdk-v2-to-v3.json" {
		t.Fatalf("%s holds %v, want index.js, sdk-types.json.br and sdk-v2-to-v3.json", d, names)
	}
	if d2, _ := Dir(); d2 != d {
		t.Error("Dir is not stable")
	}
}
