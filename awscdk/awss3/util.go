package awss3

import (
	"github.com/strata-cdk/strata/internal/l2"
	"reflect"
	"sort"

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

func boolp(b bool) *bool { return &b }

func num(f float64) *float64 { return &f }

func isTrue(b *bool) bool { return b != nil && *b }

func isUnresolved(x interface{}) bool { return *awscdk.Token_IsUnresolved(x) }

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
// every other one, naming c's path, as aws-cdk-lib's ValidationError names
// the construct.
func addError(c constructs.IConstruct, format string, args ...interface{}) {
	l2.AddError(c, format, args...)
}

// throwScoped stops at once with a mistake about construct c, for the few
// cases where carrying on would only produce confusing follow-up errors.
func throwScoped(c constructs.IConstruct, format string, args ...interface{}) {
	l2.Throw(c, format, args...)
}

// validation adapts a func to constructs.IValidation.
type validation = l2.Validation

// strs turns Go strings into the *[]*string jsii hands around.
func strs(xs ...string) *[]*string {
	vals := append([]string(nil), xs...) // one allocation for all the strings
	out := make([]*string, len(xs))
	for i := range vals {
		out[i] = &vals[i]
	}
	return &out
}

// keyPattern reads the objectsKeyPattern of the grant methods, which
// aws-cdk-go types as interface{}: a *string, a string or nil ("*").
func keyPattern(p interface{}) string {
	switch v := p.(type) {
	case nil:
		return "*"
	case *string:
		if v == nil {
			return "*"
		}
		return *v
	case string:
		return v
	}
	return *awscdk.Token_AsString(p, nil)
}

func featureEnabled(c constructs.IConstruct, flag string) bool {
	return *awscdk.FeatureFlags_Of(c).IsEnabled(str(flag))
}

func sortedKeys(m map[string]interface{}) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// stringValue reads a value that aws-cdk-go types as interface{} but that
// must be a string.
func stringValue(v interface{}) *string {
	switch x := v.(type) {
	case string:
		return &x
	case *string:
		return x
	}
	return awscdk.Token_AsString(v, nil)
}
