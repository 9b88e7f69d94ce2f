package awsecr

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

func isUnresolved(x interface{}) bool { return *awscdk.Token_IsUnresolved(x) }

func strp(s string) *string { return &s }

func boolp(b bool) *bool { return &b }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// throw stops with a mistake about construct c, as an aws-cdk-lib
// ValidationError does.
func throw(c constructs.IConstruct, format string, args ...interface{}) {
	l2.Throw(c, format, args...)
}

// ptrs copies xs into fresh pointers, so that no caller can reach into the
// package's constant tables.
func ptrs(xs ...string) []*string {
	out := make([]*string, len(xs))
	for i := range xs {
		x := xs[i]
		out[i] = &x
	}
	return out
}

// anyProducer adapts a func to awscdk.IAnyProducer.
type anyProducer func() interface{}

func (f anyProducer) Produce(awscdk.IResolveContext) interface{} { return f() }
