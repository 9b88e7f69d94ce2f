package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"text/template"
	"unicode"

	"github.com/spf13/cobra"

	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/internal/toolkit/cfnyaml"
)

// ModulePath is the module Go apps import Strata from.
const ModulePath = "github.com/strata-cdk/strata"

// ModuleVersion is the Strata module version a new project requires when it
// does not build against a local checkout.
var ModuleVersion = "v0.1.0"

type initArgs struct {
	*globalArgs
	Language     string
	GenerateOnly bool
	DevRoot      string
	Name         string
}

func newInitCmd(g *globalArgs, stdio IO) *cobra.Command {
	a := initArgs{globalArgs: g}
	c := &cobra.Command{
		Use:   "init [app] --language=go",
		Short: "Create a new Go app: strata init app --language=go",
		RunE: func(c *cobra.Command, pos []string) error {
			return runInit(c.Context(), stdio, &a, pos)
		},
	}
	fs := c.Flags()
	fs.StringVarP(&a.Language, "language", "l", "", "language of the project (go)")
	fs.BoolVar(&a.GenerateOnly, "generate-only", false, "write the files only: no `go mod tidy`")
	fs.StringVar(&a.DevRoot, "strata-root", os.Getenv("STRATA_DEV_ROOT"), "build against this local Strata checkout (a replace directive); default $STRATA_DEV_ROOT")
	fs.StringVar(&a.Name, "name", "", "project name (default: the directory's name)")
	return c
}

func runInit(ctx context.Context, stdio IO, a *initArgs, pos []string) error {
	if len(pos) == 0 {
		fmt.Fprintln(stdio.Stdout, "Available templates:\n* app: Template for a CDK Application\n   └─ strata init app --language=go")
		return nil
	}
	if pos[0] != "app" || len(pos) > 1 {
		return &usageError{msg: fmt.Sprintf("unknown template %q: strata offers `app` (strata init app --language=go)", strings.Join(pos, " "))}
	}
	if a.Language == "" {
		a.Language = "go"
	}
	if a.Language != "go" {
		return &usageError{msg: fmt.Sprintf("strata writes Go projects only (--language=go), not %q", a.Language)}
	}
	dir := a.Dir
	if dir == "" {
		dir = "."
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	files, err := initProject(dir, a.Name, a.DevRoot)
	if err != nil {
		return err
	}
	tidied := false
	if !a.GenerateOnly {
		if _, err := exec.LookPath("go"); err == nil {
			fmt.Fprintln(stdio.Stderr, "Executing go mod tidy...")
			cmd := exec.CommandContext(ctx, "go", "mod", "tidy")
			cmd.Dir = dir
			out, err := cmd.CombinedOutput()
			if err != nil {
				fmt.Fprintf(stdio.Stderr, "warning: go mod tidy failed (run it yourself once the module is reachable):\n%s", indentLines(string(out), "  "))
			} else {
				tidied = true
			}
		}
	}
	if a.JSON {
		return writeJSON(stdio.Stdout, map[string]interface{}{"directory": dir, "files": files, "goModTidy": tidied})
	}
	fmt.Fprintf(stdio.Stdout, "Applying project template app for go in %s\n", dir)
	for _, f := range files {
		fmt.Fprintf(stdio.Stdout, "  %s\n", f)
	}
	fmt.Fprintln(stdio.Stdout, "\n✅ All done! Next: `strata synth`, `go test ./...`, `strata deploy`.")
	return nil
}

// initProject writes the project files into dir, which must be empty, and
// returns their names.
func initProject(dir, name, devRoot string) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), ".") {
			return nil, fmt.Errorf("`strata init` cannot be run in a non-empty directory (%s holds %s)", dir, e.Name())
		}
	}
	if name == "" {
		name = filepath.Base(dir)
	}
	v := initVars{Name: name, AppFile: shellQuote(name + ".go"), Module: moduleName(name), Ident: identifier(name), Strata: ModulePath, Version: ModuleVersion}
	if devRoot == "" {
		// A strata built from a checkout (not a released module) points new
		// projects at that checkout, so they build before Strata is published.
		devRoot = ownCheckout()
	}
	if devRoot != "" {
		root, err := filepath.Abs(devRoot)
		if err != nil {
			return nil, err
		}
		if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
			return nil, fmt.Errorf("--strata-root %s is not a Strata checkout (no go.mod)", root)
		}
		v.Replace = root
		v.Version = "v0.0.0-00010101000000-000000000000"
	}
	ctxJSON, err := initContextJSON()
	if err != nil {
		return nil, err
	}
	v.Context = ctxJSON
	out := []struct{ name, tmpl string }{
		{".gitignore", gitignoreTmpl},
		{"README.md", readmeTmpl},
		{"cdk.json", cdkJSONTmpl},
		{"go.mod", goModTmpl},
		{name + ".go", appTmpl},
		{name + "_test.go", testTmpl},
	}
	var written []string
	for _, f := range out {
		t := template.Must(template.New(f.name).Delims("[[", "]]").Parse(f.tmpl))
		var b bytes.Buffer
		if err := t.Execute(&b, v); err != nil {
			return nil, err
		}
		if err := os.WriteFile(filepath.Join(dir, f.name), b.Bytes(), 0o644); err != nil {
			return nil, err
		}
		written = append(written, f.name)
	}
	if v.Replace != "" {
		// The local checkout's checksums cover everything the new project
		// can need, so it builds offline.
		if sum, err := os.ReadFile(filepath.Join(v.Replace, "go.sum")); err == nil {
			if err := os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644); err != nil {
				return nil, err
			}
			written = append(written, "go.sum")
		}
	}
	return written, nil
}

type initVars struct {
	Name, AppFile, Module, Ident, Strata, Version, Replace, Context string
}

// shellQuote quotes s for /bin/sh when it holds anything but plain file
// name characters: cdk init writes `go run my app.go` for a folder named
// "my app", which cannot run.
func shellQuote(s string) string {
	plain := strings.IndexFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("-._/+,:@%", r))
	}) < 0
	if plain && s != "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// initContextJSON is the feature-flag context cdk init writes, indented
// under "context" in cdk.json, keys in the shipped order.
func initContextJSON() (string, error) {
	v, err := cfnyaml.Decode(cdkctx.InitContextJSON())
	if err != nil {
		return "", err
	}
	b, err := json.MarshalIndent(v, "  ", "  ")
	if err != nil {
		return "", err
	}
	return string(b), nil
}

func moduleName(name string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("-._~/", r) {
			return r
		}
		return '-'
	}, name)
}

// identifier turns "my-app" into "MyApp", as cdk init does for type names.
func identifier(name string) string {
	var b strings.Builder
	upper := true
	for _, r := range name {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			upper = true
			continue
		}
		if upper {
			b.WriteRune(unicode.ToUpper(r))
			upper = false
		} else {
			b.WriteRune(r)
		}
	}
	s := b.String()
	if s == "" || unicode.IsDigit(rune(s[0])) {
		s = "App" + s
	}
	return s
}

// ownCheckout returns the root of the Strata checkout this binary was built
// from, when it was built from one (`go build`/`go run` in the repository,
// without -trimpath), or "" for a released build.
func ownCheckout() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Path == ModulePath && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return ""
	}
	_, file, _, ok := runtime.Caller(0)
	if !ok || !filepath.IsAbs(file) {
		return ""
	}
	root := filepath.Dir(filepath.Dir(filepath.Dir(file))) // internal/cli/init.go -> root
	b, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil || !strings.Contains(string(b), "module "+ModulePath+"\n") {
		return ""
	}
	return root
}
