package awscodepipelineactions

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscodepipeline"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/internal/tokens"
	"github.com/strata-cdk/strata/jsii"
)

// StackSetTemplate is the template of a stack set.
type StackSetTemplate interface{}

// StackInstances are the accounts or organizational units and regions of stack instances.
type StackInstances interface{}

// StackSetParameters are the parameters of a stack set.
type StackSetParameters interface{}

// StackSetDeploymentModel is how a stack set is deployed (self-managed or Organizations).
type StackSetDeploymentModel interface{}

// StackSetOrganizationsAutoDeployment is whether new organization accounts get instances.
type StackSetOrganizationsAutoDeployment string

const (
	StackSetOrganizationsAutoDeployment_ENABLED                      StackSetOrganizationsAutoDeployment = "ENABLED"
	StackSetOrganizationsAutoDeployment_DISABLED                     StackSetOrganizationsAutoDeployment = "DISABLED"
	StackSetOrganizationsAutoDeployment_ENABLED_WITH_STACK_RETENTION StackSetOrganizationsAutoDeployment = "ENABLED_WITH_STACK_RETENTION"
)

var autoDeploymentValues = map[StackSetOrganizationsAutoDeployment]string{
	StackSetOrganizationsAutoDeployment_ENABLED: "Enabled", StackSetOrganizationsAutoDeployment_DISABLED: "Disabled",
	StackSetOrganizationsAutoDeployment_ENABLED_WITH_STACK_RETENTION: "EnabledWithStackRetention",
}

// OrganizationsDeploymentProps configure StackSetDeploymentModel_Organizations.
type OrganizationsDeploymentProps struct {
	AutoDeployment StackSetOrganizationsAutoDeployment `field:"optional" json:"autoDeployment" yaml:"autoDeployment"`
}

// SelfManagedDeploymentProps configure StackSetDeploymentModel_SelfManaged.
type SelfManagedDeploymentProps struct {
	// Default: a new role.
	AdministrationRole awsiam.IRole `field:"optional" json:"administrationRole" yaml:"administrationRole"`
	// Default: "AWSCloudFormationStackSetExecutionRole".
	ExecutionRoleName *string `field:"optional" json:"executionRoleName" yaml:"executionRoleName"`
}

// CommonCloudFormationStackSetOptions are the options both stack set actions take.
type CommonCloudFormationStackSetOptions struct {
	FailureTolerancePercentage      *float64 `field:"optional" json:"failureTolerancePercentage" yaml:"failureTolerancePercentage"`
	MaxAccountConcurrencyPercentage *float64 `field:"optional" json:"maxAccountConcurrencyPercentage" yaml:"maxAccountConcurrencyPercentage"`
	StackSetRegion                  *string  `field:"optional" json:"stackSetRegion" yaml:"stackSetRegion"`
}

// stackSetPart is what the stack set helper types share: the artifacts
// they read, a rendering, and configuration keys added on bind.
type stackSetPart struct {
	artifacts []awscodepipeline.Artifact
	render    func() interface{}
	bind      func(scope constructs.Construct) (*ojson.Object, []awsiam.IRole)
}

func partOf(x interface{}) *stackSetPart {
	if p, ok := x.(*stackSetPart); ok {
		return p
	}
	return nil
}

// StackSetTemplate_FromArtifactPath reads the template from a file of an artifact.
func StackSetTemplate_FromArtifactPath(artifactPath awscodepipeline.ArtifactPath) StackSetTemplate {
	return &stackSetPart{artifacts: []awscodepipeline.Artifact{artifactPath.Artifact()},
		render: func() interface{} { return artifactPath.Location() }}
}

func instancesConfig(targets interface{}, regions *[]*string) *ojson.Object {
	o := ojson.New()
	o.Set("DeploymentTargets", targets)
	o.Set("Regions", joinStrings(regions, ","))
	return o
}

func joinStrings(l *[]*string, sep string) string {
	if l == nil {
		return ""
	}
	parts := make([]string, len(*l))
	for i, s := range *l {
		parts[i] = deref(s)
	}
	return strings.Join(parts, sep)
}

// StackInstances_FromArtifactPath reads the targets from a file of an artifact.
func StackInstances_FromArtifactPath(artifactPath awscodepipeline.ArtifactPath, regions *[]*string) StackInstances {
	if regions == nil || len(*regions) == 0 {
		diag.Panic("", "'regions' may not be an empty list")
	}
	return &stackSetPart{artifacts: []awscodepipeline.Artifact{artifactPath.Artifact()},
		bind: func(constructs.Construct) (*ojson.Object, []awsiam.IRole) {
			return instancesConfig(artifactPath.Location(), regions), nil
		}}
}

func stackInstancesFromList(targets, regions *[]*string) StackInstances {
	if targets == nil || len(*targets) == 0 {
		diag.Panic("", "'targets' may not be an empty list")
	}
	if regions == nil || len(*regions) == 0 {
		diag.Panic("", "'regions' may not be an empty list")
	}
	return &stackSetPart{bind: func(constructs.Construct) (*ojson.Object, []awsiam.IRole) {
		return instancesConfig(joinStrings(targets, ","), regions), nil
	}}
}

// StackInstances_InAccounts deploys instances to accounts in regions.
func StackInstances_InAccounts(accounts *[]*string, regions *[]*string) StackInstances {
	return stackInstancesFromList(accounts, regions)
}

// StackInstances_InOrganizationalUnits deploys instances to organizational units in regions.
func StackInstances_InOrganizationalUnits(ous *[]*string, regions *[]*string) StackInstances {
	return stackInstancesFromList(ous, regions)
}

// StackSetParameters_FromLiteral gives the parameters inline; keys come in
// sorted order, as aws-cdk-go hands a Go map to aws-cdk-lib.
func StackSetParameters_FromLiteral(parameters *map[string]*string, usePreviousValues *[]*string) StackSetParameters {
	return &stackSetPart{render: func() interface{} {
		var parts []string
		if parameters != nil {
			m := make(map[string]interface{}, len(*parameters))
			for k, v := range *parameters {
				m[k] = v
			}
			for _, k := range sortedKeys(m) {
				parts = append(parts, "ParameterKey="+k+",ParameterValue="+deref((*parameters)[k]))
			}
		}
		if usePreviousValues != nil {
			for _, k := range *usePreviousValues {
				parts = append(parts, "ParameterKey="+deref(k)+",UsePreviousValue=true")
			}
		}
		return strings.Join(parts, " ")
	}}
}

// StackSetParameters_FromArtifactPath reads the parameters from a file of an artifact.
func StackSetParameters_FromArtifactPath(artifactPath awscodepipeline.ArtifactPath) StackSetParameters {
	return &stackSetPart{artifacts: []awscodepipeline.Artifact{artifactPath.Artifact()},
		render: func() interface{} { return artifactPath.Location() }}
}

// StackSetDeploymentModel_Organizations deploys through AWS Organizations (service-managed).
func StackSetDeploymentModel_Organizations(props *OrganizationsDeploymentProps) StackSetDeploymentModel {
	if props == nil {
		props = &OrganizationsDeploymentProps{}
	}
	p := *props
	return &stackSetPart{bind: func(constructs.Construct) (*ojson.Object, []awsiam.IRole) {
		o := ojson.New()
		o.Set("PermissionModel", "SERVICE_MANAGED")
		if p.AutoDeployment != "" {
			v, ok := autoDeploymentValues[p.AutoDeployment]
			if !ok {
				v = string(p.AutoDeployment)
			}
			o.Set("OrganizationsAutoDeployment", v)
		}
		return o, nil
	}}
}

// StackSetDeploymentModel_SelfManaged deploys with an administration role
// assuming an execution role in each target account.
func StackSetDeploymentModel_SelfManaged(props *SelfManagedDeploymentProps) StackSetDeploymentModel {
	if props == nil {
		props = &SelfManagedDeploymentProps{}
	}
	p := *props
	return &stackSetPart{bind: func(scope constructs.Construct) (*ojson.Object, []awsiam.IRole) {
		role := p.AdministrationRole
		if role == nil {
			role = awsiam.NewRole(scope, jsii.String("StackSetAdministrationRole"), &awsiam.RoleProps{
				AssumedBy: awsiam.NewServicePrincipal(jsii.String("cloudformation.amazonaws.com"), &awsiam.ServicePrincipalOpts{
					Conditions: &map[string]interface{}{"StringLike": map[string]interface{}{
						"aws:SourceArn": "arn:" + *awscdk.Aws_PARTITION() + ":cloudformation:*:" + *awscdk.Aws_ACCOUNT_ID() + ":stackset/*"}}})})
			exec := "AWSCloudFormationStackSetExecutionRole"
			if p.ExecutionRoleName != nil {
				exec = *p.ExecutionRoleName
			}
			role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("sts:AssumeRole"),
				Resources: jsii.Strings("arn:" + *awscdk.Aws_PARTITION() + ":iam::*:role/" + exec)}))
		}
		o := ojson.New()
		o.Set("PermissionModel", "SELF_MANAGED")
		o.Set("AdministrationRoleArn", role.RoleArn())
		if p.ExecutionRoleName != nil {
			o.Set("ExecutionRoleName", p.ExecutionRoleName)
		}
		return o, []awsiam.IRole{role}
	}}
}

func validatePercentage(name string, v *float64) {
	if v == nil || tokens.IsNumberToken(*v) {
		return
	}
	if *v < 0 || *v > 100 || !isWhole(*v) {
		diag.Panic("", "'%s': must be a whole number between 0 and 100, got: %v", name, *v)
	}
}

func mergeInto(dst, src *ojson.Object) {
	if src == nil {
		return
	}
	for _, k := range src.Keys() {
		v, _ := src.Get(k)
		dst.Set(k, v)
	}
}

func (sp *singletonPolicy) grantCreateUpdateStackSet(stackSetName *string) {
	st := sp.statementFor([]string{"cloudformation:CreateStackSet", "cloudformation:UpdateStackSet", "cloudformation:DescribeStackSet",
		"cloudformation:DescribeStackSetOperation", "cloudformation:ListStackInstances", "cloudformation:CreateStackInstances"}, nil)
	st.AddResources(awscdk.Stack_Of(sp).FormatArn(&awscdk.ArnComponents{Service: jsii.String("cloudformation"), Resource: jsii.String("stackset"),
		ResourceName: jsii.String(deref(stackSetName) + ":*")}))
}

func artifactsOf(parts ...interface{}) []awscodepipeline.Artifact {
	var out []awscodepipeline.Artifact
	for _, x := range parts {
		if p := partOf(x); p != nil {
			out = append(out, p.artifacts...)
		}
	}
	return out
}

// CloudFormationDeployStackSetActionProps are the props of NewCloudFormationDeployStackSetAction.
type CloudFormationDeployStackSetActionProps struct {
	ActionName                      *string                   `field:"required" json:"actionName" yaml:"actionName"`
	RunOrder                        *float64                  `field:"optional" json:"runOrder" yaml:"runOrder"`
	VariablesNamespace              *string                   `field:"optional" json:"variablesNamespace" yaml:"variablesNamespace"`
	Role                            awsiam.IRole              `field:"optional" json:"role" yaml:"role"`
	FailureTolerancePercentage      *float64                  `field:"optional" json:"failureTolerancePercentage" yaml:"failureTolerancePercentage"`
	MaxAccountConcurrencyPercentage *float64                  `field:"optional" json:"maxAccountConcurrencyPercentage" yaml:"maxAccountConcurrencyPercentage"`
	StackSetRegion                  *string                   `field:"optional" json:"stackSetRegion" yaml:"stackSetRegion"`
	StackSetName                    *string                   `field:"required" json:"stackSetName" yaml:"stackSetName"`
	Template                        StackSetTemplate          `field:"required" json:"template" yaml:"template"`
	CfnCapabilities                 *[]awscdk.CfnCapabilities `field:"optional" json:"cfnCapabilities" yaml:"cfnCapabilities"`
	// Default: StackSetDeploymentModel_SelfManaged(nil).
	DeploymentModel StackSetDeploymentModel `field:"optional" json:"deploymentModel" yaml:"deploymentModel"`
	Description     *string                 `field:"optional" json:"description" yaml:"description"`
	Parameters      StackSetParameters      `field:"optional" json:"parameters" yaml:"parameters"`
	StackInstances  StackInstances          `field:"optional" json:"stackInstances" yaml:"stackInstances"`
}

// CloudFormationDeployStackSetAction creates or updates a stack set.
type CloudFormationDeployStackSetAction interface {
	Action
}

type cfnStackSetAction struct {
	awscodepipeline.Action
	provided *awscodepipeline.ActionProperties
	props    CloudFormationDeployStackSetActionProps
	model    StackSetDeploymentModel
}

// NewCloudFormationDeployStackSetAction makes a deploy stack set action.
func NewCloudFormationDeployStackSetAction(props *CloudFormationDeployStackSetActionProps) CloudFormationDeployStackSetAction {
	if props == nil || partOf(props.Template) == nil {
		requireProps("CloudFormationDeployStackSetActionProps", "ActionName", "StackSetName", "Template")
	}
	inputs := artifactsOf(props.Template, props.Parameters, props.StackInstances)
	a := &cfnStackSetAction{props: *props, model: props.DeploymentModel}
	a.provided = &awscodepipeline.ActionProperties{
		ActionName: props.ActionName, RunOrder: props.RunOrder, VariablesNamespace: props.VariablesNamespace, Role: props.Role,
		Region: props.StackSetRegion, Provider: jsii.String("CloudFormationStackSet"), Category: awscodepipeline.ActionCategory_DEPLOY,
		ArtifactBounds: bounds(1, 3, 0, 0), Inputs: &inputs,
	}
	awscodepipeline.NewAction_Override(a)
	if a.model == nil {
		a.model = StackSetDeploymentModel_SelfManaged(nil)
	}
	validatePercentage("failureTolerancePercentage", props.FailureTolerancePercentage)
	validatePercentage("maxAccountConcurrencyPercentage", props.MaxAccountConcurrencyPercentage)
	return a
}

// NewCloudFormationDeployStackSetAction_Override initialises outer, a type embedding CloudFormationDeployStackSetAction.
func NewCloudFormationDeployStackSetAction_Override(c CloudFormationDeployStackSetAction, props *CloudFormationDeployStackSetActionProps) {
	overrideAction(c, NewCloudFormationDeployStackSetAction(props))
}

func (a *cfnStackSetAction) ProvidedActionProperties() *awscodepipeline.ActionProperties {
	return a.provided
}

func (a *cfnStackSetAction) Bound(scope constructs.Construct, _ awscodepipeline.IStage, options *awscodepipeline.ActionBindOptions) *awscodepipeline.ActionConfig {
	sp := singletonPolicyFor(options.Role)
	sp.grantCreateUpdateStackSet(a.props.StackSetName)
	var instances, model *ojson.Object
	if p := partOf(a.props.StackInstances); p != nil && p.bind != nil {
		instances, _ = p.bind(scope)
	}
	if p := partOf(a.model); p != nil && p.bind != nil {
		var roles []awsiam.IRole
		model, roles = p.bind(scope)
		for _, r := range roles {
			sp.grantPassRole(r)
		}
	}
	if ap := a.ActionProperties(); ap.Inputs != nil && len(*ap.Inputs) > 0 {
		options.Bucket.GrantRead(sp, nil)
	}
	cfg := ojson.New()
	cfg.Set("StackSetName", a.props.StackSetName)
	if a.props.Description != nil {
		cfg.Set("Description", a.props.Description)
	}
	cfg.Set("TemplatePath", partOf(a.props.Template).render())
	if p := partOf(a.props.Parameters); p != nil && p.render != nil {
		cfg.Set("Parameters", p.render())
	}
	if v := parseCapabilities(a.props.CfnCapabilities); v != nil {
		cfg.Set("Capabilities", v)
	}
	if a.props.FailureTolerancePercentage != nil {
		cfg.Set("FailureTolerancePercentage", a.props.FailureTolerancePercentage)
	}
	if a.props.MaxAccountConcurrencyPercentage != nil {
		cfg.Set("MaxConcurrentPercentage", a.props.MaxAccountConcurrencyPercentage)
	}
	mergeInto(cfg, instances)
	mergeInto(cfg, model)
	return &awscodepipeline.ActionConfig{Configuration: cfg}
}

// CloudFormationDeployStackInstancesActionProps are the props of NewCloudFormationDeployStackInstancesAction.
type CloudFormationDeployStackInstancesActionProps struct {
	ActionName                      *string            `field:"required" json:"actionName" yaml:"actionName"`
	RunOrder                        *float64           `field:"optional" json:"runOrder" yaml:"runOrder"`
	VariablesNamespace              *string            `field:"optional" json:"variablesNamespace" yaml:"variablesNamespace"`
	Role                            awsiam.IRole       `field:"optional" json:"role" yaml:"role"`
	FailureTolerancePercentage      *float64           `field:"optional" json:"failureTolerancePercentage" yaml:"failureTolerancePercentage"`
	MaxAccountConcurrencyPercentage *float64           `field:"optional" json:"maxAccountConcurrencyPercentage" yaml:"maxAccountConcurrencyPercentage"`
	StackSetRegion                  *string            `field:"optional" json:"stackSetRegion" yaml:"stackSetRegion"`
	StackInstances                  StackInstances     `field:"required" json:"stackInstances" yaml:"stackInstances"`
	StackSetName                    *string            `field:"required" json:"stackSetName" yaml:"stackSetName"`
	ParameterOverrides              StackSetParameters `field:"optional" json:"parameterOverrides" yaml:"parameterOverrides"`
}

// CloudFormationDeployStackInstancesAction adds or updates instances of a stack set.
type CloudFormationDeployStackInstancesAction interface {
	Action
}

type cfnStackInstancesAction struct {
	awscodepipeline.Action
	provided *awscodepipeline.ActionProperties
	props    CloudFormationDeployStackInstancesActionProps
}

// NewCloudFormationDeployStackInstancesAction makes a deploy stack instances action.
func NewCloudFormationDeployStackInstancesAction(props *CloudFormationDeployStackInstancesActionProps) CloudFormationDeployStackInstancesAction {
	if props == nil || partOf(props.StackInstances) == nil {
		requireProps("CloudFormationDeployStackInstancesActionProps", "ActionName", "StackInstances", "StackSetName")
	}
	inputs := artifactsOf(props.ParameterOverrides, props.StackInstances)
	a := &cfnStackInstancesAction{props: *props}
	a.provided = &awscodepipeline.ActionProperties{
		ActionName: props.ActionName, RunOrder: props.RunOrder, VariablesNamespace: props.VariablesNamespace, Role: props.Role,
		Region: props.StackSetRegion, Provider: jsii.String("CloudFormationStackInstances"), Category: awscodepipeline.ActionCategory_DEPLOY,
		ArtifactBounds: bounds(0, 3, 0, 0), Inputs: &inputs,
	}
	awscodepipeline.NewAction_Override(a)
	validatePercentage("failureTolerancePercentage", props.FailureTolerancePercentage)
	validatePercentage("maxAccountConcurrencyPercentage", props.MaxAccountConcurrencyPercentage)
	return a
}

// NewCloudFormationDeployStackInstancesAction_Override initialises outer, a type embedding CloudFormationDeployStackInstancesAction.
func NewCloudFormationDeployStackInstancesAction_Override(c CloudFormationDeployStackInstancesAction, props *CloudFormationDeployStackInstancesActionProps) {
	overrideAction(c, NewCloudFormationDeployStackInstancesAction(props))
}

func (a *cfnStackInstancesAction) ProvidedActionProperties() *awscodepipeline.ActionProperties {
	return a.provided
}

func (a *cfnStackInstancesAction) Bound(scope constructs.Construct, _ awscodepipeline.IStage, options *awscodepipeline.ActionBindOptions) *awscodepipeline.ActionConfig {
	sp := singletonPolicyFor(options.Role)
	sp.grantCreateUpdateStackSet(a.props.StackSetName)
	var instances *ojson.Object
	if p := partOf(a.props.StackInstances); p != nil && p.bind != nil {
		instances, _ = p.bind(scope)
	}
	if ap := a.ActionProperties(); ap.Inputs != nil && len(*ap.Inputs) > 0 {
		options.Bucket.GrantRead(sp, nil)
	}
	cfg := ojson.New()
	cfg.Set("StackSetName", a.props.StackSetName)
	if p := partOf(a.props.ParameterOverrides); p != nil && p.render != nil {
		cfg.Set("ParameterOverrides", p.render())
	}
	if a.props.FailureTolerancePercentage != nil {
		cfg.Set("FailureTolerancePercentage", a.props.FailureTolerancePercentage)
	}
	if a.props.MaxAccountConcurrencyPercentage != nil {
		cfg.Set("MaxConcurrentPercentage", a.props.MaxAccountConcurrencyPercentage)
	}
	mergeInto(cfg, instances)
	return &awscodepipeline.ActionConfig{Configuration: cfg}
}

type overridable struct{}

// NewStackSetTemplate_Override, NewStackInstances_Override,
// NewStackSetParameters_Override and NewStackSetDeploymentModel_Override
// exist for aws-cdk-go parity: the base types hold nothing, so a
// user-defined subtype is not one a stack set action can render.
func NewStackSetTemplate_Override(s StackSetTemplate) {
	overrideAction[StackSetTemplate](s, overridable{})
}
func NewStackInstances_Override(s StackInstances) { overrideAction[StackInstances](s, overridable{}) }
func NewStackSetParameters_Override(s StackSetParameters) {
	overrideAction[StackSetParameters](s, overridable{})
}
func NewStackSetDeploymentModel_Override(s StackSetDeploymentModel) {
	overrideAction[StackSetDeploymentModel](s, overridable{})
}
