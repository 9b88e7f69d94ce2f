// Package e2e holds strata's end-to-end tests: the CLI, in process, against
// moto_server on a loopback port (bootstrap, deploy, diff, redeploy, a
// deployment that CloudFormation rolls back, destroy). The assemblies come
// from a JavaScript twin on aws-cdk-lib 2.276.0 (testdata/twin/gen.sh), so
// `go test ./...` needs neither npm nor a synthesizer of ours.
package e2e
