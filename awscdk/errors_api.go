package awscdk

import "github.com/strata-cdk/strata/internal/diag"

// Errors carries the statics that classify the errors Strata raises.
type Errors interface{}

type errorsType struct{}

// NewErrors returns an Errors; its statics are what matter.
func NewErrors() Errors { return &errorsType{} }

// NewErrors_Override creates an Errors for e.
func NewErrors_Override(e Errors) { overrideValue(e, NewErrors()) }

// Errors_IsValidationError reports whether x is a mistake in the program's
// use of the API (a bad value, a duplicate id, a failed validation): the
// errors Strata raises with a construct path, which jsii.Close prints.
func Errors_IsValidationError(x interface{}) *bool {
	err, ok := x.(error)
	return boolp(ok && diag.IsUserError(err))
}

// Errors_IsConstructError reports whether x is an error about a construct;
// in Strata those are the validation errors.
func Errors_IsConstructError(x interface{}) *bool { return Errors_IsValidationError(x) }

func errorOfKind(x interface{}, k diag.Kind) *bool {
	err, ok := x.(error)
	return boolp(ok && diag.KindOf(err) == k)
}

// Errors_IsExecutionError reports whether x is an error of an external
// command Strata ran (docker for image assets and bundling).
func Errors_IsExecutionError(x interface{}) *bool { return errorOfKind(x, diag.KindExec) }

// Errors_IsAssertionError reports whether x is the failure of an assertion
// of the assertions package (Template.HasResourceProperties, Match, Capture).
func Errors_IsAssertionError(x interface{}) *bool { return errorOfKind(x, diag.KindAssertion) }

// Errors_IsAssumptionError reports whether x says that Strata's own code met a
// state it assumed impossible: a bug to report.
func Errors_IsAssumptionError(x interface{}) *bool { return errorOfKind(x, diag.KindAssumption) }

// Errors_IsCloudAssemblyError reports whether x is a failure to write or read
// the cloud assembly.
func Errors_IsCloudAssemblyError(x interface{}) *bool { return errorOfKind(x, diag.KindAssembly) }
