package awss3deployment

import (
	"bytes"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"

	"github.com/strata-cdk/strata/internal/ojson"
)

// This file writes YAML the way aws-cdk-lib's Source.yamlData does: the
// `yaml` npm library (1.10) with the YAML 1.1 schema, two-space indentation,
// sequences indented under their key and no line folding. The bytes matter:
// they go into an asset whose hash is in the template.
//
// Values are what typeHint produces: nil, bool, float64, int, string,
// []interface{} and *ojson.Object (whose Keys are in JavaScript's order).

// yamlDocument renders v as a YAML document ending in a newline.
func yamlDocument(v interface{}) string {
	return yamlNode(v, "", true) + "\n"
}

// yamlNode renders v at a nesting whose continuation lines start with
// indent. root is true for the document's top value.
func yamlNode(v interface{}, indent string, root bool) string {
	switch x := v.(type) {
	case *ojson.Object:
		return yamlMap(x, indent)
	case []interface{}:
		return yamlSeq(x, indent)
	}
	return yamlScalar(v, indent, false, root)
}

func isYAMLCollection(v interface{}) bool {
	switch v.(type) {
	case *ojson.Object, []interface{}:
		return true
	}
	return false
}

func yamlMap(o *ojson.Object, indent string) string {
	keys := o.Keys()
	if len(keys) == 0 {
		return "{}"
	}
	// A mapping whose values are all null is written as a set ("? key").
	allNull := true
	for _, k := range keys {
		if v, _ := o.Get(k); v != nil {
			allNull = false
			break
		}
	}
	valueIndent := indent + "  "
	var b strings.Builder
	for i, k := range keys {
		if i > 0 {
			b.WriteByte('\n')
			b.WriteString(indent)
		}
		key := yamlScalar(k, valueIndent, true, false)
		explicit := jsLength(key) > 1024
		if allNull {
			b.WriteString("? ")
			b.WriteString(key)
			continue
		}
		if explicit {
			b.WriteString("? " + key + "\n" + indent + ":")
		} else {
			b.WriteString(key + ":")
		}
		v, _ := o.Get(k)
		s := yamlNode(v, valueIndent, false)
		switch {
		case !explicit && isYAMLCollection(v) && s != "{}" && s != "[]":
			b.WriteByte('\n')
			b.WriteString(valueIndent)
		case strings.HasPrefix(s, "\n"):
		default:
			b.WriteByte(' ')
		}
		b.WriteString(s)
	}
	return b.String()
}

func yamlSeq(l []interface{}, indent string) string {
	if len(l) == 0 {
		return "[]"
	}
	var b strings.Builder
	for i, item := range l {
		if i > 0 {
			b.WriteByte('\n')
			b.WriteString(indent)
		}
		b.WriteString("- ")
		b.WriteString(yamlNode(item, indent+"  ", false))
	}
	return b.String()
}

func yamlScalar(v interface{}, indent string, implicitKey, root bool) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		if x {
			return "true"
		}
		return "false"
	case int:
		return strconv.Itoa(x)
	case float64:
		switch {
		case math.IsNaN(x):
			return ".nan"
		case math.IsInf(x, 1):
			return ".inf"
		case math.IsInf(x, -1):
			return "-.inf"
		}
		return ojson.FormatNumber(x)
	case string:
		return yamlString(x, indent, implicitKey, root)
	}
	var b bytes.Buffer
	writeJSON(&b, v)
	return b.String()
}

var (
	// Characters that force double quotes (C0 and C1 controls except tab
	// and newline).
	yamlControl = regexp.MustCompile("[\x00-\x08\x0b-\x1f\u007f-\u009f]")
	// Text that a plain scalar cannot hold: indicators at the start, ": "
	// and " #" inside, whitespace or ':' at the end.
	yamlNotPlain = regexp.MustCompile("^[\n\t ,\\[\\]{}#&*!|>'\"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$")
	// Keys cannot hold newlines or flow indicators unquoted.
	yamlKeyFlow = regexp.MustCompile(`[\n\[\]{},]`)
	// Lines that would start a new document (a line starts where
	// JavaScript's multiline ^ does: also after \r, U+2028 and U+2029).
	yamlDocMarker = regexp.MustCompile("(?:^|[\r\n\u2028\u2029])(?:%|---|\\.\\.\\.)")
	// Plain scalars that YAML 1.1 reads as something other than a string:
	// null, booleans, integers (binary, octal, decimal, hex, sexagesimal),
	// floats and timestamps.
	yamlNonString = []*regexp.Regexp{
		regexp.MustCompile(`^(?:~|[Nn]ull|NULL)?$`),
		regexp.MustCompile(`^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$`),
		regexp.MustCompile(`(?i)^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$`),
		regexp.MustCompile(`^[-+]?0b[0-1_]+$`),
		regexp.MustCompile(`^[-+]?0[0-7_]+$`),
		regexp.MustCompile(`^[-+]?[0-9][0-9_]*$`),
		regexp.MustCompile(`^[-+]?0x[0-9a-fA-F_]+$`),
		regexp.MustCompile(`(?i)^(?:[-+]?\.inf|\.nan)$`),
		regexp.MustCompile(`^[-+]?([0-9][0-9_]*)?(\.[0-9_]*)?[eE][-+]?[0-9]+$`),
		regexp.MustCompile(`^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$`),
		regexp.MustCompile(`^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$`),
		regexp.MustCompile(`^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$`),
		regexp.MustCompile(`^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:t|T|[ \t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(\.[0-9]+)?(?:[ \t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$`),
	}
)

func yamlString(s, indent string, implicitKey, root bool) string {
	if yamlControl.MatchString(s) {
		return yamlDoubleQuoted(s, indent, implicitKey)
	}
	if implicitKey && yamlKeyFlow.MatchString(s) {
		return yamlDoubleQuoted(s, indent, implicitKey)
	}
	multiline := strings.Contains(s, "\n")
	if s == "" || yamlNotPlain.MatchString(s) {
		if implicitKey || !multiline {
			if strings.Contains(s, `"`) && !strings.Contains(s, "'") {
				return yamlSingleQuoted(s, indent, implicitKey)
			}
			return yamlDoubleQuoted(s, indent, implicitKey)
		}
		return yamlBlock(s, indent, false)
	}
	if !implicitKey && multiline {
		return yamlBlock(s, indent, false)
	}
	if root && indent == "" && yamlDocMarker.MatchString(s) {
		return yamlBlock(s, indent, true)
	}
	for _, re := range yamlNonString {
		if re.MatchString(s) {
			return yamlDoubleQuoted(s, indent, implicitKey)
		}
	}
	return s
}

func yamlSingleQuoted(s, indent string, implicitKey bool) string {
	if implicitKey && strings.Contains(s, "\n") {
		return yamlDoubleQuoted(s, indent, implicitKey)
	}
	if !implicitKey && (strings.Contains(s, " \n") || strings.Contains(s, "\t\n") || strings.Contains(s, "\n ") || strings.Contains(s, "\n\t")) {
		return yamlDoubleQuoted(s, indent, implicitKey)
	}
	if indent == "" && yamlDocMarker.MatchString(s) {
		indent = "  "
	}
	body := strings.ReplaceAll(s, "'", "''")
	return "'" + replaceNewlineRuns(body, func(run string) string { return run + "\n" + indent }) + "'"
}

// yamlDoubleQuoted starts from JavaScript's JSON.stringify of s and swaps
// its \u escapes for YAML's short ones; in a long value (40 characters of
// JSON or more) an escaped newline becomes a real line break.
func yamlDoubleQuoted(s, indent string, implicitKey bool) string {
	var jb bytes.Buffer
	ojson.WriteString(&jb, s)
	json := jb.String()
	if indent == "" && yamlDocMarker.MatchString(s) {
		indent = "  "
	}
	multi := !implicitKey && jsLength(json) >= 40
	var b strings.Builder
	for i := 0; i < len(json); i++ {
		c := json[i]
		if c == ' ' && strings.HasPrefix(json[i+1:], `\n`) {
			// a space before a newline is escaped so it is not folded away
			b.WriteString(`\ `)
			continue
		}
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		next := json[i+1]
		switch next {
		case 'u':
			code := json[i+2 : i+6]
			switch code {
			case "0000":
				b.WriteString(`\0`)
			case "0007":
				b.WriteString(`\a`)
			case "000b":
				b.WriteString(`\v`)
			case "001b":
				b.WriteString(`\e`)
			default:
				if strings.HasPrefix(code, "00") {
					b.WriteString(`\x` + code[2:])
				} else {
					b.WriteString(json[i : i+6])
				}
			}
			i += 5
		case 'n':
			if !multi || json[i+2] == '"' {
				b.WriteString(`\n`)
				i++
				continue
			}
			b.WriteString("\n\n")
			i++
			for strings.HasPrefix(json[i+1:], `\n`) && json[i+3] != '"' {
				b.WriteByte('\n')
				i += 2
			}
			b.WriteString(indent)
			if json[i+1] == ' ' {
				b.WriteByte('\\')
			}
		default:
			b.WriteByte(c)
			b.WriteByte(next)
			i++
		}
	}
	return b.String()
}

// yamlBlock writes s as a literal block scalar ("|"), with the chomping
// indicator its trailing newlines need and an indentation indicator when it
// starts with a space.
func yamlBlock(s, indent string, forceIndent bool) string {
	if endsWithIndentedBlank(s) || strings.TrimFunc(s, jsSpace) == "" {
		return yamlDoubleQuoted(s, indent, false)
	}
	if indent == "" && (forceIndent || yamlDocMarker.MatchString(s)) {
		indent = "  "
	}
	indentSize := "1"
	if indent != "" {
		indentSize = "2"
	}
	header := "|"
	// trailing whitespace decides the chomping
	body := strings.TrimRight(s, "\n\t ")
	ws := s[len(body):]
	switch n := strings.IndexByte(ws, '\n'); {
	case n == -1:
		header += "-"
	case body == "" || n != len(ws)-1:
		header += "+"
	}
	wsEnd := strings.TrimSuffix(ws, "\n")
	// leading newlines and spaces
	trimmed := strings.TrimLeft(body, "\n ")
	lead := body[:len(body)-len(trimmed)]
	wsStart := lead
	if strings.Contains(lead, " ") {
		header += indentSize
		spaces := len(lead) - len(strings.TrimRight(lead, " "))
		wsStart = lead[:len(lead)-spaces]
		trimmed = lead[len(lead)-spaces:] + trimmed
	}
	body = trimmed
	if wsEnd != "" {
		wsEnd = indentNewlineRuns(wsEnd, indent, true)
	}
	if wsStart != "" {
		wsStart = indentNewlineRuns(wsStart, indent, false)
	}
	if body == "" {
		return header + indentSize + "\n" + indent + wsEnd
	}
	body = indentNewlineRuns(body, indent, false)
	return header + "\n" + indent + wsStart + body + wsEnd
}

// endsWithIndentedBlank reports whether s ends in a newline followed by
// tabs or spaces only, which a block scalar cannot keep.
func endsWithIndentedBlank(s string) bool {
	t := strings.TrimRight(s, "\t ")
	return len(t) < len(s) && strings.HasSuffix(t, "\n")
}

// indentNewlineRuns puts indent after each run of newlines; with
// skipFinal, not after a run that ends the text.
func indentNewlineRuns(s, indent string, skipFinal bool) string {
	return replaceNewlineRunsAt(s, func(run string, atEnd bool) string {
		if skipFinal && atEnd {
			return run
		}
		return run + indent
	})
}

func replaceNewlineRuns(s string, f func(run string) string) string {
	return replaceNewlineRunsAt(s, func(run string, _ bool) string { return f(run) })
}

func replaceNewlineRunsAt(s string, f func(run string, atEnd bool) string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] != '\n' {
			b.WriteByte(s[i])
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] == '\n' {
			j++
		}
		b.WriteString(f(s[i:j], j == len(s)))
		i = j
	}
	return b.String()
}

// jsSpace is JavaScript's \s.
func jsSpace(r rune) bool {
	if r == 0x85 {
		return false
	}
	return r == 0xfeff || unicode.IsSpace(r)
}

// jsLength is the length of s in UTF-16 code units, as JavaScript counts.
func jsLength(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}
