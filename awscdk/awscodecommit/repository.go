package awscodecommit

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscodestarnotifications"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscodecommit"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawskms"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// RepositoryEventTrigger is an event a repository trigger fires on.
type RepositoryEventTrigger string

const (
	RepositoryEventTrigger_ALL        RepositoryEventTrigger = "ALL"
	RepositoryEventTrigger_UPDATE_REF RepositoryEventTrigger = "UPDATE_REF"
	RepositoryEventTrigger_CREATE_REF RepositoryEventTrigger = "CREATE_REF"
	RepositoryEventTrigger_DELETE_REF RepositoryEventTrigger = "DELETE_REF"
)

var triggerEventValues = map[RepositoryEventTrigger]string{
	RepositoryEventTrigger_ALL: "all", RepositoryEventTrigger_UPDATE_REF: "updateReference",
	RepositoryEventTrigger_CREATE_REF: "createReference", RepositoryEventTrigger_DELETE_REF: "deleteReference",
}

// RepositoryNotificationEvents are the CodeStar Notifications event types of a repository.
type RepositoryNotificationEvents string

const (
	RepositoryNotificationEvents_COMMIT_COMMENT              RepositoryNotificationEvents = "COMMIT_COMMENT"
	RepositoryNotificationEvents_PULL_REQUEST_COMMENT        RepositoryNotificationEvents = "PULL_REQUEST_COMMENT"
	RepositoryNotificationEvents_APPROVAL_STATUS_CHANGED     RepositoryNotificationEvents = "APPROVAL_STATUS_CHANGED"
	RepositoryNotificationEvents_APPROVAL_RULE_OVERRIDDEN    RepositoryNotificationEvents = "APPROVAL_RULE_OVERRIDDEN"
	RepositoryNotificationEvents_PULL_REQUEST_CREATED        RepositoryNotificationEvents = "PULL_REQUEST_CREATED"
	RepositoryNotificationEvents_PULL_REQUEST_SOURCE_UPDATED RepositoryNotificationEvents = "PULL_REQUEST_SOURCE_UPDATED"
	RepositoryNotificationEvents_PULL_REQUEST_STATUS_CHANGED RepositoryNotificationEvents = "PULL_REQUEST_STATUS_CHANGED"
	RepositoryNotificationEvents_PULL_REQUEST_MERGED         RepositoryNotificationEvents = "PULL_REQUEST_MERGED"
	RepositoryNotificationEvents_BRANCH_OR_TAG_CREATED       RepositoryNotificationEvents = "BRANCH_OR_TAG_CREATED"
	RepositoryNotificationEvents_BRANCH_OR_TAG_DELETED       RepositoryNotificationEvents = "BRANCH_OR_TAG_DELETED"
	RepositoryNotificationEvents_BRANCH_OR_TAG_UPDATED       RepositoryNotificationEvents = "BRANCH_OR_TAG_UPDATED"
)

// RepositoryProps are the props of NewRepository.
type RepositoryProps struct {
	// The repository's name.
	RepositoryName *string `field:"required" json:"repositoryName" yaml:"repositoryName"`
	// The initial content. Default: an empty repository.
	Code Code `field:"optional" json:"code" yaml:"code"`
	// Default: no description.
	Description *string `field:"optional" json:"description" yaml:"description"`
	// The KMS key that encrypts the repository. Default: an AWS managed key.
	KmsKey interfacesawskms.IKeyRef `field:"optional" json:"kmsKey" yaml:"kmsKey"`
}

// RepositoryTriggerOptions configure a repository trigger (Repository.Notify).
type RepositoryTriggerOptions struct {
	// Default: all branches.
	Branches *[]*string `field:"optional" json:"branches" yaml:"branches"`
	// Data sent to the target with each event.
	CustomData *string `field:"optional" json:"customData" yaml:"customData"`
	// Default: RepositoryEventTrigger_ALL.
	Events *[]RepositoryEventTrigger `field:"optional" json:"events" yaml:"events"`
	// Default: the repository's path and the target's ARN.
	Name *string `field:"optional" json:"name" yaml:"name"`
}

// OnCommitOptions configure Repository.OnCommit.
type OnCommitOptions struct {
	CrossStackScope constructs.Construct    `field:"optional" json:"crossStackScope" yaml:"crossStackScope"`
	Description     *string                 `field:"optional" json:"description" yaml:"description"`
	EventPattern    *awsevents.EventPattern `field:"optional" json:"eventPattern" yaml:"eventPattern"`
	RuleName        *string                 `field:"optional" json:"ruleName" yaml:"ruleName"`
	Target          awsevents.IRuleTarget   `field:"optional" json:"target" yaml:"target"`
	// The branches to watch. Default: every branch.
	Branches *[]*string `field:"optional" json:"branches" yaml:"branches"`
}

// IRepository is a CodeCommit repository, defined in this app or imported.
type IRepository interface {
	awscodestarnotifications.INotificationRuleSource
	interfacesawscodecommit.IRepositoryRef
	awscdk.IResource
	// Grant gives grantee the actions on this repository.
	Grant(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant
	// GrantPull lets grantee git pull.
	GrantPull(grantee awsiam.IGrantable) awsiam.Grant
	// GrantPullPush lets grantee git pull and push.
	GrantPullPush(grantee awsiam.IGrantable) awsiam.Grant
	// GrantRead lets grantee pull and read the repository's details.
	GrantRead(grantee awsiam.IGrantable) awsiam.Grant
	OnCommentOnCommit(id *string, options *awsevents.OnEventOptions) awsevents.Rule
	OnCommentOnPullRequest(id *string, options *awsevents.OnEventOptions) awsevents.Rule
	// OnCommit is a rule for commits pushed to options.Branches (default: any branch).
	OnCommit(id *string, options *OnCommitOptions) awsevents.Rule
	// OnEvent is a rule for any of the repository's events.
	OnEvent(id *string, options *awsevents.OnEventOptions) awsevents.Rule
	OnPullRequestStateChange(id *string, options *awsevents.OnEventOptions) awsevents.Rule
	OnReferenceCreated(id *string, options *awsevents.OnEventOptions) awsevents.Rule
	OnReferenceDeleted(id *string, options *awsevents.OnEventOptions) awsevents.Rule
	OnReferenceUpdated(id *string, options *awsevents.OnEventOptions) awsevents.Rule
	OnStateChange(id *string, options *awsevents.OnEventOptions) awsevents.Rule
	// NotifyOn creates a notification rule for options.Events, sent to target.
	NotifyOn(id *string, target awscodestarnotifications.INotificationRuleTarget, options *RepositoryNotifyOnOptions) awscodestarnotifications.INotificationRule
	NotifyOnApprovalRuleOverridden(id *string, target awscodestarnotifications.INotificationRuleTarget, options *awscodestarnotifications.NotificationRuleOptions) awscodestarnotifications.INotificationRule
	NotifyOnApprovalStatusChanged(id *string, target awscodestarnotifications.INotificationRuleTarget, options *awscodestarnotifications.NotificationRuleOptions) awscodestarnotifications.INotificationRule
	NotifyOnBranchOrTagCreated(id *string, target awscodestarnotifications.INotificationRuleTarget, options *awscodestarnotifications.NotificationRuleOptions) awscodestarnotifications.INotificationRule
	NotifyOnBranchOrTagDeleted(id *string, target awscodestarnotifications.INotificationRuleTarget, options *awscodestarnotifications.NotificationRuleOptions) awscodestarnotifications.INotificationRule
	NotifyOnPullRequestComment(id *string, target awscodestarnotifications.INotificationRuleTarget, options *awscodestarnotifications.NotificationRuleOptions) awscodestarnotifications.INotificationRule
	NotifyOnPullRequestCreated(id *string, target awscodestarnotifications.INotificationRuleTarget, options *awscodestarnotifications.NotificationRuleOptions) awscodestarnotifications.INotificationRule
	NotifyOnPullRequestMerged(id *string, target awscodestarnotifications.INotificationRuleTarget, options *awscodestarnotifications.NotificationRuleOptions) awscodestarnotifications.INotificationRule
	RepositoryArn() *string
	RepositoryCloneUrlGrc() *string
	RepositoryCloneUrlHttp() *string
	RepositoryCloneUrlSsh() *string
	RepositoryName() *string
}

// Repository is a CodeCommit repository defined in this app (AWS::CodeCommit::Repository).
type Repository interface {
	awscdk.Resource
	IRepository
	// Grants is the repository's grants object.
	Grants() RepositoryGrants
	// NotifiyOnPullRequestMerged is aws-cdk-lib's misspelt, deprecated alias of NotifyOnPullRequestMerged.
	NotifiyOnPullRequestMerged(id *string, target awscodestarnotifications.INotificationRuleTarget, options *awscodestarnotifications.NotificationRuleOptions) awscodestarnotifications.INotificationRule
	// Notify adds a trigger that sends the repository's events to arn (an SNS topic or a Lambda function).
	Notify(arn *string, options *RepositoryTriggerOptions) Repository
}

// repositoryBase is what Repository and imported repositories share; self
// is the outer object.
type repositoryBase struct {
	awscdk.Resource
	self                      IRepository
	grants                    RepositoryGrants
	arn, name, http, ssh, grc func() *string
}

func (r *repositoryBase) init(self IRepository) {
	r.self = self
	r.grants = RepositoryGrants_FromRepository(self)
}

func (r *repositoryBase) Grants() RepositoryGrants        { return r.grants }
func (r *repositoryBase) RepositoryArn() *string          { return r.arn() }
func (r *repositoryBase) RepositoryName() *string         { return r.name() }
func (r *repositoryBase) RepositoryCloneUrlHttp() *string { return r.http() }
func (r *repositoryBase) RepositoryCloneUrlSsh() *string  { return r.ssh() }
func (r *repositoryBase) RepositoryCloneUrlGrc() *string  { return r.grc() }

// RepositoryRef is the repository's reference (its name is its id).
func (r *repositoryBase) RepositoryRef() *interfacesawscodecommit.RepositoryReference {
	return &interfacesawscodecommit.RepositoryReference{RepositoryId: r.self.RepositoryName(), RepositoryArn: r.self.RepositoryArn()}
}

func (r *repositoryBase) Grant(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant {
	if grantee == nil {
		l2.RequireArg(r, "Grant", "a grantee")
	}
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{
		Grantee: grantee, Actions: &actions, ResourceArns: &[]*string{r.self.RepositoryArn()},
	})
}

func (r *repositoryBase) GrantPull(grantee awsiam.IGrantable) awsiam.Grant {
	return r.grants.Pull(grantee)
}

func (r *repositoryBase) GrantPullPush(grantee awsiam.IGrantable) awsiam.Grant {
	return r.grants.PullPush(grantee)
}

func (r *repositoryBase) GrantRead(grantee awsiam.IGrantable) awsiam.Grant {
	return r.grants.Read(grantee)
}

type repository struct {
	repositoryBase
	resource         CfnRepository
	triggers         []*CfnRepository_RepositoryTriggerProperty
	arnMemo, nameMem *string
}

// Repository_PROPERTY_INJECTION_ID is the id property injectors use for Repository.
func Repository_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-codecommit.Repository")
}

// NewRepository creates a CodeCommit repository.
func NewRepository(scope constructs.Construct, id *string, props *RepositoryProps) Repository {
	props = l2.Inject(*Repository_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		l2.RequireProps(scope, id, "RepositoryProps", "RepositoryName")
	}
	r := &repository{}
	r.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.RepositoryName})
	host.Set(r.Resource, r)
	r.arn, r.name = r.repositoryArn, r.repositoryName
	r.http = func() *string { return r.resource.AttrCloneUrlHttp() }
	r.ssh = func() *string { return r.resource.AttrCloneUrlSsh() }
	r.grc = func() *string { return cloneUrl(awscdk.Stack_Of(r), r.self.RepositoryName(), "grc", nil) }
	r.init(r)

	cfn := &CfnRepositoryProps{
		RepositoryName:        props.RepositoryName,
		RepositoryDescription: props.Description,
		Triggers: awscdk.Lazy_Any(anyProducer(func() interface{} {
			if len(r.triggers) == 0 {
				return nil
			}
			// The producer's value skips the L1's property mapping, so it
			// is written in CloudFormation's casing here.
			out := make([]interface{}, len(r.triggers))
			for i, t := range r.triggers {
				m := map[string]interface{}{"DestinationArn": t.DestinationArn, "Events": t.Events, "Name": t.Name}
				if t.Branches != nil {
					m["Branches"] = t.Branches
				}
				if t.CustomData != nil {
					m["CustomData"] = t.CustomData
				}
				out[i] = m
			}
			return out
		}), nil),
	}
	if props.Code != nil {
		if cc := props.Code.Bind(r); cc != nil && cc.Code != nil {
			cfn.Code = cc.Code
		}
	}
	if props.KmsKey != nil {
		cfn.KmsKeyId = props.KmsKey.KeyRef().KeyArn
	}
	r.resource = NewCfnRepository(r, jsii.String("Resource"), cfn)
	return r
}

func (r *repository) repositoryArn() *string {
	if r.arnMemo == nil {
		r.arnMemo = r.GetResourceArnAttribute(r.resource.AttrArn(), &awscdk.ArnComponents{
			Service: jsii.String("codecommit"), Resource: r.PhysicalName(),
		})
	}
	return r.arnMemo
}

func (r *repository) repositoryName() *string {
	if r.nameMem == nil {
		r.nameMem = r.GetResourceNameAttribute(r.resource.AttrName())
	}
	return r.nameMem
}

// Notify adds a trigger; with ALL among several events only ALL is kept.
func (r *repository) Notify(arn *string, options *RepositoryTriggerOptions) Repository {
	if options == nil {
		options = &RepositoryTriggerOptions{}
	}
	var evts []RepositoryEventTrigger
	if options.Events != nil {
		evts = *options.Events
	}
	if len(evts) > 1 {
		for _, e := range evts {
			if e == RepositoryEventTrigger_ALL {
				evts = []RepositoryEventTrigger{RepositoryEventTrigger_ALL}
				break
			}
		}
	}
	if len(evts) == 0 {
		evts = []RepositoryEventTrigger{RepositoryEventTrigger_ALL}
	}
	name := options.Name
	if name == nil || *name == "" {
		name = jsii.String(*r.Node().Path() + "/" + deref(arn))
	}
	for _, t := range r.triggers {
		if *t.Name == *name {
			l2.Throw(r, "Unable to set repository trigger named %s because trigger names must be unique", *name)
		}
	}
	names := make([]*string, len(evts))
	for i, e := range evts {
		v, ok := triggerEventValues[e]
		if !ok {
			v = string(e)
		}
		names[i] = jsii.String(v)
	}
	r.triggers = append(r.triggers, &CfnRepository_RepositoryTriggerProperty{
		DestinationArn: arn, Name: name, CustomData: options.CustomData, Branches: options.Branches, Events: &names,
	})
	return r
}

type importedRepository struct {
	repositoryBase
}

// Repository_FromRepositoryArn imports a repository by its ARN.
func Repository_FromRepositoryArn(scope constructs.Construct, id *string, repositoryArn *string) IRepository {
	if repositoryArn == nil {
		l2.RequireArg(scope, "Repository_FromRepositoryArn", "a repository ARN")
	}
	stack := awscdk.Stack_Of(scope)
	parsed := stack.SplitArn(repositoryArn, awscdk.ArnFormat_NO_RESOURCE_NAME)
	name, region := parsed.Resource, parsed.Region
	r := &importedRepository{}
	r.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{Account: parsed.Account, Region: region})
	host.Set(r.Resource, r)
	r.arn = func() *string { return repositoryArn }
	r.name = func() *string { return name }
	http, ssh, grc := cloneUrl(stack, name, "https", region), cloneUrl(stack, name, "ssh", region), cloneUrl(stack, name, "grc", region)
	r.http = func() *string { return http }
	r.ssh = func() *string { return ssh }
	r.grc = func() *string { return grc }
	r.init(r)
	return r
}

// Repository_FromRepositoryName imports a repository of this stack's account and region by name.
func Repository_FromRepositoryName(scope constructs.Construct, id *string, repositoryName *string) IRepository {
	if repositoryName == nil {
		l2.RequireArg(scope, "Repository_FromRepositoryName", "a repository name")
	}
	stack := awscdk.Stack_Of(scope)
	r := &importedRepository{}
	r.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(r.Resource, r)
	arn := stack.FormatArn(&awscdk.ArnComponents{Service: jsii.String("codecommit"), Resource: repositoryName})
	r.arn = func() *string { return arn }
	r.name = func() *string { return repositoryName }
	http, ssh, grc := cloneUrl(stack, repositoryName, "https", nil), cloneUrl(stack, repositoryName, "ssh", nil), cloneUrl(stack, repositoryName, "grc", nil)
	r.http = func() *string { return http }
	r.ssh = func() *string { return ssh }
	r.grc = func() *string { return grc }
	r.init(r)
	return r
}

// Repository_IsConstruct reports whether x is a construct.
func Repository_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Repository_IsOwnedResource reports whether construct is a resource owned by this app.
func Repository_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// Repository_IsResource reports whether construct is a Resource.
func Repository_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

func cloneUrl(stack awscdk.Stack, name *string, protocol string, region *string) *string {
	if region == nil {
		region = stack.Region()
	}
	if protocol == "grc" {
		return jsii.String("codecommit::" + *region + "://" + deref(name))
	}
	return jsii.String(protocol + "://git-codecommit." + *region + "." + *stack.UrlSuffix() + "/v1/repos/" + deref(name))
}

type anyProducer func() interface{}

func (f anyProducer) Produce() interface{} { return f() }
