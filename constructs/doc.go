// Package constructs is Strata's construct tree, with the API of
// github.com/aws/constructs-go/constructs/v10: every CDK object is a
// Construct with a Node that knows its id, scope, children, context,
// metadata, validations and dependencies.
//
// Unlike constructs-go, nothing here talks to a JavaScript kernel: the tree
// lives in Go. A user mistake in building it (an empty or duplicate id, adding
// to a locked tree) is recorded on the root and reported, with its path, when
// the app synthesizes.
package constructs
