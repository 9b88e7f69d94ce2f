// Package tokens encodes values that are only known at deployment (or later
// in synthesis) so they can travel through Go's string, number and slice
// types, exactly as aws-cdk-lib encodes them: strings carry
// "${Token[NAME.N]}" markers, lists a single "#{Token[NAME.N]}" element, and
// numbers a NaN-boxed double (about -1.888e+289) whose low bits are N.
//
// The package knows nothing of CloudFormation; awscdk registers its
// resolvable objects here and resolves the fragments this package splits.
package tokens
