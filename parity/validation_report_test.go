package parity

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// validationReports holds aws-cdk-lib's validation-report.json of each case
// under the `cdk init` flags, without its JavaScript stack traces, made by
// internal/cfnvalidate/testdata/regen.sh.
var validationReports = filepath.Join("..", "internal", "cfnvalidate", "testdata", "parity")

// knownReportDifferences are the cases whose report still differs from
// aws-cdk-lib's, with the reason (internal/cfnvalidate/testdata/README.md).
var knownReportDifferences = map[string]string{}

// TestValidationReport compares Strata's validation-report.json with
// aws-cdk-lib's for every case, app mode.
func TestValidationReport(t *testing.T) {
	for _, name := range listCases(t) {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			want, err := os.ReadFile(filepath.Join(validationReports, name+".json"))
			if err != nil {
				t.Fatalf("no expected report (run internal/cfnvalidate/testdata/regen.sh %s): %v", name, err)
			}
			out := synth(t, name, "app")
			got, err := os.ReadFile(filepath.Join(out, "validation-report.json"))
			if err != nil {
				t.Fatal(err)
			}
			same := bytes.Equal(bytes.TrimSpace(want), bytes.TrimSpace(got))
			if !same {
				var w, g interface{}
				if json.Unmarshal(want, &w) == nil && json.Unmarshal(got, &g) == nil && reflect.DeepEqual(w, g) {
					t.Errorf("%s: same report, different formatting or key order\n--- aws-cdk-lib\n%s\n--- Strata\n%s", name, want, got)
					return
				}
			}
			reason, known := knownReportDifferences[name]
			switch {
			case same && known:
				t.Errorf("%s: the report now matches aws-cdk-lib's; drop it from knownReportDifferences", name)
			case !same && known:
				t.Logf("%s: known difference (%s)", name, reason)
			case !same:
				var problems []difference
				var w, g interface{}
				_ = json.Unmarshal(want, &w)
				_ = json.Unmarshal(got, &g)
				diffJSON(nil, w, g, &problems)
				var lines []string
				for _, p := range problems {
					lines = append(lines, renderPath(p.path)+": "+p.describe())
				}
				t.Errorf("%s: validation-report.json differs from aws-cdk-lib 2.276.0's (%s):\n%s", name,
					filepath.Join(validationReports, name+".json"), report(lines))
			}
		})
	}
}
