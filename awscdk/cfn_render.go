package awscdk

import (
	"reflect"
	"sort"
	"strings"
	"time"

	"github.com/strata-cdk/strata/internal/ojson"
)

// renderCfnStruct renders an L1 props struct (or a nested property struct)
// under CloudFormation property names, taken from each field's `cfn` tag.
// Values stay unresolved; the resolver handles tokens afterwards. A required
// property left nil is reported with the resource's path and type.
func renderCfnStruct(v reflect.Value, r *cfnResource) interface{} {
	return renderCfnStructSlot(v, r, "")
}

// renderCfnStructSlot is renderCfnStruct that also keeps slot's place (a
// nil value) where the struct declares the field named slot, else at the
// end: the caller sets the tags there afterwards, in the same one pass
// over the fields. An empty slot reserves nothing.
func renderCfnStructSlot(v reflect.Value, r *cfnResource, slot string) interface{} {
	for v.Kind() == reflect.Ptr || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return nil
		}
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct {
		return v.Interface()
	}
	t := v.Type()
	out := ojson.New()
	placed := slot == ""
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		fv := v.Field(i)
		name := cfnName(f)
		if isNilReflect(fv) {
			if r != nil && tagValue(f.Tag, "field") == "required" {
				addError(r.Construct, "%s: required property '%s' is missing (set %s in the props)", r.cfnType, name, f.Name)
			}
			if !placed && name == slot {
				out.Set(name, nil)
				placed = true
			}
			continue
		}
		out.Set(name, renderCfnValue(fv, r))
		placed = placed || name == slot
	}
	if !placed {
		out.Set(slot, nil)
	}
	return out
}

func cfnName(f reflect.StructField) string {
	if n := tagValue(f.Tag, "cfn"); n != "" {
		name, _, _ := strings.Cut(n, ",")
		return name
	}
	j := jsonName(f)
	return strings.ToUpper(j[:1]) + j[1:]
}

// tagValue is tag.Get(key) without unquoting every value on the way: the
// generated tags (cfn:"Name" field:"optional" json:"name" …) have no
// escapes. A tag that does, or is malformed, gets reflect's answer.
func tagValue(tag reflect.StructTag, key string) string {
	s := string(tag)
	for {
		for s != "" && s[0] == ' ' {
			s = s[1:]
		}
		if s == "" {
			return ""
		}
		i := 0
		for i < len(s) && s[i] > ' ' && s[i] != ':' && s[i] != '"' && s[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(s) || s[i] != ':' || s[i+1] != '"' {
			return tag.Get(key)
		}
		name := s[:i]
		s = s[i+1:] // at the opening quote
		j := 1
		for j < len(s) && s[j] != '"' {
			if s[j] == '\\' {
				return tag.Get(key)
			}
			j++
		}
		if j >= len(s) {
			return tag.Get(key)
		}
		if name == key {
			return s[1:j]
		}
		s = s[j+1:]
	}
}

func isNilReflect(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Ptr, reflect.Interface, reflect.Map, reflect.Slice:
		return v.IsNil()
	}
	return false
}

// renderCfnValue renders nested property structs found inside a value.
func renderCfnValue(v reflect.Value, r *cfnResource) interface{} {
	if !v.IsValid() {
		return nil
	}
	if v.CanInterface() {
		if _, ok := v.Interface().(resolvable); ok && !(v.Kind() == reflect.Ptr && v.IsNil()) {
			return v.Interface()
		}
	}
	switch v.Kind() {
	case reflect.Ptr, reflect.Interface:
		if v.IsNil() {
			return nil
		}
		e := v.Elem()
		switch e.Kind() {
		case reflect.Struct, reflect.Slice, reflect.Map, reflect.Interface, reflect.Ptr:
			return renderCfnValue(e, r)
		}
		return v.Interface()
	case reflect.Struct:
		if t, ok := v.Interface().(time.Time); ok {
			return t.UTC().Format("2006-01-02T15:04:05Z")
		}
		return renderCfnStruct(v, r)
	case reflect.Slice:
		if v.IsNil() {
			return nil
		}
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return v.Interface()
		}
		if !containsStructs(v.Type().Elem()) {
			return v.Interface()
		}
		out := make([]interface{}, 0, v.Len())
		for i := 0; i < v.Len(); i++ {
			out = append(out, renderCfnValue(v.Index(i), r))
		}
		return out
	case reflect.Map:
		if v.IsNil() {
			return nil
		}
		if !containsStructs(v.Type().Elem()) {
			return v.Interface()
		}
		keys := v.MapKeys()
		names := make([]string, len(keys))
		for i, k := range keys {
			names[i] = sprint(k.Interface())
		}
		out := ojson.New()
		for _, i := range sortedIndex(names) {
			out.Set(names[i], renderCfnValue(v.MapIndex(keys[i]), r))
		}
		return out
	}
	return v.Interface()
}

// containsStructs reports whether values of type t may hold property
// structs that need renaming (interfaces may hold anything).
func containsStructs(t reflect.Type) bool {
	for t.Kind() == reflect.Ptr {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Interface:
		return true
	case reflect.Slice, reflect.Map:
		return containsStructs(t.Elem())
	}
	return false
}

func sortedIndex(names []string) []int {
	idx := make([]int, len(names))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return names[idx[a]] < names[idx[b]] })
	return idx
}
