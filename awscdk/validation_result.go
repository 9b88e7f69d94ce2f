package awscdk

import "strings"

// ValidationResult is the outcome of checking a value, with the outcomes
// of its parts (the runtime checks of L1 properties).
type ValidationResult interface {
	ErrorMessage() *string
	IsSuccess() *bool
	Results() ValidationResults
	AssertSuccess()
	ErrorTree() *string
	Prefix(message *string) ValidationResult
}

// ValidationResults collects the failed results of parts.
type ValidationResults interface {
	IsSuccess() *bool
	Results() *[]ValidationResult
	SetResults(val *[]ValidationResult)
	Collect(result ValidationResult)
	ErrorTreeList() *string
	Wrap(message *string) ValidationResult
}

type validationResult struct {
	message string
	results ValidationResults
}

// NewValidationResult is a failure with errorMessage (success when empty
// and results succeed).
func NewValidationResult(errorMessage *string, results ValidationResults) ValidationResult {
	if results == nil || isNilValue(results) {
		results = NewValidationResults(nil)
	}
	return &validationResult{message: deref(errorMessage), results: results}
}

// NewValidationResult_Override creates a ValidationResult for v.
func NewValidationResult_Override(v ValidationResult, errorMessage *string, results ValidationResults) {
	overrideValue(v, NewValidationResult(errorMessage, results))
}

func (v *validationResult) ErrorMessage() *string      { return str(v.message) }
func (v *validationResult) Results() ValidationResults { return v.results }
func (v *validationResult) IsSuccess() *bool           { return boolp(v.message == "" && *v.results.IsSuccess()) }
func (v *validationResult) ErrorTree() *string {
	children := *v.results.ErrorTreeList()
	if children == "" {
		return str(v.message)
	}
	return str(v.message + "\n  " + strings.ReplaceAll(children, "\n", "\n  "))
}

// AssertSuccess stops with the error tree (first letter capitalised) when
// the result is a failure.
func (v *validationResult) AssertSuccess() {
	if *v.IsSuccess() {
		return
	}
	msg := *v.ErrorTree()
	if msg != "" {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	panicf("", "%s", msg)
}

func (v *validationResult) Prefix(message *string) ValidationResult {
	if *v.IsSuccess() {
		return v
	}
	return &validationResult{message: deref(message) + ": " + v.message, results: v.results}
}

type validationResults struct{ results []ValidationResult }

// NewValidationResults collects results.
func NewValidationResults(results *[]ValidationResult) ValidationResults {
	r := &validationResults{}
	if results != nil {
		r.results = append(r.results, *results...)
	}
	return r
}

// NewValidationResults_Override creates a ValidationResults for v.
func NewValidationResults_Override(v ValidationResults, results *[]ValidationResult) {
	overrideValue(v, NewValidationResults(results))
}

func (r *validationResults) Results() *[]ValidationResult {
	out := append([]ValidationResult(nil), r.results...)
	return &out
}

func (r *validationResults) SetResults(val *[]ValidationResult) {
	r.results = nil
	if val != nil {
		r.results = append(r.results, *val...)
	}
}

// Collect keeps result when it is a failure.
func (r *validationResults) Collect(result ValidationResult) {
	if result != nil && !isNilValue(result) && !*result.IsSuccess() {
		r.results = append(r.results, result)
	}
}

func (r *validationResults) IsSuccess() *bool {
	for _, x := range r.results {
		if !*x.IsSuccess() {
			return boolp(false)
		}
	}
	return boolp(true)
}

func (r *validationResults) ErrorTreeList() *string {
	parts := make([]string, len(r.results))
	for i, x := range r.results {
		parts[i] = *x.ErrorTree()
	}
	return str(strings.Join(parts, "\n"))
}

// Wrap is a success when every result is one, else a failure with message
// over the results.
func (r *validationResults) Wrap(message *string) ValidationResult {
	if *r.IsSuccess() {
		return NewValidationResult(nil, nil)
	}
	return &validationResult{message: deref(message), results: r}
}
