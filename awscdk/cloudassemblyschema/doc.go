// Package cloudassemblyschema holds the cloud assembly schema types the core
// API takes: for now MissingContext and the ContextProvider names, which
// Stack.ReportMissingContextKey records in manifest.json's "missing" list.
package cloudassemblyschema
