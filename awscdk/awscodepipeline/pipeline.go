package awscodepipeline

import (
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscodestarnotifications"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/interfaces"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscodepipeline"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

const (
	flagCrossAccountKeysFalse = "@aws-cdk/aws-codepipeline:crossAccountKeysDefaultValueToFalse"
	flagDefaultV2             = "@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2"
	flagReduceCrossAccount    = "@aws-cdk/pipelines:reduceCrossAccountActionRoleTrustScope"
	flagReduceStageRole       = "@aws-cdk/pipelines:reduceStageRoleTrustScope"
	flagKeyAliasStackSafe     = "@aws-cdk/aws-codepipeline:crossAccountKeyAliasStackSafeResourceName"
)

// PipelineProps are the props of NewPipeline; all optional.
type PipelineProps struct {
	// Default: a new bucket (KMS-managed encryption, or a new key with CrossAccountKeys).
	ArtifactBucket awss3.IBucket `field:"optional" json:"artifactBucket" yaml:"artifactBucket"`
	// Create a customer-managed key for the artifact bucket, needed by
	// cross-account actions. Default: false under the cdk init flags.
	CrossAccountKeys *bool `field:"optional" json:"crossAccountKeys" yaml:"crossAccountKeys"`
	// Artifact buckets per region, for cross-region actions.
	CrossRegionReplicationBuckets *map[string]awss3.IBucket `field:"optional" json:"crossRegionReplicationBuckets" yaml:"crossRegionReplicationBuckets"`
	// Rotate the artifact key (needs CrossAccountKeys). Default: false.
	EnableKeyRotation *bool         `field:"optional" json:"enableKeyRotation" yaml:"enableKeyRotation"`
	ExecutionMode     ExecutionMode `field:"optional" json:"executionMode" yaml:"executionMode"`
	PipelineName      *string       `field:"optional" json:"pipelineName" yaml:"pipelineName"`
	// Default: V2 under the cdk init flags.
	PipelineType                  PipelineType `field:"optional" json:"pipelineType" yaml:"pipelineType"`
	RestartExecutionOnUpdate      *bool        `field:"optional" json:"restartExecutionOnUpdate" yaml:"restartExecutionOnUpdate"`
	ReuseCrossRegionSupportStacks *bool        `field:"optional" json:"reuseCrossRegionSupportStacks" yaml:"reuseCrossRegionSupportStacks"`
	// Default: a new role codepipeline.amazonaws.com assumes.
	Role     awsiam.IRole     `field:"optional" json:"role" yaml:"role"`
	Stages   *[]*StageProps   `field:"optional" json:"stages" yaml:"stages"`
	Triggers *[]*TriggerProps `field:"optional" json:"triggers" yaml:"triggers"`
	// Run AWS-owned actions with the pipeline's role instead of one role each.
	UsePipelineRoleForActions *bool       `field:"optional" json:"usePipelineRoleForActions" yaml:"usePipelineRoleForActions"`
	Variables                 *[]Variable `field:"optional" json:"variables" yaml:"variables"`
}

// CrossRegionSupport is the artifact bucket of a region and the stack holding it.
type CrossRegionSupport struct {
	ReplicationBucket awss3.IBucket `field:"required" json:"replicationBucket" yaml:"replicationBucket"`
	Stack             awscdk.Stack  `field:"required" json:"stack" yaml:"stack"`
}

// PipelineNotifyOnOptions configure Pipeline.NotifyOn.
type PipelineNotifyOnOptions struct {
	CreatedBy            *string                             `field:"optional" json:"createdBy" yaml:"createdBy"`
	DetailType           awscodestarnotifications.DetailType `field:"optional" json:"detailType" yaml:"detailType"`
	Enabled              *bool                               `field:"optional" json:"enabled" yaml:"enabled"`
	NotificationRuleName *string                             `field:"optional" json:"notificationRuleName" yaml:"notificationRuleName"`
	Events               *[]PipelineNotificationEvents       `field:"required" json:"events" yaml:"events"`
}

// IPipeline is a pipeline, defined in this app or imported.
type IPipeline interface {
	awscodestarnotifications.INotificationRuleSource
	interfacesawscodepipeline.IPipelineRef
	awscdk.IResource
	NotifyOn(id *string, target awscodestarnotifications.INotificationRuleTarget, options *PipelineNotifyOnOptions) awscodestarnotifications.INotificationRule
	NotifyOnAnyActionStateChange(id *string, target awscodestarnotifications.INotificationRuleTarget, options *awscodestarnotifications.NotificationRuleOptions) awscodestarnotifications.INotificationRule
	NotifyOnAnyManualApprovalStateChange(id *string, target awscodestarnotifications.INotificationRuleTarget, options *awscodestarnotifications.NotificationRuleOptions) awscodestarnotifications.INotificationRule
	NotifyOnAnyStageStateChange(id *string, target awscodestarnotifications.INotificationRuleTarget, options *awscodestarnotifications.NotificationRuleOptions) awscodestarnotifications.INotificationRule
	NotifyOnExecutionStateChange(id *string, target awscodestarnotifications.INotificationRuleTarget, options *awscodestarnotifications.NotificationRuleOptions) awscodestarnotifications.INotificationRule
	// OnEvent is a rule for any of the pipeline's events.
	OnEvent(id *string, options *awsevents.OnEventOptions) awsevents.Rule
	// OnStateChange is a rule for the pipeline's execution state changes.
	OnStateChange(id *string, options *awsevents.OnEventOptions) awsevents.Rule
	PipelineArn() *string
	PipelineName() *string
}

// Pipeline is a CodePipeline pipeline (AWS::CodePipeline::Pipeline).
type Pipeline interface {
	awscdk.Resource
	IPipeline
	ArtifactBucket() awss3.IBucket
	CrossRegionSupport() *map[string]*CrossRegionSupport
	Env() *interfaces.ResourceEnvironment
	Node() constructs.Node
	PhysicalName() *string
	PipelineArn() *string
	PipelineName() *string
	PipelineRef() *interfacesawscodepipeline.PipelineReference
	PipelineVersion() *string
	Role() awsiam.IRole
	Stack() awscdk.Stack
	StageCount() *float64
	Stages() *[]IStage
	AddStage(props *StageOptions) IStage
	AddToRolePolicy(statement awsiam.PolicyStatement)
	AddTrigger(props *TriggerProps) Trigger
	AddVariable(variable Variable) Variable
	// Stage is the stage called stageName; a missing stage is a mistake.
	Stage(stageName *string) IStage
}

type pipelineBase struct {
	awscdk.Resource
	arn, name func() *string
	this      IPipeline
}

func (p *pipelineBase) PipelineArn() *string  { return p.arn() }
func (p *pipelineBase) PipelineName() *string { return p.name() }

func (p *pipelineBase) PipelineRef() *interfacesawscodepipeline.PipelineReference {
	return &interfacesawscodepipeline.PipelineReference{PipelineName: p.name(), PipelineArn: p.arn()}
}

func (p *pipelineBase) OnEvent(id *string, options *awsevents.OnEventOptions) awsevents.Rule {
	if options == nil {
		options = &awsevents.OnEventOptions{}
	}
	rule := awsevents.NewRule(p, id, &awsevents.RuleProps{CrossStackScope: options.CrossStackScope, Description: options.Description,
		EventPattern: options.EventPattern, RuleName: options.RuleName})
	if options.Target != nil {
		rule.AddTarget(options.Target)
	}
	rule.AddEventPattern(&awsevents.EventPattern{Source: jsii.Strings("aws.codepipeline")})
	rule.AddEventPattern(&awsevents.EventPattern{Resources: &[]*string{p.arn()}})
	return rule
}

func (p *pipelineBase) OnStateChange(id *string, options *awsevents.OnEventOptions) awsevents.Rule {
	rule := p.OnEvent(id, options)
	rule.AddEventPattern(&awsevents.EventPattern{DetailType: jsii.Strings("CodePipeline Pipeline Execution State Change")})
	return rule
}

// BindAsNotificationRuleSource makes the pipeline a notification rule's source.
func (p *pipelineBase) BindAsNotificationRuleSource(constructs.Construct) *awscodestarnotifications.NotificationRuleSourceConfig {
	return &awscodestarnotifications.NotificationRuleSourceConfig{SourceArn: p.arn()}
}

func (p *pipelineBase) NotifyOn(id *string, target awscodestarnotifications.INotificationRuleTarget, options *PipelineNotifyOnOptions) awscodestarnotifications.INotificationRule {
	if options == nil || options.Events == nil {
		l2.RequireArg(p, "NotifyOn", "options with Events")
	}
	events := make([]*string, len(*options.Events))
	for i, e := range *options.Events {
		events[i] = jsii.String(notificationEventID(e))
	}
	var targets *[]awscodestarnotifications.INotificationRuleTarget
	if target != nil {
		targets = &[]awscodestarnotifications.INotificationRuleTarget{target}
	}
	return awscodestarnotifications.NewNotificationRule(p, id, &awscodestarnotifications.NotificationRuleProps{
		CreatedBy: options.CreatedBy, DetailType: options.DetailType, Enabled: options.Enabled,
		NotificationRuleName: options.NotificationRuleName, Events: &events, Source: p.this, Targets: targets,
	})
}

func (p *pipelineBase) notifyOnEvents(id *string, target awscodestarnotifications.INotificationRuleTarget, options *awscodestarnotifications.NotificationRuleOptions, events ...PipelineNotificationEvents) awscodestarnotifications.INotificationRule {
	o := &PipelineNotifyOnOptions{Events: &events}
	if options != nil {
		o.CreatedBy, o.DetailType, o.Enabled, o.NotificationRuleName = options.CreatedBy, options.DetailType, options.Enabled, options.NotificationRuleName
	}
	return p.NotifyOn(id, target, o)
}

func (p *pipelineBase) NotifyOnExecutionStateChange(id *string, target awscodestarnotifications.INotificationRuleTarget, options *awscodestarnotifications.NotificationRuleOptions) awscodestarnotifications.INotificationRule {
	return p.notifyOnEvents(id, target, options, PipelineNotificationEvents_PIPELINE_EXECUTION_FAILED, PipelineNotificationEvents_PIPELINE_EXECUTION_CANCELED,
		PipelineNotificationEvents_PIPELINE_EXECUTION_STARTED, PipelineNotificationEvents_PIPELINE_EXECUTION_RESUMED,
		PipelineNotificationEvents_PIPELINE_EXECUTION_SUCCEEDED, PipelineNotificationEvents_PIPELINE_EXECUTION_SUPERSEDED)
}

func (p *pipelineBase) NotifyOnAnyStageStateChange(id *string, target awscodestarnotifications.INotificationRuleTarget, options *awscodestarnotifications.NotificationRuleOptions) awscodestarnotifications.INotificationRule {
	return p.notifyOnEvents(id, target, options, PipelineNotificationEvents_STAGE_EXECUTION_CANCELED, PipelineNotificationEvents_STAGE_EXECUTION_FAILED,
		PipelineNotificationEvents_STAGE_EXECUTION_RESUMED, PipelineNotificationEvents_STAGE_EXECUTION_STARTED, PipelineNotificationEvents_STAGE_EXECUTION_SUCCEEDED)
}

func (p *pipelineBase) NotifyOnAnyActionStateChange(id *string, target awscodestarnotifications.INotificationRuleTarget, options *awscodestarnotifications.NotificationRuleOptions) awscodestarnotifications.INotificationRule {
	return p.notifyOnEvents(id, target, options, PipelineNotificationEvents_ACTION_EXECUTION_CANCELED, PipelineNotificationEvents_ACTION_EXECUTION_FAILED,
		PipelineNotificationEvents_ACTION_EXECUTION_STARTED, PipelineNotificationEvents_ACTION_EXECUTION_SUCCEEDED)
}

func (p *pipelineBase) NotifyOnAnyManualApprovalStateChange(id *string, target awscodestarnotifications.INotificationRuleTarget, options *awscodestarnotifications.NotificationRuleOptions) awscodestarnotifications.INotificationRule {
	return p.notifyOnEvents(id, target, options, PipelineNotificationEvents_MANUAL_APPROVAL_FAILED, PipelineNotificationEvents_MANUAL_APPROVAL_NEEDED,
		PipelineNotificationEvents_MANUAL_APPROVAL_SUCCEEDED)
}

type pipeline struct {
	pipelineBase
	outer              Pipeline
	role               awsiam.IRole
	bucket             awss3.IBucket
	stages             []*stage
	variables          []Variable
	triggers           []*trigger
	crossAccountKeys   bool
	keyRotation        bool
	useRoleForActions  bool
	pipelineType       PipelineType
	cfn                CfnPipeline
	crossRegionBuckets bool
	crossRegion        map[string]*CrossRegionSupport
	crossAccount       map[string]awscdk.Stack
	regionOrder        []string
	reuseSupport       bool
	arnMemo, nameMemo  *string
}

func (p *pipeline) self() IPipeline {
	if p.outer != nil {
		return p.outer
	}
	return p
}

// Pipeline_PROPERTY_INJECTION_ID is the id property injectors use for Pipeline.
func Pipeline_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-codepipeline.Pipeline")
}

// NewPipeline creates a pipeline with its artifact bucket and role.
func NewPipeline(scope constructs.Construct, id *string, props *PipelineProps) Pipeline {
	props = l2.Inject(*Pipeline_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &PipelineProps{}
	}
	p := &pipeline{crossRegion: map[string]*CrossRegionSupport{}, crossAccount: map[string]awscdk.Stack{}}
	p.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.PipelineName})
	host.Set(p.Resource, p)
	p.this = p
	p.arn = func() *string {
		if p.arnMemo == nil {
			p.arnMemo = awscdk.Stack_Of(p).FormatArn(&awscdk.ArnComponents{Service: jsii.String("codepipeline"), Resource: p.name()})
		}
		return p.arnMemo
	}
	p.name = func() *string {
		if p.nameMemo == nil {
			p.nameMemo = p.GetResourceNameAttribute(p.cfn.Ref())
		}
		return p.nameMemo
	}
	validateName(p, identifierRe, "Pipeline", p.PhysicalName())
	if props.ArtifactBucket != nil && props.CrossRegionReplicationBuckets != nil {
		l2.Throw(p, "Only one of artifactBucket and crossRegionReplicationBuckets can be specified!")
	}
	flags := awscdk.FeatureFlags_Of(p)
	enabled := func(f string) bool { return *flags.IsEnabled(jsii.String(f)) }
	if props.CrossAccountKeys != nil {
		p.crossAccountKeys = *props.CrossAccountKeys
	} else {
		p.crossAccountKeys = !enabled(flagCrossAccountKeysFalse)
	}
	p.keyRotation = props.EnableKeyRotation != nil && *props.EnableKeyRotation
	if p.keyRotation && !p.crossAccountKeys {
		l2.Throw(p, "Setting 'enableKeyRotation' to true also requires 'crossAccountKeys' to be enabled")
	}
	p.useRoleForActions = props.UsePipelineRoleForActions != nil && *props.UsePipelineRoleForActions
	p.reuseSupport = props.ReuseCrossRegionSupportStacks == nil || *props.ReuseCrossRegionSupportStacks

	bucket := props.ArtifactBucket
	if bucket == nil && props.CrossRegionReplicationBuckets != nil {
		bucket = (*props.CrossRegionReplicationBuckets)[p.requireRegion()]
	}
	if bucket == nil {
		var key awskms.IKey
		enc := awss3.BucketEncryption_KMS_MANAGED
		if p.crossAccountKeys {
			k := awskms.NewKey(p, jsii.String("ArtifactsBucketEncryptionKey"), &awskms.KeyProps{
				RemovalPolicy: awscdk.RemovalPolicy_DESTROY, EnableKeyRotation: props.EnableKeyRotation})
			awskms.NewAlias(p, jsii.String("ArtifactsBucketEncryptionKeyAlias"), &awskms.AliasProps{
				AliasName: jsii.String(p.keyAliasName(enabled(flagKeyAliasStackSafe))), TargetKey: k, RemovalPolicy: awscdk.RemovalPolicy_DESTROY})
			key, enc = k, awss3.BucketEncryption_KMS
		}
		bucket = awss3.NewBucket(p, jsii.String("ArtifactsBucket"), &awss3.BucketProps{
			BucketName: awscdk.PhysicalName_GENERATE_IF_NEEDED(), EncryptionKey: key, Encryption: enc,
			EnforceSSL: jsii.Bool(true), BlockPublicAccess: awss3.BlockPublicAccess_BLOCK_ALL(), RemovalPolicy: awscdk.RemovalPolicy_RETAIN,
		})
	}
	p.bucket = bucket

	p.role = props.Role
	if p.role == nil {
		var roleName *string
		if enabled(flagReduceCrossAccount) {
			roleName = awscdk.PhysicalName_GENERATE_IF_NEEDED()
		}
		p.role = awsiam.NewRole(p, jsii.String("Role"), &awsiam.RoleProps{
			AssumedBy: awsiam.NewServicePrincipal(jsii.String("codepipeline.amazonaws.com"), nil), RoleName: roleName})
	}
	defaultV2 := enabled(flagDefaultV2)
	if !defaultV2 && props.PipelineType == "" {
		awscdk.Annotations_Of(p).AddWarningV2(jsii.String("@aws-cdk/aws-codepipeline:unspecifiedPipelineType"),
			jsii.String("V1 pipeline type is implicitly selected when `pipelineType` is not set. If you want to use V2 type, set `PipelineType.V2`."))
	}
	p.pipelineType = props.PipelineType
	if p.pipelineType == "" {
		p.pipelineType = PipelineType_V1
		if defaultV2 {
			p.pipelineType = PipelineType_V2
		}
	}
	if (props.ExecutionMode == ExecutionMode_QUEUED || props.ExecutionMode == ExecutionMode_PARALLEL) && p.pipelineType != PipelineType_V2 {
		l2.Throw(p, "%s execution mode can only be used with V2 pipelines, `PipelineType.V2` must be specified for `pipelineType`", props.ExecutionMode)
	}

	cfnProps := &CfnPipelineProps{
		ArtifactStore:  awscdk.Lazy_UncachedAny(anyProducer(p.renderArtifactStore), nil),
		ArtifactStores: awscdk.Lazy_UncachedAny(anyProducer(p.renderArtifactStores), nil),
		Stages: awscdk.Lazy_UncachedAny(anyProducer(func() interface{} {
			out := make([]interface{}, len(p.stages))
			for i, s := range p.stages {
				out[i] = s.render()
			}
			return out
		}), nil),
		DisableInboundStageTransitions: awscdk.Lazy_UncachedAny(anyProducer(p.renderDisabledTransitions), &awscdk.LazyAnyValueOptions{OmitEmptyArray: jsii.Bool(true)}),
		RoleArn:                        p.role.RoleArn(),
		RestartExecutionOnUpdate:       props.RestartExecutionOnUpdate,
		Variables: awscdk.Lazy_UncachedAny(anyProducer(func() interface{} {
			if len(p.variables) == 0 {
				return nil
			}
			out := make([]interface{}, len(p.variables))
			for i, v := range p.variables {
				out[i] = renderVariable(v)
			}
			return out
		}), nil),
		Triggers: awscdk.Lazy_UncachedAny(anyProducer(func() interface{} {
			if len(p.triggers) == 0 {
				return nil
			}
			out := make([]interface{}, len(p.triggers))
			for i, t := range p.triggers {
				out[i] = t.render()
			}
			return out
		}), nil),
		Name: p.PhysicalName(),
	}
	if props.PipelineType != "" {
		cfnProps.PipelineType = jsii.String(string(props.PipelineType))
	} else if defaultV2 {
		cfnProps.PipelineType = jsii.String(string(PipelineType_V2))
	}
	if props.ExecutionMode != "" {
		cfnProps.ExecutionMode = jsii.String(string(props.ExecutionMode))
	}
	p.cfn = NewCfnPipeline(p, jsii.String("Resource"), cfnProps)
	p.cfn.Node().AddDependency(p.role)
	bucket.GrantReadWrite(p.role, nil)
	if props.CrossRegionReplicationBuckets != nil {
		p.crossRegionBuckets = true
		m := make(map[string]interface{}, len(*props.CrossRegionReplicationBuckets))
		for region := range *props.CrossRegionReplicationBuckets {
			m[region] = nil
		}
		// jsii hands the Go map over with its keys sorted.
		for _, region := range sortedKeys(m) {
			b := (*props.CrossRegionReplicationBuckets)[region]
			p.setCrossRegion(region, &CrossRegionSupport{ReplicationBucket: b, Stack: awscdk.Stack_Of(b)})
		}
	}
	if props.Stages != nil {
		for _, s := range *props.Stages {
			if s == nil {
				continue
			}
			p.AddStage(&StageOptions{StageName: s.StageName, Actions: s.Actions, BeforeEntry: s.BeforeEntry, OnFailure: s.OnFailure,
				OnSuccess: s.OnSuccess, TransitionDisabledReason: s.TransitionDisabledReason, TransitionToEnabled: s.TransitionToEnabled})
		}
	}
	if props.Variables != nil {
		for _, v := range *props.Variables {
			p.AddVariable(v)
		}
	}
	if props.Triggers != nil {
		for _, t := range *props.Triggers {
			p.AddTrigger(t)
		}
	}
	p.Node().AddValidation(l2.Validation(p.validate))
	return p
}

// NewPipeline_Override initialises outer, a type embedding Pipeline.
func NewPipeline_Override(outer Pipeline, scope constructs.Construct, id *string, props *PipelineProps) {
	p := NewPipeline(scope, id, props)
	p.(*pipeline).outer = outer
	p.(*pipeline).this = outer
	override(outer, p)
}

func (p *pipeline) keyAliasName(stackSafe bool) string {
	const prefix = "alias/codepipeline-"
	max := 256 - len(prefix)
	var id string
	if stackSafe {
		id = *awscdk.Names_UniqueResourceName(p, &awscdk.UniqueResourceNameOptions{Separator: jsii.String("-"), MaxLength: jsii.Number(float64(max)), AllowedSpecialCharacters: jsii.String("/_-")})
	} else {
		id = *awscdk.Names_UniqueId(p)
		if len(id) > max {
			id = id[len(id)-max:]
		}
	}
	return prefix + strings.ToLower(id)
}

func (p *pipeline) ArtifactBucket() awss3.IBucket { return p.bucket }
func (p *pipeline) Role() awsiam.IRole            { return p.role }
func (p *pipeline) PipelineVersion() *string      { return p.cfn.AttrVersion() }
func (p *pipeline) StageCount() *float64          { return jsii.Number(float64(len(p.stages))) }

func (p *pipeline) Stages() *[]IStage {
	out := make([]IStage, len(p.stages))
	for i, s := range p.stages {
		out[i] = s
	}
	return &out
}

func (p *pipeline) CrossRegionSupport() *map[string]*CrossRegionSupport {
	out := make(map[string]*CrossRegionSupport, len(p.crossRegion))
	for k, v := range p.crossRegion {
		out[k] = v
	}
	return &out
}

// AddStage adds a stage at the end, or where props.Placement says.
func (p *pipeline) AddStage(props *StageOptions) IStage {
	if props == nil {
		l2.RequireArg(p, "AddStage", "StageOptions with a StageName")
	}
	for _, s := range p.stages {
		if deref(s.name) == deref(props.StageName) {
			l2.Throw(p, "Stage with duplicate name '%s' added to the Pipeline", deref(props.StageName))
		}
	}
	s := newStage(props, p)
	index := len(p.stages)
	if props.Placement != nil {
		index = p.placementIndex(props.Placement)
	}
	p.stages = append(p.stages, nil)
	copy(p.stages[index+1:], p.stages[index:])
	p.stages[index] = s
	return s
}

func (p *pipeline) placementIndex(pl *StagePlacement) int {
	var given []string
	if pl.RightBefore != nil {
		given = append(given, "rightBefore")
	}
	if pl.JustAfter != nil {
		given = append(given, "justAfter")
	}
	if len(given) > 1 {
		l2.Throw(p, "Error adding Stage to the Pipeline: you can only provide at most one placement property, but '%s' were given", strings.Join(given, ", "))
	}
	find := func(target IStage) int {
		for i, s := range p.stages {
			if IStage(s) == target {
				return i
			}
		}
		return -1
	}
	if pl.RightBefore != nil {
		i := find(pl.RightBefore)
		if i < 0 {
			l2.Throw(p, "Error adding Stage to the Pipeline: the requested Stage to add it before, '%s', was not found", deref(pl.RightBefore.StageName()))
		}
		return i
	}
	if pl.JustAfter != nil {
		i := find(pl.JustAfter)
		if i < 0 {
			l2.Throw(p, "Error adding Stage to the Pipeline: the requested Stage to add it after, '%s', was not found", deref(pl.JustAfter.StageName()))
		}
		return i + 1
	}
	return len(p.stages)
}

func (p *pipeline) AddToRolePolicy(statement awsiam.PolicyStatement) {
	p.role.AddToPrincipalPolicy(statement)
}

func (p *pipeline) AddVariable(v Variable) Variable {
	if v == nil {
		l2.RequireArg(p, "AddVariable", "a variable")
	}
	for _, x := range p.variables {
		if deref(x.VariableName()) == deref(v.VariableName()) {
			l2.Throw(p, "Variable with duplicate name '%s' added to the Pipeline", deref(v.VariableName()))
		}
	}
	p.variables = append(p.variables, v)
	return v
}

func (p *pipeline) AddTrigger(props *TriggerProps) Trigger {
	if props == nil {
		l2.RequireArg(p, "AddTrigger", "TriggerProps")
	}
	t := NewTrigger(props).(*trigger)
	if props.GitConfiguration != nil {
		name := deref(props.GitConfiguration.SourceAction.ActionProperties().ActionName)
		for _, x := range p.triggers {
			if sa := x.SourceAction(); sa != nil && deref(sa.ActionProperties().ActionName) == name {
				l2.Throw(p, "Trigger with duplicate source action '%s' added to the Pipeline", name)
			}
		}
	}
	p.triggers = append(p.triggers, t)
	return t
}

func (p *pipeline) Stage(stageName *string) IStage {
	names := make([]string, len(p.stages))
	for i, s := range p.stages {
		if deref(s.name) == deref(stageName) {
			return s
		}
		names[i] = deref(s.name)
	}
	l2.Throw(p, "Pipeline does not contain a stage named '%s'. Available stages: %s", deref(stageName), strings.Join(names, ", "))
	return nil
}

func isNil(x interface{}) bool {
	if x == nil {
		return true
	}
	v := reflect.ValueOf(x)
	switch v.Kind() {
	case reflect.Ptr, reflect.Interface, reflect.Map, reflect.Slice, reflect.Func:
		return v.IsNil()
	}
	return false
}

func sameDimension(actionDim, pipelineDim *string) bool {
	if actionDim == nil || *awscdk.Token_IsUnresolved(*actionDim) {
		return true
	}
	return awscdk.Token_CompareStrings(actionDim, pipelineDim) == awscdk.TokenComparison_SAME()
}

// attachAction binds action for stage s: the action's role, then the
// action's own Bind.
func (p *pipeline) attachAction(s *stage, action IAction, scope constructs.Construct) *actionDescriptor {
	ap := action.ActionProperties()
	region := ap.Region
	if ap.Resource != nil {
		region = ap.Resource.Env().Region
	}
	bucket := p.bucket
	var actionRegion *string
	if !sameDimension(region, p.Env().Region) {
		p.requireRegion()
		if ap.Category == ActionCategory_SOURCE {
			l2.Throw(p, "Source action '%s' must be in the same region as the pipeline", deref(ap.ActionName))
		}
		support := p.crossRegionSupportFor(ap, *region)
		awscdk.Stack_Of(p).AddDependency(support.Stack, nil)
		support.ReplicationBucket.GrantReadWrite(p.role, nil)
		bucket, actionRegion = support.ReplicationBucket, region
	}
	account := ap.Account
	if ap.Resource != nil {
		account = ap.Resource.Env().Account
	}
	if ap.Role != nil {
		account = ap.Role.Env().Account
	}
	crossAccount := !sameDimension(account, p.Env().Account)
	if crossAccount && isNil(bucket.EncryptionKey()) {
		l2.Throw(p, "Artifact Bucket must have a KMS Key to add cross-account action '%s' (pipeline account: '%s', action account: '%s'). Create Pipeline with 'crossAccountKeys: true' (or pass an existing Bucket with a key)",
			deref(ap.ActionName), renderEnv(p.Env().Account), renderEnv(account))
	}
	awsOwned := ap.Owner == nil || *ap.Owner == "AWS"
	var actionRole awsiam.IRole
	if ap.Role != nil {
		if !awsOwned {
			l2.Throw(p, "Specifying a Role is not supported for actions with an owner different than 'AWS' - got '%s' (Action: '%s' in Stage: '%s')", deref(ap.Owner), deref(ap.ActionName), deref(s.name))
		}
		if *awsiam.Role_IsRole(ap.Role) {
			if rs := awscdk.Stack_Of(ap.Role); rs != awscdk.Stack_Of(p) {
				awscdk.Stack_Of(p).AddDependency(rs, nil)
			}
		}
		actionRole = ap.Role
	} else if other := p.otherAccountStack(ap); other != nil {
		pipelineStack := awscdk.Stack_Of(p)
		var principal awsiam.IPrincipal = awsiam.NewAccountPrincipal(pipelineStack.Account())
		if *awscdk.FeatureFlags_Of(p).IsEnabled(jsii.String(flagReduceCrossAccount)) {
			principal = awsiam.NewAccountPrincipal(pipelineStack.Account()).WithConditions(&map[string]interface{}{
				"ArnEquals": map[string]interface{}{"aws:PrincipalArn": p.role.RoleArn()}})
		}
		actionRole = awsiam.NewRole(other, jsii.String(*awscdk.Names_UniqueId(p)+"-"+deref(s.name)+"-"+deref(ap.ActionName)+"-ActionRole"),
			&awsiam.RoleProps{RoleName: awscdk.PhysicalName_GENERATE_IF_NEEDED(), AssumedBy: principal})
		pipelineStack.AddDependency(other, nil)
	}
	if actionRole == nil && awsOwned && !p.useRoleForActions {
		var principal awsiam.IPrincipal
		if *awscdk.FeatureFlags_Of(p).IsEnabled(jsii.String(flagReduceStageRole)) {
			principal = awsiam.NewArnPrincipal(p.role.RoleArn())
		} else {
			principal = awsiam.NewAccountPrincipal(awscdk.Stack_Of(p).Account())
		}
		actionRole = awsiam.NewRole(scope, jsii.String("CodePipelineActionRole"), &awsiam.RoleProps{AssumedBy: principal})
	}
	if actionRole != nil {
		if g := actionRole.GrantAssumeRole(p.role); g != nil {
			g.ApplyBefore(p.cfn)
		}
	}
	validateName(p, namespaceRe, "Namespace", ap.VariablesNamespace)
	bindRole := actionRole
	if bindRole == nil {
		bindRole = p.role
	}
	cfg := action.Bind(scope, s, &ActionBindOptions{Role: bindRole, Bucket: bucket})
	if cfg == nil {
		cfg = &ActionConfig{}
	}
	d := &actionDescriptor{action: action, name: ap.ActionName, category: ap.Category, owner: "AWS", provider: deref(ap.Provider),
		version: "1", runOrder: 1, bounds: ap.ArtifactBounds, namespace: ap.VariablesNamespace, region: ap.Region,
		role: ap.Role, configuration: cfg.Configuration, commands: ap.Commands, outputVariables: ap.OutputVariables, timeout: ap.Timeout}
	if ap.Owner != nil && *ap.Owner != "" {
		d.owner = *ap.Owner
	}
	if ap.Version != nil && *ap.Version != "" {
		d.version = *ap.Version
	}
	if ap.RunOrder != nil {
		d.runOrder = *ap.RunOrder
	}
	if d.role == nil {
		d.role = actionRole
	}
	if actionRegion != nil {
		d.region = actionRegion
	}
	if d.bounds == nil {
		d.bounds = &ActionArtifactBounds{MinInputs: jsii.Number(0), MaxInputs: jsii.Number(5), MinOutputs: jsii.Number(0), MaxOutputs: jsii.Number(5)}
	}
	d.inputs = dedupe(ap.Inputs)
	d.outputs = dedupe(ap.Outputs)
	return d
}

func renderEnv(s *string) string {
	if s == nil || *awscdk.Token_IsUnresolved(*s) {
		return "(current)"
	}
	return *s
}

func dedupe(arts *[]Artifact) []Artifact {
	if arts == nil {
		return nil
	}
	var out []Artifact
outer:
	for _, a := range *arts {
		if a == nil {
			continue
		}
		for _, b := range out {
			if a == b || (a.ArtifactName() != nil && deref(a.ArtifactName()) == deref(b.ArtifactName())) {
				continue outer
			}
		}
		out = append(out, a)
	}
	return out
}

func (p *pipeline) requireRegion() string {
	r := p.Env().Region
	if r == nil || *awscdk.Token_IsUnresolved(*r) {
		l2.Throw(p, "Pipeline stack which uses cross-environment actions must have an explicitly set region")
	}
	return *r
}

func (p *pipeline) isCrossRegion() bool {
	if p.crossRegionBuckets {
		return true
	}
	for _, s := range p.stages {
		for _, d := range s.actions {
			if d.region != nil {
				return true
			}
		}
	}
	return false
}

func artifactStore(b awss3.IBucket) interface{} {
	m := map[string]interface{}{"Type": "S3", "Location": b.BucketName()}
	if k := b.EncryptionKey(); !isNil(k) {
		m["EncryptionKey"] = map[string]interface{}{"Type": "KMS", "Id": k.KeyArn()}
	}
	return m
}

func (p *pipeline) renderArtifactStore() interface{} {
	if p.isCrossRegion() {
		return nil
	}
	return artifactStore(p.bucket)
}

func (p *pipeline) renderArtifactStores() interface{} {
	if !p.isCrossRegion() {
		return nil
	}
	region := p.requireRegion()
	p.setCrossRegion(region, &CrossRegionSupport{ReplicationBucket: p.bucket, Stack: awscdk.Stack_Of(p)})
	regions := p.regionOrder
	out := make([]interface{}, len(regions))
	for i, r := range regions {
		out[i] = map[string]interface{}{"Region": r, "ArtifactStore": artifactStore(p.crossRegion[r].ReplicationBucket)}
	}
	return out
}

func (p *pipeline) renderDisabledTransitions() interface{} {
	var out []interface{}
	for _, s := range p.stages {
		if !s.transitionEnabled {
			out = append(out, map[string]interface{}{"Reason": s.transitionReason, "StageName": s.name})
		}
	}
	return out
}

func (p *pipeline) validate() []string {
	var errs []string
	for i, s := range p.stages {
		for _, d := range s.actions {
			isSource := d.category == ActionCategory_SOURCE
			if i == 0 && !isSource {
				errs = append(errs, fmt.Sprintf("Action %s in stage %s: first stage may only contain Source actions", deref(d.name), deref(s.name)))
			} else if i > 0 && isSource {
				errs = append(errs, fmt.Sprintf("Action %s in stage %s: Source actions may only occur in first stage", deref(d.name), deref(s.name)))
			}
		}
	}
	if len(p.stages) < 2 {
		errs = append(errs, "Pipeline must have at least two stages")
	}
	for _, s := range p.stages {
		errs = append(errs, s.validate()...)
	}
	errs = append(errs, p.validateArtifacts()...)
	if len(p.variables) > 0 && p.pipelineType != PipelineType_V2 {
		errs = append(errs, "Pipeline variables can only be used with V2 pipelines, `PipelineType.V2` must be specified for `pipelineType`")
	}
	if len(p.triggers) > 0 && p.pipelineType != PipelineType_V2 {
		errs = append(errs, "Triggers can only be used with V2 pipelines, `PipelineType.V2` must be specified for `pipelineType`")
	}
	return errs
}

type location struct {
	stageIndex int
	s          *stage
	d          *actionDescriptor
}

func (l *location) beforeOrEqual(r *location) bool {
	if l.stageIndex != r.stageIndex {
		// aws-cdk-lib compares r with itself here, so actions of
		// different stages never count as out of order.
		return false
	}
	return l.d.runOrder <= r.d.runOrder
}

func (l *location) String() string {
	return fmt.Sprintf("Stage %d Action %v ('%s'/'%s')", l.stageIndex+1, l.d.runOrder, deref(l.s.name), deref(l.d.name))
}

func (p *pipeline) validateArtifacts() []string {
	var errs []string
	producers := map[string]*location{}
	consumers := map[string]*location{}
	var consumerOrder []string
	for i, s := range p.stages {
		for _, d := range s.actions {
			loc := &location{i, s, d}
			for _, o := range d.outputs {
				name := deref(o.ArtifactName())
				if pr := producers[name]; pr != nil {
					errs = append(errs, fmt.Sprintf("Both Actions '%s' and '%s' are producting Artifact '%s'. Every artifact can only be produced once.", deref(pr.d.name), deref(d.name), name))
					continue
				}
				producers[name] = loc
			}
			for _, in := range d.inputs {
				name := in.ArtifactName()
				if name == nil {
					errs = append(errs, fmt.Sprintf("Action '%s' is using an unnamed input Artifact, which is not being produced in this pipeline", deref(d.name)))
					continue
				}
				if c := consumers[*name]; c != nil {
					if !c.beforeOrEqual(loc) {
						consumers[*name] = loc
					}
				} else {
					consumers[*name] = loc
					consumerOrder = append(consumerOrder, *name)
				}
			}
		}
	}
	for _, name := range consumerOrder {
		c := consumers[name]
		pr := producers[name]
		if pr == nil {
			errs = append(errs, fmt.Sprintf("Action '%s' is using input Artifact '%s', which is not being produced in this pipeline", deref(c.d.name), name))
			continue
		}
		if c.beforeOrEqual(pr) {
			errs = append(errs, fmt.Sprintf("%s is consuming input Artifact '%s' before it is being produced at %s", c, name, pr))
		}
	}
	return errs
}

// otherAccountStack is the stack an action of another account gets its
// role in: the stack of its resource when that is in the account, else a
// support stack per account, beside the pipeline's stack.
func (p *pipeline) otherAccountStack(ap *ActionProperties) awscdk.Stack {
	target := ap.Account
	if ap.Resource != nil {
		target = ap.Resource.Env().Account
	}
	if target == nil {
		return nil
	}
	pipelineAccount := p.Env().Account
	if *awscdk.Token_IsUnresolved(*target) {
		if pipelineAccount == nil || *awscdk.Token_IsUnresolved(*pipelineAccount) {
			return nil
		}
		l2.Throw(p, "The 'account' property must be a concrete value (action: '%s')", deref(ap.ActionName))
	}
	if pipelineAccount == nil || *awscdk.Token_IsUnresolved(*pipelineAccount) {
		l2.Throw(p, "Pipeline stack which uses cross-environment actions must have an explicitly set account")
	}
	if *pipelineAccount == *target {
		return nil
	}
	if ap.Resource != nil {
		if rs := awscdk.Stack_Of(ap.Resource); rs.Account() != nil && *rs.Account() == *target {
			p.crossAccount[*target] = rs
			return rs
		}
	}
	if st, ok := p.crossAccount[*target]; ok {
		return st
	}
	scope := awscdk.Stage_Of(p)
	if scope == nil {
		l2.Throw(p, "Pipeline stack which uses cross-environment actions must be part of a CDK App or Stage")
	}
	id := "cross-account-support-stack-" + *target
	var st awscdk.Stack
	if c := scope.Node().TryFindChild(jsii.String(id)); c != nil {
		st = c.(awscdk.Stack)
	} else {
		region := ap.Region
		if ap.Resource != nil {
			region = ap.Resource.Env().Region
		}
		pipelineStack := awscdk.Stack_Of(p)
		if region == nil {
			region = pipelineStack.Region()
		}
		var name *string
		if !*awscdk.Token_IsUnresolved(*pipelineStack.StackName()) {
			name = jsii.String(*pipelineStack.StackName() + "-support-" + *target)
		}
		st = awscdk.NewStack(scope, jsii.String(id), &awscdk.StackProps{StackName: name,
			Env: &awscdk.Environment{Account: target, Region: region}})
	}
	p.crossAccount[*target] = st
	return st
}

func sortedKeys(m map[string]interface{}) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// setCrossRegion records a region's support, keeping the order regions
// were first seen in (the order of the pipeline's ArtifactStores).
func (p *pipeline) setCrossRegion(region string, support *CrossRegionSupport) {
	if _, ok := p.crossRegion[region]; !ok {
		p.regionOrder = append(p.regionOrder, region)
	}
	p.crossRegion[region] = support
}

const crossRegionConstructPrefix = "CrossRegionReplicationSupport-d823f1d8-a990-4e5c-be18-4ac698532e65-"

// crossRegionSupportFor is the artifact bucket of region: in the stack of
// the action's resource when it lives there, else in a support stack per
// account (or pipeline stack) and region.
func (p *pipeline) crossRegionSupportFor(ap *ActionProperties, region string) *CrossRegionSupport {
	if s, ok := p.crossRegion[region]; ok {
		return s
	}
	if p.crossAccountKeys {
		l2.Throw(p, "action '%s' runs in region %s: cross-region actions of a pipeline with crossAccountKeys are not supported by Strata yet", deref(ap.ActionName), region)
	}
	var support *CrossRegionSupport
	if rs := resourceStack(ap); rs != nil {
		id := jsii.String(crossRegionConstructPrefix + region)
		c, _ := rs.Node().TryFindChild(id).(*crossRegionSupportConstruct)
		if c == nil {
			c = newCrossRegionSupportConstruct(rs, id)
		}
		support = &CrossRegionSupport{ReplicationBucket: c.bucket, Stack: rs}
	} else {
		pipelineStack := awscdk.Stack_Of(p)
		account := pipelineStack.Account()
		if account == nil || *awscdk.Token_IsUnresolved(*account) {
			l2.Throw(p, "You need to specify an explicit account when using CodePipeline's cross-region support")
		}
		scope := awscdk.Stage_Of(p)
		if scope == nil {
			l2.Throw(p, "Pipeline stack which uses cross-environment actions must be part of a CDK App or Stage")
		}
		key := *account
		if !p.reuseSupport {
			key = *pipelineStack.StackName()
		}
		id := jsii.String("cross-region-stack-" + key + ":" + region)
		var st awscdk.Stack
		var bucket awss3.IBucket
		if c, ok := scope.Node().TryFindChild(id).(awscdk.Stack); ok {
			st = c
			bucket = c.Node().FindChild(jsii.String("Default")).(*crossRegionSupportConstruct).bucket
		} else {
			var synth awscdk.IStackSynthesizer
			if d, ok := pipelineStack.Synthesizer().(awscdk.DefaultStackSynthesizer); ok {
				synth = awscdk.NewBootstraplessSynthesizer(&awscdk.BootstraplessSynthesizerProps{
					DeployRoleArn: d.DeployRoleArn(), CloudFormationExecutionRoleArn: d.CloudFormationExecutionRoleArn()})
			}
			name := *pipelineStack.StackName() + "-support-" + region
			if *awscdk.Token_IsUnresolved(*pipelineStack.StackName()) {
				l2.Throw(p, "the pipeline stack's name must be known to name its cross-region support stack")
			}
			st = awscdk.NewStack(scope, id, &awscdk.StackProps{StackName: jsii.String(name),
				Env: &awscdk.Environment{Region: jsii.String(region), Account: account}, Synthesizer: synth})
			bucket = newCrossRegionSupportConstruct(st, jsii.String("Default")).bucket
		}
		support = &CrossRegionSupport{ReplicationBucket: bucket, Stack: st}
	}
	p.setCrossRegion(region, support)
	return support
}

// resourceStack is the stack of the action's resource when the resource
// shares that stack's environment.
func resourceStack(ap *ActionProperties) awscdk.Stack {
	if ap.Resource == nil {
		return nil
	}
	st := awscdk.Stack_Of(ap.Resource)
	env := ap.Resource.Env()
	same := func(a, b *string) bool {
		c := awscdk.Token_CompareStrings(a, b)
		return c == awscdk.TokenComparison_SAME() || c == awscdk.TokenComparison_BOTH_UNRESOLVED()
	}
	if same(env.Region, st.Region()) && same(env.Account, st.Account()) {
		return st
	}
	return nil
}

type crossRegionSupportConstruct struct {
	constructs.Construct
	bucket awss3.IBucket
}

func newCrossRegionSupportConstruct(scope constructs.Construct, id *string) *crossRegionSupportConstruct {
	c := &crossRegionSupportConstruct{Construct: constructs.NewConstruct(scope, id)}
	host.Set(c.Construct, c)
	c.bucket = awss3.NewBucket(c, jsii.String("CrossRegionCodePipelineReplicationBucket"), &awss3.BucketProps{
		BucketName: awscdk.PhysicalName_GENERATE_IF_NEEDED(), Encryption: awss3.BucketEncryption_KMS_MANAGED,
		EnforceSSL: jsii.Bool(true), BlockPublicAccess: awss3.BlockPublicAccess_BLOCK_ALL()})
	return c
}

type importedPipeline struct{ pipelineBase }

// Pipeline_FromPipelineArn imports a pipeline by its ARN.
func Pipeline_FromPipelineArn(scope constructs.Construct, id *string, pipelineArn *string) IPipeline {
	if pipelineArn == nil {
		l2.RequireArg(scope, "Pipeline_FromPipelineArn", "a pipeline ARN")
	}
	name := awscdk.Stack_Of(scope).SplitArn(pipelineArn, awscdk.ArnFormat_SLASH_RESOURCE_NAME).Resource
	p := &importedPipeline{}
	p.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{EnvironmentFromArn: pipelineArn})
	host.Set(p.Resource, p)
	p.this = p
	p.arn = func() *string { return pipelineArn }
	p.name = func() *string { return name }
	return p
}

// Pipeline_IsConstruct reports whether x is a construct.
func Pipeline_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Pipeline_IsOwnedResource reports whether construct is a resource owned by this app.
func Pipeline_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// Pipeline_IsResource reports whether construct is a Resource.
func Pipeline_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}
