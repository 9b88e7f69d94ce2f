package toolkit

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/internal/toolkit/cfnyaml"
)

// Project is a CDK project directory: cdk.json, cdk.context.json and the
// user's ~/.cdk.json defaults.
type Project struct {
	Dir string
	// Settings is cdk.json (nil map when the file is absent).
	Settings map[string]interface{}
	// Context from cdk.json "context" and cdk.context.json (cached lookups).
	ProjectContext map[string]interface{}
	CachedContext  map[string]interface{}
	UserContext    map[string]interface{}
}

// ContextFile is where cached context (lookups, `strata context`) lives.
const ContextFile = "cdk.context.json"

// LoadProject reads the project in dir. A missing cdk.json is fine (an app
// given with --app needs none).
func LoadProject(dir string) (*Project, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	p := &Project{Dir: abs, Settings: map[string]interface{}{}}
	if err := readJSONFile(filepath.Join(abs, "cdk.json"), &p.Settings); err != nil {
		return nil, err
	}
	if c, ok := p.Settings["context"].(map[string]interface{}); ok {
		p.ProjectContext = c
	}
	if err := readJSONFile(filepath.Join(abs, ContextFile), &p.CachedContext); err != nil {
		return nil, err
	}
	if home, err := os.UserHomeDir(); err == nil && os.Getenv("STRATA_IGNORE_USER_CONFIG") == "" {
		var user map[string]interface{}
		if readJSONFile(filepath.Join(home, ".cdk.json"), &user) == nil {
			if c, ok := user["context"].(map[string]interface{}); ok {
				p.UserContext = c
			}
		}
	}
	return p, nil
}

func readJSONFile(path string, into interface{}) error {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, into); err != nil {
		return fmt.Errorf("%s is not valid JSON: %w", path, err)
	}
	return nil
}

// String returns a cdk.json setting as a string ("" when absent).
func (p *Project) String(key string) string {
	switch v := p.Settings[key].(type) {
	case string:
		return v
	case []interface{}:
		// "app" may be given as an argv array.
		parts := make([]string, 0, len(v))
		for _, x := range v {
			parts = append(parts, fmt.Sprint(x))
		}
		return strings.Join(parts, " ")
	}
	return ""
}

// ContextOptions are the CLI's switches that add to the app's context.
type ContextOptions struct {
	// Command line --context key=value pairs (highest priority).
	CommandLine map[string]string
	// Which of the CLI's own keys to set; all true by default (nil pointer).
	PathMetadata, AssetMetadata, VersionReporting *bool
}

// Context returns the context the app runs with, highest priority first:
// --context, cdk.json context, cdk.context.json, ~/.cdk.json; then the keys
// the CDK CLI sets on its own (cdkctx.CLIContext) unless switched off.
func (p *Project) Context(o ContextOptions) map[string]interface{} {
	out := map[string]interface{}{}
	for _, layer := range []map[string]interface{}{p.UserContext, p.CachedContext, p.ProjectContext} {
		for k, v := range layer {
			out[k] = v
		}
	}
	for k, v := range o.CommandLine {
		// Like the CDK CLI, values that parse as JSON are passed as such.
		var j interface{}
		if json.Unmarshal([]byte(v), &j) == nil {
			out[k] = j
		} else {
			out[k] = v
		}
	}
	for k, v := range cdkctx.CLIContext() {
		out[k] = v
	}
	off := func(b *bool) bool { return b != nil && !*b }
	if off(o.PathMetadata) {
		out["aws:cdk:enable-path-metadata"] = false
	}
	if off(o.AssetMetadata) {
		out["aws:cdk:enable-asset-metadata"] = false
	}
	if off(o.VersionReporting) {
		out["aws:cdk:version-reporting"] = false
	}
	return out
}

// ContextEntry is one key of the project's context, for `strata context`.
type ContextEntry struct {
	Key    string      `json:"key"`
	Value  interface{} `json:"value"`
	Source string      `json:"source"` // cdk.json, cdk.context.json, ~/.cdk.json
}

// ContextEntries lists the project's context keys with where each comes from.
func (p *Project) ContextEntries() []ContextEntry {
	seen := map[string]bool{}
	var out []ContextEntry
	for _, l := range []struct {
		src string
		m   map[string]interface{}
	}{{"cdk.json", p.ProjectContext}, {ContextFile, p.CachedContext}, {"~/.cdk.json", p.UserContext}} {
		for _, k := range sortedKeys(l.m) {
			if seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, ContextEntry{Key: k, Value: l.m[k], Source: l.src})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

// ResetContext removes keys (or all when keys is empty) from cdk.context.json
// and returns the keys removed; keys set in cdk.json cannot be reset there.
func (p *Project) ResetContext(keys []string) ([]string, error) {
	var removed []string
	if len(keys) == 0 {
		keys = sortedKeys(p.CachedContext)
	}
	for _, k := range keys {
		if _, ok := p.CachedContext[k]; ok {
			delete(p.CachedContext, k)
			removed = append(removed, k)
		} else if _, ok := p.ProjectContext[k]; ok {
			return removed, fmt.Errorf("context key %q is set in cdk.json; remove it there", k)
		} else {
			return removed, fmt.Errorf("no context key %q", k)
		}
	}
	b, err := json.MarshalIndent(p.CachedContext, "", "  ")
	if err != nil {
		return nil, err
	}
	if p.CachedContext == nil {
		b = []byte("{}")
	}
	return removed, os.WriteFile(filepath.Join(p.Dir, ContextFile), append(b, '\n'), 0o644)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// AbsPath resolves path against the project directory.
func (p *Project) AbsPath(path string) string { return p.abs(path) }

// SaveContext records looked-up values in cdk.context.json and in the
// project's context for the next synth. As the CDK CLI writes the file, the
// entries already there keep their order and contents, and new ones follow
// in the order given (the manifest's "missing" order). Values the CDK CLI
// marks transient ($dontSaveContext) are used but not written.
func (p *Project) SaveContext(keys []string, values map[string]interface{}) error {
	if p.CachedContext == nil {
		p.CachedContext = map[string]interface{}{}
	}
	path := filepath.Join(p.Dir, ContextFile)
	file := &cfnyaml.Object{Values: map[string]cfnyaml.Value{}}
	if b, err := os.ReadFile(path); err == nil {
		if v, err := cfnyaml.Decode(b); err == nil {
			if o, ok := v.(*cfnyaml.Object); ok {
				file = o
			}
		}
	}
	for _, k := range keys {
		v, ok := values[k]
		if !ok {
			continue
		}
		p.CachedContext[k] = v
		if m, ok := v.(map[string]interface{}); ok && m["$dontSaveContext"] == true {
			continue
		}
		file.Set(k, v)
	}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(file); err != nil {
		return err
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
