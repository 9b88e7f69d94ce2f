// Package migrate moves an aws-cdk-go project onto Strata: it rewrites the
// imports of every Go file (comments included, so commented-out examples
// keep working when uncommented), swaps the aws-cdk-go, constructs-go and
// jsii-runtime-go requirements in go.mod for Strata's, and then
// type-checks the project to list each aws-cdk-go API it uses that Strata
// doesn't have yet.
package migrate

import (
	"bytes"
	"context"
	"fmt"
	"go/token"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"golang.org/x/mod/modfile"
	"golang.org/x/tools/go/packages"
)

// Module is Strata's module path.
const Module = "github.com/strata-cdk/strata"

// The modules an aws-cdk-go project requires that Strata replaces.
var replaced = []string{
	"github.com/aws/aws-cdk-go/awscdk/v2",
	"github.com/aws/aws-cdk-go/awscdklambdagoalpha/v2",
	"github.com/aws/constructs-go/constructs/v10",
	"github.com/aws/jsii-runtime-go",
}

// importRe matches a quoted aws-cdk-go import path. The groups name which
// module it is and its sub-package.
var importRe = regexp.MustCompile(`"github\.com/aws/(?:` +
	`aws-cdk-go/(awscdk|awscdklambdagoalpha)/v2((?:/[a-z0-9_]+)*)|` +
	`constructs-go/constructs/v10|` +
	`jsii-runtime-go((?:/[a-z0-9_]+)*))"`)

func rewritePath(quoted string) string {
	m := importRe.FindStringSubmatch(quoted)
	switch {
	case m[1] != "":
		return `"` + Module + "/" + m[1] + m[2] + `"`
	case strings.Contains(quoted, "constructs-go"):
		return `"` + Module + `/constructs"`
	default:
		return `"` + Module + "/jsii" + m[3] + `"`
	}
}

// Options say where the project is and which Strata to require.
type Options struct {
	Dir string
	// Version of Strata to require (a module version, v0.1.0 say).
	Version string
	// Replace, when set, points the requirement at a local Strata checkout
	// (a go.mod replace directive).
	Replace string
	// NoTidy skips `go mod tidy` after the go.mod edit (tests that set up
	// go.sum themselves).
	NoTidy bool
}

// Result is what a migration did and found.
type Result struct {
	Files   []string  // Go files rewritten, relative to the project
	Missing []Missing // aws-cdk-go APIs the project uses that Strata lacks
	// Errors are type errors that are not a missing API (the project
	// didn't build before, or uses jsii-runtime-go internals).
	Errors []string
}

// Missing is one use of an API Strata doesn't have.
type Missing struct {
	Pos  token.Position
	Name string // awss3.Bucket.Foo, awss3.NewThing, ...
}

func (m Missing) String() string {
	return fmt.Sprintf("%s:%d: %s (not in Strata yet)", m.Pos.Filename, m.Pos.Line, m.Name)
}

// Run migrates the project in o.Dir.
func Run(ctx context.Context, o Options) (*Result, error) {
	dir, err := filepath.Abs(o.Dir)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err != nil {
		return nil, fmt.Errorf("migrate: %s has no go.mod: run it in an aws-cdk-go project", dir)
	}
	res := &Result{}
	if res.Files, err = rewriteImports(dir); err != nil {
		return nil, err
	}
	if err := rewriteGoMod(dir, o); err != nil {
		return nil, err
	}
	if !o.NoTidy {
		if err := goCmd(ctx, dir, "mod", "tidy"); err != nil {
			return nil, err
		}
	}
	if err := check(ctx, dir, res); err != nil {
		return nil, err
	}
	return res, nil
}

// rewriteImports rewrites every aws-cdk-go import path in the project's Go
// files, in place, byte for byte elsewhere.
func rewriteImports(dir string) ([]string, error) {
	var changed []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case "vendor", "cdk.out", "node_modules", ".git":
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		out := importRe.ReplaceAllStringFunc(string(src), rewritePath)
		if out == string(src) {
			return nil
		}
		st, err := os.Stat(p)
		if err != nil {
			return err
		}
		if err := os.WriteFile(p, []byte(out), st.Mode().Perm()); err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		changed = append(changed, rel)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("migrate: %w", err)
	}
	sort.Strings(changed)
	return changed, nil
}

// rewriteGoMod drops the aws-cdk-go requirements and requires Strata.
func rewriteGoMod(dir string, o Options) error {
	file := filepath.Join(dir, "go.mod")
	raw, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	mf, err := modfile.Parse(file, raw, nil)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	for _, m := range replaced {
		if err := mf.DropRequire(m); err != nil {
			return err
		}
		_ = mf.DropReplace(m, "")
	}
	version := o.Version
	if version == "" {
		version = "v0.0.0"
	}
	if err := mf.AddRequire(Module, version); err != nil {
		return fmt.Errorf("migrate: require %s %s: %w", Module, version, err)
	}
	if o.Replace != "" {
		abs, err := filepath.Abs(o.Replace)
		if err != nil {
			return err
		}
		if err := mf.AddReplace(Module, "", abs, ""); err != nil {
			return err
		}
	}
	mf.Cleanup()
	out, err := mf.Format()
	if err != nil {
		return err
	}
	return os.WriteFile(file, out, 0o644)
}

func goCmd(ctx context.Context, dir string, args ...string) error {
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("migrate: go %s: %v\n%s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return nil
}

// The type checker's words for a name that isn't there.
var (
	undefinedRe = regexp.MustCompile(`^undefined: (\w+\.\w+)$`)
	noMemberRe  = regexp.MustCompile(`\(type \*?(\w+\.\w+) has no field or method (\w+)`)
	noFieldRe   = regexp.MustCompile(`^unknown field (\w+) in struct literal of type (\w+\.\w+)$`)
)

// check type-checks the migrated project and sorts what fails into
// missing Strata APIs and other errors.
func check(ctx context.Context, dir string, res *Result) error {
	cfg := &packages.Config{
		Context: ctx,
		Dir:     dir,
		Mode:    packages.NeedName | packages.NeedFiles | packages.NeedSyntax | packages.NeedTypes | packages.NeedImports,
		Tests:   true,
	}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	// The same error comes once per package variant (the package, its
	// test variant), sometimes without a position: keep one, positioned.
	var errs []packages.Error
	seen := map[string]bool{}
	positioned := map[string]bool{}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if p.Dir != "" && !strings.HasPrefix(p.Dir, dir) {
			return // only the project's own packages
		}
		for _, e := range expand(p.Errors, p.Dir) {
			if seen[e.Pos+"\x00"+e.Msg] {
				continue
			}
			seen[e.Pos+"\x00"+e.Msg] = true
			if e.Pos != "" && e.Pos != "-" {
				positioned[e.Msg] = true
			}
			errs = append(errs, e)
		}
	})
	for _, e := range errs {
		if (e.Pos == "" || e.Pos == "-") && positioned[e.Msg] {
			continue
		}
		if m, ok := missing(e, dir); ok {
			res.Missing = append(res.Missing, m)
			continue
		}
		res.Errors = append(res.Errors, relPos(e.Pos, dir)+": "+e.Msg)
	}
	sort.Slice(res.Missing, func(i, j int) bool {
		a, b := res.Missing[i].Pos, res.Missing[j].Pos
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return res.Missing[i].Name < res.Missing[j].Name
	})
	sort.Strings(res.Errors)
	return nil
}

// missing reads a type error as a use of an API Strata lacks, when it is
// one: a name of a Strata package that isn't there, a method or field of
// a Strata type that isn't there.
func missing(e packages.Error, dir string) (Missing, bool) {
	pos := position(e.Pos, dir)
	if m := undefinedRe.FindStringSubmatch(e.Msg); m != nil && strataPkg(m[1]) {
		return Missing{Pos: pos, Name: m[1]}, true
	}
	if m := noMemberRe.FindStringSubmatch(e.Msg); m != nil && strataPkg(m[1]) {
		return Missing{Pos: pos, Name: m[1] + "." + m[2]}, true
	}
	if m := noFieldRe.FindStringSubmatch(e.Msg); m != nil && strataPkg(m[2]) {
		return Missing{Pos: pos, Name: m[2] + "." + m[1]}, true
	}
	return Missing{}, false
}

// strataPkg reports whether a qualified name is in one of the packages the
// migration points at Strata (by package name: the type checker prints
// names, not paths).
func strataPkg(qualified string) bool {
	pkg, _, _ := strings.Cut(qualified, ".")
	return pkg == "awscdk" || pkg == "constructs" || pkg == "jsii" || pkg == "assertions" ||
		pkg == "awscdklambdagoalpha" || strings.HasPrefix(pkg, "aws") || pkg == "alexaask" || pkg == "cxapi" ||
		pkg == "pipelines" || pkg == "customresources" || pkg == "triggers" || pkg == "regioninfo" ||
		pkg == "cloudformationinclude" || pkg == "lambdalayerawscli" || pkg == "lambdalayerkubectl" ||
		pkg == "lambdalayernodeproxyagent" || pkg == "cloudassemblyschema" || pkg == "interfaces"
}

func position(pos, dir string) token.Position {
	// file:line:col
	parts := strings.Split(pos, ":")
	p := token.Position{Filename: pos}
	if len(parts) >= 3 {
		p.Filename = strings.Join(parts[:len(parts)-2], ":")
		fmt.Sscan(parts[len(parts)-2], &p.Line)
		fmt.Sscan(parts[len(parts)-1], &p.Column)
	} else if len(parts) == 2 {
		p.Filename = parts[0]
		fmt.Sscan(parts[1], &p.Line)
	}
	if rel, err := filepath.Rel(dir, p.Filename); err == nil && !strings.HasPrefix(rel, "..") {
		p.Filename = rel
	}
	return p
}

func relPos(pos, dir string) string {
	p := position(pos, dir)
	if p.Line == 0 {
		return p.Filename
	}
	return fmt.Sprintf("%s:%d", p.Filename, p.Line)
}

// expand splits the compiler's output that go list reports as one error
// ("# pkg\n./file.go:1:2: msg\n...") into positioned errors.
func expand(errs []packages.Error, pkgDir string) []packages.Error {
	var out []packages.Error
	for _, e := range errs {
		if e.Pos != "" || !strings.HasPrefix(e.Msg, "# ") {
			out = append(out, e)
			continue
		}
		for _, line := range strings.Split(e.Msg, "\n")[1:] {
			m := compilerLineRe.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			file := m[1]
			if !filepath.IsAbs(file) {
				file = filepath.Join(pkgDir, file)
			}
			out = append(out, packages.Error{Pos: file + ":" + m[2], Msg: m[3], Kind: packages.TypeError})
		}
	}
	return out
}

var compilerLineRe = regexp.MustCompile(`^(\S+\.go):(\d+:\d+): (.*)$`)
