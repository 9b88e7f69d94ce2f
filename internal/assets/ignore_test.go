package assets

import (
	"encoding/json"
	"os"
	"sort"
	"testing"
)

// matrix is what aws-cdk-lib's own matchers answered for each pattern and
// path (testdata/ignorematrix.twin.js).
type matrix struct {
	Glob      map[string]map[string]bool `json:"glob"`
	Git       map[string]map[string]bool `json:"git"`
	GitDir    map[string]map[string]bool `json:"gitdir"`
	Docker    map[string]map[string]bool `json:"docker"`
	DockerDir map[string]map[string]bool `json:"dockerdir"`
	Sets      []struct {
		Patterns []string        `json:"patterns"`
		Git      map[string]bool `json:"git"`
		GitDir   map[string]bool `json:"gitdir"`
		Docker   map[string]bool `json:"docker"`
	} `json:"sets"`
}

func loadMatrix(t *testing.T) *matrix {
	t.Helper()
	b, err := os.ReadFile("testdata/ignorematrix.json")
	if err != nil {
		t.Fatal(err)
	}
	var m matrix
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return &m
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func TestGlobMatchesMinimatch(t *testing.T) {
	m := loadMatrix(t)
	for _, pattern := range sortedKeys(m.Glob) {
		g := compileGlob(pattern)
		for _, path := range sortedKeys(m.Glob[pattern]) {
			if got, want := g.globMatch(path), m.Glob[pattern][path]; got != want {
				t.Errorf("minimatch(%q, %q) = %v, aws-cdk-lib says %v", path, pattern, got, want)
			}
		}
	}
}

func TestGitIgnoreMatchesNodeIgnore(t *testing.T) {
	m := loadMatrix(t)
	check := func(patterns []string, want map[string]bool, suffix string) {
		g := &GitIgnore{root: "/r"}
		for _, p := range patterns {
			g.Add(p)
		}
		for _, path := range sortedKeys(want) {
			if got := g.ignores(path + suffix); got != want[path] {
				t.Errorf("git %q ignores(%q) = %v, aws-cdk-lib says %v", patterns, path+suffix, got, want[path])
			}
		}
	}
	for _, pattern := range sortedKeys(m.Git) {
		check([]string{pattern}, m.Git[pattern], "")
		check([]string{pattern}, m.GitDir[pattern], "/")
	}
	for _, s := range m.Sets {
		check(s.Patterns, s.Git, "")
		check(s.Patterns, s.GitDir, "/")
	}
}

func TestDockerIgnoreMatchesBalena(t *testing.T) {
	m := loadMatrix(t)
	check := func(patterns []string, want map[string]bool) {
		var rs dockerRules
		for _, p := range patterns {
			rs.add(p)
		}
		for _, path := range sortedKeys(want) {
			if got := rs.ignores(path); got != want[path] {
				t.Errorf("docker %q ignores(%q) = %v, aws-cdk-lib says %v", patterns, path, got, want[path])
			}
		}
	}
	for _, pattern := range sortedKeys(m.Docker) {
		check([]string{pattern}, m.Docker[pattern])
	}
	for _, s := range m.Sets {
		check(s.Patterns, s.Docker)
	}
}

func TestBraceExpand(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"a{b,c}d", []string{"abd", "acd"}},
		{"a{1..3}", []string{"a1", "a2", "a3"}},
		{"{01..03}", []string{"01", "02", "03"}},
		{"x{a..c}", []string{"xa", "xb", "xc"}},
		{"a{b,{c,d}}e", []string{"abe", "ace", "ade"}},
		{"a{b}c", []string{"a{b}c"}},
		{"*.{js,md}", []string{"*.js", "*.md"}},
		{"{3..1}", []string{"3", "2", "1"}},
	}
	for _, tt := range tests {
		got := braceExpand(tt.in)
		if len(got) != len(tt.want) {
			t.Errorf("braceExpand(%q) = %q, want %q", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("braceExpand(%q) = %q, want %q", tt.in, got, tt.want)
				break
			}
		}
	}
}
