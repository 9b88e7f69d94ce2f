package awscodepipelineactions

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscodecommit"
	"github.com/strata-cdk/strata/awscdk/awscodepipeline"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awseventstargets"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// The artifact metadata key through which a CodeCommit source tells a
// CodeBuild action which repository a full clone needs.
const fullCloneArnProperty = "CodeCommitCloneRepositoryArn"

// CodeCommitTrigger is how a CodeCommit source action learns of new commits.
type CodeCommitTrigger string

const (
	CodeCommitTrigger_NONE   CodeCommitTrigger = "NONE"
	CodeCommitTrigger_POLL   CodeCommitTrigger = "POLL"
	CodeCommitTrigger_EVENTS CodeCommitTrigger = "EVENTS"
)

// ICustomEventRule replaces the default commit rule of a CodeCommit source.
type ICustomEventRule interface {
	Description() *string
	EventPattern() *awsevents.EventPattern
	RuleName() *string
	Target() awsevents.IRuleTarget
}

// CodeCommitSourceVariables are the variables a CodeCommit source action emits.
type CodeCommitSourceVariables struct {
	AuthorDate     *string `field:"required" json:"authorDate" yaml:"authorDate"`
	BranchName     *string `field:"required" json:"branchName" yaml:"branchName"`
	CommitId       *string `field:"required" json:"commitId" yaml:"commitId"`
	CommitMessage  *string `field:"required" json:"commitMessage" yaml:"commitMessage"`
	CommitterDate  *string `field:"required" json:"committerDate" yaml:"committerDate"`
	RepositoryName *string `field:"required" json:"repositoryName" yaml:"repositoryName"`
}

// CodeCommitSourceActionProps are the props of NewCodeCommitSourceAction.
type CodeCommitSourceActionProps struct {
	ActionName         *string                   `field:"required" json:"actionName" yaml:"actionName"`
	RunOrder           *float64                  `field:"optional" json:"runOrder" yaml:"runOrder"`
	VariablesNamespace *string                   `field:"optional" json:"variablesNamespace" yaml:"variablesNamespace"`
	Role               awsiam.IRole              `field:"optional" json:"role" yaml:"role"`
	Output             awscodepipeline.Artifact  `field:"required" json:"output" yaml:"output"`
	Repository         awscodecommit.IRepository `field:"required" json:"repository" yaml:"repository"`
	// Default: "master", or "main" under the cdk init flags.
	Branch *string `field:"optional" json:"branch" yaml:"branch"`
	// Output a full clone (for CodeBuild) instead of a zip. Default: false.
	CodeBuildCloneOutput *bool            `field:"optional" json:"codeBuildCloneOutput" yaml:"codeBuildCloneOutput"`
	CustomEventRule      ICustomEventRule `field:"optional" json:"customEventRule" yaml:"customEventRule"`
	// The role the commit rule starts the pipeline with. Default: a new role.
	EventRole awsiam.IRole `field:"optional" json:"eventRole" yaml:"eventRole"`
	// Default: CodeCommitTrigger_EVENTS.
	Trigger CodeCommitTrigger `field:"optional" json:"trigger" yaml:"trigger"`
}

// CodeCommitSourceAction starts a pipeline from a CodeCommit branch.
type CodeCommitSourceAction interface {
	Action
	Variables() *CodeCommitSourceVariables
}

type codeCommitSourceAction struct {
	awscodepipeline.Action
	provided *awscodepipeline.ActionProperties
	props    CodeCommitSourceActionProps
	branch   string
}

// NewCodeCommitSourceAction makes a CodeCommit source action.
func NewCodeCommitSourceAction(props *CodeCommitSourceActionProps) CodeCommitSourceAction {
	if props == nil || props.Output == nil || props.Repository == nil {
		requireProps("CodeCommitSourceActionProps", "ActionName", "Output", "Repository")
	}
	branch := "master"
	if props.Branch != nil {
		branch = *props.Branch
	}
	if branch == "" {
		diag.Panic("", "'branch' parameter cannot be an empty string")
	}
	if props.CodeBuildCloneOutput != nil && *props.CodeBuildCloneOutput {
		props.Output.SetMetadata(jsii.String(fullCloneArnProperty), props.Repository.RepositoryArn())
	}
	a := &codeCommitSourceAction{props: *props, branch: branch}
	a.provided = &awscodepipeline.ActionProperties{
		ActionName: props.ActionName, RunOrder: props.RunOrder, VariablesNamespace: props.VariablesNamespace, Role: props.Role,
		Resource: props.Repository, Category: awscodepipeline.ActionCategory_SOURCE, Provider: jsii.String("CodeCommit"),
		ArtifactBounds: sourceBounds(), Outputs: &[]awscodepipeline.Artifact{props.Output},
	}
	awscodepipeline.NewAction_Override(a)
	return a
}

// NewCodeCommitSourceAction_Override initialises outer, a type embedding CodeCommitSourceAction.
func NewCodeCommitSourceAction_Override(c CodeCommitSourceAction, props *CodeCommitSourceActionProps) {
	overrideAction(c, NewCodeCommitSourceAction(props))
}

func (a *codeCommitSourceAction) ProvidedActionProperties() *awscodepipeline.ActionProperties {
	return a.provided
}

func (a *codeCommitSourceAction) Variables() *CodeCommitSourceVariables {
	v := func(n string) *string { return a.VariableExpression(jsii.String(n)) }
	return &CodeCommitSourceVariables{RepositoryName: v("RepositoryName"), BranchName: v("BranchName"), AuthorDate: v("AuthorDate"),
		CommitterDate: v("CommitterDate"), CommitId: v("CommitId"), CommitMessage: v("CommitMessage")}
}

func (a *codeCommitSourceAction) Bound(scope constructs.Construct, stage awscodepipeline.IStage, options *awscodepipeline.ActionBindOptions) *awscodepipeline.ActionConfig {
	branch := a.branch
	if a.props.Branch == nil && *awscdk.FeatureFlags_Of(scope).IsEnabled(jsii.String("@aws-cdk/aws-codepipeline-actions:useNewDefaultBranchForCodeCommitSource")) {
		branch = "main"
	}
	repo := a.props.Repository
	createEvent := a.props.Trigger == "" || a.props.Trigger == CodeCommitTrigger_EVENTS
	eventID := a.eventID(stage)
	pipelineScope := crossStackScope(repo, stage.Pipeline())
	if createEvent && a.props.CustomEventRule == nil {
		repo.OnCommit(jsii.String(eventID), &awscodecommit.OnCommitOptions{
			Target:   awseventstargets.NewCodePipeline(stage.Pipeline(), &awseventstargets.CodePipelineTargetOptions{EventRole: a.props.EventRole}),
			Branches: &[]*string{jsii.String(branch)}, CrossStackScope: pipelineScope,
		})
	} else if r := a.props.CustomEventRule; r != nil {
		repo.OnEvent(jsii.String(eventID), &awsevents.OnEventOptions{Description: r.Description(), EventPattern: r.EventPattern(),
			RuleName: r.RuleName(), Target: r.Target(), CrossStackScope: pipelineScope})
	}
	options.Bucket.GrantReadWrite(options.Role, nil)
	if awscdk.Token_CompareStrings(repo.Env().Account, awscdk.Stack_Of(stage.Pipeline()).Account()) == awscdk.TokenComparison_DIFFERENT() {
		options.Bucket.GrantPutAcl(options.Role, nil)
	}
	clone := a.props.CodeBuildCloneOutput != nil && *a.props.CodeBuildCloneOutput
	actions := []string{"codecommit:GetBranch", "codecommit:GetCommit", "codecommit:UploadArchive", "codecommit:GetUploadArchiveStatus", "codecommit:CancelUploadArchive"}
	if clone {
		actions = append(actions, "codecommit:GetRepository")
	}
	options.Role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Resources: &[]*string{repo.RepositoryArn()}, Actions: jsii.Strings(actions...)}))
	cfg := ojson.New()
	cfg.Set("RepositoryName", repo.RepositoryName())
	cfg.Set("BranchName", branch)
	cfg.Set("PollForSourceChanges", a.props.Trigger == CodeCommitTrigger_POLL)
	if clone {
		cfg.Set("OutputArtifactFormat", "CODEBUILD_CLONE_REF")
	}
	return &awscodepipeline.ActionConfig{Configuration: cfg}
}

func (a *codeCommitSourceAction) eventID(stage awscodepipeline.IStage) string {
	baseID := *awscdk.Names_NodeUniqueId(stage.Pipeline().Node())
	if *awscdk.Token_IsUnresolved(a.branch) {
		for n := 0; ; n++ {
			cand := baseID + itoa(n) + "EventRule"
			if a.props.Repository.Node().TryFindChild(jsii.String(cand)) == nil {
				return cand
			}
		}
	}
	dis := ""
	if a.props.Branch != nil && a.branch != "master" {
		dis = "-" + a.branch + "-"
	}
	return baseID + dis + "EventRule"
}
