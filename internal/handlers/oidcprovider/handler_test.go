package oidcprovider

import (
	"testing"

	"github.com/strata-cdk/strata/internal/handlers/handlertest"
)

// TestHandler runs the handler's unit tests (index.test.js) with node's
// test runner against a stubbed IAM client; it skips without node.
func TestHandler(t *testing.T) { handlertest.NodeTests(t) }

// TestDirHoldsOnlyTheHandler checks what the provider's code asset holds.
func TestDirHoldsOnlyTheHandler(t *testing.T) { handlertest.DirHoldsOnlyTheHandler(t, Dir) }
