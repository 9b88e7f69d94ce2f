package awssecretsmanager

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
)

func isUnresolved(x interface{}) bool { return *awscdk.Token_IsUnresolved(x) }

func throw(c constructs.IConstruct, format string, args ...interface{}) {
	l2.Throw(c, format, args...)
}

func throwUnscoped(format string, args ...interface{}) { diag.Panic("", format, args...) }

func str(s string) *string { return &s }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func flag(c constructs.IConstruct, name string) bool {
	return *awscdk.FeatureFlags_Of(c).IsEnabled(str(name))
}

// viaServicePrincipal is base, allowed only through an AWS service
// (a kms:ViaService condition), as aws-cdk-lib's kms.ViaServicePrincipal.
type viaServicePrincipal struct {
	service string
	base    awsiam.IPrincipal
}

func newViaService(service string, base awsiam.IPrincipal) *viaServicePrincipal {
	if base == nil {
		base = awsiam.NewAnyPrincipal()
	}
	return &viaServicePrincipal{service: service, base: base}
}

func (p *viaServicePrincipal) GrantPrincipal() awsiam.IPrincipal { return p }
func (p *viaServicePrincipal) AssumeRoleAction() *string         { return str("sts:AssumeRole") }
func (p *viaServicePrincipal) PrincipalAccount() *string         { return nil }

func (p *viaServicePrincipal) AddToPrincipalPolicy(awsiam.PolicyStatement) *awsiam.AddToPrincipalPolicyResult {
	f := false
	return &awsiam.AddToPrincipalPolicyResult{StatementAdded: &f}
}

func (p *viaServicePrincipal) PolicyFragment() awsiam.PrincipalPolicyFragment {
	base := p.base.PolicyFragment()
	conds := map[string]interface{}{}
	if c := base.Conditions(); c != nil {
		for k, v := range *c {
			conds[k] = v
		}
	}
	eq := map[string]interface{}{"kms:ViaService": p.service}
	if existing, ok := conds["StringEquals"].(map[string]interface{}); ok {
		for k, v := range existing {
			eq[k] = v
		}
	}
	conds["StringEquals"] = eq
	return awsiam.NewPrincipalPolicyFragment(base.PrincipalJson(), &conds)
}

func (p *viaServicePrincipal) DedupeString() *string {
	b := awsiam.ComparablePrincipal_DedupeStringFor(p.base)
	if b == nil {
		return nil
	}
	return str("ViaServicePrincipal:" + p.service + ":" + *b)
}

func (p *viaServicePrincipal) ToString() *string { return str("ViaServicePrincipal") }
