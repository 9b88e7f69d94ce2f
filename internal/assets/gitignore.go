package assets

import (
	"regexp"
	"strings"
	"unicode"
)

// GitIgnore excludes files with .gitignore rules, applied as the npm
// package "ignore" (5.3) applies them for aws-cdk-lib's GIT ignore mode:
// case-insensitive, the last matching rule wins, and nothing below an
// ignored directory can be re-included.
type GitIgnore struct {
	root  string
	rules []gitRule
}

type gitRule struct {
	negative bool
	re       *regexp.Regexp
}

// Add appends a pattern (one line of a .gitignore file).
func (g *GitIgnore) Add(pattern string) {
	for _, line := range regexp.MustCompile(`\r?\n`).Split(pattern, -1) {
		if r, ok := compileGitRule(line); ok {
			g.rules = append(g.rules, r)
		}
	}
}

// Ignores reports whether the file is excluded.
func (g *GitIgnore) Ignores(p string) bool { return g.ignores(relativeTo(g.root, p)) }

// CompletelyIgnores reports whether the directory is excluded.
func (g *GitIgnore) CompletelyIgnores(p string) bool {
	rel := relativeTo(g.root, p)
	if !strings.HasSuffix(rel, "/") {
		rel += "/"
	}
	return g.ignores(rel)
}

func (g *GitIgnore) ignores(rel string) bool {
	if rel == "" || rel == "/" {
		return false
	}
	slices := strings.Split(rel, "/")
	slices = slices[:len(slices)-1]
	// Each parent directory, with a trailing slash, is tested first; an
	// ignored parent ignores everything below it.
	for i := 1; i <= len(slices); i++ {
		if g.testOne(strings.Join(slices[:i], "/") + "/") {
			return true
		}
	}
	return g.testOne(rel)
}

func (g *GitIgnore) testOne(p string) bool {
	ignored := false
	for _, r := range g.rules {
		if r.re.MatchString(p) {
			ignored = !r.negative
		}
	}
	return ignored
}

var (
	invalidTrailingBackslash = regexp.MustCompile(`(?:[^\\]|^)\\$`)
	blankLine                = regexp.MustCompile(`^\s+$`)
	rangePair                = regexp.MustCompile(`([0-z])-([0-z])`)
	neverMatch               = regexp.MustCompile(`[^\x00-\x{10FFFF}]`)
)

func compileGitRule(pattern string) (gitRule, bool) {
	if pattern == "" || blankLine.MatchString(pattern) || invalidTrailingBackslash.MatchString(pattern) || strings.HasPrefix(pattern, "#") {
		return gitRule{}, false
	}
	r := gitRule{}
	if strings.HasPrefix(pattern, "!") {
		r.negative = true
		pattern = pattern[1:]
	}
	if strings.HasPrefix(pattern, `\!`) {
		pattern = "!" + pattern[2:]
	} else if strings.HasPrefix(pattern, `\#`) {
		pattern = "#" + pattern[2:]
	}
	src := gitRegexSource(pattern)
	re, err := regexp.Compile("(?i)" + src)
	if err != nil {
		re = neverMatch
	}
	r.re = re
	return r, true
}

func isJSSpace(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' }

// gitRegexSource builds the regular expression for one pattern, step by
// step as the "ignore" package rewrites it, then adapts the few JavaScript
// constructs RE2 lacks.
func gitRegexSource(pattern string) string {
	s := strings.TrimPrefix(pattern, "\uFEFF")

	// Trailing whitespace goes unless escaped by an odd backslash.
	if end := strings.TrimRightFunc(s, isJSSpace); len(end) < len(s) {
		nb := len(end) - len(strings.TrimRight(end, `\`))
		if nb%2 == 1 {
			s = end[:len(end)-1] + " "
		} else {
			s = end
		}
	}

	// Escaped whitespace becomes a plain space.
	{
		var b strings.Builder
		rs := []rune(s)
		for i := 0; i < len(rs); {
			if rs[i] == '\\' {
				j := i
				for j < len(rs) && rs[j] == '\\' {
					j++
				}
				if j < len(rs) && isJSSpace(rs[j]) {
					n := j - i
					b.WriteString(strings.Repeat(`\`, n-n%2) + " ")
					i = j + 1
					continue
				}
				b.WriteString(string(rs[i:j]))
				i = j
				continue
			}
			b.WriteRune(rs[i])
			i++
		}
		s = b.String()
	}

	// Regular-expression metacharacters are escaped.
	{
		var b strings.Builder
		for _, c := range s {
			if strings.ContainsRune(`\$.|*+(){^`, c) {
				b.WriteByte('\\')
			}
			b.WriteRune(c)
		}
		s = b.String()
	}
	s = strings.ReplaceAll(s, "?", "[^/]")
	if strings.HasPrefix(s, "/") {
		s = "^" + s[1:]
	}
	s = strings.ReplaceAll(s, "/", `\/`)
	if t := strings.TrimLeft(s, "^"); strings.HasPrefix(t, `\*\*\/`) {
		s = `^(?:.*\/)?` + t[len(`\*\*\/`):]
	}
	if !strings.HasPrefix(s, "^") {
		if hasInnerSlash(pattern) {
			s = "^" + s
		} else {
			s = `(?:^|\/)` + s
		}
	}
	s = replaceSlashGlobstar(s)
	s = replaceInnerStars(s)
	s = replaceBackslashes(s)
	s = replaceRanges(s)
	if !strings.HasSuffix(s, "*") {
		if strings.HasSuffix(s, "/") {
			s += "$"
		} else {
			s += `(?=$|\/$)`
		}
	} else if strings.HasSuffix(s, `\*`) {
		body := s[:len(s)-2]
		switch {
		case strings.HasSuffix(body, "^"):
			s = body + `[^/]+(?=$|\/$)`
		case strings.HasSuffix(body, `\/`):
			s = body + `[^/]+(?=$|\/$)`
		default:
			s = body + `[^/]*(?=$|\/$)`
		}
	}
	// The look-ahead only ever ends the expression, where a plain group
	// matches the same strings.
	s = strings.ReplaceAll(s, `(?=$|\/$)`, `(?:$|\/$)`)
	s = jsRegexToRE2(s)
	return s
}

// hasInnerSlash reports whether the pattern has a slash before its end.
func hasInnerSlash(p string) bool {
	i := strings.Index(p, "/")
	return i >= 0 && i < len(p)-1
}

// replaceSlashGlobstar turns "/**" followed by "/" or the end into "any
// number of directories" or "anything below".
func replaceSlashGlobstar(s string) string {
	const tok = `\/\*\*`
	var b strings.Builder
	i := 0
	for {
		j := strings.Index(s[i:], tok)
		if j < 0 {
			b.WriteString(s[i:])
			break
		}
		j += i
		after := j + len(tok)
		if after == len(s) || strings.HasPrefix(s[after:], `\/`) {
			b.WriteString(s[i:j])
			if j+6 < len(s) {
				b.WriteString(`(?:\/[^\/]+)*`)
			} else {
				b.WriteString(`\/.+`)
			}
			i = after
			continue
		}
		b.WriteString(s[i : j+1])
		i = j + 1
	}
	return b.String()
}

// replaceInnerStars turns every unescaped "\*" that is not the last thing
// of the expression into "any characters but a slash".
func replaceInnerStars(s string) string {
	var b strings.Builder
	try := func(at int) (end int, ok bool) {
		k := 0
		for at+2*k+1 < len(s) && s[at+2*k] == '\\' && s[at+2*k+1] == '*' {
			k++
		}
		if k == 0 {
			return 0, false
		}
		if at+2*k == len(s) {
			k--
			if k == 0 {
				return 0, false
			}
		}
		return at + 2*k, true
	}
	emit := func(p1 string, from, to int) {
		b.WriteString(p1)
		b.WriteString(strings.Repeat(`[^\/]*`, (to-from)/2))
	}
	i := 0
	for i <= len(s) {
		if i == 0 {
			if end, ok := try(0); ok {
				emit("", 0, end)
				i = end
				continue
			}
		}
		if i < len(s) && s[i] != '\\' {
			j := i
			for j < len(s) && s[j] != '\\' {
				j++
			}
			if end, ok := try(j); ok {
				emit(s[i:j], j, end)
				i = end
				continue
			}
		}
		if i < len(s) {
			b.WriteByte(s[i])
		}
		i++
	}
	return b.String()
}

// replaceBackslashes undoes the doubling of escaped characters: "\\\" before
// a metacharacter becomes "\", then "\\" becomes "\".
func replaceBackslashes(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		if strings.HasPrefix(s[i:], `\\\`) && i+3 < len(s) && strings.IndexByte(`$.|*+(){^`, s[i+3]) >= 0 {
			b.WriteByte('\\')
			i += 3
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return strings.ReplaceAll(b.String(), `\\`, `\`)
}

// replaceRanges keeps well-formed bracket expressions and turns broken
// ones into a class that matches nothing.
func replaceRanges(s string) string {
	var b strings.Builder
	i := 0
	for i < len(s) {
		lead := false
		start := i
		if s[i] == '\\' && i+1 < len(s) && s[i+1] == '[' {
			lead = true
			i++
		}
		if s[i] != '[' {
			b.WriteByte(s[i])
			i++
			continue
		}
		// lazily find the shortest body (no "]" or "/") followed by
		// backslashes and then "]" or the end
		matched := false
		for j := i + 1; j <= len(s); j++ {
			if j > i+1 && (s[j-1] == ']' || s[j-1] == '/') {
				break
			}
			body := s[i+1 : j]
			k := j
			for k < len(s) && s[k] == '\\' {
				k++
			}
			endEsc := s[j:k]
			if k == len(s) || s[k] == ']' {
				close := ""
				if k < len(s) {
					close = "]"
				}
				switch {
				case lead:
					b.WriteString(`\[` + body + endEsc[:len(endEsc)-len(endEsc)%2] + close)
				case close == "]" && len(endEsc)%2 == 0:
					b.WriteString("[" + sanitizeRange(body) + endEsc + "]")
				default:
					b.WriteString("[]")
				}
				i = k + len(close)
				matched = true
				break
			}
		}
		if !matched {
			b.WriteString(s[start : i+1])
			i++
		}
	}
	return b.String()
}

func sanitizeRange(r string) string {
	return rangePair.ReplaceAllStringFunc(r, func(m string) string {
		if m[0] <= m[2] {
			return m
		}
		return ""
	})
}
