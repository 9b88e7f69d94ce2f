// Package ojson writes JSON the way JavaScript's JSON.stringify does, with
// objects that keep their insertion order. aws-cdk-lib's templates and
// manifests are JSON.stringify output, and the template bytes are hashed into
// the asset manifest, so Strata must produce the same bytes, not just the
// same data.
package ojson

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Object is a JSON object whose keys keep the order they were first set in.
// Most objects in a template are small, so entries live in one slice (one
// allocation per growth, not two); an index is built only for large ones.
type Object struct {
	ents  []entry
	index map[string]int
}

type entry struct {
	k string
	v interface{}
}

const indexAt = 16

// small and medium hold an object and its first entries in one
// allocation: a template is mostly objects of a handful of keys, and one
// allocation instead of two per object is less work for the collector.
type one struct {
	o   Object
	buf [1]entry
}

type two struct {
	o   Object
	buf [2]entry
}

type small struct {
	o   Object
	buf [4]entry
}

type medium struct {
	o   Object
	buf [8]entry
}

// New returns an empty object.
func New() *Object {
	s := &small{}
	s.o.ents = s.buf[:0]
	return &s.o
}

// NewSize returns an empty object with room for n keys.
func NewSize(n int) *Object {
	switch {
	case n == 1:
		b := &one{}
		b.o.ents = b.buf[:0]
		return &b.o
	case n == 2:
		b := &two{}
		b.o.ents = b.buf[:0]
		return &b.o
	case n <= 4:
		return New()
	case n <= 8:
		m := &medium{}
		m.o.ents = m.buf[:0]
		return &m.o
	}
	return &Object{ents: make([]entry, 0, n)}
}

func (o *Object) find(key string) int {
	if o.index != nil {
		if i, ok := o.index[key]; ok {
			return i
		}
		return -1
	}
	for i := range o.ents {
		if o.ents[i].k == key {
			return i
		}
	}
	return -1
}

// Set sets key to v, keeping key's position if it exists.
func (o *Object) Set(key string, v interface{}) {
	if i := o.find(key); i >= 0 {
		o.ents[i].v = v
		return
	}
	if o.ents == nil {
		// Most objects hold a handful of keys: skip the 1, 2 growth steps.
		o.ents = make([]entry, 0, 4)
	}
	o.ents = append(o.ents, entry{key, v})
	if o.index != nil {
		o.index[key] = len(o.ents) - 1
	} else if len(o.ents) > indexAt {
		o.reindex()
	}
}

func (o *Object) reindex() {
	o.index = make(map[string]int, len(o.ents)*2)
	for i := range o.ents {
		o.index[o.ents[i].k] = i
	}
}

// Get returns the value under key.
func (o *Object) Get(key string) (interface{}, bool) {
	if o == nil {
		return nil, false
	}
	if i := o.find(key); i >= 0 {
		return o.ents[i].v, true
	}
	return nil, false
}

// Delete removes key.
func (o *Object) Delete(key string) {
	i := o.find(key)
	if i < 0 {
		return
	}
	o.ents = append(o.ents[:i:i], o.ents[i+1:]...)
	if o.index != nil {
		o.index = nil
		if len(o.ents) > indexAt {
			o.reindex()
		}
	}
}

// DeleteWhere removes, in place, the entries whose value drop reports.
func (o *Object) DeleteWhere(drop func(v interface{}) bool) {
	n := 0
	for _, e := range o.ents {
		if !drop(e.v) {
			o.ents[n] = e
			n++
		}
	}
	if n == len(o.ents) {
		return
	}
	clear(o.ents[n:])
	o.ents = o.ents[:n]
	if o.index != nil {
		o.index = nil
		if len(o.ents) > indexAt {
			o.reindex()
		}
	}
}

// Keys returns the keys in JavaScript's order: array-index keys ("0",
// "10") first in ascending numeric order, then the others in the order
// they were first set.
func (o *Object) Keys() []string {
	if o == nil {
		return nil
	}
	out := make([]string, len(o.ents))
	if idx := o.jsOrder(); idx != nil {
		for i, j := range idx {
			out[i] = o.ents[j].k
		}
		return out
	}
	for i := range o.ents {
		out[i] = o.ents[i].k
	}
	return out
}

// Only returns the key and value of an object with exactly one key (an
// intrinsic such as {"Ref": …}) without copying its keys.
func (o *Object) Only() (string, interface{}, bool) {
	if o == nil || len(o.ents) != 1 {
		return "", nil, false
	}
	return o.ents[0].k, o.ents[0].v, true
}

// Range calls f for each entry in JavaScript's order (see Keys).
func (o *Object) Range(f func(key string, v interface{})) {
	if o == nil {
		return
	}
	if idx := o.jsOrder(); idx != nil {
		for _, j := range idx {
			f(o.ents[j].k, o.ents[j].v)
		}
		return
	}
	for i := range o.ents {
		f(o.ents[i].k, o.ents[i].v)
	}
}

// jsOrder returns the positions of the keys in the order JavaScript
// enumerates an object's own properties (ECMAScript OrdinaryOwnPropertyKeys,
// which JSON.stringify follows), or nil when that is insertion order: no
// key is an array index.
func (o *Object) jsOrder() []int {
	n := 0
	for i := range o.ents {
		if isIndexLike(o.ents[i].k) {
			if _, ok := ArrayIndex(o.ents[i].k); ok {
				n++
			}
		}
	}
	if n == 0 {
		return nil
	}
	idx := make([]int, 0, len(o.ents))
	for i := range o.ents {
		if _, ok := ArrayIndex(o.ents[i].k); ok {
			idx = append(idx, i)
		}
	}
	sort.Slice(idx, func(a, b int) bool {
		x, _ := ArrayIndex(o.ents[idx[a]].k)
		y, _ := ArrayIndex(o.ents[idx[b]].k)
		return x < y
	})
	for i := range o.ents {
		if _, ok := ArrayIndex(o.ents[i].k); !ok {
			idx = append(idx, i)
		}
	}
	return idx
}

// isIndexLike is a cheap first test for ArrayIndex: keys in templates are
// almost never numeric.
func isIndexLike(k string) bool { return len(k) > 0 && k[0] >= '0' && k[0] <= '9' }

// ArrayIndex reports whether k is an ECMAScript array index: the canonical
// decimal form of an integer from 0 to 2^32-2 ("0", "7", "4294967294";
// not "01", "-1", "1.0" or "4294967295").
func ArrayIndex(k string) (uint32, bool) {
	if len(k) == 0 || len(k) > 10 || (len(k) > 1 && k[0] == '0') {
		return 0, false
	}
	var n uint64
	for i := 0; i < len(k); i++ {
		c := k[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + uint64(c-'0')
	}
	if n > 4294967294 {
		return 0, false
	}
	return uint32(n), true
}

// orderKeys puts keys (already in insertion order) in JavaScript's order.
func orderKeys(keys []string) []string {
	any := false
	for _, k := range keys {
		if _, ok := ArrayIndex(k); ok {
			any = true
			break
		}
	}
	if !any {
		return keys
	}
	var idx, rest []string
	for _, k := range keys {
		if _, ok := ArrayIndex(k); ok {
			idx = append(idx, k)
		} else {
			rest = append(rest, k)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool {
		x, _ := ArrayIndex(idx[a])
		y, _ := ArrayIndex(idx[b])
		return x < y
	})
	return append(idx, rest...)
}

// Len returns the number of keys.
func (o *Object) Len() int {
	if o == nil {
		return 0
	}
	return len(o.ents)
}

// MarshalJSON writes the object compactly, keys in order.
func (o *Object) MarshalJSON() ([]byte, error) { return Marshal(o, "") }

// UnmarshalJSON reads an object keeping the order of its keys.
func (o *Object) UnmarshalJSON(b []byte) error {
	v, err := Decode(b)
	if err != nil {
		return err
	}
	obj, ok := v.(*Object)
	if !ok {
		return fmt.Errorf("ojson: not an object")
	}
	*o = *obj
	return nil
}

// decodeSlow is Decode through encoding/json's tokenizer, which reports
// what is wrong with a malformed document.
func decodeSlow(b []byte) (interface{}, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	v, err := decodeValue(dec)
	if err != nil {
		return nil, err
	}
	return v, nil
}

func decodeValue(dec *json.Decoder) (interface{}, error) {
	t, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch x := t.(type) {
	case json.Delim:
		switch x {
		case '{':
			o := New()
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return nil, err
				}
				v, err := decodeValue(dec)
				if err != nil {
					return nil, err
				}
				o.Set(kt.(string), v)
			}
			_, err := dec.Token()
			return o, err
		case '[':
			arr := []interface{}{}
			for dec.More() {
				v, err := decodeValue(dec)
				if err != nil {
					return nil, err
				}
				arr = append(arr, v)
			}
			_, err := dec.Token()
			return arr, err
		}
	case json.Number:
		return x.Float64()
	}
	return t, nil
}

// Marshal renders v as JSON.stringify(v, undefined, indent) would, where
// indent is the string used per level ("" for compact output). Supported
// values: nil, bool, string, numbers, []interface{}, *Object,
// map[string]interface{} (keys sorted), and json.Marshaler as a fallback.
func Marshal(v interface{}, indent string) ([]byte, error) {
	return MarshalSize(v, indent, 512)
}

// MarshalSize is Marshal with room for size bytes from the start: a good
// guess (the size of a similar document) saves growing the buffer by
// doubling, which copies and discards about as much as it keeps.
func MarshalSize(v interface{}, indent string, size int) ([]byte, error) {
	w := writer{indent: indent}
	w.b.Grow(size)
	if err := w.write(v, 0); err != nil {
		return nil, err
	}
	return w.b.Bytes(), nil
}

// MarshalAppend is Marshal writing into dst's storage (from dst[:0]): a
// worker serializing one template after another reuses one buffer.
func MarshalAppend(dst []byte, v interface{}, indent string) ([]byte, error) {
	w := writer{indent: indent}
	w.b = *bytes.NewBuffer(dst[:0])
	if err := w.write(v, 0); err != nil {
		return nil, err
	}
	return w.b.Bytes(), nil
}

// writer holds one Marshal's output and the newline-plus-indent prefixes
// it has needed, so nesting costs no string concatenation.
type writer struct {
	b      bytes.Buffer
	indent string
	nl     []byte // "\n" followed by indent repeated as deep as seen
	// coerce is set inside a value encoding/json would have written:
	// what is written there must read as if decoded and written again
	// (invalid UTF-8 as U+FFFD itself, numbers in JavaScript's form).
	coerce bool
	derefs int                       // pointers followed in writeGo
	fields map[reflect.Type]goFields // struct fields seen by writeGo
}

// newline starts a line at depth.
func (w *writer) newline(depth int) {
	n := 1 + len(w.indent)*depth
	for len(w.nl) < n {
		if len(w.nl) == 0 {
			w.nl = append(w.nl, '\n')
			continue
		}
		w.nl = append(w.nl, w.indent...)
	}
	w.b.Write(w.nl[:n])
}

func (w *writer) write(v interface{}, depth int) error {
	b := &w.b
	switch x := v.(type) {
	case nil, null:
		b.WriteString("null")
	case bool:
		if x {
			b.WriteString("true")
		} else {
			b.WriteString("false")
		}
	case string:
		w.writeString(x)
	case float64:
		writeNumber(b, x)
	case float32:
		writeNumber(b, float64(x))
	case int:
		if w.coerce {
			writeNumber(b, float64(x))
		} else {
			b.WriteString(strconv.Itoa(x))
		}
	case int64:
		if w.coerce {
			writeNumber(b, float64(x))
		} else {
			b.WriteString(strconv.FormatInt(x, 10))
		}
	case json.Number:
		if w.coerce {
			return w.writeJSONNumber(x)
		}
		b.WriteString(string(x))
	case []interface{}:
		return w.writeArray(len(x), func(i int) interface{} { return x[i] }, depth)
	case []string:
		return w.writeArray(len(x), func(i int) interface{} { return x[i] }, depth)
	case *Object:
		if x == nil {
			b.WriteString("null")
			return nil
		}
		return w.writeObject(x, depth)
	case Streamer:
		return x.StreamJSON(&Encoder{w: w, depth: depth})
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		// jsii hands a Go map to JavaScript with its keys sorted; the
		// object then enumerates array-index keys first.
		sort.Strings(keys)
		keys = orderKeys(keys)
		o := Object{ents: make([]entry, len(keys))}
		for i, k := range keys {
			o.ents[i] = entry{k, x[k]}
		}
		return w.writeObject(&o, depth)
	default:
		rv := reflect.ValueOf(v)
		if rv.Kind() == reflect.Slice {
			return w.writeArray(rv.Len(), func(i int) interface{} { return rv.Index(i).Interface() }, depth)
		}
		// Anything else is written as encoding/json would write it
		// (structs by their json tags), as if re-read and written again
		// (encode.go).
		return w.writeGo(rv, depth)
	}
	return nil
}

func (w *writer) writeArray(n int, at func(int) interface{}, depth int) error {
	b := &w.b
	if n == 0 {
		b.WriteString("[]")
		return nil
	}
	b.WriteByte('[')
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		if w.indent != "" {
			w.newline(depth + 1)
		}
		v := at(i)
		if v == nil || isUndefined(v) {
			b.WriteString("null")
			continue
		}
		if err := w.write(v, depth+1); err != nil {
			return err
		}
	}
	if w.indent != "" {
		w.newline(depth)
	}
	b.WriteByte(']')
	return nil
}

func (w *writer) writeObject(o *Object, depth int) error {
	idx := o.jsOrder()
	n := len(o.ents)
	first := true
	for i := 0; i < n; i++ {
		e := &o.ents[i]
		if idx != nil {
			e = &o.ents[idx[i]]
		}
		if isUndefined(e.v) {
			continue
		}
		if first {
			w.b.WriteByte('{')
			first = false
		} else {
			w.b.WriteByte(',')
		}
		if w.indent != "" {
			w.newline(depth + 1)
		}
		w.writeString(e.k)
		w.b.WriteByte(':')
		if w.indent != "" {
			w.b.WriteByte(' ')
		}
		if err := w.write(e.v, depth+1); err != nil {
			return err
		}
	}
	if first {
		w.b.WriteString("{}")
		return nil
	}
	if w.indent != "" {
		w.newline(depth)
	}
	w.b.WriteByte('}')
	return nil
}

type null struct{}

// Null is JSON's null as a value that, unlike nil (JavaScript's undefined),
// stays in objects and lists.
var Null = null{}

// Undefined is a value that JSON.stringify leaves out of objects.
type undefined struct{}

// Undefined stands for JavaScript's undefined inside an Object.
var Undefined = undefined{}

func isUndefined(v interface{}) bool { _, ok := v.(undefined); return ok }

func writeNumber(b *bytes.Buffer, f float64) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		b.WriteString("null")
		return
	}
	b.WriteString(FormatNumber(f))
}

// FormatNumber prints f as JavaScript's String(f) does.
func FormatNumber(f float64) string {
	if f == 0 {
		return "0"
	}
	a := math.Abs(f)
	if a >= 1e21 || a < 1e-6 {
		s := strconv.FormatFloat(f, 'e', -1, 64)
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

// WriteString writes s quoted as JSON.stringify quotes it.
func WriteString(b *bytes.Buffer, s string) {
	b.WriteByte('"')
	start := 0 // s[start:i] is plain and not yet written
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b.WriteString(s[start:i])
			switch c {
			case '"':
				b.WriteString(`\"`)
			case '\\':
				b.WriteString(`\\`)
			case '\b':
				b.WriteString(`\b`)
			case '\f':
				b.WriteString(`\f`)
			case '\n':
				b.WriteString(`\n`)
			case '\r':
				b.WriteString(`\r`)
			case '\t':
				b.WriteString(`\t`)
			default:
				fmt.Fprintf(b, `\u%04x`, c)
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteString(s[start:i])
			b.WriteString(`\ufffd`)
			i++
			start = i
			continue
		}
		i += size
	}
	b.WriteString(s[start:])
	b.WriteByte('"')
}

// Quote returns s as a JSON string literal.
func Quote(s string) string {
	var b bytes.Buffer
	WriteString(&b, s)
	return b.String()
}
