package awscdk_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/jsii"
)

var destinationID = regexp.MustCompile(`"([a-z0-9_-]+-[a-z0-9_-]+)-[0-9a-f]{8}"`)

var analytics = regexp.MustCompile(`"Analytics": "[^"]*"`)

var s3KeyRe = regexp.MustCompile(`"S3Key": "([0-9a-f]{64})\.zip"`)

// sameModuloCode compares our template and asset manifest with aws-cdk-lib's
// once the hash of handler code (Strata ships its own handlers) is mapped
// onto aws-cdk-lib's, and with it the hash of the template file.
func sameModuloCode(t *testing.T, outdir, expectDir, stackID string) {
	t.Helper()
	read := func(p string) []byte {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	ours := read(filepath.Join(outdir, stackID+".template.json"))
	theirs := read(filepath.Join(expectDir, stackID+".template.json"))
	oursKeys, theirKeys := s3KeyRe.FindAllSubmatch(ours, -1), s3KeyRe.FindAllSubmatch(theirs, -1)
	if len(oursKeys) != len(theirKeys) {
		t.Fatalf("%d code assets, aws-cdk-lib has %d", len(oursKeys), len(theirKeys))
	}
	normalized := ours
	repl := map[string]string{}
	for i := range oursKeys {
		repl[string(oursKeys[i][1])] = string(theirKeys[i][1])
	}
	for o, th := range repl {
		normalized = bytes.ReplaceAll(normalized, []byte(o), []byte(th))
	}
	// Only CDKMetadata may differ (the parity rule).
	normalized = analytics.ReplaceAll(normalized, []byte(`"Analytics": "-"`))
	theirs = analytics.ReplaceAll(theirs, []byte(`"Analytics": "-"`))
	if !bytes.Equal(normalized, theirs) {
		t.Errorf("%s template differs from aws-cdk-lib's (code hashes mapped):\n--- ours\n%s\n--- aws-cdk-lib\n%s", stackID, normalized, theirs)
	}
	h1, h2 := sha256.Sum256(ours), sha256.Sum256(read(filepath.Join(expectDir, stackID+".template.json")))
	repl[hex.EncodeToString(h1[:])] = hex.EncodeToString(h2[:])
	manifest := read(filepath.Join(outdir, stackID+".assets.json"))
	for o, th := range repl {
		manifest = bytes.ReplaceAll(manifest, []byte(o), []byte(th))
	}
	// Destination ids hash the destination, object key included.
	manifest = destinationID.ReplaceAll(manifest, []byte("$1-DEST"))
	want := destinationID.ReplaceAll(read(filepath.Join(expectDir, stackID+".assets.json")), []byte("$1-DEST"))
	if !bytes.Equal(manifest, want) {
		t.Errorf("%s asset manifest differs from aws-cdk-lib's (hashes mapped):\n--- ours\n%s\n--- aws-cdk-lib\n%s", stackID, manifest, want)
	}
}

type fiveMinutes struct{}

// buildCustomResources is the program of twins/custom_resource.js.
func buildCustomResources(t *testing.T, stack awscdk.Stack) map[string]interface{} {
	code := fixture(t, "dir")
	awscdk.NewCustomResource(stack, jsii.String("Plain"), &awscdk.CustomResourceProps{
		ServiceToken: jsii.String("arn:aws:lambda:us-east-1:123456789012:function:handler"),
		Properties:   &map[string]interface{}{"b": 1, "A": "x", "Nested": map[string]interface{}{"z": true, "a": []interface{}{1, 2}}},
	})
	typed := awscdk.NewCustomResource(stack, jsii.String("Typed"), &awscdk.CustomResourceProps{
		ServiceToken:         jsii.String("arn:aws:lambda:us-east-1:123456789012:function:handler"),
		ResourceType:         jsii.String("Custom::MyThing"),
		PascalCaseProperties: jsii.Bool(true),
		Properties:           &map[string]interface{}{"beta": "b", "alpha": 1},
		RemovalPolicy:        awscdk.RemovalPolicy_RETAIN,
		ServiceTimeout:       awscdk.Duration_Minutes(jsii.Number(5)),
	})
	awscdk.NewCustomResource(stack, jsii.String("Conflict"), &awscdk.CustomResourceProps{
		ServiceToken: jsii.String("arn:aws:lambda:us-east-1:123456789012:function:handler"),
		Properties:   &map[string]interface{}{"ServiceToken": "overridden", "Alpha": "a"},
	})
	provider := awscdk.CustomResourceProvider_GetOrCreateProvider(stack, jsii.String("Custom::MyProvider"), &awscdk.CustomResourceProviderProps{
		CodeDirectory:    jsii.String(code),
		Runtime:          awscdk.CustomResourceProviderRuntime_NODEJS_22_X,
		PolicyStatements: &[]interface{}{map[string]interface{}{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}},
		Timeout:          awscdk.Duration_Minutes(jsii.Number(5)),
		MemorySize:       awscdk.Size_Mebibytes(jsii.Number(256)),
		Environment:      &map[string]*string{"FOO": jsii.String("2"), "BAR": jsii.String("1")},
		Description:      jsii.String("My provider"),
	})
	token := awscdk.CustomResourceProvider_GetOrCreate(stack, jsii.String("Custom::MyProvider"), &awscdk.CustomResourceProviderProps{
		CodeDirectory: jsii.String(code), Runtime: awscdk.CustomResourceProviderRuntime_NODEJS_22_X,
	})
	provider.AddToRolePolicy(map[string]interface{}{"Effect": "Allow", "Action": "sqs:SendMessage", "Resource": "*"})
	via := awscdk.NewCustomResource(stack, jsii.String("ViaProvider"), &awscdk.CustomResourceProps{ServiceToken: token, ResourceType: jsii.String("Custom::Thing")})
	minimal := awscdk.CustomResourceProvider_GetOrCreateProvider(stack, jsii.String("Custom::Minimal"), &awscdk.CustomResourceProviderProps{
		CodeDirectory: jsii.String(code), Runtime: awscdk.CustomResourceProviderRuntime_NODEJS_20_X,
	})
	awscdk.NewCfnOutput(stack, jsii.String("Att"), &awscdk.CfnOutputProps{Value: via.GetAttString(jsii.String("Result"))})
	awscdk.NewCfnOutput(stack, jsii.String("Ref"), &awscdk.CfnOutputProps{Value: via.Ref()})
	awscdk.NewCfnOutput(stack, jsii.String("TypedRef"), &awscdk.CfnOutputProps{Value: typed.Ref()})
	awscdk.NewCfnOutput(stack, jsii.String("RoleArn"), &awscdk.CfnOutputProps{Value: minimal.RoleArn()})
	awscdk.NewCfnOutput(stack, jsii.String("Token"), &awscdk.CfnOutputProps{Value: minimal.ServiceToken()})
	return map[string]interface{}{"provider": provider, "token": token}
}

func TestCustomResourceMatchesAwsCdkLib(t *testing.T) {
	for _, mode := range []string{"custom_resource", "custom_resource_cli"} {
		t.Run(mode, func(t *testing.T) {
			var extra map[string]interface{}
			if mode == "custom_resource_cli" {
				extra = cdkctx.CLIContext()
			}
			app, outdir := initApp(t, extra)
			stack := awscdk.NewStack(app, jsii.String("CrStack"), nil)
			got := buildCustomResources(t, stack)
			if *got["token"].(*string) != *got["provider"].(awscdk.CustomResourceProvider).ServiceToken() {
				t.Error("GetOrCreate returned another provider's token")
			}
			app.Synth(nil)
			sameModuloCode(t, outdir, filepath.Join("testdata/expected", mode), "CrStack")
			// The code asset holds the handler, the response wrapper, no TypeScript.
			p := got["provider"].(awscdk.CustomResourceProvider)
			dir := filepath.Join(outdir, "asset."+*p.CodeHash())
			for f, want := range map[string]bool{"index.js": true, "__entrypoint__.js": true, "lib/util.js": true, "index.ts": false} {
				if _, err := os.Stat(filepath.Join(dir, f)); (err == nil) != want {
					t.Errorf("code asset: %s present=%v, want %v", f, err == nil, want)
				}
			}
		})
	}
}

func TestCustomResourceWarnsOnOverwrittenKeys(t *testing.T) {
	app, _ := initApp(t, nil)
	stack := awscdk.NewStack(app, jsii.String("S"), nil)
	cr := awscdk.NewCustomResource(stack, jsii.String("C"), &awscdk.CustomResourceProps{
		ServiceToken: jsii.String("arn"), Properties: &map[string]interface{}{"ServiceToken": "x"},
	})
	found := false
	for _, m := range *cr.Node().Metadata() {
		if s, ok := m.Data.(string); ok && strings.Contains(s, "The following keys will be overwritten as they exist in the 'properties' prop. Keys found: ServiceToken") {
			found = true
		}
	}
	if !found {
		t.Error("no warning about the overwritten ServiceToken")
	}
}

func TestCustomResourceMistakes(t *testing.T) {
	cases := []struct {
		name  string
		props *awscdk.CustomResourceProps
		want  string
	}{
		{"type prefix", &awscdk.CustomResourceProps{ServiceToken: jsii.String("a"), ResourceType: jsii.String("MyType")}, `Custom resource type must begin with "Custom::" (MyType)`},
		{"type length", &awscdk.CustomResourceProps{ServiceToken: jsii.String("a"), ResourceType: jsii.String("Custom::" + strings.Repeat("x", 60))}, "Custom resource type length > 60"},
		{"type chars", &awscdk.CustomResourceProps{ServiceToken: jsii.String("a"), ResourceType: jsii.String("Custom::a b")}, "Custom resource type name can only include alphanumeric characters and _@- (a b)"},
		{"timeout", &awscdk.CustomResourceProps{ServiceToken: jsii.String("a"), ServiceTimeout: awscdk.Duration_Hours(jsii.Number(2))}, "serviceTimeout must either be between 1 and 3600 seconds, got 7200"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			app, _ := initApp(t, nil)
			stack := awscdk.NewStack(app, jsii.String("Stack"), nil)
			awscdk.NewCustomResource(stack, jsii.String("Cr"), c.props)
			err := synthErr(t, app)
			if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "Stack/Cr") {
				t.Errorf("error %v, want one naming Stack/Cr with %q", err, c.want)
			}
		})
	}
	app, _ := initApp(t, nil)
	stack := awscdk.NewStack(app, jsii.String("Stack"), nil)
	awscdk.CustomResourceProvider_GetOrCreate(stack, jsii.String("Custom::X"), &awscdk.CustomResourceProviderProps{CodeDirectory: jsii.String(fixture(t, "dir/lib")), Runtime: awscdk.CustomResourceProviderRuntime_NODEJS_22_X})
	if err := synthErr(t, app); err == nil || !strings.Contains(err.Error(), "dir/lib/index.js") {
		t.Errorf("error %v, want one about the missing index.js", err)
	}
}

func TestCustomResourceProviderInlineCode(t *testing.T) {
	app, _ := initApp(t, map[string]interface{}{"@aws-cdk/core:inlineCustomResourceIfPossible": true})
	stack := awscdk.NewStack(app, jsii.String("S"), nil)
	awscdk.CustomResourceProvider_GetOrCreate(stack, jsii.String("Custom::X"), &awscdk.CustomResourceProviderProps{CodeDirectory: jsii.String(fixture(t, "dir")), Runtime: awscdk.CustomResourceProviderRuntime_NODEJS_22_X})
	tmpl := app.Synth(nil).GetStackArtifact(jsii.String("S")).Template().(map[string]interface{})
	fn := tmpl["Resources"].(map[string]interface{})["CustomXCustomResourceProviderHandlerAA841E73"]
	if fn == nil {
		t.Fatalf("no handler in %v", tmpl["Resources"])
	}
	props := fn.(map[string]interface{})["Properties"].(map[string]interface{})
	if props["Handler"] != "index.handler" || props["Code"].(map[string]interface{})["ZipFile"] != "exports.handler = async () => ({});\n" {
		t.Errorf("inline handler rendered as %v", props)
	}
}
