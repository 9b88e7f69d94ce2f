// Package l1rt is the runtime half of the L1 generator (internal/tools/l1gen):
// the few behaviours every generated service package shares and that are
// better written once than generated 300 times. Generated code is its only
// user. It does not import awscdk, so that the L1s generated into awscdk
// itself (CfnStack, ...) can use it too.
package l1rt

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/strata-cdk/strata/constructs"
	strhost "github.com/strata-cdk/strata/internal/host"
)

// ParseArn matches arn against template ("arn:${Partition}:s3:::${BucketName}")
// and returns the variables, as aws-cdk-lib's TemplateString.parse does.
func ParseArn(template string, arn *string) map[string]*string {
	input := ""
	if arn != nil {
		input = *arn
	}
	fail := func() {
		panic(fmt.Errorf("Input %s does not match template %s", input, template))
	}
	out := map[string]*string{}
	pos := 0
	rest := template
	for rest != "" {
		open := strings.Index(rest, "${")
		if open < 0 {
			if !strings.HasPrefix(input[pos:], rest) {
				fail()
			}
			pos += len(rest)
			break
		}
		lit := rest[:open]
		if !strings.HasPrefix(input[pos:], lit) {
			fail()
		}
		pos += len(lit)
		closing := strings.Index(rest[open:], "}") + open
		name := rest[open+2 : closing]
		rest = rest[closing+1:]
		next := rest
		if i := strings.Index(next, "${"); i >= 0 {
			next = next[:i]
		}
		var value string
		if next != "" {
			end := strings.Index(input[pos:], next)
			if end < 0 {
				fail()
			}
			value = input[pos : pos+end]
			pos += end
		} else {
			value = input[pos:]
			pos = len(input)
		}
		v := value
		out[name] = &v
	}
	if pos != len(input) {
		fail()
	}
	return out
}

// Interpolate fills template's ${Name} placeholders from vars.
func Interpolate(template string, vars map[string]*string) *string {
	var b strings.Builder
	rest := template
	for {
		open := strings.Index(rest, "${")
		if open < 0 {
			b.WriteString(rest)
			break
		}
		closing := strings.Index(rest[open:], "}") + open
		name := rest[open+2 : closing]
		v, ok := vars[name]
		if !ok || v == nil {
			panic(fmt.Errorf("Variable %s not provided for template interpolation", name))
		}
		b.WriteString(rest[:open])
		b.WriteString(*v)
		rest = rest[closing+1:]
	}
	s := b.String()
	return &s
}

// Ref turns a value given for a `string | IXxxRef` property into the string
// aws-cdk-lib keeps: the first of the reference fields ("RoleRef.RoleArn")
// the value offers, or the value itself when it is a string. Anything else is
// reported on host when the app validates.
func Ref(host constructs.IConstruct, v interface{}, prop, want string, alts ...string) interface{} {
	if isNil(v) {
		return v
	}
	if s, ok := refField(v, alts); ok {
		return s
	}
	switch v.(type) {
	case string, *string:
		return v
	}
	got := fmt.Sprintf("%T", v)
	if c, ok := v.(constructs.IConstruct); ok {
		got = "the construct " + *c.Node().Path()
	}
	msg := fmt.Sprintf("property %s should be one of %s, got %s", prop, want, got)
	if t, ok := host.(interface{ CfnResourceType() *string }); ok {
		msg = *t.CfnResourceType() + ": " + msg
	}
	host.Node().AddValidation(&badRef{msg: msg})
	return v
}

// RefList is Ref for each element of a list.
func RefList(host constructs.IConstruct, v *[]interface{}, prop, want string, alts ...string) *[]interface{} {
	if v == nil {
		return nil
	}
	out := make([]interface{}, len(*v))
	for i, x := range *v {
		out[i] = Ref(host, x, prop, want, alts...)
	}
	return &out
}

// String is the string a `string | IXxxRef` property holds after Ref, or
// nil when it holds something else.
func String(v interface{}) *string {
	switch x := v.(type) {
	case *string:
		return x
	case string:
		return &x
	}
	return nil
}

// Strings is String for a list.
func Strings(v *[]interface{}) *[]*string {
	if v == nil {
		return nil
	}
	out := make([]*string, len(*v))
	for i, x := range *v {
		out[i] = String(x)
	}
	return &out
}

// Any is the inverse of Strings, for setters.
func Any(v *[]*string) *[]interface{} {
	if v == nil {
		return nil
	}
	out := make([]interface{}, len(*v))
	for i, x := range *v {
		out[i] = x
	}
	return &out
}

func refField(v interface{}, alts []string) (*string, bool) {
	rv := reflect.ValueOf(v)
	for _, alt := range alts {
		getter, field, _ := strings.Cut(alt, ".")
		m := rv.MethodByName(getter)
		if !m.IsValid() || m.Type().NumIn() != 0 || m.Type().NumOut() != 1 {
			continue
		}
		ref := m.Call(nil)[0]
		for ref.Kind() == reflect.Ptr || ref.Kind() == reflect.Interface {
			if ref.IsNil() {
				return nil, false
			}
			ref = ref.Elem()
		}
		if ref.Kind() != reflect.Struct {
			continue
		}
		fv := ref.FieldByName(field)
		if !fv.IsValid() {
			continue
		}
		if s, ok := fv.Interface().(*string); ok && s != nil {
			return s, true
		}
		panic(fmt.Errorf("Expected '%s' to be defined in reference interface", lowerFirst(field)))
	}
	return nil, false
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

type badRef struct{ msg string }

func (b *badRef) Validate() *[]*string { return &[]*string{&b.msg} }

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

// Override makes c, a pointer to a struct that embeds the interface of the
// L1 r (type MyBucket struct{ awss3.CfnBucket }), an instance of r: the
// embedded field is set to r, and the construct tree hands out c for r.
func Override(c interface{}, r constructs.IConstruct) {
	rv := reflect.ValueOf(c)
	if rv.Kind() != reflect.Ptr || rv.Elem().Kind() != reflect.Struct {
		panic(fmt.Errorf("%T: the _Override constructors take a pointer to a struct embedding the construct's interface", c))
	}
	sv := rv.Elem()
	set := false
	for i := 0; i < sv.NumField(); i++ {
		f := sv.Type().Field(i)
		if f.Anonymous && f.Type.Kind() == reflect.Interface && reflect.TypeOf(r).Implements(f.Type) && sv.Field(i).CanSet() {
			sv.Field(i).Set(reflect.ValueOf(r))
			set = true
			break
		}
	}
	if !set {
		panic(fmt.Errorf("%T embeds no interface that %T implements", c, r))
	}
	if host, ok := c.(constructs.IConstruct); ok {
		strhost.Set(r, host)
	}
}

// Require adds a validation to r that fails with msg unless ok() holds at
// synth.
func Require(r constructs.IConstruct, msg string, ok func() bool) {
	r.Node().AddValidation(&require{msg: msg, ok: ok})
}

type require struct {
	msg string
	ok  func() bool
}

func (q *require) Validate() *[]*string {
	if q.ok() {
		return &[]*string{}
	}
	return &[]*string{&q.msg}
}
