package assertions

import (
	"fmt"
	"regexp"
	"strconv"
)

// Match is the factory of the built-in matchers (Match_ObjectLike, ...).
// It has no instance members; it is an interface only to keep aws-cdk-go's
// shape.
type Match interface{}

// NewMatch_Override initializes a subclass of Match. Match has neither
// state nor instance methods, so there is nothing to set up.
func NewMatch_Override(m Match) {}

// Match_Absent matches when the key it stands for is absent from an object.
func Match_Absent() Matcher { return &absentMatch{name: "absent"} }

// Match_AnyValue matches any value that is not null or absent.
func Match_AnyValue() Matcher { return &anyMatch{name: "anyValue"} }

// Match_ArrayEquals matches an array that has exactly the pattern's
// elements, in order.
func Match_ArrayEquals(pattern *[]interface{}) Matcher {
	return &arrayMatch{name: "arrayEquals", pattern: patternArray(pattern), subsequence: false}
}

// Match_ArrayWith matches an array that contains the pattern's elements as
// a subsequence: in order, possibly with other elements between them.
func Match_ArrayWith(pattern *[]interface{}) Matcher {
	return &arrayMatch{name: "arrayWith", pattern: patternArray(pattern), subsequence: true}
}

// Match_Exact matches the pattern exactly: objects may not have extra keys.
func Match_Exact(pattern interface{}) Matcher {
	return newLiteral("exact", fromGo(pattern), false)
}

// Match_Not matches anything the pattern does not match.
func Match_Not(pattern interface{}) Matcher { return &notMatch{name: "not", pattern: fromGo(pattern)} }

// Match_ObjectEquals matches an object with exactly the pattern's keys.
func Match_ObjectEquals(pattern *map[string]interface{}) Matcher {
	return &objectMatch{name: "objectEquals", pattern: patternObject(pattern), partial: false}
}

// Match_ObjectLike matches an object that has at least the pattern's keys;
// nested objects are matched the same way.
func Match_ObjectLike(pattern *map[string]interface{}) Matcher {
	return &objectMatch{name: "objectLike", pattern: patternObject(pattern), partial: true}
}

// Match_SerializedJson matches a string holding JSON whose parsed value
// matches the pattern.
func Match_SerializedJson(pattern interface{}) Matcher {
	return &serializedJSON{name: "serializedJson", pattern: fromGo(pattern)}
}

// Match_StringLikeRegexp matches a string against a regular expression
// (multi-line mode, as aws-cdk-lib's "gm" flags).
func Match_StringLikeRegexp(pattern *string) Matcher {
	return &regexpMatch{name: "stringLikeRegexp", pattern: pattern}
}

func patternArray(p *[]interface{}) interface{} {
	if p == nil {
		return undefinedValue
	}
	return fromGo(*p)
}

func patternObject(p *map[string]interface{}) interface{} {
	if p == nil {
		return undefinedValue
	}
	return fromGo(*p)
}

func matcherOrLiteral(name string, p interface{}, partialObjects bool) Matcher {
	if m, ok := p.(Matcher); ok {
		return m
	}
	return newLiteral(name, p, partialObjects)
}

// literalMatch compares primitives with ===, and delegates arrays and
// objects to arrayMatch and objectMatch.
type literalMatch struct {
	name           string
	pattern        interface{}
	partialObjects bool
}

func newLiteral(name string, pattern interface{}, partialObjects bool) *literalMatch {
	if isMatcher(pattern) {
		panic(assertionError("LiteralMatch cannot directly contain another matcher. Remove the top-level matcher or nest it more deeply."))
	}
	return &literalMatch{name: name, pattern: pattern, partialObjects: partialObjects}
}

func (m *literalMatch) Name() *string                       { return strp(m.name) }
func (m *literalMatch) Test(actual interface{}) MatchResult { return m.test(fromGo(actual)) }

func (m *literalMatch) test(actual interface{}) *matchResult {
	if arr, ok := m.pattern.([]interface{}); ok {
		return (&arrayMatch{name: m.name, pattern: arr, subsequence: false, partialObjects: m.partialObjects}).test(actual)
	}
	if typeOf(m.pattern) == "object" {
		return (&objectMatch{name: m.name, pattern: m.pattern, partial: m.partialObjects}).test(actual)
	}
	r := newResult(actual)
	if typeOf(m.pattern) != typeOf(actual) {
		return r.record(m, fmt.Sprintf("Expected type %s but received %s", typeOf(m.pattern), getType(actual)))
	}
	if actual != m.pattern {
		r.record(m, fmt.Sprintf("Expected %s but received %s", jsString(m.pattern), jsString(actual)))
	}
	return r
}

type arrayMatch struct {
	name           string
	pattern        interface{}
	subsequence    bool
	partialObjects bool
}

func (m *arrayMatch) Name() *string                       { return strp(m.name) }
func (m *arrayMatch) Test(actual interface{}) MatchResult { return m.test(fromGo(actual)) }

func (m *arrayMatch) test(actual interface{}) *matchResult {
	arr, ok := actual.([]interface{})
	if !ok {
		return newResult(actual).record(m, "Expected type array but received "+getType(actual))
	}
	pattern, ok := m.pattern.([]interface{})
	if !ok {
		// aws-cdk-lib reads .length of the pattern: a missing pattern is a
		// TypeError there.
		panic(fmt.Errorf("TypeError: Cannot read properties of %s (reading 'length') (the pattern of %s() is not an array)", jsString(m.pattern), m.name))
	}
	if m.subsequence {
		return m.testSubsequence(pattern, arr)
	}
	return m.testFull(pattern, arr)
}

func (m *arrayMatch) element(p interface{}) Matcher {
	return matcherOrLiteral(m.name, p, m.partialObjects)
}

func (m *arrayMatch) testFull(pattern, actual []interface{}) *matchResult {
	r := newResult(actual)
	i := 0
	for ; i < len(pattern) && i < len(actual); i++ {
		r.compose(strconv.Itoa(i), test(m.element(pattern[i]), actual[i]))
	}
	if i < len(pattern) {
		r.record(m, fmt.Sprintf("Not enough elements in array (expecting %d, got %d)", len(pattern), len(actual)), strconv.Itoa(i))
	}
	if i < len(actual) {
		r.record(m, fmt.Sprintf("Too many elements in array (expecting %d, got %d)", len(pattern), len(actual)), strconv.Itoa(i))
	}
	return r
}

type attempt struct {
	index  int
	result *matchResult
}

func (m *arrayMatch) testSubsequence(pattern, actual []interface{}) *matchResult {
	r := newResult(actual)
	pi, ai := 0, 0
	// tries[p] lists every element pattern p was tested against.
	tries := map[int][]attempt{}
	for pi < len(pattern) && ai < len(actual) {
		el := m.element(pattern[pi])
		if n := matcherName(el); n == "absent" || n == "anyValue" {
			panic(assertionError(fmt.Sprintf("The Matcher %s() cannot be nested within arrayWith()", n)))
		}
		in := test(el, actual[ai])
		tries[pi] = append(tries[pi], attempt{ai, in})
		ai++
		if !in.failed {
			r.compose(strconv.Itoa(ai), in)
			pi++
		}
	}
	if pi < len(pattern) {
		// Show where the earlier patterns matched, then the closest
		// candidate for the first pattern that did not.
		for sp := 0; sp < pi; sp++ {
			for _, t := range tries[sp] {
				if !t.result.failed {
					here := newResult(actual[t.index])
					here.fail(failure{matcher: m, message: fmt.Sprintf("arrayWith pattern %d matched here", sp), cost: 0})
					r.compose(strconv.Itoa(t.index), here)
					break
				}
			}
		}
		failed := append([]attempt(nil), tries[pi]...)
		sortStable(failed, func(a, b attempt) int {
			return compareKeys([]interface{}{a.result.cost, float64(a.index)}, []interface{}{b.result.cost, float64(b.index)})
		})
		if len(failed) > 0 {
			best := failed[0]
			r.fail(failure{matcher: m, message: fmt.Sprintf("Could not match arrayWith pattern %d. This is the closest match", pi), path: []string{strconv.Itoa(best.index)}, cost: 0})
			r.compose(strconv.Itoa(best.index), best.result)
		} else {
			r.record(m, fmt.Sprintf("Could not match arrayWith pattern %d. No more elements to try", pi), strconv.Itoa(len(actual)))
		}
	}
	return r
}

type objectMatch struct {
	name    string
	pattern interface{}
	partial bool
}

func (m *objectMatch) Name() *string                       { return strp(m.name) }
func (m *objectMatch) Test(actual interface{}) MatchResult { return m.test(fromGo(actual)) }

func (m *objectMatch) test(actual interface{}) *matchResult {
	if typeOf(actual) != "object" || getType(actual) == "array" || isMatcher(actual) {
		return newResult(actual).record(m, "Expected type object but received "+getType(actual))
	}
	r := newResult(actual)
	obj, _ := actual.(*object)
	pattern, _ := m.pattern.(*object)
	if pattern == nil {
		panic(fmt.Errorf("TypeError: Cannot convert undefined or null to object (the pattern of %s() is %s)", m.name, jsString(m.pattern)))
	}
	if !m.partial {
		if obj == nil {
			panic(fmt.Errorf("TypeError: Cannot convert undefined or null to object (%s() was given null)", m.name))
		}
		for _, k := range obj.keys {
			if pattern == nil || !pattern.has(k) {
				r.record(m, "Unexpected key "+k, k)
			}
		}
	}
	for _, k := range pattern.keys {
		pv := pattern.vals[k]
		if obj == nil {
			panic(fmt.Errorf("TypeError: Cannot use 'in' operator to search for '%s' in null", k))
		}
		if _, absent := pv.(*absentMatch); !obj.has(k) && !absent {
			r.record(m, fmt.Sprintf("Missing key '%s'", k), k)
			continue
		}
		r.compose(k, test(matcherOrLiteral(m.name, pv, m.partial), obj.at(k)))
	}
	return r
}

type serializedJSON struct {
	name    string
	pattern interface{}
}

func (m *serializedJSON) Name() *string                       { return strp(m.name) }
func (m *serializedJSON) Test(actual interface{}) MatchResult { return m.test(fromGo(actual)) }

func (m *serializedJSON) test(actual interface{}) *matchResult {
	s, ok := actual.(string)
	if !ok {
		return newResult(actual).record(m, "Expected JSON as a string but found "+getType(actual))
	}
	parsed, err := parseJSON([]byte(s))
	if err != nil {
		return newResult(actual).record(m, "Invalid JSON string: "+s)
	}
	in := test(matcherOrLiteral(m.name, m.pattern, false), parsed)
	if in.failed {
		in.record(m, "Encoded JSON value does not match")
	}
	return in
}

type notMatch struct {
	name    string
	pattern interface{}
}

func (m *notMatch) Name() *string                       { return strp(m.name) }
func (m *notMatch) Test(actual interface{}) MatchResult { return m.test(fromGo(actual)) }

func (m *notMatch) test(actual interface{}) *matchResult {
	in := test(matcherOrLiteral(m.name, m.pattern, false), actual)
	r := newResult(actual)
	if in.failCount == 0 {
		s, ok := stringify(actual, "  ")
		if !ok {
			s = "undefined"
		}
		r.record(m, "Found unexpected match: "+s)
	}
	return r
}

type anyMatch struct{ name string }

func (m *anyMatch) Name() *string                       { return strp(m.name) }
func (m *anyMatch) Test(actual interface{}) MatchResult { return m.test(fromGo(actual)) }

func (m *anyMatch) test(actual interface{}) *matchResult {
	r := newResult(actual)
	if actual == nil || isUndefined(actual) {
		r.record(m, "Expected a value but found none")
	}
	return r
}

type absentMatch struct{ name string }

func (m *absentMatch) Name() *string                       { return strp(m.name) }
func (m *absentMatch) Test(actual interface{}) MatchResult { return m.test(fromGo(actual)) }

func (m *absentMatch) test(actual interface{}) *matchResult {
	r := newResult(actual)
	if !isUndefined(actual) {
		r.record(m, fmt.Sprintf("Received %s, but key should be absent", jsString(actual)))
	}
	return r
}

type regexpMatch struct {
	name    string
	pattern *string
}

func (m *regexpMatch) Name() *string                       { return strp(m.name) }
func (m *regexpMatch) Test(actual interface{}) MatchResult { return m.test(fromGo(actual)) }

func (m *regexpMatch) test(actual interface{}) *matchResult {
	r := newResult(actual)
	// new RegExp(undefined) matches everything.
	src := "(?:)"
	if m.pattern != nil {
		src = *m.pattern
	}
	re, err := regexp.Compile("(?m)" + src)
	if err != nil {
		panic(assertionError(fmt.Sprintf("Invalid regular expression /%s/: %v", src, err)))
	}
	if typeOf(actual) != "string" {
		r.record(m, fmt.Sprintf("Expected a string, but got '%s'", typeOf(actual)))
	}
	// RegExp.test converts a non-string to a string first.
	if !re.MatchString(jsString(actual)) {
		r.record(m, fmt.Sprintf("String '%s' did not match pattern '%s'", jsString(actual), jsString(fromGo(m.pattern))))
	}
	return r
}
