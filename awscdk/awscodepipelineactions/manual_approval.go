package awscodepipelineactions

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscodepipeline"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssnssubscriptions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// ManualApprovalActionProps are the props of NewManualApprovalAction.
type ManualApprovalActionProps struct {
	ActionName         *string      `field:"required" json:"actionName" yaml:"actionName"`
	RunOrder           *float64     `field:"optional" json:"runOrder" yaml:"runOrder"`
	VariablesNamespace *string      `field:"optional" json:"variablesNamespace" yaml:"variablesNamespace"`
	Role               awsiam.IRole `field:"optional" json:"role" yaml:"role"`
	// Text shown to the approver.
	AdditionalInformation *string `field:"optional" json:"additionalInformation" yaml:"additionalInformation"`
	// A link shown to the approver.
	ExternalEntityLink *string `field:"optional" json:"externalEntityLink" yaml:"externalEntityLink"`
	// The topic told about pending approvals. Default: a new topic when NotifyEmails is set.
	NotificationTopic awssns.ITopic `field:"optional" json:"notificationTopic" yaml:"notificationTopic"`
	NotifyEmails      *[]*string    `field:"optional" json:"notifyEmails" yaml:"notifyEmails"`
	// Between 5 minutes and 60 days. Default: 7 days (CodePipeline's).
	Timeout awscdk.Duration `field:"optional" json:"timeout" yaml:"timeout"`
}

// ManualApprovalAction pauses the pipeline until someone approves.
type ManualApprovalAction interface {
	Action
	NotificationTopic() awssns.ITopic
	// GrantManualApproval lets grantable approve or reject this action.
	GrantManualApproval(grantable awsiam.IGrantable)
}

type manualApprovalAction struct {
	awscodepipeline.Action
	provided *awscodepipeline.ActionProperties
	props    ManualApprovalActionProps
	topic    awssns.ITopic
	stage    awscodepipeline.IStage
}

// NewManualApprovalAction makes a manual approval action.
func NewManualApprovalAction(props *ManualApprovalActionProps) ManualApprovalAction {
	if props == nil {
		requireProps("ManualApprovalActionProps", "ActionName")
	}
	if t := props.Timeout; t != nil {
		if m := *t.ToMinutes(nil); m < 5 || m > 86400 {
			diag.Panic("", "timeout must be between 5 minutes and 86400 minutes (60 days), got %v minutes", m)
		}
	}
	a := &manualApprovalAction{props: *props}
	a.provided = &awscodepipeline.ActionProperties{
		ActionName: props.ActionName, RunOrder: props.RunOrder, VariablesNamespace: props.VariablesNamespace, Role: props.Role,
		Timeout: props.Timeout, Category: awscodepipeline.ActionCategory_APPROVAL, Provider: jsii.String("Manual"),
		ArtifactBounds: bounds(0, 0, 0, 0),
	}
	awscodepipeline.NewAction_Override(a)
	return a
}

// NewManualApprovalAction_Override initialises outer, a type embedding ManualApprovalAction.
func NewManualApprovalAction_Override(m ManualApprovalAction, props *ManualApprovalActionProps) {
	overrideAction(m, NewManualApprovalAction(props))
}

func (a *manualApprovalAction) NotificationTopic() awssns.ITopic { return a.topic }

func (a *manualApprovalAction) GrantManualApproval(grantable awsiam.IGrantable) {
	if a.stage == nil {
		diag.Panic("", "Cannot grant permissions before binding action to a stage")
	}
	arn := a.stage.Pipeline().PipelineArn()
	p := grantable.GrantPrincipal()
	p.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: jsii.Strings("codepipeline:ListPipelines"), Resources: jsii.Strings("*")}))
	p.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions:   jsii.Strings("codepipeline:GetPipeline", "codepipeline:GetPipelineState", "codepipeline:GetPipelineExecution"),
		Resources: &[]*string{arn}}))
	p.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions:   jsii.Strings("codepipeline:PutApprovalResult"),
		Resources: &[]*string{jsii.String(*arn + "/" + deref(a.stage.StageName()) + "/" + deref(a.props.ActionName))}}))
}

func (a *manualApprovalAction) Bound(scope constructs.Construct, stage awscodepipeline.IStage, options *awscodepipeline.ActionBindOptions) *awscodepipeline.ActionConfig {
	if a.props.NotificationTopic != nil {
		a.topic = a.props.NotificationTopic
	} else if a.props.NotifyEmails != nil && len(*a.props.NotifyEmails) > 0 {
		a.topic = awssns.NewTopic(scope, jsii.String("TopicResource"), nil)
	}
	if a.topic != nil {
		a.topic.GrantPublish(options.Role)
		if a.props.NotifyEmails != nil {
			for _, e := range *a.props.NotifyEmails {
				a.topic.AddSubscription(awssnssubscriptions.NewEmailSubscription(e, nil))
			}
		}
	}
	a.stage = stage
	cfg := ojson.New()
	if a.topic != nil {
		cfg.Set("NotificationArn", a.topic.TopicArn())
	}
	if a.props.AdditionalInformation != nil {
		cfg.Set("CustomData", a.props.AdditionalInformation)
	}
	if a.props.ExternalEntityLink != nil {
		cfg.Set("ExternalEntityLink", a.props.ExternalEntityLink)
	}
	if len(cfg.Keys()) == 0 {
		return &awscodepipeline.ActionConfig{}
	}
	return &awscodepipeline.ActionConfig{Configuration: cfg}
}

func (a *manualApprovalAction) ProvidedActionProperties() *awscodepipeline.ActionProperties {
	return a.provided
}
