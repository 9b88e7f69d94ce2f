package awscodepipelineactions

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscodepipeline"
	"github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/internal/tokens"
	"github.com/strata-cdk/strata/jsii"
)

// IJenkinsProvider is a Jenkins server registered as a CodePipeline custom action provider.
type IJenkinsProvider interface {
	constructs.IConstruct
	ProviderName() *string
	ServerUrl() *string
	Version() *string
}

// BaseJenkinsProvider is the base of Jenkins providers.
type BaseJenkinsProvider interface {
	constructs.Construct
	IJenkinsProvider
}

// JenkinsProvider registers the custom action types a Jenkins server serves.
type JenkinsProvider interface {
	BaseJenkinsProvider
}

// JenkinsProviderProps are the props of NewJenkinsProvider.
type JenkinsProviderProps struct {
	ProviderName *string `field:"required" json:"providerName" yaml:"providerName"`
	ServerUrl    *string `field:"required" json:"serverUrl" yaml:"serverUrl"`
	// Register the build action type now. Default: when a build action uses it.
	ForBuild *bool `field:"optional" json:"forBuild" yaml:"forBuild"`
	ForTest  *bool `field:"optional" json:"forTest" yaml:"forTest"`
	// Default: "1".
	Version *string `field:"optional" json:"version" yaml:"version"`
}

// JenkinsProviderAttributes describe a provider registered elsewhere.
type JenkinsProviderAttributes struct {
	ProviderName *string `field:"required" json:"providerName" yaml:"providerName"`
	ServerUrl    *string `field:"required" json:"serverUrl" yaml:"serverUrl"`
	Version      *string `field:"optional" json:"version" yaml:"version"`
}

// jenkinsRegistrar registers the custom action type of a category once.
type jenkinsRegistrar interface {
	registerBuild()
	registerTest()
}

type jenkinsProvider struct {
	constructs.Construct
	name, url, version *string
	imported           bool
	build, test        bool
}

func newJenkinsBase(scope constructs.Construct, id *string, version *string) *jenkinsProvider {
	p := &jenkinsProvider{Construct: constructs.NewConstruct(scope, id), version: version}
	if version == nil || *version == "" {
		p.version = jsii.String("1")
	}
	host.Set(p.Construct, p)
	return p
}

// NewJenkinsProvider registers a Jenkins provider.
func NewJenkinsProvider(scope constructs.Construct, id *string, props *JenkinsProviderProps) JenkinsProvider {
	if props == nil {
		l2.RequireProps(scope, id, "JenkinsProviderProps", "ProviderName", "ServerUrl")
	}
	p := newJenkinsBase(scope, id, props.Version)
	p.name, p.url = props.ProviderName, props.ServerUrl
	if props.ForBuild != nil && *props.ForBuild {
		p.registerBuild()
	}
	if props.ForTest != nil && *props.ForTest {
		p.registerTest()
	}
	return p
}

// NewJenkinsProvider_Override initialises outer, a type embedding JenkinsProvider.
func NewJenkinsProvider_Override(j JenkinsProvider, scope constructs.Construct, id *string, props *JenkinsProviderProps) {
	overrideAction(j, NewJenkinsProvider(scope, id, props))
}

// NewBaseJenkinsProvider_Override initialises outer, a type embedding
// BaseJenkinsProvider, as a provider registering nothing itself.
func NewBaseJenkinsProvider_Override(b BaseJenkinsProvider, scope constructs.Construct, id *string, version *string) {
	p := newJenkinsBase(scope, id, version)
	p.imported = true
	overrideAction[BaseJenkinsProvider](b, p)
}

// JenkinsProvider_FromJenkinsProviderAttributes refers to a provider registered elsewhere.
func JenkinsProvider_FromJenkinsProviderAttributes(scope constructs.Construct, id *string, attrs *JenkinsProviderAttributes) IJenkinsProvider {
	if attrs == nil {
		l2.RequireArg(scope, "JenkinsProvider_FromJenkinsProviderAttributes", "attributes")
	}
	p := newJenkinsBase(scope, id, attrs.Version)
	p.name, p.url, p.imported = attrs.ProviderName, attrs.ServerUrl, true
	return p
}

// JenkinsProvider_IsConstruct reports whether x is a construct.
func JenkinsProvider_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// BaseJenkinsProvider_IsConstruct reports whether x is a construct.
func BaseJenkinsProvider_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

func (p *jenkinsProvider) ProviderName() *string { return p.name }
func (p *jenkinsProvider) ServerUrl() *string    { return p.url }
func (p *jenkinsProvider) Version() *string      { return p.version }

func (p *jenkinsProvider) registerBuild() {
	if p.imported || p.build {
		return
	}
	p.build = true
	p.register("JenkinsBuildProviderResource", awscodepipeline.ActionCategory_BUILD)
}

func (p *jenkinsProvider) registerTest() {
	if p.imported || p.test {
		return
	}
	p.test = true
	p.register("JenkinsTestProviderResource", awscodepipeline.ActionCategory_TEST)
}

func appendToURL(base, path string) string {
	if strings.HasSuffix(base, "/") {
		return base + path
	}
	return base + "/" + path
}

func (p *jenkinsProvider) register(id string, category awscodepipeline.ActionCategory) {
	url := deref(p.url)
	awscodepipeline.NewCustomActionRegistration(p, jsii.String(id), &awscodepipeline.CustomActionRegistrationProps{
		Category: category, ArtifactBounds: bounds(0, 5, 0, 5), Provider: p.name, Version: p.version,
		EntityUrl:    jsii.String(appendToURL(url, "job/{Config:ProjectName}")),
		ExecutionUrl: jsii.String(appendToURL(url, "job/{Config:ProjectName}/{ExternalExecutionId}")),
		ActionProperties: &[]*awscodepipeline.CustomActionProperty{{Name: jsii.String("ProjectName"), Required: jsii.Bool(true),
			Key: jsii.Bool(true), Queryable: jsii.Bool(true)}},
	})
}

// JenkinsActionType is whether a Jenkins action builds or tests.
type JenkinsActionType string

const (
	JenkinsActionType_BUILD JenkinsActionType = "BUILD"
	JenkinsActionType_TEST  JenkinsActionType = "TEST"
)

// JenkinsActionProps are the props of NewJenkinsAction.
type JenkinsActionProps struct {
	ActionName         *string                     `field:"required" json:"actionName" yaml:"actionName"`
	RunOrder           *float64                    `field:"optional" json:"runOrder" yaml:"runOrder"`
	VariablesNamespace *string                     `field:"optional" json:"variablesNamespace" yaml:"variablesNamespace"`
	JenkinsProvider    IJenkinsProvider            `field:"required" json:"jenkinsProvider" yaml:"jenkinsProvider"`
	ProjectName        *string                     `field:"required" json:"projectName" yaml:"projectName"`
	Type               JenkinsActionType           `field:"required" json:"type" yaml:"type"`
	Inputs             *[]awscodepipeline.Artifact `field:"optional" json:"inputs" yaml:"inputs"`
	Outputs            *[]awscodepipeline.Artifact `field:"optional" json:"outputs" yaml:"outputs"`
}

// JenkinsAction runs a Jenkins project as a build or test action.
type JenkinsAction interface {
	Action
}

type jenkinsAction struct {
	awscodepipeline.Action
	provided *awscodepipeline.ActionProperties
	props    JenkinsActionProps
}

// NewJenkinsAction makes a Jenkins action.
func NewJenkinsAction(props *JenkinsActionProps) JenkinsAction {
	if props == nil || props.JenkinsProvider == nil {
		requireProps("JenkinsActionProps", "ActionName", "JenkinsProvider", "ProjectName", "Type")
	}
	category := awscodepipeline.ActionCategory_TEST
	if props.Type == JenkinsActionType_BUILD {
		category = awscodepipeline.ActionCategory_BUILD
	}
	a := &jenkinsAction{props: *props}
	a.provided = &awscodepipeline.ActionProperties{
		ActionName: props.ActionName, RunOrder: props.RunOrder, VariablesNamespace: props.VariablesNamespace,
		Category: category, Provider: props.JenkinsProvider.ProviderName(), Owner: jsii.String("Custom"),
		ArtifactBounds: bounds(0, 5, 0, 5), Version: props.JenkinsProvider.Version(), Inputs: props.Inputs, Outputs: props.Outputs,
	}
	awscodepipeline.NewAction_Override(a)
	return a
}

// NewJenkinsAction_Override initialises outer, a type embedding JenkinsAction.
func NewJenkinsAction_Override(j JenkinsAction, props *JenkinsActionProps) {
	overrideAction(j, NewJenkinsAction(props))
}

func (a *jenkinsAction) ProvidedActionProperties() *awscodepipeline.ActionProperties {
	return a.provided
}

func (a *jenkinsAction) Bound(constructs.Construct, awscodepipeline.IStage, *awscodepipeline.ActionBindOptions) *awscodepipeline.ActionConfig {
	if r, ok := a.props.JenkinsProvider.(jenkinsRegistrar); ok {
		if a.ActionProperties().Category == awscodepipeline.ActionCategory_BUILD {
			r.registerBuild()
		} else {
			r.registerTest()
		}
	}
	cfg := ojson.New()
	cfg.Set("ProjectName", a.props.ProjectName)
	return &awscodepipeline.ActionConfig{Configuration: cfg}
}

// Ec2InstanceType is what an EC2 deploy action deploys to.
type Ec2InstanceType string

const (
	Ec2InstanceType_EC2              Ec2InstanceType = "EC2"
	Ec2InstanceType_SSM_MANAGED_NODE Ec2InstanceType = "SSM_MANAGED_NODE"
)

// Ec2MaxInstances is a number or percentage of instances.
type Ec2MaxInstances interface {
	Value() *string
}

type ec2MaxInstances struct{ value *string }

func (m *ec2MaxInstances) Value() *string { return m.value }

func isWhole(f float64) bool { return f == float64(int64(f)) }

// Ec2MaxInstances_Targets is a number of instances (a positive integer).
func Ec2MaxInstances_Targets(targets *float64) Ec2MaxInstances {
	if targets == nil {
		diag.Panic("", "targets must be a positive integer. got undefined")
	}
	if !tokens.IsNumberToken(*targets) && !(*targets >= 1 && isWhole(*targets)) {
		diag.Panic("", "targets must be a positive integer. got %v", *targets)
	}
	return &ec2MaxInstances{value: awscdk.Tokenization_StringifyNumber(targets)}
}

// Ec2MaxInstances_Percentage is a percentage of instances (1 to 100).
func Ec2MaxInstances_Percentage(percentage *float64) Ec2MaxInstances {
	if percentage == nil {
		diag.Panic("", "percentage must be a positive integer between 1 and 100. got undefined")
	}
	if !tokens.IsNumberToken(*percentage) && !(*percentage >= 1 && *percentage <= 100 && isWhole(*percentage)) {
		diag.Panic("", "percentage must be a positive integer between 1 and 100. got %v", *percentage)
	}
	return &ec2MaxInstances{value: jsii.String(*awscdk.Tokenization_StringifyNumber(percentage) + "%")}
}

// Ec2DeploySpecificationsInlineProps are the props of Ec2DeploySpecifications_Inline.
type Ec2DeploySpecificationsInlineProps struct {
	PostScript      *string `field:"required" json:"postScript" yaml:"postScript"`
	TargetDirectory *string `field:"required" json:"targetDirectory" yaml:"targetDirectory"`
	PreScript       *string `field:"optional" json:"preScript" yaml:"preScript"`
}

// Ec2DeploySpecifications are where and how an EC2 deploy action installs the artifact.
type Ec2DeploySpecifications interface {
	Bind(scope constructs.Construct) interface{}
}

type ec2InlineSpecs struct {
	props Ec2DeploySpecificationsInlineProps
}

// Ec2DeploySpecifications_Inline gives the target directory and scripts inline.
func Ec2DeploySpecifications_Inline(props *Ec2DeploySpecificationsInlineProps) Ec2DeploySpecifications {
	if props == nil {
		diag.Panic("", "Ec2DeploySpecificationsInlineProps needs props (PostScript, TargetDirectory are required); got nil")
	}
	return &ec2InlineSpecs{props: *props}
}

// Bind returns the configuration keys, in CodePipeline's casing.
func (s *ec2InlineSpecs) Bind(scope constructs.Construct) interface{} {
	dir := deref(s.props.TargetDirectory)
	if !*awscdk.Token_IsUnresolved(dir) && !strings.HasPrefix(dir, "/") {
		l2.Throw(scope, "The targetDirectory must be an absolute path.")
	}
	o := ojson.New()
	o.Set("TargetDirectory", s.props.TargetDirectory)
	if s.props.PreScript != nil {
		o.Set("PreScript", s.props.PreScript)
	}
	o.Set("PostScript", s.props.PostScript)
	return o
}

// Ec2DeployActionProps are the props of NewEc2DeployAction.
type Ec2DeployActionProps struct {
	ActionName           *string                                   `field:"required" json:"actionName" yaml:"actionName"`
	RunOrder             *float64                                  `field:"optional" json:"runOrder" yaml:"runOrder"`
	VariablesNamespace   *string                                   `field:"optional" json:"variablesNamespace" yaml:"variablesNamespace"`
	Role                 awsiam.IRole                              `field:"optional" json:"role" yaml:"role"`
	DeploySpecifications Ec2DeploySpecifications                   `field:"required" json:"deploySpecifications" yaml:"deploySpecifications"`
	Input                awscodepipeline.Artifact                  `field:"required" json:"input" yaml:"input"`
	InstanceTagKey       *string                                   `field:"required" json:"instanceTagKey" yaml:"instanceTagKey"`
	InstanceType         Ec2InstanceType                           `field:"required" json:"instanceType" yaml:"instanceType"`
	InstanceTagValue     *string                                   `field:"optional" json:"instanceTagValue" yaml:"instanceTagValue"`
	MaxBatch             Ec2MaxInstances                           `field:"optional" json:"maxBatch" yaml:"maxBatch"`
	MaxError             Ec2MaxInstances                           `field:"optional" json:"maxError" yaml:"maxError"`
	TargetGroups         *[]awselasticloadbalancingv2.ITargetGroup `field:"optional" json:"targetGroups" yaml:"targetGroups"`
}

// Ec2DeployAction deploys an artifact to EC2 instances (or SSM managed nodes) by tag.
type Ec2DeployAction interface {
	Action
}

type ec2DeployAction struct {
	awscodepipeline.Action
	provided *awscodepipeline.ActionProperties
	props    Ec2DeployActionProps
}

// NewEc2DeployAction makes an EC2 deploy action.
func NewEc2DeployAction(props *Ec2DeployActionProps) Ec2DeployAction {
	if props == nil || props.Input == nil || props.DeploySpecifications == nil {
		requireProps("Ec2DeployActionProps", "ActionName", "DeploySpecifications", "Input", "InstanceTagKey", "InstanceType")
	}
	a := &ec2DeployAction{props: *props}
	a.provided = &awscodepipeline.ActionProperties{
		ActionName: props.ActionName, RunOrder: props.RunOrder, VariablesNamespace: props.VariablesNamespace, Role: props.Role,
		Category: awscodepipeline.ActionCategory_DEPLOY, Provider: jsii.String("EC2"), ArtifactBounds: deployBounds(),
		Inputs: &[]awscodepipeline.Artifact{props.Input},
	}
	awscodepipeline.NewAction_Override(a)
	return a
}

// NewEc2DeployAction_Override initialises outer, a type embedding Ec2DeployAction.
func NewEc2DeployAction_Override(e Ec2DeployAction, props *Ec2DeployActionProps) {
	overrideAction(e, NewEc2DeployAction(props))
}

func (a *ec2DeployAction) ProvidedActionProperties() *awscodepipeline.ActionProperties {
	return a.provided
}

func (a *ec2DeployAction) Bound(scope constructs.Construct, stage awscodepipeline.IStage, options *awscodepipeline.ActionBindOptions) *awscodepipeline.ActionConfig {
	p := a.props
	if p.InstanceTagKey == nil || *awscdk.Token_IsUnresolved(*p.InstanceTagKey) {
		l2.Throw(scope, "The instanceTagKey must be a non-empty concrete value.")
	}
	stack := awscdk.Stack_Of(scope)
	role := options.Role
	role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Resources: jsii.Strings("*"),
		Actions: jsii.Strings("ec2:DescribeInstances", "elasticloadbalancing:DescribeTargetGroupAttributes", "elasticloadbalancing:DescribeTargetGroups",
			"elasticloadbalancing:DescribeTargetHealth", "ssm:CancelCommand", "ssm:DescribeInstanceInformation", "ssm:ListCommandInvocations")}))
	role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: jsii.Strings("logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"),
		Resources: &[]*string{stack.FormatArn(&awscdk.ArnComponents{Service: jsii.String("logs"), Resource: jsii.String("log-group"),
			ResourceName: jsii.String("/aws/codepipeline/" + *stage.Pipeline().PipelineName() + ":*"), ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME})}}))
	tagKey := "aws:ResourceTag/" + *p.InstanceTagKey
	cond := map[string]interface{}{"Null": map[string]interface{}{tagKey: "false"}}
	if p.InstanceTagValue != nil && *p.InstanceTagValue != "" {
		cond = map[string]interface{}{"StringEquals": map[string]interface{}{tagKey: p.InstanceTagValue}}
	}
	role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("ssm:SendCommand"),
		Resources:  &[]*string{stack.FormatArn(&awscdk.ArnComponents{Service: jsii.String("ec2"), Resource: jsii.String("instance"), ResourceName: jsii.String("*")})},
		Conditions: &cond}))
	role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("ssm:SendCommand"),
		Resources: &[]*string{
			stack.FormatArn(&awscdk.ArnComponents{Service: jsii.String("ssm"), Account: jsii.String(""), Resource: jsii.String("document/AWS-RunPowerShellScript")}),
			stack.FormatArn(&awscdk.ArnComponents{Service: jsii.String("ssm"), Account: jsii.String(""), Resource: jsii.String("document/AWS-RunShellScript")}),
		}}))
	var tgNames []string
	if p.TargetGroups != nil && len(*p.TargetGroups) > 0 {
		arns := make([]*string, len(*p.TargetGroups))
		for i, tg := range *p.TargetGroups {
			arns[i] = tg.TargetGroupArn()
			tgNames = append(tgNames, *tg.TargetGroupName())
		}
		role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Actions: jsii.Strings("elasticloadbalancing:DeregisterTargets", "elasticloadbalancing:RegisterTargets"), Resources: &arns}))
	}
	cfg := ojson.New()
	cfg.Set("InstanceTagKey", p.InstanceTagKey)
	if p.InstanceTagValue != nil {
		cfg.Set("InstanceTagValue", p.InstanceTagValue)
	}
	cfg.Set("InstanceType", string(p.InstanceType))
	if p.MaxBatch != nil {
		cfg.Set("MaxBatch", p.MaxBatch.Value())
	}
	if p.MaxError != nil {
		cfg.Set("MaxError", p.MaxError.Value())
	}
	if len(tgNames) > 0 {
		cfg.Set("TargetGroupNameList", strings.Join(tgNames, ","))
	}
	switch spec := p.DeploySpecifications.Bind(scope).(type) {
	case *ojson.Object:
		for _, k := range spec.Keys() {
			v, _ := spec.Get(k)
			cfg.Set(k, v)
		}
	case map[string]interface{}:
		for _, k := range sortedKeys(spec) {
			cfg.Set(k, spec[k])
		}
	case *map[string]interface{}:
		if spec != nil {
			for _, k := range sortedKeys(*spec) {
				cfg.Set(k, (*spec)[k])
			}
		}
	}
	return &awscodepipeline.ActionConfig{Configuration: cfg}
}

// NewEc2MaxInstances_Override sets up outer, a type embedding
// Ec2MaxInstances; the base has no value until outer defines Value.
func NewEc2MaxInstances_Override(e Ec2MaxInstances) {
	overrideAction[Ec2MaxInstances](e, &ec2MaxInstances{})
}

type ec2SpecsBase struct{}

func (ec2SpecsBase) Bind(constructs.Construct) interface{} {
	diag.Panic("", "an Ec2DeploySpecifications must define Bind")
	return nil
}

// NewEc2DeploySpecifications_Override sets up outer, a type embedding
// Ec2DeploySpecifications that defines Bind.
func NewEc2DeploySpecifications_Override(e Ec2DeploySpecifications) {
	overrideAction[Ec2DeploySpecifications](e, ec2SpecsBase{})
}
