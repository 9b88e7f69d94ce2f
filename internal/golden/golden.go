// Package golden holds the test helpers the L2 packages share to compare
// what Strata synthesizes with the templates and error messages that
// aws-cdk-lib 2.276.0 produced for JavaScript twins of the same programs
// (each package's testdata/twins.js, written by testdata/regen.sh).
package golden

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// Normalize turns aws-cdk-lib's template into what Strata should write,
// where the two legitimately differ (Strata's own handler code).
type Normalize func(t *testing.T, want, got []byte) []byte

func newApp(t *testing.T) (awscdk.App, string) {
	ctx := cdkctx.InitContext()
	out := t.TempDir()
	return awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(out)}), out
}

// CheckTemplates synthesizes one stack per case, named after the case,
// under the flags `cdk init` writes, and compares each template byte for
// byte with testdata/<case>.template.json.
func CheckTemplates(t *testing.T, cases map[string]func(s awscdk.Stack), props func(name string) *awscdk.StackProps, norm Normalize) {
	t.Helper()
	for name, build := range cases {
		name, build := name, build
		t.Run(name, func(t *testing.T) {
			app, out := newApp(t)
			var sp *awscdk.StackProps
			if props != nil {
				sp = props(name)
			}
			build(awscdk.NewStack(app, jsii.String(name), sp))
			app.Synth(nil)
			compare(t, out, name, norm)
		})
	}
}

// CheckApp builds an app with several stacks and compares each named
// stack's template with testdata/<stack>.template.json.
func CheckApp(t *testing.T, stacks []string, build func(app awscdk.App), norm Normalize) {
	t.Helper()
	t.Run(strings.Join(stacks, "+"), func(t *testing.T) {
		app, out := newApp(t)
		build(app)
		app.Synth(nil)
		for _, name := range stacks {
			compare(t, out, name, norm)
		}
	})
}

func compare(t *testing.T, out, name string, norm Normalize) {
	t.Helper()
	got, err := os.ReadFile(filepath.Join(out, name+".template.json"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("testdata", name+".template.json"))
	if err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("STRATA_TEST_KEEP"); dir != "" {
		_ = os.WriteFile(filepath.Join(dir, name+".template.json"), got, 0o644)
	}
	if norm != nil {
		want = norm(t, want, got)
	}
	if string(got) != string(want) {
		t.Errorf("%s.template.json differs from aws-cdk-lib's:\n%s", name, JSONDiff(want, got))
	}
}

var validationFailed = regexp.MustCompile(`(?s)^Validation failed with the following errors:\n\s*\[([^\]]+)\] (.*)$`)

// CheckErrors builds each bad-input case in a fresh app (one stack "S")
// and checks that synthesis fails with the message and construct path
// aws-cdk-lib reported for its twin (testdata/errors.json). fix rewrites
// an expected message where Strata deliberately differs.
func CheckErrors(t *testing.T, cases map[string]func(s awscdk.Stack), fix func(string) string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "errors.json"))
	if err != nil {
		t.Fatal(err)
	}
	var want map[string]*struct{ Path, Message string }
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	for name := range want {
		if cases[name] == nil {
			t.Errorf("errors.json has %s, which has no Go case", name)
		}
	}
	for name, build := range cases {
		name, build := name, build
		t.Run(name, func(t *testing.T) {
			w := want[name]
			if w == nil {
				t.Fatalf("no expectation for %s in testdata/errors.json (run testdata/regen.sh)", name)
			}
			msg := w.Message
			if fix != nil {
				msg = fix(msg)
			}
			err := SynthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, jsii.String("S"), nil)) })
			if err == nil {
				t.Fatalf("synth succeeded; want error %q", msg)
			}
			path := w.Path
			// aws-cdk-lib reports failed validations for the whole app,
			// naming the construct inside the message; Strata names it as
			// the error's path.
			if m := validationFailed.FindStringSubmatch(msg); path == "" && m != nil {
				path, msg = m[1], m[2]
			}
			wantLine := msg
			if path != "" {
				wantLine = "[" + path + "] " + msg
			}
			if !strings.Contains(err.Error(), wantLine) {
				t.Errorf("error:\n%v\nwant it to contain:\n%s", err, wantLine)
			}
		})
	}
}

// SynthErr builds an app and returns the user error synthesis (or
// construction) panicked with, nil if none.
func SynthErr(t *testing.T, build func(app awscdk.App)) (err error) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			if !ok || !diag.IsUserError(e) {
				t.Fatalf("panicked with a non-user error: %v", r)
			}
			err = e
		}
	}()
	app, _ := newApp(t)
	build(app)
	app.Synth(nil)
	return nil
}

// JSONDiff lists the JSON paths at which two documents differ (or, when
// they are equal as values, says the difference is in formatting or order).
func JSONDiff(want, got []byte) string {
	var w, g interface{}
	if json.Unmarshal(want, &w) != nil || json.Unmarshal(got, &g) != nil {
		return "(invalid JSON)\n" + string(got)
	}
	var lines []string
	var walk func(path string, a, b interface{})
	walk = func(path string, a, b interface{}) {
		am, aok := a.(map[string]interface{})
		bm, bok := b.(map[string]interface{})
		if aok && bok {
			keys := map[string]bool{}
			for k := range am {
				keys[k] = true
			}
			for k := range bm {
				keys[k] = true
			}
			var ks []string
			for k := range keys {
				ks = append(ks, k)
			}
			sort.Strings(ks)
			for _, k := range ks {
				walk(path+"."+k, am[k], bm[k])
			}
			return
		}
		al, aok := a.([]interface{})
		bl, bok := b.([]interface{})
		if aok && bok && len(al) == len(bl) {
			for i := range al {
				walk(fmt.Sprintf("%s[%d]", path, i), al[i], bl[i])
			}
			return
		}
		if !reflect.DeepEqual(a, b) {
			aj, _ := json.Marshal(a)
			bj, _ := json.Marshal(b)
			lines = append(lines, fmt.Sprintf("  %s\n    want %s\n    got  %s", strings.TrimPrefix(path, "."), aj, bj))
		}
	}
	walk("", w, g)
	if len(lines) == 0 {
		return "(same values; key order or formatting differs)\n" + string(got)
	}
	if len(lines) > 30 {
		lines = append(lines[:30], fmt.Sprintf("  ... and %d more", len(lines)-30))
	}
	return strings.Join(lines, "\n")
}
