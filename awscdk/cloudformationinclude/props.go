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
	fields := map[string]int{}
	bools := map[string]bool{}
	for i := 0; i < st.NumField(); i++ {
		tag := st.Type().Field(i).Tag.Get("cfn")
		if tag == "" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		fields[name] = i
		bools[name] = opts == "b"
	}
	for _, k := range props.Keys() {
		v, _ := props.Get(k)
		i, ok := fields[k]
		if !ok {
			extra.Set(k, v)
			continue
		}
		f := st.Field(i)
		if conv, ok := convert(f.Type(), v, bools[k]); ok {
			f.Set(conv)
		} else {
			extra.Set(k, v)
		}
	}
	return extra
}

var (
	tString = reflect.TypeOf((*string)(nil))
	tFloat  = reflect.TypeOf((*float64)(nil))
	tBool   = reflect.TypeOf((*bool)(nil))
	tIface  = reflect.TypeOf((*interface{})(nil)).Elem()
)

// convert makes v (a parsed template value) a value of Go type t, as
// aws-cdk-lib's FromCloudFormation.get* mappers do; ok is false when v does
// not fit t.
func convert(t reflect.Type, v interface{}, boolish bool) (reflect.Value, bool) {
	if v == nil {
		return reflect.Zero(t), true
	}
	_, resolvable := v.(awscdk.IResolvable)
	switch t {
	case tString:
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
	case tFloat:
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
	case tBool:
		if b, ok := boolValue(v); ok {
			return reflect.ValueOf(&b), true
		}
		return reflect.Value{}, false
	case tIface:
		if boolish {
			if b, ok := boolValue(v); ok {
				return reflect.ValueOf(&b).Elem().Convert(tIface), true
			}
		}
		out := reflect.New(tIface).Elem()
		out.Set(reflect.ValueOf(v))
		return out, true
	}
	if t.Kind() != reflect.Ptr {
		return reflect.Value{}, false
	}
	el := t.Elem()
	switch el.Kind() {
	case reflect.Slice:
		if resolvable || *awscdk.Token_IsUnresolved(v) {
			if el.Elem() == tString {
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
			c, ok := convert(el.Elem(), l[i], boolish)
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
			c, ok := convert(el.Elem(), e, boolish)
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
