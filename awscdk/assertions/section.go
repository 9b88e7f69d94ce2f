package assertions

import (
	"fmt"
	"strings"

	"github.com/strata-cdk/strata/internal/diag"
)

type assertError struct{ msg string }

func (e *assertError) Error() string { return e.msg }

// assertionError is what a failed assertion panics with: an error whose
// message is aws-cdk-lib's, as aws-cdk-go panics with the JavaScript
// AssertionError's message.
func assertionError(msg string) error { return &assertError{msg: msg} }

// ErrorKind makes awscdk.Errors_IsAssertionError recognise the failures.
func (e *assertError) ErrorKind() diag.Kind { return diag.KindAssertion }

func fail(msg string) { panic(assertionError(msg)) }

type closest struct {
	id     string
	result *matchResult
}

// sectionMatch is the outcome of testing every entry of a template section.
type sectionMatch struct {
	match    bool
	matches  *object // the entries that matched, in section order
	analyzed *object
	closest  []closest // up to 3 failures, the cheapest first
}

func asObject(v interface{}) *object {
	if o, ok := v.(*object); ok {
		return o
	}
	return newObject()
}

// matchSection tests each entry of section against props: a matcher, or a
// pattern matched with objectLike.
func matchSection(section *object, props interface{}) sectionMatch {
	var m Matcher
	if pm, ok := props.(Matcher); ok {
		m = pm
	} else {
		m = &objectMatch{name: "objectLike", pattern: props, partial: true}
	}
	res := sectionMatch{matches: newObject(), analyzed: newObject()}
	var failures []closest
	for _, id := range section.keys {
		entry := section.vals[id]
		res.analyzed.set(id, entry)
		r := test(m, entry).finish()
		if r.failed {
			failures = append(failures, closest{id, r})
		} else {
			res.matches.set(id, entry)
		}
	}
	if res.matches.size() > 0 {
		res.match = true
		return res
	}
	sortStable(failures, func(a, b closest) int {
		return compareKeys([]interface{}{a.result.cost, a.id}, []interface{}{b.result.cost, b.id})
	})
	if len(failures) > 3 {
		failures = failures[:3]
	}
	// Object.fromEntries: integer-like ids would move first.
	byID := newObject()
	for _, f := range failures {
		byID.set(f.id, f.result)
	}
	for _, id := range byID.keys {
		res.closest = append(res.closest, closest{id, byID.vals[id].(*matchResult)})
	}
	return res
}

func formatAllMatches(matches *object) string {
	s, _ := stringify(matches, "  ")
	return leftPad(s, 2)
}

func formatAllMismatches(analyzed, matches *object) string {
	lines := []string{"The following resources do not match the given definition:"}
	for _, id := range analyzed.keys {
		if matches == nil || !matches.has(id) {
			lines = append(lines, "\t"+id)
		}
	}
	return strings.Join(lines, "\n")
}

func formatSectionMatchFailure(qualifier string, res sectionMatch, what string) string {
	n := res.analyzed.size()
	var b strings.Builder
	fmt.Fprintf(&b, "%s has %d %s", what, n, qualifier)
	if n > 0 {
		b.WriteString(", but none match as expected")
	}
	b.WriteString(".\n")
	b.WriteString(formatFailure(res.closest))
	return b.String()
}

func formatFailure(cl []closest) string {
	if len(cl) == 0 {
		return "No matches found"
	}
	lines := []string{fmt.Sprintf("The %d closest matches:", len(cl))}
	for _, c := range cl {
		lines = append(lines, c.id+" :: "+c.result.renderMismatch())
	}
	return strings.Join(lines, "\n")
}

func leftPad(x string, indent int) string {
	pad := strings.Repeat(" ", indent)
	return pad + strings.ReplaceAll(x, "\n", "\n"+pad)
}

// filterLogicalID keeps the entry named id, or all of them for "*".
func filterLogicalID(section *object, id string) *object {
	if id == "*" {
		return section
	}
	out := newObject()
	if v, ok := section.get(id); ok {
		out.set(id, v)
	}
	return out
}

// filterType keeps the resources of the given type.
func filterType(section *object, typ string) *object {
	out := newObject()
	for _, id := range section.keys {
		if r, ok := section.vals[id].(*object); ok {
			if t, ok := r.get("Type"); ok && t == typ {
				out.set(id, r)
			}
		}
	}
	return out
}
