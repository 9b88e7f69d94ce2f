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
