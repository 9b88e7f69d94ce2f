package awscodepipelineactions

import (
	"sort"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscodepipeline"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// CloudFormationCreateUpdateStackActionProps are the props of NewCloudFormationCreateUpdateStackAction.
type CloudFormationCreateUpdateStackActionProps struct {
	ActionName         *string      `field:"required" json:"actionName" yaml:"actionName"`
	RunOrder           *float64     `field:"optional" json:"runOrder" yaml:"runOrder"`
	VariablesNamespace *string      `field:"optional" json:"variablesNamespace" yaml:"variablesNamespace"`
	Role               awsiam.IRole `field:"optional" json:"role" yaml:"role"`
	// Give the deployment role full permissions (and NAMED_IAM by default).
	AdminPermissions *bool                        `field:"required" json:"adminPermissions" yaml:"adminPermissions"`
	StackName        *string                      `field:"required" json:"stackName" yaml:"stackName"`
	TemplatePath     awscodepipeline.ArtifactPath `field:"required" json:"templatePath" yaml:"templatePath"`
	Account          *string                      `field:"optional" json:"account" yaml:"account"`
	CfnCapabilities  *[]awscdk.CfnCapabilities    `field:"optional" json:"cfnCapabilities" yaml:"cfnCapabilities"`
	// The role CloudFormation deploys with. Default: a new role.
	DeploymentRole        awsiam.IRole                 `field:"optional" json:"deploymentRole" yaml:"deploymentRole"`
	ExtraInputs           *[]awscodepipeline.Artifact  `field:"optional" json:"extraInputs" yaml:"extraInputs"`
	Output                awscodepipeline.Artifact     `field:"optional" json:"output" yaml:"output"`
	OutputFileName        *string                      `field:"optional" json:"outputFileName" yaml:"outputFileName"`
	ParameterOverrides    *map[string]interface{}      `field:"optional" json:"parameterOverrides" yaml:"parameterOverrides"`
	Region                *string                      `field:"optional" json:"region" yaml:"region"`
	ReplaceOnFailure      *bool                        `field:"optional" json:"replaceOnFailure" yaml:"replaceOnFailure"`
	TemplateConfiguration awscodepipeline.ArtifactPath `field:"optional" json:"templateConfiguration" yaml:"templateConfiguration"`
}

// CloudFormationCreateReplaceChangeSetActionProps are the props of NewCloudFormationCreateReplaceChangeSetAction.
type CloudFormationCreateReplaceChangeSetActionProps struct {
	ActionName            *string                      `field:"required" json:"actionName" yaml:"actionName"`
	RunOrder              *float64                     `field:"optional" json:"runOrder" yaml:"runOrder"`
	VariablesNamespace    *string                      `field:"optional" json:"variablesNamespace" yaml:"variablesNamespace"`
	Role                  awsiam.IRole                 `field:"optional" json:"role" yaml:"role"`
	AdminPermissions      *bool                        `field:"required" json:"adminPermissions" yaml:"adminPermissions"`
	ChangeSetName         *string                      `field:"required" json:"changeSetName" yaml:"changeSetName"`
	StackName             *string                      `field:"required" json:"stackName" yaml:"stackName"`
	TemplatePath          awscodepipeline.ArtifactPath `field:"required" json:"templatePath" yaml:"templatePath"`
	Account               *string                      `field:"optional" json:"account" yaml:"account"`
	CfnCapabilities       *[]awscdk.CfnCapabilities    `field:"optional" json:"cfnCapabilities" yaml:"cfnCapabilities"`
	DeploymentRole        awsiam.IRole                 `field:"optional" json:"deploymentRole" yaml:"deploymentRole"`
	ExtraInputs           *[]awscodepipeline.Artifact  `field:"optional" json:"extraInputs" yaml:"extraInputs"`
	Output                awscodepipeline.Artifact     `field:"optional" json:"output" yaml:"output"`
	OutputFileName        *string                      `field:"optional" json:"outputFileName" yaml:"outputFileName"`
	ParameterOverrides    *map[string]interface{}      `field:"optional" json:"parameterOverrides" yaml:"parameterOverrides"`
	Region                *string                      `field:"optional" json:"region" yaml:"region"`
	TemplateConfiguration awscodepipeline.ArtifactPath `field:"optional" json:"templateConfiguration" yaml:"templateConfiguration"`
}

// CloudFormationDeleteStackActionProps are the props of NewCloudFormationDeleteStackAction.
type CloudFormationDeleteStackActionProps struct {
	ActionName            *string                      `field:"required" json:"actionName" yaml:"actionName"`
	RunOrder              *float64                     `field:"optional" json:"runOrder" yaml:"runOrder"`
	VariablesNamespace    *string                      `field:"optional" json:"variablesNamespace" yaml:"variablesNamespace"`
	Role                  awsiam.IRole                 `field:"optional" json:"role" yaml:"role"`
	AdminPermissions      *bool                        `field:"required" json:"adminPermissions" yaml:"adminPermissions"`
	StackName             *string                      `field:"required" json:"stackName" yaml:"stackName"`
	Account               *string                      `field:"optional" json:"account" yaml:"account"`
	CfnCapabilities       *[]awscdk.CfnCapabilities    `field:"optional" json:"cfnCapabilities" yaml:"cfnCapabilities"`
	DeploymentRole        awsiam.IRole                 `field:"optional" json:"deploymentRole" yaml:"deploymentRole"`
	ExtraInputs           *[]awscodepipeline.Artifact  `field:"optional" json:"extraInputs" yaml:"extraInputs"`
	Output                awscodepipeline.Artifact     `field:"optional" json:"output" yaml:"output"`
	OutputFileName        *string                      `field:"optional" json:"outputFileName" yaml:"outputFileName"`
	ParameterOverrides    *map[string]interface{}      `field:"optional" json:"parameterOverrides" yaml:"parameterOverrides"`
	Region                *string                      `field:"optional" json:"region" yaml:"region"`
	TemplateConfiguration awscodepipeline.ArtifactPath `field:"optional" json:"templateConfiguration" yaml:"templateConfiguration"`
}

// CloudFormationExecuteChangeSetActionProps are the props of NewCloudFormationExecuteChangeSetAction.
type CloudFormationExecuteChangeSetActionProps struct {
	ActionName         *string                  `field:"required" json:"actionName" yaml:"actionName"`
	RunOrder           *float64                 `field:"optional" json:"runOrder" yaml:"runOrder"`
	VariablesNamespace *string                  `field:"optional" json:"variablesNamespace" yaml:"variablesNamespace"`
	Role               awsiam.IRole             `field:"optional" json:"role" yaml:"role"`
	ChangeSetName      *string                  `field:"required" json:"changeSetName" yaml:"changeSetName"`
	StackName          *string                  `field:"required" json:"stackName" yaml:"stackName"`
	Account            *string                  `field:"optional" json:"account" yaml:"account"`
	Output             awscodepipeline.Artifact `field:"optional" json:"output" yaml:"output"`
	OutputFileName     *string                  `field:"optional" json:"outputFileName" yaml:"outputFileName"`
	Region             *string                  `field:"optional" json:"region" yaml:"region"`
}

// cfnCommon is what every CloudFormation action takes.
type cfnCommon struct {
	actionName, stackName, outputFileName, region, account *string
	runOrder                                               *float64
	namespace                                              *string
	role                                                   awsiam.IRole
	output                                                 awscodepipeline.Artifact
}

// cfnDeploy is what the deploying CloudFormation actions add.
type cfnDeploy struct {
	admin              bool
	capabilities       *[]awscdk.CfnCapabilities
	deploymentRole     awsiam.IRole
	extraInputs        *[]awscodepipeline.Artifact
	parameterOverrides *map[string]interface{}
	templateConfig     awscodepipeline.ArtifactPath
}

func cfnActionProperties(c cfnCommon, inputs []awscodepipeline.Artifact) *awscodepipeline.ActionProperties {
	p := &awscodepipeline.ActionProperties{
		ActionName: c.actionName, RunOrder: c.runOrder, VariablesNamespace: c.namespace, Role: c.role, Account: c.account, Region: c.region,
		Provider: jsii.String("CloudFormation"), Category: awscodepipeline.ActionCategory_DEPLOY, ArtifactBounds: bounds(0, 10, 0, 1),
	}
	if inputs != nil {
		p.Inputs = &inputs
	}
	if c.outputFileName != nil {
		out := c.output
		if out == nil {
			out = awscodepipeline.NewArtifact(jsii.String(deref(c.actionName)+"_"+deref(c.stackName)+"_Artifact"), nil)
		}
		p.Outputs = &[]awscodepipeline.Artifact{out}
	}
	return p
}

// cfnBound is the part every CloudFormation action shares: artifact bucket
// access for the singleton policy, and StackName and OutputFileName.
func cfnBound(ap *awscodepipeline.ActionProperties, c cfnCommon, options *awscodepipeline.ActionBindOptions) *ojson.Object {
	sp := singletonPolicyFor(options.Role)
	if ap.Outputs != nil && len(*ap.Outputs) > 0 {
		options.Bucket.GrantReadWrite(sp, nil)
	} else if ap.Inputs != nil && len(*ap.Inputs) > 0 {
		options.Bucket.GrantRead(sp, nil)
	}
	cfg := ojson.New()
	cfg.Set("StackName", c.stackName)
	if c.outputFileName != nil {
		cfg.Set("OutputFileName", c.outputFileName)
	}
	return cfg
}

var capabilityValues = map[awscdk.CfnCapabilities]string{
	awscdk.CfnCapabilities_NONE: "", awscdk.CfnCapabilities_ANONYMOUS_IAM: "CAPABILITY_IAM",
	awscdk.CfnCapabilities_NAMED_IAM: "CAPABILITY_NAMED_IAM", awscdk.CfnCapabilities_AUTO_EXPAND: "CAPABILITY_AUTO_EXPAND",
}

func parseCapabilities(cs *[]awscdk.CfnCapabilities) interface{} {
	if cs == nil || len(*cs) == 0 {
		return nil
	}
	vals := make([]string, len(*cs))
	for i, c := range *cs {
		v, ok := capabilityValues[c]
		if !ok {
			v = string(c)
		}
		vals[i] = v
	}
	s := strings.Join(vals, ",")
	if len(vals) == 1 && s == "" {
		return nil
	}
	return s
}

// deployState is the deployment role of a deploying action, made on bind.
type deployState struct{ role awsiam.IRole }

func (d *deployState) get(member string) awsiam.IRole {
	if d.role == nil {
		diag.Panic("", "Cannot use the %s before the Action has been added to a Pipeline", member)
	}
	return d.role
}

func deployBound(st *deployState, scope constructs.Construct, stage awscodepipeline.IStage, ap *awscodepipeline.ActionProperties, c cfnCommon, d cfnDeploy, options *awscodepipeline.ActionBindOptions) *ojson.Object {
	if d.deploymentRole != nil {
		st.role = d.deploymentRole
	} else {
		roleStack, pipelineStack := awscdk.Stack_Of(options.Role), awscdk.Stack_Of(scope)
		if deref(roleStack.Account()) != deref(pipelineStack.Account()) {
			st.role = awsiam.NewRole(roleStack, jsii.String(*awscdk.Names_NodeUniqueId(stage.Pipeline().Node())+"-"+deref(stage.StageName())+"-"+deref(ap.ActionName)+"-DeploymentRole"),
				&awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("cloudformation.amazonaws.com"), nil), RoleName: awscdk.PhysicalName_GENERATE_IF_NEEDED()})
		} else {
			st.role = awsiam.NewRole(scope, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("cloudformation.amazonaws.com"), nil)})
		}
		options.Bucket.GrantRead(st.role, nil)
		if d.admin {
			st.role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("*"), Resources: jsii.Strings("*")}))
		}
	}
	singletonPolicyFor(options.Role).grantPassRole(st.role)
	caps := d.capabilities
	if d.admin && caps == nil {
		caps = &[]awscdk.CfnCapabilities{awscdk.CfnCapabilities_NAMED_IAM}
	}
	cfg := cfnBound(ap, c, options)
	if v := parseCapabilities(caps); v != nil {
		cfg.Set("Capabilities", v)
	}
	cfg.Set("RoleArn", st.role.RoleArn())
	if d.parameterOverrides != nil {
		cfg.Set("ParameterOverrides", awscdk.Stack_Of(scope).ToJsonString(artifactAttributesAsObjects(*d.parameterOverrides, ap), nil))
	}
	if d.templateConfig != nil {
		cfg.Set("TemplateConfiguration", d.templateConfig.Location())
	}
	cfg.Set("StackName", c.stackName)
	return cfg
}

func deployInputs(d cfnDeploy, templatePath awscodepipeline.ArtifactPath) []awscodepipeline.Artifact {
	var in []awscodepipeline.Artifact
	if d.extraInputs != nil {
		in = append(in, *d.extraInputs...)
	}
	if templatePath != nil {
		in = append(in, templatePath.Artifact())
		if d.templateConfig != nil {
			in = append(in, d.templateConfig.Artifact())
		}
	}
	return in
}

// CloudFormationCreateUpdateStackAction creates or updates a stack from a template artifact.
type CloudFormationCreateUpdateStackAction interface {
	Action
	// DeploymentRole is the role CloudFormation deploys with (after binding).
	DeploymentRole() awsiam.IRole
	AddToDeploymentRolePolicy(statement awsiam.PolicyStatement) *bool
}

type cfnCreateUpdateStackAction struct {
	awscodepipeline.Action
	provided *awscodepipeline.ActionProperties
	props    CloudFormationCreateUpdateStackActionProps
	c        cfnCommon
	d        cfnDeploy
	st       deployState
}

func requireCfn(props interface{}, ok bool, typ string, fields ...string) {
	if !ok {
		requireProps(typ, fields...)
	}
}

// NewCloudFormationCreateUpdateStackAction makes a create-or-update stack action.
func NewCloudFormationCreateUpdateStackAction(props *CloudFormationCreateUpdateStackActionProps) CloudFormationCreateUpdateStackAction {
	requireCfn(props, props != nil && props.TemplatePath != nil && props.AdminPermissions != nil, "CloudFormationCreateUpdateStackActionProps", "ActionName", "AdminPermissions", "StackName", "TemplatePath")
	a := &cfnCreateUpdateStackAction{props: *props}
	a.c = cfnCommon{props.ActionName, props.StackName, props.OutputFileName, props.Region, props.Account, props.RunOrder, props.VariablesNamespace, props.Role, props.Output}
	a.d = cfnDeploy{*props.AdminPermissions, props.CfnCapabilities, props.DeploymentRole, props.ExtraInputs, props.ParameterOverrides, props.TemplateConfiguration}
	a.provided = cfnActionProperties(a.c, deployInputs(a.d, props.TemplatePath))
	awscodepipeline.NewAction_Override(a)
	return a
}

// NewCloudFormationCreateUpdateStackAction_Override initialises outer, a type embedding CloudFormationCreateUpdateStackAction.
func NewCloudFormationCreateUpdateStackAction_Override(c CloudFormationCreateUpdateStackAction, props *CloudFormationCreateUpdateStackActionProps) {
	overrideAction(c, NewCloudFormationCreateUpdateStackAction(props))
}

func (a *cfnCreateUpdateStackAction) ProvidedActionProperties() *awscodepipeline.ActionProperties {
	return a.provided
}
func (a *cfnCreateUpdateStackAction) DeploymentRole() awsiam.IRole {
	return a.st.get("property role()")
}
func (a *cfnCreateUpdateStackAction) AddToDeploymentRolePolicy(statement awsiam.PolicyStatement) *bool {
	return a.st.get("method addToRolePolicy()").AddToPrincipalPolicy(statement).StatementAdded
}

func (a *cfnCreateUpdateStackAction) Bound(scope constructs.Construct, stage awscodepipeline.IStage, options *awscodepipeline.ActionBindOptions) *awscodepipeline.ActionConfig {
	cfg := deployBound(&a.st, scope, stage, a.ActionProperties(), a.c, a.d, options)
	replace := a.props.ReplaceOnFailure != nil && *a.props.ReplaceOnFailure
	acts := []string{"cloudformation:DescribeStack*", "cloudformation:CreateStack", "cloudformation:UpdateStack", "cloudformation:GetTemplate*",
		"cloudformation:ValidateTemplate", "cloudformation:GetStackPolicy", "cloudformation:SetStackPolicy"}
	if replace {
		acts = append(acts, "cloudformation:DeleteStack")
	}
	sp := singletonPolicyFor(options.Role)
	sp.statementFor(acts, nil).AddResources(sp.stackArn(a.props.Region, a.props.StackName))
	mode := "CREATE_UPDATE"
	if replace {
		mode = "REPLACE_ON_FAILURE"
	}
	cfg.Set("ActionMode", mode)
	cfg.Set("TemplatePath", a.props.TemplatePath.Location())
	return &awscodepipeline.ActionConfig{Configuration: cfg}
}

// CloudFormationCreateReplaceChangeSetAction creates or replaces a change set.
type CloudFormationCreateReplaceChangeSetAction interface {
	Action
	DeploymentRole() awsiam.IRole
	AddToDeploymentRolePolicy(statement awsiam.PolicyStatement) *bool
}

type cfnCreateReplaceChangeSetAction struct {
	awscodepipeline.Action
	provided *awscodepipeline.ActionProperties
	props    CloudFormationCreateReplaceChangeSetActionProps
	c        cfnCommon
	d        cfnDeploy
	st       deployState
}

// NewCloudFormationCreateReplaceChangeSetAction makes a create-or-replace change set action.
func NewCloudFormationCreateReplaceChangeSetAction(props *CloudFormationCreateReplaceChangeSetActionProps) CloudFormationCreateReplaceChangeSetAction {
	requireCfn(props, props != nil && props.TemplatePath != nil && props.AdminPermissions != nil, "CloudFormationCreateReplaceChangeSetActionProps", "ActionName", "AdminPermissions", "ChangeSetName", "StackName", "TemplatePath")
	a := &cfnCreateReplaceChangeSetAction{props: *props}
	a.c = cfnCommon{props.ActionName, props.StackName, props.OutputFileName, props.Region, props.Account, props.RunOrder, props.VariablesNamespace, props.Role, props.Output}
	a.d = cfnDeploy{*props.AdminPermissions, props.CfnCapabilities, props.DeploymentRole, props.ExtraInputs, props.ParameterOverrides, props.TemplateConfiguration}
	a.provided = cfnActionProperties(a.c, deployInputs(a.d, props.TemplatePath))
	awscodepipeline.NewAction_Override(a)
	return a
}

// NewCloudFormationCreateReplaceChangeSetAction_Override initialises outer, a type embedding CloudFormationCreateReplaceChangeSetAction.
func NewCloudFormationCreateReplaceChangeSetAction_Override(c CloudFormationCreateReplaceChangeSetAction, props *CloudFormationCreateReplaceChangeSetActionProps) {
	overrideAction(c, NewCloudFormationCreateReplaceChangeSetAction(props))
}

func (a *cfnCreateReplaceChangeSetAction) ProvidedActionProperties() *awscodepipeline.ActionProperties {
	return a.provided
}
func (a *cfnCreateReplaceChangeSetAction) DeploymentRole() awsiam.IRole {
	return a.st.get("property role()")
}
func (a *cfnCreateReplaceChangeSetAction) AddToDeploymentRolePolicy(statement awsiam.PolicyStatement) *bool {
	return a.st.get("method addToRolePolicy()").AddToPrincipalPolicy(statement).StatementAdded
}

func (a *cfnCreateReplaceChangeSetAction) Bound(scope constructs.Construct, stage awscodepipeline.IStage, options *awscodepipeline.ActionBindOptions) *awscodepipeline.ActionConfig {
	cfg := deployBound(&a.st, scope, stage, a.ActionProperties(), a.c, a.d, options)
	sp := singletonPolicyFor(options.Role)
	sp.statementFor([]string{"cloudformation:CreateChangeSet", "cloudformation:DeleteChangeSet", "cloudformation:DescribeChangeSet", "cloudformation:DescribeStacks"},
		a.props.ChangeSetName).AddResources(sp.stackArn(a.props.Region, a.props.StackName))
	cfg.Set("ActionMode", "CHANGE_SET_REPLACE")
	cfg.Set("ChangeSetName", a.props.ChangeSetName)
	cfg.Set("TemplatePath", a.props.TemplatePath.Location())
	return &awscodepipeline.ActionConfig{Configuration: cfg}
}

// CloudFormationDeleteStackAction deletes a stack.
type CloudFormationDeleteStackAction interface {
	Action
	DeploymentRole() awsiam.IRole
	AddToDeploymentRolePolicy(statement awsiam.PolicyStatement) *bool
}

type cfnDeleteStackAction struct {
	awscodepipeline.Action
	provided *awscodepipeline.ActionProperties
	props    CloudFormationDeleteStackActionProps
	c        cfnCommon
	d        cfnDeploy
	st       deployState
}

// NewCloudFormationDeleteStackAction makes a delete stack action.
func NewCloudFormationDeleteStackAction(props *CloudFormationDeleteStackActionProps) CloudFormationDeleteStackAction {
	requireCfn(props, props != nil && props.AdminPermissions != nil, "CloudFormationDeleteStackActionProps", "ActionName", "AdminPermissions", "StackName")
	a := &cfnDeleteStackAction{props: *props}
	a.c = cfnCommon{props.ActionName, props.StackName, props.OutputFileName, props.Region, props.Account, props.RunOrder, props.VariablesNamespace, props.Role, props.Output}
	a.d = cfnDeploy{*props.AdminPermissions, props.CfnCapabilities, props.DeploymentRole, props.ExtraInputs, props.ParameterOverrides, props.TemplateConfiguration}
	a.provided = cfnActionProperties(a.c, deployInputs(a.d, nil))
	awscodepipeline.NewAction_Override(a)
	return a
}

// NewCloudFormationDeleteStackAction_Override initialises outer, a type embedding CloudFormationDeleteStackAction.
func NewCloudFormationDeleteStackAction_Override(c CloudFormationDeleteStackAction, props *CloudFormationDeleteStackActionProps) {
	overrideAction(c, NewCloudFormationDeleteStackAction(props))
}

func (a *cfnDeleteStackAction) ProvidedActionProperties() *awscodepipeline.ActionProperties {
	return a.provided
}
func (a *cfnDeleteStackAction) DeploymentRole() awsiam.IRole { return a.st.get("property role()") }
func (a *cfnDeleteStackAction) AddToDeploymentRolePolicy(statement awsiam.PolicyStatement) *bool {
	return a.st.get("method addToRolePolicy()").AddToPrincipalPolicy(statement).StatementAdded
}

func (a *cfnDeleteStackAction) Bound(scope constructs.Construct, stage awscodepipeline.IStage, options *awscodepipeline.ActionBindOptions) *awscodepipeline.ActionConfig {
	cfg := deployBound(&a.st, scope, stage, a.ActionProperties(), a.c, a.d, options)
	sp := singletonPolicyFor(options.Role)
	sp.statementFor([]string{"cloudformation:DescribeStack*", "cloudformation:DeleteStack"}, nil).AddResources(sp.stackArn(a.props.Region, a.props.StackName))
	cfg.Set("ActionMode", "DELETE_ONLY")
	return &awscodepipeline.ActionConfig{Configuration: cfg}
}

// CloudFormationExecuteChangeSetAction executes a change set.
type CloudFormationExecuteChangeSetAction interface {
	Action
}

type cfnExecuteChangeSetAction struct {
	awscodepipeline.Action
	provided *awscodepipeline.ActionProperties
	props    CloudFormationExecuteChangeSetActionProps
	c        cfnCommon
}

// NewCloudFormationExecuteChangeSetAction makes an execute change set action.
func NewCloudFormationExecuteChangeSetAction(props *CloudFormationExecuteChangeSetActionProps) CloudFormationExecuteChangeSetAction {
	requireCfn(props, props != nil, "CloudFormationExecuteChangeSetActionProps", "ActionName", "ChangeSetName", "StackName")
	a := &cfnExecuteChangeSetAction{props: *props}
	a.c = cfnCommon{props.ActionName, props.StackName, props.OutputFileName, props.Region, props.Account, props.RunOrder, props.VariablesNamespace, props.Role, props.Output}
	a.provided = cfnActionProperties(a.c, nil)
	awscodepipeline.NewAction_Override(a)
	return a
}

// NewCloudFormationExecuteChangeSetAction_Override initialises outer, a type embedding CloudFormationExecuteChangeSetAction.
func NewCloudFormationExecuteChangeSetAction_Override(c CloudFormationExecuteChangeSetAction, props *CloudFormationExecuteChangeSetActionProps) {
	overrideAction(c, NewCloudFormationExecuteChangeSetAction(props))
}

func (a *cfnExecuteChangeSetAction) ProvidedActionProperties() *awscodepipeline.ActionProperties {
	return a.provided
}

func (a *cfnExecuteChangeSetAction) Bound(scope constructs.Construct, stage awscodepipeline.IStage, options *awscodepipeline.ActionBindOptions) *awscodepipeline.ActionConfig {
	sp := singletonPolicyFor(options.Role)
	sp.statementFor([]string{"cloudformation:DescribeStacks", "cloudformation:DescribeStackEvents", "cloudformation:DescribeChangeSet", "cloudformation:ExecuteChangeSet"},
		a.props.ChangeSetName).AddResources(sp.stackArn(a.props.Region, a.props.StackName))
	cfg := cfnBound(a.ActionProperties(), a.c, options)
	cfg.Set("ActionMode", "CHANGE_SET_EXECUTE")
	cfg.Set("ChangeSetName", a.props.ChangeSetName)
	return &awscodepipeline.ActionConfig{Configuration: cfg}
}

// singletonPolicy gathers the CloudFormation permissions of an action
// role into one statement per set of actions and conditions.
type singletonPolicy struct {
	constructs.Construct
	role       awsiam.IRole
	statements map[string]awsiam.PolicyStatement
}

const singletonPolicyID = "8389e75f-0810-4838-bf64-d6f85a95cf83"

func singletonPolicyFor(role awsiam.IRole) *singletonPolicy {
	if c, ok := role.Node().TryFindChild(jsii.String(singletonPolicyID)).(*singletonPolicy); ok {
		return c
	}
	sp := &singletonPolicy{role: role, statements: map[string]awsiam.PolicyStatement{}}
	sp.Construct = constructs.NewConstruct(asConstruct(role), jsii.String(singletonPolicyID))
	host.Set(sp.Construct, sp)
	return sp
}

// GrantPrincipal makes the policy a grantee: grants go to its role.
func (sp *singletonPolicy) GrantPrincipal() awsiam.IPrincipal { return sp.role }

func (sp *singletonPolicy) statementFor(actions []string, changeSetName *string) awsiam.PolicyStatement {
	sorted := append([]string(nil), actions...)
	sort.Strings(sorted)
	key := strings.Join(sorted, "")
	if changeSetName != nil {
		key += "StringEqualsIfExists" + *changeSetName
	}
	if st, ok := sp.statements[key]; ok {
		return st
	}
	st := awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings(sorted...)})
	if changeSetName != nil {
		st.AddConditions(&map[string]interface{}{"StringEqualsIfExists": map[string]interface{}{"cloudformation:ChangeSetName": changeSetName}})
	}
	sp.role.AddToPrincipalPolicy(st)
	sp.statements[key] = st
	return st
}

func (sp *singletonPolicy) grantPassRole(role awsiam.IRole) {
	sp.statementFor([]string{"iam:PassRole"}, nil).AddResources(role.RoleArn())
}

func (sp *singletonPolicy) stackArn(region, stackName *string) *string {
	return awscdk.Stack_Of(sp).FormatArn(&awscdk.ArnComponents{Region: region, Service: jsii.String("cloudformation"),
		Resource: jsii.String("stack"), ResourceName: jsii.String(deref(stackName) + "/*")})
}

// artifactAttributesAsObjects swaps the artifact attribute tokens among
// overrides for the Fn::GetArtifactAtt objects they stand for:
// aws-cdk-lib's JSON rendering writes such an untyped token as a JSON
// object, not as a string (CodePipeline resolves it inside the overrides).
func artifactAttributesAsObjects(overrides map[string]interface{}, ap *awscodepipeline.ActionProperties) map[string]interface{} {
	if ap.Inputs == nil {
		return overrides
	}
	attrs := map[string]interface{}{}
	for _, in := range *ap.Inputs {
		for attr, tok := range map[string]*string{"BucketName": in.BucketName(), "ObjectKey": in.ObjectKey(), "URL": in.Url()} {
			in := in
			attrs[*tok] = map[string]interface{}{"Fn::GetArtifactAtt": []interface{}{
				awscdk.Lazy_UncachedString(stringProducer(func() *string { return in.ArtifactName() }), nil), attr}}
		}
	}
	out := make(map[string]interface{}, len(overrides))
	for k, v := range overrides {
		var s *string
		switch x := v.(type) {
		case *string:
			s = x
		case string:
			s = &x
		}
		if s != nil {
			if obj, ok := attrs[*s]; ok {
				out[k] = obj
				continue
			}
		}
		out[k] = v
	}
	return out
}
