// Package niltest holds the test that every hand-written L2 constructor of
// the first-wave packages survives nil props and nil optional arguments the
// way aws-cdk-lib survives `undefined`: it synthesizes where aws-cdk-lib
// does, and reports a clear error with the construct path where aws-cdk-lib
// throws, never a Go runtime panic. The expectations come from
// testdata/twins.js (regen.sh writes testdata/nil.json).
//
// TestNilPropsEverywhere holds every other L2 package to "no crash": each
// constructor New<X>(scope, id, *<X>Props) under awscdk/ (listed by
// `go generate`, gen/ → all_gen_test.go; 243 today) is called with nil props
// and synthesized, and may only succeed or end in a diagnostic.
package niltest
