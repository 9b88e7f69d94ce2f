package awsrds

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
)

func anyList(xs *[]*string) *[]interface{} {
	if xs == nil {
		return nil
	}
	out := make([]interface{}, len(*xs))
	for i, x := range *xs {
		out[i] = x
	}
	return &out
}

func flag(c constructs.IConstruct, name string) bool {
	return *awscdk.FeatureFlags_Of(c).IsEnabled(&name)
}

type anyProducer func() interface{}

func (f anyProducer) Produce() interface{} { return f() }

// omitFalse is nil for an unset or false flag, as aws-cdk-lib's `x || undefined`.
func boolOrNil(b *bool) interface{} {
	if b == nil {
		return nil
	}
	return b
}

func strOrNil(s *string) interface{} {
	if s == nil {
		return nil
	}
	return s
}

func toLower(s string) string { return strings.ToLower(s) }

func join(xs []string, sep string) string { return strings.Join(xs, sep) }
