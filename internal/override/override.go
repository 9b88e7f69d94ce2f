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

// Embed stores inner in the embedded interface field of outer that can hold
// it. outer must be a non-nil pointer to a struct. A field whose type is want
// wins over any other field inner implements; fields are searched breadth
// first, through embedded structs and non-nil pointers to structs, the way Go
// promotes methods.
func Embed(outer interface{}, inner interface{}, want reflect.Type) error {
	ov := reflect.ValueOf(outer)
	if !ov.IsValid() || ov.Kind() != reflect.Ptr || ov.IsNil() || ov.Elem().Kind() != reflect.Struct {
		return fmt.Errorf("the value given to the _Override constructor must be a non-nil pointer to a struct that embeds %s; got %T", typeName(want), outer)
	}
	iv := reflect.ValueOf(inner)
	var fallback reflect.Value
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
				if !iv.Type().Implements(f.Type) {
					continue
				}
				if f.Type == want {
					fv.Set(iv)
					return nil
				}
				if !fallback.IsValid() {
					fallback = fv
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
	if fallback.IsValid() {
		fallback.Set(iv)
		return nil
	}
	return fmt.Errorf("%T embeds no %s: declare it as `struct{ %s }` to use the _Override constructor", outer, typeName(want), typeName(want))
}

func typeName(t reflect.Type) string {
	if t == nil {
		return "construct interface"
	}
	return t.String()
}
