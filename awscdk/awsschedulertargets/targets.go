package awsschedulertargets

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscodepipeline"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskinesis"
	"github.com/strata-cdk/strata/awscdk/awskinesisfirehose"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awssagemaker"
	"github.com/strata-cdk/strata/awscdk/awsscheduler"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscodebuild"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscodepipeline"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsinspector"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// statement adds one Allow statement to role's policy.
func statement(role awsiam.IRole, resource *string, actions ...string) {
	role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: jsii.Strings(actions...), Resources: &[]*string{resource},
	}))
}

// need stops with a clear mistake when a required argument is missing.
func need(ok bool, what string) {
	if !ok {
		diag.Panic("", "%s; got nil", what)
	}
}

// ---- Lambda ----

// LambdaInvoke invokes a Lambda function.
type LambdaInvoke interface {
	ScheduleTargetBase
	awsscheduler.IScheduleTarget
}

type lambdaInvoke struct {
	*targetBase
	fn awslambda.IFunction
}

func newLambdaInvoke(fn awslambda.IFunction, props *ScheduleTargetBaseProps) *lambdaInvoke {
	need(fn != nil, "LambdaInvoke needs a function")
	t := &lambdaInvoke{targetBase: newBase(props, fn.FunctionArn()), fn: fn}
	t.self = t
	return t
}

// NewLambdaInvoke targets func_; the role may invoke it.
func NewLambdaInvoke(func_ awslambda.IFunction, props *ScheduleTargetBaseProps) LambdaInvoke {
	return newLambdaInvoke(func_, props)
}

// NewLambdaInvoke_Override initialises outer, a type embedding LambdaInvoke.
func NewLambdaInvoke_Override(l LambdaInvoke, func_ awslambda.IFunction, props *ScheduleTargetBaseProps) {
	t := newLambdaInvoke(func_, props)
	t.self = l
	l2.Override(l, LambdaInvoke(t))
}

func (t *lambdaInvoke) AddTargetActionToRole(role awsiam.IRole) { t.fn.GrantInvoke(role) }

// ---- SQS ----

// SqsSendMessageProps are the props of NewSqsSendMessage.
type SqsSendMessageProps struct {
	DeadLetterQueue awssqs.IQueue                    `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	Input           awsscheduler.ScheduleTargetInput `field:"optional" json:"input" yaml:"input"`
	MaxEventAge     awscdk.Duration                  `field:"optional" json:"maxEventAge" yaml:"maxEventAge"`
	RetryAttempts   *float64                         `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	Role            awsiam.IRole                     `field:"optional" json:"role" yaml:"role"`
	// The message group of a FIFO queue (1 to 128 characters); required for, and only for, FIFO queues.
	MessageGroupId *string `field:"optional" json:"messageGroupId" yaml:"messageGroupId"`
}

// SqsSendMessage sends a message to an SQS queue.
type SqsSendMessage interface {
	ScheduleTargetBase
	awsscheduler.IScheduleTarget
}

type sqsSendMessage struct {
	*targetBase
	queue   awssqs.IQueue
	groupID *string
}

func newSqsSendMessage(queue awssqs.IQueue, props *SqsSendMessageProps) *sqsSendMessage {
	need(queue != nil, "SqsSendMessage needs a queue")
	if props == nil {
		props = &SqsSendMessageProps{}
	}
	t := &sqsSendMessage{targetBase: newBase(&ScheduleTargetBaseProps{
		DeadLetterQueue: props.DeadLetterQueue, Input: props.Input, MaxEventAge: props.MaxEventAge,
		RetryAttempts: props.RetryAttempts, Role: props.Role,
	}, queue.QueueArn()), queue: queue, groupID: props.MessageGroupId}
	t.self = t
	fifo := queue.Fifo() != nil && *queue.Fifo()
	if id := props.MessageGroupId; id != nil {
		if n := jsLength(*id); !*awscdk.Token_IsUnresolved(*id) && (n < 1 || n > 128) {
			l2.AddError(queue, "messageGroupId length must be between 1 and 128, got %d", n)
		}
		if !fifo {
			l2.AddError(queue, "target must be a FIFO queue if messageGroupId is specified")
		} else if !contentBasedDedup(queue) {
			l2.AddError(queue, "contentBasedDeduplication must be true if the target is a FIFO queue")
		}
	} else if fifo {
		l2.AddError(queue, "messageGroupId must be specified if the target is a FIFO queue")
	}
	return t
}

// contentBasedDedup reads the queue's L1; an imported queue has none,
// where aws-cdk-lib fails with a TypeError.
func contentBasedDedup(queue awssqs.IQueue) bool {
	cfn, ok := queue.Node().DefaultChild().(awssqs.CfnQueue)
	if !ok {
		return false
	}
	switch b := cfn.ContentBasedDeduplication().(type) {
	case bool:
		return b
	case *bool:
		return b != nil && *b
	}
	return false
}

// NewSqsSendMessage targets queue; the role may send to it (and use its key).
func NewSqsSendMessage(queue awssqs.IQueue, props *SqsSendMessageProps) SqsSendMessage {
	return newSqsSendMessage(queue, props)
}

// NewSqsSendMessage_Override initialises outer, a type embedding SqsSendMessage.
func NewSqsSendMessage_Override(s SqsSendMessage, queue awssqs.IQueue, props *SqsSendMessageProps) {
	t := newSqsSendMessage(queue, props)
	t.self = s
	l2.Override(s, SqsSendMessage(t))
}

func (t *sqsSendMessage) AddTargetActionToRole(role awsiam.IRole) {
	t.queue.Grant(role, jsii.String("sqs:SendMessage"))
	if k := t.queue.EncryptionMasterKey(); k != nil {
		k.Grant(role, jsii.String("kms:Decrypt"), jsii.String("kms:GenerateDataKey*"))
	}
}

func (t *sqsSendMessage) BindBaseTargetConfig(schedule awsscheduler.ISchedule) *awsscheduler.ScheduleTargetConfig {
	cfg := t.targetBase.BindBaseTargetConfig(schedule)
	cfg.SqsParameters = &awsscheduler.CfnSchedule_SqsParametersProperty{MessageGroupId: t.groupID}
	return cfg
}

// ---- SNS ----

// SnsPublish publishes to an SNS topic.
type SnsPublish interface {
	ScheduleTargetBase
	awsscheduler.IScheduleTarget
}

type snsPublish struct {
	*targetBase
	topic awssns.ITopic
}

func newSnsPublish(topic awssns.ITopic, props *ScheduleTargetBaseProps) *snsPublish {
	need(topic != nil, "SnsPublish needs a topic")
	t := &snsPublish{targetBase: newBase(props, topic.TopicArn()), topic: topic}
	t.self = t
	return t
}

// NewSnsPublish targets topic; the role may publish to it.
func NewSnsPublish(topic awssns.ITopic, props *ScheduleTargetBaseProps) SnsPublish {
	return newSnsPublish(topic, props)
}

// NewSnsPublish_Override initialises outer, a type embedding SnsPublish.
func NewSnsPublish_Override(s SnsPublish, topic awssns.ITopic, props *ScheduleTargetBaseProps) {
	t := newSnsPublish(topic, props)
	t.self = s
	l2.Override(s, SnsPublish(t))
}

func (t *snsPublish) AddTargetActionToRole(role awsiam.IRole) { t.topic.GrantPublish(role) }

// ---- EventBridge ----

// EventBridgePutEventsEntry is the event a schedule puts on a bus.
type EventBridgePutEventsEntry struct {
	// The event's detail.
	Detail awsscheduler.ScheduleTargetInput `field:"required" json:"detail" yaml:"detail"`
	// The event's detail-type.
	DetailType *string `field:"required" json:"detailType" yaml:"detailType"`
	// The bus to put the event on.
	EventBus awsevents.IEventBus `field:"required" json:"eventBus" yaml:"eventBus"`
	// The event's source.
	Source *string `field:"required" json:"source" yaml:"source"`
}

// EventBridgePutEvents puts an event on an EventBridge bus.
type EventBridgePutEvents interface {
	ScheduleTargetBase
	awsscheduler.IScheduleTarget
}

type eventBridgePutEvents struct {
	*targetBase
	entry EventBridgePutEventsEntry
}

func newEventBridgePutEvents(entry *EventBridgePutEventsEntry, props *ScheduleTargetBaseProps) *eventBridgePutEvents {
	need(entry != nil && entry.EventBus != nil, "EventBridgePutEvents needs an entry with an EventBus")
	t := &eventBridgePutEvents{targetBase: newBase(props, entry.EventBus.EventBusArn()), entry: *entry}
	t.self = t
	if props != nil && props.Input != nil {
		diag.Panic("", "ScheduleTargetBaseProps.input is not supported for EventBridgePutEvents. Please use entry.detail instead.")
	}
	return t
}

// NewEventBridgePutEvents targets entry.EventBus; the role may put events on it.
func NewEventBridgePutEvents(entry *EventBridgePutEventsEntry, props *ScheduleTargetBaseProps) EventBridgePutEvents {
	return newEventBridgePutEvents(entry, props)
}

// NewEventBridgePutEvents_Override initialises outer, a type embedding EventBridgePutEvents.
func NewEventBridgePutEvents_Override(e EventBridgePutEvents, entry *EventBridgePutEventsEntry, props *ScheduleTargetBaseProps) {
	t := newEventBridgePutEvents(entry, props)
	t.self = e
	l2.Override(e, EventBridgePutEvents(t))
}

func (t *eventBridgePutEvents) AddTargetActionToRole(role awsiam.IRole) {
	t.entry.EventBus.GrantPutEventsTo(role, nil)
}

func (t *eventBridgePutEvents) BindBaseTargetConfig(schedule awsscheduler.ISchedule) *awsscheduler.ScheduleTargetConfig {
	cfg := t.targetBase.BindBaseTargetConfig(schedule)
	cfg.Input = t.entry.Detail
	cfg.EventBridgeParameters = &awsscheduler.CfnSchedule_EventBridgeParametersProperty{DetailType: t.entry.DetailType, Source: t.entry.Source}
	return cfg
}

// ---- Kinesis ----

// KinesisStreamPutRecordProps are the props of NewKinesisStreamPutRecord.
type KinesisStreamPutRecordProps struct {
	DeadLetterQueue awssqs.IQueue                    `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	Input           awsscheduler.ScheduleTargetInput `field:"optional" json:"input" yaml:"input"`
	MaxEventAge     awscdk.Duration                  `field:"optional" json:"maxEventAge" yaml:"maxEventAge"`
	RetryAttempts   *float64                         `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	Role            awsiam.IRole                     `field:"optional" json:"role" yaml:"role"`
	// The shard key of the record, 1 to 256 characters.
	PartitionKey *string `field:"required" json:"partitionKey" yaml:"partitionKey"`
}

// KinesisStreamPutRecord puts a record on a Kinesis data stream.
type KinesisStreamPutRecord interface {
	ScheduleTargetBase
	awsscheduler.IScheduleTarget
}

type kinesisStreamPutRecord struct {
	*targetBase
	stream awskinesis.IStream
	key    *string
}

func newKinesisStreamPutRecord(stream awskinesis.IStream, props *KinesisStreamPutRecordProps) *kinesisStreamPutRecord {
	need(stream != nil, "KinesisStreamPutRecord needs a stream")
	if props == nil || props.PartitionKey == nil {
		diag.Panic(*stream.Node().Path(), "KinesisStreamPutRecord needs props (PartitionKey is required); got nil")
	}
	t := &kinesisStreamPutRecord{targetBase: newBase(&ScheduleTargetBaseProps{
		DeadLetterQueue: props.DeadLetterQueue, Input: props.Input, MaxEventAge: props.MaxEventAge,
		RetryAttempts: props.RetryAttempts, Role: props.Role,
	}, stream.StreamArn()), stream: stream, key: props.PartitionKey}
	t.self = t
	if n := jsLength(*props.PartitionKey); !*awscdk.Token_IsUnresolved(*props.PartitionKey) && (n < 1 || n > 256) {
		l2.AddError(stream, "partitionKey length must be between 1 and 256, got %d", n)
	}
	return t
}

// NewKinesisStreamPutRecord targets stream; the role may put records (and use its key).
func NewKinesisStreamPutRecord(stream awskinesis.IStream, props *KinesisStreamPutRecordProps) KinesisStreamPutRecord {
	return newKinesisStreamPutRecord(stream, props)
}

// NewKinesisStreamPutRecord_Override initialises outer, a type embedding KinesisStreamPutRecord.
func NewKinesisStreamPutRecord_Override(k KinesisStreamPutRecord, stream awskinesis.IStream, props *KinesisStreamPutRecordProps) {
	t := newKinesisStreamPutRecord(stream, props)
	t.self = k
	l2.Override(k, KinesisStreamPutRecord(t))
}

func (t *kinesisStreamPutRecord) AddTargetActionToRole(role awsiam.IRole) {
	t.stream.Grant(role, jsii.String("kinesis:PutRecord"), jsii.String("kinesis:PutRecords"))
	if k := t.stream.EncryptionKey(); k != nil {
		k.Grant(role, jsii.String("kms:GenerateDataKey*"))
	}
}

func (t *kinesisStreamPutRecord) BindBaseTargetConfig(schedule awsscheduler.ISchedule) *awsscheduler.ScheduleTargetConfig {
	cfg := t.targetBase.BindBaseTargetConfig(schedule)
	cfg.KinesisParameters = &awsscheduler.CfnSchedule_KinesisParametersProperty{PartitionKey: t.key}
	return cfg
}

// ---- Firehose ----

// FirehosePutRecord puts a record on a Data Firehose delivery stream.
type FirehosePutRecord interface {
	ScheduleTargetBase
	awsscheduler.IScheduleTarget
}

type firehosePutRecord struct {
	*targetBase
	stream awskinesisfirehose.IDeliveryStream
}

func newFirehosePutRecord(stream awskinesisfirehose.IDeliveryStream, props *ScheduleTargetBaseProps) *firehosePutRecord {
	need(stream != nil, "FirehosePutRecord needs a delivery stream")
	t := &firehosePutRecord{targetBase: newBase(props, stream.DeliveryStreamArn()), stream: stream}
	t.self = t
	return t
}

// NewFirehosePutRecord targets deliveryStream; the role may put records on it.
func NewFirehosePutRecord(deliveryStream awskinesisfirehose.IDeliveryStream, props *ScheduleTargetBaseProps) FirehosePutRecord {
	return newFirehosePutRecord(deliveryStream, props)
}

// NewFirehosePutRecord_Override initialises outer, a type embedding FirehosePutRecord.
func NewFirehosePutRecord_Override(f FirehosePutRecord, deliveryStream awskinesisfirehose.IDeliveryStream, props *ScheduleTargetBaseProps) {
	t := newFirehosePutRecord(deliveryStream, props)
	t.self = f
	l2.Override(f, FirehosePutRecord(t))
}

func (t *firehosePutRecord) AddTargetActionToRole(role awsiam.IRole) {
	statement(role, t.stream.DeliveryStreamArn(), "firehose:PutRecord")
}

// ---- CodeBuild ----

// CodeBuildStartBuild starts a build of a CodeBuild project.
type CodeBuildStartBuild interface {
	ScheduleTargetBase
	awsscheduler.IScheduleTarget
}

type codeBuildStartBuild struct {
	*targetBase
	project interfacesawscodebuild.IProjectRef
}

func newCodeBuildStartBuild(project interfacesawscodebuild.IProjectRef, props *ScheduleTargetBaseProps) *codeBuildStartBuild {
	need(project != nil, "CodeBuildStartBuild needs a project")
	t := &codeBuildStartBuild{targetBase: newBase(props, project.ProjectRef().ProjectArn), project: project}
	t.self = t
	return t
}

// NewCodeBuildStartBuild targets project; the role may start builds.
func NewCodeBuildStartBuild(project interfacesawscodebuild.IProjectRef, props *ScheduleTargetBaseProps) CodeBuildStartBuild {
	return newCodeBuildStartBuild(project, props)
}

// NewCodeBuildStartBuild_Override initialises outer, a type embedding CodeBuildStartBuild.
func NewCodeBuildStartBuild_Override(c CodeBuildStartBuild, project interfacesawscodebuild.IProjectRef, props *ScheduleTargetBaseProps) {
	t := newCodeBuildStartBuild(project, props)
	t.self = c
	l2.Override(c, CodeBuildStartBuild(t))
}

func (t *codeBuildStartBuild) AddTargetActionToRole(role awsiam.IRole) {
	statement(role, t.project.ProjectRef().ProjectArn, "codebuild:StartBuild")
}

// ---- CodePipeline ----

// CodePipelineStartPipelineExecution starts an execution of a CodePipeline pipeline.
type CodePipelineStartPipelineExecution interface {
	ScheduleTargetBase
	awsscheduler.IScheduleTarget
}

type codePipelineStart struct {
	*targetBase
	pipeline interfacesawscodepipeline.IPipelineRef
}

// pipelineArn is the L2's PipelineArn when it has one, else the ARN built
// from the reference.
func pipelineArn(p interfacesawscodepipeline.IPipelineRef) *string {
	if l2p, ok := p.(interface{ PipelineArn() *string }); ok {
		return l2p.PipelineArn()
	}
	return awscodepipeline.CfnPipeline_ArnForPipeline(p)
}

func newCodePipelineStart(pipeline interfacesawscodepipeline.IPipelineRef, props *ScheduleTargetBaseProps) *codePipelineStart {
	need(pipeline != nil, "CodePipelineStartPipelineExecution needs a pipeline")
	t := &codePipelineStart{targetBase: newBase(props, pipelineArn(pipeline)), pipeline: pipeline}
	t.self = t
	return t
}

// NewCodePipelineStartPipelineExecution targets pipeline; the role may start executions.
func NewCodePipelineStartPipelineExecution(pipeline interfacesawscodepipeline.IPipelineRef, props *ScheduleTargetBaseProps) CodePipelineStartPipelineExecution {
	return newCodePipelineStart(pipeline, props)
}

// NewCodePipelineStartPipelineExecution_Override initialises outer, a type embedding CodePipelineStartPipelineExecution.
func NewCodePipelineStartPipelineExecution_Override(c CodePipelineStartPipelineExecution, pipeline interfacesawscodepipeline.IPipelineRef, props *ScheduleTargetBaseProps) {
	t := newCodePipelineStart(pipeline, props)
	t.self = c
	l2.Override(c, CodePipelineStartPipelineExecution(t))
}

func (t *codePipelineStart) AddTargetActionToRole(role awsiam.IRole) {
	statement(role, pipelineArn(t.pipeline), "codepipeline:StartPipelineExecution")
}

// ---- Inspector ----

// InspectorStartAssessmentRun starts an Amazon Inspector Classic assessment run.
type InspectorStartAssessmentRun interface {
	ScheduleTargetBase
	awsscheduler.IScheduleTarget
}

type inspectorStart struct{ *targetBase }

func newInspectorStart(template interfacesawsinspector.IAssessmentTemplateRef, props *ScheduleTargetBaseProps) *inspectorStart {
	need(template != nil, "InspectorStartAssessmentRun needs an assessment template")
	t := &inspectorStart{targetBase: newBase(props, template.AssessmentTemplateRef().AssessmentTemplateArn)}
	t.self = t
	return t
}

// NewInspectorStartAssessmentRun targets template; the role may start assessment runs.
func NewInspectorStartAssessmentRun(template interfacesawsinspector.IAssessmentTemplateRef, props *ScheduleTargetBaseProps) InspectorStartAssessmentRun {
	return newInspectorStart(template, props)
}

// NewInspectorStartAssessmentRun_Override initialises outer, a type embedding InspectorStartAssessmentRun.
func NewInspectorStartAssessmentRun_Override(i InspectorStartAssessmentRun, template interfacesawsinspector.IAssessmentTemplateRef, props *ScheduleTargetBaseProps) {
	t := newInspectorStart(template, props)
	t.self = i
	l2.Override(i, InspectorStartAssessmentRun(t))
}

func (t *inspectorStart) AddTargetActionToRole(role awsiam.IRole) {
	statement(role, jsii.String("*"), "inspector:StartAssessmentRun")
}

// ---- SageMaker ----

// SageMakerPipelineParameter is one parameter of a pipeline execution.
type SageMakerPipelineParameter struct {
	Name  *string `field:"required" json:"name" yaml:"name"`
	Value *string `field:"required" json:"value" yaml:"value"`
}

// SageMakerStartPipelineExecutionProps are the props of NewSageMakerStartPipelineExecution.
type SageMakerStartPipelineExecutionProps struct {
	DeadLetterQueue awssqs.IQueue                    `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	Input           awsscheduler.ScheduleTargetInput `field:"optional" json:"input" yaml:"input"`
	MaxEventAge     awscdk.Duration                  `field:"optional" json:"maxEventAge" yaml:"maxEventAge"`
	RetryAttempts   *float64                         `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	Role            awsiam.IRole                     `field:"optional" json:"role" yaml:"role"`
	// Up to 200 parameters of the execution.
	PipelineParameterList *[]*SageMakerPipelineParameter `field:"optional" json:"pipelineParameterList" yaml:"pipelineParameterList"`
}

// SageMakerStartPipelineExecution starts an execution of a SageMaker pipeline.
type SageMakerStartPipelineExecution interface {
	ScheduleTargetBase
	awsscheduler.IScheduleTarget
}

type sageMakerStart struct {
	*targetBase
	pipeline awssagemaker.IPipeline
	params   *[]*SageMakerPipelineParameter
}

func newSageMakerStart(pipeline awssagemaker.IPipeline, props *SageMakerStartPipelineExecutionProps) *sageMakerStart {
	need(pipeline != nil, "SageMakerStartPipelineExecution needs a pipeline")
	if props == nil {
		props = &SageMakerStartPipelineExecutionProps{}
	}
	t := &sageMakerStart{targetBase: newBase(&ScheduleTargetBaseProps{
		DeadLetterQueue: props.DeadLetterQueue, Input: props.Input, MaxEventAge: props.MaxEventAge,
		RetryAttempts: props.RetryAttempts, Role: props.Role,
	}, pipeline.PipelineArn()), pipeline: pipeline, params: props.PipelineParameterList}
	t.self = t
	if props.PipelineParameterList != nil && len(*props.PipelineParameterList) > 200 {
		l2.AddError(pipeline, "pipelineParameterList length must be between 0 and 200, got %d", len(*props.PipelineParameterList))
	}
	return t
}

// NewSageMakerStartPipelineExecution targets pipeline; the role may start executions.
func NewSageMakerStartPipelineExecution(pipeline awssagemaker.IPipeline, props *SageMakerStartPipelineExecutionProps) SageMakerStartPipelineExecution {
	return newSageMakerStart(pipeline, props)
}

// NewSageMakerStartPipelineExecution_Override initialises outer, a type embedding SageMakerStartPipelineExecution.
func NewSageMakerStartPipelineExecution_Override(s SageMakerStartPipelineExecution, pipeline awssagemaker.IPipeline, props *SageMakerStartPipelineExecutionProps) {
	t := newSageMakerStart(pipeline, props)
	t.self = s
	l2.Override(s, SageMakerStartPipelineExecution(t))
}

func (t *sageMakerStart) AddTargetActionToRole(role awsiam.IRole) {
	t.pipeline.GrantStartPipelineExecution(role)
}

func (t *sageMakerStart) BindBaseTargetConfig(schedule awsscheduler.ISchedule) *awsscheduler.ScheduleTargetConfig {
	cfg := t.targetBase.BindBaseTargetConfig(schedule)
	if t.params != nil {
		list := []interface{}{}
		for _, p := range *t.params {
			if p == nil {
				continue
			}
			list = append(list, &awsscheduler.CfnSchedule_SageMakerPipelineParameterProperty{Name: p.Name, Value: p.Value})
		}
		cfg.SageMakerPipelineParameters = &awsscheduler.CfnSchedule_SageMakerPipelineParametersProperty{PipelineParameterList: list}
	}
	return cfg
}

// jsLength is a string's length in UTF-16 code units, as JavaScript counts.
func jsLength(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}
