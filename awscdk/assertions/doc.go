// Package assertions tests synthesized stacks, with the API of aws-cdk-go's
// assertions package: Template_FromStack reads a stack's CloudFormation
// template and asserts on its resources, outputs, parameters, mappings and
// conditions; Match_* builds patterns (objectLike by default, arrayWith,
// exact, absent, serialized JSON, regular expressions, ...); Capture
// records the values a pattern matched; Annotations_FromStack and
// Tags_FromStack assert on a stack's messages and tags.
//
// The matching rules and the failure messages are aws-cdk-lib's 2.276.0
// (testdata holds messages written by aws-cdk-lib itself, and the tests
// compare them). A failed assertion panics with that message, as
// aws-cdk-go's does, so it fails the test that made it. Nothing here needs
// Node.js: Template_FromStack costs one synthesis of the app in process.
//
// Internally every value is a JSON value as JavaScript holds it (ordered
// objects, float64 numbers, undefined apart from null), because the order
// of keys and the kind of value decide what aws-cdk-lib prints.
package assertions
