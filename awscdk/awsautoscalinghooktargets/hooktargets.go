package awsautoscalinghooktargets

import (
	"github.com/strata-cdk/strata/awscdk/awsautoscaling"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssnssubscriptions"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// hookRole is the role the hook gives, else a new one Auto Scaling assumes.
func hookRole(scope constructs.Construct, options *awsautoscaling.BindHookTargetOptions) awsiam.IRole {
	if options != nil && options.Role != nil {
		return options.Role
	}
	return awsiam.NewRole(scope, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("autoscaling.amazonaws.com"), nil)})
}

func need(scope constructs.Construct, ok bool, what string) {
	if !ok {
		path := ""
		if scope != nil {
			path = *scope.Node().Path()
		}
		diag.Panic(path, "%s", what)
	}
}

// TopicHook publishes the hook's notifications to an SNS topic.
type TopicHook interface {
	awsautoscaling.ILifecycleHookTarget
	Bind(scope constructs.Construct, options *awsautoscaling.BindHookTargetOptions) *awsautoscaling.LifecycleHookTargetConfig
}

type topicHook struct{ topic awssns.ITopic }

// NewTopicHook publishes to topic.
func NewTopicHook(topic awssns.ITopic) TopicHook { return &topicHook{topic: topic} }

// NewTopicHook_Override backs a Go "subclass" of TopicHook.
func NewTopicHook_Override(t TopicHook, topic awssns.ITopic) { l2.Override(t, NewTopicHook(topic)) }

func (h *topicHook) Bind(scope constructs.Construct, options *awsautoscaling.BindHookTargetOptions) *awsautoscaling.LifecycleHookTargetConfig {
	need(scope, h.topic != nil, "TopicHook needs a topic")
	role := hookRole(scope, options)
	h.topic.GrantPublish(role)
	return &awsautoscaling.LifecycleHookTargetConfig{NotificationTargetArn: h.topic.TopicArn(), CreatedRole: role}
}

// QueueHook sends the hook's notifications to an SQS queue.
type QueueHook interface {
	awsautoscaling.ILifecycleHookTarget
	Bind(scope constructs.Construct, options *awsautoscaling.BindHookTargetOptions) *awsautoscaling.LifecycleHookTargetConfig
}

type queueHook struct{ queue awssqs.IQueue }

// NewQueueHook sends to queue.
func NewQueueHook(queue awssqs.IQueue) QueueHook { return &queueHook{queue: queue} }

// NewQueueHook_Override backs a Go "subclass" of QueueHook.
func NewQueueHook_Override(q QueueHook, queue awssqs.IQueue) { l2.Override(q, NewQueueHook(queue)) }

func (h *queueHook) Bind(scope constructs.Construct, options *awsautoscaling.BindHookTargetOptions) *awsautoscaling.LifecycleHookTargetConfig {
	need(scope, h.queue != nil, "QueueHook needs a queue")
	role := hookRole(scope, options)
	h.queue.GrantSendMessages(role)
	return &awsautoscaling.LifecycleHookTargetConfig{NotificationTargetArn: h.queue.QueueArn(), CreatedRole: role}
}

// FunctionHook invokes a Lambda function through a new SNS topic
// (encrypted with encryptionKey when one is given).
type FunctionHook interface {
	awsautoscaling.ILifecycleHookTarget
	Bind(scope constructs.Construct, options *awsautoscaling.BindHookTargetOptions) *awsautoscaling.LifecycleHookTargetConfig
}

type functionHook struct {
	fn  awslambda.IFunction
	key awskms.IKey
}

// NewFunctionHook invokes fn.
func NewFunctionHook(fn awslambda.IFunction, encryptionKey awskms.IKey) FunctionHook {
	return &functionHook{fn: fn, key: encryptionKey}
}

// NewFunctionHook_Override backs a Go "subclass" of FunctionHook.
func NewFunctionHook_Override(f FunctionHook, fn awslambda.IFunction, encryptionKey awskms.IKey) {
	l2.Override(f, NewFunctionHook(fn, encryptionKey))
}

func (h *functionHook) Bind(scope constructs.Construct, options *awsautoscaling.BindHookTargetOptions) *awsautoscaling.LifecycleHookTargetConfig {
	need(scope, h.fn != nil, "FunctionHook needs a function")
	topic := awssns.NewTopic(scope, jsii.String("Topic"), &awssns.TopicProps{MasterKey: h.key})
	role := hookRole(scope, options)
	if h.key != nil {
		h.key.Grant(role, jsii.String("kms:Decrypt"), jsii.String("kms:GenerateDataKey"))
	}
	topic.AddSubscription(awssnssubscriptions.NewLambdaSubscription(h.fn, nil))
	var hook awsautoscaling.LifecycleHook
	if options != nil {
		hook = options.LifecycleHook
	}
	return NewTopicHook(topic).Bind(scope, &awsautoscaling.BindHookTargetOptions{LifecycleHook: hook, Role: role})
}
