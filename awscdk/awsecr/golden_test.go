package awsecr_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/golden"
)

// The comparisons against aws-cdk-lib's twins live in internal/golden.

const autoDeleteHandler = "CustomECRAutoDeleteImagesCustomResourceProviderHandler8D89C030"

// ourHandler puts the S3 key of Strata's own auto-delete-images handler
// where aws-cdk-lib's template names aws-cdk-lib's (the one place the
// templates may differ).
func ourHandler(t *testing.T, want, got []byte) []byte {
	key := func(b []byte) string {
		var doc struct {
			Resources map[string]struct {
				Properties struct {
					Code struct{ S3Key string }
				}
			}
		}
		if json.Unmarshal(b, &doc) != nil {
			return ""
		}
		return doc.Resources[autoDeleteHandler].Properties.Code.S3Key
	}
	theirs, ours := key(want), key(got)
	if theirs == "" || ours == "" {
		return want
	}
	return []byte(strings.ReplaceAll(string(want), theirs, ours))
}

func checkTemplates(t *testing.T, cases map[string]func(s awscdk.Stack), props func(name string) *awscdk.StackProps) {
	t.Helper()
	golden.CheckTemplates(t, cases, props, ourHandler)
}

func checkErrors(t *testing.T, cases map[string]func(s awscdk.Stack), fix func(string) string) {
	t.Helper()
	golden.CheckErrors(t, cases, fix)
}
