package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// strata diff next to `npx aws-cdk@2.1148.1 diff` on the same template
// pairs (testdata/cdkdiff, made by its regen.sh): byte for byte the same
// text, security tables, nested property diffs and knock-on replacements
// included.
func TestDiffMatchesCDK(t *testing.T) {
	t.Setenv("AWS_ENDPOINT_URL", "http://127.0.0.1:1")
	t.Setenv("AWS_REGION", "us-east-1")
	empty := filepath.Join(t.TempDir(), "empty.json")
	if err := os.WriteFile(empty, []byte("{}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		golden, app, against string
	}{
		{"v2-after-v1", "v2", filepath.Join(fixture("v1"), "StrataE2EStack.template.json")},
		{"sec2-after-sec1", "sec2", filepath.Join(fixture("sec1"), "SecureStack.template.json")},
		{"k2-after-k1", "k2", filepath.Join(fixture("k1"), "KnockOnStack.template.json")},
		{"sec1-new", "sec1", empty},
	}
	for _, c := range cases {
		t.Run(c.golden, func(t *testing.T) {
			want, err := os.ReadFile(filepath.Join("testdata", "cdkdiff", c.golden+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			code, out, errs := runCLI(t, t.TempDir(), "diff", "--app", fixture(c.app), "--template", c.against)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			got, exp := strings.Split(out, "\n"), strings.Split(string(want), "\n")
			if len(got) != len(exp) {
				t.Fatalf("%d lines, cdk diff printed %d\ngot:\n%s\nwant:\n%s", len(got), len(exp), out, want)
			}
			for i := range got {
				if got[i] != exp[i] {
					t.Errorf("line %d:\n got %q\nwant %q", i+1, got[i], exp[i])
				}
			}
		})
	}
}
