// Package policy checks synthesized CloudFormation templates against
// policy rules written in Rego and evaluated with the Open Policy Agent
// library, natively: no Node, no OPA binary.
//
// # Rules
//
// A rule set is a directory of .rego files (OPA v1 syntax, or v0 syntax
// for modules that don't parse as v1). Each package may define:
//
//   - deny and warn: partial sets evaluated once per template, with the
//     template itself as input (conftest's convention):
//
//     package s3
//
//     deny contains msg if {
//     some name, r in input.Resources
//     r.Type == "AWS::S3::Bucket"
//     not r.Properties.BucketEncryption
//     msg := sprintf("bucket %s is not encrypted", [name])
//     }
//
//   - deny_combined and warn_combined: evaluated once for the whole app,
//     with input an array of {"stack", "path", "contents"} objects, one per
//     template (conftest's --combine shape), for rules that span stacks.
//
// A message is a string, or an object with "msg" and optionally "id"
// (the rule ID; default the package path and rule name), "resource" (the
// violating logical ID), "stack" (for combined rules), "severity"
// ("error" or "warning"; deny defaults to error, warn to warning) and
// "fix". For a string message the violating resource is the longest
// logical ID of the template the message names.
//
// # Suppressions
//
// A finding is dropped when its resource's template metadata, or its
// template's top-level metadata, lists the rule under
// cdk_nag.rules_to_suppress with a reason (cdk-nag's NagSuppressions
// shape); [AddResourceSuppressions] and [AddStackSuppressions] write that
// metadata. Suppressed findings are kept in the report, marked.
//
// # Use
//
// Run a rule set over a cloud assembly with [RuleSet.EvaluateAssembly]
// (what `strata synth --policy DIR` does), or at synth time as an
// App-level plugin: awscdk.NewApp(&awscdk.AppProps{PolicyValidationBeta1:
// &[]awscdk.IPolicyValidationPluginBeta1{policy.NewPlugin(rules)}}).
// [Builtin] returns the built-in pack "awssolutions", rules in the spirit
// of cdk-nag's AwsSolutions pack.
package policy
