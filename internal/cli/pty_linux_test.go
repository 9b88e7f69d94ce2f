package cli

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strings"
	"syscall"
	"testing"
	"unsafe"
)

// openPTY opens a pseudo-terminal pair: what is written to master is read
// from slave, which is a terminal as far as strata can tell.
func openPTY(t *testing.T) (master, slave *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	var unlock int32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, m.Fd(), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock))); e != 0 {
		t.Skipf("unlockpt: %v", e)
	}
	var n uint32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, m.Fd(), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n))); e != 0 {
		t.Skipf("ptsname: %v", e)
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("opening the pty: %v", err)
	}
	t.Cleanup(func() { s.Close(); m.Close() })
	return m, s
}

// On a terminal, declining destroy ends with 0 and "Aborted by user", as
// the CDK CLI does; /dev/null is not a terminal.
func TestDestroyDeclinedOnATerminal(t *testing.T) {
	t.Setenv("AWS_ENDPOINT_URL", "http://127.0.0.1:1")
	t.Setenv("AWS_REGION", "us-east-1")
	t.Setenv("CI", "")
	os.Unsetenv("CI")
	master, slave := openPTY(t)
	if !isTerminal(slave) {
		t.Fatal("a pty is a terminal")
	}
	null, _ := os.Open(os.DevNull)
	defer null.Close()
	if isTerminal(null) {
		t.Fatal("/dev/null is not a terminal")
	}
	if _, err := master.Write([]byte("n\n")); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"destroy", "--app", fixture("v1"), "--dir", t.TempDir()}, IO{Stdin: slave, Stdout: &out, Stderr: &errb})
	if code != 0 || !strings.Contains(errb.String(), "Are you sure you want to delete: StrataE2EStack (y/n)? ") || !strings.Contains(errb.String(), "Aborted by user") {
		t.Errorf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out.String(), errb.String())
	}
}
