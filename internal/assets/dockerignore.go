package assets

import (
	"path"
	"regexp"
	"strings"
)

// DockerIgnore excludes files with .dockerignore rules, applied as Moby
// (and the @balena/dockerignore package aws-cdk-lib uses) applies them:
// case-insensitive, a rule also matching any parent directory, the last
// matching rule winning.
type DockerIgnore struct {
	root     string
	all      dockerRules
	complete dockerRules
}

type dockerRule struct {
	pattern  string
	dirs     []string
	negative bool
	re       *regexp.Regexp
}

type dockerRules []dockerRule

var negativeDockerPattern = regexp.MustCompile(`^\s*(!|/!)(.*)`)

// Add appends a pattern (one line of a .dockerignore file).
func (d *DockerIgnore) Add(pattern string) {
	d.all.add(pattern)
	d.complete.add(pattern)
	// A directory holding a re-included file is never skipped as a whole.
	if m := negativeDockerPattern.FindStringSubmatch(pattern); m != nil {
		dir := m[2]
		for {
			dir = path.Dir(dir)
			if dir == "/" || dir == "." {
				break
			}
			d.complete.add(m[1] + dir)
		}
	}
}

// Ignores reports whether the file is excluded.
func (d *DockerIgnore) Ignores(p string) bool { return d.all.ignores(relativeTo(d.root, p)) }

// CompletelyIgnores reports whether nothing below the directory is included.
func (d *DockerIgnore) CompletelyIgnores(p string) bool {
	rel := relativeTo(d.root, p)
	return d.all.ignores(rel) && d.complete.ignores(rel)
}

func (rs *dockerRules) add(pattern string) {
	for _, line := range regexp.MustCompile(`\r?\n`).Split(pattern, -1) {
		if line == "" || strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		if r, ok := newDockerRule(strings.TrimSpace(line)); ok {
			*rs = append(*rs, r)
		}
	}
}

// cleanPath is Go's path.Clean, as Node's path.normalize without a
// trailing slash.
func cleanPath(p string) string { return path.Clean(p) }

func newDockerRule(pattern string) (dockerRule, bool) {
	negative := false
	if strings.HasPrefix(pattern, "!") {
		negative = true
		pattern = strings.TrimSpace(pattern[1:])
	}
	if len(pattern) > 0 {
		pattern = cleanPath(pattern)
		if len(pattern) > 1 && pattern[0] == '/' {
			pattern = pattern[1:]
		}
	}
	if negative {
		pattern = "!" + pattern
	}
	pattern = strings.TrimSpace(pattern)
	if pattern == "" {
		return dockerRule{}, false
	}
	pattern = cleanPath(pattern)
	if pattern[0] == '!' {
		if len(pattern) == 1 {
			return dockerRule{}, false
		}
		negative = true
		pattern = pattern[1:]
	} else {
		negative = false
	}
	r := dockerRule{pattern: pattern, dirs: strings.Split(pattern, "/"), negative: negative}
	r.re = compileDockerPattern(pattern)
	return r, true
}

func compileDockerPattern(p string) *regexp.Regexp {
	var b strings.Builder
	b.WriteString("(?i)^")
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c == '*':
			if i+1 < len(p) && p[i+1] == '*' {
				i++
				if i+1 < len(p) && p[i+1] == '/' {
					i++
				}
				if i+1 >= len(p) {
					b.WriteString(".*")
				} else {
					b.WriteString("(.*/)?")
				}
			} else {
				b.WriteString("[^/]*")
			}
		case c == '?':
			b.WriteString("[^/]")
		case c == '.' || c == '$':
			b.WriteString(`\` + string(c))
		case c == '\\':
			if i+1 < len(p) {
				b.WriteString(`\` + string(p[i+1]))
				i++
			} else {
				b.WriteString(`\\`)
			}
		default:
			b.WriteByte(c)
		}
	}
	b.WriteString("$")
	src := jsRegexToRE2(b.String())
	re, err := regexp.Compile(src)
	if err != nil {
		return neverMatch
	}
	return re
}

func (rs dockerRules) ignores(file string) bool {
	if file == "" {
		return true
	}
	parent := cleanPath(path.Dir(file))
	parentDirs := strings.Split(parent, "/")
	matched := false
	for _, r := range rs {
		match := r.re.MatchString(file)
		if !match && parent != "." {
			hasGlobstar := false
			nonGlobstar := 0
			for _, d := range r.dirs {
				if d == "**" {
					hasGlobstar = true
				} else {
					nonGlobstar++
				}
			}
			if hasGlobstar {
				for i := nonGlobstar; i <= len(parentDirs); i++ {
					match = match || r.re.MatchString(strings.Join(parentDirs[:i], "/"))
				}
			} else if len(r.dirs) <= len(parentDirs) {
				match = r.re.MatchString(strings.Join(parentDirs[:len(r.dirs)], "/"))
			}
		}
		if match {
			matched = !r.negative
		}
	}
	return matched
}
