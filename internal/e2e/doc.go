// Package e2e holds strata's end-to-end tests: the CLI, in process, against
// moto_server on a loopback port (bootstrap, deploy, diff, a deployment that
// CloudFormation rolls back, redeploy, an interrupted deploy, destroy).
//
// The app they deploy is examples/photo-queue, a Go program written as a
// Strata user writes one (a Lambda function from a local asset directory,
// an S3 bucket, an SQS queue, an SNS topic delivering to it, outputs) with a
// second version chosen by `-c version=2`. The test builds it once with
// `go build` and strata runs it as the app (`--app <binary> --dir
// examples/photo-queue`), with the context and environment the CLI gives an
// app, and synthesizes each version itself; nothing here needs Node.js.
// TestExampleSynthFromCdkJSON also runs it the way cdk.json says, with
// `go run`.
//
// moto never fails a stack on its own: faultProxy, between strata and moto,
// makes an update fail (or hang) the way CloudFormation reports it.
package e2e
