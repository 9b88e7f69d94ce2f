package assertions

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/strata-cdk/strata/internal/ojson"
)

// The matchers work on JSON values as JavaScript sees them, because the
// rules and the messages they reproduce are aws-cdk-lib's: objects keep
// their key order (JavaScript's: integer-like keys first, ascending, then
// insertion order), numbers are float64, and a missing value (undefined) is
// distinct from null. A value is one of: undefinedValue, nil (null), bool,
// float64, string, []interface{}, *object, or a Matcher inside a pattern.

type undefinedType struct{}

// undefinedValue is JavaScript's undefined: a key that is not there.
var undefinedValue = undefinedType{}

func isUndefined(v interface{}) bool { _, ok := v.(undefinedType); return ok }

// object is a JSON object in JavaScript's key order.
type object struct {
	keys []string
	vals map[string]interface{}
}

func newObject() *object { return &object{vals: map[string]interface{}{}} }

// arrayIndex reports whether k is a canonical array index, which
// JavaScript enumerates before every other key.
func arrayIndex(k string) (uint64, bool) {
	if k == "" || len(k) > 10 || (len(k) > 1 && k[0] == '0') {
		return 0, false
	}
	n, err := strconv.ParseUint(k, 10, 64)
	if err != nil || n >= math.MaxUint32 {
		return 0, false
	}
	return n, true
}

func (o *object) set(k string, v interface{}) {
	if _, ok := o.vals[k]; ok {
		o.vals[k] = v
		return
	}
	o.vals[k] = v
	n, isIdx := arrayIndex(k)
	if !isIdx {
		o.keys = append(o.keys, k)
		return
	}
	i := 0
	for ; i < len(o.keys); i++ {
		m, ok := arrayIndex(o.keys[i])
		if !ok || m > n {
			break
		}
	}
	o.keys = append(o.keys, "")
	copy(o.keys[i+1:], o.keys[i:])
	o.keys[i] = k
}

func (o *object) get(k string) (interface{}, bool) {
	v, ok := o.vals[k]
	return v, ok
}

// at returns o[k], undefined when k is missing.
func (o *object) at(k string) interface{} {
	if v, ok := o.vals[k]; ok {
		return v
	}
	return undefinedValue
}

func (o *object) has(k string) bool { _, ok := o.vals[k]; return ok }
func (o *object) size() int         { return len(o.keys) }

// sortedObject builds an object from a Go map with its keys sorted, as jsii
// hands Go maps to aws-cdk-lib.
func sortedObject(m map[string]interface{}) *object {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	o := newObject()
	for _, k := range keys {
		o.set(k, m[k])
	}
	return o
}

// parseJSON is JSON.parse: the whole input must be one JSON value.
func parseJSON(b []byte) (interface{}, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	v, err := decodeValue(dec)
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("unexpected data after the JSON value")
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
			o := newObject()
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return nil, err
				}
				v, err := decodeValue(dec)
				if err != nil {
					return nil, err
				}
				o.set(kt.(string), v)
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
		return nil, errors.New("unexpected delimiter")
	case json.Number:
		return x.Float64()
	}
	return t, nil
}

// fromGo turns a value a user wrote in Go (a pattern, a template given as a
// map, a value handed to a custom matcher) into a JSON value, the way jsii
// passes Go values to aws-cdk-lib: pointers dereferenced, maps with sorted
// keys, structs by their json tags, numbers as float64. Matchers stay as
// they are. top tells whether v is a whole argument: a nil argument is
// undefined, a nil inside a value is null.
func fromGo(v interface{}) interface{} { return convert(v, true) }

func convert(v interface{}, top bool) interface{} {
	switch x := v.(type) {
	case nil:
		if top {
			return undefinedValue
		}
		return nil
	case undefinedType, *object, string, bool, float64:
		return x
	case Matcher:
		return x
	case map[string]interface{}:
		o := sortedObject(x)
		for _, k := range o.keys {
			o.vals[k] = convert(o.vals[k], false)
		}
		return o
	case []interface{}:
		out := make([]interface{}, len(x))
		for i, e := range x {
			out[i] = convert(e, false)
		}
		return out
	case json.Number:
		f, _ := x.Float64()
		return f
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Interface:
		if rv.IsNil() {
			if top {
				return undefinedValue
			}
			return nil
		}
		return convert(rv.Elem().Interface(), top)
	case reflect.String:
		return rv.String()
	case reflect.Bool:
		return rv.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return float64(rv.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return float64(rv.Uint())
	case reflect.Float32, reflect.Float64:
		return rv.Float()
	case reflect.Slice, reflect.Array:
		if rv.Kind() == reflect.Slice && rv.IsNil() {
			return []interface{}{}
		}
		out := make([]interface{}, rv.Len())
		for i := range out {
			out[i] = convert(rv.Index(i).Interface(), false)
		}
		return out
	case reflect.Map:
		m := map[string]interface{}{}
		it := rv.MapRange()
		for it.Next() {
			m[toKey(it.Key())] = it.Value().Interface()
		}
		return convert(m, false)
	case reflect.Struct:
		return structObject(rv)
	}
	return v
}

func toKey(k reflect.Value) string {
	if k.Kind() == reflect.String {
		return k.String()
	}
	return jsString(convert(k.Interface(), false))
}

// structObject renders a props struct as jsii does: fields by their json
// names in declaration order, nil fields left out.
func structObject(rv reflect.Value) *object {
	o := newObject()
	t := rv.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name := f.Name
		if tag, ok := f.Tag.Lookup("json"); ok {
			if n, _, _ := strings.Cut(tag, ","); n != "" && n != "-" {
				name = n
			}
		}
		fv := rv.Field(i)
		if (fv.Kind() == reflect.Pointer || fv.Kind() == reflect.Interface || fv.Kind() == reflect.Map || fv.Kind() == reflect.Slice) && fv.IsNil() {
			continue
		}
		o.set(name, convert(fv.Interface(), false))
	}
	return o
}

// toGo turns a JSON value into the plain Go values aws-cdk-go returns:
// map[string]interface{}, []interface{}, string, float64, bool and nil.
func toGo(v interface{}) interface{} {
	switch x := v.(type) {
	case undefinedType:
		return nil
	case *object:
		m := make(map[string]interface{}, len(x.keys))
		for _, k := range x.keys {
			if !isUndefined(x.vals[k]) {
				m[k] = toGo(x.vals[k])
			}
		}
		return m
	case []interface{}:
		out := make([]interface{}, len(x))
		for i, e := range x {
			out[i] = toGo(e)
		}
		return out
	}
	return v
}

// clone is JSON.parse(JSON.stringify(v)) for values without matchers.
func clone(v interface{}) interface{} {
	switch x := v.(type) {
	case *object:
		o := &object{keys: make([]string, 0, len(x.keys)), vals: make(map[string]interface{}, len(x.keys))}
		for _, k := range x.keys {
			if e := x.vals[k]; !isUndefined(e) {
				o.keys = append(o.keys, k)
				o.vals[k] = clone(e)
			}
		}
		return o
	case []interface{}:
		out := make([]interface{}, len(x))
		for i, e := range x {
			if isUndefined(e) {
				out[i] = nil
			} else {
				out[i] = clone(e)
			}
		}
		return out
	}
	return v
}

// typeOf is JavaScript's typeof.
func typeOf(v interface{}) string {
	switch v.(type) {
	case undefinedType:
		return "undefined"
	case bool:
		return "boolean"
	case float64:
		return "number"
	case string:
		return "string"
	}
	return "object"
}

// getType is typeof, with "array" for arrays.
func getType(v interface{}) string {
	if _, ok := v.([]interface{}); ok {
		return "array"
	}
	return typeOf(v)
}

// jsString is String(v), what a template literal prints.
func jsString(v interface{}) string {
	switch x := v.(type) {
	case undefinedType:
		return "undefined"
	case nil:
		return "null"
	case bool:
		return strconv.FormatBool(x)
	case float64:
		if math.IsNaN(x) {
			return "NaN"
		}
		if math.IsInf(x, 1) {
			return "Infinity"
		}
		if math.IsInf(x, -1) {
			return "-Infinity"
		}
		return ojson.FormatNumber(x)
	case string:
		return x
	case []interface{}:
		parts := make([]string, len(x))
		for i, e := range x {
			if e != nil && !isUndefined(e) {
				parts[i] = jsString(e)
			}
		}
		return strings.Join(parts, ",")
	}
	return "[object Object]"
}

// stringify is JSON.stringify(v, undefined, indent); ok is false where
// JavaScript returns undefined (for undefined itself).
func stringify(v interface{}, indent string) (string, bool) {
	if isUndefined(v) {
		return "", false
	}
	var b strings.Builder
	writeJSON(&b, v, indent, "")
	return b.String(), true
}

// jsonify is JSON.stringify(x) ?? "undefined".
func jsonify(v interface{}) string {
	s, ok := stringify(v, "")
	if !ok {
		return "undefined"
	}
	return s
}

func writeJSON(b *strings.Builder, v interface{}, indent, cur string) {
	switch x := v.(type) {
	case nil, undefinedType:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			b.WriteString("null")
		} else {
			b.WriteString(ojson.FormatNumber(x))
		}
	case string:
		b.WriteString(ojson.Quote(x))
	case []interface{}:
		if len(x) == 0 {
			b.WriteString("[]")
			return
		}
		inner := cur + indent
		b.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				b.WriteByte(',')
			}
			if indent != "" {
				b.WriteString("\n" + inner)
			}
			writeJSON(b, e, indent, inner)
		}
		if indent != "" {
			b.WriteString("\n" + cur)
		}
		b.WriteByte(']')
	case *object:
		inner := cur + indent
		n := 0
		b.WriteByte('{')
		for _, k := range x.keys {
			e := x.vals[k]
			if isUndefined(e) {
				continue
			}
			if n > 0 {
				b.WriteByte(',')
			}
			if indent != "" {
				b.WriteString("\n" + inner)
			}
			b.WriteString(ojson.Quote(k))
			b.WriteByte(':')
			if indent != "" {
				b.WriteByte(' ')
			}
			writeJSON(b, e, indent, inner)
			n++
		}
		if n > 0 && indent != "" {
			b.WriteString("\n" + cur)
		}
		b.WriteByte('}')
	default:
		// A matcher inside a value: JavaScript would list its fields; the
		// name is what a reader needs.
		if m, ok := v.(Matcher); ok {
			b.WriteString(ojson.Quote("<" + deref(m.Name()) + ">"))
			return
		}
		b.WriteString("null")
	}
}

// deepEqual compares two JSON values; it stands in for JavaScript's ===
// where aws-cdk-lib compares a result's target with the value it came from.
func deepEqual(a, b interface{}) bool {
	switch x := a.(type) {
	case *object:
		y, ok := b.(*object)
		if !ok {
			return false
		}
		if x == y {
			return true
		}
		if len(x.keys) != len(y.keys) {
			return false
		}
		for _, k := range x.keys {
			yv, ok := y.vals[k]
			if !ok || !deepEqual(x.vals[k], yv) {
				return false
			}
		}
		return true
	case []interface{}:
		y, ok := b.([]interface{})
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !deepEqual(x[i], y[i]) {
				return false
			}
		}
		return true
	case Matcher:
		return a == b
	}
	if _, ok := b.(Matcher); ok {
		return false
	}
	return a == b
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func strp(s string) *string { return &s }
