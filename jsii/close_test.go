package jsii

import (
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/internal/diag"
)

// TestCloseHelper is the program run by TestCloseExits: a main that
// defers Close and fails synthesis.
func TestCloseHelper(t *testing.T) {
	if os.Getenv("STRATA_CLOSE_HELPER") == "" {
		t.Skip("run by TestCloseExits")
	}
	defer Close()
	switch os.Getenv("STRATA_CLOSE_HELPER") {
	case "synth":
		panic(&diag.SynthError{Diagnostics: diag.Diagnostics{diag.Errorf("App/S/Q", "bad queue"), diag.Errorf("App/S/T", "bad topic")}})
	case "bug":
		panic(errors.New("index out of range"))
	}
}

// TestCloseExits: a failed synth reaches `defer jsii.Close()` as a panic and
// leaves the program with every problem on stderr and status 1, no trace;
// a panic that is not a user mistake keeps its trace.
func TestCloseExits(t *testing.T) {
	run := func(mode string) (string, int) {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCloseHelper$")
		cmd.Env = append(os.Environ(), "STRATA_CLOSE_HELPER="+mode)
		out, err := cmd.CombinedOutput()
		code := 0
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return string(out), code
	}
	out, code := run("synth")
	if code != 1 || !strings.Contains(out, "[App/S/Q] bad queue") || !strings.Contains(out, "[App/S/T] bad topic") || strings.Contains(out, "goroutine ") {
		t.Errorf("synth failure: exit %d, output:\n%s", code, out)
	}
	out, code = run("bug")
	if code == 0 || !strings.Contains(out, "goroutine ") {
		t.Errorf("a bug should keep its trace: exit %d, output:\n%s", code, out)
	}
}
