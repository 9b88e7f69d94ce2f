package awss3assets_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awss3assets"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// TestAssets synthesizes the Assets case and compares its template and
// asset manifest with aws-cdk-lib's (testdata/regen.sh): the same hashes,
// staged file names, display names, bucket and key tokens, grants and
// asset metadata.
func TestAssets(t *testing.T) {
	ctx := cdkctx.InitContext()
	ctx["aws:cdk:enable-asset-metadata"] = true
	out := t.TempDir()
	app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(out)})
	s := awscdk.NewStack(app, jsii.String("Assets"), nil)
	role := awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
	file := awss3assets.NewAsset(s, jsii.String("File"), &awss3assets.AssetProps{Path: jsii.String("testdata/sample.txt")})
	dir := awss3assets.NewAsset(s, jsii.String("Dir"), &awss3assets.AssetProps{Path: jsii.String("testdata/sample-dir"), Exclude: jsii.Strings("*.md"), Readers: &[]awsiam.IGrantable{role}})
	custom := awss3assets.NewAsset(s, jsii.String("Custom"), &awss3assets.AssetProps{Path: jsii.String("testdata/sample-dir"), AssetHash: jsii.String("my-custom-hash"), DisplayName: jsii.String("my asset")})
	file.GrantRead(role)
	r := awscdk.NewCfnResource(s, jsii.String("Consumer"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SQS::Queue")})
	dir.AddResourceMetadata(r, jsii.String("Code"))
	for _, c := range []struct {
		n string
		a awss3assets.Asset
	}{{"File", file}, {"Dir", dir}, {"Custom", custom}} {
		out := func(id string, v *string) {
			awscdk.NewCfnOutput(s, jsii.String(c.n+id), &awscdk.CfnOutputProps{Value: v})
		}
		out("Bucket", c.a.S3BucketName())
		out("Key", c.a.S3ObjectKey())
		out("S3Url", c.a.S3ObjectUrl())
		out("HttpUrl", c.a.HttpUrl())
		out("Info", jsii.String(fmt.Sprintf("%s|%s|%v|%v", *c.a.AssetHash(), *c.a.AssetPath(), *c.a.IsFile(), *c.a.IsZipArchive())))
	}
	app.Synth(nil)

	for _, f := range []string{"Assets.template.json", "Assets.assets.json"} {
		got, err := os.ReadFile(filepath.Join(out, f))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join("testdata", "expected", f))
		if err != nil {
			t.Fatal(err)
		}
		if f == "Assets.assets.json" {
			// The manifest also lists the template, whose hash is that of
			// the template's bytes; compare the user's assets only.
			got, want = withoutTemplate(t, got), withoutTemplate(t, want)
		}
		if string(got) != string(want) {
			t.Errorf("%s differs from aws-cdk-lib's:\n--- want\n%s\n--- got\n%s", f, want, got)
		}
	}
	// The staged directory holds the files, without the excluded ones.
	staged := filepath.Join(out, *dir.AssetPath())
	if _, err := os.Stat(filepath.Join(staged, "sub", "style.css")); err != nil {
		t.Errorf("staged directory lacks sub/style.css: %v", err)
	}
	if _, err := os.Stat(filepath.Join(staged, "notes.md")); err == nil {
		t.Error("staged directory holds the excluded notes.md")
	}
}

func withoutTemplate(t *testing.T, b []byte) []byte {
	var m map[string]interface{}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	files := m["files"].(map[string]interface{})
	for k, v := range files {
		if strings.HasSuffix(v.(map[string]interface{})["source"].(map[string]interface{})["path"].(string), ".template.json") {
			delete(files, k)
		}
	}
	out, _ := json.MarshalIndent(m, "", "  ")
	return out
}

func TestEmptyPath(t *testing.T) {
	defer func() {
		r := recover()
		e, ok := r.(error)
		if !ok || !diag.IsUserError(e) || !strings.Contains(e.Error(), "[S/A] Asset path cannot be empty") {
			t.Fatalf("recovered %v, want the empty path error with the construct path", r)
		}
	}()
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(t.TempDir())})
	awss3assets.NewAsset(awscdk.NewStack(app, jsii.String("S"), nil), jsii.String("A"), &awss3assets.AssetProps{Path: jsii.String("")})
}
