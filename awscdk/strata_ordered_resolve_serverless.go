package awscdk

import "github.com/strata-cdk/strata/internal/diag"

// Hooks for awsapigateway's Deployment, whose logical ID hashes the
// JSON of resolved values exactly as aws-cdk-lib writes them (key order
// included). They are methods of unexported types, reached by type
// assertion, so they add nothing to the public API.

// StrataResolveOrdered resolves o in the stack's scope like Resolve, but
// keeps objects as *ojson.Object so their key order survives.
func (s *stack) StrataResolveOrdered(o interface{}) interface{} {
	r := &resolver{scope: s, removeEmpty: true}
	var out interface{}
	if d := catchResolve(func() { out = r.resolve(o, nil) }); d != nil {
		panic(&diag.UserError{Err: d})
	}
	return out
}

// StrataToCloudFormation is the resource's template fragment, unresolved,
// as aws-cdk-lib's CfnResource._toCloudFormation returns it.
func (r *cfnResource) StrataToCloudFormation() interface{} { return r.toCloudFormation() }
