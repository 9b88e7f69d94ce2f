// Package parity checks that Strata synthesizes what aws-cdk-lib 2.276.0 synthesizes.
//
// Each directory under cases/ holds an aws-cdk-go program with its imports rewritten to
// Strata (main.go), the same program written against aws-cdk-lib in JavaScript
// (twin/app.js), and the cloud assembly the twin produces (expected/app and expected/cli,
// written only by regen.sh). The tests in this package need neither node nor npm: they
// build each program, run it under the same context the twin ran under, and compare every
// template and the stack entries of manifest.json with the expectations. They also run
// cfn-lint on Strata's templates and, unless -short, list Strata's assembly with the npm
// aws-cdk CLI. See README.md.
package parity
