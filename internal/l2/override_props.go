package l2

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

// SpreadProps applies src over dst, a pointer to an L1 props struct, the
// way aws-cdk-lib spreads an abstract base's `additionalProps: any` over
// the props of the L1 it makes ({...base, ...additionalProps}). src is a
// props struct of dst's type (or a pointer to one), whose set fields win,
// or a map keyed by the props' JSON names. A key dst does not have, or a
// value of the wrong type, is an error naming it; what names the base in
// the message is the caller's.
func SpreadProps(dst interface{}, src interface{}) error {
	dv := reflect.ValueOf(dst).Elem()
	switch m := src.(type) {
	case nil:
		return nil
	case map[string]interface{}:
		return spreadMap(dv, m)
	case *map[string]interface{}:
		if m == nil {
			return nil
		}
		return spreadMap(dv, *m)
	}
	sv := reflect.ValueOf(src)
	if sv.Kind() == reflect.Ptr {
		if sv.IsNil() {
			return nil
		}
		sv = sv.Elem()
	}
	if sv.Type() != dv.Type() {
		return fmt.Errorf("additionalProps must be a *%s or a map of its fields, not %T", dv.Type().Name(), src)
	}
	for i := 0; i < sv.NumField(); i++ {
		if f := sv.Field(i); !f.IsZero() {
			dv.Field(i).Set(f)
		}
	}
	return nil
}

func spreadMap(dv reflect.Value, m map[string]interface{}) error {
	fields := map[string]int{}
	for i := 0; i < dv.NumField(); i++ {
		name, _, _ := strings.Cut(dv.Type().Field(i).Tag.Get("json"), ",")
		fields[name] = i
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		i, ok := fields[k]
		if !ok {
			return fmt.Errorf("additionalProps has %q, which is not a %s field", k, dv.Type().Name())
		}
		if v := m[k]; v != nil && !assignTo(dv.Field(i), v) {
			return fmt.Errorf("additionalProps %q cannot be a %T", k, v)
		}
	}
	return nil
}

// assignTo stores v in f, taking the address of a plain string, number or
// boolean for a pointer field.
func assignTo(f reflect.Value, v interface{}) bool {
	rv := reflect.ValueOf(v)
	if rv.Type().AssignableTo(f.Type()) {
		f.Set(rv)
		return true
	}
	if f.Kind() == reflect.Ptr {
		switch x := v.(type) {
		case string:
			rv = reflect.ValueOf(&x)
		case int:
			n := float64(x)
			rv = reflect.ValueOf(&n)
		case float64:
			rv = reflect.ValueOf(&x)
		case bool:
			rv = reflect.ValueOf(&x)
		}
		if rv.Type().AssignableTo(f.Type()) {
			f.Set(rv)
			return true
		}
	}
	return false
}
