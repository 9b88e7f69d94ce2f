// Package niltest holds the test that every hand-written L2 constructor of
// the first-wave packages survives nil props and nil optional arguments the
// way aws-cdk-lib survives `undefined`: it synthesizes where aws-cdk-lib
// does, and reports a clear error with the construct path where aws-cdk-lib
// throws, never a Go runtime panic. The expectations come from
// testdata/twins.js (regen.sh writes testdata/nil.json).
package niltest
