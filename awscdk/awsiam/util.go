package awsiam

import (
	"bytes"
	"github.com/strata-cdk/strata/internal/l2"
	"reflect"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/ojson"
)

func str(s string) *string { return &s }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func boolOr(b *bool, def bool) bool {
	if b == nil {
		return def
	}
	return *b
}

func isUnresolved(x interface{}) bool { return *awscdk.Token_IsUnresolved(x) }

// throwUnscoped stops with a mistake that belongs to no construct, as
// aws-cdk-lib's UnscopedValidationError does. jsii.Close and tests recover
// it; it is reported without a Go trace.
func throwUnscoped(format string, args ...interface{}) {
	diag.Panic("", format, args...)
}

// throwScoped stops with a mistake about construct c, naming its path.
func throwScoped(c constructs.IConstruct, format string, args ...interface{}) {
	l2.Throw(c, format, args...)
}

// addError records a mistake about construct c; synthesis reports it with
// the others, naming c's path.
func addError(c constructs.IConstruct, format string, args ...interface{}) {
	l2.AddError(c, format, args...)
}

// validation adapts a func to constructs.IValidation.
type validation = l2.Validation

// tokenComparison is the result of compareStrings, as aws-cdk-lib's
// Token.compareStrings.
type tokenComparison int

const (
	cmpSame tokenComparison = iota
	cmpDifferent
	cmpOneUnresolved
	cmpBothUnresolved
)

func compareStrings(a, b *string) tokenComparison {
	ua, ub := isUnresolved(a), isUnresolved(b)
	switch {
	case ua && ub:
		if deref(a) == deref(b) {
			return cmpSame
		}
		return cmpBothUnresolved
	case ua || ub:
		return cmpOneUnresolved
	}
	if deref(a) == deref(b) {
		return cmpSame
	}
	return cmpDifferent
}

// sameObject reports whether a and b are the same object (JavaScript's ===
// on objects), without panicking on values that are not comparable.
func sameObject(a, b interface{}) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	ta, tb := reflect.TypeOf(a), reflect.TypeOf(b)
	if ta != tb || !ta.Comparable() {
		return false
	}
	return a == b
}

// jsonStringify renders an unresolved value the way JavaScript's
// JSON.stringify does after jsii has handed it over: Go maps with their keys
// sorted, ordered objects in order, tokens through their ToJSON.
func jsonStringify(v interface{}) string {
	var b bytes.Buffer
	writeJS(&b, v)
	return b.String()
}

func writeJS(b *bytes.Buffer, v interface{}) {
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
		return
	case string:
		ojson.WriteString(b, x)
		return
	case *string:
		if x == nil {
			b.WriteString("null")
			return
		}
		ojson.WriteString(b, *x)
		return
	case float64:
		b.WriteString(ojson.FormatNumber(x))
		return
	case *float64:
		if x == nil {
			b.WriteString("null")
			return
		}
		b.WriteString(ojson.FormatNumber(*x))
		return
	case bool:
		if x {
			b.WriteString("true")
		} else {
			b.WriteString("false")
		}
		return
	case *ojson.Object:
		if x == nil {
			b.WriteString("null")
			return
		}
		b.WriteByte('{')
		first := true
		x.Range(func(k string, val interface{}) {
			if isNil(val) {
				return
			}
			if !first {
				b.WriteByte(',')
			}
			first = false
			ojson.WriteString(b, k)
			b.WriteByte(':')
			writeJS(b, val)
		})
		b.WriteByte('}')
		return
	case []interface{}:
		b.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				b.WriteByte(',')
			}
			switch e.(type) {
			case string, float64, bool:
			default:
				if isNil(e) { // a typed nil too: null, not [] or {}
					b.WriteString("null")
					continue
				}
			}
			writeJS(b, e)
		}
		b.WriteByte(']')
		return
	case map[string]interface{}:
		// The usual Go map (conditions): keys sorted, as jsii hands them over.
		keys := make([]string, 0, len(x))
		for k, val := range x {
			if !isNil(val) {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				b.WriteByte(',')
			}
			ojson.WriteString(b, k)
			b.WriteByte(':')
			writeJS(b, x[k])
		}
		b.WriteByte('}')
		return
	case interface{ ToJSON() interface{} }:
		if !isNil(x) {
			writeJS(b, x.ToJSON())
			return
		}
	}
	writeJSReflect(b, v)
}

// writeJSReflect is writeJS of any other value, through reflection.
func writeJSReflect(b *bytes.Buffer, v interface{}) {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Ptr, reflect.Interface:
		if rv.IsNil() {
			b.WriteString("null")
			return
		}
		writeJS(b, rv.Elem().Interface())
	case reflect.Slice, reflect.Array:
		b.WriteByte('[')
		for i := 0; i < rv.Len(); i++ {
			if i > 0 {
				b.WriteByte(',')
			}
			e := rv.Index(i).Interface()
			if isNil(e) {
				b.WriteString("null")
				continue
			}
			writeJS(b, e)
		}
		b.WriteByte(']')
	case reflect.Map:
		keys := make([]string, 0, rv.Len())
		vals := map[string]interface{}{}
		for _, k := range rv.MapKeys() {
			ks := k.String()
			keys = append(keys, ks)
			vals[ks] = rv.MapIndex(k).Interface()
		}
		sort.Strings(keys)
		b.WriteByte('{')
		first := true
		for _, k := range keys {
			if isNil(vals[k]) {
				continue
			}
			if !first {
				b.WriteByte(',')
			}
			first = false
			ojson.WriteString(b, k)
			b.WriteByte(':')
			writeJS(b, vals[k])
		}
		b.WriteByte('}')
	case reflect.String:
		ojson.WriteString(b, rv.String())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		b.WriteString(ojson.FormatNumber(float64(rv.Int())))
	case reflect.Float32, reflect.Float64:
		b.WriteString(ojson.FormatNumber(rv.Float()))
	case reflect.Bool:
		writeJS(b, rv.Bool())
	default:
		b.WriteString("{}")
	}
}

func isNil(x interface{}) bool {
	if x == nil {
		return true
	}
	rv := reflect.ValueOf(x)
	switch rv.Kind() {
	case reflect.Ptr, reflect.Map, reflect.Slice, reflect.Interface, reflect.Func:
		return rv.IsNil()
	}
	return false
}

// isObjectValue reports whether x is a JavaScript object that is not an
// array (what aws-cdk-lib accepts as a condition block).
func isObjectValue(x interface{}) bool {
	if isNil(x) {
		return false
	}
	switch x.(type) {
	case *ojson.Object:
		return true
	case string, *string, float64, *float64, bool, *bool:
		return false
	}
	rv := reflect.ValueOf(x)
	for rv.Kind() == reflect.Ptr || rv.Kind() == reflect.Interface {
		rv = rv.Elem()
	}
	switch rv.Kind() {
	case reflect.Map, reflect.Struct:
		return true
	}
	return false
}

// toOrdered turns a Go map (keys sorted, as jsii hands them over) or an
// ordered object into an ordered object, one level deep. Anything else is
// returned as nil.
func toOrdered(x interface{}) *ojson.Object {
	switch v := x.(type) {
	case *ojson.Object:
		return v
	case nil:
		return nil
	case map[string]interface{}:
		return orderedFromMap(v)
	case *map[string]interface{}:
		if v == nil {
			return nil
		}
		return orderedFromMap(*v)
	}
	rv := reflect.ValueOf(x)
	for rv.Kind() == reflect.Ptr || rv.Kind() == reflect.Interface {
		if rv.IsNil() {
			return nil
		}
		rv = rv.Elem()
	}
	if rv.Kind() != reflect.Map {
		return nil
	}
	keys := make([]string, 0, rv.Len())
	vals := map[string]interface{}{}
	for _, k := range rv.MapKeys() {
		keys = append(keys, k.String())
		vals[k.String()] = rv.MapIndex(k).Interface()
	}
	sort.Strings(keys)
	o := ojson.New()
	for _, k := range keys {
		o.Set(k, vals[k])
	}
	return o
}

// orderedFromMap is toOrdered of the usual map (conditions), without
// reflection.
func orderedFromMap(m map[string]interface{}) *ojson.Object {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	o := ojson.NewSize(len(keys))
	for _, k := range keys {
		o.Set(k, m[k])
	}
	return o
}

// spread is JavaScript's {...a, ...b} on two objects.
func spread(a, b interface{}) *ojson.Object {
	out := ojson.New()
	for _, src := range []interface{}{a, b} {
		if o := toOrdered(src); o != nil {
			o.Range(out.Set)
		}
	}
	return out
}

// toGoMap turns an ordered object back into the Go map aws-cdk-go hands out.
func toGoMap(o *ojson.Object) *map[string]interface{} {
	m := map[string]interface{}{}
	if o != nil {
		o.Range(func(k string, v interface{}) { m[k] = v })
	}
	return &m
}

func cloneOrdered(o *ojson.Object) *ojson.Object {
	out := ojson.New()
	if o != nil {
		o.Range(out.Set)
	}
	return out
}

func derefAll(xs *[]*string) []string {
	if xs == nil {
		return nil
	}
	out := make([]string, len(*xs))
	for i, x := range *xs {
		out[i] = deref(x)
	}
	return out
}

func ptrs(xs []string) *[]*string {
	out := make([]*string, len(xs))
	for i := range xs {
		out[i] = str(xs[i])
	}
	return &out
}

func lastN(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[len(s)-n:]
}

func trimLeadingSlash(p string) string { return strings.TrimPrefix(p, "/") }

func sortStrings(xs []string) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func formatNumber(f float64) string { return ojson.FormatNumber(f) }

func floatp(f float64) *float64 { return &f }

// splitArn is aws-cdk-lib's Arn.split: an ARN that starts with "arn:" is
// split as text even when parts of it are tokens; only an ARN that is
// wholly a token becomes Fn::Select/Fn::Split.
// TODO(core): awscdk.Arn_Split should do this itself.
func splitArn(arn *string, format awscdk.ArnFormat) *awscdk.ArnComponents {
	s := deref(arn)
	if !strings.HasPrefix(s, "arn:") || !isUnresolved(arn) {
		return awscdk.Arn_Split(arn, format)
	}
	parts := strings.Split(s, ":")
	if len(parts) < 6 {
		return awscdk.Arn_Split(arn, format)
	}
	orNil := func(x string) *string {
		if x == "" {
			return nil
		}
		return str(x)
	}
	c := &awscdk.ArnComponents{Partition: orNil(parts[1]), Service: orNil(parts[2]), Region: str(parts[3]), Account: str(parts[4]), ArnFormat: format}
	res := parts[5]
	rest := parts[6:]
	if i := strings.Index(res, "/"); i != -1 && format != awscdk.ArnFormat_COLON_RESOURCE_NAME {
		c.Resource = orNil(res[:i])
		name := res[i+1:]
		if len(rest) > 0 {
			name += ":" + strings.Join(rest, ":")
		}
		c.ResourceName = str(name)
		return c
	}
	c.Resource = orNil(res)
	if len(rest) > 0 {
		c.ResourceName = str(strings.Join(rest, ":"))
	}
	return c
}
