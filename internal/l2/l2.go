// Package l2 holds what the hand-written L2 packages share: how they report
// a user's mistake against a construct, and the validation adapter.
package l2

import (
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/tree"
)

// AddError records a mistake about construct c; synthesis reports it with
// every other one, naming c's path.
func AddError(c constructs.IConstruct, format string, args ...interface{}) {
	d := diag.Errorf(*c.Node().Path(), format, args...)
	if root := tree.RootOf(c.Node()); root != nil {
		root.Errors.Append(d)
		return
	}
	panic(&diag.UserError{Err: d})
}

// Throw stops with a mistake about construct c, where aws-cdk-lib throws
// from a method and there is nothing sensible to return.
func Throw(c constructs.IConstruct, format string, args ...interface{}) {
	diag.Panic(*c.Node().Path(), format, args...)
}

// Validation adapts a Go func to constructs.IValidation.
type Validation func() []string

// Validate runs the func.
func (v Validation) Validate() *[]*string {
	errs := v()
	out := make([]*string, len(errs))
	for i := range errs {
		s := errs[i]
		out[i] = &s
	}
	return &out
}
