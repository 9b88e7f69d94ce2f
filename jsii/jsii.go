// Package jsii offers the value helpers that aws-cdk-go programs call through
// github.com/aws/jsii-runtime-go: String, Number, Bool and friends turn Go
// literals into the pointers the CDK API takes. Strata has no JavaScript
// runtime, so there is nothing to start or stop; Close is where a program that
// ends in a user mistake gets a readable report instead of a panic trace.
package jsii

import (
	"fmt"
	"os"
	"time"

	"github.com/strata-cdk/strata/internal/diag"
)

type numberType interface {
	~float32 | ~float64 | ~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

// String returns a pointer to v.
func String(v string) *string { return &v }

// Strings returns a pointer to a slice of pointers to v's elements.
func Strings(v ...string) *[]*string {
	out := make([]*string, len(v))
	for i := range v {
		out[i] = String(v[i])
	}
	return &out
}

// Number returns a pointer to v converted to float64, the CDK's number type.
func Number[T numberType](v T) *float64 {
	f := float64(v)
	return &f
}

// Numbers returns a pointer to a slice of pointers to v's elements as float64.
func Numbers[T numberType](v ...T) *[]*float64 {
	out := make([]*float64, len(v))
	for i := range v {
		out[i] = Number(v[i])
	}
	return &out
}

// Bool returns a pointer to v.
func Bool(v bool) *bool { return &v }

// Bools returns a pointer to a slice of pointers to v's elements.
func Bools(v ...bool) *[]*bool {
	out := make([]*bool, len(v))
	for i := range v {
		out[i] = Bool(v[i])
	}
	return &out
}

// Time returns a pointer to v.
func Time(v time.Time) *time.Time { return &v }

// Times returns a pointer to a slice of pointers to v's elements.
func Times(v ...time.Time) *[]*time.Time {
	out := make([]*time.Time, len(v))
	for i := range v {
		out[i] = Time(v[i])
	}
	return &out
}

// Sprintf formats like fmt.Sprintf and returns a pointer to the result.
func Sprintf(format string, a ...interface{}) *string {
	s := fmt.Sprintf(format, a...)
	return &s
}

// Close is called by aws-cdk-go programs as `defer jsii.Close()`. Strata has
// no kernel process to stop; because the deferred call runs while a panic
// unwinds, Close turns a panic that carries a user mistake (for example a
// construct with a duplicate id) into a readable message on stderr and exit
// status 1. Any other panic continues as before: it is a bug and keeps its trace.
func Close() {
	r := recover()
	if r == nil {
		return
	}
	if err, ok := r.(error); ok && diag.IsUserError(err) {
		fmt.Fprintln(os.Stderr, diag.Format(err))
		os.Exit(1)
	}
	panic(r)
}
