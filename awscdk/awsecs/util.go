package awsecs

import (
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/ojson"
)

func sv(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func str(s string) *string       { return &s }
func num(f float64) *float64     { return &f }
func boolp(b bool) *bool         { return &b }
func truthy(b *bool) bool        { return b != nil && *b }
func isToken(s *string) bool     { return s != nil && *awscdk.Token_IsUnresolved(*s) }
func isTokenNum(f *float64) bool { return f != nil && *awscdk.Token_IsUnresolved(*f) }

func fmtNum(f float64) string { return fmt.Sprint(f) }

// anyProducer adapts a func to awscdk.IStableAnyProducer.
type anyProducer func() interface{}

func (p anyProducer) Produce() interface{} { return p() }

func lazyAny(f func() interface{}) awscdk.IResolvable { return awscdk.Lazy_Any(anyProducer(f), nil) }

// stringProducer adapts a func to awscdk.IStableStringProducer.
type stringProducer func() *string

func (p stringProducer) Produce() *string { return p() }

// cfnValue renders an L1 property struct (or slices and maps of them) the
// way the L1 renders its own props: CloudFormation names from the `cfn`
// tags, nil fields left out. Values produced lazily reach the template
// without passing through the L1's renderer, so they need this.
func cfnValue(v interface{}) interface{} { return cfnReflect(reflect.ValueOf(v)) }

func cfnReflect(v reflect.Value) interface{} {
	if !v.IsValid() {
		return nil
	}
	if v.CanInterface() {
		if _, ok := v.Interface().(awscdk.IResolvable); ok && !(v.Kind() == reflect.Ptr && v.IsNil()) {
			return v.Interface()
		}
	}
	switch v.Kind() {
	case reflect.Ptr, reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return cfnReflect(v.Elem())
	case reflect.Struct:
		if _, ok := v.Interface().(ojson.Object); ok {
			return v.Addr().Interface()
		}
		t := v.Type()
		out := ojson.New()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			fv := v.Field(i)
			switch fv.Kind() {
			case reflect.Ptr, reflect.Interface, reflect.Map, reflect.Slice:
				if fv.IsNil() {
					continue
				}
			}
			name, _, _ := strings.Cut(f.Tag.Get("cfn"), ",")
			if name == "" {
				name = f.Name
			}
			out.Set(name, cfnReflect(fv))
		}
		return out
	case reflect.Slice:
		out := make([]interface{}, 0, v.Len())
		for i := 0; i < v.Len(); i++ {
			out = append(out, cfnReflect(v.Index(i)))
		}
		return out
	case reflect.Map:
		keys := v.MapKeys()
		names := make([]string, len(keys))
		byName := map[string]reflect.Value{}
		for i, k := range keys {
			names[i] = fmt.Sprint(k.Interface())
			byName[names[i]] = v.MapIndex(k)
		}
		sort.Strings(names)
		out := ojson.New()
		for _, n := range names {
			out.Set(n, cfnReflect(byName[n]))
		}
		return out
	}
	return v.Interface()
}
