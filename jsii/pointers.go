package jsii

import "time"

// basicType lists the value types aws-cdk-go's jsii.Ptr accepts.
type basicType interface {
	bool | string | float64 | time.Time
}

// Ptr returns a pointer to v.
func Ptr[T basicType](v T) *T { return &v }

// PtrSlice returns a pointer to a slice of pointers to v's elements.
func PtrSlice[T basicType](v ...T) *[]*T {
	out := make([]*T, len(v))
	for i := range v {
		out[i] = Ptr(v[i])
	}
	return &out
}

// AnyStrings returns a pointer to a slice of interface{} holding v's
// elements, the shape union-typed list properties take.
func AnyStrings(v ...string) *[]interface{} {
	out := make([]interface{}, len(v))
	for i := range v {
		out[i] = v[i]
	}
	return &out
}

// AnyNumbers returns a pointer to a slice of interface{} holding v's
// elements as float64.
func AnyNumbers[T numberType](v ...T) *[]interface{} {
	out := make([]interface{}, len(v))
	for i := range v {
		out[i] = float64(v[i])
	}
	return &out
}

// AnySlice turns a pointer to a slice of pointers into a pointer to a slice
// of interface{} holding the pointed-to values (nil stays nil).
func AnySlice[T any](v *[]*T) *[]interface{} {
	if v == nil {
		return nil
	}
	out := make([]interface{}, len(*v))
	for i, p := range *v {
		if p != nil {
			out[i] = *p
		}
	}
	return &out
}
