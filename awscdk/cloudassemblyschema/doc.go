// Package cloudassemblyschema holds the cloud assembly schema types the core
// API takes: MissingContext and the ContextProvider names, which
// Stack.ReportMissingContextKey records in manifest.json's "missing" list,
// and the asset destinations synthesizers turn into template locations.
package cloudassemblyschema
