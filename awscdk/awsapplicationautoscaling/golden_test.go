package awsapplicationautoscaling_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/golden"
)

// The comparisons against aws-cdk-lib's twins live in internal/golden.

func checkTemplates(t *testing.T, cases map[string]func(s awscdk.Stack)) {
	t.Helper()
	golden.CheckTemplates(t, cases, nil, nil)
}

func checkErrors(t *testing.T, cases map[string]func(s awscdk.Stack)) {
	t.Helper()
	golden.CheckErrors(t, cases, nil)
}
