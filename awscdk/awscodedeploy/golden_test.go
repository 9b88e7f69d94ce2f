package awscodedeploy_test

import (
	"regexp"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/golden"
)

// The comparisons against aws-cdk-lib's twins live in internal/golden.

func checkTemplates(t *testing.T, cases map[string]func(s awscdk.Stack), props func(name string) *awscdk.StackProps) {
	t.Helper()
	golden.CheckTemplates(t, cases, props, ownHandler)
}

func checkErrors(t *testing.T, cases map[string]func(s awscdk.Stack), fix func(string) string) {
	t.Helper()
	golden.CheckErrors(t, cases, fix)
}

func synthErr(t *testing.T, build func(app awscdk.App)) error {
	t.Helper()
	return golden.SynthErr(t, build)
}

var s3Key = regexp.MustCompile(`"S3Key": "([0-9a-f]{64}\.zip)"`)

// ownHandler puts the asset of Strata's restrict-default-security-group
// handler (the VPCs of the ECS cases create one) where aws-cdk-lib's
// template names its own: the one place the templates may differ.
func ownHandler(t *testing.T, want, got []byte) []byte {
	theirs, ours := s3Key.FindSubmatch(want), s3Key.FindSubmatch(got)
	if theirs != nil && ours != nil {
		return []byte(regexp.MustCompile(regexp.QuoteMeta(string(theirs[1]))).ReplaceAllLiteralString(string(want), string(ours[1])))
	}
	return want
}
