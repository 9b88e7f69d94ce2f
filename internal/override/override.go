// Package override carries out aws-cdk-go's `New<Type>_Override`
// constructors. A Go program subclasses a construct by embedding its
// interface in a struct of its own (`type MyStack struct{ awscdk.Stack }`)
// and handing a pointer to that struct to `awscdk.NewStack_Override`; the
// constructor builds the construct and stores it in the embedded field, so
// every method the struct does not redefine reaches Strata's implementation.
//
// As in aws-cdk-go, methods the struct redefines are not called back by
// Strata's own code (Go has no virtual dispatch); only the callback
// interfaces (IAspect.Visit, IValidation.Validate, IResolvable.Resolve, ...)
// reach user code, because Strata calls them through the interface the user
// hands in.
package override

import (
	"fmt"
	"reflect"
)

// Embed stores inner in the embedded field of type want of outer, which must
// be a non-nil pointer to a struct. Fields are searched breadth first,
// through embedded structs and non-nil pointers to structs, the way Go
// promotes methods. Only a field of exactly that type qualifies: a value of
// Strata's own (which embeds other interfaces) is refused rather than
// rewired.
func Embed(outer interface{}, inner interface{}, want reflect.Type) error {
	ov := reflect.ValueOf(outer)
	if !ov.IsValid() || ov.Kind() != reflect.Ptr || ov.IsNil() || ov.Elem().Kind() != reflect.Struct {
		return fmt.Errorf("the value given to the _Override constructor must be a non-nil pointer to a struct that embeds %s; got %T", typeName(want), outer)
	}
	iv := reflect.ValueOf(inner)
	if f, ok := EmbeddedField(outer, want); ok && iv.Type().Implements(want) {
		f.Set(iv)
		return nil
	}
	return fmt.Errorf("%T embeds no %s: declare it as `struct{ %s }` to use the _Override constructor", outer, typeName(want), typeName(want))
}

// EmbeddedField is the first embedded field of interface type want in the
// struct outer points to, searched breadth first through embedded structs
// and non-nil pointers to structs, the way Go promotes methods.
func EmbeddedField(outer interface{}, want reflect.Type) (reflect.Value, bool) {
	ov := reflect.ValueOf(outer)
	if !ov.IsValid() || ov.Kind() != reflect.Ptr || ov.IsNil() || ov.Elem().Kind() != reflect.Struct {
		return reflect.Value{}, false
	}
	queue := []reflect.Value{ov.Elem()}
	for len(queue) > 0 {
		sv := queue[0]
		queue = queue[1:]
		st := sv.Type()
		for i := 0; i < st.NumField(); i++ {
			f := st.Field(i)
			if !f.Anonymous || !f.IsExported() {
				continue
			}
			fv := sv.Field(i)
			switch f.Type.Kind() {
			case reflect.Interface:
				if f.Type == want {
					return fv, true
				}
			case reflect.Struct:
				queue = append(queue, fv)
			case reflect.Ptr:
				if !fv.IsNil() && f.Type.Elem().Kind() == reflect.Struct {
					queue = append(queue, fv.Elem())
				}
			}
		}
	}
	return reflect.Value{}, false
}

func typeName(t reflect.Type) string {
	if t == nil {
		return "construct interface"
	}
	return t.String()
}
