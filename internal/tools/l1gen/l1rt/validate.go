package l1rt

import (
	"fmt"
	"reflect"
	"strings"
	"time"

	"github.com/strata-cdk/strata/constructs"
)

// Validate registers a validation on the L1 r that checks, at synth, the
// values in props that Go's types cannot: those of interface{} fields, whose
// `cfn` tag carries the jsii type after the CloudFormation name
// (`cfn:"CorsRules,[CfnBucket_CorsRuleProperty]"`). Descriptions:
//
//	s n b d j   string, number, boolean, date, anything
//	[T] {T}     list of T, map of T
//	Name        a property type (struct) of that Go name
//	T|T         either
//
// Tokens are accepted anywhere, as aws-cdk-lib accepts intrinsics; so are
// maps where a property type is expected. isUnresolved is
// awscdk.Token_IsUnresolved.
func Validate(r constructs.IConstruct, props interface{}, isUnresolved func(interface{}) *bool) {
	r.Node().AddValidation(&validation{r: r, props: props, isUnresolved: isUnresolved})
}

type validation struct {
	r            constructs.IConstruct
	props        interface{}
	isUnresolved func(interface{}) *bool
}

func (v *validation) Validate() *[]*string {
	var errs []string
	v.structFields(reflect.ValueOf(v.props), "", &errs)
	prefix := ""
	if t, ok := v.r.(interface{ CfnResourceType() *string }); ok {
		prefix = *t.CfnResourceType() + ": "
	}
	out := make([]*string, len(errs))
	for i, e := range errs {
		s := prefix + e
		out[i] = &s
	}
	return &out
}

func deref(v reflect.Value) reflect.Value {
	for v.Kind() == reflect.Ptr || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return reflect.Value{}
		}
		v = v.Elem()
	}
	return v
}

// structFields checks the fields of a props struct or property type.
func (v *validation) structFields(sv reflect.Value, path string, errs *[]string) {
	sv = deref(sv)
	if !sv.IsValid() || sv.Kind() != reflect.Struct {
		return
	}
	t := sv.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		fv := sv.Field(i)
		if !deref(fv).IsValid() {
			continue
		}
		name, desc, _ := strings.Cut(f.Tag.Get("cfn"), ",")
		if name == "" {
			name = f.Name
		}
		p := name
		if path != "" {
			p = path + "." + name
		}
		if desc != "" {
			v.check(fv, desc, p, errs)
		} else {
			v.nested(fv, p, errs)
		}
	}
}

// nested checks property types inside a value whose Go type is precise.
func (v *validation) nested(x reflect.Value, path string, errs *[]string) {
	x = deref(x)
	if !x.IsValid() {
		return
	}
	switch x.Kind() {
	case reflect.Struct:
		v.structFields(x, path, errs)
	case reflect.Slice, reflect.Array:
		for i := 0; i < x.Len(); i++ {
			v.nested(x.Index(i), fmt.Sprintf("%s[%d]", path, i), errs)
		}
	case reflect.Map:
		for _, k := range x.MapKeys() {
			v.nested(x.MapIndex(k), fmt.Sprintf("%s[%v]", path, k.Interface()), errs)
		}
	}
}

// token reports whether x is a token: an IResolvable (anything with a
// Resolve method) or a value encoding one.
func (v *validation) token(x reflect.Value) bool {
	if !x.IsValid() || !x.CanInterface() {
		return false
	}
	i := x.Interface()
	if i == nil {
		return false
	}
	if reflect.ValueOf(i).MethodByName("Resolve").IsValid() {
		return true
	}
	u := v.isUnresolved(i)
	return u != nil && *u
}

// check reports x, found at path, unless it is of the described type.
func (v *validation) check(x reflect.Value, desc, path string, errs *[]string) {
	orig := x
	x = deref(x)
	if !x.IsValid() || v.token(orig) || v.token(x) {
		return
	}
	for _, alt := range splitUnion(desc) {
		if ok, deeper := v.matches(x, alt, path); ok {
			*errs = append(*errs, deeper...)
			return
		}
	}
	*errs = append(*errs, fmt.Sprintf("property %s should be %s, got %s", path, describe(desc), describeValue(x)))
}

// matches reports whether x has the kind alt describes, and the problems
// found inside it.
func (v *validation) matches(x reflect.Value, alt, path string) (bool, []string) {
	var errs []string
	switch {
	case alt == "j":
		return true, nil
	case alt == "s":
		return x.Kind() == reflect.String, nil
	case alt == "b":
		return x.Kind() == reflect.Bool, nil
	case alt == "n":
		switch x.Kind() {
		case reflect.Float32, reflect.Float64, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
			reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
			return true, nil
		}
		return false, nil
	case alt == "d":
		_, ok := x.Interface().(time.Time)
		return ok, nil
	case strings.HasPrefix(alt, "["):
		if x.Kind() != reflect.Slice && x.Kind() != reflect.Array {
			return false, nil
		}
		el := alt[1 : len(alt)-1]
		for i := 0; i < x.Len(); i++ {
			v.check(x.Index(i), el, fmt.Sprintf("%s[%d]", path, i), &errs)
		}
		return true, errs
	case strings.HasPrefix(alt, "{"):
		if x.Kind() != reflect.Map {
			return false, nil
		}
		el := alt[1 : len(alt)-1]
		for _, k := range x.MapKeys() {
			v.check(x.MapIndex(k), el, fmt.Sprintf("%s[%v]", path, k.Interface()), &errs)
		}
		return true, errs
	default: // a property type
		if x.Kind() == reflect.Map {
			return true, nil
		}
		if x.Kind() != reflect.Struct || x.Type().Name() != alt {
			return false, nil
		}
		v.structFields(x, path, &errs)
		return true, errs
	}
}

// splitUnion splits a description at the | outside brackets.
func splitUnion(desc string) []string {
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

func describe(desc string) string {
	alts := splitUnion(desc)
	var words []string
	for _, a := range alts {
		switch {
		case a == "s":
			words = append(words, "a string")
		case a == "n":
			words = append(words, "a number")
		case a == "b":
			words = append(words, "a boolean")
		case a == "d":
			words = append(words, "a time.Time")
		case a == "j":
			words = append(words, "any value")
		case strings.HasPrefix(a, "["):
			words = append(words, "a list of "+element(a[1:len(a)-1]))
		case strings.HasPrefix(a, "{"):
			words = append(words, "a map of "+element(a[1:len(a)-1]))
		default:
			words = append(words, "a "+a)
		}
	}
	return strings.Join(words, " or ")
}

// element describes the elements of a list or map: "string",
// "(string or CfnX_YProperty)".
func element(desc string) string {
	alts := splitUnion(desc)
	words := make([]string, len(alts))
	for i, a := range alts {
		words[i] = strings.TrimPrefix(strings.TrimPrefix(describe(a), "a "), "any ")
	}
	if len(words) == 1 {
		return words[0]
	}
	return "(" + strings.Join(words, " or ") + ")"
}

func describeValue(x reflect.Value) string {
	switch x.Kind() {
	case reflect.String:
		return fmt.Sprintf("string %q", x.String())
	case reflect.Bool, reflect.Float32, reflect.Float64, reflect.Int, reflect.Int64, reflect.Int32:
		return fmt.Sprintf("%s %v", x.Kind(), x.Interface())
	}
	if x.CanAddr() {
		if c, ok := x.Addr().Interface().(constructs.IConstruct); ok {
			return "the construct " + *c.Node().Path()
		}
	}
	return x.Type().String()
}
