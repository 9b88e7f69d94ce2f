// Package policytest checks an app against the built-in rule pack from its
// own Go tests: every finding must be fixed or suppressed, with a reason,
// in the policy-suppressions.json beside the test.
package policytest

import (
	"bytes"
	"context"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/jsii"
	"github.com/strata-cdk/strata/policy"
)

// BuiltinClean builds an app with build (path metadata on, as the CLI
// synthesizes it), runs the awssolutions pack over it and fails the test
// on any finding no suppression covers, warnings included.
func BuiltinClean(t testing.TB, build func(app awscdk.App)) {
	t.Helper()
	pack, err := policy.Builtin("awssolutions")
	if err != nil {
		t.Fatal(err)
	}
	app := awscdk.NewApp(&awscdk.AppProps{
		Outdir:  jsii.String(t.TempDir()),
		Context: &map[string]interface{}{"aws:cdk:enable-path-metadata": true},
	})
	build(app)
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
