package awsecr_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsecr"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/internal/golden"
)

// TestAutoDeleteHandler runs the handler's unit tests with node's test
// runner against a stubbed ECR client; it skips without node.
func TestAutoDeleteHandler(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	cmd := exec.Command(node, "--test", "index.test.js")
	cmd.Dir = "autodelete"
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("node --test index.test.js: %v\n%s", err, out)
	}
}

// Nil props and arguments are a user's mistake named by path, not a Go panic.
func TestNilInput(t *testing.T) {
	cases := map[string]func(s awscdk.Stack){
		"attributes": func(s awscdk.Stack) { awsecr.Repository_FromRepositoryAttributes(s, str("R"), nil) },
		"arn":        func(s awscdk.Stack) { awsecr.Repository_FromRepositoryArn(s, str("R"), nil) },
		"rule":       func(s awscdk.Stack) { awsecr.NewRepository(s, str("R"), nil).AddLifecycleRule(nil) },
		"grant":      func(s awscdk.Stack) { awsecr.NewRepository(s, str("R"), nil).GrantPull(nil) },
		"lookup":     func(s awscdk.Stack) { awsecr.Repository_FromLookup(s, str("R"), nil) },
		"token":      func(s awscdk.Stack) { awsecr.AuthorizationToken_GrantRead(nil) },
	}
	for name, build := range cases {
		t.Run(name, func(t *testing.T) {
			if err := golden.SynthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, str("S"), nil)) }); err == nil {
				t.Fatal("no error")
			}
		})
	}
	// nil props is a default repository.
	if err := golden.SynthErr(t, func(app awscdk.App) { awsecr.NewRepository(awscdk.NewStack(app, str("S"), nil), str("R"), nil) }); err != nil {
		t.Fatal(err)
	}
}

// FromLookup records a missing cc-api-provider lookup as aws-cdk-lib does
// (testdata/missing.json, written by its twin) and hands out the dummy
// repository until the context holds the answer; then the answer.
func TestFromLookup(t *testing.T) {
	golden.CheckApp(t, []string{"Lookup"}, lookupStack, nil)
	ctx := cdkctx.InitContext()
	outdir := t.TempDir()
	app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: str(outdir)})
	lookupStack(app)
	app.Synth(nil)
	b, err := os.ReadFile(filepath.Join(outdir, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m struct{ Missing json.RawMessage }
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	// Byte for byte, the query's props in aws-cdk-lib's order.
	want, _ := os.ReadFile(filepath.Join("testdata", "missing.json"))
	var got bytes.Buffer
	_ = json.Indent(&got, m.Missing, "", " ")
	if strings.TrimSpace(got.String()) != strings.TrimSpace(string(want)) {
		t.Fatalf("missing context:\n%s\nwant (aws-cdk-lib's):\n%s", got.String(), want)
	}

	var key struct{ Key string }
	var list []json.RawMessage
	_ = json.Unmarshal(m.Missing, &list)
	_ = json.Unmarshal(list[0], &key)
	found := map[string]interface{}{key.Key: []interface{}{map[string]interface{}{"Arn": "arn:aws:ecr:eu-west-1:111111111111:repository/my-repo"}}}
	app2 := awscdk.NewApp(&awscdk.AppProps{Context: &found})
	s2 := awscdk.NewStack(app2, str("S"), &awscdk.StackProps{Env: &awscdk.Environment{Account: str("111111111111"), Region: str("eu-west-1")}})
	r2 := awsecr.Repository_FromLookup(s2, str("R"), &awsecr.RepositoryLookupOptions{RepositoryArn: str("arn:aws:ecr:eu-west-1:111111111111:repository/my-repo")})
	if *r2.RepositoryName() != "my-repo" || !strings.HasSuffix(*r2.RepositoryArn(), ":repository/my-repo") {
		t.Fatalf("looked-up repository %s %s", *r2.RepositoryName(), *r2.RepositoryArn())
	}
}

func lookupStack(app awscdk.App) {
	s := awscdk.NewStack(app, str("Lookup"), &awscdk.StackProps{Env: &awscdk.Environment{Account: str("111111111111"), Region: str("eu-west-1")}})
	r := awsecr.Repository_FromLookup(s, str("Repo"), &awsecr.RepositoryLookupOptions{RepositoryName: str("my-repo")})
	r.GrantPull(awsiam.NewRole(s, str("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(str("ecs-tasks.amazonaws.com"), nil)}))
	out(s, "Arn", r.RepositoryArn())
	out(s, "Name", r.RepositoryName())
}

// customRepo subclasses RepositoryBase, as aws-cdk-go programs can.
type customRepo struct {
	awsecr.RepositoryBase
}

func (c *customRepo) RepositoryName() *string { return str("custom") }
func (c *customRepo) RepositoryArn() *string {
	return str("arn:aws:ecr:us-east-1:111111111111:repository/custom")
}

func TestRepositoryBaseOverride(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, str("S"), nil)
	c := &customRepo{}
	awsecr.NewRepositoryBase_Override(c, s, str("Custom"), nil)
	if got := s.Node().FindChild(str("Custom")); got != constructs.IConstruct(c) {
		t.Fatalf("tree hands out %T", got)
	}
	if uri := *c.RepositoryUriForTag(str("v2")); uri != "111111111111.dkr.ecr.us-east-1."+*s.UrlSuffix()+"/custom:v2" {
		t.Fatalf("uri %q", uri)
	}
	role := awsiam.NewRole(s, str("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(str("ecs.amazonaws.com"), nil)})
	if g := c.GrantPull(role); g == nil {
		t.Fatal("no grant")
	}
}

// Under the context the CDK CLI adds (path and asset metadata, version
// reporting), a repository with the auto-delete handler still synthesizes
// and its handler carries the asset metadata.
func TestCLIContext(t *testing.T) {
	ctx := cdkctx.InitContext()
	for k, v := range cdkctx.CLIContext() {
		ctx[k] = v
	}
	outdir := t.TempDir()
	app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: str(outdir)})
	templateCases["AutoDelete"](awscdk.NewStack(app, str("AutoDelete"), nil))
	app.Synth(nil)
	b, err := os.ReadFile(filepath.Join(outdir, "AutoDelete.template.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"aws:cdk:path": "AutoDelete/Repo/Resource"`, `"aws:asset:property": "Code"`, `"CDKMetadata"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("template lacks %s", want)
		}
	}
}
