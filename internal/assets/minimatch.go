package assets

import (
	"regexp"
	"strings"
)

// globMatcher matches relative paths against one glob pattern the way
// minimatch 10 (the version aws-cdk-lib 2.276.0 bundles) does with the
// options aws-cdk-lib passes: matchBase, flipNegate, dots not matched by
// wildcards. Extended globs (@(a|b) and friends) are not supported; their
// characters match literally.
type globMatcher struct {
	comment, empty bool
	negate         bool
	sets           [][]globPart
}

// globPart is one path segment of a pattern: a literal, a regular
// expression, or ** (globstar).
type globPart struct {
	literal  string
	re       *regexp.Regexp
	noDot    bool // never matches a name starting with a dot
	nonEmpty bool
	globstar bool
}

func (p globPart) match(s string) bool {
	if p.re == nil {
		return p.literal == s
	}
	if p.noDot && strings.HasPrefix(s, ".") {
		return false
	}
	if p.nonEmpty && s == "" {
		return false
	}
	return p.re.MatchString(s)
}

var multiSlash = regexp.MustCompile(`/+`)

func compileGlob(pattern string) *globMatcher {
	m := &globMatcher{}
	if strings.HasPrefix(pattern, "#") {
		m.comment = true
		return m
	}
	if pattern == "" {
		m.empty = true
		return m
	}
	i := 0
	for i < len(pattern) && pattern[i] == '!' {
		m.negate = !m.negate
		i++
	}
	pattern = pattern[i:]
	seen := map[string]bool{}
	for _, g := range braceExpand(pattern) {
		if seen[g] {
			continue
		}
		seen[g] = true
		parts := levelOneOptimize(multiSlash.Split(g, -1))
		set := make([]globPart, 0, len(parts))
		ok := true
		for _, p := range parts {
			gp, valid := parseGlobPart(p)
			if !valid {
				ok = false
				break
			}
			set = append(set, gp)
		}
		if ok {
			m.sets = append(m.sets, set)
		}
	}
	return m
}

// levelOneOptimize drops repeated ** segments and resolves "x/.." pairs.
func levelOneOptimize(parts []string) []string {
	var out []string
	for _, p := range parts {
		var prev string
		if len(out) > 0 {
			prev = out[len(out)-1]
		}
		if p == "**" && prev == "**" && len(out) > 0 {
			continue
		}
		if p == ".." && len(out) > 0 && prev != ".." && prev != "." && prev != "**" {
			out = out[:len(out)-1]
			continue
		}
		out = append(out, p)
	}
	if len(out) == 0 {
		return []string{""}
	}
	return out
}

// globMatch reports whether the relative path f matches the pattern, the
// negation ignored (minimatch's flipNegate).
func (m *globMatcher) globMatch(f string) bool {
	if m.comment {
		return false
	}
	if m.empty {
		return f == ""
	}
	ff := multiSlash.Split(f, -1)
	filename := ff[len(ff)-1]
	for i := len(ff) - 2; filename == "" && i >= 0; i-- {
		filename = ff[i]
	}
	for _, set := range m.sets {
		file := ff
		if len(set) == 1 {
			file = []string{filename}
		}
		if matchSet(file, set) {
			return true
		}
	}
	return false
}

// Minimatch reports whether path matches pattern under minimatch's default
// options (used for the bundling-stacks context, which matches stack paths).
func Minimatch(path, pattern string) bool {
	m := compileGlob(pattern)
	ok := false
	if !m.comment && !m.empty {
		ff := multiSlash.Split(path, -1)
		for _, set := range m.sets {
			if matchSet(ff, set) {
				ok = true
				break
			}
		}
	} else if m.empty {
		ok = path == ""
	}
	if m.negate {
		return !ok
	}
	return ok
}

func badDot(f string) bool { return f == "." || f == ".." || strings.HasPrefix(f, ".") }

func matchSet(file []string, pattern []globPart) bool {
	first := -1
	last := -1
	for i, p := range pattern {
		if p.globstar {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return matchParts(file, pattern, 0)
	}
	head, tail := pattern[:first], pattern[last+1:]
	var body []globPart
	if last > first {
		body = pattern[first+1 : last]
	}
	fi := 0
	if len(head) > 0 {
		if len(file) < len(head) || !matchParts(file[:len(head)], head, 0) {
			return false
		}
		fi = len(head)
	}
	tailMatch := 0
	if len(tail) > 0 {
		if len(tail)+fi > len(file) {
			return false
		}
		start := len(file) - len(tail)
		if matchParts(file, tail, start) {
			tailMatch = len(tail)
		} else {
			if file[len(file)-1] != "" || fi+len(tail) == len(file) {
				return false
			}
			start--
			if !matchParts(file, tail, start) {
				return false
			}
			tailMatch = len(tail) + 1
		}
	}
	if len(body) == 0 {
		sawSome := tailMatch > 0
		for i := fi; i < len(file)-tailMatch; i++ {
			sawSome = true
			if badDot(file[i]) {
				return false
			}
		}
		return sawSome
	}
	// Body sections between globstars must appear in order.
	type section struct {
		parts []globPart
		after int
	}
	var sections []section
	cur := section{}
	nonGs := 0
	sums := []int{0}
	for _, b := range body {
		if b.globstar {
			sums = append(sums, nonGs)
			sections = append(sections, cur)
			cur = section{}
			continue
		}
		cur.parts = append(cur.parts, b)
		nonGs++
	}
	sections = append(sections, cur)
	fileLen := len(file) - tailMatch
	k := len(sections) - 1
	for i := range sections {
		sections[i].after = fileLen - (sums[k] + len(sections[i].parts))
		k--
	}
	var rec func(fi, bi int, sawTail bool) (bool, bool)
	rec = func(fi, bi int, sawTail bool) (bool, bool) {
		if bi >= len(sections) {
			for i := fi; i < len(file); i++ {
				sawTail = true
				if badDot(file[i]) {
					return false, true
				}
			}
			return sawTail, true
		}
		s := sections[bi]
		for fi <= s.after {
			end := fi + len(s.parts)
			if end <= len(file) && matchParts(file[:end], s.parts, fi) {
				if ok, final := rec(end, bi+1, sawTail); ok || !final {
					if ok {
						return true, true
					}
				}
			}
			if fi >= len(file) || badDot(file[fi]) {
				return false, true
			}
			fi++
		}
		return false, false
	}
	ok, _ := rec(fi, 0, tailMatch > 0)
	return ok
}

// matchParts matches file[start:] against pattern part by part (no globstars).
func matchParts(file []string, pattern []globPart, start int) bool {
	fi, pi := start, 0
	for ; fi < len(file) && pi < len(pattern); fi, pi = fi+1, pi+1 {
		if pattern[pi].globstar || !pattern[pi].match(file[fi]) {
			return false
		}
	}
	switch {
	case fi == len(file) && pi == len(pattern):
		return true
	case fi == len(file):
		return false
	case pi == len(pattern):
		return fi == len(file)-1 && file[fi] == ""
	}
	return false
}

// parseGlobPart turns one segment into a literal or a regular expression.
func parseGlobPart(p string) (globPart, bool) {
	if p == "**" {
		return globPart{globstar: true}, true
	}
	if p == "" {
		return globPart{literal: ""}, true
	}
	var re strings.Builder
	magic := false
	lit := strings.Builder{}
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch c {
		case '\\':
			if i+1 < len(p) {
				i++
				re.WriteString(regexp.QuoteMeta(string(p[i])))
				lit.WriteByte(p[i])
			} else {
				re.WriteString(`\\`)
				lit.WriteByte('\\')
			}
		case '*':
			magic = true
			// consecutive stars are one star
			for i+1 < len(p) && p[i+1] == '*' {
				i++
			}
			re.WriteString(`[^/]*?`)
		case '?':
			magic = true
			re.WriteString(`[^/]`)
		case '[':
			cls, n, ok := parseClass(p[i:])
			if !ok {
				re.WriteString(`\[`)
				lit.WriteByte('[')
				continue
			}
			magic = true
			re.WriteString(cls)
			i += n - 1
		default:
			re.WriteString(regexp.QuoteMeta(string(c)))
			lit.WriteByte(c)
		}
	}
	if !magic {
		return globPart{literal: lit.String()}, true
	}
	r, err := regexp.Compile("^(?:" + re.String() + ")$")
	if err != nil {
		return globPart{}, false
	}
	// Wildcards never match a leading dot unless the pattern starts with one.
	return globPart{re: r, noDot: p[0] != '.' && !strings.HasPrefix(p, `\.`), nonEmpty: strings.Trim(p, "*") == ""}, true
}
