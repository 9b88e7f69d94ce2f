package assets

import (
	"fmt"
	"path/filepath"
	"strings"
)

// IgnoreStrategy decides which files of a directory are left out of an
// asset. Paths are absolute.
type IgnoreStrategy interface {
	Add(pattern string)
	Ignores(absoluteFilePath string) bool
	CompletelyIgnores(absoluteDirectoryPath string) bool
}

// NewIgnoreStrategy returns the strategy of an ignore mode (IgnoreGlob,
// IgnoreGit or IgnoreDocker) for patterns relative to root.
func NewIgnoreStrategy(mode, root string, patterns []string) (IgnoreStrategy, error) {
	if !filepath.IsAbs(root) {
		return nil, fmt.Errorf("%s ignore strategy expects an absolute file path, got %q", mode, root)
	}
	var s IgnoreStrategy
	switch mode {
	case "", IgnoreGlob:
		s = &GlobIgnore{root: root}
	case IgnoreGit:
		s = &GitIgnore{root: root}
	case IgnoreDocker:
		s = &DockerIgnore{root: root}
	default:
		return nil, fmt.Errorf("unknown ignore mode %q", mode)
	}
	for _, p := range patterns {
		s.Add(p)
	}
	return s, nil
}

func relativeTo(root, p string) string {
	rel, err := filepath.Rel(root, p)
	if err != nil || rel == "." {
		return ""
	}
	return filepath.ToSlash(rel)
}

// GlobIgnore excludes files matching minimatch globs; a pattern starting
// with "!" re-includes what earlier patterns excluded.
type GlobIgnore struct {
	root     string
	patterns []string
	compiled []*globMatcher
}

// Add appends a pattern.
func (g *GlobIgnore) Add(pattern string) {
	g.patterns = append(g.patterns, pattern)
	g.compiled = append(g.compiled, compileGlob(pattern))
}

// Ignores reports whether the path is excluded.
func (g *GlobIgnore) Ignores(p string) bool {
	rel := relativeTo(g.root, p)
	exclude := false
	for i, pat := range g.patterns {
		negate := strings.HasPrefix(pat, "!")
		if g.compiled[i].globMatch(rel) {
			exclude = !negate
		}
	}
	return exclude
}

// CompletelyIgnores reports whether nothing below the directory is included.
func (g *GlobIgnore) CompletelyIgnores(p string) bool { return g.Ignores(p) }

// jsRegexToRE2 adapts a JavaScript regular expression source to RE2 where
// the two read the same text differently: inside a character class,
// JavaScript takes "[" literally while RE2 may start a POSIX class with it.
func jsRegexToRE2(src string) string {
	var b strings.Builder
	inClass := false
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '\\' && i+1 < len(src):
			b.WriteByte(c)
			b.WriteByte(src[i+1])
			i++
			continue
		case !inClass && c == '[':
			// "[]" matches nothing and "[^]" anything in JavaScript.
			if strings.HasPrefix(src[i:], "[]") {
				b.WriteString(`[^\x00-\x{10FFFF}]`)
				i++
				continue
			}
			if strings.HasPrefix(src[i:], "[^]") {
				b.WriteString(`[\x00-\x{10FFFF}]`)
				i += 2
				continue
			}
			inClass = true
			b.WriteByte(c)
			if i+1 < len(src) && src[i+1] == '^' {
				b.WriteByte('^')
				i++
			}
			continue
		case inClass && c == '[':
			b.WriteString(`\[`)
			continue
		case inClass && c == ']':
			inClass = false
		}
		b.WriteByte(c)
	}
	return b.String()
}
