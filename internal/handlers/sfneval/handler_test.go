package sfneval

import (
	"testing"

	"github.com/strata-cdk/strata/internal/handlers/handlertest"
)

// TestHandler runs index.test.js with node's test runner; it skips
// without node.
func TestHandler(t *testing.T) { handlertest.NodeTests(t) }

// TestDirHoldsOnlyTheHandler checks what the function's code asset holds.
func TestDirHoldsOnlyTheHandler(t *testing.T) {
	handlertest.DirHoldsOnlyTheHandler(t, func() string {
		d, err := Dir()
		if err != nil {
			t.Fatal(err)
		}
		return d
	})
}
