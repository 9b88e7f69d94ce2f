package awsapigateway

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// abstractAuthorizer is the base a user's Authorizer type embeds: a
// resource whose type must define AuthorizerId (and may define
// AuthorizationType, which is otherwise left to the method's options).
type abstractAuthorizer struct{ awscdk.Resource }

func (a *abstractAuthorizer) AuthorizationType() AuthorizationType { return "" }

func (a *abstractAuthorizer) AuthorizerId() *string {
	l2.Throw(a, "Authorizer: a type embedding it must define AuthorizerId")
	return nil
}

// NewAuthorizer_Override initialises outer, a user's authorizer type
// embedding Authorizer, as the resource id in scope; the type must define
// AuthorizerId.
func NewAuthorizer_Override(outer Authorizer, scope constructs.Construct, id *string, props *awscdk.ResourceProps) {
	l2.Override[Authorizer](outer, &abstractAuthorizer{Resource: awscdk.NewResource(scope, id, props)})
}
