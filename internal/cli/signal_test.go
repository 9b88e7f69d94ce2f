//go:build unix

package cli

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// SIGINT and SIGTERM during synth end strata with 130 and 143, as the CDK
// CLI's node process ends, kill the app's whole process group and leave
// the previous cdk.out as it was.
func TestSignalsDuringSynth(t *testing.T) {
	for _, c := range []struct {
		sig  syscall.Signal
		code int
	}{{syscall.SIGINT, 130}, {syscall.SIGTERM, 143}} {
		t.Run(c.sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			write := func(name, body string) {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			write("cdk.json", `{"app": "sh app.sh"}`)
			// The shell runs a child, as `go run` does, so that the whole
			// group must go.
			write("app.sh", "sleep 60 &\necho $! > child.pid\nwait\n")
			if err := os.MkdirAll(filepath.Join(dir, "cdk.out"), 0o755); err != nil {
				t.Fatal(err)
			}
			write("cdk.out/previous.txt", "kept")
			cmd := exec.Command(os.Args[0], "synth", "-q")
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "STRATA_TEST_MAIN=1", "AWS_ENDPOINT_URL=http://127.0.0.1:1", "AWS_REGION=us-east-1")
			var stderr strings.Builder
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			var child int
			deadline := time.Now().Add(20 * time.Second)
			for child == 0 {
				if b, err := os.ReadFile(filepath.Join(dir, "child.pid")); err == nil {
					child, _ = strconv.Atoi(strings.TrimSpace(string(b)))
				}
				if time.Now().After(deadline) {
					_ = cmd.Process.Kill()
					t.Fatal("the app did not start")
				}
				time.Sleep(20 * time.Millisecond)
			}
			_ = cmd.Process.Signal(c.sig)
			err := cmd.Wait()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != c.code {
				t.Fatalf("exit: %v, want code %d\n%s", err, c.code, stderr.String())
			}
			for end := time.Now().Add(5 * time.Second); syscall.Kill(child, 0) == nil; {
				if time.Now().After(end) {
					_ = syscall.Kill(child, syscall.SIGKILL)
					t.Fatalf("the app's child process %d outlived strata", child)
				}
				time.Sleep(50 * time.Millisecond)
			}
			if b, err := os.ReadFile(filepath.Join(dir, "cdk.out", "previous.txt")); err != nil || string(b) != "kept" {
				t.Errorf("cdk.out was not left as it was: %v", err)
			}
		})
	}
}
