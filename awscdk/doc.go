// Package awscdk is Strata's core, with the API of aws-cdk-go's awscdk
// package: App, Stage, Stack, the CloudFormation elements (CfnResource,
// CfnOutput, CfnParameter, ...), intrinsic functions, tokens, tags, aspects
// and the stack synthesizer that writes a cloud assembly.
//
// Synthesis runs in Go: App.Synth prepares the tree (aspects, cross-stack
// references), validates it, resolves every token and writes the assembly
// atomically. A user mistake found on the way is reported with its construct
// path; when the program runs as a CDK app it exits non-zero without a trace.
package awscdk
