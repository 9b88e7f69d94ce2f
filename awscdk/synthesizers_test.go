package awscdk_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/cloudassemblyschema"
	"github.com/strata-cdk/strata/jsii"
)

const synthExpected = "testdata/expected/synthesizers"

// TestSynthesizersMatchAwsCdkLib is the program of twins/synthesizers.js:
// templates, asset manifests and the stack artifacts of the manifest.
func TestSynthesizersMatchAwsCdkLib(t *testing.T) {
	app, outdir := initApp(t, nil)
	stack := func(id string, synth awscdk.IStackSynthesizer, env *awscdk.Environment, withAsset bool) {
		s := awscdk.NewStack(app, jsii.String(id), &awscdk.StackProps{Synthesizer: synth, Env: env})
		awscdk.NewCfnResource(s, jsii.String("Topic"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic")})
		if withAsset {
			loc := s.Synthesizer().AddFileAsset(&awscdk.FileAssetSource{FileName: jsii.String("asset.txt"), Packaging: awscdk.FileAssetPackaging_FILE, SourceHash: jsii.String("abc123")})
			awscdk.NewCfnOutput(s, jsii.String("Http"), &awscdk.CfnOutputProps{Value: loc.HttpUrl})
			awscdk.NewCfnOutput(s, jsii.String("Key"), &awscdk.CfnOutputProps{Value: loc.ObjectKey})
			awscdk.NewCfnOutput(s, jsii.String("S3"), &awscdk.CfnOutputProps{Value: loc.S3ObjectUrl})
		}
	}
	euWest := &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("eu-west-1")}
	stack("Cli", awscdk.NewCliCredentialsStackSynthesizer(nil), nil, true)
	stack("CliOpts", awscdk.NewCliCredentialsStackSynthesizer(&awscdk.CliCredentialsStackSynthesizerProps{Qualifier: jsii.String("q1"),
		BucketPrefix: jsii.String("pre/"), FileAssetsBucketName: jsii.String("bkt-${Qualifier}-${AWS::Region}")}), euWest, true)
	stack("Legacy", awscdk.NewLegacyStackSynthesizer(), nil, true)
	stack("Bootless", awscdk.NewBootstraplessSynthesizer(&awscdk.BootstraplessSynthesizerProps{DeployRoleArn: jsii.String("arn:aws:iam::111111111111:role/deploy"),
		CloudFormationExecutionRoleArn: jsii.String("arn:aws:iam::111111111111:role/exec")}), nil, false)
	stack("BootlessBare", awscdk.NewBootstraplessSynthesizer(nil), euWest, false)
	app.Synth(nil)

	entries, err := os.ReadDir(synthExpected)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Name() == "manifest.json" {
			continue
		}
		sameFile(t, filepath.Join(outdir, e.Name()), filepath.Join(synthExpected, e.Name()))
	}
	want, got := stackArtifacts(t, filepath.Join(synthExpected, "manifest.json")), stackArtifacts(t, filepath.Join(outdir, "manifest.json"))
	for id, w := range want {
		if !reflect.DeepEqual(w, got[id]) {
			wj, _ := json.MarshalIndent(w, "", " ")
			gj, _ := json.MarshalIndent(got[id], "", " ")
			t.Errorf("artifact %s differs:\n--- ours\n%s\n--- aws-cdk-lib\n%s", id, gj, wj)
		}
	}
	if len(want) != len(got) {
		t.Errorf("%d stack and asset artifacts, aws-cdk-lib has %d", len(got), len(want))
	}
}

// stackArtifacts reads the stack and asset-manifest artifacts of a manifest,
// without the metadata file (its stack traces differ by nature).
func stackArtifacts(t *testing.T, path string) map[string]interface{} {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Artifacts map[string]map[string]interface{} `json:"artifacts"`
	}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	out := map[string]interface{}{}
	for id, a := range m.Artifacts {
		if a["type"] == "aws:cloudformation:stack" || a["type"] == "cdk:asset-manifest" {
			delete(a, "additionalMetadataFile")
			out[id] = a
		}
	}
	return out
}

func TestSynthesizerMethods(t *testing.T) {
	app, _ := initApp(t, nil)
	d := awscdk.NewDefaultStackSynthesizer(nil)
	s := awscdk.NewStack(app, jsii.String("S"), &awscdk.StackProps{Synthesizer: d, Env: &awscdk.Environment{Region: jsii.String("eu-west-1")}})
	if d.BoundStack() != s || d.Stack() != s {
		t.Fatal("BoundStack")
	}
	if !strings.Contains(*d.CloudFormationExecutionRole(), "cfn-exec-role") {
		t.Fatal(*d.CloudFormationExecutionRole())
	}
	loc := d.CloudFormationLocationFromFileAsset(&cloudassemblyschema.FileDestination{BucketName: jsii.String("b"), ObjectKey: jsii.String("k.zip")})
	if *loc.S3ObjectUrlWithPlaceholders != "s3://b/k.zip" {
		t.Fatal(*loc.S3ObjectUrlWithPlaceholders)
	}
	img := d.CloudFormationLocationFromDockerImageAsset(&cloudassemblyschema.DockerImageDestination{RepositoryName: jsii.String("r"), ImageTag: jsii.String("t")})
	if img.ImageUri == nil || *img.ImageTag != "t" {
		t.Fatal("docker location")
	}
	s2 := awscdk.NewStack(app, jsii.String("S2"), nil)
	b := d.ReusableBind(s2)
	if b.(awscdk.DefaultStackSynthesizer).BoundStack() != s2 || d.BoundStack() != s {
		t.Fatal("ReusableBind must bind a copy")
	}
	boot := awscdk.NewStack(app, jsii.String("Boot"), &awscdk.StackProps{Synthesizer: awscdk.NewBootstraplessSynthesizer(nil)})
	msg := userPanic(t, func() {
		boot.Synthesizer().AddFileAsset(&awscdk.FileAssetSource{FileName: jsii.String("x"), SourceHash: jsii.String("h"), Packaging: awscdk.FileAssetPackaging_FILE})
	})
	if !strings.Contains(msg, "Cannot add assets to a Stack that uses the BootstraplessSynthesizer") || !strings.Contains(msg, "Boot") {
		t.Error(msg)
	}
	msg = userPanic(t, func() {
		awscdk.NewCliCredentialsStackSynthesizer(&awscdk.CliCredentialsStackSynthesizerProps{BucketPrefix: awscdk.Aws_REGION()})
	})
	if !strings.Contains(msg, "property 'bucketPrefix' cannot contain tokens") {
		t.Error(msg)
	}
}

func TestNestedStackAPI(t *testing.T) {
	app, _ := initApp(t, nil)
	msg := userPanic(t, func() { awscdk.NewNestedStack(app, jsii.String("Loose"), nil) })
	if !strings.Contains(msg, "Nested stacks must be defined within scope of another non-nested stack") {
		t.Error(msg)
	}
	parent := awscdk.NewStack(app, jsii.String("P"), nil)
	n := awscdk.NewNestedStack(parent, jsii.String("N"), nil)
	if !*n.Nested() || !*awscdk.NestedStack_IsNestedStack(n) || *awscdk.NestedStack_IsNestedStack(parent) {
		t.Fatal("Nested / NestedStack_IsNestedStack")
	}
	if n.NestedStackParent() != parent || !strings.HasSuffix(*n.TemplateFile(), ".nested.template.json") {
		t.Fatal("parent / template file", *n.TemplateFile())
	}
	if *n.NestedStackResource().CfnResourceType() != "AWS::CloudFormation::Stack" || n.NestedStackResource().Stack() != parent {
		t.Fatal("nested stack resource")
	}
	r := awscdk.NewCfnResource(n, jsii.String("R"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic")})
	if awscdk.Stack_Of(r) != awscdk.Stack(n) {
		t.Fatal("Stack_Of in a nested stack")
	}
	n.SetParameter(jsii.String("K"), jsii.String("V"))
	app.Synth(nil)
}

type mySynth struct{ awscdk.DefaultStackSynthesizer }

// TestDefaultSynthesizerOverride: a program's struct embedding the default
// synthesizer synthesizes exactly as the synthesizer it embeds.
func TestDefaultSynthesizerOverride(t *testing.T) {
	app, outdir := initApp(t, nil)
	plain := awscdk.NewStack(app, jsii.String("Plain"), &awscdk.StackProps{Synthesizer: awscdk.NewDefaultStackSynthesizer(nil)})
	s := &mySynth{}
	awscdk.NewDefaultStackSynthesizer_Override(s, nil)
	mine := awscdk.NewStack(app, jsii.String("Mine"), &awscdk.StackProps{Synthesizer: s})
	for _, st := range []awscdk.Stack{plain, mine} {
		awscdk.NewCfnResource(st, jsii.String("Topic"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic")})
	}
	if s.BoundStack() != mine {
		t.Fatal("the embedded synthesizer is not bound")
	}
	app.Synth(nil)
	a, _ := os.ReadFile(filepath.Join(outdir, "Plain.template.json"))
	b, _ := os.ReadFile(filepath.Join(outdir, "Mine.template.json"))
	if string(a) != string(b) {
		t.Errorf("templates differ:\n%s\n%s", a, b)
	}
	arts := stackArtifacts(t, filepath.Join(outdir, "manifest.json"))
	props := arts["Mine"].(map[string]interface{})["properties"].(map[string]interface{})
	if props["assumeRoleArn"] == nil || props["stackTemplateAssetObjectUrl"] == nil {
		t.Errorf("Mine's artifact lacks the default synthesizer's properties: %v", props)
	}
}

// ownSynth is a synthesizer of the program's own, on StackSynthesizer.
type ownSynth struct {
	awscdk.StackSynthesizer
	assets int
}

func (o *ownSynth) AddFileAsset(asset *awscdk.FileAssetSource) *awscdk.FileAssetLocation {
	o.assets++
	return o.CloudFormationLocationFromFileAsset(&cloudassemblyschema.FileDestination{BucketName: jsii.String("my-bucket"), ObjectKey: asset.SourceHash})
}

func (o *ownSynth) AddDockerImageAsset(asset *awscdk.DockerImageAssetSource) *awscdk.DockerImageAssetLocation {
	return o.CloudFormationLocationFromDockerImageAsset(&cloudassemblyschema.DockerImageDestination{RepositoryName: jsii.String("repo"), ImageTag: asset.SourceHash})
}

func (o *ownSynth) Synthesize(session awscdk.ISynthesisSession) {
	tmpl := o.SynthesizeTemplate(session, nil, nil, nil)
	o.EmitArtifact(session, &awscdk.SynthesizeStackArtifactOptions{
		AssumeRoleArn:               jsii.String("arn:aws:iam::111111111111:role/deployer"),
		StackTemplateAssetObjectUrl: jsii.String("s3://my-bucket/" + *tmpl.SourceHash),
	})
}

func TestStackSynthesizerOverride(t *testing.T) {
	app, outdir := initApp(t, nil)
	o := &ownSynth{}
	awscdk.NewStackSynthesizer_Override(o)
	s := awscdk.NewStack(app, jsii.String("Own"), &awscdk.StackProps{Synthesizer: o})
	awscdk.NewCfnResource(s, jsii.String("Topic"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic")})
	loc := s.Synthesizer().AddFileAsset(&awscdk.FileAssetSource{FileName: jsii.String("f"), SourceHash: jsii.String("h1"), Packaging: awscdk.FileAssetPackaging_FILE})
	awscdk.NewCfnOutput(s, jsii.String("Url"), &awscdk.CfnOutputProps{Value: loc.S3ObjectUrl})
	if o.BoundStack() != s || o.assets != 1 {
		t.Fatal("bind / asset")
	}
	app.Synth(nil)
	arts := stackArtifacts(t, filepath.Join(outdir, "manifest.json"))
	props := arts["Own"].(map[string]interface{})["properties"].(map[string]interface{})
	if props["assumeRoleArn"] != "arn:aws:iam::111111111111:role/deployer" || !strings.HasPrefix(props["stackTemplateAssetObjectUrl"].(string), "s3://my-bucket/") {
		t.Errorf("artifact properties %v", props)
	}
	b, _ := os.ReadFile(filepath.Join(outdir, "Own.template.json"))
	if !strings.Contains(string(b), "s3://my-bucket/h1") {
		t.Errorf("template:\n%s", b)
	}

	missing := &struct{ awscdk.StackSynthesizer }{}
	awscdk.NewStackSynthesizer_Override(missing)
	s2 := awscdk.NewStack(app, jsii.String("NoAssets"), &awscdk.StackProps{Synthesizer: missing})
	msg := userPanic(t, func() {
		s2.Synthesizer().AddFileAsset(&awscdk.FileAssetSource{FileName: jsii.String("f"), SourceHash: jsii.String("h"), Packaging: awscdk.FileAssetPackaging_FILE})
	})
	if !strings.Contains(msg, "does not define AddFileAsset") {
		t.Error(msg)
	}
}

// manifestSynth publishes through an AssetManifestBuilder, as a
// synthesizer of the program's own would.
type manifestSynth struct {
	awscdk.StackSynthesizer
	b awscdk.AssetManifestBuilder
}

func (m *manifestSynth) AddFileAsset(asset *awscdk.FileAssetSource) *awscdk.FileAssetLocation {
	dest := m.b.DefaultAddFileAsset(m.BoundStack(), asset, &awscdk.AssetManifestFileDestination{BucketName: jsii.String("bkt"), BucketPrefix: jsii.String("p/"),
		Role: &awscdk.RoleOptions{AssumeRoleArn: jsii.String("arn:aws:iam::1:role/pub")}}, &awscdk.AddFileAssetOptions{DisplayName: jsii.String("my asset")})
	return m.CloudFormationLocationFromFileAsset(dest)
}

func (m *manifestSynth) AddDockerImageAsset(asset *awscdk.DockerImageAssetSource) *awscdk.DockerImageAssetLocation {
	dest := m.b.DefaultAddDockerImageAsset(m.BoundStack(), asset, &awscdk.AssetManifestDockerImageDestination{RepositoryName: jsii.String("repo")}, nil)
	return m.CloudFormationLocationFromDockerImageAsset(dest)
}

func (m *manifestSynth) Synthesize(session awscdk.ISynthesisSession) {
	m.SynthesizeTemplate(session, nil, nil, nil)
	id := m.b.EmitManifest(m.BoundStack(), session, nil, nil)
	m.EmitArtifact(session, &awscdk.SynthesizeStackArtifactOptions{AdditionalDependencies: &[]*string{id}})
}

func TestAssetManifestBuilder(t *testing.T) {
	app, outdir := initApp(t, nil)
	m := &manifestSynth{b: awscdk.NewAssetManifestBuilder()}
	awscdk.NewStackSynthesizer_Override(m)
	s := awscdk.NewStack(app, jsii.String("M"), &awscdk.StackProps{Synthesizer: m, Env: &awscdk.Environment{Region: jsii.String("eu-west-1")}})
	loc := s.Synthesizer().AddFileAsset(&awscdk.FileAssetSource{FileName: jsii.String("code.zip"), SourceHash: jsii.String("abc"), Packaging: awscdk.FileAssetPackaging_ZIP_DIRECTORY})
	awscdk.NewCfnOutput(s, jsii.String("Key"), &awscdk.CfnOutputProps{Value: loc.ObjectKey})
	s.Synthesizer().AddDockerImageAsset(&awscdk.DockerImageAssetSource{SourceHash: jsii.String("img1"), DirectoryName: jsii.String("dir")})
	if !*m.b.HasAssets() {
		t.Fatal("HasAssets")
	}
	app.Synth(nil)
	b, err := os.ReadFile(filepath.Join(outdir, "M.assets.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"displayName": "my asset"`, `"objectKey": "p/abc.zip"`, `"region": "eu-west-1"`, `"assumeRoleArn": "arn:aws:iam::1:role/pub"`, `"packaging": "zip"`, `"imageTag": "img1"`, `"current_account-eu-west-1-`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("asset manifest lacks %s:\n%s", want, b)
		}
	}
	arts := stackArtifacts(t, filepath.Join(outdir, "manifest.json"))
	if arts["M.assets"] == nil || arts["M"].(map[string]interface{})["dependencies"] == nil {
		t.Errorf("artifacts %v", arts)
	}
}
