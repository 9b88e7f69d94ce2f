package awsecrassets_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsecrassets"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twin of the Tarball stack in testdata/twins.js.
func tarballStack(s awscdk.Stack) {
	queue(s)
	a := awsecrassets.NewTarballImageAsset(s, jsii.String("Image"), &awsecrassets.TarballImageAssetProps{TarballFile: jsii.String("testdata/image.tar")})
	awscdk.NewCfnOutput(s, jsii.String("Uri"), &awscdk.CfnOutputProps{Value: a.ImageUri()})
	awscdk.NewCfnOutput(s, jsii.String("Tag"), &awscdk.CfnOutputProps{Value: a.ImageTag()})
	awscdk.NewCfnOutput(s, jsii.String("Hash"), &awscdk.CfnOutputProps{Value: a.AssetHash()})
	awscdk.NewCfnOutput(s, jsii.String("Repo"), &awscdk.CfnOutputProps{Value: a.Repository().RepositoryName()})
	awsecrassets.NewTarballImageAsset(s, jsii.String("Named"), &awsecrassets.TarballImageAssetProps{TarballFile: jsii.String("testdata/image.tar"),
		DisplayName: jsii.String("Loaded image")})
}

// TestTarballImageAsset: the template and the asset manifest's image
// entry (the `docker load` executable, the staged tarball) equal
// aws-cdk-lib's, and the tarball is staged into the assembly.
func TestTarballImageAsset(t *testing.T) {
	t.Setenv("CDK_DOCKER", "")
	os.Unsetenv("CDK_DOCKER")
	golden.CheckTemplates(t, map[string]func(s awscdk.Stack){"Tarball": tarballStack}, nil, nil)

	out := t.TempDir()
	ctx := cdkctx.InitContext()
	app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(out)})
	tarballStack(awscdk.NewStack(app, jsii.String("Tarball"), nil))
	app.Synth(nil)
	got, want := images(t, filepath.Join(out, "Tarball.assets.json")), images(t, filepath.Join("testdata", "Tarball.assets.json"))
	if !reflect.DeepEqual(got, want) {
		g, _ := json.MarshalIndent(got, "", " ")
		w, _ := json.MarshalIndent(want, "", " ")
		t.Errorf("dockerImages differ:\n got %s\nwant %s", g, w)
	}
	for id := range want {
		if _, err := os.Stat(filepath.Join(out, "asset."+id+".tar")); err != nil {
			t.Errorf("tarball of %s not staged: %v", id, err)
		}
	}
}

// TestTarballImageAssetNilProps: nil props are a construct error, not a crash.
func TestTarballImageAssetNilProps(t *testing.T) {
	if err := golden.SynthErr(t, func(app awscdk.App) {
		awsecrassets.NewTarballImageAsset(awscdk.NewStack(app, jsii.String("S"), nil), jsii.String("I"), nil)
	}); err == nil {
		t.Fatal("want an error")
	}
}

type myTarball struct{ awsecrassets.TarballImageAsset }
type myImage struct{ awsecrassets.DockerImageAsset }

// TestOverrides: a Go type embedding an asset is initialised by the
// _Override constructors and is what the tree hands out for the node.
func TestOverrides(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	tb := &myTarball{}
	awsecrassets.NewTarballImageAsset_Override(tb, s, jsii.String("T"), &awsecrassets.TarballImageAssetProps{TarballFile: jsii.String("testdata/image.tar")})
	im := &myImage{}
	awsecrassets.NewDockerImageAsset_Override(im, s, jsii.String("I"), &awsecrassets.DockerImageAssetProps{Directory: jsii.String("testdata/plain")})
	if tb.AssetHash() == nil || im.AssetHash() == nil {
		t.Fatal("no asset hash")
	}
	if s.Node().FindChild(jsii.String("T")) != tb || s.Node().FindChild(jsii.String("I")) != im {
		t.Error("the tree does not hand out the outer objects")
	}
}
