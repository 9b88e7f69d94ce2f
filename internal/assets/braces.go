package assets

import (
	"regexp"
	"strconv"
	"strings"
)

// braceExpand expands {a,b} alternatives and {1..3} sequences the way
// minimatch does (through the brace-expansion package).
func braceExpand(pattern string) []string {
	if !hasBraceSet.MatchString(pattern) {
		return []string{pattern}
	}
	return expandTop(pattern)
}

// hasBraceSet finds "{...}" with no "{" inside.
var hasBraceSet = regexp.MustCompile(`\{[^{]*\}`)

const (
	escSlash  = "\x00SLASH\x00"
	escOpen   = "\x00OPEN\x00"
	escClose  = "\x00CLOSE\x00"
	escComma  = "\x00COMMA\x00"
	escPeriod = "\x00PERIOD\x00"
)

func expandTop(str string) []string {
	if str == "" {
		return nil
	}
	if strings.HasPrefix(str, "{}") {
		str = `\{\}` + str[2:]
	}
	r := strings.NewReplacer(`\\`, escSlash, `\{`, escOpen, `\}`, escClose, `\,`, escComma, `\.`, escPeriod)
	un := strings.NewReplacer(escSlash, `\`, escOpen, "{", escClose, "}", escComma, ",", escPeriod, ".")
	var out []string
	for _, s := range expandBraces(r.Replace(str), true) {
		out = append(out, un.Replace(s))
	}
	return out
}

// balanced finds the first balanced pair of braces, as balanced-match does.
func balanced(str string) (pre, body, post string, ok bool) {
	ai := strings.Index(str, "{")
	if ai < 0 {
		return
	}
	bi := indexFrom(str, "}", ai+1)
	if bi <= 0 {
		return
	}
	var begs []int
	left, right := len(str), -1
	i := ai
	var res []int
	for i >= 0 && res == nil {
		if i == ai {
			begs = append(begs, i)
			ai = indexFrom(str, "{", i+1)
		} else if len(begs) == 1 {
			res = []int{begs[0], bi}
			begs = begs[:0]
		} else {
			beg := begs[len(begs)-1]
			begs = begs[:len(begs)-1]
			if beg < left {
				left, right = beg, bi
			}
			bi = indexFrom(str, "}", i+1)
		}
		if ai < bi && ai >= 0 {
			i = ai
		} else {
			i = bi
		}
	}
	if len(begs) > 0 && right >= 0 {
		res = []int{left, right}
	}
	if res == nil {
		return
	}
	return str[:res[0]], str[res[0]+1 : res[1]], str[res[1]+1:], true
}

func indexFrom(s, sub string, from int) int {
	if from > len(s) {
		return -1
	}
	i := strings.Index(s[from:], sub)
	if i < 0 {
		return -1
	}
	return i + from
}

var (
	numericSeq = regexp.MustCompile(`^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$`)
	alphaSeq   = regexp.MustCompile(`^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$`)
	padded     = regexp.MustCompile(`^-?0\d`)
)

// commaThenClose reports whether s has a comma not followed by another
// comma, and a closing brace after it.
func commaThenClose(s string) bool {
	for k := 0; k < len(s); k++ {
		if s[k] == ',' && (k+1 >= len(s) || s[k+1] != ',') && strings.Contains(s[k+1:], "}") {
			return true
		}
	}
	return false
}

func parseCommaParts(str string) []string {
	if str == "" {
		return []string{""}
	}
	pre, body, post, ok := balanced(str)
	if !ok {
		return strings.Split(str, ",")
	}
	p := strings.Split(pre, ",")
	p[len(p)-1] += "{" + body + "}"
	postParts := parseCommaParts(post)
	if post != "" {
		p[len(p)-1] += postParts[0]
		p = append(p, postParts[1:]...)
	}
	return p
}

func expandBraces(str string, isTop bool) []string {
	pre, body, rest, ok := balanced(str)
	if !ok {
		return []string{str}
	}
	post := []string{""}
	if rest != "" {
		post = expandBraces(rest, false)
	}
	if strings.HasSuffix(pre, "$") {
		var out []string
		for _, p := range post {
			out = append(out, pre+"{"+body+"}"+p)
		}
		return out
	}
	isNum := numericSeq.MatchString(body)
	isAlpha := alphaSeq.MatchString(body)
	isSeq := isNum || isAlpha
	isOptions := strings.Contains(body, ",")
	if !isSeq && !isOptions {
		if commaThenClose(rest) {
			return expandBraces(pre+"{"+body+escClose+rest, isTop)
		}
		return []string{str}
	}
	var n []string
	if isSeq {
		n = strings.Split(body, "..")
	} else {
		n = parseCommaParts(body)
		if len(n) == 1 {
			var e []string
			for _, x := range expandBraces(n[0], false) {
				e = append(e, "{"+x+"}")
			}
			if len(e) == 1 {
				var out []string
				for _, p := range post {
					out = append(out, pre+e[0]+p)
				}
				return out
			}
			n = e
		}
	}
	var items []string
	if isSeq {
		items = sequence(n, isAlpha)
	} else {
		for _, el := range n {
			items = append(items, expandBraces(el, false)...)
		}
	}
	var out []string
	for _, it := range items {
		for _, p := range post {
			e := pre + it + p
			if !isTop || isSeq || e != "" {
				out = append(out, e)
			}
		}
	}
	return out
}

func sequence(n []string, alpha bool) []string {
	num := func(s string) int {
		if alpha {
			return int(s[0])
		}
		v, _ := strconv.Atoi(s)
		return v
	}
	x, y := num(n[0]), num(n[1])
	width := len(n[0])
	if len(n[1]) > width {
		width = len(n[1])
	}
	incr := 1
	if len(n) == 3 {
		v, _ := strconv.Atoi(n[2])
		if v < 0 {
			v = -v
		}
		incr = v
	}
	pad := false
	for _, s := range n {
		if padded.MatchString(s) {
			pad = true
		}
	}
	reverse := y < x
	if reverse {
		incr = -incr
	}
	if incr == 0 {
		incr = 1
		if reverse {
			incr = -1
		}
	}
	var out []string
	for i := x; (!reverse && i <= y) || (reverse && i >= y); i += incr {
		var c string
		if alpha {
			c = string(rune(i))
			if c == `\` {
				c = ""
			}
		} else {
			c = strconv.Itoa(i)
			if pad {
				if need := width - len(c); need > 0 {
					z := strings.Repeat("0", need)
					if i < 0 {
						c = "-" + z + c[1:]
					} else {
						c = z + c
					}
				}
			}
		}
		out = append(out, c)
	}
	return out
}

// parseClass converts a bracket expression at the start of s into an RE2
// character class; n is the number of bytes it spans. ok is false when the
// bracket is not closed, and then "[" is a literal.
func parseClass(s string) (cls string, n int, ok bool) {
	i := 1
	negate := false
	if i < len(s) && (s[i] == '!' || s[i] == '^') {
		negate = true
		i++
	}
	var b strings.Builder
	first := true
	for i < len(s) {
		c := s[i]
		if c == ']' && !first {
			out := "["
			if negate {
				out += "^/"
			}
			if b.Len() == 0 {
				if negate {
					return `[^/]`, i + 1, true
				}
				return `[^\x00-\x{10FFFF}]`, i + 1, true
			}
			return out + b.String() + "]", i + 1, true
		}
		first = false
		if c == '[' && i+1 < len(s) && s[i+1] == ':' {
			if end := strings.Index(s[i+2:], ":]"); end >= 0 {
				name := s[i+2 : i+2+end]
				switch name {
				case "alnum", "alpha", "ascii", "blank", "cntrl", "digit", "graph", "lower", "print", "punct", "space", "upper", "word", "xdigit":
					b.WriteString("[:" + name + ":]")
					i += 2 + end + 2
					continue
				}
			}
		}
		if c == '\\' && i+1 < len(s) {
			i++
			c = s[i]
		}
		switch c {
		case '\\', ']', '[', '^', '-':
			if c == '-' && b.Len() > 0 && i+1 < len(s) && s[i+1] != ']' {
				b.WriteByte('-')
			} else {
				b.WriteString(`\` + string(c))
			}
		default:
			b.WriteByte(c)
		}
		i++
	}
	return "", 0, false
}
