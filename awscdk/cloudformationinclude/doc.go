// Package cloudformationinclude includes an existing CloudFormation
// template (JSON or YAML) in a stack, as aws-cdk-lib's
// cloudformation-include module does: each resource becomes its typed L1
// (GetResource("Bucket").(awss3.CfnBucket) works) for the types Strata
// registers in registry.go, any other type a CfnResource carrying its
// properties as written; parameters, conditions, mappings, rules, hooks and
// outputs become their core elements, intrinsics become tokens that follow
// renamed logical IDs, and nested stacks can be loaded as NestedStacks.
package cloudformationinclude
