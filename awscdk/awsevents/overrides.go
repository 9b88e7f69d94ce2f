package awsevents

import (
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsevents"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
)

// NewRuleTargetInput_Override initialises outer, a type embedding
// RuleTargetInput that defines Bind (how Go programs write inputs of their
// own).
func NewRuleTargetInput_Override(outer RuleTargetInput) {
	l2.Override(outer, RuleTargetInput(abstractInput{}))
}

type abstractInput struct{}

func (abstractInput) Bind(rule interfacesawsevents.IRuleRef) *RuleTargetInputProperties {
	l2.Throw(rule, "a RuleTargetInput subclass must define Bind")
	return nil
}

// NewSchedule_Override initialises outer, a type embedding Schedule that
// defines ExpressionString.
func NewSchedule_Override(outer Schedule) { l2.Override(outer, Schedule(abstractSchedule{})) }

type abstractSchedule struct{}

func (abstractSchedule) ExpressionString() *string {
	diag.Panic("", "a Schedule subclass must define ExpressionString")
	return nil
}

// NewAuthorization_Override initialises outer, a type embedding
// Authorization. aws-cdk-lib renders an authorization through an internal
// method a subclass cannot provide, so a connection given such a value
// reports that it must come from Authorization_ApiKey, _Basic or _Oauth.
func NewAuthorization_Override(outer Authorization) {
	l2.Override(outer, Authorization(foreignAuthorization{}))
}

type foreignAuthorization struct{}

func (foreignAuthorization) bind() (string, *CfnConnection_AuthParametersProperty) {
	diag.Panic("", "Authorization must come from Authorization_ApiKey, Authorization_Basic or Authorization_Oauth")
	return "", nil
}

// NewHttpParameter_Override initialises outer, a type embedding
// HttpParameter; as with Authorization, only HttpParameter_FromString and
// HttpParameter_FromSecret render.
func NewHttpParameter_Override(outer HttpParameter) {
	l2.Override(outer, HttpParameter(foreignParameter{}))
}

type foreignParameter struct{}

func (foreignParameter) render(name string) *CfnConnection_ParameterProperty {
	diag.Panic("", "HttpParameter %q must come from HttpParameter_FromString or HttpParameter_FromSecret", name)
	return nil
}
