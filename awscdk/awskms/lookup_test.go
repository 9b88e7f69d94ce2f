package awskms_test

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
	"github.com/strata-cdk/strata/awscdk/awskms"
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
	k := awskms.Key_FromLookup(s, jsii.String("Found"), &awskms.KeyLookupOptions{AliasName: jsii.String("alias/my-key")})
	d := awskms.Key_FromLookup(s, jsii.String("Dummy"), &awskms.KeyLookupOptions{AliasName: jsii.String("alias/other"), ReturnDummyKeyOnMissing: jsii.Bool(true)})
	dummy := "false"
	if *awskms.Key_IsLookupDummy(d) {
		dummy = "true"
	}
	awscdk.NewCfnOutput(s, jsii.String("Out"), &awscdk.CfnOutputProps{Value: jsii.String(*k.KeyArn() + "|" + *k.KeyId() + "|" + *d.KeyId() + "|" + dummy)})
	k.GrantDecrypt(awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)}))
}

// TestKeyFromLookupFound: with the context holding the key, its ID and ARN.
func TestKeyFromLookupFound(t *testing.T) {
	ctx := map[string]interface{}{"key-provider:account=111111111111:aliasName=alias/my-key:region=eu-west-1": map[string]interface{}{"keyId": "abcd-1234"}}
	app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx})
	s := awscdk.NewStack(app, jsii.String("S"), &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("eu-west-1")}})
	k := awskms.Key_FromLookup(s, jsii.String("K"), &awskms.KeyLookupOptions{AliasName: jsii.String("alias/my-key")})
	if *k.KeyId() != "abcd-1234" || *awskms.Key_IsLookupDummy(k) {
		t.Fatalf("key id %s", *k.KeyId())
	}
}
