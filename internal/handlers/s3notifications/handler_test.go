package s3notifications

import (
	"os/exec"
	"strings"
	"testing"
)

// TestHandler runs the handler's Python unit tests (test_index.py) against
// a stubbed S3 client; it needs python3 and skips without it.
func TestHandler(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 is not installed")
	}
	cmd := exec.Command(py, "-B", "-m", "unittest", "-v", "test_index")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("python3 -m unittest test_index: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "OK") {
		t.Fatalf("unexpected unittest output:\n%s", out)
	}
}

func TestInlineDropsCommentLines(t *testing.T) {
	code := Inline()
	for _, line := range strings.Split(code, "\n") {
		if strings.HasPrefix(strings.TrimLeft(line, " "), "#") {
			t.Errorf("comment line left in the inlined code: %q", line)
		}
	}
	if !strings.Contains(code, "def handler(event, context):") {
		t.Errorf("the inlined code has no handler:\n%s", code)
	}
	// CloudFormation takes inline code up to 32 KiB; stay well below.
	if len(code) > 4096 {
		t.Errorf("inlined handler is %d bytes; keep it under 4 KiB", len(code))
	}
}
