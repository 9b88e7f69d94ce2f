package awsstepfunctionstasks_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/golden"
)

// The comparisons against aws-cdk-lib's twins (testdata/twins.js) live in
// internal/golden.

func TestTemplates(t *testing.T) {
	golden.CheckTemplates(t, templateCases, func(string) *awscdk.StackProps { return nil }, nil)
}

func TestErrors(t *testing.T) {
	golden.CheckErrors(t, errorCases, nil)
}
