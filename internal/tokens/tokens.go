package tokens

import (
	"math"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"weak"
)

const (
	beginString = "${Token["
	beginList   = "#{Token["
	endMarker   = "]}"
	anyMarker   = "Token["
	markerBits  = 0xFBFF0000

	// Token numbers carry their owner in bits 32..47: a Table's tag, 0 for
	// tokens made without an App (pending, see below), ConstTag for the
	// fixed tokens every App shares (pseudo parameters).
	tagShift = 32
	tagMask  = 0xFFFF
	// ConstTag marks a token number that names a shared constant token.
	ConstTag = 0xFFFF
	maxTag   = 0xFFFE
)

// Table is one App's registry of tokens: which number stands for which
// object. Only the App's goroutine uses it, so it takes no locks.
type Table struct {
	tag int64
	// own holds the tokens this table numbered: token tag<<32|i is
	// own[i/chunkLen][i%chunkLen]. Chunks, not a map nor one slice: an app
	// registers thousands while it is built, and a chunk is never copied.
	own  []*[chunkLen]interface{}
	nOwn int
	// claimed holds tokens made without an App that this table resolved.
	claimed map[int64]*cell
	// reverse caches so the same object always gets the same encoding.
	strOf  map[interface{}]string
	listOf map[interface{}]string
	numOf  map[interface{}]float64

	// held keeps tokens made without an App while this table was alive
	// (see pendingToken), and those it claimed, so that lookups without
	// an App find them while it lives; other goroutines use it, under mu.
	mu   sync.Mutex
	held map[int64]*cell
}

// cell holds one token object; owner is the tag of the Table that keeps it.
type cell struct {
	value interface{}
	owner int64
}

// Tables and tokens made without an App are the two things that need a
// process-wide home, because aws-cdk-go's API encodes (Lazy_String,
// Fn_Join, Token_AsString) and decodes (Tokenization_ReverseString) tokens
// without saying for which App. Neither keeps an App alive: tables are
// indexed weakly, and a token made without an App is held only until the
// first App that resolves it claims it.
var registry = struct {
	mu   sync.Mutex
	next int64
	live map[int64]weak.Pointer[Table]
}{live: map[int64]weak.Pointer[Table]{}}

var pending = struct {
	mu     sync.Mutex
	next   uint32
	strong map[int64]*cell
	// numOf finds the number a cacheable plain-data token already has.
	numOf map[interface{}]int64
}{strong: map[int64]*cell{}, numOf: map[interface{}]int64{}}

// NewTable returns an empty registry with a tag no live Table has.
func NewTable() *Table {
	t := &Table{strOf: map[interface{}]string{}, listOf: map[interface{}]string{}, numOf: map[interface{}]float64{}}
	registry.mu.Lock()
	defer registry.mu.Unlock()
	for attempt := 0; t.tag == 0; attempt++ {
		for i := 0; i < maxTag; i++ {
			registry.next = registry.next%maxTag + 1
			if w, ok := registry.live[registry.next]; !ok || w.Value() == nil {
				t.tag = registry.next
				break
			}
		}
		if t.tag == 0 {
			if attempt > 0 {
				panic("strata: more than 65,534 Apps alive at once")
			}
			// Every tag is taken: collect Apps that are gone, then retry.
			registry.mu.Unlock()
			runtime.GC()
			registry.mu.Lock()
		}
	}
	registry.live[t.tag] = weak.Make(t)
	runtime.AddCleanup(t, forgetTable, t.tag)
	return t
}

func forgetTable(tag int64) {
	registry.mu.Lock()
	if w, ok := registry.live[tag]; ok && w.Value() == nil {
		delete(registry.live, tag)
	}
	registry.mu.Unlock()
}

// TableOf returns the live table that made token number n, or nil (a
// token made without an App, a constant, or one whose App is gone).
func TableOf(n int64) *Table {
	tag := n >> tagShift
	if tag == 0 || tag == ConstTag {
		return nil
	}
	registry.mu.Lock()
	w, ok := registry.live[tag]
	registry.mu.Unlock()
	if !ok {
		return nil
	}
	return w.Value()
}

// OwnerOf returns the table of the first App-made token in s, or nil.
func OwnerOf(s string) *Table {
	if !strings.Contains(s, anyMarker) && !strings.Contains(s, "e+289") {
		return nil
	}
	var t *Table
	visit := func(m Marker) bool {
		if m.Known {
			t = TableOf(m.Num)
		}
		return t == nil
	}
	scan(s, beginString, visit)
	if t == nil {
		scan(s, beginList, visit)
	}
	return t
}

// Tag returns the table's tag (bits 32..47 of its token numbers).
func (t *Table) Tag() int64 { return t.tag }

// Len returns how many tokens the table holds.
func (t *Table) Len() int { return t.nOwn + len(t.claimed) }

// cacheable reports whether x can be a map key (tokens are usually
// pointers; values holding maps or slices are not cached).
func cacheable(x interface{}) bool {
	rt := reflect.TypeOf(x)
	return rt != nil && rt.Comparable() && rt.Kind() != reflect.Interface && !hasInterfaceFields(rt)
}

func hasInterfaceFields(t reflect.Type) bool {
	if t.Kind() != reflect.Struct {
		return false
	}
	for i := 0; i < t.NumField(); i++ {
		if k := t.Field(i).Type.Kind(); k == reflect.Interface || (k == reflect.Struct && hasInterfaceFields(t.Field(i).Type)) {
			return true
		}
	}
	return false
}

// StringKey writes the string marker of token number n with hint.
func StringKey(n int64, hint string) string { return marker(beginString, n, hint) }

// ListKey writes the list marker of token number n with hint.
func ListKey(n int64, hint string) string { return marker(beginList, n, hint) }

// marker writes begin, the key and the end marker in one allocation: every
// token made while building an app gets one.
func marker(begin string, n int64, hint string) string {
	if hint == "" {
		hint = "TOKEN"
	}
	var b strings.Builder
	b.Grow(len(begin) + len(hint) + 21 + len(endMarker))
	b.WriteString(begin)
	for i := 0; i < len(hint); i++ {
		if c := hint[i]; isKeyChar(c) {
			b.WriteByte(c)
		} else {
			b.WriteByte('.')
		}
	}
	b.WriteByte('.')
	var num [20]byte
	b.Write(strconv.AppendInt(num[:0], n, 10))
	b.WriteString(endMarker)
	return b.String()
}

func isKeyChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ':' || c == '.' || c == '_' || c == '-'
}

// Const returns the number of the i-th shared constant token.
func Const(i int) int64 { return ConstTag<<tagShift | int64(i) }

// IsConst reports whether n names a shared constant token, and which.
func IsConst(n int64) (int, bool) {
	if n>>tagShift == ConstTag {
		return int(n & 0xFFFFFFFF), true
	}
	return 0, false
}

// chunkLen is how many tokens one chunk of a table holds.
const chunkLen = 512

func (t *Table) add(token interface{}) int64 {
	i := t.nOwn
	if i%chunkLen == 0 {
		t.own = append(t.own, new([chunkLen]interface{}))
	}
	t.own[i/chunkLen][i%chunkLen] = token
	t.nOwn++
	return t.tag<<tagShift | int64(i)
}

// lookupOwn returns the token t numbered n, if any.
func (t *Table) lookupOwn(n int64) (interface{}, bool) {
	if n>>tagShift != t.tag {
		return nil, false
	}
	i := int(n & 0xFFFFFFFF)
	if i >= t.nOwn {
		return nil, false
	}
	return t.own[i/chunkLen][i%chunkLen], true
}

func (t *Table) keep(n int64, c *cell) {
	if t.claimed == nil {
		t.claimed = map[int64]*cell{}
	}
	t.claimed[n] = c
}

// RegisterString returns the string encoding of token. A nil table
// registers a token made without an App.
func (t *Table) RegisterString(token interface{}, hint string) string {
	if t == nil {
		return StringKey(pendingToken(token), hint)
	}
	c := cacheable(token)
	if c {
		if s, ok := t.strOf[token]; ok {
			return s
		}
	}
	s := StringKey(t.add(token), hint)
	if c {
		t.strOf[token] = s
	}
	return s
}

// RegisterFreshString is RegisterString for a token object just made that
// no one else holds (a lazy made inside Lazy_String): it cannot be
// registered again, so it skips the cache that gives one object one
// encoding.
func (t *Table) RegisterFreshString(token interface{}, hint string) string {
	if t == nil {
		return StringKey(pendingToken(token), hint)
	}
	return StringKey(t.add(token), hint)
}

// RegisterFreshList is RegisterList for a token object just made (see
// RegisterFreshString).
func (t *Table) RegisterFreshList(token interface{}, hint string) string {
	if t == nil {
		return ListKey(pendingToken(token), hint)
	}
	return ListKey(t.add(token), hint)
}

// RegisterList returns the list encoding of token (the one element).
func (t *Table) RegisterList(token interface{}, hint string) string {
	if t == nil {
		return ListKey(pendingToken(token), hint)
	}
	c := cacheable(token)
	if c {
		if s, ok := t.listOf[token]; ok {
			return s
		}
	}
	s := ListKey(t.add(token), hint)
	if c {
		t.listOf[token] = s
	}
	return s
}

// RegisterNumber returns the number encoding of token.
func (t *Table) RegisterNumber(token interface{}) float64 {
	if t == nil {
		return EncodeNumber(pendingToken(token))
	}
	c := cacheable(token)
	if c {
		if f, ok := t.numOf[token]; ok {
			return f
		}
	}
	f := EncodeNumber(t.add(token))
	if c {
		t.numOf[token] = f
	}
	return f
}

// addPending numbers a plain-data token made without an App and holds it
// until an App claims it.
func addPending(token interface{}) int64 {
	c := cacheable(token)
	if c {
		if n, ok := pending.numOf[token]; ok {
			return n
		}
	}
	n := int64(pending.next)
	pending.next++
	pending.strong[n] = &cell{value: token}
	if c {
		pending.numOf[token] = n
	}
	return n
}

// Access is the parameter type of hook methods only this module can call.
type Access struct{}

// PlainData marks token objects that hold only data (intrinsics such as
// Fn_Select(0, Fn_GetAzs())). Made without an App, they are held until an
// App claims them, so a copy of their string (fmt.Sprintf) still resolves
// after the original is dropped; they cannot keep an App alive.
type PlainData interface{ PlainData(Access) }

// pendingToken numbers a token made without an App. Anything but plain
// data (a lazy, a user's resolvable) may point into an App, so it is held
// by every App alive when it is made, not by the process: an App goes
// away with the lazies its constructs made, even those it never resolved.
// Made while no App is alive (a lazy made before NewApp), it is held
// until an App claims it by resolving it. The tables hold such tokens in a
// map each, not through weak pointers: lookups without an App, which are
// rare, ask every live table instead.
func pendingToken(token interface{}) int64 {
	pending.mu.Lock()
	defer pending.mu.Unlock()
	if _, data := token.(PlainData); data {
		return addPending(token)
	}
	n := int64(pending.next)
	pending.next++
	c := &cell{value: token}
	holders := 0
	registry.mu.Lock()
	for _, w := range registry.live {
		if t := w.Value(); t != nil {
			t.hold(n, c)
			holders++
		}
	}
	registry.mu.Unlock()
	if holders == 0 {
		pending.strong[n] = c
	}
	return n
}

// hold keeps pending token n in t.
func (t *Table) hold(n int64, c *cell) {
	t.mu.Lock()
	if t.held == nil {
		t.held = map[int64]*cell{}
	}
	t.held[n] = c
	t.mu.Unlock()
}

// heldBy returns pending token n if t holds it.
func (t *Table) heldBy(n int64) *cell {
	t.mu.Lock()
	c := t.held[n]
	t.mu.Unlock()
	return c
}

// findHeld returns pending token n from whichever live table holds it.
// The caller holds pending.mu.
func findHeld(n int64) *cell {
	registry.mu.Lock()
	defer registry.mu.Unlock()
	for _, w := range registry.live {
		if t := w.Value(); t != nil {
			if c := t.heldBy(n); c != nil {
				return c
			}
		}
	}
	return nil
}

// claim moves pending token n into t: t keeps it alive from now on.
func (t *Table) claim(n int64) (*cell, bool) {
	pending.mu.Lock()
	defer pending.mu.Unlock()
	if c, ok := pending.strong[n]; ok {
		delete(pending.strong, n)
		if cacheable(c.value) {
			delete(pending.numOf, c.value)
		}
		c.owner = t.tag
		t.keep(n, c)
		// Decoding without an App still finds it while t lives.
		t.hold(n, c)
		return c, true
	}
	c := t.heldBy(n)
	if c == nil {
		if c = findHeld(n); c != nil {
			t.hold(n, c)
		}
	}
	if c == nil {
		return nil, false
	}
	// Claimed by another App, or held by the Apps alive when it was made:
	// t keeps it too. A token made without an App is bound to none, so
	// sharing it is no mistake.
	if c.owner == 0 {
		c.owner = t.tag
	}
	t.keep(n, c)
	return c, true
}

// Lookup returns the object token number n stands for in t. Constant
// numbers are the caller's (see Const).
func (t *Table) Lookup(n int64) (interface{}, error) {
	if v, ok := t.lookupOwn(n); ok {
		return v, nil
	}
	if c, ok := t.claimed[n]; ok {
		return c.value, nil
	}
	switch tag := n >> tagShift; tag {
	case t.tag:
		return nil, &UnknownTokenError{Num: n}
	case 0:
		c, _ := t.claim(n)
		if c == nil {
			return nil, &UnknownTokenError{Num: n}
		}
		return c.value, nil
	default:
		return nil, &CrossAppError{Num: n}
	}
}

// LookupAny finds token number n without knowing its App, as aws-cdk-go's
// Tokenization_Reverse* functions must.
func LookupAny(n int64) (interface{}, error) {
	tag := n >> tagShift
	if tag == 0 {
		pending.mu.Lock()
		defer pending.mu.Unlock()
		if c, ok := pending.strong[n]; ok {
			return c.value, nil
		}
		if c := findHeld(n); c != nil {
			return c.value, nil
		}
		return nil, &UnknownTokenError{Num: n}
	}
	registry.mu.Lock()
	w, ok := registry.live[tag]
	registry.mu.Unlock()
	if !ok {
		return nil, &UnknownTokenError{Num: n}
	}
	t := w.Value()
	if t == nil {
		return nil, &UnknownTokenError{Num: n}
	}
	if v, ok := t.lookupOwn(n); ok {
		return v, nil
	}
	return nil, &UnknownTokenError{Num: n}
}

// EncodeNumber makes the double that stands for token number n.
func EncodeNumber(n int64) float64 {
	lo := uint64(uint32(n))
	hi := uint64((uint32(n>>32) & 0xFFFF) | markerBits)
	return math.Float64frombits(hi<<32 | lo)
}

// DecodeNumber returns the token number of f, if f is a number token.
func DecodeNumber(f float64) (int64, bool) {
	b := math.Float64bits(f)
	hi := uint32(b >> 32)
	if hi&0xFFFF0000 != markerBits {
		return 0, false
	}
	return int64(uint32(b)) + int64(hi&0xFFFF)<<32, true
}

// IsNumberToken reports whether f encodes a token.
func IsNumberToken(f float64) bool { _, ok := DecodeNumber(f); return ok }

// FormatNumber prints a float the way JavaScript's String(number) does.
func FormatNumber(f float64) string {
	if math.IsNaN(f) {
		return "NaN"
	}
	if math.IsInf(f, 1) {
		return "Infinity"
	}
	if math.IsInf(f, -1) {
		return "-Infinity"
	}
	if f == 0 {
		return "0"
	}
	a := math.Abs(f)
	if a >= 1e21 || a < 1e-6 {
		s := strconv.FormatFloat(f, 'e', -1, 64)
		// JavaScript writes 1e+21 and 1e-7: no zero padding of the exponent.
		mant, exp, _ := strings.Cut(s, "e")
		sign := exp[:1]
		exp = strings.TrimLeft(exp[1:], "0")
		if exp == "" {
			exp = "0"
		}
		return mant + "e" + sign + exp
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// Fragment is a piece of a string: a literal, or a token object.
type Fragment struct {
	Literal string
	Token   interface{}
	IsToken bool
}

// Marker is one token marker found in a string.
type Marker struct {
	Start, End int   // s[Start:End] is the marker
	Num        int64 // its token number
	Known      bool  // false for a "${Token[...]}" whose key has no number
	IsNumber   bool  // a printed number token
}

// ContainsTokens reports whether s holds any string or number token marker.
func ContainsTokens(s string) bool {
	if !strings.Contains(s, anyMarker) && !(len(s) >= 16 && strings.Contains(s, "e+289")) {
		return false
	}
	found := false
	scan(s, beginString, func(Marker) bool { found = true; return false })
	return found
}

// IsListToken reports whether s is (or contains) a list token marker.
func IsListToken(s string) bool {
	if !strings.Contains(s, beginList) {
		return false
	}
	found := false
	scan(s, beginList, func(Marker) bool { found = true; return false })
	return found
}

// Markers returns the string and number token markers of s, in order.
func Markers(s string) []Marker {
	var out []Marker
	scan(s, beginString, func(m Marker) bool { out = append(out, m); return true })
	return out
}

// ListMarkers returns the list token markers of s, in order.
func ListMarkers(s string) []Marker {
	var out []Marker
	scan(s, beginList, func(m Marker) bool { out = append(out, m); return true })
	return out
}

// scan finds markers opening with begin (and, for strings, printed number
// tokens) without regular expressions: this runs for every string rendered.
func scan(s, begin string, yield func(Marker) bool) {
	numbers := begin == beginString
	i := 0
	for i < len(s) {
		j := strings.IndexByte(s[i:], begin[0])
		k := -1
		if numbers {
			k = strings.Index(s[i:], "e+289")
		}
		if j < 0 && k < 0 {
			return
		}
		if j >= 0 && (k < 0 || j < k) {
			at := i + j
			if m, ok := stringMarker(s, at, begin); ok {
				if !yield(m) {
					return
				}
				i = m.End
				continue
			}
			i = at + 1
			continue
		}
		at := i + k
		if m, ok := numberMarker(s, at); ok {
			if !yield(m) {
				return
			}
			i = m.End
			continue
		}
		i = at + 1
	}
}

func stringMarker(s string, at int, begin string) (Marker, bool) {
	if !strings.HasPrefix(s[at:], begin) {
		return Marker{}, false
	}
	p := at + len(begin)
	q := p
	for q < len(s) && isKeyChar(s[q]) {
		q++
	}
	if q == p || !strings.HasPrefix(s[q:], endMarker) {
		return Marker{}, false
	}
	m := Marker{Start: at, End: q + len(endMarker)}
	k := s[p:q]
	d := strings.LastIndexByte(k, '.')
	if n, err := strconv.ParseInt(k[d+1:], 10, 64); err == nil && d >= 0 {
		m.Num, m.Known = n, true
	}
	return m, true
}

// numberMarker matches -1.<10 to 16 digits>e+289, e being where "e+289" is.
func numberMarker(s string, e int) (Marker, bool) {
	d := e
	for d > 0 && s[d-1] >= '0' && s[d-1] <= '9' {
		d--
	}
	if nd := e - d; nd < 10 || nd > 16 || d < 3 || s[d-3:d] != "-1." {
		return Marker{}, false
	}
	start, end := d-3, e+5
	f, err := strconv.ParseFloat(s[start:end], 64)
	if err != nil {
		return Marker{}, false
	}
	n, ok := DecodeNumber(f)
	if !ok {
		return Marker{}, false
	}
	return Marker{Start: start, End: end, Num: n, Known: true, IsNumber: true}, true
}

// Split breaks s into literals and the tokens its string and number markers
// stand for, looking each up with find.
func Split(s string, find func(n int64) (interface{}, error)) ([]Fragment, error) {
	return SplitInto(nil, s, find)
}

// SplitInto is Split appending to buf[:0] when it has room, so a caller
// that uses the fragments at once can keep them on its stack.
func SplitInto(buf []Fragment, s string, find func(n int64) (interface{}, error)) ([]Fragment, error) {
	// Most strings rendered hold no marker: skip the scan's setup.
	if !strings.Contains(s, anyMarker) && !(len(s) >= 16 && strings.Contains(s, "e+289")) {
		return append(buf[:0], Fragment{Literal: s}), nil
	}
	var mbuf [4]Marker
	ms := mbuf[:0]
	scan(s, beginString, func(m Marker) bool { ms = append(ms, m); return true })
	return split(buf, s, ms, find)
}

// SplitList breaks a list-token string into fragments.
func SplitList(s string, find func(n int64) (interface{}, error)) ([]Fragment, error) {
	return split(nil, s, ListMarkers(s), find)
}

func split(buf []Fragment, s string, ms []Marker, find func(n int64) (interface{}, error)) ([]Fragment, error) {
	if len(ms) == 0 {
		return append(buf[:0], Fragment{Literal: s}), nil
	}
	n, at := len(ms), 0
	for _, m := range ms {
		if m.Start > at {
			n++
		}
		at = m.End
	}
	if at < len(s) {
		n++
	}
	out := buf[:0]
	if cap(out) < n {
		out = make([]Fragment, 0, n)
	}
	rest := 0
	for _, m := range ms {
		if m.Start > rest {
			out = append(out, Fragment{Literal: s[rest:m.Start]})
		}
		if !m.Known {
			return nil, &UnknownTokenError{Key: s[m.Start:m.End], Num: -1}
		}
		tok, err := find(m.Num)
		if err != nil {
			// A number-looking literal that is not ours stays literal.
			if m.IsNumber {
				if _, unknown := err.(*UnknownTokenError); unknown {
					out = append(out, Fragment{Literal: s[m.Start:m.End]})
					rest = m.End
					continue
				}
			}
			if u, ok := err.(*UnknownTokenError); ok {
				u.Key = s[m.Start:m.End]
			}
			if c, ok := err.(*CrossAppError); ok {
				c.Key = s[m.Start:m.End]
			}
			return nil, err
		}
		out = append(out, Fragment{Token: tok, IsToken: true})
		rest = m.End
	}
	if rest < len(s) {
		out = append(out, Fragment{Literal: s[rest:]})
	}
	return out, nil
}

// UnknownTokenError is returned for a marker no object was registered under.
type UnknownTokenError struct {
	Key string
	Num int64
}

func (e *UnknownTokenError) Error() string {
	k := e.Key
	if k == "" {
		k = strconv.FormatInt(e.Num, 10)
	}
	return "unrecognized token " + k + ": it was not made by Strata, or the App that made it is gone"
}

// CrossAppError is returned for a token made for another App: a value
// computed from one App's constructs was used in another App.
type CrossAppError struct {
	Key string
	Num int64
}

func (e *CrossAppError) Error() string {
	k := e.Key
	if k == "" {
		k = strconv.FormatInt(e.Num, 10)
	}
	return "token " + k + " belongs to another App: values made from one App's constructs (attributes, references, lazies) cannot be used in another App; create them again in this App"
}
