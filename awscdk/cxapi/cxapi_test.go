package cxapi_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	cas "github.com/strata-cdk/strata/awscdk/cloudassemblyschema"
	"github.com/strata-cdk/strata/awscdk/cxapi"
)

func s(v string) *string { return &v }

// expect reads a JSON file twins.js wrote.
func expect(t *testing.T, name string) map[string]interface{} {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var v map[string]interface{}
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

// same compares got, through JSON, with aws-cdk-lib's want.
func same(t *testing.T, what string, want, got interface{}) {
	t.Helper()
	b, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	var g interface{}
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(want, g) {
		w, _ := json.MarshalIndent(want, "", " ")
		gg, _ := json.MarshalIndent(g, "", " ")
		t.Errorf("%s differs from aws-cdk-lib's:\nwant %s\ngot  %s", what, w, gg)
	}
}

func orNil[T any](p *T) interface{} {
	if p == nil {
		return nil
	}
	return *p
}

func ids[T interface{ Id() *string }](xs []T) []string {
	out := []string{}
	for _, x := range xs {
		out = append(out, *x.Id())
	}
	return out
}

// describe is the Go twin of twins.js's describe().
func describe(a cxapi.CloudAssembly) map[string]interface{} {
	var arts []interface{}
	for _, x := range *a.Artifacts() {
		var msgs, logical []interface{}
		for _, m := range *x.Messages() {
			msgs = append(msgs, map[string]interface{}{"level": strings.ToLower(string(m.Level)), "id": *m.Id, "type": *m.Entry.Type, "data": m.Entry.Data})
		}
		for _, e := range *x.FindMetadataByType(s("aws:cdk:logicalId")) {
			logical = append(logical, map[string]interface{}{"path": *e.Path, "data": e.Data})
		}
		arts = append(arts, map[string]interface{}{
			"id": *x.Id(), "hierarchicalId": *x.HierarchicalId(), "type": wire(x.Manifest().Type),
			"dependencies": ids(*x.Dependencies()), "messages": orEmpty(msgs), "logicalIds": orEmpty(logical),
		})
	}
	var stacks []interface{}
	for _, st := range *a.Stacks() {
		var outputs []string
		if o, ok := st.Template().(map[string]interface{})["Outputs"].(map[string]interface{}); ok {
			for k := range o {
				outputs = append(outputs, k)
			}
		}
		if outputs == nil {
			outputs = []string{}
		}
		stacks = append(stacks, map[string]interface{}{
			"id": *st.Id(), "stackName": *st.StackName(), "displayName": *st.DisplayName(), "originalName": *st.OriginalName(),
			"environment":  map[string]interface{}{"account": *st.Environment().Account, "region": *st.Environment().Region, "name": *st.Environment().Name},
			"templateFile": *st.TemplateFile(), "tags": *st.Tags(), "parameters": *st.Parameters(),
			"terminationProtection": orNil(st.TerminationProtection()), "validateOnSynth": orNil(st.ValidateOnSynth()),
			"assumeRoleArn": orNil(st.AssumeRoleArn()), "cloudFormationExecutionRoleArn": orNil(st.CloudFormationExecutionRoleArn()),
			"lookupRole": setFields(st.LookupRole()), "requiresBootstrapStackVersion": orNil(st.RequiresBootstrapStackVersion()),
			"stackTemplateAssetObjectUrl": orNil(st.StackTemplateAssetObjectUrl()), "assets": *st.Assets(), "outputs": outputs,
		})
	}
	var nested []interface{}
	for _, n := range *a.NestedAssemblies() {
		nested = append(nested, map[string]interface{}{"id": *n.Id(), "directoryName": *n.DirectoryName(), "displayName": *n.DisplayName(),
			"stacks": ids(*n.NestedAssembly().Stacks())})
	}
	var tree interface{}
	if tr := a.Tree(); tr != nil {
		tree = *tr.File()
	}
	var missing interface{}
	if m := a.Manifest().Missing; m != nil {
		missing = *m
	}
	return map[string]interface{}{
		"version": *a.Version(), "artifacts": arts, "stacks": stacks, "stacksRecursively": ids(*a.StacksRecursively()),
		"nested": nested, "tree": tree, "byName": *a.GetStackByName(s("consumer-stack")).Id(),
		"nestedStack": *a.GetStackArtifact(s("BetaInnerBAFA6896")).HierarchicalId(), "missing": missing,
	}
}

func orEmpty(xs []interface{}) []interface{} {
	if xs == nil {
		return []interface{}{}
	}
	return xs
}

// wire is the manifest's name of an artifact type.
func wire(t cas.ArtifactType) string {
	return map[cas.ArtifactType]string{
		cas.ArtifactType_AWS_CLOUDFORMATION_STACK: "aws:cloudformation:stack", cas.ArtifactType_CDK_TREE: "cdk:tree",
		cas.ArtifactType_ASSET_MANIFEST: "cdk:asset-manifest", cas.ArtifactType_NESTED_CLOUD_ASSEMBLY: "cdk:cloud-assembly",
	}[t]
}

func panicMessage(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(r)
		}
	}()
	f()
	return ""
}

// The assembly aws-cdk-lib wrote (testdata/asm) reads the same through
// Strata's cxapi as through aws-cdk-lib's.
func TestReadMatchesAwsCdkLib(t *testing.T) {
	want := expect(t, "read.json")
	wantErrors := want["errors"]
	delete(want, "errors")
	a := cxapi.NewCloudAssembly(s("testdata/asm"), nil)
	same(t, "assembly", want, describe(a))
	got := map[string]string{
		"UnknownStack": panicMessage(func() { a.GetStackArtifact(s("Nope")) }),
		"NotAStack":    panicMessage(func() { a.GetStackArtifact(s("Tree")) }),
		"UnknownName":  panicMessage(func() { a.GetStackByName(s("nope")) }),
		"NotNested":    panicMessage(func() { a.GetNestedAssemblyArtifact(s("Tree")) }),
		"BadEnv":       panicMessage(func() { cxapi.EnvironmentUtils_Parse(s("nope")) }),
	}
	same(t, "errors", wantErrors, got)

	if !*cxapi.CloudAssembly_IsCloudAssembly(a) || *cxapi.CloudAssembly_IsCloudAssembly("x") {
		t.Error("CloudAssembly_IsCloudAssembly")
	}
	tree := a.Tree()
	if !*cxapi.TreeCloudArtifact_IsTreeCloudArtifact(tree) || *cxapi.CloudFormationStackArtifact_IsCloudFormationStackArtifact(tree) {
		t.Error("Is* statics on the tree")
	}
	assets, ok := a.TryGetArtifact(s("Producer.assets")).(cxapi.AssetManifestArtifact)
	if !ok || !*cxapi.AssetManifestArtifact_IsAssetManifestArtifact(assets) {
		t.Fatal("Producer.assets is not an asset manifest artifact")
	}
	if c := assets.Contents(); c == nil || c.Files == nil || len(*c.Files) != 1 {
		t.Errorf("asset manifest contents: %+v", c)
	}
	if !filepath.IsAbs(*assets.File()) || *assets.RequiresBootstrapStackVersion() != 6 {
		t.Errorf("asset manifest file %s, version %v", *assets.File(), *assets.RequiresBootstrapStackVersion())
	}
	if a.TryGetArtifact(s("nope")) != nil {
		t.Error("TryGetArtifact of an unknown id is not nil")
	}
	n := a.GetNestedAssembly(s("assembly-Beta"))
	if n != a.GetNestedAssembly(s("assembly-Beta")) {
		t.Error("the nested assembly is read more than once")
	}
	if *cxapi.NestedCloudAssemblyArtifact_IsNestedCloudAssemblyArtifact(a.GetNestedAssemblyArtifact(s("assembly-Beta"))) != true {
		t.Error("IsNestedCloudAssemblyArtifact")
	}
	if r := a.Runtime(); r == nil || r.Libraries == nil {
		t.Error("Runtime is nil")
	}
}

func TestBuilderMatchesAwsCdkLib(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "built")
	b := cxapi.NewCloudAssemblyBuilder(&dir, nil)
	b.AddArtifact(s("Zeta"), &cas.ArtifactManifest{
		Type: cas.ArtifactType_AWS_CLOUDFORMATION_STACK, Environment: s("aws://unknown-account/unknown-region"),
		Properties: &cas.AwsCloudFormationStackProperties{TemplateFile: s("Zeta.template.json")},
	})
	b.AddArtifact(s("Alpha.assets"), &cas.ArtifactManifest{
		Type: cas.ArtifactType_ASSET_MANIFEST, Properties: &cas.AssetManifestProperties{File: s("Alpha.assets.json")},
	})
	b.AddArtifact(s("Alpha"), &cas.ArtifactManifest{
		Type: cas.ArtifactType_AWS_CLOUDFORMATION_STACK, Dependencies: &[]*string{s("Alpha.assets"), s("Zeta")},
		Environment: s("aws://111111111111/us-east-1"),
		Properties:  &cas.AwsCloudFormationStackProperties{TemplateFile: s("Alpha.template.json"), StackName: s("alpha")},
	})
	b.AddMissing(&cas.MissingContext{Key: s("k1"), Props: &cas.AvailabilityZonesContextQuery{Account: s("1"), Region: s("r")}, Provider: cas.ContextProvider_AVAILABILITY_ZONE_PROVIDER})
	b.AddMissing(&cas.MissingContext{Key: s("k1"), Props: &cas.AvailabilityZonesContextQuery{Account: s("2"), Region: s("r")}, Provider: cas.ContextProvider_AVAILABILITY_ZONE_PROVIDER})
	inner := b.CreateNestedAssembly(s("assembly-Gamma"), s("Gamma"))
	inner.AddMissing(&cas.MissingContext{Key: s("k2"), Props: &cas.SSMParameterContextQuery{Account: s("1"), Region: s("r"), ParameterName: s("p")}, Provider: cas.ContextProvider_SSM_PARAMETER_PROVIDER})
	inner.BuildAssembly(nil)
	for _, f := range []string{"Zeta.template.json", "Alpha.template.json", "Alpha.assets.json"} {
		if err := os.WriteFile(filepath.Join(dir, f), []byte("{}"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	built := b.BuildAssembly(nil)
	for _, f := range []string{"manifest.json", "cdk.out", "assembly-Gamma/manifest.json", "assembly-Gamma/cdk.out"} {
		want, err := os.ReadFile(filepath.Join("testdata", "built", f))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("%s differs from aws-cdk-lib's:\nwant %s\ngot  %s", f, want, got)
		}
	}
	env := expect(t, "env.json")
	same(t, "built assembly", env["builtOrder"], map[string]interface{}{
		"stacks": ids(*built.Stacks()), "artifacts": ids(*built.Artifacts()),
		"inner": wireMissing(*built.GetNestedAssembly(s("assembly-Gamma")).Manifest().Missing),
	})
	if *b.Outdir() != dir || *inner.AssetOutdir() != dir {
		t.Errorf("outdir %s, nested asset outdir %s", *b.Outdir(), *inner.AssetOutdir())
	}
	b.Delete()
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Error("Delete left the directory")
	}
}

func TestTemporaryAssemblies(t *testing.T) {
	b := cxapi.NewCloudAssemblyBuilder(nil, nil)
	dir := *b.Outdir()
	if _, err := os.Stat(dir); err != nil {
		t.Fatal(err)
	}
	b.BuildAssembly(nil)
	cxapi.CloudAssembly_CleanupTemporaryDirectories()
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("%s survived the cleanup", dir)
	}
}

type provider struct{}

func (provider) Region() *string    { return s("eu-west-1") }
func (provider) AccountId() *string { return s("123456789012") }
func (provider) Partition() *string { return s("aws") }

func TestEnvironmentMatchesAwsCdkLib(t *testing.T) {
	want := expect(t, "env.json")
	same(t, "parse", want["parse"], cxapi.EnvironmentUtils_Parse(s("aws://123456789012/eu-west-1")))
	same(t, "parseLoose", want["parseLoose"], cxapi.EnvironmentUtils_Parse(s("xaws://me@x.y_z/us-east-1/extra")))
	same(t, "make", want["make"], cxapi.EnvironmentUtils_Make(s("1"), s("r")))
	same(t, "format", want["format"], cxapi.EnvironmentUtils_Format(s("1"), s("r")))
	same(t, "replace", want["replace"], cxapi.EnvironmentPlaceholders_Replace(map[string]interface{}{
		"a":    "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/x-${AWS::Region}",
		"list": []string{"${AWS::Region}", "x${AWS::Region}${AWS::Region}"},
		"n":    1,
	}, &cxapi.EnvironmentPlaceholderValues{Region: s("eu-west-1"), AccountId: s("123456789012"), Partition: s("aws")}))
	same(t, "replaceAsync", want["replaceAsync"], cxapi.EnvironmentPlaceholders_ReplaceAsync(map[string]interface{}{
		"atStart": "${AWS::Region}/x", "later": "x/${AWS::AccountId}", "list": []*string{s("ab${AWS::Partition}")},
	}, provider{}))
	if *cxapi.EnvironmentPlaceholders_CURRENT_REGION() != "${AWS::Region}" || *cxapi.EnvironmentPlaceholders_CURRENT_ACCOUNT() != "${AWS::AccountId}" ||
		*cxapi.EnvironmentPlaceholders_CURRENT_PARTITION() != "${AWS::Partition}" {
		t.Error("placeholder constants")
	}
}

type myAssembly struct {
	cxapi.CloudAssembly
	extra int
}

func TestOverride(t *testing.T) {
	m := &myAssembly{extra: 1}
	cxapi.NewCloudAssembly_Override(m, s("testdata/asm"), nil)
	if len(*m.Stacks()) != 2 {
		t.Errorf("overridden assembly has %d stacks", len(*m.Stacks()))
	}
}

func TestBadInput(t *testing.T) {
	for name, f := range map[string]func(){
		"no directory": func() { cxapi.NewCloudAssembly(nil, nil) },
		"missing dir":  func() { cxapi.NewCloudAssembly(s("testdata/nope"), nil) },
		"stack no file": func() {
			cxapi.NewCloudFormationStackArtifact(cxapi.NewCloudAssembly(s("testdata/asm"), nil), s("X"), &cas.ArtifactManifest{Environment: s("aws://a/b")})
		},
		"stack no env": func() {
			cxapi.NewCloudFormationStackArtifact(cxapi.NewCloudAssembly(s("testdata/asm"), nil), s("X"), &cas.ArtifactManifest{Properties: map[string]interface{}{"templateFile": "x"}})
		},
		"nil manifest":    func() { cxapi.NewTreeCloudArtifact(cxapi.NewCloudAssembly(s("testdata/asm"), nil), s("X"), nil) },
		"builder on file": func() { cxapi.NewCloudAssemblyBuilder(s("testdata/read.json"), nil) },
	} {
		if msg := panicMessage(f); msg == "" || strings.Contains(msg, "runtime error") {
			t.Errorf("%s: %q", name, msg)
		}
	}
}

// wireMissing shows missing context as the manifest has it (the Go enum
// holds the constant's name).
func wireMissing(ms []*cas.MissingContext) []interface{} {
	var out []interface{}
	for _, m := range ms {
		p := map[cas.ContextProvider]string{cas.ContextProvider_SSM_PARAMETER_PROVIDER: "ssm", cas.ContextProvider_AVAILABILITY_ZONE_PROVIDER: "availability-zones"}[m.Provider]
		out = append(out, map[string]interface{}{"key": *m.Key, "props": m.Props, "provider": p})
	}
	return out
}

// setFields shows a schema struct as JavaScript does: unset fields absent.
func setFields(v interface{}) map[string]interface{} {
	b, _ := json.Marshal(v)
	var m map[string]interface{}
	json.Unmarshal(b, &m)
	for k, x := range m {
		if x == nil {
			delete(m, k)
		}
	}
	return m
}

// The validation report aws-cdk-lib wrote next to the assembly reads into
// the schema's types.
func TestLoadValidationReport(t *testing.T) {
	r := cas.Manifest_LoadValidationReport(s("testdata/asm/validation-report.json"))
	if r.Title == nil || *r.Title != "Validation Report" || r.PluginReports == nil || len(*r.PluginReports) != 1 {
		t.Fatalf("report: %+v", r)
	}
	p := (*r.PluginReports)[0]
	if p.PluginName == nil || p.Conclusion == nil || p.Violations == nil {
		t.Errorf("plugin report: %+v", p)
	}
}

// One assembly read from many goroutines at once (run with -race).
func TestParallelReads(t *testing.T) {
	a, err := cxapi.Load("testdata/asm")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan string)
	for i := 0; i < 8; i++ {
		go func() {
			st := a.GetStackArtifact(s("Producer"))
			_ = st.Template()
			_ = st.Messages()
			done <- *a.GetNestedAssembly(s("assembly-Beta")).Directory()
		}()
	}
	for i := 0; i < 8; i++ {
		if d := <-done; !strings.HasSuffix(d, "assembly-Beta") {
			t.Error(d)
		}
	}
}

// aws-cdk-lib's assembly passes schema validation, nested one included.
func TestValidatedLoad(t *testing.T) {
	a := cxapi.NewCloudAssembly(s("testdata/asm"), &cas.LoadManifestOptions{ValidateSchema: jsiiTrue()})
	if len(*a.StacksRecursively()) != 3 {
		t.Error("stacks")
	}
}

func jsiiTrue() *bool { v := true; return &v }

func TestGeneratedHeader(t *testing.T) {
	b, err := os.ReadFile("types_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	first := strings.SplitN(string(b), "\n", 2)[0]
	if !strings.HasPrefix(first, "// Code generated by") || !strings.HasSuffix(first, "DO NOT EDIT.") {
		t.Errorf("types_gen.go starts with %q", first)
	}
}
