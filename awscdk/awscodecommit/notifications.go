package awscodecommit

import (
	"github.com/strata-cdk/strata/awscdk/awscodestarnotifications"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// RepositoryNotifyOnOptions configure Repository.NotifyOn.
type RepositoryNotifyOnOptions struct {
	CreatedBy            *string                             `field:"optional" json:"createdBy" yaml:"createdBy"`
	DetailType           awscodestarnotifications.DetailType `field:"optional" json:"detailType" yaml:"detailType"`
	Enabled              *bool                               `field:"optional" json:"enabled" yaml:"enabled"`
	NotificationRuleName *string                             `field:"optional" json:"notificationRuleName" yaml:"notificationRuleName"`
	// The events to notify about.
	Events *[]RepositoryNotificationEvents `field:"required" json:"events" yaml:"events"`
}

var notificationEventIDs = map[RepositoryNotificationEvents]string{
	RepositoryNotificationEvents_COMMIT_COMMENT:              "codecommit-repository-comments-on-commits",
	RepositoryNotificationEvents_PULL_REQUEST_COMMENT:        "codecommit-repository-comments-on-pull-requests",
	RepositoryNotificationEvents_APPROVAL_STATUS_CHANGED:     "codecommit-repository-approvals-status-changed",
	RepositoryNotificationEvents_APPROVAL_RULE_OVERRIDDEN:    "codecommit-repository-approvals-rule-override",
	RepositoryNotificationEvents_PULL_REQUEST_CREATED:        "codecommit-repository-pull-request-created",
	RepositoryNotificationEvents_PULL_REQUEST_SOURCE_UPDATED: "codecommit-repository-pull-request-source-updated",
	RepositoryNotificationEvents_PULL_REQUEST_STATUS_CHANGED: "codecommit-repository-pull-request-status-changed",
	RepositoryNotificationEvents_PULL_REQUEST_MERGED:         "codecommit-repository-pull-request-merged",
	RepositoryNotificationEvents_BRANCH_OR_TAG_CREATED:       "codecommit-repository-branches-and-tags-created",
	RepositoryNotificationEvents_BRANCH_OR_TAG_DELETED:       "codecommit-repository-branches-and-tags-deleted",
	RepositoryNotificationEvents_BRANCH_OR_TAG_UPDATED:       "codecommit-repository-branches-and-tags-updated",
}

// BindAsNotificationRuleSource makes the repository a notification rule's source.
func (r *repositoryBase) BindAsNotificationRuleSource(scope constructs.Construct) *awscodestarnotifications.NotificationRuleSourceConfig {
	return &awscodestarnotifications.NotificationRuleSourceConfig{SourceArn: r.self.RepositoryArn()}
}

// NotifyOn creates a notification rule for options.Events, sent to target.
func (r *repositoryBase) NotifyOn(id *string, target awscodestarnotifications.INotificationRuleTarget, options *RepositoryNotifyOnOptions) awscodestarnotifications.INotificationRule {
	if options == nil || options.Events == nil {
		l2.RequireArg(r, "NotifyOn", "options with Events")
	}
	events := make([]*string, 0, len(*options.Events))
	for _, e := range *options.Events {
		v, ok := notificationEventIDs[e]
		if !ok {
			v = string(e)
		}
		events = append(events, jsii.String(v))
	}
	var targets *[]awscodestarnotifications.INotificationRuleTarget
	if target != nil {
		targets = &[]awscodestarnotifications.INotificationRuleTarget{target}
	}
	return awscodestarnotifications.NewNotificationRule(r, id, &awscodestarnotifications.NotificationRuleProps{
		CreatedBy: options.CreatedBy, DetailType: options.DetailType, Enabled: options.Enabled,
		NotificationRuleName: options.NotificationRuleName, Events: &events, Source: r.self, Targets: targets,
	})
}

func (r *repositoryBase) notifyOnEvent(id *string, target awscodestarnotifications.INotificationRuleTarget, options *awscodestarnotifications.NotificationRuleOptions, e RepositoryNotificationEvents) awscodestarnotifications.INotificationRule {
	o := &RepositoryNotifyOnOptions{Events: &[]RepositoryNotificationEvents{e}}
	if options != nil {
		o.CreatedBy, o.DetailType, o.Enabled, o.NotificationRuleName = options.CreatedBy, options.DetailType, options.Enabled, options.NotificationRuleName
	}
	return r.NotifyOn(id, target, o)
}

func (r *repositoryBase) NotifyOnPullRequestComment(id *string, target awscodestarnotifications.INotificationRuleTarget, options *awscodestarnotifications.NotificationRuleOptions) awscodestarnotifications.INotificationRule {
	return r.notifyOnEvent(id, target, options, RepositoryNotificationEvents_PULL_REQUEST_COMMENT)
}

func (r *repositoryBase) NotifyOnApprovalStatusChanged(id *string, target awscodestarnotifications.INotificationRuleTarget, options *awscodestarnotifications.NotificationRuleOptions) awscodestarnotifications.INotificationRule {
	return r.notifyOnEvent(id, target, options, RepositoryNotificationEvents_APPROVAL_STATUS_CHANGED)
}

func (r *repositoryBase) NotifyOnApprovalRuleOverridden(id *string, target awscodestarnotifications.INotificationRuleTarget, options *awscodestarnotifications.NotificationRuleOptions) awscodestarnotifications.INotificationRule {
	return r.notifyOnEvent(id, target, options, RepositoryNotificationEvents_APPROVAL_RULE_OVERRIDDEN)
}

func (r *repositoryBase) NotifyOnPullRequestCreated(id *string, target awscodestarnotifications.INotificationRuleTarget, options *awscodestarnotifications.NotificationRuleOptions) awscodestarnotifications.INotificationRule {
	return r.notifyOnEvent(id, target, options, RepositoryNotificationEvents_PULL_REQUEST_CREATED)
}

// NotifiyOnPullRequestMerged is aws-cdk-lib's misspelt, deprecated alias of NotifyOnPullRequestMerged.
func (r *repositoryBase) NotifiyOnPullRequestMerged(id *string, target awscodestarnotifications.INotificationRuleTarget, options *awscodestarnotifications.NotificationRuleOptions) awscodestarnotifications.INotificationRule {
	return r.NotifyOnPullRequestMerged(id, target, options)
}

func (r *repositoryBase) NotifyOnPullRequestMerged(id *string, target awscodestarnotifications.INotificationRuleTarget, options *awscodestarnotifications.NotificationRuleOptions) awscodestarnotifications.INotificationRule {
	return r.notifyOnEvent(id, target, options, RepositoryNotificationEvents_PULL_REQUEST_MERGED)
}

func (r *repositoryBase) NotifyOnBranchOrTagCreated(id *string, target awscodestarnotifications.INotificationRuleTarget, options *awscodestarnotifications.NotificationRuleOptions) awscodestarnotifications.INotificationRule {
	return r.notifyOnEvent(id, target, options, RepositoryNotificationEvents_BRANCH_OR_TAG_CREATED)
}

func (r *repositoryBase) NotifyOnBranchOrTagDeleted(id *string, target awscodestarnotifications.INotificationRuleTarget, options *awscodestarnotifications.NotificationRuleOptions) awscodestarnotifications.INotificationRule {
	return r.notifyOnEvent(id, target, options, RepositoryNotificationEvents_BRANCH_OR_TAG_DELETED)
}
