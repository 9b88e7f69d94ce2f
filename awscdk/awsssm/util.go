package awsssm

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

func isUnresolved(x interface{}) bool { return *awscdk.Token_IsUnresolved(x) }

func strp(s string) *string { return &s }

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
