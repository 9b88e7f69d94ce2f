// Package cloudassemblyschema is the schema of the cloud assembly, with the
// API of aws-cdk-go's cloudassemblyschema package: the manifest.json types
// (AssemblyManifest, ArtifactManifest and its property types, MissingContext
// and the context queries, metadata entries), the asset manifest types, the
// integ manifest and validation report types, and Manifest_* to read and
// write those files exactly as aws-cdk-lib 2.276.0 does.
//
// The data types and enums are generated from aws-cdk-lib's jsii assembly
// (schema_gen.go); enums hold their Go constant names and are written with
// the schema's wire values ("cdk:asset-manifest").
package cloudassemblyschema

//go:generate go run ./gen
