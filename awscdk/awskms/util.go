package awskms

import (
	"github.com/strata-cdk/strata/awscdk/interfaces"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
)

type interfacesEnv = interfaces.ResourceEnvironment

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

func ptrs(xs []string) *[]*string {
	out := make([]*string, len(xs))
	for i := range xs {
		out[i] = str(xs[i])
	}
	return &out
}

func derefAll(xs *[]*string) []string {
	if xs == nil {
		return nil
	}
	out := make([]string, len(*xs))
	for i, x := range *xs {
		out[i] = deref(x)
	}
	return out
}

func formatNumber(f float64) string { return ojson.FormatNumber(f) }

// addError records a mistake about construct c; synthesis reports it.
func addError(c constructs.IConstruct, format string, args ...interface{}) {
	l2.AddError(c, format, args...)
}

type validation = l2.Validation
