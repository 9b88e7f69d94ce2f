package awscodepipelineactions

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscodepipeline"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awseventstargets"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsecr"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// The artifact metadata key through which a CodeStar connections source
// tells a CodeBuild action which connection a full clone needs.
const connectionArnProperty = "CodeStarConnectionArnProperty"

// CodeStarSourceVariables are the variables a CodeStar connections source emits.
type CodeStarSourceVariables struct {
	AuthorDate         *string `field:"required" json:"authorDate" yaml:"authorDate"`
	BranchName         *string `field:"required" json:"branchName" yaml:"branchName"`
	CommitId           *string `field:"required" json:"commitId" yaml:"commitId"`
	CommitMessage      *string `field:"required" json:"commitMessage" yaml:"commitMessage"`
	ConnectionArn      *string `field:"required" json:"connectionArn" yaml:"connectionArn"`
	FullRepositoryName *string `field:"required" json:"fullRepositoryName" yaml:"fullRepositoryName"`
}

// CodeStarConnectionsSourceActionProps are the props of NewCodeStarConnectionsSourceAction.
type CodeStarConnectionsSourceActionProps struct {
	ActionName         *string                  `field:"required" json:"actionName" yaml:"actionName"`
	RunOrder           *float64                 `field:"optional" json:"runOrder" yaml:"runOrder"`
	VariablesNamespace *string                  `field:"optional" json:"variablesNamespace" yaml:"variablesNamespace"`
	Role               awsiam.IRole             `field:"optional" json:"role" yaml:"role"`
	ConnectionArn      *string                  `field:"required" json:"connectionArn" yaml:"connectionArn"`
	Output             awscodepipeline.Artifact `field:"required" json:"output" yaml:"output"`
	Owner              *string                  `field:"required" json:"owner" yaml:"owner"`
	Repo               *string                  `field:"required" json:"repo" yaml:"repo"`
	// Default: "master".
	Branch               *string `field:"optional" json:"branch" yaml:"branch"`
	CodeBuildCloneOutput *bool   `field:"optional" json:"codeBuildCloneOutput" yaml:"codeBuildCloneOutput"`
	// Default: true (CodePipeline's).
	TriggerOnPush *bool `field:"optional" json:"triggerOnPush" yaml:"triggerOnPush"`
}

// CodeStarConnectionsSourceAction starts a pipeline from a repository reached
// through a CodeStar connection (GitHub, Bitbucket, GitLab).
type CodeStarConnectionsSourceAction interface {
	Action
	Variables() *CodeStarSourceVariables
}

type codeStarConnectionsSourceAction struct {
	awscodepipeline.Action
	provided *awscodepipeline.ActionProperties
	props    CodeStarConnectionsSourceActionProps
}

// NewCodeStarConnectionsSourceAction makes a CodeStar connections source action.
func NewCodeStarConnectionsSourceAction(props *CodeStarConnectionsSourceActionProps) CodeStarConnectionsSourceAction {
	if props == nil || props.Output == nil {
		requireProps("CodeStarConnectionsSourceActionProps", "ActionName", "ConnectionArn", "Output", "Owner", "Repo")
	}
	a := &codeStarConnectionsSourceAction{props: *props}
	a.provided = &awscodepipeline.ActionProperties{
		ActionName: props.ActionName, RunOrder: props.RunOrder, VariablesNamespace: props.VariablesNamespace, Role: props.Role,
		Category: awscodepipeline.ActionCategory_SOURCE, Owner: jsii.String("AWS"), Provider: jsii.String("CodeStarSourceConnection"),
		ArtifactBounds: sourceBounds(), Outputs: &[]awscodepipeline.Artifact{props.Output},
	}
	awscodepipeline.NewAction_Override(a)
	return a
}

// NewCodeStarConnectionsSourceAction_Override initialises outer, a type embedding CodeStarConnectionsSourceAction.
func NewCodeStarConnectionsSourceAction_Override(c CodeStarConnectionsSourceAction, props *CodeStarConnectionsSourceActionProps) {
	overrideAction(c, NewCodeStarConnectionsSourceAction(props))
}

func (a *codeStarConnectionsSourceAction) ProvidedActionProperties() *awscodepipeline.ActionProperties {
	return a.provided
}

func (a *codeStarConnectionsSourceAction) Variables() *CodeStarSourceVariables {
	v := func(n string) *string { return a.VariableExpression(jsii.String(n)) }
	return &CodeStarSourceVariables{FullRepositoryName: v("FullRepositoryName"), BranchName: v("BranchName"), AuthorDate: v("AuthorDate"),
		CommitId: v("CommitId"), CommitMessage: v("CommitMessage"), ConnectionArn: v("ConnectionArn")}
}

func (a *codeStarConnectionsSourceAction) Bound(_ constructs.Construct, _ awscodepipeline.IStage, options *awscodepipeline.ActionBindOptions) *awscodepipeline.ActionConfig {
	options.Role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: jsii.Strings("codestar-connections:UseConnection"), Resources: &[]*string{a.props.ConnectionArn}}))
	options.Bucket.GrantReadWrite(options.Role, nil)
	options.Bucket.GrantPutAcl(options.Role, nil)
	clone := a.props.CodeBuildCloneOutput != nil && *a.props.CodeBuildCloneOutput
	if clone {
		a.props.Output.SetMetadata(jsii.String(connectionArnProperty), a.props.ConnectionArn)
	}
	branch := "master"
	if a.props.Branch != nil {
		branch = *a.props.Branch
	}
	cfg := ojson.New()
	cfg.Set("ConnectionArn", a.props.ConnectionArn)
	cfg.Set("FullRepositoryId", deref(a.props.Owner)+"/"+deref(a.props.Repo))
	cfg.Set("BranchName", branch)
	if clone {
		cfg.Set("OutputArtifactFormat", "CODEBUILD_CLONE_REF")
	}
	if a.props.TriggerOnPush != nil {
		cfg.Set("DetectChanges", *a.props.TriggerOnPush)
	}
	return &awscodepipeline.ActionConfig{Configuration: cfg}
}

// GitHubTrigger is how a GitHub source action learns of new commits.
type GitHubTrigger string

const (
	GitHubTrigger_NONE    GitHubTrigger = "NONE"
	GitHubTrigger_POLL    GitHubTrigger = "POLL"
	GitHubTrigger_WEBHOOK GitHubTrigger = "WEBHOOK"
)

// GitHubSourceVariables are the variables a GitHub source action emits.
type GitHubSourceVariables struct {
	AuthorDate     *string `field:"required" json:"authorDate" yaml:"authorDate"`
	BranchName     *string `field:"required" json:"branchName" yaml:"branchName"`
	CommitId       *string `field:"required" json:"commitId" yaml:"commitId"`
	CommitMessage  *string `field:"required" json:"commitMessage" yaml:"commitMessage"`
	CommitterDate  *string `field:"required" json:"committerDate" yaml:"committerDate"`
	CommitUrl      *string `field:"required" json:"commitUrl" yaml:"commitUrl"`
	RepositoryName *string `field:"required" json:"repositoryName" yaml:"repositoryName"`
}

// GitHubSourceActionProps are the props of NewGitHubSourceAction.
type GitHubSourceActionProps struct {
	ActionName         *string                  `field:"required" json:"actionName" yaml:"actionName"`
	RunOrder           *float64                 `field:"optional" json:"runOrder" yaml:"runOrder"`
	VariablesNamespace *string                  `field:"optional" json:"variablesNamespace" yaml:"variablesNamespace"`
	OauthToken         awscdk.SecretValue       `field:"required" json:"oauthToken" yaml:"oauthToken"`
	Output             awscodepipeline.Artifact `field:"required" json:"output" yaml:"output"`
	Owner              *string                  `field:"required" json:"owner" yaml:"owner"`
	Repo               *string                  `field:"required" json:"repo" yaml:"repo"`
	// Default: "master".
	Branch *string `field:"optional" json:"branch" yaml:"branch"`
	// Default: GitHubTrigger_WEBHOOK.
	Trigger GitHubTrigger `field:"optional" json:"trigger" yaml:"trigger"`
}

// GitHubSourceAction starts a pipeline from a GitHub branch (OAuth token, version 1).
type GitHubSourceAction interface {
	Action
	Variables() *GitHubSourceVariables
}

type gitHubSourceAction struct {
	awscodepipeline.Action
	provided *awscodepipeline.ActionProperties
	props    GitHubSourceActionProps
}

// NewGitHubSourceAction makes a GitHub source action.
func NewGitHubSourceAction(props *GitHubSourceActionProps) GitHubSourceAction {
	if props == nil || props.Output == nil || props.OauthToken == nil {
		requireProps("GitHubSourceActionProps", "ActionName", "OauthToken", "Output", "Owner", "Repo")
	}
	a := &gitHubSourceAction{props: *props}
	a.provided = &awscodepipeline.ActionProperties{
		ActionName: props.ActionName, RunOrder: props.RunOrder, VariablesNamespace: props.VariablesNamespace,
		Category: awscodepipeline.ActionCategory_SOURCE, Owner: jsii.String("ThirdParty"), Provider: jsii.String("GitHub"),
		ArtifactBounds: sourceBounds(), Outputs: &[]awscodepipeline.Artifact{props.Output},
	}
	awscodepipeline.NewAction_Override(a)
	return a
}

// NewGitHubSourceAction_Override initialises outer, a type embedding GitHubSourceAction.
func NewGitHubSourceAction_Override(g GitHubSourceAction, props *GitHubSourceActionProps) {
	overrideAction(g, NewGitHubSourceAction(props))
}

func (a *gitHubSourceAction) ProvidedActionProperties() *awscodepipeline.ActionProperties {
	return a.provided
}

func (a *gitHubSourceAction) Variables() *GitHubSourceVariables {
	v := func(n string) *string { return a.VariableExpression(jsii.String(n)) }
	return &GitHubSourceVariables{RepositoryName: v("RepositoryName"), BranchName: v("BranchName"), AuthorDate: v("AuthorDate"),
		CommitterDate: v("CommitterDate"), CommitId: v("CommitId"), CommitMessage: v("CommitMessage"), CommitUrl: v("CommitUrl")}
}

func (a *gitHubSourceAction) Bound(scope constructs.Construct, stage awscodepipeline.IStage, _ *awscodepipeline.ActionBindOptions) *awscodepipeline.ActionConfig {
	token := a.props.OauthToken.UnsafeUnwrap()
	if a.props.Trigger == "" || a.props.Trigger == GitHubTrigger_WEBHOOK {
		awscodepipeline.NewCfnWebhook(scope, jsii.String("WebhookResource"), &awscodepipeline.CfnWebhookProps{
			Authentication:              jsii.String("GITHUB_HMAC"),
			AuthenticationConfiguration: &awscodepipeline.CfnWebhook_WebhookAuthConfigurationProperty{SecretToken: token},
			Filters: &[]interface{}{&awscodepipeline.CfnWebhook_WebhookFilterRuleProperty{
				JsonPath: jsii.String("$.ref"), MatchEquals: jsii.String("refs/heads/{Branch}")}},
			TargetAction:           a.ActionProperties().ActionName,
			TargetPipeline:         stage.Pipeline().PipelineName(),
			TargetPipelineVersion:  jsii.Number(1),
			RegisterWithThirdParty: jsii.Bool(true),
		})
	}
	branch := "master"
	if a.props.Branch != nil && *a.props.Branch != "" {
		branch = *a.props.Branch
	}
	cfg := ojson.New()
	cfg.Set("Owner", a.props.Owner)
	cfg.Set("Repo", a.props.Repo)
	cfg.Set("Branch", branch)
	cfg.Set("OAuthToken", token)
	cfg.Set("PollForSourceChanges", a.props.Trigger == GitHubTrigger_POLL)
	return &awscodepipeline.ActionConfig{Configuration: cfg}
}

// EcrSourceVariables are the variables an ECR source action emits.
type EcrSourceVariables struct {
	ImageDigest    *string `field:"required" json:"imageDigest" yaml:"imageDigest"`
	ImageTag       *string `field:"required" json:"imageTag" yaml:"imageTag"`
	ImageUri       *string `field:"required" json:"imageUri" yaml:"imageUri"`
	RegistryId     *string `field:"required" json:"registryId" yaml:"registryId"`
	RepositoryName *string `field:"required" json:"repositoryName" yaml:"repositoryName"`
}

// EcrSourceActionProps are the props of NewEcrSourceAction.
type EcrSourceActionProps struct {
	ActionName         *string                         `field:"required" json:"actionName" yaml:"actionName"`
	RunOrder           *float64                        `field:"optional" json:"runOrder" yaml:"runOrder"`
	VariablesNamespace *string                         `field:"optional" json:"variablesNamespace" yaml:"variablesNamespace"`
	Role               awsiam.IRole                    `field:"optional" json:"role" yaml:"role"`
	Output             awscodepipeline.Artifact        `field:"required" json:"output" yaml:"output"`
	Repository         interfacesawsecr.IRepositoryRef `field:"required" json:"repository" yaml:"repository"`
	// Default: "latest"; "" watches every tag.
	ImageTag *string `field:"optional" json:"imageTag" yaml:"imageTag"`
}

// EcrSourceAction starts a pipeline when an image is pushed to an ECR repository.
type EcrSourceAction interface {
	Action
	Variables() *EcrSourceVariables
}

type ecrSourceAction struct {
	awscodepipeline.Action
	provided *awscodepipeline.ActionProperties
	props    EcrSourceActionProps
}

// NewEcrSourceAction makes an ECR source action.
func NewEcrSourceAction(props *EcrSourceActionProps) EcrSourceAction {
	if props == nil || props.Output == nil || props.Repository == nil {
		requireProps("EcrSourceActionProps", "ActionName", "Output", "Repository")
	}
	a := &ecrSourceAction{props: *props}
	a.provided = &awscodepipeline.ActionProperties{
		ActionName: props.ActionName, RunOrder: props.RunOrder, VariablesNamespace: props.VariablesNamespace, Role: props.Role,
		Category: awscodepipeline.ActionCategory_SOURCE, Provider: jsii.String("ECR"),
		ArtifactBounds: sourceBounds(), Outputs: &[]awscodepipeline.Artifact{props.Output},
	}
	awscodepipeline.NewAction_Override(a)
	return a
}

// NewEcrSourceAction_Override initialises outer, a type embedding EcrSourceAction.
func NewEcrSourceAction_Override(e EcrSourceAction, props *EcrSourceActionProps) {
	overrideAction(e, NewEcrSourceAction(props))
}

func (a *ecrSourceAction) ProvidedActionProperties() *awscodepipeline.ActionProperties {
	return a.provided
}

func (a *ecrSourceAction) Variables() *EcrSourceVariables {
	v := func(n string) *string { return a.VariableExpression(jsii.String(n)) }
	return &EcrSourceVariables{RegistryId: v("RegistryId"), RepositoryName: v("RepositoryName"), ImageDigest: v("ImageDigest"),
		ImageTag: v("ImageTag"), ImageUri: v("ImageURI")}
}

func (a *ecrSourceAction) Bound(scope constructs.Construct, stage awscodepipeline.IStage, options *awscodepipeline.ActionBindOptions) *awscodepipeline.ActionConfig {
	ref := a.props.Repository.RepositoryRef()
	options.Role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: jsii.Strings("ecr:DescribeImages"), Resources: &[]*string{ref.RepositoryArn}}))
	detail := ojson.New()
	detail.Set("result", []interface{}{"SUCCESS"})
	detail.Set("repository-name", []interface{}{ref.RepositoryName})
	if a.props.ImageTag == nil {
		detail.Set("image-tag", []interface{}{"latest"})
	} else if *a.props.ImageTag != "" {
		detail.Set("image-tag", []interface{}{*a.props.ImageTag})
	}
	detail.Set("action-type", []interface{}{"PUSH"})
	rule := awsevents.NewRule(scope, jsii.String(*awscdk.Names_NodeUniqueId(stage.Pipeline().Node())+"SourceEventRule"), &awsevents.RuleProps{
		Targets: &[]awsevents.IRuleTarget{awseventstargets.NewCodePipeline(stage.Pipeline(), nil)},
	})
	rule.AddEventPattern(&awsevents.EventPattern{DetailType: jsii.Strings("ECR Image Action")})
	rule.AddEventPattern(&awsevents.EventPattern{Source: jsii.Strings("aws.ecr")})
	for _, k := range detail.Keys() {
		v, _ := detail.Get(k)
		rule.AddEventPattern(&awsevents.EventPattern{Detail: &map[string]interface{}{k: v}})
	}
	options.Bucket.GrantWrite(options.Role, nil, nil)
	cfg := ojson.New()
	cfg.Set("RepositoryName", ref.RepositoryName)
	if a.props.ImageTag != nil && *a.props.ImageTag != "" {
		cfg.Set("ImageTag", *a.props.ImageTag)
	}
	return &awscodepipeline.ActionConfig{Configuration: cfg}
}
