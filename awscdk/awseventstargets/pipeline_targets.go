package awseventstargets

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscodepipeline"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskinesisfirehose"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscodebuild"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscodepipeline"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsevents"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// CodeBuildProjectProps are the props of NewCodeBuildProject.
type CodeBuildProjectProps struct {
	DeadLetterQueue awssqs.IQueue   `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	MaxEventAge     awscdk.Duration `field:"optional" json:"maxEventAge" yaml:"maxEventAge"`
	RetryAttempts   *float64        `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	// The build's input (StartBuild parameters). Default: the event.
	Event awsevents.RuleTargetInput `field:"optional" json:"event" yaml:"event"`
	// Default: a role made under the project.
	EventRole awsiam.IRole `field:"optional" json:"eventRole" yaml:"eventRole"`
}

// CodeBuildProject starts a CodeBuild build.
type CodeBuildProject interface {
	awsevents.IRuleTarget
	Bind(rule interfacesawsevents.IRuleRef, id *string) *awsevents.RuleTargetConfig
}

type codeBuildProject struct {
	project interfacesawscodebuild.IProjectRef
	props   *CodeBuildProjectProps
}

// NewCodeBuildProject makes a CodeBuild project a rule target.
func NewCodeBuildProject(project interfacesawscodebuild.IProjectRef, props *CodeBuildProjectProps) CodeBuildProject {
	if props == nil {
		props = &CodeBuildProjectProps{}
	}
	return &codeBuildProject{project: project, props: props}
}

// NewCodeBuildProject_Override initialises outer, a type embedding CodeBuildProject.
func NewCodeBuildProject_Override(outer CodeBuildProject, project interfacesawscodebuild.IProjectRef, props *CodeBuildProjectProps) {
	l2.Override(outer, NewCodeBuildProject(project, props))
}

// Bind lets the role start builds of the project.
func (c *codeBuildProject) Bind(rule interfacesawsevents.IRuleRef, _ *string) *awsevents.RuleTargetConfig {
	if c.project == nil {
		l2.Throw(rule, "CodeBuildProject target: the project is required")
	}
	p := c.props
	addDeadLetterPolicy(rule, p.DeadLetterQueue)
	role := p.EventRole
	if role == nil {
		role = singletonEventRole(c.project)
	}
	arn := c.project.ProjectRef().ProjectArn
	role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: jsii.Strings("codebuild:StartBuild"), Resources: &[]*string{arn},
	}))
	cfg := baseConfig(p.DeadLetterQueue, p.MaxEventAge, p.RetryAttempts)
	cfg.Arn = arn
	cfg.Role = role
	cfg.Input = p.Event
	cfg.TargetResource = c.project
	return cfg
}

// CodePipelineTargetOptions are the props of NewCodePipeline.
type CodePipelineTargetOptions struct {
	DeadLetterQueue awssqs.IQueue   `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	MaxEventAge     awscdk.Duration `field:"optional" json:"maxEventAge" yaml:"maxEventAge"`
	RetryAttempts   *float64        `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	// Default: a role made under the pipeline.
	EventRole awsiam.IRole `field:"optional" json:"eventRole" yaml:"eventRole"`
}

// CodePipeline starts a pipeline execution.
type CodePipeline interface {
	awsevents.IRuleTarget
	Bind(rule interfacesawsevents.IRuleRef, id *string) *awsevents.RuleTargetConfig
}

type codePipeline struct {
	pipeline interfacesawscodepipeline.IPipelineRef
	opts     *CodePipelineTargetOptions
}

// NewCodePipeline makes a pipeline a rule target.
func NewCodePipeline(pipeline interfacesawscodepipeline.IPipelineRef, options *CodePipelineTargetOptions) CodePipeline {
	if options == nil {
		options = &CodePipelineTargetOptions{}
	}
	return &codePipeline{pipeline: pipeline, opts: options}
}

// NewCodePipeline_Override initialises outer, a type embedding CodePipeline.
func NewCodePipeline_Override(outer CodePipeline, pipeline interfacesawscodepipeline.IPipelineRef, options *CodePipelineTargetOptions) {
	l2.Override(outer, NewCodePipeline(pipeline, options))
}

// Bind lets the role start executions of the pipeline. (aws-cdk-lib adds
// no dead-letter queue policy for this target.)
func (c *codePipeline) Bind(rule interfacesawsevents.IRuleRef, _ *string) *awsevents.RuleTargetConfig {
	if c.pipeline == nil {
		l2.Throw(rule, "CodePipeline target: the pipeline is required")
	}
	o := c.opts
	role := o.EventRole
	if role == nil {
		role = singletonEventRole(c.pipeline)
	}
	arn := awscodepipeline.CfnPipeline_ArnForPipeline(c.pipeline)
	role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Resources: &[]*string{arn}, Actions: jsii.Strings("codepipeline:StartPipelineExecution"),
	}))
	cfg := baseConfig(o.DeadLetterQueue, o.MaxEventAge, o.RetryAttempts)
	cfg.Arn = arn
	cfg.Role = role
	cfg.TargetResource = c.pipeline
	return cfg
}

// KinesisFirehoseStreamProps are the props of the Firehose targets.
type KinesisFirehoseStreamProps struct {
	// The record sent. Default: the event.
	Message awsevents.RuleTargetInput `field:"optional" json:"message" yaml:"message"`
}

// IDeliveryStream is a Firehose delivery stream (for KinesisFirehoseStreamV2).
type IDeliveryStream interface {
	awscdk.IResource
	DeliveryStreamArn() *string
	DeliveryStreamName() *string
}

// KinesisFirehoseStream puts events on a Firehose delivery stream (L1).
//
// Deprecated: upstream prefers FirehoseDeliveryStream.
type KinesisFirehoseStream interface {
	awsevents.IRuleTarget
	Bind(rule interfacesawsevents.IRuleRef, id *string) *awsevents.RuleTargetConfig
}

// KinesisFirehoseStreamV2 puts events on a Firehose delivery stream.
//
// Deprecated: upstream prefers FirehoseDeliveryStream.
type KinesisFirehoseStreamV2 interface {
	awsevents.IRuleTarget
	Bind(rule interfacesawsevents.IRuleRef, id *string) *awsevents.RuleTargetConfig
}

type firehoseTarget struct {
	scope constructs.IConstruct
	arn   func() *string
	props *KinesisFirehoseStreamProps
}

// NewKinesisFirehoseStream makes an L1 delivery stream a rule target.
func NewKinesisFirehoseStream(stream awskinesisfirehose.CfnDeliveryStream, props *KinesisFirehoseStreamProps) KinesisFirehoseStream {
	if props == nil {
		props = &KinesisFirehoseStreamProps{}
	}
	t := &firehoseTarget{props: props}
	if stream != nil {
		t.arn = stream.AttrArn
		t.scope = stream
	}
	return t
}

// NewKinesisFirehoseStreamV2 makes a delivery stream a rule target.
func NewKinesisFirehoseStreamV2(stream IDeliveryStream, props *KinesisFirehoseStreamProps) KinesisFirehoseStreamV2 {
	if props == nil {
		props = &KinesisFirehoseStreamProps{}
	}
	t := &firehoseTarget{props: props}
	if stream != nil {
		t.arn = stream.DeliveryStreamArn
		t.scope = stream
	}
	return t
}

// NewKinesisFirehoseStream_Override initialises outer, a type embedding KinesisFirehoseStream.
func NewKinesisFirehoseStream_Override(outer KinesisFirehoseStream, stream awskinesisfirehose.CfnDeliveryStream, props *KinesisFirehoseStreamProps) {
	l2.Override(outer, NewKinesisFirehoseStream(stream, props))
}

// NewKinesisFirehoseStreamV2_Override initialises outer, a type embedding KinesisFirehoseStreamV2.
func NewKinesisFirehoseStreamV2_Override(outer KinesisFirehoseStreamV2, stream IDeliveryStream, props *KinesisFirehoseStreamProps) {
	l2.Override(outer, NewKinesisFirehoseStreamV2(stream, props))
}

// Bind lets the stream's events role put records.
func (f *firehoseTarget) Bind(rule interfacesawsevents.IRuleRef, _ *string) *awsevents.RuleTargetConfig {
	if f.scope == nil {
		l2.Throw(rule, "Firehose target: the delivery stream is required")
	}
	role := singletonEventRole(f.scope)
	arn := f.arn()
	role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: jsii.Strings("firehose:PutRecord", "firehose:PutRecordBatch"), Resources: &[]*string{arn},
	}))
	return &awsevents.RuleTargetConfig{Arn: arn, Role: role, Input: f.props.Message, TargetResource: f.scope}
}
