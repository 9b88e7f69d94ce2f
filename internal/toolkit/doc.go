// Package toolkit is the project side of the strata CLI, usable from Go code:
// it reads cdk.json and cdk.context.json, runs the app with the environment
// the CDK CLI gives it (CDK_OUTDIR, CDK_CONTEXT_JSON, CDK_DEFAULT_ACCOUNT/
// REGION), reads the resulting cloud assembly, selects stacks, and drives the
// deploy engine (internal/deploy) over them in dependency order.
//
// The CLI in internal/cli only parses arguments and renders results; every
// decision lives here or in internal/deploy so that tests can call it
// directly.
package toolkit
