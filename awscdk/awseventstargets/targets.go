package awseventstargets

import (
	"fmt"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsevents"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// TargetBaseProps are what every target offers: a dead-letter queue and a
// retry policy.
type TargetBaseProps struct {
	DeadLetterQueue awssqs.IQueue   `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	MaxEventAge     awscdk.Duration `field:"optional" json:"maxEventAge" yaml:"maxEventAge"`
	RetryAttempts   *float64        `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
}

func baseConfig(dlq awssqs.IQueue, maxAge awscdk.Duration, retries *float64) *awsevents.RuleTargetConfig {
	cfg := &awsevents.RuleTargetConfig{}
	if dlq != nil {
		cfg.DeadLetterConfig = &awsevents.CfnRule_DeadLetterConfigProperty{Arn: dlq.QueueArn()}
	}
	if (retries != nil && *retries >= 0) || maxAge != nil {
		rp := &awsevents.CfnRule_RetryPolicyProperty{MaximumRetryAttempts: retries}
		if maxAge != nil {
			rp.MaximumEventAgeInSeconds = maxAge.ToSeconds(&awscdk.TimeConversionOptions{Integral: jsii.Bool(true)})
		}
		cfg.RetryPolicy = rp
	}
	return cfg
}

// addDeadLetterPolicy lets the rule send failed events to its dead-letter
// queue, when the queue is in the rule's account.
func addDeadLetterPolicy(rule interfacesawsevents.IRuleRef, queue awssqs.IQueue) {
	if queue == nil {
		return
	}
	if !sameDimension(rule.Env().Region, queue.Env().Region) {
		l2.Throw(rule, "Cannot assign Dead Letter Queue in region %s to the rule %s in region %s. Both the queue and the rule must be in the same region.",
			*queue.Env().Region, *awscdk.Names_NodeUniqueId(rule.Node()), *rule.Env().Region)
	}
	if !sameDimension(rule.Env().Account, queue.Env().Account) {
		awscdk.Annotations_Of(rule).AddWarningV2(jsii.String("@aws-cdk/aws-events-targets:manuallyAddDLQResourcePolicy"),
			jsii.String(fmt.Sprintf("Cannot add a resource policy to your dead letter queue associated with rule %s because the queue is in a different account. You must add the resource policy manually to the dead letter queue in account %s.",
				*rule.RuleRef().RuleArn, *queue.Env().Account)))
		return
	}
	queue.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Sid:        jsii.String("AllowEventRule" + *awscdk.Names_NodeUniqueId(rule.Node())),
		Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(jsii.String("events.amazonaws.com"), nil)},
		Effect:     awsiam.Effect_ALLOW,
		Actions:    jsii.Strings("sqs:SendMessage"),
		Resources:  &[]*string{queue.QueueArn()},
		Conditions: &map[string]interface{}{"ArnEquals": map[string]interface{}{"aws:SourceArn": awsevents.CfnRule_ArnForRule(rule)}},
	}))
}

func sameDimension(a, b *string) bool {
	c := awscdk.Token_CompareStrings(a, b)
	return c == awscdk.TokenComparison_SAME() || c == awscdk.TokenComparison_ONE_UNRESOLVED() || c == awscdk.TokenComparison_BOTH_UNRESOLVED()
}

// LambdaFunctionProps are the props of NewLambdaFunction.
type LambdaFunctionProps struct {
	DeadLetterQueue awssqs.IQueue   `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	MaxEventAge     awscdk.Duration `field:"optional" json:"maxEventAge" yaml:"maxEventAge"`
	RetryAttempts   *float64        `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	// The input the function receives. Default: the event.
	Event awsevents.RuleTargetInput `field:"optional" json:"event" yaml:"event"`
}

// LambdaFunction invokes a Lambda function.
type LambdaFunction interface {
	awsevents.IRuleTarget
}

type lambdaFunction struct {
	handler awslambda.IFunction
	props   *LambdaFunctionProps
}

// NewLambdaFunction makes a Lambda function a rule target.
func NewLambdaFunction(handler awslambda.IFunction, props *LambdaFunctionProps) LambdaFunction {
	if props == nil {
		props = &LambdaFunctionProps{}
	}
	return &lambdaFunction{handler: handler, props: props}
}

// Bind adds the permission for the rule to invoke the function.
func (l *lambdaFunction) Bind(rule interfacesawsevents.IRuleRef, _ *string) *awsevents.RuleTargetConfig {
	if l.handler == nil {
		l2.Throw(rule, "LambdaFunction target: the function is required")
	}
	addLambdaPermission(rule, l.handler)
	addDeadLetterPolicy(rule, l.props.DeadLetterQueue)
	cfg := baseConfig(l.props.DeadLetterQueue, l.props.MaxEventAge, l.props.RetryAttempts)
	cfg.Arn = l.handler.FunctionArn()
	cfg.Input = l.props.Event
	cfg.TargetResource = l.handler
	return cfg
}

// addLambdaPermission adds, once per rule and function, the permission for
// the rule to invoke the function, in the rule's scope.
func addLambdaPermission(rule interfacesawsevents.IRuleRef, handler awslambda.IFunction) {
	node := handler.PermissionsNode()
	permissionID := "AllowEventRule" + *awscdk.Names_NodeUniqueId(rule.Node())
	var scope constructs.Construct
	if c, ok := rule.(constructs.Construct); ok {
		scope = c
		node = rule.Node()
		permissionID = "AllowEventRule" + *awscdk.Names_NodeUniqueId(handler.Node())
	}
	if node.TryFindChild(jsii.String(permissionID)) != nil {
		return
	}
	handler.AddPermission(jsii.String(permissionID), &awslambda.Permission{
		Scope:     scope,
		Action:    jsii.String("lambda:InvokeFunction"),
		Principal: awsiam.NewServicePrincipal(jsii.String("events.amazonaws.com"), nil),
		SourceArn: awsevents.CfnRule_ArnForRule(rule),
	})
}

// SqsQueueProps are the props of NewSqsQueue.
type SqsQueueProps struct {
	DeadLetterQueue awssqs.IQueue   `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	MaxEventAge     awscdk.Duration `field:"optional" json:"maxEventAge" yaml:"maxEventAge"`
	RetryAttempts   *float64        `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	// The message sent. Default: the event.
	Message awsevents.RuleTargetInput `field:"optional" json:"message" yaml:"message"`
	// For FIFO queues: the message group.
	MessageGroupId *string `field:"optional" json:"messageGroupId" yaml:"messageGroupId"`
}

// SqsQueue sends events to an SQS queue.
type SqsQueue interface {
	awsevents.IRuleTarget
	Queue() awssqs.IQueue
}

type sqsQueue struct {
	queue awssqs.IQueue
	props *SqsQueueProps
}

// NewSqsQueue makes a queue a rule target.
func NewSqsQueue(queue awssqs.IQueue, props *SqsQueueProps) SqsQueue {
	if props == nil {
		props = &SqsQueueProps{}
	}
	return &sqsQueue{queue: queue, props: props}
}

func (s *sqsQueue) Queue() awssqs.IQueue { return s.queue }

// Bind lets EventBridge send to the queue: from this rule, or, for a queue
// with a KMS key, from this account (under the init flags).
func (s *sqsQueue) Bind(rule interfacesawsevents.IRuleRef, _ *string) *awsevents.RuleTargetConfig {
	if s.queue == nil {
		l2.Throw(rule, "SqsQueue target: the queue is required")
	}
	var conditions map[string]interface{}
	if s.queue.EncryptionMasterKey() != nil {
		if *awscdk.FeatureFlags_Of(rule).IsEnabled(jsii.String("@aws-cdk/aws-events:eventsTargetQueueSameAccount")) {
			conditions = map[string]interface{}{"StringEquals": map[string]interface{}{"aws:SourceAccount": rule.Env().Account}}
		}
	} else {
		conditions = map[string]interface{}{"ArnEquals": map[string]interface{}{"aws:SourceArn": awsevents.CfnRule_ArnForRule(rule)}}
	}
	opts := &awsiam.ServicePrincipalOpts{}
	if conditions != nil {
		opts.Conditions = &conditions
	}
	s.queue.GrantSendMessages(awsiam.NewServicePrincipal(jsii.String("events.amazonaws.com"), opts))
	addDeadLetterPolicy(rule, s.props.DeadLetterQueue)
	cfg := baseConfig(s.props.DeadLetterQueue, s.props.MaxEventAge, s.props.RetryAttempts)
	cfg.Arn = s.queue.QueueArn()
	cfg.Input = s.props.Message
	cfg.TargetResource = s.queue
	if s.props.MessageGroupId != nil {
		cfg.SqsParameters = &awsevents.CfnRule_SqsParametersProperty{MessageGroupId: s.props.MessageGroupId}
	}
	return cfg
}

// SnsTopicProps are the props of NewSnsTopic.
type SnsTopicProps struct {
	DeadLetterQueue awssqs.IQueue   `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	MaxEventAge     awscdk.Duration `field:"optional" json:"maxEventAge" yaml:"maxEventAge"`
	RetryAttempts   *float64        `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	// Publish through an IAM role (Role, or one made for the rule) instead
	// of the topic's resource policy.
	AuthorizeUsingRole *bool                     `field:"optional" json:"authorizeUsingRole" yaml:"authorizeUsingRole"`
	Message            awsevents.RuleTargetInput `field:"optional" json:"message" yaml:"message"`
	Role               awsiam.IRole              `field:"optional" json:"role" yaml:"role"`
}

// SnsTopic publishes events to an SNS topic.
type SnsTopic interface {
	awsevents.IRuleTarget
	Topic() awssns.ITopic
}

type snsTopic struct {
	topic awssns.ITopic
	props *SnsTopicProps
}

// NewSnsTopic makes a topic a rule target.
func NewSnsTopic(topic awssns.ITopic, props *SnsTopicProps) SnsTopic {
	if props == nil {
		props = &SnsTopicProps{}
	}
	return &snsTopic{topic: topic, props: props}
}

func (s *snsTopic) Topic() awssns.ITopic { return s.topic }

// Bind lets EventBridge publish to the topic.
func (s *snsTopic) Bind(rule interfacesawsevents.IRuleRef, _ *string) *awsevents.RuleTargetConfig {
	if s.topic == nil {
		l2.Throw(rule, "SnsTopic target: the topic is required")
	}
	var role awsiam.IRole
	useRole := s.props.Role != nil
	if s.props.AuthorizeUsingRole != nil {
		useRole = *s.props.AuthorizeUsingRole
	}
	if useRole {
		role = s.props.Role
		if role == nil {
			role = singletonEventRole(rule)
		}
		s.topic.GrantPublish(role)
	} else {
		if s.props.Role != nil {
			l2.Throw(rule, "Cannot provide a role when authorizeUsingRole is false")
		}
		s.topic.GrantPublish(awsiam.NewServicePrincipal(jsii.String("events.amazonaws.com"), nil))
	}
	addDeadLetterPolicy(rule, s.props.DeadLetterQueue)
	cfg := baseConfig(s.props.DeadLetterQueue, s.props.MaxEventAge, s.props.RetryAttempts)
	cfg.Arn = s.topic.TopicArn()
	cfg.Input = s.props.Message
	cfg.TargetResource = s.topic
	cfg.Role = role
	return cfg
}

// EventBusProps are the props of NewEventBus.
type EventBusProps struct {
	DeadLetterQueue awssqs.IQueue `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	// Default: a role made for the rule.
	Role awsiam.IRole `field:"optional" json:"role" yaml:"role"`
}

// EventBus forwards events to another event bus.
type EventBus interface {
	awsevents.IRuleTarget
}

type eventBusTarget struct {
	bus   awsevents.IEventBus
	props *EventBusProps
}

// NewEventBus makes an event bus a rule target.
func NewEventBus(eventBus awsevents.IEventBus, props *EventBusProps) EventBus {
	if props == nil {
		props = &EventBusProps{}
	}
	return &eventBusTarget{bus: eventBus, props: props}
}

// Bind lets the rule put events on the bus through a role.
func (e *eventBusTarget) Bind(rule interfacesawsevents.IRuleRef, _ *string) *awsevents.RuleTargetConfig {
	if e.bus == nil {
		l2.Throw(rule, "EventBus target: the event bus is required")
	}
	role := e.props.Role
	if role == nil {
		role = singletonEventRole(rule)
	}
	role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions:   jsii.Strings("events:PutEvents"),
		Resources: &[]*string{e.bus.EventBusArn()},
	}))
	cfg := &awsevents.RuleTargetConfig{Arn: e.bus.EventBusArn(), Role: role}
	if e.props.DeadLetterQueue != nil {
		addDeadLetterPolicy(rule, e.props.DeadLetterQueue)
		cfg.DeadLetterConfig = &awsevents.CfnRule_DeadLetterConfigProperty{Arn: e.props.DeadLetterQueue.QueueArn()}
	}
	return cfg
}

// singletonEventRole is the rule's one role for targets that need one.
func singletonEventRole(scope constructs.IConstruct) awsiam.IRole {
	if existing := scope.Node().TryFindChild(jsii.String("EventsRole")); existing != nil {
		if r, ok := existing.(awsiam.IRole); ok {
			return r
		}
	}
	c, ok := scope.(constructs.Construct)
	if !ok {
		l2.Throw(scope, "a target that needs a role must be bound to a rule defined in this app")
	}
	return awsiam.NewRole(c, jsii.String("EventsRole"), &awsiam.RoleProps{
		RoleName:  awscdk.PhysicalName_GENERATE_IF_NEEDED(),
		AssumedBy: awsiam.NewServicePrincipal(jsii.String("events.amazonaws.com"), nil),
	})
}
