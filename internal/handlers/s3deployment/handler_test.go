package s3deployment

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestHandler runs the handler's Python unit tests (test_index.py) against
// moto's in-process S3 and CloudFront; it needs python3 and skips without
// it (the Python tests skip themselves without moto and boto3).
func TestHandler(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 is not installed")
	}
	t.Parallel()
	cmd := exec.Command(py, "-B", "-m", "unittest", "test_index")
	// moto answers in-process; no setting of the caller's may send the
	// handler's clients elsewhere.
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "AWS_ENDPOINT_URL") && !strings.HasPrefix(kv, "AWS_PROFILE=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("python3 -m unittest test_index: %v\n%s", err, out)
	}
	if strings.Contains(string(out), "skipped") {
		t.Logf("some handler tests were skipped (moto or boto3 missing):\n%s", out)
	}
}

func TestDirHoldsOnlyTheHandler(t *testing.T) {
	d := Dir()
	entries, err := os.ReadDir(d)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Name() != "index.py" {
		t.Fatalf("%s holds %v, want just index.py", d, entries)
	}
	got, _ := os.ReadFile(filepath.Join(d, "index.py"))
	want, _ := os.ReadFile("index.py")
	if string(got) != string(want) {
		t.Error("the staged index.py differs from the source")
	}
}
