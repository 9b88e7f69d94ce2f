package templatediff

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Style says how to render.
type Style struct {
	Color bool
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

// Render writes the diff of one stack the way `cdk diff` lays it out.
func (d *Diff) Render(w io.Writer, st Style) {
	if d.Empty() {
		fmt.Fprintln(w, "There were no differences")
		return
	}
	if len(d.IAM) > 0 {
		fmt.Fprintln(w, "IAM Statement Changes")
		rows := [][]string{{"", "Resource", "Effect", "Action", "Principal", "Condition"}}
		for _, c := range d.IAM {
			rows = append(rows, []string{sign(c.Kind), c.Resource, c.Effect, c.Action, c.Principal, c.Condition})
		}
		table(w, rows, st)
	}
	if len(d.ManagedPolicies) > 0 {
		fmt.Fprintln(w, "IAM Policy Changes")
		rows := [][]string{{"", "Resource", "Managed Policy ARN"}}
		for _, c := range d.ManagedPolicies {
			rows = append(rows, []string{sign(c.Kind), c.Role, c.Policy})
		}
		table(w, rows, st)
	}
	if len(d.SecurityGroups) > 0 {
		fmt.Fprintln(w, "Security Group Changes")
		rows := [][]string{{"", "Group", "Dir", "Protocol", "Peer"}}
		for _, c := range d.SecurityGroups {
			rows = append(rows, []string{sign(c.Kind), c.Group, c.Direction, c.Protocol, c.Peer})
		}
		table(w, rows, st)
	}
	if d.SecurityChanges() {
		fmt.Fprintln(w, "(NOTE: There may be security-related changes not in this list.)")
		fmt.Fprintln(w)
	}
	sections := []struct {
		title string
		items []ElementChange
	}{{"Parameters", d.Parameters}, {"Conditions", d.Conditions}, {"Mappings", d.Mappings}}
	for _, o := range d.Other {
		fmt.Fprintf(w, "%s\n%s %s\n\n", o.Section, st.mark(o.Kind), describeValue(o.Old, o.New))
	}
	for _, s := range sections {
		writeElements(w, s.title, s.items, st)
	}
	if len(d.Resources) > 0 {
		fmt.Fprintln(w, "Resources")
		for _, r := range d.Resources {
			writeResource(w, r, st)
		}
		fmt.Fprintln(w)
	}
	writeElements(w, "Outputs", d.Outputs, st)
	for _, r := range d.Resources {
		if r.DestroysData {
			what := "will be destroyed"
			if r.Kind == Modified {
				what = "will be replaced, and its data lost"
				if r.Replacement == "conditional" {
					what = "may be replaced, and its data lost"
				}
			}
			fmt.Fprintln(w, st.paint("31", fmt.Sprintf("WARNING: %s (%s) %s %s", display(r), r.LogicalID, r.Type, what)))
		}
	}
}

func writeElements(w io.Writer, title string, items []ElementChange, st Style) {
	if len(items) == 0 {
		return
	}
	fmt.Fprintln(w, title)
	for _, c := range items {
		fmt.Fprintf(w, "%s %s %s\n", st.mark(c.Kind), c.Name, describeValue(c.Old, c.New))
	}
	fmt.Fprintln(w)
}

func describeValue(o, n interface{}) string {
	switch {
	case o == nil:
		return ""
	case n == nil:
		return ""
	}
	return fmt.Sprintf("(%s → %s)", short(o), short(n))
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
	b, _ := json.Marshal(v)
	return string(b)
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
		branch, cont := " ├─", " │ "
		if last {
			branch, cont = " └─", "   "
		}
		name := p.Name
		switch p.Replacement {
		case "always":
			name += " " + st.paint("31", "(requires replacement)")
		case "conditional":
			name += " " + st.paint("33", "(may cause replacement)")
		}
		fmt.Fprintf(w, "%s %s %s\n", branch, st.mark(p.Kind), name)
		switch p.Kind {
		case Added:
			fmt.Fprintf(w, "%s    └─ %s\n", cont, st.paint("32", short(p.New)))
		case Removed:
			fmt.Fprintf(w, "%s    └─ %s\n", cont, st.paint("31", short(p.Old)))
		default:
			fmt.Fprintf(w, "%s    ├─ %s %s\n", cont, st.paint("31", "[-]"), short(p.Old))
			fmt.Fprintf(w, "%s    └─ %s %s\n", cont, st.paint("32", "[+]"), short(p.New))
		}
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
		if ri == 1 {
			line("├", "┼", "┤")
		} else if ri > 1 {
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
