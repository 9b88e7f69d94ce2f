package awsecrassets_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsecrassets"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

func queue(s awscdk.Stack) {
	awscdk.NewCfnResource(s, jsii.String("Queue"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SQS::Queue")})
}

var cases = map[string]func(s awscdk.Stack){
	"Defaults": func(s awscdk.Stack) {
		queue(s)
		a := awsecrassets.NewDockerImageAsset(s, jsii.String("Image"), &awsecrassets.DockerImageAssetProps{Directory: jsii.String("testdata/image")})
		awscdk.NewCfnOutput(s, jsii.String("Uri"), &awscdk.CfnOutputProps{Value: a.ImageUri()})
		awscdk.NewCfnOutput(s, jsii.String("Tag"), &awscdk.CfnOutputProps{Value: a.ImageTag()})
		awscdk.NewCfnOutput(s, jsii.String("Repo"), &awscdk.CfnOutputProps{Value: a.Repository().RepositoryName()})
		awscdk.NewCfnOutput(s, jsii.String("RepoArn"), &awscdk.CfnOutputProps{Value: a.Repository().RepositoryArn()})
	},
	"Options": func(s awscdk.Stack) {
		queue(s)
		a := awsecrassets.NewDockerImageAsset(s, jsii.String("Image"), &awsecrassets.DockerImageAssetProps{
			Directory:     jsii.String("testdata/image"),
			AssetName:     jsii.String("photo"),
			BuildArgs:     &map[string]*string{"B": jsii.String("2"), "A": jsii.String("1")},
			BuildContexts: &map[string]*string{"ctx": jsii.String("plain")},
			BuildSecrets:  &map[string]*string{"token": jsii.String("env=TOKEN")},
			BuildSsh:      jsii.String("default"),
			CacheDisabled: jsii.Bool(true),
			CacheFrom:     &[]*awsecrassets.DockerCacheOption{{Type: jsii.String("registry"), Params: &map[string]*string{"ref": jsii.String("repo:cache")}}},
			CacheTo:       &awsecrassets.DockerCacheOption{Type: jsii.String("inline")},
			DisplayName:   jsii.String("Photo image"),
			Exclude:       jsii.Strings("NOTES.md"),
			ExtraHash:     jsii.String("salt"),
			File:          jsii.String("Dockerfile.alt"),
			NetworkMode:   awsecrassets.NetworkMode_HOST(),
			Outputs:       jsii.Strings("type=docker"),
			Platform:      awsecrassets.Platform_LINUX_ARM64(),
			Target:        jsii.String("prod"),
		})
		awscdk.NewCfnOutput(s, jsii.String("Uri"), &awscdk.CfnOutputProps{Value: a.ImageUri()})
		awsecrassets.NewDockerImageAsset(s, jsii.String("NoInvalidation"), &awsecrassets.DockerImageAssetProps{
			Directory: jsii.String("testdata/image"), BuildArgs: &map[string]*string{"A": jsii.String("x")}, Target: jsii.String("prod"),
			File:         jsii.String("Dockerfile.alt"),
			Invalidation: &awsecrassets.DockerImageAssetInvalidationOptions{BuildArgs: jsii.Bool(false), Target: jsii.Bool(false), File: jsii.Bool(false)},
		})
		awsecrassets.NewDockerImageAsset(s, jsii.String("Glob"), &awsecrassets.DockerImageAssetProps{Directory: jsii.String("testdata/plain"),
			IgnoreMode: awscdk.IgnoreMode_GLOB, NetworkMode: awsecrassets.NetworkMode_FromContainer(jsii.String("c1")),
			Platform: awsecrassets.Platform_Custom(jsii.String("linux/riscv64"))})
	},
}

// TestImageAssets: the templates and the image entries of the asset
// manifests (source hash, build options, destinations) equal aws-cdk-lib's.
func TestImageAssets(t *testing.T) {
	golden.CheckTemplates(t, cases, func(name string) *awscdk.StackProps {
		if name == "Options" {
			return &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("eu-west-1")}}
		}
		return nil
	}, nil)
	for name, build := range cases {
		t.Run(name+"/assets", func(t *testing.T) {
			out := t.TempDir()
			ctx := map[string]interface{}{}
			b, err := os.ReadFile("../../internal/cdkctx/cdk-init-context.json")
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(b, &ctx); err != nil {
				t.Fatal(err)
			}
			app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(out)})
			var sp *awscdk.StackProps
			if name == "Options" {
				sp = &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("eu-west-1")}}
			}
			build(awscdk.NewStack(app, jsii.String(name), sp))
			app.Synth(nil)
			got, want := images(t, filepath.Join(out, name+".assets.json")), images(t, filepath.Join("testdata", name+".assets.json"))
			if !reflect.DeepEqual(got, want) {
				g, _ := json.MarshalIndent(got, "", " ")
				w, _ := json.MarshalIndent(want, "", " ")
				t.Errorf("dockerImages differ:\n got %s\nwant %s", g, w)
			}
			for id := range want {
				dir := strings.TrimPrefix(id, "photo-")
				if _, err := os.Stat(filepath.Join(out, "asset."+dir, "Dockerfile")); err != nil && !strings.Contains(id, "78ca") {
					t.Errorf("build context of %s not staged: %v", id, err)
				}
			}
		})
	}
}

func images(t *testing.T, path string) map[string]interface{} {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		DockerImages map[string]interface{} `json:"dockerImages"`
	}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m.DockerImages
}

// TestImageAssetErrors: a directory without its Dockerfile, or no
// directory at all, is reported against the asset's path.
func TestImageAssetErrors(t *testing.T) {
	abs, _ := filepath.Abs("testdata")
	golden.CheckErrors(t, map[string]func(s awscdk.Stack){
		"NoDockerfile": func(s awscdk.Stack) {
			awsecrassets.NewDockerImageAsset(s, jsii.String("Image"), &awsecrassets.DockerImageAssetProps{Directory: jsii.String("testdata/image"), File: jsii.String("Missing.Dockerfile")})
		},
		"NoDirectory": func(s awscdk.Stack) {
			awsecrassets.NewDockerImageAsset(s, jsii.String("Image"), &awsecrassets.DockerImageAssetProps{Directory: jsii.String("testdata/missing")})
		},
		"NoTarball": func(s awscdk.Stack) {
			awsecrassets.NewTarballImageAsset(s, jsii.String("Image"), &awsecrassets.TarballImageAssetProps{TarballFile: jsii.String(filepath.Join(abs, "missing.tar"))})
		},
	}, func(m string) string { return strings.ReplaceAll(m, "<testdata>", abs) })
}
