package awscodebuild

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// BuildSpec_FromObjectToYaml renders with the npm "yaml" package (v1,
// YAML 1.1 schema, no line folding) in aws-cdk-lib. This is that package's
// block style for the JSON-like values a build spec holds: two-space
// indentation, sequences indented under their key, and strings quoted only
// where a plain scalar would be misread (single quotes for text that holds
// double quotes but no single ones).

var (
	yamlNotPlain  = regexp.MustCompile("^[\\n\\t ,\\[\\]#&*!|>'\"%@`]|^[?-]$|^[?-][ \\t]|[\\n:][ \\t]|[ \\t]\\n|[\\n\\t ]#|[\\n\\t :]$")
	yamlReserved  = regexp.MustCompile(`^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~)$`)
	yamlNumeric   = regexp.MustCompile(`^[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$|^[-+]?0b[01_]+$|^[-+]?0x[0-9a-fA-F_]+$|^[-+]?0[0-7_]+$|^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$|^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$`)
	yamlTimestamp = regexp.MustCompile(`^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?$`)
)

func toYaml(v interface{}) string {
	var b strings.Builder
	switch t := v.(type) {
	case map[string]interface{}:
		if len(t) == 0 {
			return "{}\n"
		}
		yamlMap(&b, t, 0)
	case []interface{}:
		if len(t) == 0 {
			return "[]\n"
		}
		yamlList(&b, t, 0)
	default:
		b.WriteString(yamlScalar(v, 0))
		b.WriteByte('\n')
	}
	return b.String()
}

func pad(b *strings.Builder, n int) { b.WriteString(strings.Repeat("  ", n)) }

func yamlMap(b *strings.Builder, m map[string]interface{}, depth int) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		pad(b, depth)
		b.WriteString(yamlString(k, depth, true))
		b.WriteByte(':')
		yamlChild(b, m[k], depth)
	}
}

func yamlList(b *strings.Builder, l []interface{}, depth int) {
	for _, v := range l {
		pad(b, depth)
		b.WriteByte('-')
		switch t := v.(type) {
		case map[string]interface{}:
			if len(t) == 0 {
				b.WriteString(" {}\n")
				continue
			}
			// The first key sits on the dash's line.
			var inner strings.Builder
			yamlMap(&inner, t, depth+1)
			b.WriteString(" " + strings.TrimPrefix(inner.String(), strings.Repeat("  ", depth+1)))
		case []interface{}:
			if len(t) == 0 {
				b.WriteString(" []\n")
				continue
			}
			var inner strings.Builder
			yamlList(&inner, t, depth+1)
			b.WriteString(" " + strings.TrimPrefix(inner.String(), strings.Repeat("  ", depth+1)))
		default:
			b.WriteString(" " + yamlScalar(v, depth+1) + "\n")
		}
	}
}

func yamlChild(b *strings.Builder, v interface{}, depth int) {
	switch t := v.(type) {
	case map[string]interface{}:
		if len(t) == 0 {
			b.WriteString(" {}\n")
			return
		}
		b.WriteByte('\n')
		yamlMap(b, t, depth+1)
	case []interface{}:
		if len(t) == 0 {
			b.WriteString(" []\n")
			return
		}
		b.WriteByte('\n')
		yamlList(b, t, depth+1)
	default:
		b.WriteString(" " + yamlScalar(v, depth+1) + "\n")
	}
}

func yamlScalar(v interface{}, depth int) string {
	switch t := v.(type) {
	case nil:
		return "null"
	case bool:
		return strconv.FormatBool(t)
	case float64:
		return jsNumber(t)
	case string:
		return yamlString(t, depth, false)
	}
	return `""`
}

func yamlString(s string, depth int, key bool) string {
	if s == "" {
		return `""`
	}
	if yamlNotPlain.MatchString(s) {
		if !key && strings.Contains(s, "\n") {
			return yamlBlock(s, depth)
		}
		if strings.Contains(s, `"`) && !strings.Contains(s, "'") {
			return "'" + s + "'"
		}
		return strconv.Quote(s)
	}
	if !key && strings.Contains(s, "\n") {
		return yamlBlock(s, depth)
	}
	if yamlReserved.MatchString(s) || yamlNumeric.MatchString(s) || yamlTimestamp.MatchString(s) {
		return strconv.Quote(s)
	}
	return s
}

// yamlBlock is a literal block scalar with the chomping indicator the text needs.
func yamlBlock(s string, depth int) string {
	var b strings.Builder
	b.WriteByte('|')
	switch {
	case strings.HasSuffix(s, "\n\n"):
		b.WriteByte('+')
	case strings.HasSuffix(s, "\n"):
	default:
		b.WriteByte('-')
	}
	for _, line := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
		b.WriteByte('\n')
		if line != "" {
			pad(&b, depth)
			b.WriteString(line)
		}
	}
	return b.String()
}
