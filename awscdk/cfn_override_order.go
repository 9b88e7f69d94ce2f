package awscdk

import (
	"reflect"

	"github.com/strata-cdk/strata/internal/ojson"
)

// reserveSchemaPlaces gives each key an override adds to an L1's rendered
// properties the place the resource's schema gives it. aws-cdk-lib renders
// every schema property of an L1 (unset ones as undefined, which JSON then
// leaves out) before merging the raw overrides, so an override of a known
// property lands in schema order, nested property structs too, while keys
// the schema does not know come last. props is the L1's props value (or a
// property struct inside it); keys of a value that was not set keep the
// override's order, as in aws-cdk-lib.
func reserveSchemaPlaces(rendered, override *ojson.Object, props reflect.Value) *ojson.Object {
	for props.Kind() == reflect.Ptr || props.Kind() == reflect.Interface {
		if props.IsNil() {
			return rendered
		}
		props = props.Elem()
	}
	if props.Kind() != reflect.Struct {
		return rendered
	}
	t := props.Type()
	fields := make(map[string]int, t.NumField())
	for i := 0; i < t.NumField(); i++ {
		fields[cfnName(t.Field(i))] = i
	}
	var added []string
	for _, k := range override.Keys() {
		v, _ := override.Get(k)
		if _, known := fields[k]; !known || v == overrideDelete || v == ojson.Undefined {
			continue
		}
		if _, present := rendered.Get(k); !present {
			added = append(added, k)
		}
	}
	out := rendered
	if len(added) > 0 {
		isAdded := make(map[string]bool, len(added))
		for _, k := range added {
			isAdded[k] = true
		}
		out = ojson.NewSize(rendered.Len() + len(added))
		for i := 0; i < t.NumField(); i++ {
			n := cfnName(t.Field(i))
			if v, ok := rendered.Get(n); ok {
				out.Set(n, v)
			} else if isAdded[n] {
				out.Set(n, ojson.Undefined) // the override fills it
			}
		}
		for _, k := range rendered.Keys() {
			if _, known := fields[k]; !known {
				v, _ := rendered.Get(k)
				out.Set(k, v)
			}
		}
	}
	// Nested property structs that were set render the same way.
	for _, k := range override.Keys() {
		i, known := fields[k]
		ov, _ := override.Get(k)
		oo, isObj := ov.(*ojson.Object)
		if !known || !isObj {
			continue
		}
		cur, _ := out.Get(k)
		if co, ok := cur.(*ojson.Object); ok {
			out.Set(k, reserveSchemaPlaces(co, oo, props.Field(i)))
		}
	}
	return out
}
