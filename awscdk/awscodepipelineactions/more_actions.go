package awscodepipelineactions

import (
	"sort"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscodepipeline"
	"github.com/strata-cdk/strata/awscdk/awsecr"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsecr"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// AlexaSkillDeployActionProps are the props of NewAlexaSkillDeployAction.
type AlexaSkillDeployActionProps struct {
	ActionName                 *string                  `field:"required" json:"actionName" yaml:"actionName"`
	RunOrder                   *float64                 `field:"optional" json:"runOrder" yaml:"runOrder"`
	VariablesNamespace         *string                  `field:"optional" json:"variablesNamespace" yaml:"variablesNamespace"`
	ClientId                   *string                  `field:"required" json:"clientId" yaml:"clientId"`
	ClientSecret               awscdk.SecretValue       `field:"required" json:"clientSecret" yaml:"clientSecret"`
	Input                      awscodepipeline.Artifact `field:"required" json:"input" yaml:"input"`
	RefreshToken               awscdk.SecretValue       `field:"required" json:"refreshToken" yaml:"refreshToken"`
	SkillId                    *string                  `field:"required" json:"skillId" yaml:"skillId"`
	ParameterOverridesArtifact awscodepipeline.Artifact `field:"optional" json:"parameterOverridesArtifact" yaml:"parameterOverridesArtifact"`
}

// AlexaSkillDeployAction deploys an Alexa skill.
type AlexaSkillDeployAction interface {
	Action
}

type alexaSkillDeployAction struct {
	awscodepipeline.Action
	provided *awscodepipeline.ActionProperties
	props    AlexaSkillDeployActionProps
}

// NewAlexaSkillDeployAction makes an Alexa skill deploy action.
func NewAlexaSkillDeployAction(props *AlexaSkillDeployActionProps) AlexaSkillDeployAction {
	if props == nil || props.Input == nil || props.ClientSecret == nil || props.RefreshToken == nil {
		requireProps("AlexaSkillDeployActionProps", "ActionName", "ClientId", "ClientSecret", "Input", "RefreshToken", "SkillId")
	}
	inputs := []awscodepipeline.Artifact{props.Input}
	if props.ParameterOverridesArtifact != nil {
		inputs = append(inputs, props.ParameterOverridesArtifact)
	}
	a := &alexaSkillDeployAction{props: *props}
	a.provided = &awscodepipeline.ActionProperties{
		ActionName: props.ActionName, RunOrder: props.RunOrder, VariablesNamespace: props.VariablesNamespace,
		Category: awscodepipeline.ActionCategory_DEPLOY, Owner: jsii.String("ThirdParty"), Provider: jsii.String("AlexaSkillsKit"),
		ArtifactBounds: bounds(1, 2, 0, 0), Inputs: &inputs,
	}
	awscodepipeline.NewAction_Override(a)
	return a
}

// NewAlexaSkillDeployAction_Override initialises outer, a type embedding AlexaSkillDeployAction.
func NewAlexaSkillDeployAction_Override(x AlexaSkillDeployAction, props *AlexaSkillDeployActionProps) {
	overrideAction(x, NewAlexaSkillDeployAction(props))
}

func (a *alexaSkillDeployAction) ProvidedActionProperties() *awscodepipeline.ActionProperties {
	return a.provided
}

func (a *alexaSkillDeployAction) Bound(constructs.Construct, awscodepipeline.IStage, *awscodepipeline.ActionBindOptions) *awscodepipeline.ActionConfig {
	cfg := ojson.New()
	cfg.Set("ClientId", a.props.ClientId)
	cfg.Set("ClientSecret", a.props.ClientSecret.UnsafeUnwrap())
	cfg.Set("RefreshToken", a.props.RefreshToken.UnsafeUnwrap())
	cfg.Set("SkillId", a.props.SkillId)
	return &awscodepipeline.ActionConfig{Configuration: cfg}
}

// ServiceCatalogDeployActionBeta1Props are the props of NewServiceCatalogDeployActionBeta1.
type ServiceCatalogDeployActionBeta1Props struct {
	ActionName                *string                      `field:"required" json:"actionName" yaml:"actionName"`
	RunOrder                  *float64                     `field:"optional" json:"runOrder" yaml:"runOrder"`
	VariablesNamespace        *string                      `field:"optional" json:"variablesNamespace" yaml:"variablesNamespace"`
	Role                      awsiam.IRole                 `field:"optional" json:"role" yaml:"role"`
	ProductId                 *string                      `field:"required" json:"productId" yaml:"productId"`
	ProductVersionName        *string                      `field:"required" json:"productVersionName" yaml:"productVersionName"`
	TemplatePath              awscodepipeline.ArtifactPath `field:"required" json:"templatePath" yaml:"templatePath"`
	ProductVersionDescription *string                      `field:"optional" json:"productVersionDescription" yaml:"productVersionDescription"`
}

// ServiceCatalogDeployActionBeta1 publishes a template as a Service Catalog product version.
type ServiceCatalogDeployActionBeta1 interface {
	Action
}

type serviceCatalogDeployAction struct {
	awscodepipeline.Action
	provided *awscodepipeline.ActionProperties
	props    ServiceCatalogDeployActionBeta1Props
}

// NewServiceCatalogDeployActionBeta1 makes a Service Catalog deploy action.
func NewServiceCatalogDeployActionBeta1(props *ServiceCatalogDeployActionBeta1Props) ServiceCatalogDeployActionBeta1 {
	if props == nil || props.TemplatePath == nil {
		requireProps("ServiceCatalogDeployActionBeta1Props", "ActionName", "ProductId", "ProductVersionName", "TemplatePath")
	}
	a := &serviceCatalogDeployAction{props: *props}
	a.provided = &awscodepipeline.ActionProperties{
		ActionName: props.ActionName, RunOrder: props.RunOrder, VariablesNamespace: props.VariablesNamespace, Role: props.Role,
		Provider: jsii.String("ServiceCatalog"), Category: awscodepipeline.ActionCategory_DEPLOY, ArtifactBounds: bounds(1, 1, 0, 0),
		Inputs: &[]awscodepipeline.Artifact{props.TemplatePath.Artifact()},
	}
	awscodepipeline.NewAction_Override(a)
	return a
}

// NewServiceCatalogDeployActionBeta1_Override initialises outer, a type embedding ServiceCatalogDeployActionBeta1.
func NewServiceCatalogDeployActionBeta1_Override(x ServiceCatalogDeployActionBeta1, props *ServiceCatalogDeployActionBeta1Props) {
	overrideAction(x, NewServiceCatalogDeployActionBeta1(props))
}

func (a *serviceCatalogDeployAction) ProvidedActionProperties() *awscodepipeline.ActionProperties {
	return a.provided
}

func (a *serviceCatalogDeployAction) Bound(_ constructs.Construct, _ awscodepipeline.IStage, options *awscodepipeline.ActionBindOptions) *awscodepipeline.ActionConfig {
	options.Role.AddManagedPolicy(awsiam.ManagedPolicy_FromAwsManagedPolicyName(jsii.String("AWSServiceCatalogAdminFullAccess")))
	options.Bucket.GrantRead(options.Role, nil)
	cfg := ojson.New()
	cfg.Set("TemplateFilePath", a.props.TemplatePath.FileName())
	cfg.Set("ProductVersionName", a.props.ProductVersionName)
	if a.props.ProductVersionDescription != nil {
		cfg.Set("ProductVersionDescription", a.props.ProductVersionDescription)
	}
	cfg.Set("ProductType", "CLOUD_FORMATION_TEMPLATE")
	cfg.Set("ProductId", a.props.ProductId)
	return &awscodepipeline.ActionConfig{Configuration: cfg}
}

// RegistryType is the kind of ECR registry an image is published to.
type RegistryType string

const (
	RegistryType_PRIVATE RegistryType = "PRIVATE"
	RegistryType_PUBLIC  RegistryType = "PUBLIC"
)

// EcrBuildAndPublishVariables are the variables an ECR build-and-publish action emits.
type EcrBuildAndPublishVariables struct {
	EcrImageDigestId  *string `field:"required" json:"ecrImageDigestId" yaml:"ecrImageDigestId"`
	EcrRepositoryName *string `field:"required" json:"ecrRepositoryName" yaml:"ecrRepositoryName"`
}

// EcrBuildAndPublishActionProps are the props of NewEcrBuildAndPublishAction.
type EcrBuildAndPublishActionProps struct {
	ActionName              *string                  `field:"required" json:"actionName" yaml:"actionName"`
	RunOrder                *float64                 `field:"optional" json:"runOrder" yaml:"runOrder"`
	VariablesNamespace      *string                  `field:"optional" json:"variablesNamespace" yaml:"variablesNamespace"`
	Role                    awsiam.IRole             `field:"optional" json:"role" yaml:"role"`
	Input                   awscodepipeline.Artifact `field:"required" json:"input" yaml:"input"`
	RepositoryName          *string                  `field:"required" json:"repositoryName" yaml:"repositoryName"`
	DockerfileDirectoryPath *string                  `field:"optional" json:"dockerfileDirectoryPath" yaml:"dockerfileDirectoryPath"`
	ImageTags               *[]*string               `field:"optional" json:"imageTags" yaml:"imageTags"`
	// Default: RegistryType_PRIVATE.
	RegistryType RegistryType `field:"optional" json:"registryType" yaml:"registryType"`
}

// EcrBuildAndPublishAction builds a Docker image and pushes it to ECR.
type EcrBuildAndPublishAction interface {
	Action
	Variables() *EcrBuildAndPublishVariables
}

type ecrBuildAndPublishAction struct {
	awscodepipeline.Action
	provided *awscodepipeline.ActionProperties
	props    EcrBuildAndPublishActionProps
}

// NewEcrBuildAndPublishAction makes an ECR build-and-publish action.
func NewEcrBuildAndPublishAction(props *EcrBuildAndPublishActionProps) EcrBuildAndPublishAction {
	if props == nil || props.Input == nil {
		requireProps("EcrBuildAndPublishActionProps", "ActionName", "Input", "RepositoryName")
	}
	a := &ecrBuildAndPublishAction{props: *props}
	a.provided = &awscodepipeline.ActionProperties{
		ActionName: props.ActionName, RunOrder: props.RunOrder, VariablesNamespace: props.VariablesNamespace, Role: props.Role,
		Category: awscodepipeline.ActionCategory_BUILD, Provider: jsii.String("ECRBuildAndPublish"), ArtifactBounds: bounds(1, 1, 0, 0),
		Inputs: &[]awscodepipeline.Artifact{props.Input},
	}
	awscodepipeline.NewAction_Override(a)
	return a
}

// NewEcrBuildAndPublishAction_Override initialises outer, a type embedding EcrBuildAndPublishAction.
func NewEcrBuildAndPublishAction_Override(x EcrBuildAndPublishAction, props *EcrBuildAndPublishActionProps) {
	overrideAction(x, NewEcrBuildAndPublishAction(props))
}

func (a *ecrBuildAndPublishAction) ProvidedActionProperties() *awscodepipeline.ActionProperties {
	return a.provided
}

func (a *ecrBuildAndPublishAction) Variables() *EcrBuildAndPublishVariables {
	return &EcrBuildAndPublishVariables{EcrImageDigestId: a.VariableExpression(jsii.String("ECRImageDigestId")),
		EcrRepositoryName: a.VariableExpression(jsii.String("ECRRepositoryName"))}
}

func logGroupStatements(scope constructs.Construct, stage awscodepipeline.IStage, role awsiam.IRole) {
	arn := awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{Service: jsii.String("logs"), Resource: jsii.String("log-group"),
		ResourceName: jsii.String("/aws/codepipeline/" + *stage.Pipeline().PipelineName()), ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME})
	role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Resources: &[]*string{arn, jsii.String(*arn + ":*")},
		Actions: jsii.Strings("logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents")}))
}

func (a *ecrBuildAndPublishAction) Bound(scope constructs.Construct, stage awscodepipeline.IStage, options *awscodepipeline.ActionBindOptions) *awscodepipeline.ActionConfig {
	stack := awscdk.Stack_Of(scope)
	if a.props.RegistryType == RegistryType_PUBLIC {
		arn := stack.FormatArn(&awscdk.ArnComponents{Service: jsii.String("ecr-public"), Resource: jsii.String("repository"),
			ResourceName: a.props.RepositoryName, Region: jsii.String("")})
		options.Role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Resources: &[]*string{arn},
			Actions: jsii.Strings("ecr-public:DescribeRepositories", "ecr-public:InitiateLayerUpload", "ecr-public:UploadLayerPart",
				"ecr-public:CompleteLayerUpload", "ecr-public:PutImage", "ecr-public:BatchCheckLayerAvailability")}))
		awsecr.PublicGalleryAuthorizationToken_GrantRead(options.Role)
	} else {
		arn := stack.FormatArn(&awscdk.ArnComponents{Service: jsii.String("ecr"), Resource: jsii.String("repository"),
			ResourceName: a.props.RepositoryName, Region: stack.Region()})
		options.Role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Resources: &[]*string{arn},
			Actions: jsii.Strings("ecr:DescribeRepositories", "ecr:InitiateLayerUpload", "ecr:UploadLayerPart", "ecr:CompleteLayerUpload",
				"ecr:PutImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability")}))
		awsecr.AuthorizationToken_GrantRead(options.Role)
	}
	logGroupStatements(scope, stage, options.Role)
	options.Bucket.GrantRead(options.Role, nil)
	cfg := ojson.New()
	cfg.Set("ECRRepositoryName", a.props.RepositoryName)
	if a.props.DockerfileDirectoryPath != nil {
		cfg.Set("DockerFilePath", a.props.DockerfileDirectoryPath)
	}
	if a.props.ImageTags != nil {
		tags := make([]string, len(*a.props.ImageTags))
		for i, t := range *a.props.ImageTags {
			tags[i] = deref(t)
		}
		cfg.Set("ImageTags", strings.Join(tags, ","))
	}
	if a.props.RegistryType != "" {
		cfg.Set("RegistryType", strings.ToLower(string(a.props.RegistryType)))
	}
	return &awscodepipeline.ActionConfig{Configuration: cfg}
}

// InspectorScanVariables are the variables an Inspector scan action emits.
type InspectorScanVariables struct {
	HighestScannedSeverity *string `field:"required" json:"highestScannedSeverity" yaml:"highestScannedSeverity"`
}

// InspectorScanActionBaseProps are the props every Inspector scan action takes.
type InspectorScanActionBaseProps struct {
	ActionName         *string                  `field:"required" json:"actionName" yaml:"actionName"`
	RunOrder           *float64                 `field:"optional" json:"runOrder" yaml:"runOrder"`
	VariablesNamespace *string                  `field:"optional" json:"variablesNamespace" yaml:"variablesNamespace"`
	Role               awsiam.IRole             `field:"optional" json:"role" yaml:"role"`
	Output             awscodepipeline.Artifact `field:"required" json:"output" yaml:"output"`
	CriticalThreshold  *float64                 `field:"optional" json:"criticalThreshold" yaml:"criticalThreshold"`
	HighThreshold      *float64                 `field:"optional" json:"highThreshold" yaml:"highThreshold"`
	LowThreshold       *float64                 `field:"optional" json:"lowThreshold" yaml:"lowThreshold"`
	MediumThreshold    *float64                 `field:"optional" json:"mediumThreshold" yaml:"mediumThreshold"`
}

// InspectorEcrImageScanActionProps are the props of NewInspectorEcrImageScanAction.
type InspectorEcrImageScanActionProps struct {
	ActionName         *string                         `field:"required" json:"actionName" yaml:"actionName"`
	RunOrder           *float64                        `field:"optional" json:"runOrder" yaml:"runOrder"`
	VariablesNamespace *string                         `field:"optional" json:"variablesNamespace" yaml:"variablesNamespace"`
	Role               awsiam.IRole                    `field:"optional" json:"role" yaml:"role"`
	Output             awscodepipeline.Artifact        `field:"required" json:"output" yaml:"output"`
	CriticalThreshold  *float64                        `field:"optional" json:"criticalThreshold" yaml:"criticalThreshold"`
	HighThreshold      *float64                        `field:"optional" json:"highThreshold" yaml:"highThreshold"`
	LowThreshold       *float64                        `field:"optional" json:"lowThreshold" yaml:"lowThreshold"`
	MediumThreshold    *float64                        `field:"optional" json:"mediumThreshold" yaml:"mediumThreshold"`
	Repository         interfacesawsecr.IRepositoryRef `field:"required" json:"repository" yaml:"repository"`
	// Default: "latest".
	ImageTag *string `field:"optional" json:"imageTag" yaml:"imageTag"`
}

// InspectorSourceCodeScanActionProps are the props of NewInspectorSourceCodeScanAction.
type InspectorSourceCodeScanActionProps struct {
	ActionName         *string                  `field:"required" json:"actionName" yaml:"actionName"`
	RunOrder           *float64                 `field:"optional" json:"runOrder" yaml:"runOrder"`
	VariablesNamespace *string                  `field:"optional" json:"variablesNamespace" yaml:"variablesNamespace"`
	Role               awsiam.IRole             `field:"optional" json:"role" yaml:"role"`
	Output             awscodepipeline.Artifact `field:"required" json:"output" yaml:"output"`
	CriticalThreshold  *float64                 `field:"optional" json:"criticalThreshold" yaml:"criticalThreshold"`
	HighThreshold      *float64                 `field:"optional" json:"highThreshold" yaml:"highThreshold"`
	LowThreshold       *float64                 `field:"optional" json:"lowThreshold" yaml:"lowThreshold"`
	MediumThreshold    *float64                 `field:"optional" json:"mediumThreshold" yaml:"mediumThreshold"`
	Input              awscodepipeline.Artifact `field:"required" json:"input" yaml:"input"`
}

// InspectorScanActionBase is the base of the Inspector scan actions: the
// embedding type defines RenderActionConfiguration.
type InspectorScanActionBase interface {
	Action
	Props() *InspectorScanActionBaseProps
	Variables() *InspectorScanVariables
	RenderActionConfiguration() *map[string]interface{}
}

type inspectorBase struct {
	awscodepipeline.Action
	provided *awscodepipeline.ActionProperties
	props    InspectorScanActionBaseProps
	outer    InspectorScanActionBase
	// render and extra are the concrete scan's configuration and permissions.
	render func() *ojson.Object
	extra  func(options *awscodepipeline.ActionBindOptions)
}

func newInspectorBase(props InspectorScanActionBaseProps, inputs *[]awscodepipeline.Artifact) *inspectorBase {
	if props.Output == nil {
		requireProps("InspectorScanActionBaseProps", "ActionName", "Output")
	}
	b := &inspectorBase{props: props}
	b.provided = &awscodepipeline.ActionProperties{
		ActionName: props.ActionName, RunOrder: props.RunOrder, VariablesNamespace: props.VariablesNamespace, Role: props.Role,
		Category: awscodepipeline.ActionCategory_INVOKE, Provider: jsii.String("InspectorScan"), ArtifactBounds: bounds(0, 1, 1, 1),
		Outputs: &[]awscodepipeline.Artifact{props.Output}, Inputs: inputs,
	}
	awscodepipeline.NewAction_Override(b)
	return b
}

// NewInspectorScanActionBase_Override sets up outer, a type embedding
// InspectorScanActionBase that defines RenderActionConfiguration.
func NewInspectorScanActionBase_Override(outer InspectorScanActionBase, props *InspectorScanActionBaseProps) {
	if props == nil {
		requireProps("InspectorScanActionBaseProps", "ActionName", "Output")
	}
	b := newInspectorBase(*props, nil)
	b.outer = outer
	b.render = func() *ojson.Object {
		o := ojson.New()
		if m := outer.RenderActionConfiguration(); m != nil {
			keys := make([]string, 0, len(*m))
			for k := range *m {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				o.Set(k, (*m)[k])
			}
		}
		return o
	}
	overrideAction[InspectorScanActionBase](outer, b)
}

func (b *inspectorBase) ProvidedActionProperties() *awscodepipeline.ActionProperties {
	return b.provided
}
func (b *inspectorBase) Props() *InspectorScanActionBaseProps { return &b.props }

func (b *inspectorBase) Variables() *InspectorScanVariables {
	return &InspectorScanVariables{HighestScannedSeverity: b.VariableExpression(jsii.String("HighestScannedSeverity"))}
}

// RenderActionConfiguration is defined by the concrete scan.
func (b *inspectorBase) RenderActionConfiguration() *map[string]interface{} {
	if b.outer == nil && b.render != nil {
		m := map[string]interface{}{}
		o := b.render()
		for _, k := range o.Keys() {
			m[k], _ = o.Get(k)
		}
		return &m
	}
	diag.Panic("", "an InspectorScanActionBase must define RenderActionConfiguration")
	return nil
}

func (b *inspectorBase) Bound(scope constructs.Construct, stage awscodepipeline.IStage, options *awscodepipeline.ActionBindOptions) *awscodepipeline.ActionConfig {
	options.Role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Resources: jsii.Strings("*"),
		Actions: jsii.Strings("inspector-scan:ScanSbom")}))
	logGroupStatements(scope, stage, options.Role)
	ap := b.ActionProperties()
	if ap.Outputs != nil && len(*ap.Outputs) > 0 {
		options.Bucket.GrantWrite(options.Role, nil, nil)
	}
	cfg := b.render()
	for _, t := range []struct {
		k string
		v *float64
	}{{"CriticalThreshold", b.props.CriticalThreshold}, {"HighThreshold", b.props.HighThreshold},
		{"MediumThreshold", b.props.MediumThreshold}, {"LowThreshold", b.props.LowThreshold}} {
		if t.v != nil {
			cfg.Set(t.k, t.v)
		}
	}
	if b.extra != nil {
		b.extra(options)
	}
	return &awscodepipeline.ActionConfig{Configuration: cfg}
}

// InspectorEcrImageScanAction scans an ECR image with Amazon Inspector.
type InspectorEcrImageScanAction interface {
	InspectorScanActionBase
}

// NewInspectorEcrImageScanAction makes an Inspector ECR image scan action.
func NewInspectorEcrImageScanAction(props *InspectorEcrImageScanActionProps) InspectorEcrImageScanAction {
	if props == nil || props.Repository == nil {
		requireProps("InspectorEcrImageScanActionProps", "ActionName", "Output", "Repository")
	}
	b := newInspectorBase(InspectorScanActionBaseProps{ActionName: props.ActionName, RunOrder: props.RunOrder, VariablesNamespace: props.VariablesNamespace,
		Role: props.Role, Output: props.Output, CriticalThreshold: props.CriticalThreshold, HighThreshold: props.HighThreshold,
		LowThreshold: props.LowThreshold, MediumThreshold: props.MediumThreshold}, nil)
	repo := props.Repository
	b.render = func() *ojson.Object {
		o := ojson.New()
		o.Set("InspectorRunMode", "ECRImageScan")
		o.Set("ECRRepositoryName", repo.RepositoryRef().RepositoryName)
		if props.ImageTag != nil {
			o.Set("ImageTag", props.ImageTag)
		}
		return o
	}
	b.extra = func(options *awscodepipeline.ActionBindOptions) {
		options.Role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Resources: &[]*string{repo.RepositoryRef().RepositoryArn},
			Actions: jsii.Strings("ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage", "ecr:BatchCheckLayerAvailability")}))
		awsecr.AuthorizationToken_GrantRead(options.Role)
	}
	return b
}

// NewInspectorEcrImageScanAction_Override initialises outer, a type embedding InspectorEcrImageScanAction.
func NewInspectorEcrImageScanAction_Override(x InspectorEcrImageScanAction, props *InspectorEcrImageScanActionProps) {
	overrideAction(x, NewInspectorEcrImageScanAction(props))
}

// InspectorSourceCodeScanAction scans source code with Amazon Inspector.
type InspectorSourceCodeScanAction interface {
	InspectorScanActionBase
}

// NewInspectorSourceCodeScanAction makes an Inspector source code scan action.
func NewInspectorSourceCodeScanAction(props *InspectorSourceCodeScanActionProps) InspectorSourceCodeScanAction {
	if props == nil || props.Input == nil {
		requireProps("InspectorSourceCodeScanActionProps", "ActionName", "Input", "Output")
	}
	b := newInspectorBase(InspectorScanActionBaseProps{ActionName: props.ActionName, RunOrder: props.RunOrder, VariablesNamespace: props.VariablesNamespace,
		Role: props.Role, Output: props.Output, CriticalThreshold: props.CriticalThreshold, HighThreshold: props.HighThreshold,
		LowThreshold: props.LowThreshold, MediumThreshold: props.MediumThreshold}, &[]awscodepipeline.Artifact{props.Input})
	b.render = func() *ojson.Object {
		o := ojson.New()
		o.Set("InspectorRunMode", "SourceCodeScan")
		return o
	}
	b.extra = func(options *awscodepipeline.ActionBindOptions) {
		if ap := b.ActionProperties(); ap.Inputs != nil && len(*ap.Inputs) > 0 {
			options.Bucket.GrantRead(options.Role, nil)
		}
	}
	return b
}

// NewInspectorSourceCodeScanAction_Override initialises outer, a type embedding InspectorSourceCodeScanAction.
func NewInspectorSourceCodeScanAction_Override(x InspectorSourceCodeScanAction, props *InspectorSourceCodeScanActionProps) {
	overrideAction(x, NewInspectorSourceCodeScanAction(props))
}
