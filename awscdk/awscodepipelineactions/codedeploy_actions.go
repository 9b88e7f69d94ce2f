package awscodepipelineactions

import (
	"fmt"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscodedeploy"
	"github.com/strata-cdk/strata/awscdk/awscodepipeline"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// CodeDeployServerDeployActionProps are the props of NewCodeDeployServerDeployAction.
type CodeDeployServerDeployActionProps struct {
	ActionName         *string      `field:"required" json:"actionName" yaml:"actionName"`
	RunOrder           *float64     `field:"optional" json:"runOrder" yaml:"runOrder"`
	VariablesNamespace *string      `field:"optional" json:"variablesNamespace" yaml:"variablesNamespace"`
	Role               awsiam.IRole `field:"optional" json:"role" yaml:"role"`
	// The group to deploy to.
	DeploymentGroup awscodedeploy.IServerDeploymentGroup `field:"required" json:"deploymentGroup" yaml:"deploymentGroup"`
	// The revision to deploy.
	Input awscodepipeline.Artifact `field:"required" json:"input" yaml:"input"`
}

// CodeDeployServerDeployAction deploys a revision to a CodeDeploy server deployment group.
type CodeDeployServerDeployAction interface {
	Action
}

type codeDeployServerDeployAction struct {
	awscodepipeline.Action
	provided *awscodepipeline.ActionProperties
	group    awscodedeploy.IServerDeploymentGroup
}

// NewCodeDeployServerDeployAction makes a CodeDeploy server deploy action.
func NewCodeDeployServerDeployAction(props *CodeDeployServerDeployActionProps) CodeDeployServerDeployAction {
	if props == nil || props.DeploymentGroup == nil || props.Input == nil {
		requireProps("CodeDeployServerDeployActionProps", "ActionName", "DeploymentGroup", "Input")
	}
	a := &codeDeployServerDeployAction{group: props.DeploymentGroup}
	a.provided = &awscodepipeline.ActionProperties{
		ActionName: props.ActionName, RunOrder: props.RunOrder, VariablesNamespace: props.VariablesNamespace, Role: props.Role,
		Resource: props.DeploymentGroup, Category: awscodepipeline.ActionCategory_DEPLOY, Provider: jsii.String("CodeDeploy"),
		ArtifactBounds: deployBounds(), Inputs: &[]awscodepipeline.Artifact{props.Input},
	}
	awscodepipeline.NewAction_Override(a)
	return a
}

// NewCodeDeployServerDeployAction_Override initialises outer, a type embedding CodeDeployServerDeployAction.
func NewCodeDeployServerDeployAction_Override(c CodeDeployServerDeployAction, props *CodeDeployServerDeployActionProps) {
	overrideAction(c, NewCodeDeployServerDeployAction(props))
}

func (a *codeDeployServerDeployAction) ProvidedActionProperties() *awscodepipeline.ActionProperties {
	return a.provided
}

func (a *codeDeployServerDeployAction) Bound(_ constructs.Construct, _ awscodepipeline.IStage, options *awscodepipeline.ActionBindOptions) *awscodepipeline.ActionConfig {
	g := a.group
	statement(options.Role, []*string{g.Application().ApplicationArn()},
		"codedeploy:GetApplicationRevision", "codedeploy:RegisterApplicationRevision")
	statement(options.Role, []*string{g.DeploymentGroupArn()}, "codedeploy:CreateDeployment", "codedeploy:GetDeployment")
	statement(options.Role, []*string{g.DeploymentConfig().DeploymentConfigArn()}, "codedeploy:GetDeploymentConfig")
	if asgs := g.AutoScalingGroups(); asgs != nil {
		for _, asg := range *asgs {
			options.Bucket.GrantRead(asg, nil)
		}
	}
	options.Bucket.GrantRead(options.Role, nil)
	cfg := ojson.New()
	cfg.Set("ApplicationName", g.Application().ApplicationName())
	cfg.Set("DeploymentGroupName", g.DeploymentGroupName())
	return &awscodepipeline.ActionConfig{Configuration: cfg}
}

func statement(role awsiam.IRole, resources []*string, actions ...string) {
	role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Resources: &resources, Actions: jsii.Strings(actions...),
	}))
}

// CodeDeployEcsContainerImageInput is an artifact holding an image's details
// for a CodeDeploy ECS deployment.
type CodeDeployEcsContainerImageInput struct {
	// The artifact with imageDetail.json.
	Input awscodepipeline.Artifact `field:"required" json:"input" yaml:"input"`
	// The placeholder for the image in the task definition template. Default: IMAGE.
	TaskDefinitionPlaceholder *string `field:"optional" json:"taskDefinitionPlaceholder" yaml:"taskDefinitionPlaceholder"`
}

// CodeDeployEcsDeployActionProps are the props of NewCodeDeployEcsDeployAction.
type CodeDeployEcsDeployActionProps struct {
	ActionName         *string      `field:"required" json:"actionName" yaml:"actionName"`
	RunOrder           *float64     `field:"optional" json:"runOrder" yaml:"runOrder"`
	VariablesNamespace *string      `field:"optional" json:"variablesNamespace" yaml:"variablesNamespace"`
	Role               awsiam.IRole `field:"optional" json:"role" yaml:"role"`
	// The ECS blue/green group to deploy to.
	DeploymentGroup awscodedeploy.IEcsDeploymentGroup `field:"required" json:"deploymentGroup" yaml:"deploymentGroup"`
	// The AppSpec file (exactly one of this and AppSpecTemplateInput).
	AppSpecTemplateFile awscodepipeline.ArtifactPath `field:"optional" json:"appSpecTemplateFile" yaml:"appSpecTemplateFile"`
	// An artifact holding appspec.yaml.
	AppSpecTemplateInput awscodepipeline.Artifact `field:"optional" json:"appSpecTemplateInput" yaml:"appSpecTemplateInput"`
	// Up to 4 image artifacts.
	ContainerImageInputs *[]*CodeDeployEcsContainerImageInput `field:"optional" json:"containerImageInputs" yaml:"containerImageInputs"`
	// The task definition template (exactly one of this and TaskDefinitionTemplateInput).
	TaskDefinitionTemplateFile awscodepipeline.ArtifactPath `field:"optional" json:"taskDefinitionTemplateFile" yaml:"taskDefinitionTemplateFile"`
	// An artifact holding taskdef.json.
	TaskDefinitionTemplateInput awscodepipeline.Artifact `field:"optional" json:"taskDefinitionTemplateInput" yaml:"taskDefinitionTemplateInput"`
}

// CodeDeployEcsDeployAction runs a CodeDeploy blue/green deployment of an ECS service.
type CodeDeployEcsDeployAction interface {
	Action
}

type codeDeployEcsDeployAction struct {
	awscodepipeline.Action
	provided         *awscodepipeline.ActionProperties
	props            CodeDeployEcsDeployActionProps
	taskDef, appSpec awscodepipeline.Artifact
}

// templateArtifact picks the artifact of a file-or-input pair, as the
// action requires exactly one of them.
func templateArtifact(file awscodepipeline.ArtifactPath, input awscodepipeline.Artifact, inputName, fileName string) awscodepipeline.Artifact {
	switch {
	case file != nil && input != nil:
		diag.Panic("", "Exactly one of '%s' or '%s' can be provided in the ECS CodeDeploy Action", inputName, fileName)
	case file != nil:
		return file.Artifact()
	case input != nil:
		return input
	}
	diag.Panic("", "Specifying one of '%s' or '%s' is required for the ECS CodeDeploy Action", inputName, fileName)
	return nil
}

// NewCodeDeployEcsDeployAction makes a CodeDeploy ECS deploy action.
func NewCodeDeployEcsDeployAction(props *CodeDeployEcsDeployActionProps) CodeDeployEcsDeployAction {
	if props == nil {
		requireProps("CodeDeployEcsDeployActionProps", "ActionName", "DeploymentGroup")
	}
	a := &codeDeployEcsDeployAction{props: *props}
	a.taskDef = templateArtifact(props.TaskDefinitionTemplateFile, props.TaskDefinitionTemplateInput, "taskDefinitionTemplateInput", "taskDefinitionTemplateFile")
	a.appSpec = templateArtifact(props.AppSpecTemplateFile, props.AppSpecTemplateInput, "appSpecTemplateInput", "appSpecTemplateFile")
	inputs := []awscodepipeline.Artifact{a.taskDef, a.appSpec}
	if props.ContainerImageInputs != nil {
		if n := len(*props.ContainerImageInputs); n > 4 {
			diag.Panic("", "Action cannot have more than 4 container image inputs, got: %d", n)
		}
		for _, in := range *props.ContainerImageInputs {
			if in == nil || in.Input == nil {
				diag.Panic("", "CodeDeployEcsContainerImageInput needs input; got nil")
			}
			inputs = append(inputs, in.Input)
		}
	}
	if props.DeploymentGroup == nil {
		requireProps("CodeDeployEcsDeployActionProps", "ActionName", "DeploymentGroup")
	}
	a.provided = &awscodepipeline.ActionProperties{
		ActionName: props.ActionName, RunOrder: props.RunOrder, VariablesNamespace: props.VariablesNamespace, Role: props.Role,
		Resource: props.DeploymentGroup, Category: awscodepipeline.ActionCategory_DEPLOY, Provider: jsii.String("CodeDeployToECS"),
		ArtifactBounds: bounds(1, 5, 0, 0), Inputs: &inputs,
	}
	awscodepipeline.NewAction_Override(a)
	return a
}

// NewCodeDeployEcsDeployAction_Override initialises outer, a type embedding CodeDeployEcsDeployAction.
func NewCodeDeployEcsDeployAction_Override(c CodeDeployEcsDeployAction, props *CodeDeployEcsDeployActionProps) {
	overrideAction(c, NewCodeDeployEcsDeployAction(props))
}

func (a *codeDeployEcsDeployAction) ProvidedActionProperties() *awscodepipeline.ActionProperties {
	return a.provided
}

func artifactName(art awscodepipeline.Artifact) *string {
	return awscdk.Lazy_UncachedString(stringProducer(func() *string { return art.ArtifactName() }), nil)
}

func (a *codeDeployEcsDeployAction) Bound(_ constructs.Construct, _ awscodepipeline.IStage, options *awscodepipeline.ActionBindOptions) *awscodepipeline.ActionConfig {
	g := a.props.DeploymentGroup
	statement(options.Role, []*string{g.Application().ApplicationArn()},
		"codedeploy:GetApplication", "codedeploy:GetApplicationRevision", "codedeploy:RegisterApplicationRevision")
	statement(options.Role, []*string{g.DeploymentGroupArn()}, "codedeploy:CreateDeployment", "codedeploy:GetDeployment")
	statement(options.Role, []*string{g.DeploymentConfig().DeploymentConfigArn()}, "codedeploy:GetDeploymentConfig")
	statement(options.Role, []*string{jsii.String("*")}, "ecs:RegisterTaskDefinition")
	options.Role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: jsii.Strings("iam:PassRole"), Resources: jsii.Strings("*"),
		Conditions: &map[string]interface{}{"StringEqualsIfExists": map[string]interface{}{
			"iam:PassedToService": []interface{}{"ecs-tasks.amazonaws.com"}}}}))
	options.Bucket.GrantRead(options.Role, nil)
	forceSupportStackDependency(options.Bucket, options.Role)
	cfg := ojson.New()
	cfg.Set("ApplicationName", g.Application().ApplicationName())
	cfg.Set("DeploymentGroupName", g.DeploymentGroupName())
	cfg.Set("TaskDefinitionTemplateArtifact", artifactName(a.taskDef))
	taskPath, appPath := "taskdef.json", "appspec.yaml"
	var tp, ap interface{} = taskPath, appPath // the defaults CodePipeline documents
	if f := a.props.TaskDefinitionTemplateFile; f != nil {
		tp = f.FileName()
	}
	cfg.Set("TaskDefinitionTemplatePath", tp)
	cfg.Set("AppSpecTemplateArtifact", artifactName(a.appSpec))
	if f := a.props.AppSpecTemplateFile; f != nil {
		ap = f.FileName()
	}
	cfg.Set("AppSpecTemplatePath", ap)
	if a.props.ContainerImageInputs != nil {
		for i, in := range *a.props.ContainerImageInputs {
			cfg.Set(fmt.Sprintf("Image%dArtifactName", i+1), artifactName(in.Input))
			placeholder := "IMAGE"
			if in.TaskDefinitionPlaceholder != nil {
				placeholder = *in.TaskDefinitionPlaceholder
			}
			cfg.Set(fmt.Sprintf("Image%dContainerName", i+1), placeholder)
		}
	}
	return &awscodepipeline.ActionConfig{Configuration: cfg}
}

// forceSupportStackDependency makes the artifact bucket's stack depend on
// the action role's when they differ (a cross-region support stack).
func forceSupportStackDependency(bucket awss3.IBucket, role awsiam.IRole) {
	if !*awscdk.Resource_IsOwnedResource(bucket) || !*awscdk.Resource_IsOwnedResource(role) {
		return
	}
	bs, rs := awscdk.Stack_Of(bucket), awscdk.Stack_Of(role)
	if bs != rs {
		bs.AddDependency(rs, jsii.String(fmt.Sprintf("replication bucket {%s} to action role {%s}", *bucket.Node().Path(), *role.Node().Path())))
	}
}
