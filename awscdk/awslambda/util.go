package awslambda

import (
	"reflect"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
)

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func isUnresolved(x interface{}) bool { return *awscdk.Token_IsUnresolved(x) }

// addError records a mistake about construct c; synthesis reports it with
// the others, naming c's path.
func addError(c constructs.IConstruct, format string, args ...interface{}) {
	l2.AddError(c, format, args...)
}

// throw stops with a mistake about construct c, as an aws-cdk-lib
// ValidationError thrown from a method does.
func throw(c constructs.IConstruct, format string, args ...interface{}) {
	l2.Throw(c, format, args...)
}

// lazyJSON is an L1 Json-typed property value produced at synthesis, as an
// ordered object (aws-cdk-lib keeps the key order it builds).
type lazyJSON struct{ produce func() interface{} }

func (l *lazyJSON) Resolve(awscdk.IResolveContext) interface{} { return l.produce() }

// isNil reports whether an interface value is nil or holds a nil pointer.
func isNil(v interface{}) bool {
	if v == nil {
		return true
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Ptr, reflect.Interface, reflect.Map, reflect.Slice, reflect.Func:
		return rv.IsNil()
	}
	return false
}

// unscopedThrow stops with a mistake no construct is known for, as
// aws-cdk-lib's UnscopedValidationError does.
func unscopedThrow(msg string) {
	panic(&diag.UserError{Err: diag.Errorf("", "%s", msg)})
}
