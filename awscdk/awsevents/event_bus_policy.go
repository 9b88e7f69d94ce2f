package awsevents

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsevents"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// EventBusPolicyProps are the props of NewEventBusPolicy.
type EventBusPolicyProps struct {
	EventBus IEventBus `field:"required" json:"eventBus" yaml:"eventBus"`
	// The statement, rendered as the policy's Statement.
	Statement awsiam.PolicyStatement `field:"required" json:"statement" yaml:"statement"`
	// The statement's id (its Sid).
	StatementId *string `field:"required" json:"statementId" yaml:"statementId"`
}

// EventBusPolicy is one statement of an event bus's resource policy
// (AWS::Events::EventBusPolicy).
type EventBusPolicy interface {
	awscdk.Resource
}

type eventBusPolicy struct{ awscdk.Resource }

// EventBusPolicy_PROPERTY_INJECTION_ID is the id property injectors use for EventBusPolicy.
func EventBusPolicy_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-events.EventBusPolicy")
}

// NewEventBusPolicy adds a statement to an event bus's resource policy.
func NewEventBusPolicy(scope constructs.Construct, id *string, props *EventBusPolicyProps) EventBusPolicy {
	props = l2.Inject(*EventBusPolicy_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.EventBus == nil || props.Statement == nil || props.StatementId == nil {
		l2.RequireProps(scope, id, "EventBusPolicyProps", "EventBus", "Statement", "StatementId")
	}
	p := &eventBusPolicy{}
	p.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(p.Resource, p)
	NewCfnEventBusPolicy(p, jsii.String("Resource"), &CfnEventBusPolicyProps{
		StatementId:  props.StatementId,
		Statement:    asJSON(props.Statement.ToJSON()),
		EventBusName: props.EventBus.EventBusName(),
	})
	return p
}

// EventBusPolicy_IsConstruct reports whether x is a construct.
func EventBusPolicy_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// EventBusPolicy_IsOwnedResource reports whether construct is a Resource this app created.
func EventBusPolicy_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// EventBusPolicy_IsResource reports whether construct is a Resource.
func EventBusPolicy_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

// NewEventBusPolicy_Override initialises outer, a type embedding EventBusPolicy.
func NewEventBusPolicy_Override(outer EventBusPolicy, scope constructs.Construct, id *string, props *EventBusPolicyProps) {
	l2.Override(outer, NewEventBusPolicy(scope, id, props))
}

// NewEventBus_Override initialises outer, a type embedding EventBus.
func NewEventBus_Override(outer EventBus, scope constructs.Construct, id *string, props *EventBusProps) {
	l2.Override(outer, NewEventBus(scope, id, props))
}

// EventBusGrants grants permissions on an event bus.
type EventBusGrants interface {
	// Resource is the bus the grants are on.
	Resource() interfacesawsevents.IEventBusRef
	// Actions grants actions on the bus (or on options.ResourceArns).
	Actions(grantee awsiam.IGrantable, actions *[]*string, options *awscdk.PermissionsOptions) awsiam.Grant
	// AllPutEvents grants events:PutEvents on every bus.
	AllPutEvents(grantee awsiam.IGrantable) awsiam.Grant
}

type eventBusGrants struct {
	bus interfacesawsevents.IEventBusRef
}

// EventBusGrants_FromEventBus is the grants object of resource.
func EventBusGrants_FromEventBus(resource interfacesawsevents.IEventBusRef) EventBusGrants {
	return &eventBusGrants{bus: resource}
}

func (g *eventBusGrants) Resource() interfacesawsevents.IEventBusRef { return g.bus }

func (g *eventBusGrants) Actions(grantee awsiam.IGrantable, actions *[]*string, options *awscdk.PermissionsOptions) awsiam.Grant {
	arns := &[]*string{CfnEventBus_ArnForEventBus(g.bus)}
	if options != nil && options.ResourceArns != nil {
		arns = options.ResourceArns
	}
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee, Actions: actions, ResourceArns: arns})
}

func (g *eventBusGrants) AllPutEvents(grantee awsiam.IGrantable) awsiam.Grant {
	return g.Actions(grantee, jsii.Strings("events:PutEvents"), &awscdk.PermissionsOptions{ResourceArns: jsii.Strings("*")})
}
