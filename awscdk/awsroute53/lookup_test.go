package awsroute53_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	r53 "github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/jsii"
)

// Hosted-zone lookups not in the context are listed in the manifest (key,
// props, dummy value) exactly as aws-cdk-lib lists them, and the stack is
// built on the dummy zone (testdata/lookups.json, from twins.js).
func TestLookupsMissing(t *testing.T) {
	var want struct {
		Missing interface{} `json:"missing"`
		Outputs interface{} `json:"outputs"`
	}
	b, err := os.ReadFile(filepath.Join("testdata", "lookups.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	ctx := cdkctx.InitContext()
	out := t.TempDir()
	app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(out)})
	s := awscdk.NewStack(app, jsii.String("S"), &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("eu-west-1")}})
	z := r53.HostedZone_FromLookup(s, jsii.String("Z"), &r53.HostedZoneProviderProps{DomainName: jsii.String("corp.internal"), PrivateZone: jsii.Bool(true), VpcId: jsii.String("vpc-1234")})
	awscdk.NewCfnOutput(s, jsii.String("Id"), &awscdk.CfnOutputProps{Value: z.HostedZoneId()})
	r53.NewARecord(s, jsii.String("R"), &r53.ARecordProps{Zone: z, Target: r53.RecordTarget_FromIpAddresses(jsii.String("10.0.0.1"))})
	z2 := r53.PrivateHostedZone_FromLookup(s, jsii.String("Z2"), &r53.HostedZoneProviderProps{DomainName: jsii.String("x.com.")})
	awscdk.NewCfnOutput(s, jsii.String("Name"), &awscdk.CfnOutputProps{Value: z2.ZoneName()})
	app.Synth(nil)

	var manifest struct {
		Missing interface{} `json:"missing"`
	}
	var tpl struct {
		Outputs interface{}
	}
	for file, v := range map[string]interface{}{"manifest.json": &manifest, "S.template.json": &tpl} {
		b, err := os.ReadFile(filepath.Join(out, file))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, v); err != nil {
			t.Fatal(err)
		}
	}
	if !reflect.DeepEqual(manifest.Missing, want.Missing) {
		got, _ := json.MarshalIndent(manifest.Missing, "", " ")
		t.Errorf("missing:\n%s\nwant aws-cdk-lib's (testdata/lookups.json)", got)
	}
	if !reflect.DeepEqual(tpl.Outputs, want.Outputs) {
		t.Errorf("outputs %v, want %v", tpl.Outputs, want.Outputs)
	}
}
