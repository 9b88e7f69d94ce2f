package policy

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// ReadAssembly reads the templates of a cloud assembly directory: every
// stack artifact of its manifest, those of nested assemblies (stages), and
// the nested-stack templates beside them.
func ReadAssembly(dir string) ([]Template, error) {
	var out []Template
	if err := readAssembly(dir, "", &out); err != nil {
		return nil, err
	}
	return out, nil
}

func readAssembly(dir, rel string, out *[]Template) error {
	raw, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		return fmt.Errorf("policy: %w", err)
	}
	var m struct {
		Artifacts map[string]struct {
			Type        string `json:"type"`
			DisplayName string `json:"displayName"`
			Properties  struct {
				TemplateFile  string `json:"templateFile"`
				DirectoryName string `json:"directoryName"`
			} `json:"properties"`
		} `json:"artifacts"`
	}
	if err := json.Unmarshal(raw, &m); err != nil {
		return fmt.Errorf("policy: %s: %w", filepath.Join(dir, "manifest.json"), err)
	}
	ids := make([]string, 0, len(m.Artifacts))
	for id := range m.Artifacts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := m.Artifacts[id]
		switch a.Type {
		case "aws:cloudformation:stack":
			name := a.DisplayName
			if name == "" {
				name = id
			}
			if err := readTemplate(dir, rel, a.Properties.TemplateFile, name, out); err != nil {
				return err
			}
		case "cdk:cloud-assembly":
			sub := a.Properties.DirectoryName
			if err := readAssembly(filepath.Join(dir, sub), filepath.Join(rel, sub), out); err != nil {
				return err
			}
		}
	}
	nested, _ := filepath.Glob(filepath.Join(dir, "*.nested.template.json"))
	sort.Strings(nested)
	for _, n := range nested {
		base := filepath.Base(n)
		if err := readTemplate(dir, rel, base, strings.TrimSuffix(base, ".nested.template.json"), out); err != nil {
			return err
		}
	}
	return nil
}

func readTemplate(dir, rel, file, stack string, out *[]Template) error {
	raw, err := os.ReadFile(filepath.Join(dir, file))
	if err != nil {
		return fmt.Errorf("policy: %w", err)
	}
	var body map[string]interface{}
	if err := json.Unmarshal(raw, &body); err != nil {
		return fmt.Errorf("policy: %s: %w", file, err)
	}
	*out = append(*out, Template{Stack: stack, Path: filepath.ToSlash(filepath.Join(rel, file)), Body: body})
	return nil
}

// EvaluateAssembly runs the rule sets over a cloud assembly directory.
func EvaluateAssembly(ctx context.Context, dir string, sets ...*RuleSet) (*Report, error) {
	templates, err := ReadAssembly(dir)
	if err != nil {
		return nil, err
	}
	return Evaluate(ctx, templates, sets...)
}

// Evaluate runs the rule sets over the templates and gathers one report.
func Evaluate(ctx context.Context, templates []Template, sets ...*RuleSet) (*Report, error) {
	rep := &Report{}
	for _, rs := range sets {
		fs, err := rs.Evaluate(ctx, templates)
		if err != nil {
			return nil, err
		}
		rep.RuleSets = append(rep.RuleSets, rs.Name())
		rep.Rules = append(rep.Rules, rs.Rules()...)
		rep.Findings = append(rep.Findings, fs...)
	}
	sortFindings(rep.Findings)
	return rep, nil
}
