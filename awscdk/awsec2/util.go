package awsec2

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
// ValidationError thrown from a constructor or method does.
func throw(c constructs.IConstruct, format string, args ...interface{}) {
	l2.Throw(c, format, args...)
}

func str(s string) *string   { return &s }
func num(f float64) *float64 { return &f }
func boolp(b bool) *bool     { return &b }
func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
func truthy(b *bool) bool { return b != nil && *b }

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

func strPtrs(xs []string) *[]*string {
	out := make([]*string, len(xs))
	for i := range xs {
		s := xs[i]
		out[i] = &s
	}
	return &out
}

// featureEnabled reports a feature flag as aws-cdk-lib's FeatureFlags.of does.
func featureEnabled(c constructs.IConstruct, flag string) bool {
	return truthy(awscdk.FeatureFlags_Of(c).IsEnabled(&flag))
}

// slugify keeps only ASCII letters and digits, as construct ids built from
// names need.
func slugify(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			b = append(b, c)
		}
	}
	return string(b)
}
