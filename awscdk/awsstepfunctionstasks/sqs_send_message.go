package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// SqsSendMessage sends a message to an SQS queue.
type SqsSendMessage interface {
	awsstepfunctions.TaskStateBase
}

// NewSqsSendMessage builds the task at scope/id.
func NewSqsSendMessage(scope constructs.Construct, id *string, props *SqsSendMessageProps) SqsSendMessage {
	return newSqsSendMessage(scope, id, props)
}

// NewSqsSendMessage_Override initializes t, a Go type embedding SqsSendMessage, as the task.
func NewSqsSendMessage_Override(t SqsSendMessage, scope constructs.Construct, id *string, props *SqsSendMessageProps) {
	l2.Override[SqsSendMessage](t, newSqsSendMessage(scope, id, props))
}

// SqsSendMessage_JsonPath builds the task with JSONPath fields.
func SqsSendMessage_JsonPath(scope constructs.Construct, id *string, props *SqsSendMessageJsonPathProps) SqsSendMessage {
	if props == nil {
		return newSqsSendMessage(scope, id, nil)
	}
	p := &SqsSendMessageProps{}
	copyFields(p, props)
	return newSqsSendMessage(scope, id, p)
}

// SqsSendMessage_Jsonata builds the task with JSONata fields: its query language is JSONata.
func SqsSendMessage_Jsonata(scope constructs.Construct, id *string, props *SqsSendMessageJsonataProps) SqsSendMessage {
	if props == nil {
		return newSqsSendMessage(scope, id, nil)
	}
	p := &SqsSendMessageProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newSqsSendMessage(scope, id, p)
}

// SqsSendMessage_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func SqsSendMessage_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// SqsSendMessage_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func SqsSendMessage_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// SqsSendMessage_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func SqsSendMessage_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// SqsSendMessage_IsConstruct reports whether x is a construct.
func SqsSendMessage_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// SqsSendMessage_PrefixStates prefixes the names of the states under root.
func SqsSendMessage_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// SqsSendMessageProps configures a SqsSendMessage task.
type SqsSendMessageProps struct {
	Comment                *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage          awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName              *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials            *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat              awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout       awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern     awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout            awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                 *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath              *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath             *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	Outputs                interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	ResultPath             *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector         *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	MessageBody            awsstepfunctions.TaskInput          `field:"required" json:"messageBody" yaml:"messageBody"`
	Queue                  awssqs.IQueue                       `field:"required" json:"queue" yaml:"queue"`
	Delay                  awscdk.Duration                     `field:"optional" json:"delay" yaml:"delay"`
	MessageDeduplicationId *string                             `field:"optional" json:"messageDeduplicationId" yaml:"messageDeduplicationId"`
	MessageGroupId         *string                             `field:"optional" json:"messageGroupId" yaml:"messageGroupId"`
}

// SqsSendMessageJsonPathProps configures a SqsSendMessage task with JSONPath fields.
type SqsSendMessageJsonPathProps struct {
	Comment                *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage          awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName              *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials            *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat              awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout       awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern     awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout            awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                 *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath              *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath             *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	ResultPath             *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector         *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	MessageBody            awsstepfunctions.TaskInput          `field:"required" json:"messageBody" yaml:"messageBody"`
	Queue                  awssqs.IQueue                       `field:"required" json:"queue" yaml:"queue"`
	Delay                  awscdk.Duration                     `field:"optional" json:"delay" yaml:"delay"`
	MessageDeduplicationId *string                             `field:"optional" json:"messageDeduplicationId" yaml:"messageDeduplicationId"`
	MessageGroupId         *string                             `field:"optional" json:"messageGroupId" yaml:"messageGroupId"`
}

// SqsSendMessageJsonataProps configures a SqsSendMessage task with JSONata fields.
type SqsSendMessageJsonataProps struct {
	Comment                *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage          awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName              *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials            *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat              awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout       awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern     awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout            awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                 *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	Outputs                interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	MessageBody            awsstepfunctions.TaskInput          `field:"required" json:"messageBody" yaml:"messageBody"`
	Queue                  awssqs.IQueue                       `field:"required" json:"queue" yaml:"queue"`
	Delay                  awscdk.Duration                     `field:"optional" json:"delay" yaml:"delay"`
	MessageDeduplicationId *string                             `field:"optional" json:"messageDeduplicationId" yaml:"messageDeduplicationId"`
	MessageGroupId         *string                             `field:"optional" json:"messageGroupId" yaml:"messageGroupId"`
}

func newSqsSendMessage(scope constructs.Construct, id *string, props *SqsSendMessageProps) SqsSendMessage {
	required(scope, id, "SqsSendMessage", props, "MessageBody", "Queue")
	t := newTask(scope, id, props)
	pattern := props.IntegrationPattern
	if pattern == "" {
		pattern = awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE
	}
	validatePattern(pattern, awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE, awsstepfunctions.IntegrationPattern_WAIT_FOR_TASK_TOKEN)
	if pattern == awsstepfunctions.IntegrationPattern_WAIT_FOR_TASK_TOKEN && !containsTaskToken(props.MessageBody) {
		throw(t, "Task Token is required in `messageBody` Use JsonPath.taskToken to set the token.")
	}
	q := props.Queue
	t.policies = []awsiam.PolicyStatement{statement([]string{"sqs:SendMessage"}, q.QueueArn())}
	if k := q.EncryptionMasterKey(); k != nil {
		t.policies = append(t.policies, statement([]string{"kms:Decrypt", "kms:GenerateDataKey*"}, k.KeyArn()))
	}
	t.Hook.Render = func(top string) interface{} {
		var delay interface{}
		if props.Delay != nil {
			delay = props.Delay.ToSeconds(nil)
		}
		return t.render(top, integrationResourceArn("sqs", "sendMessage", pattern), obj(
			"QueueUrl", q.QueueUrl(), "MessageBody", inputValue(props.MessageBody), "DelaySeconds", delay,
			"MessageDeduplicationId", props.MessageDeduplicationId, "MessageGroupId", props.MessageGroupId))
	}
	return t
}
