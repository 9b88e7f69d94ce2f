package main

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/policy/policytest"
)

// TestPolicy runs the built-in awssolutions rule pack over the app: every
// finding is either fixed or suppressed, with its reason, in
// policy-suppressions.json.
func TestPolicy(t *testing.T) {
	policytest.BuiltinClean(t, func(app awscdk.App) {
		dns := NewDnsStack(app, "YoctogramDnsStack", &awscdk.StackProps{Env: env()})
		network := NewNetworkStack(app, "YoctogramNetworkStack", &awscdk.StackProps{Env: env()})
		data := NewDataStack(app, "YoctogramDataStack", &DataStackProps{StackProps: awscdk.StackProps{Env: env()}, Vpc: network.Vpc})
		NewAppStack(app, "YoctogramAppStack", &AppStackProps{StackProps: awscdk.StackProps{Env: env()}, Vpc: network.Vpc, Zone: dns.Zone, Certificate: dns.Certificate, Database: data.Database, Images: data.Images})
	})
}
