package awscdk

import (
	"bytes"
	"reflect"
	"strings"

	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/internal/tokens"
)

// toJSONString renders o as a JSON string in which tokens stay tokens: the
// result resolves to a plain string, or to an Fn::Join when o holds
// deploy-time values.
func toJSONString(o interface{}, space *float64) *string {
	indent := 0
	if space != nil {
		indent = int(*space)
	}
	return Lazy_UncachedString(stringProducerFunc(func(ctx IResolveContext) *string {
		j := &jsonRenderer{ctx: ctx, indent: strings.Repeat(" ", indent)}
		j.value(o, "")
		j.flush()
		v := cfnConcatAll(j.segments)
		return Token_AsString(NewIntrinsic(v, nil), nil)
	}), nil)
}

type stringProducerFunc func(ctx IResolveContext) *string

func (f stringProducerFunc) Produce(ctx IResolveContext) *string { return f(ctx) }

type jsonRenderer struct {
	ctx      IResolveContext
	indent   string
	lit      bytes.Buffer
	segments []interface{}
}

func (j *jsonRenderer) flush() {
	if j.lit.Len() > 0 {
		j.segments = append(j.segments, j.lit.String())
		j.lit.Reset()
	}
}

func (j *jsonRenderer) intrinsic(v interface{}) {
	j.flush()
	j.segments = append(j.segments, v)
}

func quoteInner(s string) string {
	q := ojson.Quote(s)
	return q[1 : len(q)-1]
}

// deepQuote escapes every string literal inside an intrinsic so it can sit
// inside a JSON string.
func deepQuote(v interface{}) interface{} {
	switch x := v.(type) {
	case string:
		return quoteInner(x)
	case []interface{}:
		out := make([]interface{}, len(x))
		for i := range x {
			out[i] = deepQuote(x[i])
		}
		return out
	case *ojson.Object:
		out := ojson.New()
		for _, k := range x.Keys() {
			val, _ := x.Get(k)
			out.Set(quoteInner(k), deepQuote(val))
		}
		return out
	}
	return v
}

func (j *jsonRenderer) str(s string) {
	if !tokens.ContainsTokens(s) {
		j.lit.WriteString(ojson.Quote(s))
		return
	}
	frags := splitStringAt(j.ctx.Scope(), errorPath(j.ctx), s)
	j.lit.WriteByte('"')
	for _, f := range frags {
		if !f.IsToken {
			j.lit.WriteString(quoteInner(f.Literal))
			continue
		}
		r := j.ctx.Resolve(f.Token, nil)
		switch rv := r.(type) {
		case string:
			j.lit.WriteString(quoteInner(rv))
		case float64:
			j.lit.WriteString(tokens.FormatNumber(rv))
		default:
			j.intrinsic(deepQuote(rv))
		}
	}
	j.lit.WriteByte('"')
}

func (j *jsonRenderer) value(v interface{}, cur string) {
	if v == nil || v == interface{}(ojson.Null) || isNilValue(v) {
		j.lit.WriteString("null")
		return
	}
	if s, ok := plainString(v); ok {
		j.str(s)
		return
	}
	switch x := v.(type) {
	case float64:
		if tokens.IsNumberToken(x) {
			j.intrinsic(j.ctx.Resolve(x, nil))
			return
		}
		j.lit.WriteString(tokens.FormatNumber(x))
		return
	case *float64:
		j.value(*x, cur)
		return
	case bool:
		if x {
			j.lit.WriteString("true")
		} else {
			j.lit.WriteString("false")
		}
		return
	case *bool:
		j.value(*x, cur)
		return
	case resolvable:
		r := j.ctx.Resolve(x, nil)
		if isIntrinsicObject(r) {
			j.lit.WriteByte('"')
			j.intrinsic(deepQuote(r))
			j.lit.WriteByte('"')
			return
		}
		j.value(r, cur)
		return
	case *ojson.Object:
		keys := x.Keys()
		j.collection("{", "}", len(keys), cur, func(i int, inner string) {
			j.str(keys[i])
			j.lit.WriteString(":")
			if j.indent != "" {
				j.lit.WriteString(" ")
			}
			val, _ := x.Get(keys[i])
			j.value(val, inner)
		})
		return
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Ptr, reflect.Interface:
		j.value(rv.Elem().Interface(), cur)
	case reflect.Slice, reflect.Array:
		j.collection("[", "]", rv.Len(), cur, func(i int, inner string) { j.value(rv.Index(i).Interface(), inner) })
	case reflect.Map, reflect.Struct:
		o, _ := (&resolver{removeEmpty: true, onToken: nil}).shallowObject(rv)
		j.value(o, cur)
	default:
		r := j.ctx.Resolve(v, nil)
		j.value(r, cur)
	}
}

func (j *jsonRenderer) collection(open, close string, n int, cur string, each func(i int, inner string)) {
	j.lit.WriteString(open)
	inner := cur + j.indent
	for i := 0; i < n; i++ {
		if i > 0 {
			j.lit.WriteString(",")
		}
		if j.indent != "" {
			j.lit.WriteString("\n" + inner)
		}
		each(i, inner)
	}
	if n > 0 && j.indent != "" {
		j.lit.WriteString("\n" + cur)
	}
	j.lit.WriteString(close)
}

// shallowObject turns a Go map or struct into an ordered object without
// resolving its values.
func (r *resolver) shallowObject(rv reflect.Value) (*ojson.Object, bool) {
	out := ojson.New()
	switch rv.Kind() {
	case reflect.Map:
		keys := rv.MapKeys()
		names := make([]string, len(keys))
		for i, k := range keys {
			names[i] = sprint(k.Interface())
		}
		idx := sortedIndex(names)
		for _, i := range idx {
			val := rv.MapIndex(keys[i]).Interface()
			if !isNilValue(val) {
				out.Set(names[i], val)
			}
		}
	case reflect.Struct:
		t := rv.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			val := rv.Field(i).Interface()
			if !isNilValue(val) {
				out.Set(jsonName(f), val)
			}
		}
	default:
		return nil, false
	}
	return out, true
}
