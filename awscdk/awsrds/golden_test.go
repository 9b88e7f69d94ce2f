package awsrds_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/golden"
)

// The comparisons against aws-cdk-lib's twins live in internal/golden.

// The VPCs of the cases restrict their default security group with a
// handler whose asset hash is aws-cdk-lib's own: the one place the
// templates may differ, so the expectation takes Strata's asset key.
const restrictSGHandler = "CustomVpcRestrictDefaultSGCustomResourceProviderHandlerDC833E5E"

func ownHandler(t *testing.T, want, got []byte) []byte {
	theirs, ours := s3Key(want), s3Key(got)
	if theirs != "" && ours != "" {
		return []byte(strings.ReplaceAll(string(want), theirs, ours))
	}
	return want
}

func s3Key(doc []byte) string {
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
	return d.Resources[restrictSGHandler].Properties.Code.S3Key
}

func checkTemplates(t *testing.T, cases map[string]func(s awscdk.Stack), props func(name string) *awscdk.StackProps) {
	t.Helper()
	golden.CheckTemplates(t, cases, props, ownHandler)
}

func checkErrors(t *testing.T, cases map[string]func(s awscdk.Stack), fix func(string) string) {
	t.Helper()
	golden.CheckErrors(t, cases, fix)
}
