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
