package awscdk_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/jsii"
)

const assetFixtures = "testdata/assets"

// initApp is an app under the feature flags cdk init writes, as the twins
// in testdata/twins run, synthesizing into a fresh directory.
func initApp(t *testing.T, extra map[string]interface{}) (awscdk.App, string) {
	t.Helper()
	ctx := cdkctx.InitContext()
	for k, v := range extra {
		ctx[k] = v
	}
	dir := filepath.Join(t.TempDir(), "cdk.out")
	return awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(dir), Context: &ctx}), dir
}

func fixture(t *testing.T, p string) string {
	t.Helper()
	abs, err := filepath.Abs(filepath.Join(assetFixtures, p))
	if err != nil {
		t.Fatal(err)
	}
	return abs
}

// sameFile compares a file of our assembly with aws-cdk-lib's, byte for byte.
func sameFile(t *testing.T, got, want string) {
	t.Helper()
	g, err := os.ReadFile(got)
	if err != nil {
		t.Fatal(err)
	}
	w, err := os.ReadFile(want)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(g, w) {
		t.Errorf("%s differs from aws-cdk-lib's %s:\n--- ours\n%s\n--- aws-cdk-lib\n%s", got, want, g, w)
	}
}

type assetHashes struct {
	Staging map[string]struct {
		Hash      string `json:"hash"`
		Relative  string `json:"relative"`
		Packaging string `json:"packaging"`
		IsArchive bool   `json:"isArchive"`
	} `json:"staging"`
}

// TestAssetStagingMatchesAwsCdkLib stages the fixtures as twins/assets.js
// does and compares hashes, staged names, the template and the asset
// manifest with aws-cdk-lib's.
func TestAssetStagingMatchesAwsCdkLib(t *testing.T) {
	b, err := os.ReadFile("testdata/asset-hashes.json")
	if err != nil {
		t.Fatal(err)
	}
	var want assetHashes
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	app, outdir := initApp(t, nil)
	stack := awscdk.NewStack(app, jsii.String("AssetStack"), nil)
	awscdk.NewCfnResource(stack, jsii.String("Topic"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic")})
	cases := []struct {
		id    string
		props *awscdk.AssetStagingProps
	}{
		{"File", &awscdk.AssetStagingProps{SourcePath: jsii.String(fixture(t, "sample.txt"))}},
		{"Archive", &awscdk.AssetStagingProps{SourcePath: jsii.String(fixture(t, "bundle.tar.gz"))}},
		{"Dir", &awscdk.AssetStagingProps{SourcePath: jsii.String(fixture(t, "dir")), Exclude: jsii.Strings("*.log", "build")}},
		{"Custom", &awscdk.AssetStagingProps{SourcePath: jsii.String(fixture(t, "dir")), AssetHash: jsii.String("myhash")}},
		{"CustomType", &awscdk.AssetStagingProps{SourcePath: jsii.String(fixture(t, "sample.txt")), AssetHashType: awscdk.AssetHashType_CUSTOM, AssetHash: jsii.String("abc")}},
		{"Extra", &awscdk.AssetStagingProps{SourcePath: jsii.String(fixture(t, "dir")), ExtraHash: jsii.String("x")}},
	}
	stagings := map[string]awscdk.AssetStaging{}
	for _, c := range cases {
		s := awscdk.NewAssetStaging(stack, jsii.String(c.id), c.props)
		stagings[c.id] = s
		loc := stack.Synthesizer().AddFileAsset(&awscdk.FileAssetSource{FileName: s.RelativeStagedPath(stack), SourceHash: s.AssetHash(), Packaging: s.Packaging()})
		awscdk.NewCfnOutput(stack, jsii.String(c.id+"Key"), &awscdk.CfnOutputProps{Value: loc.ObjectKey})
		awscdk.NewCfnOutput(stack, jsii.String(c.id+"Bucket"), &awscdk.CfnOutputProps{Value: loc.BucketName})
	}
	for _, c := range cases {
		s, w := stagings[c.id], want.Staging[c.id]
		packaging := map[awscdk.FileAssetPackaging]string{awscdk.FileAssetPackaging_FILE: "file", awscdk.FileAssetPackaging_ZIP_DIRECTORY: "zip"}[s.Packaging()]
		if *s.AssetHash() != w.Hash || *s.RelativeStagedPath(stack) != w.Relative || packaging != w.Packaging || *s.IsArchive() != w.IsArchive {
			t.Errorf("%s: hash %s, staged as %s, packaging %s, archive %v; aws-cdk-lib: %+v", c.id, *s.AssetHash(), *s.RelativeStagedPath(stack), packaging, *s.IsArchive(), w)
		}
		if abs := *s.AbsoluteStagedPath(); abs != filepath.Join(outdir, w.Relative) {
			t.Errorf("%s: absolute staged path %s, want %s", c.id, abs, filepath.Join(outdir, w.Relative))
		}
	}
	// Nothing is written into the assembly directory before synthesis.
	if _, err := os.Stat(outdir); err == nil {
		t.Errorf("%s exists before synthesis", outdir)
	}
	app.Synth(nil)
	sameFile(t, filepath.Join(outdir, "AssetStack.template.json"), "testdata/expected/assets/AssetStack.template.json")
	sameFile(t, filepath.Join(outdir, "AssetStack.assets.json"), "testdata/expected/assets/AssetStack.assets.json")

	// The staged copies are in the assembly, excluded files left out.
	dir := filepath.Join(outdir, want.Staging["Dir"].Relative)
	for _, f := range []string{"index.js", "lib/util.js", "lib/data.bin", "sub/.hidden", "sub/keep.txt", "README.md"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("staged directory lacks %s", f)
		}
	}
	for _, f := range []string{"excluded.log", "build"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err == nil {
			t.Errorf("staged directory has the excluded %s", f)
		}
	}
	got, _ := os.ReadFile(filepath.Join(outdir, want.Staging["File"].Relative))
	if string(got) != "hello\r\nworld\r\n" {
		t.Errorf("staged file holds %q", got)
	}
	// No workspace is left behind next to the assembly.
	entries, _ := os.ReadDir(filepath.Dir(outdir))
	for _, e := range entries {
		if e.Name() != "cdk.out" {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}

func TestAssetStagingSurvivesResynthAndFailedSynth(t *testing.T) {
	app, outdir := initApp(t, nil)
	stack := awscdk.NewStack(app, jsii.String("S"), nil)
	awscdk.NewCfnResource(stack, jsii.String("Topic"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic")})
	s := awscdk.NewAssetStaging(stack, jsii.String("A"), &awscdk.AssetStagingProps{SourcePath: jsii.String(fixture(t, "dir"))})
	app.Synth(nil)
	staged := filepath.Join(outdir, *s.RelativeStagedPath(stack), "index.js")
	if _, err := os.Stat(staged); err != nil {
		t.Fatal(err)
	}
	app.Synth(&awscdk.StageSynthesisOptions{Force: jsii.Bool(true)})
	if _, err := os.Stat(staged); err != nil {
		t.Errorf("asset lost by a second synthesis: %v", err)
	}

	// A failed synthesis writes nothing, not even assets.
	app2, outdir2 := initApp(t, nil)
	stack2 := awscdk.NewStack(app2, jsii.String("S"), nil)
	awscdk.NewAssetStaging(stack2, jsii.String("A"), &awscdk.AssetStagingProps{SourcePath: jsii.String(fixture(t, "sample.txt"))})
	awscdk.NewCfnResource(stack2, jsii.String("Bad"), &awscdk.CfnResourceProps{})
	func() {
		defer func() { _ = recover() }()
		app2.Synth(nil)
	}()
	if _, err := os.Stat(outdir2); err == nil {
		entries, _ := os.ReadDir(outdir2)
		if len(entries) > 0 {
			t.Errorf("a failed synthesis left %d entries in %s", len(entries), outdir2)
		}
	}
}

type fileBundler struct {
	content string
	name    string
	calls   int
}

func (f *fileBundler) TryBundle(outputDir *string, options *awscdk.BundlingOptions) *bool {
	f.calls++
	if err := os.WriteFile(filepath.Join(*outputDir, f.name), []byte(f.content), 0o644); err != nil {
		panic(err)
	}
	return jsii.Bool(true)
}

type declining struct{}

func (declining) TryBundle(*string, *awscdk.BundlingOptions) *bool { return jsii.Bool(false) }

// The expected hashes come from aws-cdk-go 2.270.0 (jsii) running the same
// program: a Go local bundler enters the hash as {} with the options' keys
// sorted.
func TestLocalBundling(t *testing.T) {
	app, outdir := initApp(t, nil)
	stack := awscdk.NewStack(app, jsii.String("S"), nil)
	awscdk.NewCfnResource(stack, jsii.String("Topic"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic")})
	b := &fileBundler{content: "bundled\n", name: "out.txt"}
	s := awscdk.NewAssetStaging(stack, jsii.String("B"), &awscdk.AssetStagingProps{
		SourcePath: jsii.String(fixture(t, "dir")),
		Bundling: &awscdk.BundlingOptions{
			Image:            awscdk.DockerImage_FromRegistry(jsii.String("alpine")),
			Command:          jsii.Strings("sh", "-c", "echo"),
			Local:            b,
			Environment:      &map[string]*string{"Z": jsii.String("1"), "A": jsii.String("2")},
			WorkingDirectory: jsii.String("/w"),
		},
	})
	if got, want := *s.AssetHash(), "35e8fecca7345166abd1460260d222bd82c8b3f64c6c79a6edd1493978e94ea6"; got != want {
		t.Errorf("bundled asset hash %s, aws-cdk-go %s", got, want)
	}
	if s.Packaging() != awscdk.FileAssetPackaging_ZIP_DIRECTORY || !*s.IsArchive() {
		t.Errorf("packaging %s, archive %v", s.Packaging(), *s.IsArchive())
	}
	// An archive written by the bundler is uploaded as is.
	zip := &fileBundler{content: "PK", name: "code.zip"}
	z := awscdk.NewAssetStaging(stack, jsii.String("Z"), &awscdk.AssetStagingProps{
		SourcePath:    jsii.String(fixture(t, "dir")),
		AssetHashType: awscdk.AssetHashType_OUTPUT,
		Bundling:      &awscdk.BundlingOptions{Image: awscdk.DockerImage_FromRegistry(jsii.String("alpine")), Local: zip},
	})
	if z.Packaging() != awscdk.FileAssetPackaging_FILE || !strings.HasSuffix(*z.RelativeStagedPath(stack), ".zip") {
		t.Errorf("archive output staged as %s (%s)", *z.RelativeStagedPath(stack), z.Packaging())
	}
	// The same request is bundled once.
	awscdk.NewAssetStaging(stack, jsii.String("B2"), &awscdk.AssetStagingProps{
		SourcePath: jsii.String(fixture(t, "dir")),
		Bundling: &awscdk.BundlingOptions{Image: awscdk.DockerImage_FromRegistry(jsii.String("alpine")), Command: jsii.Strings("sh", "-c", "echo"),
			Local: b, Environment: &map[string]*string{"Z": jsii.String("1"), "A": jsii.String("2")}, WorkingDirectory: jsii.String("/w")},
	})
	if b.calls != 1 {
		t.Errorf("bundler called %d times", b.calls)
	}
	app.Synth(nil)
	got, err := os.ReadFile(filepath.Join(outdir, *s.RelativeStagedPath(stack), "out.txt"))
	if err != nil || string(got) != "bundled\n" {
		t.Errorf("bundled output not in the assembly: %q %v", got, err)
	}
	if _, err := os.Stat(filepath.Join(outdir, *z.RelativeStagedPath(stack))); err != nil {
		t.Errorf("archive output not in the assembly: %v", err)
	}
}

func TestAssetStagingMistakes(t *testing.T) {
	cases := []struct {
		name  string
		props func(t *testing.T) *awscdk.AssetStagingProps
		want  string
	}{
		{"missing source", func(t *testing.T) *awscdk.AssetStagingProps {
			return &awscdk.AssetStagingProps{SourcePath: jsii.String(fixture(t, "nope"))}
		}, "Cannot find asset at"},
		{"hash type without hash", func(t *testing.T) *awscdk.AssetStagingProps {
			return &awscdk.AssetStagingProps{SourcePath: jsii.String(fixture(t, "dir")), AssetHashType: awscdk.AssetHashType_CUSTOM}
		}, "`assetHash` must be specified when `assetHashType` is set to `AssetHashType.CUSTOM`."},
		{"hash with source type", func(t *testing.T) *awscdk.AssetStagingProps {
			return &awscdk.AssetStagingProps{SourcePath: jsii.String(fixture(t, "dir")), AssetHashType: awscdk.AssetHashType_SOURCE, AssetHash: jsii.String("x")}
		}, "Cannot specify `source` for `assetHashType` when `assetHash` is specified."},
		{"output hash without bundling", func(t *testing.T) *awscdk.AssetStagingProps {
			return &awscdk.AssetStagingProps{SourcePath: jsii.String(fixture(t, "dir")), AssetHashType: awscdk.AssetHashType_OUTPUT}
		}, "Cannot use `output` hash type when `bundling` is not specified."},
		{"bundling a file", func(t *testing.T) *awscdk.AssetStagingProps {
			return &awscdk.AssetStagingProps{SourcePath: jsii.String(fixture(t, "sample.txt")), Bundling: &awscdk.BundlingOptions{Image: awscdk.DockerImage_FromRegistry(jsii.String("x"))}}
		}, "is expected to be a directory when bundling"},
		{"docker bundling without docker", func(t *testing.T) *awscdk.AssetStagingProps {
			t.Setenv("CDK_DOCKER", "strata-no-such-docker")
			return &awscdk.AssetStagingProps{SourcePath: jsii.String(fixture(t, "dir")), Bundling: &awscdk.BundlingOptions{Image: awscdk.DockerImage_FromRegistry(jsii.String("x")), Local: declining{}}}
		}, "Failed to bundle asset Stack/Asset"},
		{"empty bundle", func(t *testing.T) *awscdk.AssetStagingProps {
			return &awscdk.AssetStagingProps{SourcePath: jsii.String(fixture(t, "dir")), Bundling: &awscdk.BundlingOptions{Image: awscdk.DockerImage_FromRegistry(jsii.String("x")), Local: &emptyBundler{}}}
		}, "Bundling did not produce any output."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			app, _ := initApp(t, nil)
			stack := awscdk.NewStack(app, jsii.String("Stack"), nil)
			awscdk.NewAssetStaging(stack, jsii.String("Asset"), c.props(t))
			err := synthErr(t, app)
			if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "Stack/Asset") {
				t.Errorf("error %v, want one naming Stack/Asset with %q", err, c.want)
			}
		})
	}
}

type emptyBundler struct{}

func (*emptyBundler) TryBundle(*string, *awscdk.BundlingOptions) *bool { return jsii.Bool(true) }

func TestAssetStagingDisabledAndSkipped(t *testing.T) {
	app, _ := initApp(t, map[string]interface{}{"aws:cdk:disable-asset-staging": true, "aws:cdk:bundling-stacks": []interface{}{"Other"}})
	stack := awscdk.NewStack(app, jsii.String("S"), nil)
	s := awscdk.NewAssetStaging(stack, jsii.String("A"), &awscdk.AssetStagingProps{SourcePath: jsii.String(fixture(t, "sample.txt"))})
	if *s.RelativeStagedPath(stack) != fixture(t, "sample.txt") {
		t.Errorf("with staging disabled the asset is staged at %s", *s.RelativeStagedPath(stack))
	}
	b := &fileBundler{name: "x", content: "x"}
	bs := awscdk.NewAssetStaging(stack, jsii.String("B"), &awscdk.AssetStagingProps{SourcePath: jsii.String(fixture(t, "dir")),
		Bundling: &awscdk.BundlingOptions{Image: awscdk.DockerImage_FromRegistry(jsii.String("x")), Local: b}})
	if b.calls != 0 || *bs.AbsoluteStagedPath() != fixture(t, "dir") {
		t.Errorf("a stack outside aws:cdk:bundling-stacks was bundled (%d calls, staged at %s)", b.calls, *bs.AbsoluteStagedPath())
	}
}

// Assets of stacks in nested stages are staged once, at the top of the
// assembly, and referred to from below (checked against aws-cdk-lib: the
// nested asset manifest says "../asset.<hash>.txt").
func TestAssetStagingInNestedStage(t *testing.T) {
	app, outdir := initApp(t, nil)
	stage := awscdk.NewStage(app, jsii.String("Prod"), nil)
	stack := awscdk.NewStack(stage, jsii.String("S"), nil)
	awscdk.NewCfnResource(stack, jsii.String("T"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic")})
	s := awscdk.NewAssetStaging(stack, jsii.String("A"), &awscdk.AssetStagingProps{SourcePath: jsii.String(fixture(t, "sample.txt"))})
	name := "asset.1926de308347341c21d4c61834395473d41e77a6bf64bdb640c75df449f37dda.txt"
	if got := *s.RelativeStagedPath(stack); got != "../"+name {
		t.Errorf("relative staged path %s", got)
	}
	if got := *s.AbsoluteStagedPath(); got != filepath.Join(outdir, name) {
		t.Errorf("absolute staged path %s", got)
	}
	app.Synth(nil)
	if _, err := os.Stat(filepath.Join(outdir, name)); err != nil {
		t.Errorf("asset not at the top of the assembly: %v", err)
	}
}
