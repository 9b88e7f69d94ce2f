package awsrds_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/golden"
)

// The comparisons against aws-cdk-lib's twins live in internal/golden.

// The VPCs of the cases restrict their default security group, and log
// exports with a retention use the log retention provider: both run
// handlers whose asset hashes are aws-cdk-lib's own, the one place the
// templates may differ, so the expectation takes Strata's asset keys.
var builtInHandlers = []string{
	"CustomVpcRestrictDefaultSGCustomResourceProviderHandlerDC833E5E",
	"LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8aFD4BFC8A",
}

func ownHandler(t *testing.T, want, got []byte) []byte {
	for _, h := range builtInHandlers {
		theirs, ours := s3Key(want, h), s3Key(got, h)
		if theirs != "" && ours != "" {
			want = []byte(strings.ReplaceAll(string(want), theirs, ours))
		}
	}
	return want
}

func s3Key(doc []byte, handler string) string {
	var d struct {
		Resources map[string]struct {
			Properties struct {
				Code struct{ S3Key string }
			}
		}
	}
	if json.Unmarshal(doc, &d) != nil {
		return ""
	}
	return d.Resources[handler].Properties.Code.S3Key
}

func checkTemplates(t *testing.T, cases map[string]func(s awscdk.Stack), props func(name string) *awscdk.StackProps) {
	t.Helper()
	golden.CheckTemplates(t, cases, props, ownHandler)
}

func checkErrors(t *testing.T, cases map[string]func(s awscdk.Stack), fix func(string) string) {
	t.Helper()
	golden.CheckErrors(t, cases, fix)
}
