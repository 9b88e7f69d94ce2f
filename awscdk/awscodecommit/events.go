package awscodecommit

import (
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/jsii"
)

// ReferenceEvent names the fields of a CodeCommit reference event, for
// use in an event target's input.
type ReferenceEvent interface{}

func ReferenceEvent_CommitId() *string  { return field("$.detail.commitId") }
func ReferenceEvent_EventType() *string { return field("$.detail.event") }
func ReferenceEvent_ReferenceFullName() *string {
	return field("$.detail.referenceFullName")
}
func ReferenceEvent_ReferenceName() *string  { return field("$.detail.referenceName") }
func ReferenceEvent_ReferenceType() *string  { return field("$.detail.referenceType") }
func ReferenceEvent_RepositoryId() *string   { return field("$.detail.repositoryId") }
func ReferenceEvent_RepositoryName() *string { return field("$.detail.repositoryName") }

func field(path string) *string { return awsevents.EventField_FromPath(jsii.String(path)) }

func (r *repositoryBase) OnEvent(id *string, options *awsevents.OnEventOptions) awsevents.Rule {
	if options == nil {
		options = &awsevents.OnEventOptions{}
	}
	rule := awsevents.NewRule(r, id, &awsevents.RuleProps{CrossStackScope: options.CrossStackScope, Description: options.Description,
		EventPattern: options.EventPattern, RuleName: options.RuleName})
	// One field at a time: the rendered pattern keeps the order fields are
	// added in, and aws-cdk-lib adds source before resources.
	rule.AddEventPattern(&awsevents.EventPattern{Source: jsii.Strings("aws.codecommit")})
	rule.AddEventPattern(&awsevents.EventPattern{Resources: &[]*string{r.self.RepositoryArn()}})
	if options.Target != nil {
		rule.AddTarget(options.Target)
	}
	return rule
}

func (r *repositoryBase) withDetailType(id *string, options *awsevents.OnEventOptions, detailType string) awsevents.Rule {
	rule := r.OnEvent(id, options)
	rule.AddEventPattern(&awsevents.EventPattern{DetailType: jsii.Strings(detailType)})
	return rule
}

func (r *repositoryBase) OnStateChange(id *string, options *awsevents.OnEventOptions) awsevents.Rule {
	return r.withDetailType(id, options, "CodeCommit Repository State Change")
}

func (r *repositoryBase) withRefEvents(id *string, options *awsevents.OnEventOptions, events ...string) awsevents.Rule {
	rule := r.OnStateChange(id, options)
	rule.AddEventPattern(&awsevents.EventPattern{Detail: &map[string]interface{}{"event": strsAny(events)}})
	return rule
}

func (r *repositoryBase) OnReferenceCreated(id *string, options *awsevents.OnEventOptions) awsevents.Rule {
	return r.withRefEvents(id, options, "referenceCreated")
}

func (r *repositoryBase) OnReferenceUpdated(id *string, options *awsevents.OnEventOptions) awsevents.Rule {
	return r.withRefEvents(id, options, "referenceCreated", "referenceUpdated")
}

func (r *repositoryBase) OnReferenceDeleted(id *string, options *awsevents.OnEventOptions) awsevents.Rule {
	return r.withRefEvents(id, options, "referenceDeleted")
}

func (r *repositoryBase) OnPullRequestStateChange(id *string, options *awsevents.OnEventOptions) awsevents.Rule {
	return r.withDetailType(id, options, "CodeCommit Pull Request State Change")
}

func (r *repositoryBase) OnCommentOnPullRequest(id *string, options *awsevents.OnEventOptions) awsevents.Rule {
	return r.withDetailType(id, options, "CodeCommit Comment on Pull Request")
}

func (r *repositoryBase) OnCommentOnCommit(id *string, options *awsevents.OnEventOptions) awsevents.Rule {
	return r.withDetailType(id, options, "CodeCommit Comment on Commit")
}

// OnCommit watches reference creations and updates, on options.Branches when given.
func (r *repositoryBase) OnCommit(id *string, options *OnCommitOptions) awsevents.Rule {
	if options == nil {
		options = &OnCommitOptions{}
	}
	rule := r.OnReferenceUpdated(id, &awsevents.OnEventOptions{CrossStackScope: options.CrossStackScope, Description: options.Description,
		EventPattern: options.EventPattern, RuleName: options.RuleName, Target: options.Target})
	if options.Branches != nil {
		branches := make([]interface{}, len(*options.Branches))
		for i, b := range *options.Branches {
			branches[i] = b
		}
		rule.AddEventPattern(&awsevents.EventPattern{Detail: &map[string]interface{}{"referenceName": branches}})
	}
	return rule
}

func strsAny(xs []string) []interface{} {
	out := make([]interface{}, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}
