package awsglobalacceleratorendpoints_test

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/golden"
)

// The comparisons against aws-cdk-lib's twins live in internal/golden.

// ourHandlers matches the VPC's restrict-default-security-group provider,
// which runs Strata's own handler code: its code asset's S3 key is the one
// place where the templates may differ.
var ourHandlers = regexp.MustCompile(`^(CustomVpcRestrictDefaultSGCustomResourceProviderHandler)[0-9A-F]{8}$`)

func handlerAssets(t *testing.T, want, got []byte) []byte {
	var theirs, ours struct {
		Resources map[string]struct {
			Properties struct {
				Code struct{ S3Key string }
			}
		}
	}
	if json.Unmarshal(want, &theirs) != nil || json.Unmarshal(got, &ours) != nil {
		return want
	}
	out := string(want)
	for id, r := range theirs.Resources {
		if !ourHandlers.MatchString(id) {
			continue
		}
		if o, ok := ours.Resources[id]; ok && r.Properties.Code.S3Key != "" && o.Properties.Code.S3Key != "" {
			out = strings.ReplaceAll(out, r.Properties.Code.S3Key, o.Properties.Code.S3Key)
		}
	}
	return []byte(out)
}

func checkTemplates(t *testing.T, cases map[string]func(s awscdk.Stack)) {
	t.Helper()
	golden.CheckTemplates(t, cases, nil, handlerAssets)
}

func checkErrors(t *testing.T, cases map[string]func(s awscdk.Stack)) {
	t.Helper()
	golden.CheckErrors(t, cases, nil)
}
