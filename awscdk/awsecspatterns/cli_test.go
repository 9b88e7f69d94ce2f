package awsecspatterns_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// withoutVersionReporting drops what differs by design under the CLI's
// context: the CDKMetadata resource (its analytics string is Strata's own)
// and its condition, and the asset of Strata's own handler.
func withoutVersionReporting(t *testing.T, doc []byte) interface{} {
	t.Helper()
	var d map[string]interface{}
	if err := json.Unmarshal(doc, &d); err != nil {
		t.Fatal(err)
	}
	res, _ := d["Resources"].(map[string]interface{})
	delete(res, "CDKMetadata")
	if r, ok := res[restrictSGHandler].(map[string]interface{}); ok {
		delete(r["Properties"].(map[string]interface{})["Code"].(map[string]interface{}), "S3Key")
		delete(r["Metadata"].(map[string]interface{}), "aws:asset:path")
	}
	if c, ok := d["Conditions"].(map[string]interface{}); ok {
		delete(c, "CDKMetadataAvailable")
		if len(c) == 0 {
			delete(d, "Conditions")
		}
	}
	return d
}

// TestCLIContext: under the context the CDK CLI adds (path metadata on
// every resource, asset metadata, version reporting) the templates are
// aws-cdk-lib's too, as testdata/cli holds them.
func TestCLIContext(t *testing.T) {
	ctx := cdkctx.InitContext()
	for k, v := range cdkctx.CLIContext() {
		ctx[k] = v
	}
	out := t.TempDir()
	app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(out)})
	for _, name := range []string{"Asset", "Yoctogram"} {
		albCases[name](awscdk.NewStack(app, jsii.String(name), nil))
	}
	queueCases["QueueFull"](awscdk.NewStack(app, jsii.String("QueueFull"), nil))
	scheduledCases["Scheduled"](awscdk.NewStack(app, jsii.String("Scheduled"), nil))
	yoctoApp(app)
	app.Synth(nil)
	files, _ := filepath.Glob("testdata/cli/*.template.json")
	if len(files) != 8 {
		t.Fatalf("%d templates in testdata/cli, want 8 (run testdata/regen.sh)", len(files))
	}
	for _, f := range files {
		want, _ := os.ReadFile(f)
		got, err := os.ReadFile(filepath.Join(out, filepath.Base(f)))
		if err != nil {
			t.Fatal(err)
		}
		if w, g := withoutVersionReporting(t, want), withoutVersionReporting(t, got); !reflect.DeepEqual(w, g) {
			wb, _ := json.Marshal(w)
			gb, _ := json.Marshal(g)
			t.Errorf("%s differs from aws-cdk-lib's:\n%s", filepath.Base(f), golden.JSONDiff(wb, gb))
		}
	}
}

// TestDockerImageAsset: the image built from testdata/image is published
// as aws-cdk-lib publishes it (same source hash, repository and tag).
func TestDockerImageAsset(t *testing.T) {
	out := t.TempDir()
	ctx := cdkctx.InitContext()
	app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(out)})
	albCases["Asset"](awscdk.NewStack(app, jsii.String("Asset"), nil))
	app.Synth(nil)
	images := func(path string) interface{} {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var m struct{ DockerImages interface{} }
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		return m.DockerImages
	}
	if w, g := images("testdata/Asset.assets.json"), images(filepath.Join(out, "Asset.assets.json")); w == nil || !reflect.DeepEqual(w, g) {
		t.Errorf("docker images = %v, want %v", g, w)
	}
}
