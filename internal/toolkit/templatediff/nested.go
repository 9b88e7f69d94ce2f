package templatediff

import (
	"fmt"
	"io"
	"reflect"
	"sort"
	"strings"
)

// writeObjectDiff renders the difference between two property values as
// cdk diff does: nested objects key by key (".Key:"), leaves as old/new,
// and arrays or mixed values as a JSON line diff with context.
func writeObjectDiff(w io.Writer, o, n interface{}, prefix string, st Style) {
	ok, nk := kindOfValue(o), kindOfValue(n)
	if ok != nk || ok == "array" || ok == "string" || ok == "number" {
		switch {
		case o != nil && n != nil:
			if ok == "object" || nk == "object" || ok == "array" || nk == "array" {
				for i, line := range diffLines(indentJSON(o), indentJSON(n), st.contextLines(), st) {
					lead := "  "
					if i == 0 {
						lead = "└─"
					}
					fmt.Fprintf(w, "%s   %s %s\n", prefix, lead, line)
				}
			} else {
				fmt.Fprintf(w, "%s   ├─ %s %s\n", prefix, st.paint("31", "[-]"), st.paint("31", compact(o)))
				fmt.Fprintf(w, "%s   └─ %s %s\n", prefix, st.paint("32", "[+]"), st.paint("32", compact(n)))
			}
		case o != nil:
			fmt.Fprintf(w, "%s   └─ %s\n", prefix, st.paint("31", compact(o)))
		default:
			fmt.Fprintf(w, "%s   └─ %s\n", prefix, st.paint("32", compact(n)))
		}
		return
	}
	om, _ := o.(map[string]interface{})
	nm, _ := n.(map[string]interface{})
	var keys []string
	for _, k := range unionKeys(om, nm) {
		if !reflect.DeepEqual(om[k], nm[k]) {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for i, k := range keys {
		last := i == len(keys)-1
		branch, cont := "├", "│"
		if last {
			branch, cont = "└", " "
		}
		ov, nv := om[k], nm[k]
		switch {
		case ov != nil && nv != nil:
			fmt.Fprintf(w, "%s   %s─ %s %s:\n", prefix, branch, st.mark(Modified), "."+k)
			writeObjectDiff(w, ov, nv, prefix+"   "+cont, st)
		case ov != nil:
			fmt.Fprintf(w, "%s   %s─ %s Removed: %s\n", prefix, branch, st.mark(Removed), "."+k)
		default:
			fmt.Fprintf(w, "%s   %s─ %s Added: %s\n", prefix, branch, st.mark(Added), "."+k)
		}
	}
}

// kindOfValue is JavaScript's typeof, with arrays apart.
func kindOfValue(v interface{}) string {
	switch v.(type) {
	case nil:
		return "undefined"
	case string:
		return "string"
	case float64, int, int64:
		return "number"
	case bool:
		return "boolean"
	case []interface{}:
		return "array"
	}
	if _, ok := v.(interface{ String() string }); ok && reflect.TypeOf(v).Kind() == reflect.String {
		return "number" // json.Number
	}
	return "object"
}

func indentJSON(v interface{}) string {
	var b strings.Builder
	enc := newEncoder(&b)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
	return strings.TrimSuffix(b.String(), "\n")
}

// diffLines is a unified line diff of a and b (the hunks jsdiff's
// structuredPatch makes), rendered as cdk diff renders it: a "@@" header per
// hunk, then "[ ]", "[+]" or "[-]" lines without their common indentation.
func diffLines(a, b string, context int, st Style) []string {
	x, y := strings.Split(a, "\n"), strings.Split(b, "\n")
	ops := lcsOps(x, y)
	// Group into hunks: changes with up to `context` lines around them,
	// merged when the gap between changes is at most 2*context.
	type op struct {
		kind byte // ' ', '-', '+'
		text string
		oi   int // line number in a (1-based) of this or the next old line
		ni   int
	}
	var all []op
	oi, ni := 1, 1
	for _, o := range ops {
		all = append(all, op{o.kind, o.text, oi, ni})
		switch o.kind {
		case ' ':
			oi++
			ni++
		case '-':
			oi++
		case '+':
			ni++
		}
	}
	var out []string
	i := 0
	for i < len(all) {
		for i < len(all) && all[i].kind == ' ' {
			i++
		}
		if i >= len(all) {
			break
		}
		start := i - context
		if start < 0 {
			start = 0
		}
		end := i
		for {
			for end < len(all) && all[end].kind != ' ' {
				end++
			}
			gap := end
			for gap < len(all) && all[gap].kind == ' ' {
				gap++
			}
			if gap < len(all) && gap-end <= 2*context {
				end = gap
				continue
			}
			end += context
			if end > len(all) {
				end = len(all)
			}
			break
		}
		hunk := all[start:end]
		oldLines, newLines := 0, 0
		for _, h := range hunk {
			if h.kind != '+' {
				oldLines++
			}
			if h.kind != '-' {
				newLines++
			}
		}
		oldStart, newStart := hunk[0].oi, hunk[0].ni
		if oldLines == 0 {
			oldStart--
		}
		if newLines == 0 {
			newStart--
		}
		out = append(out, st.paint("35", fmt.Sprintf("@@ -%d,%d +%d,%d @@", oldStart, oldLines, newStart, newLines)))
		indent := -1
		for _, h := range hunk {
			n := len(h.text) - len(strings.TrimLeft(h.text, " "))
			if strings.TrimLeft(h.text, " ") == "" {
				continue
			}
			if indent < 0 || n < indent {
				indent = n
			}
		}
		if indent < 0 {
			indent = 0
		}
		for _, h := range hunk {
			text := h.text
			if len(text) >= indent {
				text = text[indent:]
			}
			switch h.kind {
			case ' ':
				out = append(out, st.paint("90", "[ ]")+" "+text)
			case '+':
				out = append(out, st.paint("32", "[+]")+" "+st.paint("32", text))
			case '-':
				out = append(out, st.paint("31", "[-]")+" "+st.paint("31", text))
			}
		}
		i = end
	}
	return out
}

type lineOp struct {
	kind byte
	text string
}

// lcsOps is a shortest edit script of x into y by longest common
// subsequence, removals before additions within a change.
func lcsOps(x, y []string) []lineOp {
	n, m := len(x), len(y)
	l := make([][]int, n+1)
	for i := range l {
		l[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if x[i] == y[j] {
				l[i][j] = l[i+1][j+1] + 1
			} else if l[i+1][j] >= l[i][j+1] {
				l[i][j] = l[i+1][j]
			} else {
				l[i][j] = l[i][j+1]
			}
		}
	}
	var ops []lineOp
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && x[i] == y[j]:
			ops = append(ops, lineOp{' ', x[i]})
			i++
			j++
		case j >= m || (i < n && l[i+1][j] >= l[i][j+1]):
			ops = append(ops, lineOp{'-', x[i]})
			i++
		default:
			ops = append(ops, lineOp{'+', y[j]})
			j++
		}
	}
	return ops
}
