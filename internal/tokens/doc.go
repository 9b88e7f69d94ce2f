// Package tokens encodes values that are only known at deployment (or later
// in synthesis) so they can travel through Go's string, number and slice
// types, exactly as aws-cdk-lib encodes them: strings carry
// "${Token[NAME.N]}" markers, lists a single "#{Token[NAME.N]}" element, and
// numbers a NaN-boxed double (about -1.888e+289) whose low bits are N.
//
// Each App has its own Table; a token number carries the table's tag, so a
// value from one App used in another is reported, not resolved. Finding
// markers takes no regular expression and looking a number up in an App's
// table no lock. The package knows nothing of CloudFormation; awscdk
// registers its resolvable objects here and resolves the fragments this
// package splits.
package tokens
