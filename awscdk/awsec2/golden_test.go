package awsec2_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/golden"
)

// The comparisons against aws-cdk-lib's twins live in internal/golden.

const restrictSGHandler = "CustomVpcRestrictDefaultSGCustomResourceProviderHandlerDC833E5E"

// ownHandler puts the asset of Strata's restrict-default-security-group
// handler where aws-cdk-lib's template names its own: the one place the
// templates may differ.
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

func checkTemplates(t *testing.T, cases map[string]func(s awscdk.Stack)) {
	t.Helper()
	golden.CheckTemplates(t, cases, nil, ownHandler)
}

func checkApp(t *testing.T, stacks []string, build func(app awscdk.App)) {
	t.Helper()
	golden.CheckApp(t, stacks, build, ownHandler)
}

func checkErrors(t *testing.T, cases map[string]func(s awscdk.Stack)) {
	t.Helper()
	golden.CheckErrors(t, cases, nil)
}
