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
	NewNetworkStack(app, "YoctogramNetworkStack", &awscdk.StackProps{})
	NewDevStack(app, "YoctogramDevStack", &awscdk.StackProps{Env: env()})
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
