package niltest

import (
	"fmt"
	"runtime/debug"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/internal/diag"
)

//go:generate go run ./gen

// TestNilPropsEverywhere calls every L2 constructor of every package under
// awscdk/ with nil props (all_gen_test.go, made by gen) and synthesizes:
// each must either work or end in a diagnostic (a user error with the
// construct path), never a Go runtime panic. TestNilProps holds the
// first-wave packages to aws-cdk-lib's exact outcome; this one holds the
// rest to "no crash".
func TestNilPropsEverywhere(t *testing.T) {
	for _, c := range everyConstructor {
		c := c
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			ctx := cdkctx.InitContext()
			app := awscdk.NewApp(&awscdk.AppProps{Outdir: s(t.TempDir()), Context: &ctx})
			stack := awscdk.NewStack(app, s("S"), &awscdk.StackProps{Env: &awscdk.Environment{Account: s("111111111111"), Region: s("eu-west-1")}})
			if msg := crash(func() { c.call(stack) }); msg != "" {
				t.Fatalf("constructing: %s", msg)
			}
			if msg := crash(func() { app.Synth(nil) }); msg != "" {
				t.Fatalf("synthesizing: %s", msg)
			}
		})
	}
}

// crash runs f and describes a panic that is not a user error ("" if none).
func crash(f func()) (msg string) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if err, ok := r.(error); ok && diag.IsUserError(err) {
			return
		}
		msg = fmt.Sprintf("%v\n%s", r, debug.Stack())
	}()
	f()
	return ""
}
