package awsiam

import (
	"bytes"
	"sort"
	"unicode/utf8"

	"github.com/strata-cdk/strata/internal/ojson"
)

// aws-cdk-lib compares resolved statements, and sorts their lists, by
// their JSON.stringify text. Writing that text for every statement of
// every policy is a large share of a synthesis, so this file answers the
// same questions from the values where it can, and writes JSON only for
// values whose text it cannot predict.

// jsonCmp is the answer of cmpJSON.
type jsonCmp int8

const (
	jsonSame jsonCmp = iota
	jsonDifferent
	jsonUnsure // the values' JSON must be written to tell
)

// sameJSON reports whether jsonStringify(a) == jsonStringify(b).
func sameJSON(a, b interface{}) bool {
	switch cmpJSON(a, b) {
	case jsonSame:
		return true
	case jsonDifferent:
		return false
	}
	return jsonStringify(a) == jsonStringify(b)
}

// jsonKind is the first byte of the JSON writeJS gives a value of a kind
// whose JSON is known from the value, or 0 for any other value.
func jsonKind(v interface{}) byte {
	switch x := v.(type) {
	case string:
		return '"'
	case *string:
		if x != nil {
			return '"'
		}
	case *ojson.Object:
		if x != nil {
			return '{'
		}
	case []interface{}:
		return '['
	case bool:
		return 'b'
	case float64:
		return '0'
	}
	return 0
}

func cmpJSON(a, b interface{}) jsonCmp {
	ka, kb := jsonKind(a), jsonKind(b)
	if ka == 0 || kb == 0 {
		return jsonUnsure
	}
	if ka != kb {
		if ka == '0' || kb == '0' {
			return jsonUnsure // NaN and the infinities are written as null
		}
		return jsonDifferent
	}
	switch ka {
	case '"':
		return cmpJSONString(plainString(a), plainString(b))
	case '{':
		return cmpJSONObject(a.(*ojson.Object), b.(*ojson.Object))
	case '[':
		x, y := a.([]interface{}), b.([]interface{})
		if len(x) != len(y) {
			return jsonDifferent
		}
		for i := range x {
			// writeJS writes a nil element, even a nil slice, as null.
			if nx, ny := isNil(x[i]), isNil(y[i]); nx || ny {
				if nx && ny {
					continue
				}
				return jsonUnsure
			}
			if c := cmpJSON(x[i], y[i]); c != jsonSame {
				return c
			}
		}
		return jsonSame
	case 'b':
		if a.(bool) == b.(bool) {
			return jsonSame
		}
		return jsonDifferent
	}
	x, y := a.(float64), b.(float64)
	if x == y {
		return jsonSame
	}
	if ojson.FormatNumber(x) == ojson.FormatNumber(y) {
		return jsonSame
	}
	return jsonDifferent
}

func plainString(v interface{}) string {
	if s, ok := v.(string); ok {
		return s
	}
	return *v.(*string)
}

// cmpJSONString compares two strings' JSON: equal strings have equal
// JSON, and so do unequal ones only when one is not valid UTF-8 (its bad
// bytes are written as U+FFFD).
func cmpJSONString(x, y string) jsonCmp {
	if x == y {
		return jsonSame
	}
	if utf8.ValidString(x) && utf8.ValidString(y) {
		return jsonDifferent
	}
	return jsonUnsure
}

type jsonEntry struct {
	k string
	v interface{}
}

// entriesJSON lists the entries writeJS writes for o (nil values are
// left out), into buf when they fit.
func entriesJSON(o *ojson.Object, buf []jsonEntry) []jsonEntry {
	out := buf[:0]
	o.Range(func(k string, v interface{}) {
		if !isNil(v) {
			out = append(out, jsonEntry{k, v})
		}
	})
	return out
}

func cmpJSONObject(x, y *ojson.Object) jsonCmp {
	if x == y {
		return jsonSame
	}
	var bx, by [8]jsonEntry
	ex, ey := entriesJSON(x, bx[:]), entriesJSON(y, by[:])
	if len(ex) != len(ey) {
		return jsonDifferent
	}
	for i := range ex {
		if c := cmpJSONString(ex[i].k, ey[i].k); c != jsonSame {
			return c
		}
		if c := cmpJSON(ex[i].v, ey[i].v); c != jsonSame {
			return c
		}
	}
	return jsonSame
}

// maxPairwiseDedupe is the most statements de-duplicated by comparing
// each pair; larger documents write each statement's JSON once instead.
const maxPairwiseDedupe = 32

// uniqueJSON returns list without the elements whose JSON an earlier one
// already has (list itself when there are none).
func uniqueJSON(list []interface{}) []interface{} {
	if len(list) < 2 {
		return list
	}
	if len(list) > maxPairwiseDedupe {
		seen := make(map[string]bool, len(list))
		out := make([]interface{}, 0, len(list))
		for _, s := range list {
			j := jsonStringify(s)
			if !seen[j] {
				seen[j] = true
				out = append(out, s)
			}
		}
		return out
	}
	var out []interface{} // made at the first duplicate
	for i, s := range list {
		dup := false
		for j := 0; j < i; j++ {
			if sameJSON(list[j], s) {
				dup = true
				break
			}
		}
		switch {
		case dup && out == nil:
			out = append(make([]interface{}, 0, len(list)-1), list[:i]...)
		case !dup && out != nil:
			out = append(out, s)
		}
	}
	if out == nil {
		return list
	}
	return out
}

// sortByJSON is aws-cdk-lib's sortByJson: the list's elements, one for
// each distinct JSON (the last one with that JSON), ordered by their JSON
// as JavaScript sorts strings; a lone element stands alone.
func sortByJSON(x interface{}) interface{} {
	list, ok := x.([]interface{})
	if !ok {
		return x
	}
	if out, ok := sortPlainStrings(list); ok {
		return out
	}
	// Write every element's JSON into one buffer, then cut it up.
	var b bytes.Buffer
	ends := make([]int, len(list))
	for i, e := range list {
		writeJS(&b, e)
		ends[i] = b.Len()
	}
	all := b.String()
	ents := make([]jsonEntry, len(list))
	start := 0
	for i, e := range list {
		ents[i] = jsonEntry{all[start:ends[i]], e}
		start = ends[i]
	}
	sort.SliceStable(ents, func(i, j int) bool { return utf16Less(ents[i].k, ents[j].k) })
	out := make([]interface{}, 0, len(ents))
	for i := range ents {
		if i+1 < len(ents) && ents[i+1].k == ents[i].k {
			continue // the last of equal JSON wins, as in a Map
		}
		out = append(out, ents[i].v)
	}
	if len(out) == 1 {
		return out[0]
	}
	return out
}

// sortPlainStrings is sortByJSON for the usual list, strings that JSON
// writes as they are ("s3:GetObject"): their JSON forms are the strings in
// quotes, so they sort as the strings each followed by '"', and no
// string needs writing out. A list already in order is returned as it
// is. It reports false for any other list.
func sortPlainStrings(list []interface{}) (interface{}, bool) {
	sorted := true
	for i, e := range list {
		x, ok := e.(string)
		if !ok || !plainJSONString(x) {
			return nil, false
		}
		if i > 0 && sorted && !quotedLess(list[i-1].(string), x) {
			sorted = false
		}
	}
	if len(list) == 1 {
		return list[0], true
	}
	if sorted {
		return list, true // strictly increasing: no duplicates either
	}
	out := append([]interface{}(nil), list...)
	sort.SliceStable(out, func(i, j int) bool { return quotedLess(out[i].(string), out[j].(string)) })
	n := 0
	for i := range out {
		if n > 0 && out[n-1].(string) == out[i].(string) {
			continue
		}
		out[n] = out[i]
		n++
	}
	clear(out[n:])
	out = out[:n]
	if n == 1 {
		return out[0], true
	}
	return out, true
}
