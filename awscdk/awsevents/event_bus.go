package awsevents

import (
	"regexp"
	"strings"
	"sync"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsevents"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// IncludeDetail is how much of each event an event bus logs.
type IncludeDetail string

const (
	IncludeDetail_FULL IncludeDetail = "FULL"
	IncludeDetail_NONE IncludeDetail = "NONE"
)

// Level is an event bus's log level.
type Level string

const (
	Level_INFO  Level = "INFO"
	Level_ERROR Level = "ERROR"
	Level_TRACE Level = "TRACE"
	Level_OFF   Level = "OFF"
)

// LogConfig is an event bus's logging.
type LogConfig struct {
	IncludeDetail IncludeDetail `field:"optional" json:"includeDetail" yaml:"includeDetail"`
	Level         Level         `field:"optional" json:"level" yaml:"level"`
}

// EventBusProps are the props of NewEventBus.
type EventBusProps struct {
	DeadLetterQueue awssqs.IQueue `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	Description     *string       `field:"optional" json:"description" yaml:"description"`
	// Default: the construct's unique id.
	EventBusName *string `field:"optional" json:"eventBusName" yaml:"eventBusName"`
	// For a partner event bus: the partner event source's name.
	EventSourceName *string     `field:"optional" json:"eventSourceName" yaml:"eventSourceName"`
	KmsKey          awskms.IKey `field:"optional" json:"kmsKey" yaml:"kmsKey"`
	LogConfig       *LogConfig  `field:"optional" json:"logConfig" yaml:"logConfig"`
}

// EventBusAttributes describe an event bus defined outside this app.
type EventBusAttributes struct {
	EventBusArn     *string `field:"required" json:"eventBusArn" yaml:"eventBusArn"`
	EventBusName    *string `field:"required" json:"eventBusName" yaml:"eventBusName"`
	EventBusPolicy  *string `field:"required" json:"eventBusPolicy" yaml:"eventBusPolicy"`
	EventSourceName *string `field:"optional" json:"eventSourceName" yaml:"eventSourceName"`
}

// IEventBus is an event bus, defined in this app or imported.
type IEventBus interface {
	interfacesawsevents.IEventBusRef
	awscdk.IResource
	// Archive creates an archive of this bus's events matching props.EventPattern.
	Archive(id *string, props *BaseArchiveProps) Archive
	// GrantPutEventsTo lets grantee put events on the bus.
	GrantPutEventsTo(grantee awsiam.IGrantable, sid *string) awsiam.Grant
	EventBusArn() *string
	EventBusName() *string
	EventBusPolicy() *string
	EventSourceName() *string
}

// EventBus is an event bus defined in this app (AWS::Events::EventBus).
type EventBus interface {
	awscdk.Resource
	IEventBus
	EventBusRef() *interfacesawsevents.EventBusReference
	// AddToResourcePolicy adds a statement (which needs a Sid) to the bus's
	// resource policy, as an EventBusPolicy named cdk-<sid>.
	AddToResourcePolicy(statement awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult
	// Grants is the bus's grants object.
	Grants() EventBusGrants
}

type eventBusBase struct {
	awscdk.Resource
	self                          IEventBus
	arn, name, policy, sourceName func() *string
}

func (b *eventBusBase) EventBusArn() *string     { return b.arn() }
func (b *eventBusBase) EventBusName() *string    { return b.name() }
func (b *eventBusBase) EventBusPolicy() *string  { return b.policy() }
func (b *eventBusBase) EventSourceName() *string { return b.sourceName() }
func (b *eventBusBase) EventBusRef() *interfacesawsevents.EventBusReference {
	return &interfacesawsevents.EventBusReference{EventBusArn: b.self.EventBusArn(), EventBusName: b.self.EventBusName()}
}

// GrantPutEventsTo lets grantee put events on the bus: through its
// identity policy, or else (a service principal) through the bus's
// resource policy when the requireEventBusPolicySid flag is on.
func (b *eventBusBase) GrantPutEventsTo(grantee awsiam.IGrantable, sid *string) awsiam.Grant {
	actions := jsii.Strings("events:PutEvents")
	arns := &[]*string{b.self.EventBusArn()}
	g := awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee, Actions: actions, ResourceArns: arns})
	if *g.Success() {
		return g
	}
	if *awscdk.FeatureFlags_Of(b).IsEnabled(jsii.String("@aws-cdk/aws-events:requireEventBusPolicySid")) {
		res, ok := b.self.(awsiam.IResourceWithPolicyV2)
		if !ok {
			l2.Throw(b, "this event bus has no resource policy to grant PutEvents through")
		}
		st := awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Actions: actions, Resources: arns, Principals: &[]awsiam.IPrincipal{grantee.GrantPrincipal()}, Sid: sid,
		})
		return awsiam.Grant_AddStatementToResourcePolicy(&awsiam.GrantPolicyWithResourceOptions{
			Grantee: grantee, Actions: actions, ResourceArns: arns, Statement: st, Resource: res,
		})
	}
	awscdk.Annotations_Of(b).AddWarningV2(jsii.String("@aws-cdk/aws-events:eventBusServicePrincipalGrant"),
		jsii.String("Unable to grant PutEvents to service principal: Statement ID is required for EventBus resource policies. Either provide a 'sid' parameter or enable the '@aws-cdk/aws-events:requireEventBusPolicySid' feature flag."))
	return awsiam.Grant_Drop(grantee, jsii.String(""))
}

// Grants is the bus's grants object.
func (b *eventBusBase) Grants() EventBusGrants { return EventBusGrants_FromEventBus(b.self) }

// Archive creates an archive of this bus's events, described by default
// as "Event Archive for <name> Event Bus".
func (b *eventBusBase) Archive(id *string, props *BaseArchiveProps) Archive {
	if props == nil {
		props = &BaseArchiveProps{}
	}
	desc := props.Description
	if desc == nil || *desc == "" {
		desc = jsii.String("Event Archive for " + *b.self.EventBusName() + " Event Bus")
	}
	return NewArchive(b.Resource, id, &ArchiveProps{
		SourceEventBus: b.self, Description: desc, EventPattern: props.EventPattern,
		Retention: props.Retention, ArchiveName: props.ArchiveName,
	})
}

// AddToResourcePolicy adds statement, which must have a Sid, to the bus's
// resource policy; the Sid becomes "cdk-<sid>" (at most 64 characters).
func (b *eventBus) AddToResourcePolicy(statement awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult {
	if statement.Sid() == nil {
		l2.Throw(b, "Event Bus policy statements must have a sid")
	}
	id := "cdk-" + *statement.Sid()
	if len(id) > 64 {
		id = id[:64]
	}
	statement.SetSid(jsii.String(id))
	p := NewEventBusPolicy(b, jsii.String(id), &EventBusPolicyProps{EventBus: b, Statement: statement, StatementId: jsii.String(id)})
	return &awsiam.AddToResourcePolicyResult{StatementAdded: jsii.Bool(true), PolicyDependable: p}
}

// AddToResourcePolicy cannot change an imported bus's policy: it warns
// and adds nothing.
func (b *importedEventBus) AddToResourcePolicy(statement awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult {
	awscdk.Annotations_Of(b).AddWarningV2(jsii.String("@aws-cdk/aws-events:eventBusAddToResourcePolicy"),
		jsii.String("Unable to add necessary permissions to imported target event bus: "+*b.EventBusArn()))
	return &awsiam.AddToResourcePolicyResult{StatementAdded: jsii.Bool(false)}
}

type eventBus struct {
	eventBusBase
	resource CfnEventBus
}

// EventBus_PROPERTY_INJECTION_ID is the id property injectors use for EventBus.
func EventBus_PROPERTY_INJECTION_ID() *string { return jsii.String("aws-cdk-lib.aws-events.EventBus") }

// eventBusNamePattern is compiled on first use: its {1,256} costs every
// program that imports the package thousands of allocations at start-up.
var eventBusNamePattern = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[/\.\-_A-Za-z0-9]{1,256}$`) })
var eventSourceNamePattern = regexp.MustCompile(`^aws\.partner(/[\.\-_A-Za-z0-9]+){2,}$`)

// NewEventBus creates a custom (or partner) event bus.
func NewEventBus(scope constructs.Construct, id *string, props *EventBusProps) EventBus {
	props = l2.Inject(*EventBus_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &EventBusProps{}
	}
	b := &eventBus{}
	var name, sourceName *string
	name, sourceName = eventBusNames(props, func() *string { return awscdk.Names_UniqueId(b) })
	b.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: name})
	host.Set(b.Resource, b)
	b.self = b
	if d := props.Description; d != nil && !*awscdk.Token_IsUnresolved(*d) && len(*d) > 512 {
		l2.Throw(b, "description must be less than or equal to 512 characters, got %d", len(*d))
	}
	cfn := &CfnEventBusProps{
		Name:            b.PhysicalName(),
		EventSourceName: sourceName,
		Description:     props.Description,
	}
	if props.DeadLetterQueue != nil {
		cfn.DeadLetterConfig = &CfnEventBus_DeadLetterConfigProperty{Arn: props.DeadLetterQueue.QueueArn()}
	}
	if props.KmsKey != nil {
		cfn.KmsKeyIdentifier = props.KmsKey.KeyArn()
	}
	if lc := props.LogConfig; lc != nil {
		cfn.LogConfig = &CfnEventBus_LogConfigProperty{IncludeDetail: enumPtr(string(lc.IncludeDetail)), Level: enumPtr(string(lc.Level))}
	}
	b.resource = NewCfnEventBus(b, jsii.String("Resource"), cfn)
	var arnMemo, nameMemo *string
	b.arn = func() *string {
		if arnMemo == nil {
			arnMemo = b.GetResourceArnAttribute(b.resource.AttrArn(), &awscdk.ArnComponents{
				Service: jsii.String("events"), Resource: jsii.String("event-bus"), ResourceName: b.resource.Name(),
			})
		}
		return arnMemo
	}
	b.name = func() *string {
		if nameMemo == nil {
			nameMemo = b.GetResourceNameAttribute(b.resource.Ref())
		}
		return nameMemo
	}
	b.policy = b.resource.AttrPolicy
	b.sourceName = b.resource.EventSourceName
	if props.KmsKey != nil {
		stack := awscdk.Stack_Of(b)
		busArn := stack.FormatArn(&awscdk.ArnComponents{Service: jsii.String("events"), Resource: jsii.String("event-bus"), ResourceName: name})
		props.KmsKey.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Resources:  jsii.Strings("*"),
			Actions:    jsii.Strings("kms:Decrypt", "kms:GenerateDataKey", "kms:DescribeKey"),
			Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(jsii.String("events.amazonaws.com"), nil)},
			Conditions: &map[string]interface{}{"StringEquals": map[string]interface{}{
				"aws:SourceAccount": b.Stack().Account(),
				"aws:SourceArn":     busArn,
				"kms:EncryptionContext:aws:events:event-bus:arn": busArn,
			}},
		}), nil)
	}
	return b
}

// eventBusNames checks and picks the bus's name and partner event source.
func eventBusNames(props *EventBusProps, defaultName func() *string) (name, source *string) {
	switch {
	case props.EventBusName != nil && props.EventSourceName != nil:
		diag.Panic("", "'eventBusName' and 'eventSourceName' cannot both be provided")
	case props.EventBusName != nil:
		n := *props.EventBusName
		if !*awscdk.Token_IsUnresolved(n) {
			if n == "default" {
				diag.Panic("", "'eventBusName' must not be 'default'")
			}
			if strings.Contains(n, "/") {
				diag.Panic("", "'eventBusName' must not contain '/'")
			}
			if !eventBusNamePattern().MatchString(n) {
				diag.Panic("", "'eventBusName' must satisfy: %s", "/^[\\/\\.\\-_A-Za-z0-9]{1,256}$/")
			}
		}
		return props.EventBusName, nil
	case props.EventSourceName != nil:
		n := *props.EventSourceName
		if !*awscdk.Token_IsUnresolved(n) {
			if !eventSourceNamePattern.MatchString(n) {
				diag.Panic("", "'eventSourceName' must satisfy: %s", "/^aws\\.partner(\\/[\\.\\-_A-Za-z0-9]+){2,}$/")
			}
			if !eventBusNamePattern().MatchString(n) {
				diag.Panic("", "'eventSourceName' must satisfy: %s", "/^[\\/\\.\\-_A-Za-z0-9]{1,256}$/")
			}
		}
		return props.EventSourceName, props.EventSourceName
	}
	return awscdk.Lazy_String(stringProducer(defaultName), nil), nil
}

type importedEventBus struct{ eventBusBase }

// EventBus_FromEventBusArn imports an event bus by ARN.
func EventBus_FromEventBusArn(scope constructs.Construct, id *string, eventBusArn *string) IEventBus {
	parts := awscdk.Stack_Of(scope).SplitArn(eventBusArn, awscdk.ArnFormat_SLASH_RESOURCE_NAME)
	name := parts.ResourceName
	if name == nil {
		name = jsii.String("")
	}
	return EventBus_FromEventBusAttributes(scope, id, &EventBusAttributes{EventBusArn: eventBusArn, EventBusName: name, EventBusPolicy: jsii.String("")})
}

// EventBus_FromEventBusName imports an event bus of this stack's account and region by name.
func EventBus_FromEventBusName(scope constructs.Construct, id *string, eventBusName *string) IEventBus {
	arn := awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{Resource: jsii.String("event-bus"), Service: jsii.String("events"), ResourceName: eventBusName})
	return EventBus_FromEventBusAttributes(scope, id, &EventBusAttributes{EventBusName: eventBusName, EventBusArn: arn, EventBusPolicy: jsii.String("")})
}

// EventBus_FromEventBusAttributes imports an event bus.
func EventBus_FromEventBusAttributes(scope constructs.Construct, id *string, attrs *EventBusAttributes) IEventBus {
	if attrs == nil || attrs.EventBusArn == nil {
		l2.Throw(scope, "EventBus.fromEventBusAttributes: eventBusArn is required")
	}
	parts := awscdk.Stack_Of(scope).SplitArn(attrs.EventBusArn, awscdk.ArnFormat_SLASH_RESOURCE_NAME)
	b := &importedEventBus{}
	b.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{Account: parts.Account, Region: parts.Region})
	host.Set(b.Resource, b)
	b.self = b
	b.arn = func() *string { return attrs.EventBusArn }
	b.name = func() *string { return attrs.EventBusName }
	b.policy = func() *string { return attrs.EventBusPolicy }
	b.sourceName = func() *string { return attrs.EventSourceName }
	return b
}

// EventBus_GrantAllPutEvents lets grantee put events on every bus (events:PutEvents on *).
func EventBus_GrantAllPutEvents(grantee awsiam.IGrantable) awsiam.Grant {
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee, Actions: jsii.Strings("events:PutEvents"), ResourceArns: jsii.Strings("*")})
}

// EventBus_IsConstruct reports whether x is a construct.
func EventBus_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// EventBus_IsResource reports whether c is a Resource.
func EventBus_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

// EventBus_IsOwnedResource reports whether c is a Resource defined in this app.
func EventBus_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

type stringProducer func() *string

func (f stringProducer) Produce() *string { return f() }

func enumPtr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
