// Package templatediff compares two CloudFormation templates (the deployed
// one and the one about to be deployed) at resource and property level,
// extracts IAM statement and security group rule changes, and flags
// replacements and the destruction of stateful resources. Rendering lives in
// render.go: a human view like `cdk diff` and plain data for --json.
package templatediff
