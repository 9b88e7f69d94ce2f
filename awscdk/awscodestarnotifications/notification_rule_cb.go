package awscodestarnotifications

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscodestarnotifications"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// The NotificationRule L2, added with the CodeCommit and CodeBuild L2s
// whose NotifyOn* methods create it.

// DetailType says how much of an event a notification carries.
type DetailType string

const (
	DetailType_BASIC DetailType = "BASIC"
	DetailType_FULL  DetailType = "FULL"
)

// NotificationRuleSourceConfig is what a source tells the rule about itself.
type NotificationRuleSourceConfig struct {
	// The ARN of the repository, project, pipeline or application.
	SourceArn *string `field:"required" json:"sourceArn" yaml:"sourceArn"`
}

// INotificationRuleSource is a resource whose events a notification rule watches.
type INotificationRuleSource interface {
	BindAsNotificationRuleSource(scope constructs.Construct) *NotificationRuleSourceConfig
}

// INotificationRule is a notification rule, defined in this app or imported.
type INotificationRule interface {
	interfacesawscodestarnotifications.INotificationRuleRef
	awscdk.IResource
	// AddTarget sends the rule's notifications to target too; false for an
	// imported rule, which cannot be changed.
	AddTarget(target INotificationRuleTarget) *bool
	NotificationRuleArn() *string
}

// NotificationRuleOptions are the options the NotifyOn* methods take.
type NotificationRuleOptions struct {
	CreatedBy *string `field:"optional" json:"createdBy" yaml:"createdBy"`
	// Default: DetailType_FULL.
	DetailType DetailType `field:"optional" json:"detailType" yaml:"detailType"`
	// Default: enabled (CloudFormation's default).
	Enabled *bool `field:"optional" json:"enabled" yaml:"enabled"`
	// Default: generated from the construct path.
	NotificationRuleName *string `field:"optional" json:"notificationRuleName" yaml:"notificationRuleName"`
}

// NotificationRuleProps are the props of NewNotificationRule.
type NotificationRuleProps struct {
	CreatedBy            *string    `field:"optional" json:"createdBy" yaml:"createdBy"`
	DetailType           DetailType `field:"optional" json:"detailType" yaml:"detailType"`
	Enabled              *bool      `field:"optional" json:"enabled" yaml:"enabled"`
	NotificationRuleName *string    `field:"optional" json:"notificationRuleName" yaml:"notificationRuleName"`
	// The event type ids, e.g. "codebuild-project-build-state-failed".
	Events  *[]*string                 `field:"required" json:"events" yaml:"events"`
	Source  INotificationRuleSource    `field:"required" json:"source" yaml:"source"`
	Targets *[]INotificationRuleTarget `field:"optional" json:"targets" yaml:"targets"`
}

// NotificationRule is a notification rule defined in this app
// (AWS::CodeStarNotifications::NotificationRule).
type NotificationRule interface {
	awscdk.Resource
	INotificationRule
}

type notificationRule struct {
	awscdk.Resource
	arn      *string
	resource CfnNotificationRule
	targets  []interface{}
	imported bool
}

// NotificationRule_PROPERTY_INJECTION_ID is the id property injectors use for NotificationRule.
func NotificationRule_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-codestarnotifications.NotificationRule")
}

// NewNotificationRule creates a rule that sends source's events to targets.
func NewNotificationRule(scope constructs.Construct, id *string, props *NotificationRuleProps) NotificationRule {
	props = l2.Inject(*NotificationRule_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Source == nil || props.Events == nil {
		l2.RequireProps(scope, id, "NotificationRuleProps", "Events", "Source")
	}
	r := &notificationRule{}
	r.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(r.Resource, r)
	src := props.Source.BindAsNotificationRuleSource(r)
	events := []*string{}
	seen := map[string]bool{}
	for _, e := range *props.Events {
		if e != nil && !seen[*e] {
			seen[*e] = true
			events = append(events, e)
		}
	}
	name := props.NotificationRuleName
	if name == nil || *name == "" {
		u := *awscdk.Names_UniqueId(r)
		if len(u) > 64 {
			u = u[len(u)-64:]
		}
		name = jsii.String(u)
	}
	detail := props.DetailType
	if detail == "" {
		detail = DetailType_FULL
	}
	cfn := &CfnNotificationRuleProps{
		Name: name, DetailType: jsii.String(string(detail)), Targets: []interface{}{}, EventTypeIds: &events,
		Resource: src.SourceArn, CreatedBy: props.CreatedBy,
	}
	if props.Enabled != nil {
		status := "DISABLED"
		if *props.Enabled {
			status = "ENABLED"
		}
		cfn.Status = jsii.String(status)
	}
	r.resource = NewCfnNotificationRule(r, jsii.String("Resource"), cfn)
	r.arn = r.resource.Ref()
	if props.Targets != nil {
		for _, t := range *props.Targets {
			r.AddTarget(t)
		}
	}
	return r
}

func (r *notificationRule) NotificationRuleArn() *string { return r.arn }

func (r *notificationRule) NotificationRuleRef() *interfacesawscodestarnotifications.NotificationRuleReference {
	return &interfacesawscodestarnotifications.NotificationRuleReference{NotificationRuleArn: r.arn}
}

func (r *notificationRule) AddTarget(target INotificationRuleTarget) *bool {
	if r.imported {
		return jsii.Bool(false)
	}
	if target == nil {
		l2.RequireArg(r, "AddTarget", "a target")
	}
	cfg := target.BindAsNotificationRuleTarget(r)
	r.targets = append(r.targets, &CfnNotificationRule_TargetProperty{TargetAddress: cfg.TargetAddress, TargetType: cfg.TargetType})
	r.resource.SetTargets(append([]interface{}{}, r.targets...))
	return jsii.Bool(true)
}

// NotificationRule_FromNotificationRuleArn imports a notification rule.
func NotificationRule_FromNotificationRuleArn(scope constructs.Construct, id *string, notificationRuleArn *string) INotificationRule {
	if notificationRuleArn == nil {
		l2.RequireArg(scope, "NotificationRule_FromNotificationRuleArn", "an ARN")
	}
	r := &notificationRule{arn: notificationRuleArn, imported: true}
	r.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{EnvironmentFromArn: notificationRuleArn})
	host.Set(r.Resource, r)
	return r
}

func NotificationRule_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }
func NotificationRule_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}
func NotificationRule_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}

func NewNotificationRule_Override(outer NotificationRule, scope constructs.Construct, id *string, props *NotificationRuleProps) {
	l2.Override(outer, NewNotificationRule(scope, id, props))
}
