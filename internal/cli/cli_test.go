package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func runCLI(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	if dir != "" {
		args = append(args, "--dir", dir)
	}
	code := run(context.Background(), args, IO{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb})
	return code, out.String(), errb.String()
}

func fixture(v string) string {
	p, _ := filepath.Abs(filepath.Join("..", "toolkit", "testdata", "assemblies", v))
	return p
}

// Offline commands on a committed assembly: what they print and their exit
// codes.
func TestCommandsOnAssembly(t *testing.T) {
	t.Setenv("AWS_ENDPOINT_URL", "http://127.0.0.1:1") // never reached
	t.Setenv("AWS_ACCESS_KEY_ID", "")
	t.Setenv("AWS_REGION", "us-east-1")
	golden, err := os.ReadFile("../toolkit/cfnyaml/testdata/e2e-v1.cdk-synth.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name     string
		args     []string
		code     int
		stdout   string // exact, when set
		contains []string
		stderr   string // substring
	}{
		{name: "synth prints the only stack as cdk synth does", args: []string{"synth", "--app", fixture("v1")}, stdout: string(golden)},
		{name: "synth selects by name", args: []string{"synth", "StrataE2EStack", "--app", fixture("v1")}, stdout: string(golden)},
		{name: "synth -q prints nothing", args: []string{"synth", "-q", "--app", fixture("v1")}, stdout: "", stderr: "Successfully synthesized"},
		{name: "synth --json", args: []string{"synth", "--json", "--app", fixture("v1")}, contains: []string{`"Description": "Strata end-to-end fixture"`, `"JobsDF1CC2D4"`}},
		{name: "synth unknown stack", args: []string{"synth", "Nope", "--app", fixture("v1")}, code: 1, stderr: `no stack matches "Nope"`},
		{name: "ls", args: []string{"ls", "--app", fixture("v1")}, stdout: "StrataE2EStack\n"},
		{name: "diff against a template file", args: []string{"diff", "--app", fixture("v2"), "--template", filepath.Join(fixture("v1"), "StrataE2EStack.template.json"), "--fail"}, code: 1,
			contains: []string{"[+] AWS::SQS::Queue Audit", "└─ [~] VisibilityTimeout", "Number of stacks with differences: 1"}},
		{name: "unknown flag", args: []string{"deploy", "--bogus"}, code: 1, stderr: "unknown flag: --bogus (see `strata deploy --help`)"},
		{name: "bad approval level", args: []string{"deploy", "--app", fixture("v1"), "--require-approval", "sometimes"}, code: 1, stderr: "--require-approval must be"},
		{name: "no app", args: []string{"synth"}, code: 1, stderr: "no app"},
		{name: "version", args: []string{"version"}, contains: []string{"aws-cdk-lib 2.276.0"}},
		{name: "doctor --json", args: []string{"doctor", "--json"}, contains: []string{`"name": "aws credentials"`, `"name": "docker"`}},
		{name: "init lists templates", args: []string{"init"}, contains: []string{"strata init app --language=go"}},
		{name: "init refuses other languages", args: []string{"init", "app", "--language=typescript"}, code: 1, stderr: "Go projects only"},
		{name: "unknown command", args: []string{"frobnicate"}, code: 1, stderr: `unknown command "frobnicate"`},
		{name: "bootstrap --show-template", args: []string{"bootstrap", "--show-template"}, contains: []string{"CdkBootstrapVersion:", "Fn::Sub: /cdk-bootstrap/${Qualifier}/version", "CdkBootstrap-${Qualifier}-FileAssetKeyArn"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errs := runCLI(t, t.TempDir(), c.args...)
			if code != c.code {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, c.code, out, errs)
			}
			if c.stdout != "" || (c.contains == nil && c.code == 0 && c.stderr != "") {
				if out != c.stdout {
					t.Errorf("stdout:\n%s\nwant:\n%s", out, c.stdout)
				}
			}
			for _, s := range c.contains {
				if !strings.Contains(out, s) {
					t.Errorf("stdout lacks %q:\n%s", s, out)
				}
			}
			if c.stderr != "" && !strings.Contains(errs, c.stderr) {
				t.Errorf("stderr lacks %q:\n%s", c.stderr, errs)
			}
		})
	}
}

// `strata init app --language=go` in an empty directory, then `strata synth`
// and `go test` there, building against this checkout (offline).
func TestInitThenSynth(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	// A folder name with a space: cdk init writes an app command that cannot
	// run there; strata quotes the file name.
	dir := filepath.Join(t.TempDir(), "hello strata")
	t.Setenv("STRATA_DEV_ROOT", root)
	t.Setenv("GOFLAGS", "-mod=mod")
	t.Setenv("GOPROXY", "off")
	t.Setenv("AWS_ENDPOINT_URL", "http://127.0.0.1:1")
	t.Setenv("AWS_ACCESS_KEY_ID", "")
	code, out, errs := runCLI(t, dir, "init", "app", "--language=go", "--generate-only")
	if code != 0 {
		t.Fatalf("init: exit %d\n%s\n%s", code, out, errs)
	}
	for _, f := range []string{"hello strata.go", "hello strata_test.go", "cdk.json", "go.mod", ".gitignore", "README.md"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("init did not write %s", f)
		}
	}
	var cdkJSON struct {
		App     string
		Context map[string]interface{}
	}
	b, _ := os.ReadFile(filepath.Join(dir, "cdk.json"))
	if err := json.Unmarshal(b, &cdkJSON); err != nil || cdkJSON.App != "go mod download && go run 'hello strata.go'" || len(cdkJSON.Context) != 89 {
		t.Errorf("cdk.json: app %q, %d context keys (want 89 feature flags), err %v", cdkJSON.App, len(cdkJSON.Context), err)
	}
	if code, _, _ := runCLI(t, dir, "init", "app", "--language=go"); code == 0 {
		t.Errorf("init in a non-empty directory must fail")
	}
	code, out, errs = runCLI(t, dir, "synth")
	if code != 0 {
		t.Fatalf("synth in the new project: exit %d\n%s\n%s", code, out, errs)
	}
	for _, want := range []string{"Parameters:\n  BootstrapVersion:", "aws:cdk:path: HelloStrataStack/CDKMetadata/Default"} {
		if !strings.Contains(out, want) {
			t.Errorf("synth output lacks %q:\n%s", want, out)
		}
	}
	cmd := exec.Command("go", "test", "./...")
	cmd.Dir = dir
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("go test in the new project: %v\n%s", err, b)
	}
}
