package awscodebuild

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk/awscodecommit"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

const (
	noSourceType          = "NO_SOURCE"
	codePipelineType      = "CODEPIPELINE"
	s3SourceType          = "S3"
	codeCommitSourceType  = "CODECOMMIT"
	gitHubSourceType      = "GITHUB"
	gitHubEnterpriseType  = "GITHUB_ENTERPRISE"
	bitBucketSourceType   = "BITBUCKET"
	filterFilePath        = "FILE_PATH"
	filterCommitMessage   = "COMMIT_MESSAGE"
	filterHeadRef         = "HEAD_REF"
	filterActorAccountID  = "ACTOR_ACCOUNT_ID"
	filterBaseRef         = "BASE_REF"
	filterRepositoryName  = "REPOSITORY_NAME"
	defaultWebhookSource  = "CODEBUILD_DEFAULT_WEBHOOK_SOURCE_LOCATION"
	bitbucketCloneURLBase = "https://bitbucket.org/"
)

// SourceConfig is what a source gives the project it is bound to.
type SourceConfig struct {
	SourceProperty *CfnProject_SourceProperty          `field:"required" json:"sourceProperty" yaml:"sourceProperty"`
	BuildTriggers  *CfnProject_ProjectTriggersProperty `field:"optional" json:"buildTriggers" yaml:"buildTriggers"`
	SourceVersion  *string                             `field:"optional" json:"sourceVersion" yaml:"sourceVersion"`
}

// ISource is where a project's source code comes from.
type ISource interface {
	Bind(scope constructs.Construct, project IProject) *SourceConfig
	BadgeSupported() *bool
	Identifier() *string
	Type() *string
}

// Source is the base of the sources Source_* return.
type Source interface{ ISource }

// SourceProps are the props every source takes.
type SourceProps struct {
	// The source's identifier; required for secondary sources.
	Identifier *string `field:"optional" json:"identifier" yaml:"identifier"`
}

// S3SourceProps configure Source_S3.
type S3SourceProps struct {
	Identifier *string       `field:"optional" json:"identifier" yaml:"identifier"`
	Bucket     awss3.IBucket `field:"required" json:"bucket" yaml:"bucket"`
	// The object key of the source archive.
	Path *string `field:"required" json:"path" yaml:"path"`
	// The object version. Default: the latest.
	Version *string `field:"optional" json:"version" yaml:"version"`
}

// CodeCommitSourceProps configure Source_CodeCommit.
type CodeCommitSourceProps struct {
	Identifier      *string                   `field:"optional" json:"identifier" yaml:"identifier"`
	Repository      awscodecommit.IRepository `field:"required" json:"repository" yaml:"repository"`
	BranchOrRef     *string                   `field:"optional" json:"branchOrRef" yaml:"branchOrRef"`
	CloneDepth      *float64                  `field:"optional" json:"cloneDepth" yaml:"cloneDepth"`
	FetchSubmodules *bool                     `field:"optional" json:"fetchSubmodules" yaml:"fetchSubmodules"`
}

// GitHubSourceProps configure Source_GitHub; without Repo the source is the
// owner's organization webhook.
type GitHubSourceProps struct {
	Identifier                *string        `field:"optional" json:"identifier" yaml:"identifier"`
	Owner                     *string        `field:"required" json:"owner" yaml:"owner"`
	BranchOrRef               *string        `field:"optional" json:"branchOrRef" yaml:"branchOrRef"`
	BuildStatusContext        *string        `field:"optional" json:"buildStatusContext" yaml:"buildStatusContext"`
	BuildStatusUrl            *string        `field:"optional" json:"buildStatusUrl" yaml:"buildStatusUrl"`
	CloneDepth                *float64       `field:"optional" json:"cloneDepth" yaml:"cloneDepth"`
	FetchSubmodules           *bool          `field:"optional" json:"fetchSubmodules" yaml:"fetchSubmodules"`
	Repo                      *string        `field:"optional" json:"repo" yaml:"repo"`
	ReportBuildStatus         *bool          `field:"optional" json:"reportBuildStatus" yaml:"reportBuildStatus"`
	Webhook                   *bool          `field:"optional" json:"webhook" yaml:"webhook"`
	WebhookFilters            *[]FilterGroup `field:"optional" json:"webhookFilters" yaml:"webhookFilters"`
	WebhookTriggersBatchBuild *bool          `field:"optional" json:"webhookTriggersBatchBuild" yaml:"webhookTriggersBatchBuild"`
}

// GitHubEnterpriseSourceProps configure Source_GitHubEnterprise.
type GitHubEnterpriseSourceProps struct {
	Identifier                *string        `field:"optional" json:"identifier" yaml:"identifier"`
	HttpsCloneUrl             *string        `field:"required" json:"httpsCloneUrl" yaml:"httpsCloneUrl"`
	BranchOrRef               *string        `field:"optional" json:"branchOrRef" yaml:"branchOrRef"`
	BuildStatusContext        *string        `field:"optional" json:"buildStatusContext" yaml:"buildStatusContext"`
	BuildStatusUrl            *string        `field:"optional" json:"buildStatusUrl" yaml:"buildStatusUrl"`
	CloneDepth                *float64       `field:"optional" json:"cloneDepth" yaml:"cloneDepth"`
	FetchSubmodules           *bool          `field:"optional" json:"fetchSubmodules" yaml:"fetchSubmodules"`
	IgnoreSslErrors           *bool          `field:"optional" json:"ignoreSslErrors" yaml:"ignoreSslErrors"`
	ReportBuildStatus         *bool          `field:"optional" json:"reportBuildStatus" yaml:"reportBuildStatus"`
	Webhook                   *bool          `field:"optional" json:"webhook" yaml:"webhook"`
	WebhookFilters            *[]FilterGroup `field:"optional" json:"webhookFilters" yaml:"webhookFilters"`
	WebhookTriggersBatchBuild *bool          `field:"optional" json:"webhookTriggersBatchBuild" yaml:"webhookTriggersBatchBuild"`
}

// BitBucketSourceProps configure Source_BitBucket.
type BitBucketSourceProps struct {
	Identifier                *string        `field:"optional" json:"identifier" yaml:"identifier"`
	Owner                     *string        `field:"required" json:"owner" yaml:"owner"`
	Repo                      *string        `field:"required" json:"repo" yaml:"repo"`
	BranchOrRef               *string        `field:"optional" json:"branchOrRef" yaml:"branchOrRef"`
	BuildStatusName           *string        `field:"optional" json:"buildStatusName" yaml:"buildStatusName"`
	BuildStatusUrl            *string        `field:"optional" json:"buildStatusUrl" yaml:"buildStatusUrl"`
	CloneDepth                *float64       `field:"optional" json:"cloneDepth" yaml:"cloneDepth"`
	FetchSubmodules           *bool          `field:"optional" json:"fetchSubmodules" yaml:"fetchSubmodules"`
	ReportBuildStatus         *bool          `field:"optional" json:"reportBuildStatus" yaml:"reportBuildStatus"`
	Webhook                   *bool          `field:"optional" json:"webhook" yaml:"webhook"`
	WebhookFilters            *[]FilterGroup `field:"optional" json:"webhookFilters" yaml:"webhookFilters"`
	WebhookTriggersBatchBuild *bool          `field:"optional" json:"webhookTriggersBatchBuild" yaml:"webhookTriggersBatchBuild"`
}

// source is every kind of source; bind is the kind's own binding.
type source struct {
	outer      ISource // a user's subclass (NewSource_Override), whose Type wins
	typ        string
	identifier *string
	badge      bool
	bind       func(scope constructs.Construct, project IProject) *SourceConfig
}

func (s *source) BadgeSupported() *bool { return jsii.Bool(s.badge) }
func (s *source) Identifier() *string   { return s.identifier }
func (s *source) Type() *string         { return jsii.String(s.typ) }

func (s *source) Bind(scope constructs.Construct, project IProject) *SourceConfig {
	if s.bind != nil {
		return s.bind(scope, project)
	}
	return &SourceConfig{SourceProperty: s.base()}
}

func (s *source) base() *CfnProject_SourceProperty {
	typ := jsii.String(s.typ)
	if s.outer != nil {
		typ = s.outer.Type()
	}
	return &CfnProject_SourceProperty{SourceIdentifier: s.identifier, Type: typ}
}

// gitBase is the source property of a git source.
func (s *source) gitBase(cloneDepth *float64, fetchSubmodules *bool) *CfnProject_SourceProperty {
	p := s.base()
	p.GitCloneDepth = cloneDepth
	if fetchSubmodules != nil && *fetchSubmodules {
		p.GitSubmodulesConfig = &CfnProject_GitSubmodulesConfigProperty{FetchSubmodules: fetchSubmodules}
	}
	return p
}

// thirdParty holds what GitHub, GitHub Enterprise and Bitbucket share.
type thirdParty struct {
	webhook, reportBuildStatus, batch *bool
	filters                           []FilterGroup
}

func newThirdParty(webhook, report, batch *bool, filters *[]FilterGroup) thirdParty {
	t := thirdParty{webhook: webhook, reportBuildStatus: report, batch: batch}
	if t.reportBuildStatus == nil {
		t.reportBuildStatus = jsii.Bool(true)
	}
	if filters != nil {
		t.filters = *filters
	}
	return t
}

// apply validates the webhook settings, adds reportBuildStatus and returns
// the build triggers.
func (t *thirdParty) apply(scope constructs.Construct, project IProject, p *CfnProject_SourceProperty) *CfnProject_ProjectTriggersProperty {
	anyFilters := len(t.filters) > 0
	webhook := t.webhook
	if webhook == nil && anyFilters {
		webhook = jsii.Bool(true)
	}
	off := webhook == nil || !*webhook
	if off && anyFilters {
		diag.Panic(pathOf(scope), "`webhookFilters` cannot be used when `webhook` is `false`")
	}
	batch := t.batch != nil && *t.batch
	if off && batch {
		diag.Panic(pathOf(scope), "`webhookTriggersBatchBuild` cannot be used when `webhook` is `false`")
	}
	if batch {
		project.EnableBatchBuilds()
	}
	p.ReportBuildStatus = t.reportBuildStatus
	if webhook == nil {
		return nil
	}
	tr := &CfnProject_ProjectTriggersProperty{Webhook: webhook}
	if batch {
		tr.BuildType = jsii.String("BUILD_BATCH")
	}
	if anyFilters {
		groups := make([]interface{}, len(t.filters))
		for i, fg := range t.filters {
			groups[i] = asFilterGroup(fg).toJSON()
		}
		tr.FilterGroups = groups
	}
	return tr
}

func statusConfig(context, url *string) interface{} {
	if context == nil && url == nil {
		return nil
	}
	return &CfnProject_BuildStatusConfigProperty{Context: context, TargetUrl: url}
}

// Source_S3 reads the source from an S3 object.
func Source_S3(props *S3SourceProps) ISource {
	if props == nil || props.Bucket == nil || props.Path == nil {
		l2.RequireProps(nil, nil, "S3SourceProps", "Bucket", "Path")
	}
	s := &source{typ: s3SourceType, identifier: props.Identifier}
	s.bind = func(scope constructs.Construct, project IProject) *SourceConfig {
		props.Bucket.GrantRead(project, props.Path)
		p := s.base()
		p.Location = jsii.String(*props.Bucket.BucketName() + "/" + *props.Path)
		return &SourceConfig{SourceProperty: p, SourceVersion: props.Version}
	}
	return s
}

// Source_CodeCommit reads the source from a CodeCommit repository.
func Source_CodeCommit(props *CodeCommitSourceProps) ISource {
	if props == nil || props.Repository == nil {
		l2.RequireProps(nil, nil, "CodeCommitSourceProps", "Repository")
	}
	s := &source{typ: codeCommitSourceType, identifier: props.Identifier, badge: true}
	s.bind = func(scope constructs.Construct, project IProject) *SourceConfig {
		project.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Actions: jsii.Strings("codecommit:GitPull"), Resources: &[]*string{props.Repository.RepositoryArn()},
		}))
		p := s.gitBase(props.CloneDepth, props.FetchSubmodules)
		p.Location = props.Repository.RepositoryCloneUrlHttp()
		return &SourceConfig{SourceProperty: p, SourceVersion: props.BranchOrRef}
	}
	return s
}

// Source_GitHub reads the source from a GitHub repository, or listens to
// an organization's webhook when Repo is not given.
func Source_GitHub(props *GitHubSourceProps) ISource {
	if props == nil || props.Owner == nil {
		l2.RequireProps(nil, nil, "GitHubSourceProps", "Owner")
	}
	var org *string
	if props.Repo == nil {
		org = props.Owner
	}
	filters := props.WebhookFilters
	if filters == nil && org != nil {
		filters = &[]FilterGroup{FilterGroup_InEventOf(EventAction_WORKFLOW_JOB_QUEUED)}
	}
	tp := newThirdParty(props.Webhook, props.ReportBuildStatus, props.WebhookTriggersBatchBuild, filters)
	location := defaultWebhookSource
	if org == nil {
		location = "https://github.com/" + *props.Owner + "/" + *props.Repo + ".git"
	}
	s := &source{typ: gitHubSourceType, identifier: props.Identifier, badge: true}
	s.bind = func(scope constructs.Construct, project IProject) *SourceConfig {
		p := s.gitBase(props.CloneDepth, props.FetchSubmodules)
		tr := tp.apply(scope, project, p)
		p.BuildStatusConfig = statusConfig(props.BuildStatusContext, props.BuildStatusUrl)
		p.Location = jsii.String(location)
		if org != nil {
			if tr == nil {
				tr = &CfnProject_ProjectTriggersProperty{}
			}
			tr.ScopeConfiguration = &CfnProject_ScopeConfigurationProperty{Name: org}
		}
		return &SourceConfig{SourceProperty: p, SourceVersion: props.BranchOrRef, BuildTriggers: tr}
	}
	return s
}

// Source_GitHubEnterprise reads the source from a GitHub Enterprise Server repository.
func Source_GitHubEnterprise(props *GitHubEnterpriseSourceProps) ISource {
	if props == nil || props.HttpsCloneUrl == nil {
		l2.RequireProps(nil, nil, "GitHubEnterpriseSourceProps", "HttpsCloneUrl")
	}
	tp := newThirdParty(props.Webhook, props.ReportBuildStatus, props.WebhookTriggersBatchBuild, props.WebhookFilters)
	s := &source{typ: gitHubEnterpriseType, identifier: props.Identifier, badge: true}
	s.bind = func(scope constructs.Construct, project IProject) *SourceConfig {
		for _, fg := range tp.filters {
			g := asFilterGroup(fg)
			// aws-cdk-lib looks only for PULL_REQUEST_CREATED here.
			if !g.hasAction(EventAction_PULL_REQUEST_CREATED) {
				continue
			}
			if g.hasFilter(filterCommitMessage) {
				diag.Panic(pathOf(scope), "COMMIT_MESSAGE filters cannot be used with GitHub Enterprise Server pull request events")
			}
		}
		for _, fg := range tp.filters {
			g := asFilterGroup(fg)
			if g.hasAction(EventAction_PULL_REQUEST_CREATED) && g.hasFilter(filterFilePath) {
				diag.Panic(pathOf(scope), "FILE_PATH filters cannot be used with GitHub Enterprise Server pull request events")
			}
		}
		p := s.gitBase(props.CloneDepth, props.FetchSubmodules)
		tr := tp.apply(scope, project, p)
		p.BuildStatusConfig = statusConfig(props.BuildStatusContext, props.BuildStatusUrl)
		p.Location = props.HttpsCloneUrl
		p.InsecureSsl = props.IgnoreSslErrors
		return &SourceConfig{SourceProperty: p, SourceVersion: props.BranchOrRef, BuildTriggers: tr}
	}
	return s
}

// Source_BitBucket reads the source from a Bitbucket repository.
func Source_BitBucket(props *BitBucketSourceProps) ISource {
	if props == nil || props.Owner == nil || props.Repo == nil {
		l2.RequireProps(nil, nil, "BitBucketSourceProps", "Owner", "Repo")
	}
	tp := newThirdParty(props.Webhook, props.ReportBuildStatus, props.WebhookTriggersBatchBuild, props.WebhookFilters)
	s := &source{typ: bitBucketSourceType, identifier: props.Identifier, badge: true}
	s.bind = func(scope constructs.Construct, project IProject) *SourceConfig {
		for _, fg := range tp.filters {
			if asFilterGroup(fg).hasAction(EventAction_PULL_REQUEST_REOPENED) {
				diag.Panic(pathOf(scope), "BitBucket sources do not support the PULL_REQUEST_REOPENED webhook event action")
			}
		}
		p := s.gitBase(props.CloneDepth, props.FetchSubmodules)
		tr := tp.apply(scope, project, p)
		p.Location = jsii.String(bitbucketCloneURLBase + *props.Owner + "/" + *props.Repo + ".git")
		p.BuildStatusConfig = statusConfig(props.BuildStatusName, props.BuildStatusUrl)
		return &SourceConfig{SourceProperty: p, SourceVersion: props.BranchOrRef, BuildTriggers: tr}
	}
	return s
}

// FilterGroup is a set of webhook conditions that must all hold for a
// build to start. Each And* method returns a new group.
type FilterGroup interface {
	AndActorAccountIs(pattern *string) FilterGroup
	AndActorAccountIsNot(pattern *string) FilterGroup
	AndBaseBranchIs(branchName *string) FilterGroup
	AndBaseBranchIsNot(branchName *string) FilterGroup
	AndBaseRefIs(pattern *string) FilterGroup
	AndBaseRefIsNot(pattern *string) FilterGroup
	AndBranchIs(branchName *string) FilterGroup
	AndBranchIsNot(branchName *string) FilterGroup
	AndCommitMessageIs(commitMessage *string) FilterGroup
	AndCommitMessageIsNot(commitMessage *string) FilterGroup
	AndFilePathIs(pattern *string) FilterGroup
	AndFilePathIsNot(pattern *string) FilterGroup
	AndHeadRefIs(pattern *string) FilterGroup
	AndHeadRefIsNot(pattern *string) FilterGroup
	AndRepositoryNameIs(pattern *string) FilterGroup
	AndRepositoryNameIsNot(pattern *string) FilterGroup
	AndTagIs(tagName *string) FilterGroup
	AndTagIsNot(tagName *string) FilterGroup
}

type webhookFilter struct {
	typ, pattern string
	exclude      bool
}

type filterGroup struct {
	actions []EventAction
	filters []webhookFilter
}

// FilterGroup_InEventOf starts a group that matches the given event actions.
func FilterGroup_InEventOf(actions ...EventAction) FilterGroup {
	var uniq []EventAction
	seen := map[EventAction]bool{}
	for _, a := range actions {
		if !seen[a] {
			seen[a] = true
			uniq = append(uniq, a)
		}
	}
	if len(uniq) == 0 {
		diag.Panic("", "A filter group must contain at least one event action")
	}
	return &filterGroup{actions: uniq}
}

func asFilterGroup(fg FilterGroup) *filterGroup {
	g, ok := fg.(*filterGroup)
	if !ok || g == nil {
		diag.Panic("", "webhook filters must be made with FilterGroup_InEventOf")
	}
	return g
}

func (g *filterGroup) hasAction(a EventAction) bool {
	for _, x := range g.actions {
		if x == a {
			return true
		}
	}
	return false
}

func (g *filterGroup) hasFilter(typ string) bool {
	for _, f := range g.filters {
		if f.typ == typ {
			return true
		}
	}
	return false
}

func (g *filterGroup) add(typ string, pattern *string, include bool) FilterGroup {
	fs := append(append([]webhookFilter{}, g.filters...), webhookFilter{typ: typ, pattern: deref(pattern), exclude: !include})
	return &filterGroup{actions: g.actions, filters: fs}
}

func (g *filterGroup) baseRef(ref string, include bool) FilterGroup {
	if g.hasAction(EventAction_PUSH) {
		diag.Panic("", "A base reference condition cannot be added if a Group contains a PUSH event action")
	}
	return g.add(filterBaseRef, &ref, include)
}

func (g *filterGroup) toJSON() []interface{} {
	names := make([]string, len(g.actions))
	for i, a := range g.actions {
		names[i] = string(a)
	}
	out := []interface{}{&CfnProject_WebhookFilterProperty{Type: jsii.String("EVENT"), Pattern: jsii.String(strings.Join(names, ", "))}}
	for _, f := range g.filters {
		w := &CfnProject_WebhookFilterProperty{Type: jsii.String(f.typ), Pattern: jsii.String(f.pattern)}
		if f.exclude {
			w.ExcludeMatchedPattern = true
		}
		out = append(out, w)
	}
	return out
}

func (g *filterGroup) AndBranchIs(b *string) FilterGroup {
	return g.add(filterHeadRef, jsii.String("refs/heads/"+deref(b)), true)
}
func (g *filterGroup) AndBranchIsNot(b *string) FilterGroup {
	return g.add(filterHeadRef, jsii.String("refs/heads/"+deref(b)), false)
}
func (g *filterGroup) AndCommitMessageIs(m *string) FilterGroup {
	return g.add(filterCommitMessage, m, true)
}
func (g *filterGroup) AndCommitMessageIsNot(m *string) FilterGroup {
	return g.add(filterCommitMessage, m, false)
}
func (g *filterGroup) AndTagIs(t *string) FilterGroup {
	return g.add(filterHeadRef, jsii.String("refs/tags/"+deref(t)), true)
}
func (g *filterGroup) AndTagIsNot(t *string) FilterGroup {
	return g.add(filterHeadRef, jsii.String("refs/tags/"+deref(t)), false)
}
func (g *filterGroup) AndHeadRefIs(p *string) FilterGroup    { return g.add(filterHeadRef, p, true) }
func (g *filterGroup) AndHeadRefIsNot(p *string) FilterGroup { return g.add(filterHeadRef, p, false) }
func (g *filterGroup) AndActorAccountIs(p *string) FilterGroup {
	return g.add(filterActorAccountID, p, true)
}
func (g *filterGroup) AndActorAccountIsNot(p *string) FilterGroup {
	return g.add(filterActorAccountID, p, false)
}
func (g *filterGroup) AndBaseBranchIs(b *string) FilterGroup {
	return g.baseRef("refs/heads/"+deref(b), true)
}
func (g *filterGroup) AndBaseBranchIsNot(b *string) FilterGroup {
	return g.baseRef("refs/heads/"+deref(b), false)
}
func (g *filterGroup) AndBaseRefIs(p *string) FilterGroup    { return g.baseRef(deref(p), true) }
func (g *filterGroup) AndBaseRefIsNot(p *string) FilterGroup { return g.baseRef(deref(p), false) }
func (g *filterGroup) AndFilePathIs(p *string) FilterGroup   { return g.add(filterFilePath, p, true) }
func (g *filterGroup) AndFilePathIsNot(p *string) FilterGroup {
	return g.add(filterFilePath, p, false)
}
func (g *filterGroup) AndRepositoryNameIs(p *string) FilterGroup {
	return g.add(filterRepositoryName, p, true)
}
func (g *filterGroup) AndRepositoryNameIsNot(p *string) FilterGroup {
	return g.add(filterRepositoryName, p, false)
}
