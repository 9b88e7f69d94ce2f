package policy

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
)

//go:embed packs
var packs embed.FS

// ruleKinds are the rule names evaluated, with the severity they default to.
var ruleKinds = []struct {
	name     string
	combined bool
	severity string
}{
	{"deny", false, SeverityError},
	{"warn", false, SeverityWarning},
	{"deny_combined", true, SeverityError},
	{"warn_combined", true, SeverityWarning},
}

// Severities of a finding.
const (
	SeverityError   = "error"
	SeverityWarning = "warning"
)

// RuleSet is a compiled set of Rego modules, ready to evaluate. It is
// immutable and safe for concurrent use.
type RuleSet struct {
	name    string
	queries []query
	rules   []Rule
}

// Rule describes one rule ID a rule set may report, from the module's
// METADATA annotations when it has them.
type Rule struct {
	ID          string `json:"id"`
	Title       string `json:"title,omitempty"`
	Description string `json:"description,omitempty"`
	Severity    string `json:"severity"`
}

type query struct {
	pkg      string // package path without "data."
	rule     string
	combined bool
	severity string
	prepared rego.PreparedEvalQuery
}

// Name is the rule set's name: the directory or pack it was loaded from.
func (rs *RuleSet) Name() string { return rs.name }

// Rules lists the rules the set's modules declare (one per package and
// rule kind, plus every ID named in METADATA custom.id annotations).
func (rs *RuleSet) Rules() []Rule { return append([]Rule(nil), rs.rules...) }

// LoadDir compiles every .rego file under dir (test files, *_test.rego,
// are skipped).
func LoadDir(dir string) (*RuleSet, error) {
	if st, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("policy: rule directory: %w", err)
	} else if !st.IsDir() {
		return nil, fmt.Errorf("policy: rule directory %s is not a directory", dir)
	}
	return LoadFS(dir, os.DirFS(dir), ".")
}

// Builtin returns a built-in rule pack by name; "awssolutions" is the one
// there is.
func Builtin(name string) (*RuleSet, error) {
	root := path.Join("packs", name)
	if _, err := fs.Stat(packs, root); err != nil {
		return nil, fmt.Errorf("policy: no built-in pack %q (there is: awssolutions)", name)
	}
	return LoadFS("builtin:"+name, packs, root)
}

// Load resolves a --policy argument: "builtin:NAME" or a directory.
func Load(spec string) (*RuleSet, error) {
	if name, ok := strings.CutPrefix(spec, "builtin:"); ok {
		return Builtin(name)
	}
	return LoadDir(spec)
}

// LoadFS compiles the .rego files under root in fsys.
func LoadFS(name string, fsys fs.FS, root string) (*RuleSet, error) {
	modules := map[string]*ast.Module{}
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(p, ".rego") || strings.HasSuffix(p, "_test.rego") {
			return nil
		}
		src, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		file := filepath.ToSlash(filepath.Join(name, p))
		m, err := parseModule(file, string(src))
		if err != nil {
			return err
		}
		modules[file] = m
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("policy: %w", err)
	}
	if len(modules) == 0 {
		return nil, fmt.Errorf("policy: no .rego files in %s", name)
	}
	c := ast.NewCompiler().WithEnablePrintStatements(false)
	if c.Compile(modules); c.Failed() {
		return nil, fmt.Errorf("policy: %s: %v", name, c.Errors)
	}
	return newRuleSet(name, c, modules)
}

// parseModule accepts OPA v1 syntax, and v0 syntax for modules written
// before it (deny[msg] { ... }).
func parseModule(file, src string) (*ast.Module, error) {
	m, err := ast.ParseModuleWithOpts(file, src, ast.ParserOptions{RegoVersion: ast.RegoV1, ProcessAnnotation: true})
	if err == nil {
		return m, nil
	}
	if m0, err0 := ast.ParseModuleWithOpts(file, src, ast.ParserOptions{RegoVersion: ast.RegoV0, ProcessAnnotation: true}); err0 == nil {
		return m0, nil
	}
	return nil, err
}

func newRuleSet(name string, c *ast.Compiler, modules map[string]*ast.Module) (*RuleSet, error) {
	rs := &RuleSet{name: name}
	type key struct{ pkg, rule string }
	seen := map[key]bool{}
	ids := map[string]Rule{}
	files := make([]string, 0, len(modules))
	for f := range modules {
		files = append(files, f)
	}
	sort.Strings(files)
	for _, f := range files {
		m := c.Modules[f]
		pkg := strings.TrimPrefix(m.Package.Path.String(), "data.")
		for _, r := range m.Rules {
			rn := r.Head.Name.String()
			if rn == "" && len(r.Head.Reference) > 0 {
				rn = r.Head.Reference[0].String()
			}
			for _, k := range ruleKinds {
				if rn != k.name || seen[key{pkg, rn}] {
					continue
				}
				seen[key{pkg, rn}] = true
				q, err := rego.New(rego.Query("data."+pkg+"."+rn), rego.Compiler(c)).PrepareForEval(context.Background())
				if err != nil {
					return nil, fmt.Errorf("policy: %s: %w", f, err)
				}
				rs.queries = append(rs.queries, query{pkg: pkg, rule: rn, combined: k.combined, severity: k.severity, prepared: q})
				id := pkg + "." + rn
				if _, ok := ids[id]; !ok {
					ids[id] = Rule{ID: id, Severity: k.severity}
				}
			}
			for _, a := range r.Annotations {
				addAnnotated(ids, a, severityOf(rn))
			}
		}
		for _, a := range m.Annotations {
			addAnnotated(ids, a, "")
		}
	}
	if len(rs.queries) == 0 {
		return nil, fmt.Errorf("policy: %s defines no deny, warn, deny_combined or warn_combined rules", name)
	}
	for _, r := range ids {
		rs.rules = append(rs.rules, r)
	}
	sort.Slice(rs.rules, func(i, j int) bool { return rs.rules[i].ID < rs.rules[j].ID })
	return rs, nil
}

func severityOf(rule string) string {
	if strings.HasPrefix(rule, "warn") {
		return SeverityWarning
	}
	return SeverityError
}

// addAnnotated records a rule ID declared in METADATA (custom.id), with
// its title and description, so reports can describe it.
func addAnnotated(ids map[string]Rule, a *ast.Annotations, severity string) {
	if a == nil || a.Custom == nil {
		return
	}
	id, _ := a.Custom["id"].(string)
	if id == "" {
		return
	}
	r := ids[id]
	r.ID = id
	if a.Title != "" {
		r.Title = a.Title
	}
	if a.Description != "" {
		r.Description = strings.TrimSpace(a.Description)
	}
	if s, _ := a.Custom["severity"].(string); s != "" {
		r.Severity = s
	} else if r.Severity == "" {
		r.Severity = severity
	}
	if r.Severity == "" {
		r.Severity = SeverityError
	}
	ids[id] = r
}
