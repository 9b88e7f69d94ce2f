// Package cfnvalidate checks a synthesized CloudFormation template the way
// the "CloudFormation Validate" plugin of aws-cdk-lib 2.276.0 does, with the
// same rule IDs, severities, messages and property paths, so that Strata's
// validation-report.json says what aws-cdk-lib's says.
//
// aws-cdk-lib runs @aws/cloudformation-validate 1.14.0, a Rust engine
// compiled to WebAssembly with CloudFormation's resource schemas and
// cfn-lint's rules bundled. This package is not that engine: it implements
// the rules that matter most for CDK programs, in Go, from data pinned in
// the repository:
//
//   - E2533, E2531, W2531: deprecated Lambda runtimes. The verdict and dates
//     per runtime are the engine's (runtimes_gen.go, from
//     testdata/engine-runtimes.json, which testdata/engine-runtimes.js reads
//     out of the engine); the engine fixes them when it is built, it does
//     not read the clock.
//   - W3010: hardcoded availability zones, on the properties cfn-lint lists.
//   - W9010: a well-formed AMI ID written into an instance's ImageId.
//   - W2001: parameters referenced nowhere; W8001: conditions used nowhere;
//     W8003: conditions comparing two literals.
//   - F3003 (required properties), W3030 (enums), F3034 (minimum and
//     maximum) and F3033 (minimum length) on the top-level properties of
//     every resource type, from the resource schemas cfn-lint 1.51.0 ships
//     (schemas.txt).
//
// Only literal values are checked: a value built with an intrinsic
// function is left alone, where the engine would sometimes resolve it.
// testdata/README.md lists what the engine reports that this package does
// not. Regenerate the tables with `go generate` in this directory.
package cfnvalidate

//go:generate go run ./gen
