package parity

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/strata-cdk/strata/internal/cdkctx"
)

const (
	casesDir = "cases"
	// allowedFile lists, per case, the JSON paths whose values may differ from aws-cdk-lib's.
	allowedFile = "allowed-differences.txt"
	// cdkCLI is the npm CLI released with aws-cdk-lib 2.276.0 (npm's "latest" is a mistake).
	cdkCLI = "aws-cdk@2.1148.1"
	// maxReportLines caps a failure report; the rest is counted, not listed.
	maxReportLines = 30
	// keepEnv, when set, keeps the synthesized assemblies and logs where they are.
	keepEnv = "STRATA_PARITY_KEEP"
)

// modes are the two contexts each case is synthesized under; see contextJSON.
var modes = []string{"app", "cli"}

var work struct {
	dir    string
	mu     sync.Mutex
	builds map[string]*onceResult
	synths map[string]*onceResult
}

type onceResult struct {
	once sync.Once
	path string
	err  error
}

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "strata-parity-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "parity:", err)
		os.Exit(1)
	}
	work.dir = dir
	work.builds = map[string]*onceResult{}
	work.synths = map[string]*onceResult{}
	code := m.Run()
	if os.Getenv(keepEnv) != "" {
		fmt.Fprintf(os.Stderr, "parity: assemblies kept in %s\n", dir)
	} else {
		os.RemoveAll(dir)
	}
	os.Exit(code)
}

// TestParity compares, for every case and mode, Strata's templates and manifest with the
// ones aws-cdk-lib wrote for the case's twin.
func TestParity(t *testing.T) {
	for _, name := range listCases(t) {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			allowed, err := loadAllowed(filepath.Join(casesDir, name, allowedFile))
			if err != nil {
				t.Fatal(err)
			}
			for _, mode := range modes {
				t.Run(mode, func(t *testing.T) {
					out := synth(t, name, mode)
					expected := filepath.Join(casesDir, name, "expected", mode)
					if problems := compareAssemblies(expected, out, allowed); len(problems) > 0 {
						t.Errorf("%s/%s: Strata's assembly differs from aws-cdk-lib 2.276.0's (%s)\n%s",
							name, mode, expected, report(problems))
					}
				})
			}
		})
	}
}

// TestCfnLint runs cfn-lint on Strata's templates and fails on error-level findings,
// except those cfn-lint also reports, at the same place, on aws-cdk-lib's template.
func TestCfnLint(t *testing.T) {
	lint, err := exec.LookPath("cfn-lint")
	if err != nil {
		t.Skip("cfn-lint is not on PATH")
	}
	for _, name := range listCases(t) {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			for _, mode := range modes {
				t.Run(mode, func(t *testing.T) {
					out := synth(t, name, mode)
					files, err := findFiles(out, ".template.json")
					if err != nil {
						t.Fatal(err)
					}
					if len(files) == 0 {
						t.Fatalf("no templates in %s", out)
					}
					findings, err := runCfnLint(lint, out, files)
					if err != nil {
						t.Fatal(err)
					}
					var errs []lintFinding
					for _, f := range findings {
						if f.isError() {
							errs = append(errs, f)
						} else {
							t.Logf("cfn-lint %s %s %s: %s", f.Level, f.Rule.ID, f.where(), f.Message)
						}
					}
					if len(errs) == 0 {
						return
					}
					// aws-cdk-lib's own output is the reference: an error it shares is not Strata's.
					expected := filepath.Join(casesDir, name, "expected", mode)
					var theirFiles []string
					for _, f := range files {
						if _, err := os.Stat(filepath.Join(expected, f)); err == nil {
							theirFiles = append(theirFiles, f)
						}
					}
					var theirs []lintFinding
					if len(theirFiles) > 0 {
						theirs, err = runCfnLint(lint, expected, theirFiles)
					}
					if err != nil {
						t.Fatal(err)
					}
					shared := map[string]bool{}
					for _, f := range theirs {
						shared[f.key()] = true
					}
					var lines []string
					for _, f := range errs {
						if shared[f.key()] {
							t.Logf("cfn-lint %s %s: %s (also in aws-cdk-lib's template)", f.Rule.ID, f.where(), f.Message)
							continue
						}
						lines = append(lines, fmt.Sprintf("%s %s: %s", f.Rule.ID, f.where(), f.Message))
					}
					if len(lines) > 0 {
						t.Errorf("%s/%s: cfn-lint reports errors in Strata's templates (%s)\n%s",
							name, mode, out, report(lines))
					}
				})
			}
		})
	}
}

// TestCDKList checks that the npm aws-cdk CLI can read Strata's assembly and lists the
// stacks aws-cdk-lib's assembly has.
func TestCDKList(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the npm aws-cdk CLI; skipped with -short")
	}
	npx, err := exec.LookPath("npx")
	if err != nil {
		t.Skip("npx is not on PATH")
	}
	for _, name := range listCases(t) {
		t.Run(name, func(t *testing.T) {
			for _, mode := range modes {
				t.Run(mode, func(t *testing.T) {
					out := synth(t, name, mode)
					want, err := stackDisplayNames(filepath.Join(casesDir, name, "expected", mode, "manifest.json"))
					if err != nil {
						t.Fatal(err)
					}
					ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
					defer cancel()
					cmd := exec.CommandContext(ctx, npx, "--yes", cdkCLI, "ls", "--app", out)
					cmd.Dir = t.TempDir() // no cdk.json around to interfere
					cmd.Env = cleanEnv()
					var stdout, stderr bytes.Buffer
					cmd.Stdout, cmd.Stderr = &stdout, &stderr
					if err := cmd.Run(); err != nil {
						t.Fatalf("npx %s ls --app %s: %v\n%s", cdkCLI, out, err, tail(stderr.String(), maxReportLines))
					}
					// Each line is "<display name>" or "<display name> (<stack name>)".
					var got []string
					for _, line := range strings.Split(stdout.String(), "\n") {
						line = strings.TrimSpace(line)
						// The CLI tries the missing lookups (no credentials here) and
						// says so on stdout.
						if line == "" || strings.HasPrefix(line, "Searching for ") {
							continue
						}
						if i := strings.Index(line, " ("); i >= 0 {
							line = line[:i]
						}
						got = append(got, line)
					}
					sort.Strings(got)
					if !reflect.DeepEqual(got, want) {
						t.Errorf("cdk ls --app %s listed %q, want %q\nstdout:\n%s\nstderr:\n%s",
							out, got, want, stdout.String(), tail(stderr.String(), maxReportLines))
					}
				})
			}
		})
	}
}

// ---------------------------------------------------------------- cases, build, synth

// programFile, in a case directory, names the example that is the case's
// program (a path from the repository root), so that an app has one copy:
// the example is built and run in its own directory, and so is the twin.
const programFile = "program"

// programDir is the directory of a case's program: the example its program
// file names, else the case directory itself.
func programDir(name string) string {
	b, err := os.ReadFile(filepath.Join(casesDir, name, programFile))
	if err != nil {
		return filepath.Join(casesDir, name)
	}
	return filepath.Join("..", filepath.FromSlash(strings.TrimSpace(string(b))))
}

// listCases returns the case directories that have a program and expectations.
func listCases(t *testing.T) []string {
	t.Helper()
	entries, err := os.ReadDir(casesDir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		dir := filepath.Join(casesDir, e.Name())
		if _, err := os.Stat(filepath.Join(programDir(e.Name()), "main.go")); err != nil {
			if _, err := os.Stat(filepath.Join(dir, programFile)); err != nil {
				continue
			}
		}
		if _, err := os.Stat(filepath.Join(dir, "expected")); err != nil {
			t.Errorf("case %s has no expected/: run parity/regen.sh %s", e.Name(), e.Name())
			continue
		}
		names = append(names, e.Name())
	}
	if len(names) == 0 {
		t.Fatalf("no cases under %s", casesDir)
	}
	return names
}

// contextJSON is the CDK_CONTEXT_JSON a mode runs under, the same object regen.sh gives the
// twin: "app" gets the flags cdk init writes into cdk.json (what `go run .` sees), "cli"
// gets them merged with the keys the CDK CLI adds (what `cdk synth` and `strata synth` see).
func contextJSON(mode string) ([]byte, error) {
	switch mode {
	case "app":
		return cdkctx.InitContextJSON(), nil
	case "cli":
		merged := cdkctx.InitContext()
		for k, v := range cdkctx.CLIContext() {
			merged[k] = v
		}
		return json.Marshal(merged)
	}
	return nil, fmt.Errorf("unknown mode %q", mode)
}

// build compiles a case's program once per test binary and returns the executable.
func build(name string) (string, error) {
	work.mu.Lock()
	r, ok := work.builds[name]
	if !ok {
		r = &onceResult{}
		work.builds[name] = r
	}
	work.mu.Unlock()
	r.once.Do(func() {
		goTool, err := exec.LookPath("go")
		if err != nil {
			r.err = fmt.Errorf("building case %s: %w", name, err)
			return
		}
		bin := filepath.Join(work.dir, "bin", name)
		cmd := exec.Command(goTool, "build", "-o", bin, "./"+filepath.ToSlash(programDir(name)))
		if out, err := cmd.CombinedOutput(); err != nil {
			r.err = fmt.Errorf("go build %s: %v\n%s", programDir(name), err, head(string(out), maxReportLines))
			return
		}
		r.path = bin
	})
	return r.path, r.err
}

// synth runs a case's program once per mode and returns its output directory. The program
// runs in its case directory, as `go run .` would, with CDK_OUTDIR and CDK_CONTEXT_JSON set
// the way the CDK CLI sets them.
func synth(t *testing.T, name, mode string) string {
	t.Helper()
	key := name + "/" + mode
	work.mu.Lock()
	r, ok := work.synths[key]
	if !ok {
		r = &onceResult{}
		work.synths[key] = r
	}
	work.mu.Unlock()
	r.once.Do(func() {
		bin, err := build(name)
		if err != nil {
			r.err = err
			return
		}
		ctxJSON, err := contextJSON(mode)
		if err != nil {
			r.err = err
			return
		}
		out := filepath.Join(work.dir, name, mode, "cdk.out")
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			r.err = err
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, bin)
		cmd.Dir = programDir(name)
		cmd.Env = append(cleanEnv(), "CDK_OUTDIR="+out, "CDK_CONTEXT_JSON="+string(ctxJSON))
		var output bytes.Buffer
		cmd.Stdout, cmd.Stderr = &output, &output
		if err := cmd.Run(); err != nil {
			r.err = fmt.Errorf("running case %s (%s mode): %v\n%s", name, mode, err, tail(output.String(), maxReportLines))
			return
		}
		if _, err := os.Stat(filepath.Join(out, "manifest.json")); err != nil {
			r.err = fmt.Errorf("case %s (%s mode) exited cleanly but wrote no manifest.json in %s", name, mode, out)
			return
		}
		r.path = out
	})
	if r.err != nil {
		t.Fatal(r.err)
	}
	return r.path
}

// cleanEnv is the test's environment without the CDK_ variables that would change what an
// app synthesizes (CDK_DEFAULT_ACCOUNT, CDK_CONTEXT_JSON, CDK_OUTDIR, ...).
func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "CDK_") {
			env = append(env, kv)
		}
	}
	return env
}

// ---------------------------------------------------------------- comparing assemblies

// compareAssemblies returns one line per difference between the expected assembly (the
// files regen.sh keeps) and Strata's.
func compareAssemblies(expectedDir, gotDir string, allowed []allowedDiff) []string {
	var problems []string
	for _, suffix := range []string{".template.json", ".assets.json"} {
		exp, err := findFiles(expectedDir, suffix)
		if err != nil {
			return []string{err.Error()}
		}
		got, err := findFiles(gotDir, suffix)
		if err != nil {
			return []string{err.Error()}
		}
		missing, extra := setDiff(exp, got)
		for _, f := range missing {
			problems = append(problems, fmt.Sprintf("%s: missing (aws-cdk-lib writes it)", f))
		}
		for _, f := range extra {
			problems = append(problems, fmt.Sprintf("%s: unexpected file (aws-cdk-lib does not write it)", f))
		}
		if suffix != ".template.json" {
			continue
		}
		for _, f := range intersect(exp, got) {
			problems = append(problems, compareTemplate(f, filepath.Join(expectedDir, f), filepath.Join(gotDir, f), allowed)...)
		}
	}
	manifests, err := findFiles(expectedDir, "manifest.json")
	if err != nil {
		return append(problems, err.Error())
	}
	for _, f := range manifests {
		problems = append(problems, compareManifest(f, filepath.Join(expectedDir, f), filepath.Join(gotDir, f))...)
	}
	return problems
}

// compareTemplate compares two templates as JSON values, ignoring the CDKMetadata resource
// (version reporting, which names aws-cdk-lib's own constructs) and the allowed paths.
func compareTemplate(name, expectedFile, gotFile string, allowed []allowedDiff) []string {
	exp, err := readJSON(expectedFile)
	if err != nil {
		return []string{err.Error()}
	}
	got, err := readJSON(gotFile)
	if err != nil {
		return []string{fmt.Sprintf("%s: %v", name, err)}
	}
	for _, doc := range []interface{}{exp, got} {
		if m, ok := doc.(map[string]interface{}); ok {
			if res, ok := m["Resources"].(map[string]interface{}); ok {
				delete(res, "CDKMetadata")
			}
		}
	}
	var diffs []difference
	diffJSON(nil, exp, got, &diffs)
	var lines []string
	for _, d := range diffs {
		if isAllowed(allowed, name, d.path) {
			continue
		}
		lines = append(lines, fmt.Sprintf("%s: %s: %s", name, renderPath(d.path), d.describe()))
	}
	return lines
}

// manifestFile is the part of manifest.json the harness compares.
type manifestFile struct {
	Version   string                      `json:"version"`
	Artifacts map[string]manifestArtifact `json:"artifacts"`
	// Missing lists the context lookups a toolkit must make (a missing
	// Vpc_FromLookup or HostedZone_FromLookup value), keyed by context key.
	Missing []missingContext `json:"missing"`
}

type missingContext struct {
	Key      string                 `json:"key"`
	Provider string                 `json:"provider"`
	Props    map[string]interface{} `json:"props"`
}

type manifestArtifact struct {
	Type         string                 `json:"type"`
	Environment  *string                `json:"environment"`
	Dependencies []string               `json:"dependencies"`
	DisplayName  *string                `json:"displayName"`
	Properties   map[string]interface{} `json:"properties"`
}

const stackArtifact = "aws:cloudformation:stack"

// stackProperties are the stack artifact properties compared; the others carry the template
// hash (stackTemplateAssetObjectUrl) or are the synthesizer's, checked through the templates.
var stackProperties = []string{"templateFile", "stackName", "terminationProtection", "tags"}

// compareManifest compares the stack artifacts of two manifests: which stacks there are,
// their environment, dependencies (as a set: their order carries no meaning), display name
// and the properties in stackProperties; and the missing context entries (as a set keyed
// by context key, each equal as JSON).
func compareManifest(name, expectedFile, gotFile string) []string {
	var exp, got manifestFile
	if err := readJSONInto(expectedFile, &exp); err != nil {
		return []string{err.Error()}
	}
	if err := readJSONInto(gotFile, &got); err != nil {
		return []string{fmt.Sprintf("%s: %v", name, err)}
	}
	var problems []string
	add := func(format string, args ...interface{}) {
		problems = append(problems, name+": "+fmt.Sprintf(format, args...))
	}
	if exp.Version != got.Version {
		add("version: expected %q, got %q", exp.Version, got.Version)
	}
	stacks := func(m manifestFile) []string {
		var ids []string
		for id, a := range m.Artifacts {
			if a.Type == stackArtifact {
				ids = append(ids, id)
			}
		}
		sort.Strings(ids)
		return ids
	}
	problems = append(problems, compareMissingContext(name, exp.Missing, got.Missing)...)
	missing, extra := setDiff(stacks(exp), stacks(got))
	for _, id := range missing {
		add("artifacts.%s: missing stack artifact", id)
	}
	for _, id := range extra {
		add("artifacts.%s: unexpected stack artifact", id)
	}
	for _, id := range intersect(stacks(exp), stacks(got)) {
		e, g := exp.Artifacts[id], got.Artifacts[id]
		if !reflect.DeepEqual(e.Environment, g.Environment) {
			add("artifacts.%s.environment: expected %s, got %s", id, compact(e.Environment), compact(g.Environment))
		}
		if !reflect.DeepEqual(e.DisplayName, g.DisplayName) {
			add("artifacts.%s.displayName: expected %s, got %s", id, compact(e.DisplayName), compact(g.DisplayName))
		}
		ed, gd := sortedCopy(e.Dependencies), sortedCopy(g.Dependencies)
		if !reflect.DeepEqual(ed, gd) {
			add("artifacts.%s.dependencies: expected %s, got %s", id, compact(ed), compact(gd))
		}
		for _, p := range stackProperties {
			ev, eok := e.Properties[p]
			gv, gok := g.Properties[p]
			switch {
			case eok && !gok:
				add("artifacts.%s.properties.%s: missing, expected %s", id, p, compact(ev))
			case !eok && gok:
				add("artifacts.%s.properties.%s: unexpected %s", id, p, compact(gv))
			case eok && !reflect.DeepEqual(ev, gv):
				add("artifacts.%s.properties.%s: expected %s, got %s", id, p, compact(ev), compact(gv))
			}
		}
	}
	return problems
}

// compareMissingContext compares the manifests' "missing" lists: the same context keys, and
// for each the same provider and props (dummy value included).
func compareMissingContext(name string, exp, got []missingContext) []string {
	index := func(l []missingContext) (map[string]missingContext, []string) {
		m := map[string]missingContext{}
		var keys []string
		for _, e := range l {
			m[e.Key] = e
			keys = append(keys, e.Key)
		}
		sort.Strings(keys)
		return m, keys
	}
	em, ek := index(exp)
	gm, gk := index(got)
	var problems []string
	onlyExp, onlyGot := setDiff(ek, gk)
	for _, k := range onlyExp {
		problems = append(problems, fmt.Sprintf("%s: missing[%q]: not listed, expected %s", name, k, compact(em[k])))
	}
	for _, k := range onlyGot {
		problems = append(problems, fmt.Sprintf("%s: missing[%q]: unexpected %s", name, k, compact(gm[k])))
	}
	for _, k := range intersect(ek, gk) {
		if !reflect.DeepEqual(em[k], gm[k]) {
			problems = append(problems, fmt.Sprintf("%s: missing[%q]: expected %s, got %s", name, k, compact(em[k]), compact(gm[k])))
		}
	}
	return problems
}

// stackDisplayNames returns the sorted display names of a manifest's stacks, what
// `cdk ls` prints.
func stackDisplayNames(manifest string) ([]string, error) {
	var m manifestFile
	if err := readJSONInto(manifest, &m); err != nil {
		return nil, err
	}
	var names []string
	for id, a := range m.Artifacts {
		if a.Type != stackArtifact {
			continue
		}
		if a.DisplayName != nil {
			names = append(names, *a.DisplayName)
		} else {
			names = append(names, id)
		}
	}
	sort.Strings(names)
	return names, nil
}

// ---------------------------------------------------------------- structural JSON diff

// A pathSegment is an object key (string) or an array index (int).
type pathSegment interface{}

type difference struct {
	path     []pathSegment
	expected interface{}
	got      interface{}
	missing  bool // present in expected only
	extra    bool // present in got only
}

func (d difference) describe() string {
	switch {
	case d.missing:
		return "missing, expected " + compact(d.expected)
	case d.extra:
		return "unexpected " + compact(d.got)
	}
	return "expected " + compact(d.expected) + ", got " + compact(d.got)
}

// diffJSON appends the differences between two decoded JSON values: objects compare as
// maps, arrays element by element in order, numbers by value.
func diffJSON(p []pathSegment, exp, got interface{}, out *[]difference) {
	at := func(seg pathSegment) []pathSegment {
		return append(append([]pathSegment(nil), p...), seg)
	}
	switch e := exp.(type) {
	case map[string]interface{}:
		g, ok := got.(map[string]interface{})
		if !ok {
			break
		}
		for _, k := range sortedKeys(e, g) {
			ev, eok := e[k]
			gv, gok := g[k]
			switch {
			case !gok:
				*out = append(*out, difference{path: at(k), expected: ev, missing: true})
			case !eok:
				*out = append(*out, difference{path: at(k), got: gv, extra: true})
			default:
				diffJSON(at(k), ev, gv, out)
			}
		}
		return
	case []interface{}:
		g, ok := got.([]interface{})
		if !ok {
			break
		}
		for i := 0; i < len(e) || i < len(g); i++ {
			switch {
			case i >= len(g):
				*out = append(*out, difference{path: at(i), expected: e[i], missing: true})
			case i >= len(e):
				*out = append(*out, difference{path: at(i), got: g[i], extra: true})
			default:
				diffJSON(at(i), e[i], g[i], out)
			}
		}
		return
	}
	if !reflect.DeepEqual(exp, got) {
		*out = append(*out, difference{path: p, expected: exp, got: got})
	}
}

func sortedKeys(a, b map[string]interface{}) []string {
	seen := map[string]bool{}
	var keys []string
	for _, m := range []map[string]interface{}{a, b} {
		for k := range m {
			if !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
	}
	sort.Strings(keys)
	return keys
}

// renderPath writes a path as Resources.Foo.Properties.Tags[0].Key; keys that are not
// plain (dots, brackets, spaces, quotes, "*", empty) are written quoted: Tags["a.b"].
func renderPath(p []pathSegment) string {
	var b strings.Builder
	for i, seg := range p {
		switch s := seg.(type) {
		case int:
			fmt.Fprintf(&b, "[%d]", s)
		case string:
			if plainKey(s) {
				if i > 0 {
					b.WriteByte('.')
				}
				b.WriteString(s)
			} else {
				b.WriteString("[" + strconv.Quote(s) + "]")
			}
		}
	}
	if b.Len() == 0 {
		return "(document)"
	}
	return b.String()
}

func plainKey(s string) bool {
	return s != "" && !strings.ContainsAny(s, ".[]\"* \t\n")
}

// ---------------------------------------------------------------- allowed differences

// An allowedDiff lets the value at a JSON path (and everything under it) differ in the
// templates whose file name matches a glob. Cases list them in allowed-differences.txt,
// one per line: "<template file glob> <path pattern>", for example
//
//	*.template.json Resources.CustomS3AutoDeleteObjectsCustomResourceProviderHandler9D90184F.Properties.Code.S3Key
//
// A path pattern is written as renderPath writes paths; a key may hold path.Match globs
// ("*Handler*") and "[*]" matches any array index.
type allowedDiff struct {
	file    string
	pattern []pathSegment // string keys are globs; -1 is any index
	text    string
}

func loadAllowed(file string) ([]allowedDiff, error) {
	data, err := os.ReadFile(file)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var allowed []allowedDiff
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		if len(fields) < 2 {
			return nil, fmt.Errorf("%s:%d: want \"<template file glob> <json path>\", got %q", file, i+1, line)
		}
		glob := fields[0]
		if _, err := path.Match(glob, ""); err != nil {
			return nil, fmt.Errorf("%s:%d: bad file glob %q: %v", file, i+1, glob, err)
		}
		text := strings.TrimSpace(strings.TrimPrefix(line, glob))
		pattern, err := parsePath(text)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", file, i+1, err)
		}
		allowed = append(allowed, allowedDiff{file: glob, pattern: pattern, text: text})
	}
	return allowed, nil
}

// parsePath reads a path written as renderPath writes it, with "[*]" for any index.
func parsePath(s string) ([]pathSegment, error) {
	var segs []pathSegment
	orig := s
	for s != "" {
		switch {
		case strings.HasPrefix(s, "."):
			s = s[1:]
		case strings.HasPrefix(s, "[\""):
			// Find the closing quote, stepping over backslash escapes.
			end := -1
			for i := 2; i < len(s); i++ {
				if s[i] == '\\' {
					i++
					continue
				}
				if s[i] == '"' {
					end = i
					break
				}
			}
			if end < 0 || end+1 >= len(s) || s[end+1] != ']' {
				return nil, fmt.Errorf("path %q: unterminated quoted key", orig)
			}
			key, err := strconv.Unquote(s[1 : end+1])
			if err != nil {
				return nil, fmt.Errorf("path %q: %v", orig, err)
			}
			segs = append(segs, key)
			s = s[end+2:]
		case strings.HasPrefix(s, "["):
			end := strings.Index(s, "]")
			if end < 0 {
				return nil, fmt.Errorf("path %q: unterminated index", orig)
			}
			idx := s[1:end]
			if idx == "*" {
				segs = append(segs, -1)
			} else {
				n, err := strconv.Atoi(idx)
				if err != nil || n < 0 {
					return nil, fmt.Errorf("path %q: bad index %q", orig, idx)
				}
				segs = append(segs, n)
			}
			s = s[end+1:]
		default:
			end := strings.IndexAny(s, ".[")
			if end < 0 {
				end = len(s)
			}
			key := s[:end]
			if _, err := path.Match(key, ""); err != nil {
				return nil, fmt.Errorf("path %q: bad key pattern %q: %v", orig, key, err)
			}
			segs = append(segs, key)
			s = s[end:]
		}
	}
	if len(segs) == 0 {
		return nil, fmt.Errorf("empty path")
	}
	return segs, nil
}

// isAllowed reports whether a difference at p in template file lies at or under an
// allowed path.
func isAllowed(allowed []allowedDiff, file string, p []pathSegment) bool {
	for _, a := range allowed {
		if ok, _ := path.Match(a.file, path.Base(filepath.ToSlash(file))); !ok {
			continue
		}
		if len(a.pattern) > len(p) {
			continue
		}
		match := true
		for i, want := range a.pattern {
			switch w := want.(type) {
			case int:
				n, isIndex := p[i].(int)
				match = isIndex && (w == -1 || w == n)
			case string:
				key, isKey := p[i].(string)
				ok := false
				if isKey {
					ok, _ = path.Match(w, key)
				}
				match = ok
			}
			if !match {
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

// ---------------------------------------------------------------- cfn-lint

type lintFinding struct {
	Filename string `json:"Filename"`
	Level    string `json:"Level"`
	Message  string `json:"Message"`
	Location struct {
		Path  []interface{} `json:"Path"`
		Start struct {
			LineNumber int `json:"LineNumber"`
		} `json:"Start"`
	} `json:"Location"`
	Rule struct {
		ID string `json:"Id"`
	} `json:"Rule"`
}

func (f lintFinding) isError() bool {
	return f.Level == "Error" || strings.HasPrefix(f.Rule.ID, "E")
}

func (f lintFinding) where() string {
	var p []pathSegment
	for _, seg := range f.Location.Path {
		switch s := seg.(type) {
		case string:
			p = append(p, s)
		case float64:
			p = append(p, int(s))
		}
	}
	if len(p) == 0 {
		return fmt.Sprintf("%s:%d", f.Filename, f.Location.Start.LineNumber)
	}
	return f.Filename + ": " + renderPath(p)
}

// key identifies a finding independently of the directory the template is in.
func (f lintFinding) key() string {
	return f.Rule.ID + " " + f.where() + " " + f.Message
}

// runCfnLint lints the given templates (relative to dir) and returns cfn-lint's findings,
// with file names relative to dir.
func runCfnLint(lint, dir string, files []string) ([]lintFinding, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	args := append([]string{"--format", "json", "--"}, files...)
	cmd := exec.CommandContext(ctx, lint, args...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run() // non-zero whenever there are findings
	var findings []lintFinding
	if err := json.Unmarshal(stdout.Bytes(), &findings); err != nil {
		return nil, fmt.Errorf("cfn-lint in %s: %v (exit: %v)\n%s%s", dir, err, runErr,
			head(stdout.String(), 10), tail(stderr.String(), maxReportLines))
	}
	return findings, nil
}

// ---------------------------------------------------------------- small helpers

// findFiles returns the paths, relative to dir and sorted, of the files whose names end in
// suffix, skipping staged asset directories (asset.*).
func findFiles(dir, suffix string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != dir && strings.HasPrefix(d.Name(), "asset.") {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(d.Name(), suffix) {
			rel, err := filepath.Rel(dir, p)
			if err != nil {
				return err
			}
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

func readJSON(file string) (interface{}, error) {
	var v interface{}
	err := readJSONInto(file, &v)
	return v, err
}

func readJSONInto(file string, v interface{}) error {
	data, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%s: invalid JSON: %v", file, err)
	}
	return nil
}

// setDiff returns the elements only in a and only in b (both sorted).
func setDiff(a, b []string) (onlyA, onlyB []string) {
	inA, inB := toSet(a), toSet(b)
	for _, x := range a {
		if !inB[x] {
			onlyA = append(onlyA, x)
		}
	}
	for _, x := range b {
		if !inA[x] {
			onlyB = append(onlyB, x)
		}
	}
	return onlyA, onlyB
}

func intersect(a, b []string) []string {
	inB := toSet(b)
	var both []string
	for _, x := range a {
		if inB[x] {
			both = append(both, x)
		}
	}
	return both
}

func toSet(xs []string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

func sortedCopy(xs []string) []string {
	c := append([]string{}, xs...)
	sort.Strings(c)
	return c
}

// compact renders a value as one line of JSON, shortened to stay readable in a report.
func compact(v interface{}) string {
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Ptr {
		if rv.IsNil() {
			return "<absent>"
		}
		v = rv.Elem().Interface()
	}
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	const max = 160
	if len(data) > max {
		return string(data[:max]) + "…"
	}
	return string(data)
}

// report joins problem lines, listing at most maxReportLines of them.
func report(lines []string) string {
	if len(lines) <= maxReportLines {
		return "  " + strings.Join(lines, "\n  ")
	}
	return "  " + strings.Join(lines[:maxReportLines], "\n  ") +
		fmt.Sprintf("\n  ... and %d more", len(lines)-maxReportLines)
}

func head(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = append(lines[:n], fmt.Sprintf("... (%d more lines)", len(lines)-n))
	}
	return strings.Join(lines, "\n")
}

func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = append([]string{fmt.Sprintf("... (%d lines before)", len(lines)-n)}, lines[len(lines)-n:]...)
	}
	return strings.Join(lines, "\n")
}
