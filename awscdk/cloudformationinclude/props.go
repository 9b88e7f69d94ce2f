package cloudformationinclude

import (
	"reflect"
	"strconv"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/ojson"
)

// fillProps sets the fields of the props struct dst (a pointer) from the
// parsed template properties, matching each field's `cfn` tag, the way the
// generated fromCloudFormation functions of aws-cdk-lib map CloudFormation
// names to typed props. It returns the properties no field takes, which the
// caller keeps as property overrides, as aws-cdk-lib does.
func fillProps(dst reflect.Value, props *ojson.Object) *ojson.Object {
	extra := ojson.New()
	if props == nil {
		return extra
	}
	st := dst.Elem()
	pkg := st.Type().PkgPath()
	pkg = pkg[strings.LastIndex(pkg, "/")+1:]
	fields := map[string]int{}
	descs := map[string]string{}
	for i := 0; i < st.NumField(); i++ {
		tag := st.Type().Field(i).Tag.Get("cfn")
		if tag == "" {
			continue
		}
		name, desc, _ := strings.Cut(tag, ",")
		fields[name] = i
		descs[name] = desc
	}
	for _, k := range props.Keys() {
		v, _ := props.Get(k)
		i, ok := fields[k]
		if !ok {
			extra.Set(k, v)
			continue
		}
		f := st.Field(i)
		if conv, ok := convert(f.Type(), v, descs[k], pkg); ok {
			f.Set(conv)
		} else {
			extra.Set(k, v)
		}
	}
	return extra
}

// convertDesc converts v for an interface{} field whose cfn tag describes
// the accepted kinds: s, n, b, d, j (JSON), [X] (list), {X} (map),
// property type names, separated by |; no description means a string or a
// reference (or JSON).
func convertDesc(v interface{}, desc, pkg string) interface{} {
	v = plain(v)
	if v == nil {
		return nil
	}
	alts := splitAlts(desc)
	has := func(a string) bool {
		for _, x := range alts {
			if x == a {
				return true
			}
		}
		return false
	}
	if _, ok := v.(awscdk.IResolvable); ok {
		switch {
		case desc == "" || has("s"):
			return awscdk.Token_AsString(v, nil)
		case has("n"):
			return awscdk.Token_AsNumber(v)
		}
		return v
	}
	for _, a := range alts {
		switch {
		case a == "b":
			if b, ok := boolValue(v); ok {
				return b
			}
		case a == "s":
			switch x := v.(type) {
			case string:
				return x
			case float64:
				if !has("n") {
					return ojson.FormatNumber(x)
				}
			case bool:
				if !has("b") {
					return strconv.FormatBool(x)
				}
			}
		case a == "n":
			switch x := v.(type) {
			case float64:
				return x
			case string:
				if f, err := strconv.ParseFloat(strings.TrimSpace(x), 64); err == nil {
					return f
				}
			}
		case a == "j":
			return v
		case strings.HasPrefix(a, "["):
			if l, ok := v.([]interface{}); ok {
				out := make([]interface{}, len(l))
				for i := range l {
					out[i] = convertDesc(l[i], a[1:len(a)-1], pkg)
				}
				return out
			}
		case strings.HasPrefix(a, "{"):
			if o, ok := v.(*ojson.Object); ok {
				// Kept in template order (a Go map would sort it), as a
				// token the L1 renders as it is.
				out := ojson.NewSize(o.Len())
				for _, k := range o.Keys() {
					e, _ := o.Get(k)
					out.Set(k, convertDesc(e, a[1:len(a)-1], pkg))
				}
				return &literal{v: out}
			}
		case a == "d":
			return v
		default:
			o, ok := v.(*ojson.Object)
			if !ok {
				continue
			}
			if t := propertyType(pkg, a); t != nil {
				p := reflect.New(t)
				if extra := fillProps(p, o); extra.Len() == 0 {
					return p.Interface()
				}
			}
			return &literal{v: v}
		}
	}
	if _, ok := v.(*ojson.Object); ok {
		return &literal{v: v}
	}
	if l, ok := v.([]interface{}); ok && desc == "" {
		out := make([]interface{}, len(l))
		for i := range l {
			out[i] = convertDesc(l[i], "", pkg)
		}
		return out
	}
	return v
}

// splitAlts splits a description at the | outside brackets.
func splitAlts(desc string) []string {
	if desc == "" {
		return nil
	}
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(desc); i++ {
		switch desc[i] {
		case '[', '{':
			depth++
		case ']', '}':
			depth--
		case '|':
			if depth == 0 {
				out = append(out, desc[start:i])
				start = i + 1
			}
		}
	}
	return append(out, desc[start:])
}

// convert makes v (a parsed template value) a value of Go type t, as
// aws-cdk-lib's FromCloudFormation.get* mappers do; ok is false when v does
// not fit t.
func convert(t reflect.Type, v interface{}, desc, pkg string) (reflect.Value, bool) {
	v = plain(v)
	if v == nil {
		return reflect.Zero(t), true
	}
	_, resolvable := v.(awscdk.IResolvable)
	switch t {
	case reflect.TypeOf((*string)(nil)):
		switch x := v.(type) {
		case string:
			return reflect.ValueOf(&x), true
		case float64:
			s := ojson.FormatNumber(x)
			return reflect.ValueOf(&s), true
		case bool:
			s := strconv.FormatBool(x)
			return reflect.ValueOf(&s), true
		}
		if resolvable {
			return reflect.ValueOf(awscdk.Token_AsString(v, nil)), true
		}
		return reflect.Value{}, false
	case reflect.TypeOf((*float64)(nil)):
		switch x := v.(type) {
		case float64:
			return reflect.ValueOf(&x), true
		case string:
			if f, err := strconv.ParseFloat(strings.TrimSpace(x), 64); err == nil {
				return reflect.ValueOf(&f), true
			}
			if *awscdk.Token_IsUnresolved(x) {
				return reflect.ValueOf(awscdk.Token_AsNumber(x)), true
			}
		}
		if resolvable {
			return reflect.ValueOf(awscdk.Token_AsNumber(v)), true
		}
		return reflect.Value{}, false
	case reflect.TypeOf((*bool)(nil)):
		if b, ok := boolValue(v); ok {
			return reflect.ValueOf(&b), true
		}
		return reflect.Value{}, false
	case reflect.TypeOf((*interface{})(nil)).Elem():
		out := reflect.New(reflect.TypeOf((*interface{})(nil)).Elem()).Elem()
		if c := convertDesc(v, desc, pkg); c != nil {
			out.Set(reflect.ValueOf(c))
		}
		return out, true
	}
	if t.Kind() != reflect.Ptr {
		return reflect.Value{}, false
	}
	el := t.Elem()
	switch el.Kind() {
	case reflect.Slice:
		if resolvable || *awscdk.Token_IsUnresolved(v) {
			if el.Elem() == reflect.TypeOf((*string)(nil)) {
				return reflect.ValueOf(awscdk.Token_AsList(v, nil)), true
			}
			return reflect.Value{}, false
		}
		l, ok := v.([]interface{})
		if !ok {
			return reflect.Value{}, false
		}
		s := reflect.MakeSlice(el, len(l), len(l))
		for i := range l {
			c, ok := convert(el.Elem(), l[i], strings.TrimSuffix(strings.TrimPrefix(desc, "["), "]"), pkg)
			if !ok {
				return reflect.Value{}, false
			}
			s.Index(i).Set(c)
		}
		p := reflect.New(el)
		p.Elem().Set(s)
		return p, true
	case reflect.Map:
		o, ok := v.(*ojson.Object)
		if !ok {
			return reflect.Value{}, false
		}
		m := reflect.MakeMapWithSize(el, o.Len())
		for _, k := range o.Keys() {
			e, _ := o.Get(k)
			c, ok := convert(el.Elem(), e, strings.TrimSuffix(strings.TrimPrefix(desc, "{"), "}"), pkg)
			if !ok {
				return reflect.Value{}, false
			}
			m.SetMapIndex(reflect.ValueOf(k), c)
		}
		p := reflect.New(el)
		p.Elem().Set(m)
		return p, true
	case reflect.Struct:
		o, ok := v.(*ojson.Object)
		if !ok {
			return reflect.Value{}, false
		}
		p := reflect.New(el)
		if extra := fillProps(p, o); extra.Len() > 0 {
			return reflect.Value{}, false
		}
		return p, true
	}
	return reflect.Value{}, false
}

func boolValue(v interface{}) (bool, bool) {
	switch x := v.(type) {
	case bool:
		return x, true
	case string:
		switch x {
		case "true":
			return true, true
		case "false":
			return false, true
		}
	}
	return false, false
}

// plain unwraps the pointers the parser's token functions return.
func plain(v interface{}) interface{} {
	switch x := v.(type) {
	case *string:
		if x == nil {
			return nil
		}
		return *x
	case *[]*string:
		if x == nil {
			return nil
		}
		out := make([]interface{}, len(*x))
		for i, s := range *x {
			out[i] = plain(s)
		}
		return out
	case *float64:
		if x == nil {
			return nil
		}
		return *x
	}
	return v
}
