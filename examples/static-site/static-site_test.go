package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/jsii"
)

// synthApp builds the example's two stacks as main does, under the
// context `cdk init` writes, and returns the output directory.
func synthApp(t *testing.T, extra map[string]interface{}) (awscdk.App, string) {
	t.Helper()
	ctx := cdkctx.InitContext()
	for k, v := range pinnedLookups {
		ctx[k] = v
	}
	for k, v := range extra {
		ctx[k] = v
	}
	out := t.TempDir()
	app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(out)})
	env := &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("us-east-1")}
	NewStaticSiteStack(app, "StaticSite", &awscdk.StackProps{Env: env}, &StaticSiteProps{DomainName: "example.com", SiteSubDomain: "www"})
	NewStaticSiteStack(app, "StaticSitePreview", &awscdk.StackProps{Env: env}, &StaticSiteProps{DomainName: "example.net", SiteSubDomain: "preview"})
	app.Synth(nil)
	return app, out
}

func readJSON(t *testing.T, path string, v interface{}) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatal(err)
	}
}

// The preview zone is not in the context: the manifest lists the lookup
// exactly as aws-cdk-lib does (the twin's manifest in the parity case),
// and its stack is built on the DUMMY placeholder zone.
func TestMissingLookupMatchesAwsCdkLib(t *testing.T) {
	_, out := synthApp(t, nil)
	var got, want struct{ Missing interface{} }
	readJSON(t, filepath.Join(out, "manifest.json"), &got)
	readJSON(t, filepath.Join("..", "..", "parity", "cases", "static-site-lookup", "expected", "app", "manifest.json"), &want)
	if want.Missing == nil || !reflect.DeepEqual(got.Missing, want.Missing) {
		t.Fatalf("missing = %v, want %v", got.Missing, want.Missing)
	}
	var tpl map[string]interface{}
	readJSON(t, filepath.Join(out, "StaticSitePreview.template.json"), &tpl)
	if !hasZoneID(tpl, "DUMMY") {
		t.Error("the preview stack's records do not use the DUMMY zone")
	}
}

// The production zone comes from the context: its id (without the
// /hostedzone/ prefix) lands in the certificate's validation and the
// alias record, and nothing is missing once both zones are known.
func TestSuppliedLookups(t *testing.T) {
	_, out := synthApp(t, map[string]interface{}{
		"hosted-zone:account=111111111111:domainName=example.net:region=us-east-1": map[string]interface{}{"Id": "/hostedzone/ZPREVIEW", "Name": "example.net."},
	})
	var m map[string]interface{}
	readJSON(t, filepath.Join(out, "manifest.json"), &m)
	if m["missing"] != nil {
		t.Errorf("missing = %v, want none", m["missing"])
	}
	for stack, zone := range map[string]string{"StaticSite": "Z0123456789ABCDEFGHIJ", "StaticSitePreview": "ZPREVIEW"} {
		var tpl map[string]interface{}
		readJSON(t, filepath.Join(out, stack+".template.json"), &tpl)
		if !hasZoneID(tpl, zone) {
			t.Errorf("%s does not use zone %s", stack, zone)
		}
	}
}

// hasZoneID reports whether the alias record and the certificate's DNS
// validation both name zone.
func hasZoneID(tpl map[string]interface{}, zone string) bool {
	record, cert := false, false
	for _, r := range tpl["Resources"].(map[string]interface{}) {
		r := r.(map[string]interface{})
		p, _ := r["Properties"].(map[string]interface{})
		switch r["Type"] {
		case "AWS::Route53::RecordSet":
			record = p["HostedZoneId"] == zone
		case "AWS::CertificateManager::Certificate":
			opts, _ := p["DomainValidationOptions"].([]interface{})
			cert = len(opts) == 1 && opts[0].(map[string]interface{})["HostedZoneId"] == zone
		}
	}
	return record && cert
}
