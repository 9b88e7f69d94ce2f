package awsappsync_test

import (
	"encoding/json"
	"strings"
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

// The log retention handler is Strata's own code, whose asset hash is the
// one place the templates may differ: the expectation takes Strata's key.
const logRetentionHandler = "LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8aFD4BFC8A"

func ownHandler(t *testing.T, want, got []byte) []byte {
	// The key is <hash>.zip; the hash also names the asset in path metadata.
	theirs, ours := strings.TrimSuffix(s3Key(want), ".zip"), strings.TrimSuffix(s3Key(got), ".zip")
	if theirs != "" && ours != "" {
		want = []byte(strings.ReplaceAll(string(want), theirs, ours))
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
	return d.Resources[logRetentionHandler].Properties.Code.S3Key
}

func synthErr(t *testing.T, build func(app awscdk.App)) error {
	t.Helper()
	return golden.SynthErr(t, build)
}

func toJSON(t *testing.T, v interface{}) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
