package migrate_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/internal/cli"
	"github.com/strata-cdk/strata/internal/migrate"
)

// project copies the cdk init project and the overlays into a temp dir.
func project(t *testing.T, overlays ...string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "myapp")
	for _, src := range append([]string{"cdkinit"}, overlays...) {
		copyDir(t, filepath.Join("testdata", src), dir)
	}
	return dir
}

func copyDir(t *testing.T, from, to string) {
	t.Helper()
	if err := os.MkdirAll(to, 0o755); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(from)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(from, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(to, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func repoRoot(t *testing.T) string {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// noNode is a PATH with go and sh only: whatever runs, Node isn't there.
func noNode(t *testing.T) string {
	t.Helper()
	bin := t.TempDir()
	for name, target := range map[string]string{
		"go": filepath.Join(runtime.GOROOT(), "bin", "go"),
		"sh": "/bin/sh",
	} {
		if err := os.Symlink(target, filepath.Join(bin, name)); err != nil {
			t.Fatal(err)
		}
	}
	return bin
}

// The guide's path: `cdk init app --language=go`, extended with a bucket,
// a queue and a function, migrated; then its tests and `strata synth`
// pass with no Node on PATH.
func TestMigrateCdkInitProject(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs a migrated project")
	}
	dir := project(t, "extended")
	t.Setenv("PATH", noNode(t))
	t.Setenv("CGO_ENABLED", "0")
	t.Setenv("GOFLAGS", "-mod=mod")

	var stdout, stderr bytes.Buffer
	code := cli.Main([]string{"migrate", dir, "--replace", repoRoot(t)}, cli.IO{Stdout: &stdout, Stderr: &stderr})
	if code != 0 {
		t.Fatalf("migrate exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout.String(), stderr.String())
	}
	if !strings.Contains(stderr.String(), "rewrote the imports of 2 file(s)") {
		t.Errorf("stderr: %s", stderr.String())
	}
	for _, f := range []string{"go.mod", "myapp.go", "myapp_test.go"} {
		b, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(b, []byte("github.com/aws/")) {
			t.Errorf("%s still names aws-cdk-go:\n%s", f, b)
		}
	}

	test := exec.Command("go", "test", "./...")
	test.Dir = dir
	if out, err := test.CombinedOutput(); err != nil {
		t.Fatalf("go test in the migrated project: %v\n%s", err, out)
	}

	t.Chdir(dir)
	stdout.Reset()
	stderr.Reset()
	if code := cli.Main([]string{"synth", "-q"}, cli.IO{Stdout: &stdout, Stderr: &stderr}); code != 0 {
		t.Fatalf("strata synth exit %d:\n%s", code, stderr.String())
	}
	tmpl, err := os.ReadFile(filepath.Join(dir, "cdk.out", "MyappStack.template.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"AWS::S3::Bucket", "AWS::SQS::Queue", "AWS::Lambda::Function"} {
		if !bytes.Contains(tmpl, []byte(want)) {
			t.Errorf("template lacks %s", want)
		}
	}
}

// A project using APIs Strata lacks gets each use reported, file and line,
// and exit status 3.
func TestMigrateReportsLacking(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks a migrated project")
	}
	dir := project(t, "extended", "lacking")
	t.Setenv("GOFLAGS", "-mod=mod")
	res, err := migrate.Run(context.Background(), migrate.Options{Dir: dir, Replace: repoRoot(t)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range res.Missing {
		got = append(got, m.String())
	}
	want := []string{
		"lacking.go:9: awsbedrockagentcore.CfnOnlineEvaluationConfig.AttrOutputConfig (not in Strata yet)",
		"lacking.go:11: awsbedrockagentcore.CfnPaymentManager_ClaimMatchValueTypeProperty (not in Strata yet)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("missing:\n%s\nwant:\n%s\nother errors: %v", strings.Join(got, "\n"), strings.Join(want, "\n"), res.Errors)
	}
	if len(res.Errors) != 0 {
		t.Errorf("other errors: %v", res.Errors)
	}

	// Again, through the CLI: migrating twice changes nothing more, and
	// the exit status says APIs are missing.
	var stdout, stderr bytes.Buffer
	code := cli.Main([]string{"migrate", dir, "--replace", repoRoot(t)}, cli.IO{Stdout: &stdout, Stderr: &stderr})
	if code != 3 {
		t.Fatalf("exit %d, want 3\n%s%s", code, stdout.String(), stderr.String())
	}
	if !strings.Contains(stdout.String(), want[0]) || !strings.Contains(stderr.String(), "rewrote the imports of 0 file(s)") {
		t.Errorf("stdout:\n%s\nstderr:\n%s", stdout.String(), stderr.String())
	}
}

func TestNotAProject(t *testing.T) {
	_, err := migrate.Run(context.Background(), migrate.Options{Dir: t.TempDir()})
	if err == nil || !strings.Contains(err.Error(), "no go.mod") {
		t.Errorf("err = %v", err)
	}
}
