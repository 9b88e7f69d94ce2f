package main

import (
	"bytes"
	"context"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/jsii"
	"github.com/strata-cdk/strata/policy"
)

// TestPolicy runs the built-in awssolutions rule pack over the app: every
// finding is either fixed or suppressed, with its reason, in
// policy-suppressions.json.
func TestPolicy(t *testing.T) {
	pack, err := policy.Builtin("awssolutions")
	if err != nil {
		t.Fatal(err)
	}
	app := awscdk.NewApp(&awscdk.AppProps{
		Outdir:  jsii.String(t.TempDir()),
		Context: &map[string]interface{}{"aws:cdk:enable-path-metadata": true},
	})
	dns := NewDnsStack(app, "YoctogramDnsStack", &awscdk.StackProps{Env: env()})
	network := NewNetworkStack(app, "YoctogramNetworkStack", &awscdk.StackProps{Env: env()})
	data := NewDataStack(app, "YoctogramDataStack", &DataStackProps{StackProps: awscdk.StackProps{Env: env()}, Vpc: network.Vpc})
	NewAppStack(app, "YoctogramAppStack", &AppStackProps{StackProps: awscdk.StackProps{Env: env()}, Vpc: network.Vpc, Zone: dns.Zone, Certificate: dns.Certificate, Database: data.Database, Images: data.Images})
	rep, err := policy.CheckApp(context.Background(), app, ".", pack)
	if err != nil {
		t.Fatal(err)
	}
	if open := rep.Open(); len(open) > 0 {
		var b bytes.Buffer
		rep.WriteHuman(&b)
		t.Errorf("%d finding(s) neither fixed nor suppressed:\n%s", len(open), b.String())
	}
}
