package awseventstargets

import (
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsevents"
	"github.com/strata-cdk/strata/internal/l2"
)

// abstractLogGroupInput is the base a user's LogGroupTargetInput type
// embeds: the class is abstract upstream, so the type must define Bind.
type abstractLogGroupInput struct{}

func (abstractLogGroupInput) Bind(rule interfacesawsevents.IRuleRef) *awsevents.RuleTargetInputProperties {
	l2.Throw(rule, "LogGroupTargetInput: a type embedding it must define Bind")
	return nil
}

// NewLogGroupTargetInput_Override initialises outer, a user's type
// embedding LogGroupTargetInput, which must define Bind.
func NewLogGroupTargetInput_Override(outer LogGroupTargetInput) {
	l2.Override[LogGroupTargetInput](outer, abstractLogGroupInput{})
}
