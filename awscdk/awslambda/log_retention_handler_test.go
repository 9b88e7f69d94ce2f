package awslambda_test

import (
	"os/exec"
	"testing"
)

// TestLogRetentionHandler runs the unit tests of Strata's own
// Custom::LogRetention handler (logretention/index.test.js) with node.
func TestLogRetentionHandler(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	cmd := exec.Command(node, "--test")
	cmd.Dir = "logretention"
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("node --test: %v\n%s", err, out)
	}
}
