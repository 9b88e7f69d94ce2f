package awslambda_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// checkTemplates synthesizes one stack per case, under the flags `cdk
// init` writes, and compares each template file byte for byte with the
// aws-cdk-lib 2.276.0 template testdata/regen.sh wrote for the twin.
func checkTemplates(t *testing.T, cases map[string]func(s awscdk.Stack), props func(name string) *awscdk.StackProps) {
	t.Helper()
	for name, build := range cases {
		name, build := name, build
		t.Run(name, func(t *testing.T) {
			ctx := cdkctx.InitContext()
			out := t.TempDir()
			app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(out)})
			var sp *awscdk.StackProps
			if props != nil {
				sp = props(name)
			}
			build(awscdk.NewStack(app, jsii.String(name), sp))
			app.Synth(nil)
			got, err := os.ReadFile(filepath.Join(out, name+".template.json"))
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(filepath.Join("testdata", name+".template.json"))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != string(want) {
				t.Errorf("%s.template.json differs from aws-cdk-lib's:\n%s", name, jsonDiff(want, got))
			}
		})
	}
}

// checkErrors builds each bad-input case in a fresh app and checks that
// synthesis fails with the message and construct path aws-cdk-lib reported
// for its twin (testdata/errors.json). fix rewrites an expected message
// where Strata deliberately differs.
func checkErrors(t *testing.T, cases map[string]func(s awscdk.Stack), fix func(string) string) {
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
			err := synthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, jsii.String("S"), nil)) })
			if err == nil {
				t.Fatalf("synth succeeded; want error %q", msg)
			}
			wantLine := msg
			if w.Path != "" {
				wantLine = "[" + w.Path + "] " + msg
			}
			if !strings.Contains(err.Error(), wantLine) {
				t.Errorf("error:\n%v\nwant it to contain:\n%s", err, wantLine)
			}
		})
	}
}

// synthErr builds an app and returns the user error synthesis (or
// construction) panicked with, nil if none.
func synthErr(t *testing.T, build func(app awscdk.App)) (err error) {
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
	ctx := cdkctx.InitContext()
	app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(t.TempDir())})
	build(app)
	app.Synth(nil)
	return nil
}

// jsonDiff lists the JSON paths at which two documents differ (or, when
// they are equal as values, says the difference is in formatting or order).
func jsonDiff(want, got []byte) string {
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

// checkApp builds an app with several stacks and compares each named
// stack's template with aws-cdk-lib's.
func checkApp(t *testing.T, stacks []string, build func(app awscdk.App)) {
	t.Helper()
	t.Run(strings.Join(stacks, "+"), func(t *testing.T) {
		ctx := cdkctx.InitContext()
		out := t.TempDir()
		app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(out)})
		build(app)
		app.Synth(nil)
		for _, name := range stacks {
			got, err := os.ReadFile(filepath.Join(out, name+".template.json"))
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(filepath.Join("testdata", name+".template.json"))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != string(want) {
				t.Errorf("%s.template.json differs from aws-cdk-lib's:\n%s", name, jsonDiff(want, got))
			}
		}
	})
}
