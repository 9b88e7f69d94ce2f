package awscodebuild_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/golden"
)

// The comparisons against aws-cdk-lib's twins live in internal/golden.

// vpcHandler is the VPC's restrict-default-security-group provider, whose
// code asset is Strata's own: the one place the templates may differ.
const vpcHandler = "CustomVpcRestrictDefaultSGCustomResourceProviderHandlerDC833E5E"

func ownHandler(t *testing.T, want, got []byte) []byte {
	key := func(doc []byte) string {
		var d struct {
			Resources map[string]struct {
				Properties struct{ Code struct{ S3Key string } }
			}
		}
		if json.Unmarshal(doc, &d) != nil {
			return ""
		}
		return d.Resources[vpcHandler].Properties.Code.S3Key
	}
	if theirs, ours := key(want), key(got); theirs != "" && ours != "" {
		return []byte(strings.ReplaceAll(string(want), theirs, ours))
	}
	return want
}

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
