package jsii

import (
	"fmt"
	"github.com/strata-cdk/strata/internal/tree"
	"reflect"
	"strings"

	"github.com/strata-cdk/strata/jsii/internal/api"
)

// FQN is a jsii fully qualified type name, such as "aws-cdk-lib.Stack".
type FQN api.FQN

// Member is a method or property declared by MemberMethod or
// MemberProperty.
type Member interface {
	goName() string
}

// MemberMethod maps a jsii method name to the Go method implementing it.
type MemberMethod api.MethodOverride

func (m MemberMethod) goName() string { return m.GoMethod }

// MemberProperty maps a jsii property name to the Go getter implementing it.
type MemberProperty api.PropertyOverride

func (m MemberProperty) goName() string { return m.GoGetter }

// UnsafeCast stores from in the interface into points at. Strata's values
// are plain Go values, so the cast succeeds when from (or, for a construct,
// the object the construct tree holds for its node) implements that
// interface; a nil from stores nil. Anything else panics, as aws-cdk-go does
// for a value that is not a jsii object.
func UnsafeCast(from interface{}, into interface{}) {
	target := reflect.ValueOf(into)
	if target.Kind() != reflect.Ptr || target.IsNil() {
		panic(fmt.Errorf("second argument to UnsafeCast must be a pointer to an interface; received %T", into))
	}
	target = target.Elem()
	if target.Kind() != reflect.Interface {
		panic(fmt.Errorf("second argument to UnsafeCast must be a pointer to an interface; received pointer to %v", target.Type()))
	}
	src := reflect.ValueOf(from)
	if !src.IsValid() || ((src.Kind() == reflect.Ptr || src.Kind() == reflect.Interface) && src.IsNil()) {
		target.Set(reflect.Zero(target.Type()))
		return
	}
	if src.Type().AssignableTo(target.Type()) {
		target.Set(src)
		return
	}
	if h := treeHost(src); h.IsValid() && h.Type().AssignableTo(target.Type()) {
		target.Set(h)
		return
	}
	panic(fmt.Errorf("UnsafeCast: %T does not implement %v", from, target.Type()))
}

// treeHost returns the object the construct tree holds for v's node, when
// v is a construct whose node knows one (a user's struct embedding it).
func treeHost(v reflect.Value) reflect.Value {
	m := v.MethodByName("Node")
	if !m.IsValid() || m.Type().NumIn() != 0 || m.Type().NumOut() != 1 {
		return reflect.Value{}
	}
	n := m.Call(nil)[0]
	if n.Kind() == reflect.Interface && n.IsNil() {
		return reflect.Value{}
	}
	st := tree.Of(n.Interface())
	if st == nil || st.Host == nil {
		return reflect.Value{}
	}
	return reflect.ValueOf(st.Host)
}

// goMember turns a jsii member name (camelCase) into the Go method name
// aws-cdk-go gives it.
func goMember(name string) string {
	if name == "" {
		return name
	}
	return strings.ToUpper(name[:1]) + name[1:]
}

// call invokes obj's Go method for the jsii member name with args; nil
// arguments become the zero value of the parameter type.
func call(obj interface{}, name string, args []interface{}) []reflect.Value {
	v := reflect.ValueOf(obj)
	if !v.IsValid() {
		panic(fmt.Errorf("cannot call %q on a nil object", name))
	}
	m := v.MethodByName(name)
	if !m.IsValid() {
		panic(fmt.Errorf("%T has no method %s", obj, name))
	}
	mt := m.Type()
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		var pt reflect.Type
		switch {
		case mt.IsVariadic() && i >= mt.NumIn()-1:
			pt = mt.In(mt.NumIn() - 1).Elem()
		case i < mt.NumIn():
			pt = mt.In(i)
		default:
			panic(fmt.Errorf("%T.%s takes %d arguments, got %d", obj, name, mt.NumIn(), len(args)))
		}
		if a == nil {
			in[i] = reflect.Zero(pt)
			continue
		}
		av := reflect.ValueOf(a)
		if !av.Type().AssignableTo(pt) {
			panic(fmt.Errorf("%T.%s: argument %d is %T, want %v", obj, name, i+1, a, pt))
		}
		in[i] = av
	}
	if len(in) < mt.NumIn() && !(mt.IsVariadic() && len(in) == mt.NumIn()-1) {
		for i := len(in); i < mt.NumIn(); i++ {
			if mt.IsVariadic() && i == mt.NumIn()-1 {
				break
			}
			in = append(in, reflect.Zero(mt.In(i)))
		}
	}
	return m.Call(in)
}

// store writes the first result into the value ret points at.
func store(out []reflect.Value, ret interface{}) {
	if ret == nil || len(out) == 0 {
		return
	}
	rv := reflect.ValueOf(ret)
	if rv.Kind() != reflect.Ptr || rv.IsNil() {
		panic(fmt.Errorf("the result argument must be a non-nil pointer; received %T", ret))
	}
	dst := rv.Elem()
	res := out[0]
	if res.Kind() == reflect.Interface && !res.IsNil() && !res.Type().AssignableTo(dst.Type()) {
		res = res.Elem()
	}
	if !res.Type().AssignableTo(dst.Type()) {
		panic(fmt.Errorf("cannot store a %v result in a %v", res.Type(), dst.Type()))
	}
	dst.Set(res)
}

// Invoke calls obj's method (given by its jsii name, e.g. "toString") with
// args and stores the result in ret, a pointer.
func Invoke(obj interface{}, method string, args []interface{}, ret interface{}) {
	store(call(obj, goMember(method), args), ret)
}

// InvokeVoid calls obj's method (given by its jsii name) with args.
func InvokeVoid(obj interface{}, method string, args []interface{}) {
	call(obj, goMember(method), args)
}

// Get reads obj's property (given by its jsii name, e.g. "node") into ret,
// a pointer.
func Get(obj interface{}, property string, ret interface{}) {
	store(call(obj, goMember(property), nil), ret)
}

// Set writes obj's property (given by its jsii name) through its Set method.
func Set(obj interface{}, property string, value interface{}) {
	call(obj, "Set"+goMember(property), []interface{}{value})
}
