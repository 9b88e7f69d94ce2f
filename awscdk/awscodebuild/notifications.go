package awscodebuild

import (
	"github.com/strata-cdk/strata/awscdk/awscodestarnotifications"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// ProjectNotifyOnOptions configure Project.NotifyOn.
type ProjectNotifyOnOptions struct {
	CreatedBy            *string                             `field:"optional" json:"createdBy" yaml:"createdBy"`
	DetailType           awscodestarnotifications.DetailType `field:"optional" json:"detailType" yaml:"detailType"`
	Enabled              *bool                               `field:"optional" json:"enabled" yaml:"enabled"`
	NotificationRuleName *string                             `field:"optional" json:"notificationRuleName" yaml:"notificationRuleName"`
	// The events to notify about.
	Events *[]ProjectNotificationEvents `field:"required" json:"events" yaml:"events"`
}

var projectEventIDs = map[ProjectNotificationEvents]string{
	ProjectNotificationEvents_BUILD_FAILED:          "codebuild-project-build-state-failed",
	ProjectNotificationEvents_BUILD_SUCCEEDED:       "codebuild-project-build-state-succeeded",
	ProjectNotificationEvents_BUILD_IN_PROGRESS:     "codebuild-project-build-state-in-progress",
	ProjectNotificationEvents_BUILD_STOPPED:         "codebuild-project-build-state-stopped",
	ProjectNotificationEvents_BUILD_PHASE_FAILED:    "codebuild-project-build-phase-failure",
	ProjectNotificationEvents_BUILD_PHASE_SUCCEEDED: "codebuild-project-build-phase-success",
}

// BindAsNotificationRuleSource makes the project a notification rule's source.
func (p *projectBase) BindAsNotificationRuleSource(scope constructs.Construct) *awscodestarnotifications.NotificationRuleSourceConfig {
	return &awscodestarnotifications.NotificationRuleSourceConfig{SourceArn: p.self.ProjectArn()}
}

// NotifyOn creates a notification rule for options.Events, sent to target.
func (p *projectBase) NotifyOn(id *string, target awscodestarnotifications.INotificationRuleTarget, options *ProjectNotifyOnOptions) awscodestarnotifications.INotificationRule {
	if options == nil || options.Events == nil {
		l2.RequireArg(p, "NotifyOn", "options with Events")
	}
	events := make([]*string, 0, len(*options.Events))
	for _, e := range *options.Events {
		v, ok := projectEventIDs[e]
		if !ok {
			v = string(e)
		}
		events = append(events, jsii.String(v))
	}
	var targets *[]awscodestarnotifications.INotificationRuleTarget
	if target != nil {
		targets = &[]awscodestarnotifications.INotificationRuleTarget{target}
	}
	return awscodestarnotifications.NewNotificationRule(p, id, &awscodestarnotifications.NotificationRuleProps{
		CreatedBy: options.CreatedBy, DetailType: options.DetailType, Enabled: options.Enabled,
		NotificationRuleName: options.NotificationRuleName, Events: &events, Source: p.self, Targets: targets,
	})
}

func (p *projectBase) notifyOnEvent(id *string, target awscodestarnotifications.INotificationRuleTarget, options *awscodestarnotifications.NotificationRuleOptions, e ProjectNotificationEvents) awscodestarnotifications.INotificationRule {
	o := &ProjectNotifyOnOptions{Events: &[]ProjectNotificationEvents{e}}
	if options != nil {
		o.CreatedBy, o.DetailType, o.Enabled, o.NotificationRuleName = options.CreatedBy, options.DetailType, options.Enabled, options.NotificationRuleName
	}
	return p.NotifyOn(id, target, o)
}

func (p *projectBase) NotifyOnBuildSucceeded(id *string, target awscodestarnotifications.INotificationRuleTarget, options *awscodestarnotifications.NotificationRuleOptions) awscodestarnotifications.INotificationRule {
	return p.notifyOnEvent(id, target, options, ProjectNotificationEvents_BUILD_SUCCEEDED)
}

func (p *projectBase) NotifyOnBuildFailed(id *string, target awscodestarnotifications.INotificationRuleTarget, options *awscodestarnotifications.NotificationRuleOptions) awscodestarnotifications.INotificationRule {
	return p.notifyOnEvent(id, target, options, ProjectNotificationEvents_BUILD_FAILED)
}
