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
		NewNetworkStack(app, "YoctogramNetworkStack", &awscdk.StackProps{})
		NewDevStack(app, "YoctogramDevStack", &awscdk.StackProps{Env: env()})
	})
}
