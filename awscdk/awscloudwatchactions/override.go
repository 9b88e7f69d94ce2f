package awscloudwatchactions

import (
	"github.com/strata-cdk/strata/internal/l2"

	"github.com/strata-cdk/strata/awscdk/awssns"
)

// NewEc2Action_Override initializes c, a struct embedding Ec2Action, as a new Ec2Action.
func NewEc2Action_Override(c Ec2Action, instanceAction Ec2InstanceAction) {
	l2.Override(c, NewEc2Action(instanceAction))
}

// NewLambdaAction_Override initializes c, a struct embedding LambdaAction, as a new LambdaAction.
func NewLambdaAction_Override(c LambdaAction, lambdaFunction interface{}, props *LambdaActionProps) {
	l2.Override(c, NewLambdaAction(lambdaFunction, props))
}

// NewSnsAction_Override initializes c, a struct embedding SnsAction, as a new SnsAction.
func NewSnsAction_Override(c SnsAction, topic awssns.ITopic) {
	l2.Override(c, NewSnsAction(topic))
}

// NewSsmAction_Override initializes c, a struct embedding SsmAction, as a new SsmAction.
func NewSsmAction_Override(c SsmAction, severity OpsItemSeverity, category OpsItemCategory) {
	l2.Override(c, NewSsmAction(severity, category))
}

// NewSsmIncidentAction_Override initializes c, a struct embedding SsmIncidentAction, as a new SsmIncidentAction.
func NewSsmIncidentAction_Override(c SsmIncidentAction, responsePlanName *string) {
	l2.Override(c, NewSsmIncidentAction(responsePlanName))
}
