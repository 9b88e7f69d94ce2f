package templatediff

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"
)

// Style says how to render.
type Style struct {
	Color bool
	// ContextLines around each change in JSON line diffs (cdk diff
	// --context-lines); 0 or less means cdk's default of 3.
	ContextLines int
}

func (s Style) contextLines() int {
	if s.ContextLines <= 0 {
		return 3
	}
	return s.ContextLines
}

func (s Style) paint(code, text string) string {
	if !s.Color {
		return text
	}
	return "\x1b[" + code + "m" + text + "\x1b[0m"
}

func (s Style) mark(k ChangeKind) string {
	switch k {
	case Added:
		return s.paint("32", "[+]")
	case Removed:
		return s.paint("31", "[-]")
	}
	return s.paint("33", "[~]")
}

// RenderSecurity writes the security tables (IAM statements, managed
// policies, security group rules) as cdk diff does, with construct paths in
// place of logical IDs; nothing when there are no security changes.
func (d *Diff) RenderSecurity(w io.Writer, st Style) {
	if len(d.IAM) > 0 {
		fmt.Fprintln(w, "IAM Statement Changes")
		var rows [][]string
		for _, k := range []ChangeKind{Added, Removed} {
			for _, c := range d.IAM {
				if c.Kind == k {
					rows = append(rows, []string{sign(c.Kind), c.Resource, c.Effect, c.Action, c.Principal, c.Condition})
				}
			}
		}
		d.securityTable(w, []string{"", "Resource", "Effect", "Action", "Principal", "Condition"}, rows, st)
	}
	if len(d.ManagedPolicies) > 0 {
		fmt.Fprintln(w, "IAM Policy Changes")
		var rows [][]string
		for _, k := range []ChangeKind{Added, Removed} {
			for _, c := range d.ManagedPolicies {
				if c.Kind == k {
					rows = append(rows, []string{sign(c.Kind), c.Role, c.Policy})
				}
			}
		}
		d.securityTable(w, []string{"", "Resource", "Managed Policy ARN"}, rows, st)
	}
	if len(d.SecurityGroups) > 0 {
		fmt.Fprintln(w, "Security Group Changes")
		var rows [][]string
		for _, k := range []ChangeKind{Added, Removed} {
			for _, dir := range []string{"In", "Out"} {
				for _, c := range d.SecurityGroups {
					if c.Kind == k && c.Direction == dir {
						rows = append(rows, []string{sign(c.Kind), c.Group, c.Direction, c.Protocol, c.Peer})
					}
				}
			}
		}
		sort.SliceStable(rows, func(i, j int) bool {
			if rows[i][1] != rows[j][1] {
				return rows[i][1] < rows[j][1]
			}
			return rows[i][2] == "In" && rows[j][2] != "In"
		})
		d.securityTable(w, []string{"", "Group", "Dir", "Protocol", "Peer"}, rows, st)
	}
	if d.SecurityChanges() {
		fmt.Fprintln(w, "(NOTE: There may be security-related changes not in this list. See https://github.com/aws/aws-cdk/issues/1299)")
		fmt.Fprintln(w)
	}
}

// securityTable sorts rows by their resource column (as written with
// logical IDs, as cdk diff sorts them), then shows construct paths.
func (d *Diff) securityTable(w io.Writer, header []string, rows [][]string, st Style) {
	sort.SliceStable(rows, func(i, j int) bool { return rows[i][1] < rows[j][1] })
	out := [][]string{header}
	for _, r := range rows {
		row := make([]string, len(r))
		for i, c := range r {
			row[i] = d.substitutePaths(c)
		}
		out = append(out, row)
	}
	table(w, out, st)
}

// substitutePaths turns ${LogicalId...} into ${construct/path...}.
func (d *Diff) substitutePaths(s string) string {
	if !strings.Contains(s, "${") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "${")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i+2])
		s = s[i+2:]
		end := strings.IndexAny(s, ".}")
		if end < 0 {
			continue
		}
		id := s[:end]
		if p := normalizePath(d.Paths[id]); p != "" {
			b.WriteString(p)
		} else {
			b.WriteString(id)
		}
		s = s[end:]
	}
}

// normalizePath is a construct path relative to its stack, without the
// /Resource or /Default that L2 constructs add.
func normalizePath(p string) string {
	p = strings.TrimPrefix(p, "/")
	parts := strings.Split(p, "/")
	if len(parts) > 1 {
		parts = parts[1:]
		if n := len(parts); n > 1 && (parts[n-1] == "Resource" || parts[n-1] == "Default") {
			parts = parts[:n-1]
		}
		p = strings.Join(parts, "/")
	}
	return p
}

// Render writes the diff of one stack the way `cdk diff` lays it out.
func (d *Diff) Render(w io.Writer, st Style) {
	if d.Empty() {
		fmt.Fprintln(w, "There were no differences")
		return
	}
	var tmpl []ElementChange
	for _, o := range d.Other {
		if o.Section == "AWSTemplateFormatVersion" || o.Section == "Transform" || o.Section == "Description" {
			tmpl = append(tmpl, o)
		}
	}
	if len(tmpl) > 0 {
		fmt.Fprintln(w, "Template")
		for _, c := range tmpl {
			d.writeElement(w, c.Section, c, st)
		}
		fmt.Fprintln(w)
	}
	d.RenderSecurity(w, st)
	d.writeElements(w, "Parameters", "Parameter", d.Parameters, st)
	var meta []ElementChange
	for _, o := range d.Other {
		if o.Section == "Metadata" {
			meta = append(meta, o)
		}
	}
	d.writeElements(w, "Metadata", "Metadata", meta, st)
	d.writeElements(w, "Mappings", "Mapping", d.Mappings, st)
	d.writeElements(w, "Conditions", "Condition", d.Conditions, st)
	if len(d.Resources) > 0 {
		fmt.Fprintln(w, "Resources")
		for _, k := range []ChangeKind{Removed, Added, Modified} {
			for _, r := range d.Resources {
				if r.Kind == k {
					writeResource(w, r, st)
				}
			}
		}
		fmt.Fprintln(w)
	}
	d.writeElements(w, "Outputs", "Output", d.Outputs, st)
	var other []ElementChange
	for _, o := range d.Other {
		if o.Section == "Rules" {
			other = append(other, o)
		}
	}
	d.writeElements(w, "Other Changes", "Unknown", other, st)
}

// writeElements writes a section of named elements as cdk diff does:
// removals, then additions, then updates.
func (d *Diff) writeElements(w io.Writer, title, kind string, items []ElementChange, st Style) {
	if len(items) == 0 {
		return
	}
	fmt.Fprintln(w, title)
	for _, k := range []ChangeKind{Removed, Added, Modified} {
		for _, c := range items {
			if c.Kind == k {
				d.writeElement(w, kind, c, st)
			}
		}
	}
	fmt.Fprintln(w)
}

func (d *Diff) writeElement(w io.Writer, kind string, c ElementChange, st Style) {
	var value string
	switch c.Kind {
	case Added:
		value = st.paint("32", compact(c.New))
	case Removed:
		value = st.paint("31", compact(c.Old))
	default:
		value = st.paint("31", compact(c.Old)) + " to " + st.paint("32", compact(c.New))
	}
	name := c.Name
	if p := normalizePath(d.Paths[c.Name]); p != "" {
		name = p + " " + c.Name
	}
	fmt.Fprintf(w, "%s %s %s: %s\n", st.mark(c.Kind), kind, name, value)
}

func short(v interface{}) string {
	s := compact(v)
	if utf8.RuneCountInString(s) > 120 {
		r := []rune(s)
		s = string(r[:117]) + "..."
	}
	return s
}

func compact(v interface{}) string {
	if s, ok := v.(string); ok {
		return s
	}
	var b strings.Builder
	_ = newEncoder(&b).Encode(v)
	return strings.TrimSuffix(b.String(), "\n")
}

// newEncoder writes JSON as JavaScript's JSON.stringify does: no HTML
// escaping.
func newEncoder(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc
}

// display is the construct path relative to the stack, without the
// trailing /Resource or /Default that L2 constructs add.
func display(r ResourceChange) string {
	p := r.ConstructPath
	if p == "" {
		return r.LogicalID
	}
	if i := strings.Index(p, "/"); i >= 0 {
		p = p[i+1:]
	}
	p = strings.TrimSuffix(strings.TrimSuffix(p, "/Resource"), "/Default")
	return p
}

func writeResource(w io.Writer, r ResourceChange, st Style) {
	line := fmt.Sprintf("%s %s %s %s", st.mark(r.Kind), r.Type, display(r), r.LogicalID)
	switch {
	case r.Kind == Removed:
		line += " " + st.paint("31", "destroy")
	case r.Replacement == "always":
		line += " " + st.paint("31", "replace")
	case r.Replacement == "conditional":
		line += " " + st.paint("33", "may be replaced")
	}
	fmt.Fprintln(w, line)
	if r.OldType != "" {
		fmt.Fprintf(w, " ├─ [~] Type: %s → %s\n", r.OldType, r.Type)
	}
	all := append(append([]PropertyChange(nil), r.Properties...), r.Attributes...)
	for i, p := range all {
		last := i == len(all)-1
		branch, cont := " ├─", " │"
		if last {
			branch, cont = " └─", "  "
		}
		name := p.Name
		switch p.Replacement {
		case "always":
			name += " (requires replacement)"
		case "conditional":
			name += " (may cause replacement)"
		}
		if p.Old == nil && p.New == nil {
			// Named by a change set only, which gives no values.
			fmt.Fprintf(w, "%s %s %s\n", branch, st.mark(Modified), name)
			continue
		}
		fmt.Fprintf(w, "%s %s %s\n", branch, st.mark(kindOf(p.Old, p.New)), name)
		writeObjectDiff(w, p.Old, p.New, cont, st)
	}
}

func sign(k ChangeKind) string {
	switch k {
	case Added:
		return "+"
	case Removed:
		return "-"
	}
	return "~"
}

// table draws rows (the first is the header) with box-drawing lines;
// cells may hold several lines.
func table(w io.Writer, rows [][]string, st Style) {
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, c := range r {
			for _, l := range strings.Split(c, "\n") {
				if n := utf8.RuneCountInString(l); n > widths[i] {
					widths[i] = n
				}
			}
		}
	}
	line := func(l, m, r string) {
		var b strings.Builder
		b.WriteString(l)
		for i, wd := range widths {
			if i > 0 {
				b.WriteString(m)
			}
			b.WriteString(strings.Repeat("─", wd+2))
		}
		b.WriteString(r)
		fmt.Fprintln(w, b.String())
	}
	line("┌", "┬", "┐")
	for ri, r := range rows {
		// As the CDK CLI's tables: a line under the header and between
		// rows whose second column differs.
		if ri == 1 || (ri > 1 && (len(r) < 2 || r[1] != rows[ri-1][1])) {
			line("├", "┼", "┤")
		}
		cells := make([][]string, len(r))
		height := 1
		for i, c := range r {
			cells[i] = strings.Split(c, "\n")
			if len(cells[i]) > height {
				height = len(cells[i])
			}
		}
		for h := 0; h < height; h++ {
			var b strings.Builder
			b.WriteString("│")
			for i := range r {
				text := ""
				if h < len(cells[i]) {
					text = cells[i][h]
				}
				pad := widths[i] - utf8.RuneCountInString(text)
				if i == 0 && ri > 0 {
					code := "33"
					if text == "+" {
						code = "32"
					} else if text == "-" {
						code = "31"
					}
					text = st.paint(code, text)
				}
				b.WriteString(" " + text + strings.Repeat(" ", pad) + " │")
			}
			fmt.Fprintln(w, b.String())
		}
	}
	line("└", "┴", "┘")
}

// Table draws rows (the first is the header) as the CDK CLI draws its tables.
func Table(w io.Writer, rows [][]string) { table(w, rows, Style{}) }
