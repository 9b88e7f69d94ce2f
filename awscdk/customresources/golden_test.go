package customresources_test

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/golden"
)

// The comparisons against aws-cdk-lib's twins live in internal/golden.

// ourHandlers matches the logical IDs of the functions running Strata's
// own handler code, the only resources whose templates may differ from
// aws-cdk-lib's, and only in the S3 key naming their code asset (the
// asset hash of our handler bundle):
//   - AWS679f53fac002430cb0da5b7982bd2287…: AwsCustomResource's singleton;
//   - …frameworkonEvent…, …frameworkisComplete…, …frameworkonTimeout…:
//     the Provider framework's functions;
//   - LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a…: awslambda's log
//     retention provider (LogRetention props);
//   - CustomVpcRestrictDefaultSGCustomResourceProviderHandler…: awsec2's
//     restrict-default-security-group provider (the Vpc case).
var ourHandlers = regexp.MustCompile(`^(AWS679f53fac002430cb0da5b7982bd2287[0-9A-F]{8}|LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a[0-9A-F]{8}|CustomVpcRestrictDefaultSGCustomResourceProviderHandler[0-9A-F]{8}|.*framework(onEvent|isComplete|onTimeout)[0-9A-F]{8})$`)

// handlerAssets puts our handler assets' S3 keys where aws-cdk-lib's
// template has its own.
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
		o, ok := ours.Resources[id]
		if !ok || r.Properties.Code.S3Key == "" || o.Properties.Code.S3Key == "" {
			continue
		}
		out = strings.ReplaceAll(out, r.Properties.Code.S3Key, o.Properties.Code.S3Key)
	}
	return []byte(out)
}

func checkTemplates(t *testing.T, cases map[string]func(s awscdk.Stack)) {
	t.Helper()
	golden.CheckTemplates(t, cases, nil, handlerAssets)
}

func checkApp(t *testing.T, stacks []string, build func(app awscdk.App)) {
	t.Helper()
	golden.CheckApp(t, stacks, build, handlerAssets)
}

func checkErrors(t *testing.T, cases map[string]func(s awscdk.Stack)) {
	t.Helper()
	golden.CheckErrors(t, cases, nil)
}
