package awscdk

// Pass 3, validate: construct validations and error annotations, all
// collected with their construct paths.

import (
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
)

func validateTree(root constructs.IConstruct, ds *diag.Diagnostics) {
	for _, c := range *root.Node().FindAll(constructs.ConstructOrder_PREORDER) {
		c := c
		// Most nodes have no validation: skip the call and its result.
		if hasValidations(c) {
			var errs *[]*string
			if d := catchResolve(func() { errs = c.Node().Validate() }); d != nil {
				ds.Append(d)
				continue
			}
			for _, e := range *errs {
				ds.Append(diag.Errorf(*c.Node().Path(), "%s", deref(e)))
			}
		}
		for _, m := range nodeMetadata(c) {
			if deref(m.Type) == metaError {
				ds.Append(diag.Errorf(*c.Node().Path(), "%v", m.Data))
			}
		}
	}
}
