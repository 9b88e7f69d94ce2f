package awscloudwatch

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
)

func isUnresolved(x interface{}) bool { return *awscdk.Token_IsUnresolved(x) }

// addError records a mistake about construct c; synthesis reports it with
// the others, naming c's path.
func addError(c constructs.IConstruct, format string, args ...interface{}) {
	l2.AddError(c, format, args...)
}

// throw stops with a mistake about construct c.
func throw(c constructs.IConstruct, format string, args ...interface{}) {
	l2.Throw(c, format, args...)
}

// throwUnscoped stops with a mistake made outside any construct (a metric,
// a widget), as aws-cdk-lib's UnscopedValidationError does.
func throwUnscoped(format string, args ...interface{}) {
	diag.Panic("", format, args...)
}

func str(s string) *string { return &s }

func num(f float64) *float64 { return &f }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func numOr(f *float64, def float64) float64 {
	if f == nil {
		return def
	}
	return *f
}

// numOrZero is JavaScript's `x || def` for numbers: 0 counts as unset.
func numOrZero(f *float64, def float64) float64 {
	if f == nil || *f == 0 {
		return def
	}
	return *f
}

// seconds is d in whole seconds, or nil.
func seconds(d awscdk.Duration) *float64 {
	if d == nil {
		return nil
	}
	return d.ToSeconds(nil)
}

func secs(d awscdk.Duration) float64 { return *d.ToSeconds(nil) }

// enumValue is the value aws-cdk-lib gives an enum member (Go's enum
// constants hold the member names).
func enumValue[E ~string](values map[E]string, e E) string {
	if v, ok := values[e]; ok {
		return v
	}
	return string(e)
}

// obj builds an ordered JSON object from key/value pairs, leaving out
// unset values as JSON.stringify leaves out undefined.
func obj(kv ...interface{}) *ojson.Object {
	o := ojson.New()
	for i := 0; i+1 < len(kv); i += 2 {
		if v := kv[i+1]; !isNil(v) {
			o.Set(kv[i].(string), v)
		}
	}
	return o
}

func isNil(v interface{}) bool {
	switch x := v.(type) {
	case nil:
		return true
	case *string:
		return x == nil
	case *float64:
		return x == nil
	case *bool:
		return x == nil
	case *ojson.Object:
		return x == nil
	case []interface{}:
		return x == nil
	}
	return false
}

// strOrNil is a string that is left out when empty (an unset enum).
func strOrNil(s string) interface{} {
	if s == "" {
		return nil
	}
	return s
}
