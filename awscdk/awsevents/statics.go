package awsevents

import (
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// EventCommonOptions are the options OnEventOptions shares with the
// onXxx helpers of other packages.
type EventCommonOptions struct {
	CrossStackScope constructs.Construct `field:"optional" json:"crossStackScope" yaml:"crossStackScope"`
	Description     *string              `field:"optional" json:"description" yaml:"description"`
	EventPattern    *EventPattern        `field:"optional" json:"eventPattern" yaml:"eventPattern"`
	RuleName        *string              `field:"optional" json:"ruleName" yaml:"ruleName"`
}

// NewRule_Override initialises outer, a type embedding Rule.
func NewRule_Override(outer Rule, scope constructs.Construct, id *string, props *RuleProps) {
	l2.Override(outer, NewRule(scope, id, props))
}
