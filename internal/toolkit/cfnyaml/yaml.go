package cfnyaml

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// FromJSON renders a JSON document as YAML.
func FromJSON(data []byte) (string, error) {
	v, err := Decode(data)
	if err != nil {
		return "", err
	}
	return Render(v), nil
}

// Render renders a decoded value as a YAML document ending in a newline.
func Render(v Value) string {
	var b strings.Builder
	switch t := v.(type) {
	case *Object:
		if len(t.Keys) == 0 {
			return "{}\n"
		}
		writeObject(&b, t, 0)
	case []Value:
		if len(t) == 0 {
			return "[]\n"
		}
		writeList(&b, t, 0)
	default:
		b.WriteString(scalar(v, 0))
		b.WriteByte('\n')
	}
	return b.String()
}

func indent(b *strings.Builder, n int) {
	for i := 0; i < n; i++ {
		b.WriteString("  ")
	}
}

// writeObject writes the entries of o at depth, each line starting with the
// indentation; the caller has positioned the cursor at line start unless
// first-line indentation was already written (inline after "- ").
func writeObject(b *strings.Builder, o *Object, depth int) {
	for i, k := range o.Keys {
		if i > 0 {
			indent(b, depth)
		}
		b.WriteString(key(k))
		b.WriteByte(':')
		writeChild(b, o.Values[k], depth)
	}
}

func writeList(b *strings.Builder, l []Value, depth int) {
	for i, item := range l {
		if i > 0 {
			indent(b, depth)
		}
		b.WriteString("- ")
		switch t := item.(type) {
		case *Object:
			if len(t.Keys) == 0 {
				b.WriteString("{}\n")
				continue
			}
			writeObject(b, t, depth+1)
		case []Value:
			if len(t) == 0 {
				b.WriteString("[]\n")
				continue
			}
			writeList(b, t, depth+1)
		default:
			b.WriteString(scalar(item, depth+1))
			b.WriteByte('\n')
		}
	}
}

// writeChild writes the value of a mapping entry whose "key:" is already out.
func writeChild(b *strings.Builder, v Value, depth int) {
	switch t := v.(type) {
	case *Object:
		if len(t.Keys) == 0 {
			b.WriteString(" {}\n")
			return
		}
		b.WriteByte('\n')
		indent(b, depth+1)
		writeObject(b, t, depth+1)
	case []Value:
		if len(t) == 0 {
			b.WriteString(" []\n")
			return
		}
		b.WriteByte('\n')
		indent(b, depth+1)
		writeList(b, t, depth+1)
	default:
		s := scalar(v, depth+1)
		b.WriteByte(' ')
		b.WriteString(s)
		b.WriteByte('\n')
	}
}

func key(k string) string {
	if needsQuote(k) {
		return quote(k)
	}
	return k
}

func scalar(v Value, depth int) string {
	switch t := v.(type) {
	case nil:
		return "null"
	case bool:
		if t {
			return "true"
		}
		return "false"
	case json.Number:
		return t.String()
	case float64:
		return strconv.FormatFloat(t, 'g', -1, 64)
	case string:
		if strings.Contains(t, "\n") && !strings.ContainsAny(t, "\r\t") && strings.TrimRight(t, " ") == t {
			return literal(t, depth)
		}
		if needsQuote(t) {
			return quote(t)
		}
		return t
	}
	return quote(fmt.Sprint(v))
}

// literal renders multi-line text as a block scalar, keeping it readable
// (inline policies, user data, Lambda code).
func literal(s string, depth int) string {
	var b strings.Builder
	b.WriteByte('|')
	body := s
	switch {
	case strings.HasSuffix(s, "\n\n"):
		b.WriteByte('+')
	case strings.HasSuffix(s, "\n"):
	default:
		b.WriteByte('-')
	}
	if strings.HasPrefix(s, " ") {
		b.WriteByte('2')
	}
	body = strings.TrimSuffix(body, "\n")
	for _, line := range strings.Split(body, "\n") {
		b.WriteByte('\n')
		if line != "" {
			indent(&b, depth)
			b.WriteString(line)
		}
	}
	return b.String()
}

var (
	// YAML 1.1 reads these plain scalars as booleans or null.
	reserved = regexp.MustCompile(`^(?i:y|yes|n|no|true|false|on|off|null|~)$`)
	// YAML 1.1 timestamps ("2012-10-17" is the IAM policy version).
	timestamp = regexp.MustCompile(`^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?$`)
	// Anything that looks like a number (ints, floats, octal, hex, sexagesimal, .inf, .nan).
	numeric = regexp.MustCompile(`^[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$|^0x[0-9a-fA-F_]+$|^0o?[0-7_]+$|^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$|^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$`)
)

func needsQuote(s string) bool {
	if s == "" || reserved.MatchString(s) || numeric.MatchString(s) || timestamp.MatchString(s) {
		return true
	}
	if strings.TrimSpace(s) != s {
		return true
	}
	switch s[0] {
	case '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`':
		if s[0] == '-' || s[0] == '?' || s[0] == ':' {
			if len(s) > 1 && s[1] != ' ' {
				break
			}
		}
		return true
	}
	if strings.Contains(s, ": ") || strings.Contains(s, " #") || strings.HasSuffix(s, ":") {
		return true
	}
	for _, r := range s {
		if (r < 0x20 && r != '\t') || r == 0x7f {
			return true
		}
	}
	return false
}

// quote quotes as the CDK CLI's YAML writer does: single quotes for text
// with double quotes but no single ones, double quotes (with escapes)
// otherwise.
func quote(s string) string {
	if strings.Contains(s, `"`) && !strings.Contains(s, "'") && !strings.ContainsFunc(s, func(r rune) bool { return (r < 0x20 && r != '\t') || r == 0x7f }) {
		return "'" + s + "'"
	}
	return strconv.Quote(s)
}
