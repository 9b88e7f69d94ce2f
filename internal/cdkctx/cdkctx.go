// Package cdkctx holds the context objects the CDK tooling hands to an app:
// the feature flags `cdk init app --language=go` writes into cdk.json
// (aws-cdk CLI 2.1148.1) and the keys the CLI adds on its own for synth and
// deploy. Strata's init writes the first; its synth merges both, as the CDK
// CLI does; the parity harness uses them to synthesize under the same flags
// as aws-cdk-lib.
package cdkctx

import (
	_ "embed"
	"encoding/json"
)

//go:embed cdk-init-context.json
var initContextJSON []byte

//go:embed cli-context.json
var cliContextJSON []byte

// InitContext returns a fresh copy of the feature flags cdk init writes.
func InitContext() map[string]interface{} { return decode(initContextJSON) }

// CLIContext returns a fresh copy of the keys the CDK CLI adds when it runs an app.
func CLIContext() map[string]interface{} { return decode(cliContextJSON) }

// InitContextJSON returns the init flags as the JSON text shipped in the repo.
func InitContextJSON() []byte { return append([]byte(nil), initContextJSON...) }

func decode(b []byte) map[string]interface{} {
	var m map[string]interface{}
	if err := json.Unmarshal(b, &m); err != nil {
		panic("strata: embedded context JSON is invalid: " + err.Error())
	}
	return m
}

//go:embed flags.json
var flagsJSON []byte

// Flag is one of aws-cdk-lib 2.276.0's feature flags (those not expired in
// v2), as its feature-flag report describes it.
type Flag struct {
	Name             string      `json:"name"`
	RecommendedValue interface{} `json:"recommendedValue"`
	Summary          string      `json:"summary"`
	// V2 is how the flag behaves when nothing configures it (nil: as false).
	V2 interface{} `json:"v2,omitempty"`
}

// flags is decoded once; it is never written after.
var flags = func() []Flag {
	var fs []Flag
	if err := json.Unmarshal(flagsJSON, &fs); err != nil {
		panic("strata: embedded flags.json is invalid: " + err.Error())
	}
	return fs
}()

// Flags lists the feature flags in aws-cdk-lib's order. The slice is
// shared: callers must not modify it.
func Flags() []Flag { return flags }
