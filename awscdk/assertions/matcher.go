package assertions

import (
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Matcher is a pattern a value is tested against. Match_* returns the
// built-in ones; a custom matcher is a struct that embeds Matcher, calls
// NewMatcher_Override on itself and implements Name and Test.
type Matcher interface {
	// A name for the matcher, used in failure messages.
	Name() *string
	// Tests whether actual matches; the result holds the failures.
	Test(actual interface{}) MatchResult
}

// baseMatcher is what NewMatcher_Override puts in a custom matcher's
// embedded Matcher: Matcher is abstract, so calling a method the custom
// matcher did not implement is a mistake worth naming.
type baseMatcher struct{ owner string }

func (b *baseMatcher) Name() *string {
	panic(fmt.Errorf("%s embeds assertions.Matcher but does not implement Name()", b.owner))
}

func (b *baseMatcher) Test(actual interface{}) MatchResult {
	panic(fmt.Errorf("%s embeds assertions.Matcher but does not implement Test()", b.owner))
}

// NewMatcher_Override initializes a custom matcher m: if m is a struct that
// embeds Matcher, the embedded field is set so m behaves as a subclass of
// the abstract Matcher.
func NewMatcher_Override(m Matcher) {
	setEmbedded(m, reflect.TypeOf((*Matcher)(nil)).Elem(), func() interface{} {
		return &baseMatcher{owner: fmt.Sprintf("%T", m)}
	})
}

// setEmbedded sets the embedded interface field of type iface in the struct
// that x points to, when it is still nil.
func setEmbedded(x interface{}, iface reflect.Type, make func() interface{}) {
	rv := reflect.ValueOf(x)
	if rv.Kind() != reflect.Pointer || rv.IsNil() || rv.Elem().Kind() != reflect.Struct {
		return
	}
	s := rv.Elem()
	for i := 0; i < s.NumField(); i++ {
		f := s.Type().Field(i)
		if f.Anonymous && f.Type == iface && s.Field(i).CanSet() && s.Field(i).IsNil() {
			s.Field(i).Set(reflect.ValueOf(make()))
			return
		}
	}
}

// Matcher_IsMatcher reports whether x is a Matcher.
func Matcher_IsMatcher(x interface{}) *bool {
	_, ok := x.(Matcher)
	return &ok
}

func isMatcher(x interface{}) bool { _, ok := x.(Matcher); return ok }

// MatchFailure is one failure of a match.
type MatchFailure struct {
	// The matcher that had the failure.
	Matcher Matcher `field:"required" json:"matcher" yaml:"matcher"`
	// Failure message.
	Message *string `field:"required" json:"message" yaml:"message"`
	// The relative path in the target where the failure occurred.
	Path *[]*string `field:"required" json:"path" yaml:"path"`
	// The cost of this particular mismatch. Default: 1.
	Cost *float64 `field:"optional" json:"cost" yaml:"cost"`
}

// MatchCapture is a value a Capture recorded.
type MatchCapture struct {
	// The instance of Capture class to which this capture is associated.
	Capture Capture `field:"required" json:"capture" yaml:"capture"`
	// The value that was captured.
	Value interface{} `field:"required" json:"value" yaml:"value"`
}

// MatchResult is the result of testing a value against a Matcher.
type MatchResult interface {
	// The cost of the failures so far.
	FailCost() *float64
	// The number of failures.
	FailCount() *float64
	// Whether the match is a success.
	IsSuccess() *bool
	// The target for which this result was generated.
	Target() interface{}
	// Compose the results of a previous match as a subtree.
	Compose(id *string, inner MatchResult) MatchResult
	// Prepare the result to be analyzed; commits its captures on success.
	Finished() MatchResult
	// Whether the match had any failures.
	HasFailed() *bool
	// Deprecated: use RecordFailure().
	Push(matcher Matcher, path *[]*string, message *string) MatchResult
	// Record a capture against in this match result.
	RecordCapture(options *MatchCapture)
	// Record a new failure into this result at a specific path.
	RecordFailure(failure *MatchFailure) MatchResult
	// Do a deep render of the match result, showing the structure mismatches in context.
	RenderMismatch() *string
	// Render the failed match in a presentable way.
	ToHumanStrings() *[]*string

	result() *matchResult
}

type failure struct {
	matcher Matcher
	message string
	path    []string
	cost    float64
}

type captured struct {
	capture Capture
	values  []interface{}
}

type matchResult struct {
	target interface{}
	// failuresHere, innerMatchFailures and captures keep insertion order:
	// aws-cdk-lib's messages list them in that order.
	failKeys  []string
	failures  map[string][]failure
	innerKeys []string
	inner     map[string]*matchResult
	captures  []*captured
	finalized bool
	failed    bool
	failCount float64
	cost      float64
}

func newResult(target interface{}) *matchResult {
	return &matchResult{target: target}
}

// NewMatchResult returns an empty result for target.
func NewMatchResult(target interface{}) MatchResult {
	return newResult(fromGo(target))
}

// NewMatchResult_Override initializes m, a struct that embeds MatchResult,
// as a result for target.
func NewMatchResult_Override(m MatchResult, target interface{}) {
	setEmbedded(m, reflect.TypeOf((*MatchResult)(nil)).Elem(), func() interface{} {
		return newResult(fromGo(target))
	})
}

func (r *matchResult) result() *matchResult { return r }

// resultOf unwraps a MatchResult; a custom result that never called
// NewMatchResult_Override has no state to read.
func resultOf(m MatchResult, who string) *matchResult {
	if m == nil {
		panic(fmt.Errorf("%s returned a nil MatchResult", who))
	}
	if r, ok := m.(*matchResult); ok {
		return r
	}
	rv := reflect.ValueOf(m)
	if rv.Kind() == reflect.Pointer && rv.Elem().Kind() == reflect.Struct {
		for i := 0; i < rv.Elem().NumField(); i++ {
			f := rv.Elem().Type().Field(i)
			if f.Anonymous && f.Type == reflect.TypeOf((*MatchResult)(nil)).Elem() && rv.Elem().Field(i).IsNil() {
				panic(fmt.Errorf("%T embeds assertions.MatchResult but was not initialized with NewMatchResult_Override", m))
			}
		}
	}
	return m.result()
}

func (r *matchResult) FailCost() *float64  { c := r.cost; return &c }
func (r *matchResult) FailCount() *float64 { c := r.failCount; return &c }
func (r *matchResult) IsSuccess() *bool    { ok := !r.failed; return &ok }
func (r *matchResult) HasFailed() *bool    { f := r.failed; return &f }
func (r *matchResult) Target() interface{} { return toGo(r.target) }

func (r *matchResult) Push(matcher Matcher, path *[]*string, message *string) MatchResult {
	return r.RecordFailure(&MatchFailure{Matcher: matcher, Path: path, Message: message})
}

func (r *matchResult) RecordFailure(f *MatchFailure) MatchResult {
	if f == nil {
		panic(fmt.Errorf("RecordFailure: failure must not be nil"))
	}
	var path []string
	if f.Path != nil {
		for _, p := range *f.Path {
			path = append(path, deref(p))
		}
	}
	cost := 1.0
	if f.Cost != nil {
		cost = *f.Cost
	}
	r.fail(failure{matcher: f.Matcher, message: deref(f.Message), path: path, cost: cost})
	return r
}

func (r *matchResult) fail(f failure) *matchResult {
	key := strings.Join(f.path, ".")
	if r.failures == nil {
		r.failures = map[string][]failure{}
	}
	if _, ok := r.failures[key]; !ok {
		r.failKeys = append(r.failKeys, key)
	}
	r.failures[key] = append(r.failures[key], f)
	r.failCount++
	r.cost += f.cost
	r.failed = true
	return r
}

// record is the matchers' shorthand for a failure.
func (r *matchResult) record(m Matcher, message string, path ...string) *matchResult {
	return r.fail(failure{matcher: m, message: message, path: path, cost: 1})
}

func (r *matchResult) Compose(id *string, inner MatchResult) MatchResult {
	r.compose(deref(id), resultOf(inner, "Compose"))
	return r
}

func (r *matchResult) compose(id string, in *matchResult) *matchResult {
	if in.failed {
		r.failed = true
		r.failCount += in.failCount
		r.cost += in.cost
		if r.inner == nil {
			r.inner = map[string]*matchResult{}
		}
		if _, ok := r.inner[id]; !ok {
			r.innerKeys = append(r.innerKeys, id)
		}
		r.inner[id] = in
	}
	for _, c := range in.captures {
		for _, v := range c.values {
			r.recordCapture(c.capture, v)
		}
	}
	return r
}

func (r *matchResult) RecordCapture(options *MatchCapture) {
	if options == nil || options.Capture == nil {
		panic(fmt.Errorf("RecordCapture: a capture is required"))
	}
	r.recordCapture(options.Capture, fromGo(options.Value))
}

func (r *matchResult) recordCapture(c Capture, v interface{}) {
	for _, e := range r.captures {
		if e.capture == c {
			e.values = append(e.values, v)
			return
		}
	}
	r.captures = append(r.captures, &captured{capture: c, values: []interface{}{v}})
}

func (r *matchResult) Finished() MatchResult { return r.finish() }

func (r *matchResult) finish() *matchResult {
	if r.finalized {
		return r
	}
	if r.failCount == 0 {
		for _, c := range r.captures {
			cp := c.capture.state()
			cp.captured = append(cp.captured, c.values...)
		}
	}
	r.finalized = true
	return r
}

func (r *matchResult) ToHumanStrings() *[]*string {
	var out []*string
	for _, s := range r.humanStrings() {
		out = append(out, strp(s))
	}
	return &out
}

func (r *matchResult) humanStrings() []string {
	var out []string
	var recurse func(x *matchResult, prefix []string)
	recurse = func(x *matchResult, prefix []string) {
		for _, k := range x.failKeys {
			for _, f := range x.failures[k] {
				path := append(append([]string{}, prefix...), f.path...)
				loc := ""
				if len(path) > 0 {
					loc = " at /" + strings.Join(path, "/")
				}
				out = append(out, f.message+loc+" (using "+matcherName(f.matcher)+" matcher)")
			}
		}
		for _, k := range x.innerKeys {
			recurse(x.inner[k], append(append([]string{}, prefix...), k))
		}
	}
	recurse(r, nil)
	return out
}

func matcherName(m Matcher) string {
	if m == nil {
		return "undefined"
	}
	return deref(m.Name())
}

func (r *matchResult) RenderMismatch() *string { s := r.renderMismatch(); return &s }

// renderMismatch prints the target with each failure marked "!!" where it
// occurred, as aws-cdk-lib shows the closest match of a failed assertion.
func (r *matchResult) renderMismatch() string {
	if !r.failed {
		return "<match>"
	}
	rd := &renderer{}
	rd.failures(r, "", nil)
	rd.recurse(r)
	out := strings.TrimRightFunc(rd.b.String(), unicode.IsSpace)
	return markers.ReplaceAllStringFunc(out, func(m string) string {
		spaces := m[:len(m)-2]
		if len(spaces) < 2 {
			return "!!"
		}
		return "!!" + spaces[:len(spaces)-2]
	})
}

var markers = regexp.MustCompile(`(?m)^(\s+)!!`)

type renderer struct {
	b      strings.Builder
	indent string
}

func (rd *renderer) emit(s string) {
	rd.b.WriteString(strings.ReplaceAll(s, "\n", "\n"+rd.indent))
}

// failures emits the failures recorded at path and strikes path off the
// keys still to report.
func (rd *renderer) failures(r *matchResult, path string, remaining *keySet) {
	for _, f := range r.failures[path] {
		rd.emit("!! " + f.message + "\n")
	}
	if remaining != nil {
		remaining.remove(path)
	}
}

type keySet struct{ keys []string }

func (s *keySet) remove(k string) {
	for i, x := range s.keys {
		if x == k {
			s.keys = append(s.keys[:i], s.keys[i+1:]...)
			return
		}
	}
}

func (rd *renderer) recurse(r *matchResult) {
	remaining := &keySet{}
	for _, k := range r.failKeys {
		if k != "" {
			remaining.keys = append(remaining.keys, k)
		}
	}
	emitRemaining := func() {
		if len(remaining.keys) > 0 {
			rd.emit("\n")
		}
		for _, k := range append([]string(nil), remaining.keys...) {
			rd.failures(r, k, nil)
		}
	}
	push := func() { rd.indent += "  " }
	pop := func() { rd.indent = rd.indent[:len(rd.indent)-2] }
	switch t := r.target.(type) {
	case []interface{}:
		push()
		rd.emit("[\n")
		for i, e := range t {
			if i > 0 {
				rd.emit(",\n")
			}
			k := strconv.Itoa(i)
			rd.failures(r, k, remaining)
			if in, ok := r.inner[k]; ok {
				rd.failures(in, "", nil)
				rd.compareValues(in, e)
			} else {
				rd.emit(abridged(e))
			}
		}
		emitRemaining()
		pop()
		rd.emit("\n]")
		return
	case *object:
		push()
		rd.emit("{\n")
		seen := map[string]bool{}
		var keys []string
		for _, k := range append(append([]string(nil), t.keys...), remaining.keys...) {
			if !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		for i, k := range keys {
			if i > 0 {
				rd.emit(",\n")
			}
			rd.failures(r, k, remaining)
			if in, ok := r.inner[k]; ok {
				rd.failures(in, "", nil)
				rd.emit(jsonify(k) + ": ")
				rd.compareValues(in, t.at(k))
			} else {
				rd.emit(jsonify(k) + ": ")
				rd.emit(abridged(t.at(k)))
			}
		}
		emitRemaining()
		pop()
		rd.emit("\n}")
		return
	}
	emitRemaining()
	rd.emit(jsonify(r.target))
}

func (rd *renderer) compareValues(in *matchResult, actual interface{}) {
	if deepEqual(in.target, actual) {
		rd.recurse(in)
		return
	}
	rd.emit(abridged(actual))
	rd.emit(" <*> ")
	rd.recurse(in)
}

// abridged renders a value in at most one short line.
func abridged(x interface{}) string {
	switch t := x.(type) {
	case []interface{}:
		switch len(t) {
		case 0:
			return "[]"
		case 1:
			return "[ " + abridged(t[0]) + " ]"
		case 2:
			for _, e := range t {
				switch e.(type) {
				case float64, bool, string:
				default:
					return "[ ... ]"
				}
			}
			return "[ " + abridged(t[0]) + ", " + abridged(t[1]) + " ]"
		}
		return "[ ... ]"
	case *object:
		switch len(t.keys) {
		case 0:
			return "{}"
		case 1:
			return "{ " + jsonify(t.keys[0]) + ": " + abridged(t.vals[t.keys[0]]) + " }"
		}
		return "{ ... }"
	}
	return jsonify(x)
}

// test runs m on a JSON value. Built-in matchers work on the value itself;
// a custom matcher gets plain Go values, as aws-cdk-go hands it.
func test(m Matcher, actual interface{}) *matchResult {
	if b, ok := m.(builtin); ok {
		return b.test(actual)
	}
	return resultOf(m.Test(toGo(actual)), fmt.Sprintf("%T.Test", m))
}

// builtin is implemented by this package's matchers.
type builtin interface {
	Matcher
	test(actual interface{}) *matchResult
}
