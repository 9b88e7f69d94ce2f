package awssqs

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

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

// validation adapts a func to constructs.IValidation.
type validation = l2.Validation

func strs(p *[]*string) []string {
	if p == nil {
		return nil
	}
	out := make([]string, 0, len(*p))
	for _, s := range *p {
		if s != nil {
			out = append(out, *s)
		}
	}
	return out
}

func strPtrs(xs []string) []*string {
	vals := append([]string(nil), xs...) // one allocation for all the strings
	out := make([]*string, len(xs))
	for i := range vals {
		out[i] = &vals[i]
	}
	return out
}

// seconds is d in whole seconds, or nil.
func seconds(d awscdk.Duration) *float64 {
	if d == nil {
		return nil
	}
	return d.ToSeconds(nil)
}

// enumValue is the value aws-cdk-lib gives an enum member (Go's enum
// constants hold the member names).
func enumValue[E ~string](values map[E]string, e E) string {
	if v, ok := values[e]; ok {
		return v
	}
	return string(e)
}
