package awssns

import (
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
)

// NewFilterOrPolicy_Override initialises outer, a type embedding
// FilterOrPolicy; the embedding type defines Type. Subscriptions accept
// only the filters and policies FilterOrPolicy_Filter and
// FilterOrPolicy_Policy make, and name any other in their error.
func NewFilterOrPolicy_Override(outer FilterOrPolicy) {
	l2.Override(outer, FilterOrPolicy(abstractFilterOrPolicy{}))
}

type abstractFilterOrPolicy struct{}

func (abstractFilterOrPolicy) Type() FilterOrPolicyType {
	diag.Panic("", "a FilterOrPolicy subclass must define Type")
	return ""
}
func (a abstractFilterOrPolicy) IsFilter() *bool {
	b := a.Type() == FilterOrPolicyType_FILTER
	return &b
}
func (a abstractFilterOrPolicy) IsPolicy() *bool {
	b := a.Type() == FilterOrPolicyType_POLICY
	return &b
}
