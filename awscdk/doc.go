// Package awscdk is Strata's core, with the API of aws-cdk-go's awscdk
// package: App, Stage, Stack, the CloudFormation elements (CfnResource,
// CfnOutput, CfnParameter, ...), intrinsic functions, tokens, tags, aspects
// and the stack synthesizer that writes a cloud assembly.
//
// Synthesis runs in Go: App.Synth prepares the tree (aspects, cross-stack
// references), validates it, resolves every token and writes the assembly
// atomically. A user mistake found on the way is reported with its construct
// path; when the program runs as a CDK app it exits non-zero without a trace.
//
// Programs subclass as with aws-cdk-go: a struct embeds the interface
// (awscdk.Stack, awscdk.Resource, constructs.Construct, a synthesizer, ...)
// and New<Type>_Override fills it in; the construct tree then hands out the
// program's struct. Methods the struct redefines are not called by Strata
// (Go has no virtual dispatch), exactly as in aws-cdk-go; what Strata does
// call back is what the program hands in through an interface: IAspect.Visit,
// IValidation.Validate, IResolvable.Resolve and the Lazy producers, a
// synthesizer of its own (IStackSynthesizer), IPolicyValidationPluginBeta1.
//
// Context lookups (ContextProvider_GetValue, Stack.AvailabilityZones under
// a concrete environment) read the app's context; a value it lacks is
// recorded in the manifest's "missing" list, as aws-cdk-lib does, and a
// dummy value stands in until the CLI has looked it up.
package awscdk
