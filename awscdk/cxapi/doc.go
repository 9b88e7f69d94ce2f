// Package cxapi reads and writes cloud assemblies, with the API of
// aws-cdk-go's cxapi package: App.Synth returns a CloudAssembly whose
// artifacts (CloudFormation stacks, asset manifests, the construct tree,
// nested assemblies) give their templates and manifests;
// CloudAssemblyBuilder writes an assembly; EnvironmentUtils and
// EnvironmentPlaceholders handle aws://account/region environments and the
// ${AWS::Region} placeholders of bootstrap role ARNs.
//
// Behaviour follows aws-cdk-lib 2.276.0's cx-api module: artifacts are
// listed in dependency order (topologically, ids sorted at each level),
// metadata is read from the manifest and any additionalMetadataFile, and a
// failed lookup panics with the message aws-cdk-lib throws. The data types
// and enums are generated (types_gen.go, by awscdk/cloudassemblyschema/gen).
package cxapi
