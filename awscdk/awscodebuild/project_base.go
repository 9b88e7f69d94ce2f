package awscodebuild

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awscodestarnotifications"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscodebuild"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/cwmetric"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// IProject is a CodeBuild project, defined in this app or imported.
type IProject interface {
	awsec2.IConnectable
	awsiam.IGrantable
	awscodestarnotifications.INotificationRuleSource
	interfacesawscodebuild.IProjectRef
	awscdk.IResource
	// AddToRolePolicy adds a statement to the project role's policy (nothing
	// for an imported project).
	AddToRolePolicy(policyStatement awsiam.PolicyStatement)
	// EnableBatchBuilds turns on batch builds; nil for an imported project.
	EnableBatchBuilds() *BatchBuildConfig
	// Metric is the project's metricName metric (AWS/CodeBuild, by ProjectName).
	Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricBuilds(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricDuration(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricFailedBuilds(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricSucceededBuilds(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	// NotifyOn creates a notification rule for options.Events, sent to target.
	NotifyOn(id *string, target awscodestarnotifications.INotificationRuleTarget, options *ProjectNotifyOnOptions) awscodestarnotifications.INotificationRule
	NotifyOnBuildFailed(id *string, target awscodestarnotifications.INotificationRuleTarget, options *awscodestarnotifications.NotificationRuleOptions) awscodestarnotifications.INotificationRule
	NotifyOnBuildSucceeded(id *string, target awscodestarnotifications.INotificationRuleTarget, options *awscodestarnotifications.NotificationRuleOptions) awscodestarnotifications.INotificationRule
	OnBuildFailed(id *string, options *awsevents.OnEventOptions) awsevents.Rule
	OnBuildStarted(id *string, options *awsevents.OnEventOptions) awsevents.Rule
	OnBuildSucceeded(id *string, options *awsevents.OnEventOptions) awsevents.Rule
	// OnEvent is a rule for any of the project's events.
	OnEvent(id *string, options *awsevents.OnEventOptions) awsevents.Rule
	OnPhaseChange(id *string, options *awsevents.OnEventOptions) awsevents.Rule
	OnStateChange(id *string, options *awsevents.OnEventOptions) awsevents.Rule
	ProjectArn() *string
	ProjectName() *string
	// Role is the project's service role; nil for an imported project.
	Role() awsiam.IRole
}

// projectBase is what Project and imported projects share; self is the
// outer object.
type projectBase struct {
	awscdk.Resource
	self           IProject
	role           awsiam.IRole
	grantPrincipal awsiam.IPrincipal
	connections    awsec2.Connections
	arn, name      func() *string
}

func (p *projectBase) ProjectArn() *string                  { return p.arn() }
func (p *projectBase) ProjectName() *string                 { return p.name() }
func (p *projectBase) Role() awsiam.IRole                   { return p.role }
func (p *projectBase) GrantPrincipal() awsiam.IPrincipal    { return p.grantPrincipal }
func (p *projectBase) EnableBatchBuilds() *BatchBuildConfig { return nil }

func (p *projectBase) ProjectRef() *interfacesawscodebuild.ProjectReference {
	return &interfacesawscodebuild.ProjectReference{ProjectName: p.self.ProjectName(), ProjectArn: p.self.ProjectArn()}
}

// Connections are the project's security groups; only a project in a VPC has them.
func (p *projectBase) Connections() awsec2.Connections {
	if p.connections == nil {
		l2.Throw(p, "Only VPC-associated Projects have security groups to manage. Supply the \"vpc\" parameter when creating the Project")
	}
	return p.connections
}

func (p *projectBase) AddToRolePolicy(policyStatement awsiam.PolicyStatement) {
	if p.role != nil {
		p.role.AddToPrincipalPolicy(policyStatement)
	}
}

func (p *projectBase) OnEvent(id *string, options *awsevents.OnEventOptions) awsevents.Rule {
	if options == nil {
		options = &awsevents.OnEventOptions{}
	}
	rule := awsevents.NewRule(p, id, &awsevents.RuleProps{CrossStackScope: options.CrossStackScope, Description: options.Description,
		EventPattern: options.EventPattern, RuleName: options.RuleName})
	if options.Target != nil {
		rule.AddTarget(options.Target)
	}
	// One field at a time: the rendered pattern keeps the order fields are
	// added in, and aws-cdk-lib adds source before detail.
	rule.AddEventPattern(&awsevents.EventPattern{Source: jsii.Strings("aws.codebuild")})
	rule.AddEventPattern(&awsevents.EventPattern{Detail: &map[string]interface{}{"project-name": []interface{}{p.self.ProjectName()}}})
	return rule
}

func (p *projectBase) detailType(id *string, options *awsevents.OnEventOptions, dt string) awsevents.Rule {
	rule := p.OnEvent(id, options)
	rule.AddEventPattern(&awsevents.EventPattern{DetailType: jsii.Strings(dt)})
	return rule
}

func (p *projectBase) OnStateChange(id *string, options *awsevents.OnEventOptions) awsevents.Rule {
	return p.detailType(id, options, "CodeBuild Build State Change")
}

func (p *projectBase) OnPhaseChange(id *string, options *awsevents.OnEventOptions) awsevents.Rule {
	return p.detailType(id, options, "CodeBuild Build Phase Change")
}

func (p *projectBase) withStatus(id *string, options *awsevents.OnEventOptions, status string) awsevents.Rule {
	rule := p.OnStateChange(id, options)
	rule.AddEventPattern(&awsevents.EventPattern{Detail: &map[string]interface{}{"build-status": []interface{}{status}}})
	return rule
}

func (p *projectBase) OnBuildStarted(id *string, options *awsevents.OnEventOptions) awsevents.Rule {
	return p.withStatus(id, options, "IN_PROGRESS")
}

func (p *projectBase) OnBuildFailed(id *string, options *awsevents.OnEventOptions) awsevents.Rule {
	return p.withStatus(id, options, "FAILED")
}

func (p *projectBase) OnBuildSucceeded(id *string, options *awsevents.OnEventOptions) awsevents.Rule {
	return p.withStatus(id, options, "SUCCEEDED")
}

func (p *projectBase) Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	base := &awscloudwatch.MetricProps{
		Namespace:     jsii.String("AWS/CodeBuild"),
		MetricName:    metricName,
		DimensionsMap: &map[string]*string{"ProjectName": p.self.ProjectName()},
	}
	return awscloudwatch.NewMetric(cwmetric.Overlay(base, props)).AttachTo(p.self)
}

func (p *projectBase) canned(name, statistic string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	base := &awscloudwatch.MetricProps{
		Namespace:     jsii.String("AWS/CodeBuild"),
		MetricName:    jsii.String(name),
		DimensionsMap: &map[string]*string{"ProjectName": p.self.ProjectName()},
		Statistic:     jsii.String(statistic),
	}
	return awscloudwatch.NewMetric(cwmetric.Overlay(base, props)).AttachTo(p.self)
}

func (p *projectBase) MetricBuilds(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return p.canned("Builds", "Sum", props)
}

func (p *projectBase) MetricDuration(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return p.canned("Duration", "Average", props)
}

func (p *projectBase) MetricSucceededBuilds(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return p.canned("SucceededBuilds", "Sum", props)
}

func (p *projectBase) MetricFailedBuilds(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return p.canned("FailedBuilds", "Sum", props)
}

type importedProject struct {
	projectBase
}

// Project_FromProjectArn imports a project by its ARN.
func Project_FromProjectArn(scope constructs.Construct, id *string, projectArn *string) IProject {
	if projectArn == nil {
		l2.RequireArg(scope, "Project_FromProjectArn", "a project ARN")
	}
	parsed := awscdk.Stack_Of(scope).SplitArn(projectArn, awscdk.ArnFormat_SLASH_RESOURCE_NAME)
	p := &importedProject{}
	p.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{Account: parsed.Account, Region: parsed.Region})
	host.Set(p.Resource, p)
	p.self = p
	name := parsed.ResourceName
	p.arn = func() *string { return projectArn }
	p.name = func() *string { return name }
	p.grantPrincipal = awsiam.NewUnknownPrincipal(&awsiam.UnknownPrincipalProps{Resource: p})
	return p
}

// Project_FromProjectName imports a project of this stack's account and region by name.
func Project_FromProjectName(scope constructs.Construct, id *string, projectName *string) IProject {
	if projectName == nil {
		l2.RequireArg(scope, "Project_FromProjectName", "a project name")
	}
	p := &importedProject{}
	p.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(p.Resource, p)
	p.self = p
	arn := awscdk.Stack_Of(p).FormatArn(&awscdk.ArnComponents{Service: jsii.String("codebuild"), Resource: jsii.String("project"), ResourceName: projectName})
	p.arn = func() *string { return arn }
	p.name = func() *string { return projectName }
	p.grantPrincipal = awsiam.NewUnknownPrincipal(&awsiam.UnknownPrincipalProps{Resource: p})
	return p
}

// Project_IsConstruct reports whether x is a construct.
func Project_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Project_IsOwnedResource reports whether construct is a resource owned by this app.
func Project_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// Project_IsResource reports whether construct is a Resource.
func Project_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// PipelineProject_IsConstruct reports whether x is a construct.
func PipelineProject_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// PipelineProject_IsOwnedResource reports whether construct is a resource owned by this app.
func PipelineProject_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// PipelineProject_IsResource reports whether construct is a Resource.
func PipelineProject_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// PipelineProject_FromProjectArn imports a project by its ARN.
func PipelineProject_FromProjectArn(scope constructs.Construct, id *string, projectArn *string) IProject {
	return Project_FromProjectArn(scope, id, projectArn)
}

// PipelineProject_FromProjectName imports a project by name.
func PipelineProject_FromProjectName(scope constructs.Construct, id *string, projectName *string) IProject {
	return Project_FromProjectName(scope, id, projectName)
}

// PipelineProject_SerializeEnvVariables is Project_SerializeEnvVariables.
func PipelineProject_SerializeEnvVariables(environmentVariables *map[string]*BuildEnvironmentVariable, validateNoPlainTextSecrets *bool, principal awsiam.IGrantable) *[]*CfnProject_EnvironmentVariableProperty {
	return Project_SerializeEnvVariables(environmentVariables, validateNoPlainTextSecrets, principal)
}

// StateChangeEvent names the fields of a build state change event.
type StateChangeEvent interface{}

func StateChangeEvent_BuildStatus() *string  { return field("$.detail.build-status") }
func StateChangeEvent_ProjectName() *string  { return field("$.detail.project-name") }
func StateChangeEvent_BuildId() *string      { return field("$.detail.build-id") }
func StateChangeEvent_CurrentPhase() *string { return field("$.detail.current-phase") }

// PhaseChangeEvent names the fields of a build phase change event.
type PhaseChangeEvent interface{}

func PhaseChangeEvent_ProjectName() *string    { return field("$.detail.project-name") }
func PhaseChangeEvent_BuildId() *string        { return field("$.detail.build-id") }
func PhaseChangeEvent_CompletedPhase() *string { return field("$.detail.completed-phase") }
func PhaseChangeEvent_CompletedPhaseStatus() *string {
	return field("$.detail.completed-phase-status")
}
func PhaseChangeEvent_CompletedPhaseDurationSeconds() *string {
	return field("$.detail.completed-phase-duration-seconds")
}
func PhaseChangeEvent_BuildComplete() *string { return field("$.detail.build-complete") }

func field(path string) *string { return awsevents.EventField_FromPath(jsii.String(path)) }

// reportGroupArn is the ARN of the report group name in scope's stack.
func reportGroupArn(scope constructs.IConstruct, name *string) *string {
	return awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{
		Service: jsii.String("codebuild"), Resource: jsii.String("report-group"), ResourceName: name,
	})
}
