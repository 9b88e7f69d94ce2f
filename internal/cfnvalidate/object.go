package cfnvalidate

import (
	"math"
	"unicode/utf8"

	"github.com/strata-cdk/strata/internal/ojson"
)

// ValidateObject checks a template given as the object Strata renders and
// writes, with the verdict Validate gives on the bytes ojson.Marshal makes
// of it, without decoding those bytes again. The rules read only values
// JSON can hold (strings, float64s, bools, nil, []interface{}, *Object);
// the parts of tmpl holding anything else (ints, []string, Go structs,
// undefined entries …) are first replaced, in a copy, by what decoding
// their JSON gives. tmpl is only read: it must not change meanwhile.
func ValidateObject(tmpl *ojson.Object, opts Options) ([]Diagnostic, error) {
	if tmpl == nil {
		return Validate([]byte("null"), opts)
	}
	root := tmpl
	if !plain(tmpl) {
		v, err := canon(tmpl)
		if err != nil {
			return nil, err
		}
		root = v.(*ojson.Object)
	}
	return check(root, opts), nil
}

// plain reports whether v is already what decoding its JSON gives: then the
// checker can read it as it stands. It allocates nothing.
func plain(v interface{}) bool {
	switch x := v.(type) {
	case nil, bool:
		return true
	case string:
		return utf8.ValidString(x)
	case float64:
		// NaN and ±Inf are written null, -0 as 0.
		return !math.IsNaN(x) && !math.IsInf(x, 0) && !(x == 0 && math.Signbit(x))
	case *ojson.Object:
		if x == nil {
			return false
		}
		ok := true
		x.Range(func(_ string, e interface{}) {
			if ok && (e == interface{}(ojson.Undefined) || !plain(e)) {
				ok = false
			}
		})
		return ok
	case []interface{}:
		for _, e := range x {
			if e == interface{}(ojson.Undefined) || !plain(e) {
				return false
			}
		}
		return true
	}
	return false
}

// canon returns what decoding v's JSON gives, sharing the parts of v that
// are plain already.
func canon(v interface{}) (interface{}, error) {
	if plain(v) {
		return v, nil
	}
	switch x := v.(type) {
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return nil, nil
		}
		return 0.0, nil // -0
	case int:
		return float64(x), nil
	case int64:
		return float64(x), nil
	case *ojson.Object:
		if x == nil {
			return nil, nil
		}
		out := ojson.NewSize(x.Len())
		var err error
		x.Range(func(k string, e interface{}) {
			if err != nil || e == interface{}(ojson.Undefined) {
				return // JSON.stringify leaves undefined out
			}
			var ce interface{}
			if ce, err = canon(e); err == nil {
				out.Set(k, ce)
			}
		})
		return out, err
	case []interface{}:
		out := make([]interface{}, len(x))
		for i, e := range x {
			if e == interface{}(ojson.Undefined) {
				continue // written null
			}
			ce, err := canon(e)
			if err != nil {
				return nil, err
			}
			out[i] = ce
		}
		return out, nil
	}
	// Anything else (null, invalid UTF-8, json.Number, []string, maps,
	// structs, streamers …) takes the long way, for this value only: a
	// value's JSON does not depend on where it stands.
	b, err := ojson.Marshal(v, "")
	if err != nil {
		return nil, err
	}
	return ojson.Decode(b)
}
