package awscdk

import (
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/internal/tree"
)

// NewRawCfnElement_Strata creates a template element whose fragment is
// render's result: cloudformationinclude's CfnInclude, which carries the
// included template's own top-level sections. Only packages of this module
// can call it (tree.Access is internal).
func NewRawCfnElement_Strata(_ tree.Access, scope constructs.Construct, id *string, render func() *ojson.Object) CfnElement {
	e := &rawCfnElement{cfnElement: &cfnElement{}}
	initElement(scope, id, e.cfnElement)
	e.toCfn = func() *ojson.Object {
		if render == nil {
			return ojson.New()
		}
		if o := render(); o != nil {
			return o
		}
		return ojson.New()
	}
	return e
}

type rawCfnElement struct{ *cfnElement }

// SetOrderedProperties_Strata gives a raw CfnResource its properties as an
// ordered object: cloudformationinclude keeps a template's property order,
// which CfnResourceProps.Properties (a Go map) would sort.
func SetOrderedProperties_Strata(_ tree.Access, r CfnResource, props *ojson.Object) {
	r.cfnRes().ordered = props
}
