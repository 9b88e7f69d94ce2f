package awsappsync_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// withoutVersionReporting drops what differs by design under the CLI's
// context (the CDKMetadata resource, whose analytics string is Strata's,
// and its condition) and re-encodes the rest in its own key order.
func withoutVersionReporting(t *testing.T, doc []byte) []byte {
	t.Helper()
	v, err := ojson.Decode(doc)
	if err != nil {
		t.Fatal(err)
	}
	d := v.(*ojson.Object)
	if r, ok := d.Get("Resources"); ok {
		r.(*ojson.Object).Delete("CDKMetadata")
	}
	if c, ok := d.Get("Conditions"); ok {
		c.(*ojson.Object).Delete("CDKMetadataAvailable")
		if c.(*ojson.Object).Len() == 0 {
			d.Delete("Conditions")
		}
	}
	b, err := ojson.Marshal(d, " ")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestCLIContext: under the context the CDK CLI adds (path metadata on
// every resource, version reporting) the templates are aws-cdk-lib's too,
// as testdata/cli holds them.
func TestCLIContext(t *testing.T) {
	ctx := cdkctx.InitContext()
	for k, v := range cdkctx.CLIContext() {
		ctx[k] = v
	}
	out := t.TempDir()
	app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(out)})
	for name, build := range templateCases {
		build(awscdk.NewStack(app, jsii.String(name), nil))
	}
	crossStack(app)
	app.Synth(nil)
	files, _ := filepath.Glob("testdata/cli/*.template.json")
	if len(files) != len(templateCases)+2 {
		t.Fatalf("%d templates in testdata/cli, want %d (run testdata/regen.sh)", len(files), len(templateCases)+2)
	}
	for _, f := range files {
		want, _ := os.ReadFile(f)
		got, err := os.ReadFile(filepath.Join(out, filepath.Base(f)))
		if err != nil {
			t.Fatal(err)
		}
		want = ownHandler(t, want, got)
		if w, g := withoutVersionReporting(t, want), withoutVersionReporting(t, got); string(w) != string(g) {
			t.Errorf("%s differs from aws-cdk-lib's:\n%s", filepath.Base(f), golden.JSONDiff(w, g))
		}
	}
}
