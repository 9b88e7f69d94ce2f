package awsstepfunctionstasks_test

import (
	"regexp"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/golden"
)

// The comparisons against aws-cdk-lib's twins (testdata/twins.js) live in
// internal/golden.

func TestTemplates(t *testing.T) {
	golden.CheckTemplates(t, templateCases, func(string) *awscdk.StackProps { return nil }, ownHandler)
}

func TestErrors(t *testing.T) {
	golden.CheckErrors(t, errorCases, nil)
}

// ownHandler puts the asset of Strata's restrict-default-security-group
// handler (the VPC of the ECS case) where aws-cdk-lib's template names its
// own: the one place the templates may differ.
func ownHandler(t *testing.T, want, got []byte) []byte {
	re := regexp.MustCompile(`"S3Key": "([0-9a-f]{64}\.zip)"`)
	theirs, ours := re.FindSubmatch(want), re.FindSubmatch(got)
	if theirs != nil && ours != nil {
		return []byte(regexp.MustCompile(regexp.QuoteMeta(string(theirs[1]))).ReplaceAllLiteralString(string(want), string(ours[1])))
	}
	return want
}
