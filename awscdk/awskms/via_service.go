package awskms

import (
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/internal/l2"
)

// ViaServicePrincipal is a principal (any principal by default) allowed
// only through an AWS service: it adds a kms:ViaService condition.
type ViaServicePrincipal interface {
	awsiam.PrincipalBase
}

type viaServicePrincipal struct {
	awsiam.PrincipalBase
	service *string
	base    awsiam.IPrincipal
}

// NewViaServicePrincipal makes a principal using the key through serviceName.
func NewViaServicePrincipal(serviceName *string, basePrincipal awsiam.IPrincipal) ViaServicePrincipal {
	p := &viaServicePrincipal{service: serviceName, base: basePrincipal}
	if p.base == nil {
		p.base = awsiam.NewAnyPrincipal()
	}
	awsiam.NewPrincipalBase_Override(p)
	return p
}

// NewViaServicePrincipal_Override initialises a type embedding ViaServicePrincipal.
func NewViaServicePrincipal_Override(outer ViaServicePrincipal, serviceName *string, basePrincipal awsiam.IPrincipal) {
	l2.Override(outer, NewViaServicePrincipal(serviceName, basePrincipal))
}

func (p *viaServicePrincipal) PolicyFragment() awsiam.PrincipalPolicyFragment {
	base := p.base.PolicyFragment()
	conditions := map[string]interface{}{}
	if c := base.Conditions(); c != nil {
		for k, v := range *c {
			conditions[k] = v
		}
	}
	eq := map[string]interface{}{"kms:ViaService": p.service}
	if existing, ok := conditions["StringEquals"].(map[string]interface{}); ok {
		for k, v := range existing {
			eq[k] = v
		}
	}
	conditions["StringEquals"] = eq
	return awsiam.NewPrincipalPolicyFragment(base.PrincipalJson(), &conditions)
}

func (p *viaServicePrincipal) DedupeString() *string {
	base := awsiam.ComparablePrincipal_DedupeStringFor(p.base)
	if base == nil {
		return nil
	}
	return str("ViaServicePrincipal:" + deref(p.service) + ":" + *base)
}
