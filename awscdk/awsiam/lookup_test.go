package awsiam_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"

	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/jsii"
)

// TestFromLookupMissing is the twin's Lookup stack: its template, and the
// manifest's missing-context list byte for byte (testdata/missing.json).
func TestFromLookupMissing(t *testing.T) {
	ctx := cdkctx.InitContext()
	out := t.TempDir()
	app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(out)})
	s := awscdk.NewStack(app, jsii.String("Lookup"), &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("eu-west-1")}})
	lookupStack(s)
	app.Synth(nil)
	var got, want interface{}
	read := func(p string, v *interface{}) []byte {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		_ = json.Unmarshal(b, v)
		return b
	}
	read(filepath.Join(out, "Lookup.template.json"), &got)
	read(filepath.Join("testdata", "Lookup.template.json"), &want)
	if !reflect.DeepEqual(got, want) {
		b, _ := json.MarshalIndent(got, "", " ")
		t.Errorf("template differs from aws-cdk-lib's:\n%s", b)
	}
	var m struct{ Missing json.RawMessage }
	_ = json.Unmarshal(read(filepath.Join(out, "manifest.json"), new(interface{})), &m)
	var g bytes.Buffer
	_ = json.Indent(&g, m.Missing, "", " ")
	w := read(filepath.Join("testdata", "missing.json"), new(interface{}))
	if strings.TrimSpace(g.String()) != strings.TrimSpace(string(w)) {
		t.Errorf("missing context:\n%s\nwant (aws-cdk-lib's):\n%s", g.String(), w)
	}
}

func lookupStack(s awscdk.Stack) {
	r := awsiam.Role_FromLookup(s, jsii.String("Found"), &awsiam.RoleLookupOptions{RoleName: jsii.String("my-role")})
	m := awsiam.Role_FromLookup(s, jsii.String("Immutable"), &awsiam.RoleLookupOptions{RoleName: jsii.String("other-role"), Mutable: jsii.Bool(false)})
	awscdk.NewCfnOutput(s, jsii.String("Out"), &awscdk.CfnOutputProps{Value: jsii.String(*r.RoleArn() + "|" + *r.RoleName() + "|" + *m.RoleArn())})
	r.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:GetObject"), Resources: jsii.Strings("*")}))
	m.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:PutObject"), Resources: jsii.Strings("*")}))
	awsiam.NewCfnInstanceProfile(s, jsii.String("Profile"), &awsiam.CfnInstanceProfileProps{Roles: &[]interface{}{r.RoleName()}})
}

// TestRoleFromLookupFound: with the context holding the role, its ARN.
func TestRoleFromLookupFound(t *testing.T) {
	key := "cc-api-provider:account=111111111111:exactIdentifier=my-role:propertiesToReturn.0=Arn:region=eu-west-1:typeName=AWS$:$:IAM$:$:Role"
	ctx := map[string]interface{}{key: []interface{}{map[string]interface{}{"Arn": "arn:aws:iam::111111111111:role/path/my-role"}}}
	app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx})
	s := awscdk.NewStack(app, jsii.String("S"), &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("eu-west-1")}})
	r := awsiam.Role_FromLookup(s, jsii.String("R"), &awsiam.RoleLookupOptions{RoleName: jsii.String("my-role")})
	if *r.RoleArn() != "arn:aws:iam::111111111111:role/path/my-role" || *r.RoleName() != "my-role" {
		t.Fatalf("role %s %s", *r.RoleArn(), *r.RoleName())
	}
}
