package cloudassemblyschema_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	cas "github.com/strata-cdk/strata/awscdk/cloudassemblyschema"
	"github.com/strata-cdk/strata/internal/cxjson"
)

func s(v string) *string   { return &v }
func n(v float64) *float64 { return &v }
func b(v bool) *bool       { return &v }
func ss(v ...string) *[]*string {
	out := make([]*string, len(v))
	for i := range v {
		out[i] = &v[i]
	}
	return &out
}

// The Go twins of testdata/twins.js: the same manifests, which
// Manifest_Save* must write byte for byte as aws-cdk-lib does.
func assemblyCase() *cas.AssemblyManifest {
	return &cas.AssemblyManifest{
		Version: s("0.0.0"),
		Artifacts: &map[string]*cas.ArtifactManifest{
			"App.assets": {
				Type: cas.ArtifactType_ASSET_MANIFEST,
				Properties: &cas.AssetManifestProperties{
					File:                              s("App.assets.json"),
					RequiresBootstrapStackVersion:     n(6),
					BootstrapStackVersionSsmParameter: s("/cdk-bootstrap/hnb659fds/version"),
				},
			},
			"App": {
				Type:         cas.ArtifactType_AWS_CLOUDFORMATION_STACK,
				Dependencies: ss("App.assets"),
				DisplayName:  s("App"),
				Environment:  s("aws://123456789012/eu-west-1"),
				Metadata: &map[string]*[]*cas.MetadataEntry{
					"/App/Queue/Resource": {
						{Type: s("aws:cdk:logicalId"), Data: "Queue4A7E3555"},
						{Type: s("aws:cdk:warning"), Data: "careful", Trace: ss("at a", "at b")},
					},
				},
				Properties: &cas.AwsCloudFormationStackProperties{
					TemplateFile:                  s("App.template.json"),
					AssumeRoleArn:                 s("arn:aws:iam::123456789012:role/deploy"),
					LookupRole:                    &cas.BootstrapRole{Arn: s("arn:aws:iam::123456789012:role/lookup"), RequiresBootstrapStackVersion: n(8)},
					NotificationArns:              ss("arn:aws:sns:eu-west-1:123456789012:topic"),
					Parameters:                    &map[string]*string{"B": s("two"), "A": s("1")},
					RequiresBootstrapStackVersion: n(6),
					StackName:                     s("my-app"),
					Tags:                          &map[string]*string{"Team": s("x"), "Owner": s("me")},
					TerminationProtection:         b(true),
					ValidateOnSynth:               b(false),
				},
			},
			"Tree": {Type: cas.ArtifactType_CDK_TREE, Properties: &cas.TreeArtifactProperties{File: s("tree.json")}},
			"assemblyStage": {
				Type:       cas.ArtifactType_NESTED_CLOUD_ASSEMBLY,
				Properties: &cas.NestedCloudAssemblyProperties{DirectoryName: s("assembly-Stage"), DisplayName: s("Stage")},
			},
		},
		Missing: &[]*cas.MissingContext{{
			Key:      s("availability-zones:account=123456789012:region=eu-west-1"),
			Props:    &cas.AvailabilityZonesContextQuery{Account: s("123456789012"), Region: s("eu-west-1")},
			Provider: cas.ContextProvider_AVAILABILITY_ZONE_PROVIDER,
		}},
		Runtime: &cas.RuntimeInfo{Libraries: &map[string]*string{"constructs": s("10.8.1"), "aws-cdk-lib": s("2.276.0")}},
	}
}

func assetsCase() *cas.AssetManifest {
	return &cas.AssetManifest{
		Version: s("1.0.0"),
		DockerImages: &map[string]*cas.DockerImageAsset{"img": {
			Destinations: &map[string]*cas.DockerImageDestination{"current_account-current_region": {ImageTag: s("img"), RepositoryName: s("repo")}},
			Source: &cas.DockerImageSource{CacheDisabled: b(true), Directory: s("asset.img"),
				DockerBuildArgs: &map[string]*string{"Z": s("z"), "A": s("a")}, Platform: s("linux/arm64")},
			DisplayName: s("Image"),
		}},
		Files: &map[string]*cas.FileAsset{"abc": {
			Destinations: &map[string]*cas.FileDestination{"current_account-current_region": {
				AssumeRoleArn: s("arn:aws:iam::123456789012:role/publish"), Region: s("eu-west-1"),
				BucketName: s("bucket"), ObjectKey: s("abc.zip"),
			}},
			Source: &cas.FileSource{Packaging: cas.FileAssetPackaging_ZIP_DIRECTORY, Path: s("asset.abc")},
		}},
	}
}

func integCase() *cas.IntegManifest {
	return &cas.IntegManifest{
		TestCases: &map[string]*cas.TestCase{"integ-test/DefaultTest": {
			Regions: ss("us-east-1"), Stacks: ss("Stack"), AssertionStack: s("integ-test/DefaultTest/DeployAssert"),
		}},
		Version:       s("0.0.0"),
		EnableLookups: b(false),
	}
}

func checkFile(t *testing.T, name, got string) {
	t.Helper()
	want, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	g, err := os.ReadFile(got)
	if err != nil {
		t.Fatal(err)
	}
	if string(g) != string(want) {
		t.Errorf("%s differs from aws-cdk-lib's:\n%s", name, firstDiff(want, g))
	}
}

func TestSaveMatchesAwsCdkLib(t *testing.T) {
	dir := t.TempDir()
	p := func(n string) *string { return s(filepath.Join(dir, n)) }
	cas.Manifest_SaveAssemblyManifest(assemblyCase(), p("assembly.json"))
	checkFile(t, "assembly.json", *p("assembly.json"))
	cas.Manifest_SaveAssetManifest(assetsCase(), p("assets.json"))
	checkFile(t, "assets.json", *p("assets.json"))
	cas.Manifest_SaveIntegManifest(integCase(), p("integ.json"))
	checkFile(t, "integ.json", *p("integ.json"))
}

// Loading what aws-cdk-lib wrote and saving it again gives the same bytes,
// and the loaded values are typed as the schema says.
func TestLoadRoundTrip(t *testing.T) {
	dir := t.TempDir()
	m := cas.Manifest_LoadAssemblyManifest(s("testdata/assembly.json"), nil)
	if *m.Version != "55.0.0" || *m.MinimumCliVersion != "2.1148.2" {
		t.Errorf("version %s, cli %s", *m.Version, *m.MinimumCliVersion)
	}
	app := (*m.Artifacts)["App"]
	if app.Type != cas.ArtifactType_AWS_CLOUDFORMATION_STACK {
		t.Errorf("type %q", app.Type)
	}
	props, ok := app.Properties.(*cas.AwsCloudFormationStackProperties)
	if !ok || *props.StackName != "my-app" || *(*props.Tags)["Owner"] != "me" || *props.LookupRole.RequiresBootstrapStackVersion != 8 {
		t.Errorf("stack properties: %#v", app.Properties)
	}
	if (*m.Missing)[0].Provider != cas.ContextProvider_AVAILABILITY_ZONE_PROVIDER {
		t.Errorf("provider %q", (*m.Missing)[0].Provider)
	}
	if q, ok := (*m.Missing)[0].Props.(map[string]interface{}); !ok || q["region"] != "eu-west-1" {
		t.Errorf("missing props %#v", (*m.Missing)[0].Props)
	}
	out := filepath.Join(dir, "assembly.json")
	// Set, minimumCliVersion keeps its struct position (before missing),
	// as with aws-cdk-go; unset, it comes last as in the file read.
	m.MinimumCliVersion = nil
	cas.Manifest_SaveAssemblyManifest(m, &out)
	checkFile(t, "assembly.json", out)

	a := cas.Manifest_LoadAssetManifest(s("testdata/assets.json"))
	if (*a.Files)["abc"].Source.Packaging != cas.FileAssetPackaging_ZIP_DIRECTORY {
		t.Errorf("packaging %q", (*a.Files)["abc"].Source.Packaging)
	}
	out = filepath.Join(dir, "assets.json")
	cas.Manifest_SaveAssetManifest(a, &out)
	checkFile(t, "assets.json", out)

	i := cas.Manifest_LoadIntegManifest(s("testdata/integ.json"))
	out = filepath.Join(dir, "integ.json")
	cas.Manifest_SaveIntegManifest(i, &out)
	checkFile(t, "integ.json", out)
}

func panicMessage(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = r.(error).Error()
		}
	}()
	f()
	return ""
}

func TestErrorsMatchAwsCdkLib(t *testing.T) {
	var want map[string]*string
	raw, err := os.ReadFile("testdata/errors.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	future := filepath.Join(dir, "future.json")
	if err := os.WriteFile(future, []byte(`{"version":"99.0.0","minimumCliVersion":"3.0.0"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{
		"RoleArnInOptions": panicMessage(func() {
			cas.Manifest_SaveAssemblyManifest(&cas.AssemblyManifest{Version: s("0.0.0"), Artifacts: &map[string]*cas.ArtifactManifest{
				"S": {Type: cas.ArtifactType_AWS_CLOUDFORMATION_STACK, Properties: &cas.AwsCloudFormationStackProperties{
					TemplateFile: s("t"), AssumeRoleAdditionalOptions: &map[string]interface{}{"RoleArn": "x"}}},
			}}, s(filepath.Join(dir, "bad.json")))
		}),
		"FutureVersion": panicMessage(func() { cas.Manifest_LoadAssemblyManifest(&future, nil) }),
		"FutureVersionSkipped": panicMessage(func() {
			cas.Manifest_LoadAssemblyManifest(&future, &cas.LoadManifestOptions{SkipVersionCheck: b(true)})
		}),
	}
	for name, w := range want {
		wm := ""
		if w != nil {
			wm = *w
		}
		if got[name] != wm {
			t.Errorf("%s: got %q, aws-cdk-lib says %q", name, got[name], wm)
		}
	}
}

func TestLoadErrorsAreClear(t *testing.T) {
	msg := panicMessage(func() { cas.Manifest_LoadAssemblyManifest(s("testdata/nope.json"), nil) })
	if !strings.Contains(msg, "nope.json") {
		t.Errorf("missing file: %q", msg)
	}
	dir := t.TempDir()
	bad := filepath.Join(dir, "m.json")
	os.WriteFile(bad, []byte(`{"version":"55.0.0","artifacts":{"S":{"type":1}}}`), 0o644)
	if msg := panicMessage(func() { cas.Manifest_LoadAssemblyManifest(&bad, nil) }); !strings.Contains(msg, "artifacts.S.type: expected a string") {
		t.Errorf("bad type: %q", msg)
	}
	os.WriteFile(bad, []byte(`{"version":"x"}`), 0o644)
	if msg := panicMessage(func() { cas.Manifest_LoadAssemblyManifest(&bad, nil) }); msg != `Invalid semver string: "x"` {
		t.Errorf("bad version: %q", msg)
	}
	if msg := panicMessage(func() { cas.Manifest_SaveAssemblyManifest(nil, &bad) }); msg == "" {
		t.Error("saving nil: no error")
	}
}

func TestVersions(t *testing.T) {
	if *cas.Manifest_Version() != "55.0.0" || *cas.Manifest_CliVersion() != "2.1148.2" {
		t.Error(*cas.Manifest_Version(), *cas.Manifest_CliVersion())
	}
}

func TestGeneratedHeader(t *testing.T) {
	b, err := os.ReadFile("schema_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(b), "// Code generated by") || !strings.Contains(strings.SplitN(string(b), "\n", 2)[0], "DO NOT EDIT.") {
		t.Error("schema_gen.go lacks the generated-code header")
	}
}

// firstDiff shows the first line where got departs from want.
func firstDiff(want, got []byte) string {
	w, g := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d:\n  want %s\n  got  %s", i+1, wl, gl)
		}
	}
	return "(only the final newline differs)"
}

// Every schema enum is written with aws-cdk-lib's wire values, in its
// order (testdata/enums.json).
func TestEnumWireValues(t *testing.T) {
	raw, err := os.ReadFile("testdata/enums.json")
	if err != nil {
		t.Fatal(err)
	}
	var want map[string][][2]string
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	types := map[string]reflect.Type{
		"ArtifactType": reflect.TypeOf(cas.ArtifactType("")), "ArtifactMetadataEntryType": reflect.TypeOf(cas.ArtifactMetadataEntryType("")),
		"ContextProvider": reflect.TypeOf(cas.ContextProvider("")), "LoadBalancerType": reflect.TypeOf(cas.LoadBalancerType("")),
		"LoadBalancerListenerProtocol": reflect.TypeOf(cas.LoadBalancerListenerProtocol("")),
		"FileAssetPackaging":           reflect.TypeOf(cas.FileAssetPackaging("")), "RequireApproval": reflect.TypeOf(cas.RequireApproval("")),
	}
	if len(types) != len(want) {
		t.Fatalf("aws-cdk-lib has %d enums, the test knows %d", len(want), len(types))
	}
	for name, w := range want {
		if got := cxjson.Enum(types[name]); !reflect.DeepEqual(got, w) {
			t.Errorf("%s:\n got  %v\n want %v", name, got, w)
		}
	}
}

// Schema validation reports what aws-cdk-lib's does for the same bad
// manifests (testdata/validation.json), in the same words; the order of the
// lines is not compared.
func TestSchemaValidation(t *testing.T) {
	raw, err := os.ReadFile("testdata/validation.json")
	if err != nil {
		t.Fatal(err)
	}
	var want map[string]*string
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	lines := func(s string) []string {
		l := strings.Split(s, "\n")
		sort.Strings(l[1:])
		return l
	}
	for name, w := range want {
		file, skip := strings.CutSuffix(name, "-skipEnums")
		got := panicMessage(func() {
			cas.Manifest_LoadAssemblyManifest(s("testdata/"+file+".json"), &cas.LoadManifestOptions{ValidateSchema: b(true), SkipEnumCheck: b(skip)})
		})
		if w == nil {
			if got != "" {
				t.Errorf("%s: %s", name, got)
			}
			continue
		}
		if !reflect.DeepEqual(lines(got), lines(*w)) {
			t.Errorf("%s:\ngot  %s\nwant %s", name, got, *w)
		}
	}
	// Without ValidateSchema (and TESTING_CDK), the same files load.
	t.Setenv("TESTING_CDK", "")
	if m := cas.Manifest_LoadAssemblyManifest(s("testdata/invalid1.json"), nil); len(*m.Artifacts) != 3 {
		t.Errorf("artifacts: %v", *m.Artifacts)
	}
	// aws-cdk-lib's own assembly is valid.
	cas.Manifest_LoadAssemblyManifest(s("testdata/assembly.json"), &cas.LoadManifestOptions{ValidateSchema: b(true)})
}
