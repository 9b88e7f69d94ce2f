package awscloudwatchactions

import (
	"reflect"

	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
)

// override sets the field of c (a pointer to a user's struct) that embeds
// the interface r implements, and makes c the tree's object for r's node
// when r is a construct: jsii's way of extending a class.
func override(c interface{}, r interface{}) {
	rv := reflect.ValueOf(c)
	if rv.Kind() != reflect.Ptr || rv.Elem().Kind() != reflect.Struct {
		throwUnscoped("%T: the _Override constructors take a pointer to a struct embedding the type's interface", c)
	}
	sv := rv.Elem()
	for i := 0; i < sv.NumField(); i++ {
		f := sv.Type().Field(i)
		if f.Anonymous && f.Type.Kind() == reflect.Interface && reflect.TypeOf(r).Implements(f.Type) && sv.Field(i).CanSet() {
			sv.Field(i).Set(reflect.ValueOf(r))
			if rc, ok := r.(constructs.IConstruct); ok {
				if outer, ok := c.(constructs.IConstruct); ok {
					host.Set(rc, outer)
				}
			}
			return
		}
	}
	throwUnscoped("%T embeds no interface that %T implements", c, r)
}

// NewEc2Action_Override initializes c, a struct embedding Ec2Action, as a new Ec2Action.
func NewEc2Action_Override(c Ec2Action, instanceAction Ec2InstanceAction) {
	override(c, NewEc2Action(instanceAction))
}

// NewLambdaAction_Override initializes c, a struct embedding LambdaAction, as a new LambdaAction.
func NewLambdaAction_Override(c LambdaAction, lambdaFunction interface{}, props *LambdaActionProps) {
	override(c, NewLambdaAction(lambdaFunction, props))
}

// NewSnsAction_Override initializes c, a struct embedding SnsAction, as a new SnsAction.
func NewSnsAction_Override(c SnsAction, topic awssns.ITopic) {
	override(c, NewSnsAction(topic))
}

// NewSsmAction_Override initializes c, a struct embedding SsmAction, as a new SsmAction.
func NewSsmAction_Override(c SsmAction, severity OpsItemSeverity, category OpsItemCategory) {
	override(c, NewSsmAction(severity, category))
}

// NewSsmIncidentAction_Override initializes c, a struct embedding SsmIncidentAction, as a new SsmIncidentAction.
func NewSsmIncidentAction_Override(c SsmIncidentAction, responsePlanName *string) {
	override(c, NewSsmIncidentAction(responsePlanName))
}
