package golden

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/jsii"
)

// CheckTemplatesIn is CheckTemplates for expectations kept in a
// subdirectory of testdata (dir, relative to the package), written by that
// subdirectory's own regen.sh, so a package's main regen.sh, which clears
// testdata/*.template.json, leaves them alone.
func CheckTemplatesIn(t *testing.T, dir string, cases map[string]func(s awscdk.Stack)) {
	t.Helper()
	for name, build := range cases {
		name, build := name, build
		t.Run(name, func(t *testing.T) {
			app, out := newApp(t)
			build(awscdk.NewStack(app, jsii.String(name), nil))
			app.Synth(nil)
			got, err := os.ReadFile(filepath.Join(out, name+".template.json"))
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(filepath.Join(dir, name+".template.json"))
			if err != nil {
				t.Fatalf("%v (run %s/regen.sh)", err, dir)
			}
			if string(got) != string(want) {
				t.Errorf("%s.template.json differs from aws-cdk-lib's:\n%s", name, JSONDiff(want, got))
			}
		})
	}
}
