package ojson

import (
	"encoding"
	"encoding/json"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Values Marshal does not know (structs with json tags, maps of other
// element types, named basic types) are written as encoding/json writes
// them and then as if that output were decoded and written again: the
// bytes are those of json.Marshal followed by Decode and Marshal, without
// the detour. Anything unusual (a json.Marshaler other than *Object,
// embedded fields, tag options other than omitempty, []byte) still takes
// the detour, for that value only.

var (
	marshalerType     = reflect.TypeFor[json.Marshaler]()
	textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
	numberType        = reflect.TypeFor[json.Number]()
	objectType        = reflect.TypeFor[*Object]()
)

// writeGo writes rv as encoding/json would, coerced.
func (w *writer) writeGo(rv reflect.Value, depth int) error {
	saved := w.coerce
	w.coerce = true
	err := w.goValue(rv, depth)
	w.coerce = saved
	return err
}

func (w *writer) goValue(rv reflect.Value, depth int) error {
	b := &w.b
	if !rv.IsValid() {
		b.WriteString("null")
		return nil
	}
	t := rv.Type()
	if t == objectType {
		if rv.IsNil() {
			b.WriteString("null")
			return nil
		}
		return w.writeObject(rv.Interface().(*Object), depth)
	}
	if t.Implements(marshalerType) || t.Implements(textMarshalerType) {
		return w.detour(rv.Interface(), depth)
	}
	if t.Kind() != reflect.Pointer && rv.CanAddr() {
		if pt := reflect.PointerTo(t); pt.Implements(marshalerType) || pt.Implements(textMarshalerType) {
			return w.detour(rv.Addr().Interface(), depth)
		}
	}
	switch rv.Kind() {
	case reflect.Interface, reflect.Pointer:
		if rv.IsNil() {
			b.WriteString("null")
			return nil
		}
		if w.derefs++; w.derefs > maxDerefs {
			return w.detour(rv.Interface(), depth) // encoding/json's cycle error
		}
		err := w.goValue(rv.Elem(), depth)
		w.derefs--
		return err
	case reflect.Bool:
		if rv.Bool() {
			b.WriteString("true")
		} else {
			b.WriteString("false")
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		writeNumber(b, float64(rv.Int()))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		writeNumber(b, float64(rv.Uint()))
	case reflect.Float64:
		writeNumber(b, rv.Float())
	case reflect.Float32:
		// encoding/json writes the shortest form that reads back as the
		// same float32; that form, read as a float64, is what is written.
		f, _ := strconv.ParseFloat(strconv.FormatFloat(rv.Float(), 'g', -1, 32), 64)
		writeNumber(b, f)
	case reflect.String:
		if t == numberType {
			return w.writeJSONNumber(json.Number(rv.String()))
		}
		w.writeString(rv.String())
	case reflect.Slice:
		if rv.IsNil() {
			b.WriteString("null")
			return nil
		}
		if t.Elem().Kind() == reflect.Uint8 {
			return w.detour(rv.Interface(), depth) // base64
		}
		return w.goArray(rv, depth)
	case reflect.Array:
		return w.goArray(rv, depth)
	case reflect.Map:
		if t.Key().Kind() != reflect.String || t.Key().Implements(textMarshalerType) {
			return w.detour(rv.Interface(), depth)
		}
		if rv.IsNil() {
			b.WriteString("null")
			return nil
		}
		return w.goMap(rv, depth)
	case reflect.Struct:
		fields, ok := w.fieldsOf(t)
		if !ok {
			if rv.CanAddr() {
				return w.detour(rv.Addr().Interface(), depth)
			}
			return w.detour(rv.Interface(), depth)
		}
		return w.goStruct(rv, fields, depth)
	default:
		return w.detour(rv.Interface(), depth) // encoding/json's error
	}
	return nil
}

// detour writes v through encoding/json and Decode.
func (w *writer) detour(v interface{}, depth int) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return err
	}
	dv, err := Decode(raw)
	if err != nil {
		return err
	}
	return w.write(dv, depth)
}

func (w *writer) goArray(rv reflect.Value, depth int) error {
	b := &w.b
	n := rv.Len()
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
		if err := w.goValue(rv.Index(i), depth+1); err != nil {
			return err
		}
	}
	if w.indent != "" {
		w.newline(depth)
	}
	b.WriteByte(']')
	return nil
}

// goMap writes a map with string keys: encoding/json sorts them, and the
// decoded object then enumerates array-index keys first.
func (w *writer) goMap(rv reflect.Value, depth int) error {
	keys := make([]string, 0, rv.Len())
	vals := make(map[string]reflect.Value, rv.Len())
	for it := rv.MapRange(); it.Next(); {
		k := it.Key().String()
		keys = append(keys, k)
		vals[k] = it.Value()
	}
	sort.Strings(keys)
	keys = orderKeys(keys)
	return w.goObject(len(keys), func(i int) (string, reflect.Value, bool) { return keys[i], vals[keys[i]], true }, depth)
}

func (w *writer) goStruct(rv reflect.Value, fields []goField, depth int) error {
	return w.goObject(len(fields), func(i int) (string, reflect.Value, bool) {
		f := fields[i]
		fv := rv.Field(f.index)
		if f.omitEmpty && isEmptyValue(fv) {
			return "", fv, false
		}
		return f.name, fv, true
	}, depth)
}

// goObject writes the n entries at(i) returns, skipping those it says to.
// encoding/json never writes an array-index key after another key for a
// struct, so struct fields keep their declared order here only when no
// name is an array index; fieldsOf sends those structs on the detour.
func (w *writer) goObject(n int, at func(int) (string, reflect.Value, bool), depth int) error {
	b := &w.b
	first := true
	for i := 0; i < n; i++ {
		k, v, ok := at(i)
		if !ok {
			continue
		}
		if first {
			b.WriteByte('{')
			first = false
		} else {
			b.WriteByte(',')
		}
		if w.indent != "" {
			w.newline(depth + 1)
		}
		w.writeString(k)
		b.WriteByte(':')
		if w.indent != "" {
			b.WriteByte(' ')
		}
		if err := w.goValue(v, depth+1); err != nil {
			return err
		}
	}
	if first {
		b.WriteString("{}")
		return nil
	}
	if w.indent != "" {
		w.newline(depth)
	}
	b.WriteByte('}')
	return nil
}

type goField struct {
	index     int
	name      string
	omitEmpty bool
}

// fieldsOf lists the fields encoding/json writes for t, in order, or
// reports false for a struct whose rules are not simple (embedded
// fields, tag options other than omitempty, unusual or clashing names,
// names that are array indices).
func (w *writer) fieldsOf(t reflect.Type) ([]goField, bool) {
	if f, ok := w.fields[t]; ok {
		return f.fields, f.ok
	}
	fs, ok := scanFields(t)
	if w.fields == nil {
		w.fields = map[reflect.Type]goFields{}
	}
	w.fields[t] = goFields{fs, ok}
	return fs, ok
}

type goFields struct {
	fields []goField
	ok     bool
}

func scanFields(t reflect.Type) ([]goField, bool) {
	var out []goField
	seen := map[string]bool{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.Anonymous {
			return nil, false
		}
		tag, hasTag := f.Tag.Lookup("json")
		if !f.IsExported() {
			continue
		}
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		omit := false
		switch opts {
		case "":
		case "omitempty":
			omit = true
		default:
			return nil, false
		}
		if name == "" || !hasTag {
			name = f.Name
		}
		if !simpleName(name) || seen[name] {
			return nil, false
		}
		if _, idx := ArrayIndex(name); idx {
			return nil, false
		}
		seen[name] = true
		out = append(out, goField{index: i, name: name, omitEmpty: omit})
	}
	return out, true
}

// simpleName accepts the tag names encoding/json certainly takes as they
// are; anything else goes the long way.
func simpleName(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '_', c == '-', c == '.', c == '$', c == ':', c == '/', c == '@':
		default:
			return false
		}
	}
	return true
}

// isEmptyValue is encoding/json's omitempty test.
func isEmptyValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool:
		return !v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint() == 0
	case reflect.Float32, reflect.Float64:
		return v.Float() == 0
	case reflect.Interface, reflect.Pointer:
		return v.IsNil()
	}
	return false
}

// writeString writes s quoted; when coerced, invalid UTF-8 bytes become
// U+FFFD itself, as decoding encoding/json's "\ufffd" leaves them.
func (w *writer) writeString(s string) {
	if !w.coerce || utf8.ValidString(s) {
		WriteString(&w.b, s)
		return
	}
	var sb strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			sb.WriteRune(utf8.RuneError)
		} else {
			sb.WriteString(s[i : i+size])
		}
		i += size
	}
	WriteString(&w.b, sb.String())
}

// writeString2 writes a+b quoted, as writeString(a+b) would.
func (w *writer) writeString2(a, b string) {
	if w.coerce || !utf8.ValidString(a) {
		w.writeString(a + b)
		return
	}
	// WriteString of a without its closing quote, then of b without its
	// opening one: a valid a ends on a character boundary.
	WriteString(&w.b, a)
	w.b.Truncate(w.b.Len() - 1)
	n := w.b.Len()
	WriteString(&w.b, b)
	copy(w.b.Bytes()[n:], w.b.Bytes()[n+1:])
	w.b.Truncate(w.b.Len() - 1)
}

// writeJSONNumber writes n as the float64 encoding/json's output for it
// decodes to.
func (w *writer) writeJSONNumber(n json.Number) error {
	raw, err := json.Marshal(n) // validates, and writes "" as 0
	if err != nil {
		return err
	}
	f, err := strconv.ParseFloat(string(raw), 64)
	if err != nil {
		return err
	}
	writeNumber(&w.b, f)
	return nil
}

// maxDerefs bounds pointer chains before handing the value to
// encoding/json, which reports a cycle.
const maxDerefs = 1000
