package awseventstargets

import (
	"os/exec"
	"testing"
)

// TestAwsAPIHandler runs the unit tests of the log-group resource policy
// handler with node's test runner; it skips without node.
func TestAwsAPIHandler(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	out, err := exec.Command(node, "--test", "testdata/awsapihandler.test.js").CombinedOutput()
	if err != nil {
		t.Fatalf("node --test: %v\n%s", err, out)
	}
}
