package assertions_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The import rewrite that turns an aws-cdk-go program into a Strata one.
var importRewrite = strings.NewReplacer(
	`"github.com/aws/aws-cdk-go/awscdk/v2"`, `"github.com/strata-cdk/strata/awscdk"`,
	`"github.com/aws/aws-cdk-go/awscdk/v2/`, `"github.com/strata-cdk/strata/awscdk/`,
	`"github.com/aws/constructs-go/constructs/v10"`, `"github.com/strata-cdk/strata/constructs"`,
	`"github.com/aws/jsii-runtime-go"`, `"github.com/strata-cdk/strata/jsii"`,
)

// TestUserTestsAreRewrites checks that the user programs under internal/
// (the test `cdk init app --language=go` writes, uncommented, and a test
// using every matcher) are exactly their aws-cdk-go originals in
// testdata/awscdkgo with the imports rewritten and nothing else, so their
// passing shows aws-cdk-go tests pass unchanged. STRATA_UPDATE=1 rewrites
// the copies.
func TestUserTestsAreRewrites(t *testing.T) {
	for _, app := range []string{"cdkinit", "matchdemo"} {
		files, err := filepath.Glob(filepath.Join("testdata", "awscdkgo", app, "*.go"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no originals for %s: %v", app, err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			want := importRewrite.Replace(string(b))
			if want == string(b) {
				t.Errorf("%s imports nothing from aws-cdk-go", f)
			}
			copyPath := filepath.Join("internal", app, filepath.Base(f))
			if os.Getenv("STRATA_UPDATE") == "1" {
				if err := os.MkdirAll(filepath.Dir(copyPath), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(copyPath, []byte(want), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			got, err := os.ReadFile(copyPath)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != want {
				t.Errorf("%s is not %s with the imports rewritten (STRATA_UPDATE=1 rewrites it)", copyPath, f)
			}
		}
	}
}
