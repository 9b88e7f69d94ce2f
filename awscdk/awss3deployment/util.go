package awss3deployment

import (
	"github.com/strata-cdk/strata/internal/l2"
	"reflect"
	"strconv"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
)

func str(s string) *string { return &s }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func boolOr(b *bool, def bool) bool {
	if b == nil {
		return def
	}
	return *b
}

func isUnresolved(x interface{}) bool { return *awscdk.Token_IsUnresolved(x) }

func formatNumber(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

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

// addError records a mistake about construct c; App.Synth reports it with
// every other one, naming c's path.
func addError(c constructs.IConstruct, format string, args ...interface{}) {
	l2.AddError(c, format, args...)
}

// throwScoped stops at once with a mistake about construct c, where going
// on would only lead to confusing follow-up errors.
func throwScoped(c constructs.IConstruct, format string, args ...interface{}) {
	l2.Throw(c, format, args...)
}

// validation adapts a func to constructs.IValidation.
type validation = l2.Validation

type anyProducer func() interface{}

func (p anyProducer) Produce() interface{} { return p() }
