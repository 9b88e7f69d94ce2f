//go:build unix

package cli

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/strata-cdk/strata/internal/deploy"
)

// SIGINT and SIGTERM while CloudFormation works on a deployment end strata
// with 130 and 143, leave the operation running and recorded in the
// deploy journal, and `strata attach` then ends as the deploy would have.
func TestSignalsDuringDeployKeepJournal(t *testing.T) {
	bin, err := exec.LookPath("moto_server")
	if err != nil {
		t.Skip("moto_server not installed")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	moto := exec.Command(bin, "-H", "127.0.0.1", "-p", fmt.Sprint(port))
	moto.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := moto.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = syscall.Kill(-moto.Process.Pid, syscall.SIGTERM)
		_, _ = moto.Process.Wait()
	})
	motoURL := fmt.Sprintf("http://127.0.0.1:%d", port)
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		if resp, err := http.Get(motoURL + "/moto-api/"); err == nil {
			resp.Body.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("moto_server did not start")
		}
	}
	hold, err := newCfnHold(motoURL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(hold.srv.Close)

	dir := t.TempDir()
	fixtures, _ := filepath.Abs(filepath.Join("..", "toolkit", "testdata", "assemblies"))
	env := append(os.Environ(), "STRATA_TEST_MAIN=1", "STRATA_IGNORE_USER_CONFIG=1", "AWS_ENDPOINT_URL="+hold.srv.URL,
		"AWS_REGION=us-east-1", "AWS_ACCESS_KEY_ID=testing", "AWS_SECRET_ACCESS_KEY=testing",
		"AWS_CONFIG_FILE=/nonexistent", "AWS_SHARED_CREDENTIALS_FILE=/nonexistent", "NO_COLOR=1", "CI=")
	strata := func(args ...string) *exec.Cmd {
		cmd := exec.Command(os.Args[0], args...)
		cmd.Dir, cmd.Env = dir, env
		return cmd
	}
	run := func(args ...string) string {
		t.Helper()
		out, err := strata(args...).CombinedOutput()
		if err != nil {
			t.Fatalf("strata %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	run("bootstrap", "aws://123456789012/us-east-1")
	run("deploy", "--app", filepath.Join(fixtures, "v1"), "--require-approval", "never")
	journal := filepath.Join(dir, "cdk.out", deploy.JournalFile)

	for i, c := range []struct {
		sig  syscall.Signal
		code int
	}{{syscall.SIGINT, 130}, {syscall.SIGTERM, 143}} {
		version := []string{"v2", "v1"}[i]
		hold.arm()
		cmd := strata("deploy", "--app", filepath.Join(fixtures, version), "--require-approval", "never")
		var stderr strings.Builder
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(20 * time.Millisecond) {
			if _, err := os.Stat(journal); err == nil {
				break
			}
			if time.Now().After(deadline) {
				_ = cmd.Process.Kill()
				t.Fatalf("%s: no journal while deploying\n%s", c.sig, stderr.String())
			}
		}
		_ = cmd.Process.Signal(c.sig)
		err := cmd.Wait()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != c.code {
			t.Fatalf("%s: exit %v, want %d\n%s", c.sig, err, c.code, stderr.String())
		}
		if !strings.Contains(stderr.String(), "Re-attach with `strata attach StrataE2EStack`") {
			t.Errorf("%s: stderr does not say how to re-attach:\n%s", c.sig, stderr.String())
		}
		if _, err := os.Stat(journal); err != nil {
			t.Fatalf("%s: journal gone after the interrupt: %v", c.sig, err)
		}
		hold.release(2)
		if out := run("attach"); !strings.Contains(out, "✅  StrataE2EStack") {
			t.Errorf("%s: attach:\n%s", c.sig, out)
		}
		if _, err := os.Stat(journal); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s: journal left after attach: %v", c.sig, err)
		}
	}
}
