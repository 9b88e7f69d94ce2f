package awsiam

import (
	"sort"
	"unicode/utf8"

	"github.com/strata-cdk/strata/constructs"
)

// maxMergeSize is the largest estimated statement size a merge may produce
// when sizes are limited (while splitting a large policy).
const maxMergeSize = 2000

type comparableStatement struct {
	originals       []PolicyStatement // nil: the statement alone
	statement       *policyStatement
	conditionString string
}

// origins returns the statements c stands for.
func (c *comparableStatement) origins(self PolicyStatement) []PolicyStatement {
	if c.originals == nil {
		return []PolicyStatement{self}
	}
	return c.originals
}

// mergeStatements merges statements that differ in only one of actions,
// resources or principals, repeating until nothing merges: aws-cdk-lib's
// policy minimization. With combinable false it only merges equal
// statements. It returns the statements and, for each, the originals it
// stands for (when wantOrigins: only splitting needs them). When refused
// is not nil, it is set if a merge was refused for the size it would make.
// The merged statements are written over statements, which callers
// replace with the result.
func mergeStatements(statements []PolicyStatement, scope constructs.IConstruct, limitSize, combinable bool, refused *bool, wantOrigins bool) ([]PolicyStatement, map[PolicyStatement][]PolicyStatement) {
	if len(statements) == 0 {
		return statements, map[PolicyStatement][]PolicyStatement{}
	}
	actionEst, arnEst := estimateSizeOptions(scope)
	comps := make([]comparableStatement, len(statements))
	orig := make([]PolicyStatement, len(statements)) // the statement each comp started as
	for i, s := range statements {
		ps := asStatement(s)
		comps[i] = comparableStatement{statement: ps, conditionString: conditionJSON(ps)}
		orig[i] = s
	}
	merge := func(a, b *comparableStatement) (comparableStatement, bool) {
		if combinable {
			return mergeIfCombinable(a, b, limitSize, actionEst, arnEst, refused)
		}
		return mergeIfEqual(a, b)
	}
	for {
		changed := false
		for i := 0; i < len(comps); i++ {
			for j := i + 1; j < len(comps); {
				m, ok := merge(&comps[i], &comps[j])
				if !ok {
					j++
					continue
				}
				if m.originals == nil {
					m.originals = append(comps[i].origins(orig[i]), comps[j].origins(orig[j])...)
				}
				comps[i] = m
				comps = append(comps[:j], comps[j+1:]...)
				orig = append(orig[:j], orig[j+1:]...)
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	out := statements[:len(comps)]
	clear(statements[len(comps):])
	var origins map[PolicyStatement][]PolicyStatement
	if wantOrigins {
		origins = make(map[PolicyStatement][]PolicyStatement, len(comps))
	}
	for i := range comps {
		c := &comps[i]
		out[i] = c.statement
		if wantOrigins {
			origins[out[i]] = c.origins(orig[i])
		}
	}
	return out, origins
}

// conditionJSON is the JSON of s's conditions; most statements have none
// (a nil object), whose JSON needs no writing.
func conditionJSON(s *policyStatement) string {
	if s.condition.Len() == 0 {
		return "{}"
	}
	return jsonStringify(s.condition)
}

func mergeIfCombinable(a, b *comparableStatement, limitSize bool, actionEst, arnEst int, refused *bool) (comparableStatement, bool) {
	sa, sb := a.statement, b.statement
	if sa.effect.cfnValue() != sb.effect.cfnValue() || deref(sa.sid) != "" || deref(sb.sid) != "" || a.conditionString != b.conditionString {
		return comparableStatement{}, false
	}
	if !setEqual(sa.notAction.list, sb.notAction.list) || !setEqual(sa.notResource.list, sb.notResource.list) || !setEqualPrincipals(sa.notPrincipals, sb.notPrincipals) {
		return comparableStatement{}, false
	}
	same := 0
	if setEqual(sa.action.list, sb.action.list) {
		same++
	}
	if setEqual(sa.resource.list, sb.resource.list) {
		same++
	}
	if setEqualPrincipals(sa.principals, sb.principals) {
		same++
	}
	if same < 2 || unmergeablePrincipals(sa, sb) {
		return comparableStatement{}, false
	}
	actions := setMerge(sa.action.list, sb.action.list)
	resources := setMerge(sa.resource.list, sb.resource.list)
	principals := setMergePrincipals(sa.principals, sb.principals)
	combined := sa.Copy(&PolicyStatementProps{Actions: ptrs(actions), Resources: ptrs(resources), Principals: &principals}).(*policyStatement)
	if limitSize && combined.estimateSize(actionEst, arnEst) > maxMergeSize {
		if refused != nil {
			*refused = true
		}
		return comparableStatement{}, false
	}
	return comparableStatement{statement: combined, conditionString: a.conditionString}, true
}

func mergeIfEqual(a, b *comparableStatement) (comparableStatement, bool) {
	sa, sb := a.statement, b.statement
	if sa.effect.cfnValue() != sb.effect.cfnValue() || deref(sa.sid) != deref(sb.sid) || (sa.sid == nil) != (sb.sid == nil) || a.conditionString != b.conditionString {
		return comparableStatement{}, false
	}
	if !setEqual(sa.notAction.list, sb.notAction.list) || !setEqual(sa.notResource.list, sb.notResource.list) || !setEqualPrincipals(sa.notPrincipals, sb.notPrincipals) {
		return comparableStatement{}, false
	}
	if !setEqual(sa.action.list, sb.action.list) || !setEqual(sa.resource.list, sb.resource.list) || !setEqualPrincipals(sa.principals, sb.principals) {
		return comparableStatement{}, false
	}
	return comparableStatement{statement: sa, conditionString: a.conditionString}, true
}

func unmergeablePrincipals(a, b *policyStatement) bool {
	hasLiteral := func(ps []IPrincipal) bool {
		for _, p := range ps {
			j, _ := fragmentParts(p.PolicyFragment())
			if j.has(literalStringKey) {
				return true
			}
		}
		return false
	}
	return hasLiteral(a.principals) != hasLiteral(b.principals)
}

func setEqual(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	if len(b) <= 16 {
		// Lists in a statement are short: scanning beats a map.
		for _, x := range a {
			if !contains(b, x) {
				return false
			}
		}
		return true
	}
	set := make(map[string]bool, len(b))
	for _, x := range b {
		set[x] = true
	}
	for _, x := range a {
		if !set[x] {
			return false
		}
	}
	return true
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// setMerge is the union of x and y, sorted.
func setMerge(x, y []string) []string {
	out := make([]string, 0, len(x)+len(y))
	var seen map[string]bool // for long lists only: scanning short ones is cheaper
	if len(x)+len(y) > 16 {
		seen = make(map[string]bool, len(x)+len(y))
	}
	for _, l := range [2][]string{x, y} {
		for _, s := range l {
			if seen != nil {
				if seen[s] {
					continue
				}
				seen[s] = true
			} else if contains(out, s) {
				continue
			}
			out = append(out, s)
		}
	}
	sort.Slice(out, func(i, j int) bool { return utf16Less(out[i], out[j]) })
	return out
}

// utf16Less orders strings as JavaScript's default sort does: by UTF-16
// code units (invalid UTF-8 read as U+FFFD), without converting either.
func utf16Less(a, b string) bool { return utf16Compare(a, b) < 0 }

func utf16Compare(a, b string) int {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if ra != rb {
			// Runes past U+FFFF are surrogate pairs: their first unit
			// (U+D800–U+DBFF) sorts before U+E000–U+FFFF. With equal first
			// units, the second follows the rune's order.
			if ua, ub := firstUnit(ra), firstUnit(rb); ua != ub {
				return cmpInt(int(ua), int(ub))
			}
			return cmpInt(int(ra), int(rb))
		}
		a, b = a[na:], b[nb:]
	}
	return cmpInt(len(a), len(b)) // only the shorter one's emptiness matters
}

func firstUnit(r rune) rune {
	if r >= 0x10000 {
		return 0xD800 + (r-0x10000)>>10
	}
	return r
}

func cmpInt(x, y int) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

type partitioned struct {
	keys          []string
	comparable    map[string]IPrincipal
	nonComparable []IPrincipal
}

func partitionPrincipals(xs []IPrincipal) *partitioned {
	p := &partitioned{comparable: map[string]IPrincipal{}}
	for _, x := range xs {
		d := ComparablePrincipal_DedupeStringFor(x)
		if d != nil && *d != "" {
			if _, ok := p.comparable[*d]; !ok {
				p.keys = append(p.keys, *d)
			}
			p.comparable[*d] = x
		} else {
			p.nonComparable = append(p.nonComparable, x)
		}
	}
	return p
}

func setEqualPrincipals(xs, ys []IPrincipal) bool {
	if len(xs) == 0 && len(ys) == 0 {
		return true // identity policies: no principals on either side
	}
	px, py := partitionPrincipals(xs), partitionPrincipals(ys)
	if len(px.nonComparable) != len(py.nonComparable) {
		return false
	}
	for _, x := range px.nonComparable {
		found := false
		for _, y := range py.nonComparable {
			if sameObject(x, y) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return setEqual(px.keys, py.keys)
}

func setMergePrincipals(xs, ys []IPrincipal) []IPrincipal {
	if len(xs) == 0 && len(ys) == 0 {
		return []IPrincipal{}
	}
	px, py := partitionPrincipals(xs), partitionPrincipals(ys)
	keys := append([]string(nil), px.keys...)
	vals := map[string]IPrincipal{}
	for k, v := range px.comparable {
		vals[k] = v
	}
	for _, k := range py.keys {
		if _, ok := vals[k]; !ok {
			keys = append(keys, k)
		}
		vals[k] = py.comparable[k]
	}
	out := []IPrincipal{}
	for _, k := range keys {
		out = append(out, vals[k])
	}
	out = append(out, px.nonComparable...)
	return append(out, py.nonComparable...)
}
