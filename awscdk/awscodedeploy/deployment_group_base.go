package awscodedeploy

import (
	"fmt"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscloudwatch"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscodedeploy"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// deploymentGroupBase is what every deployment group defined in this app
// shares: its role, name, ARN and alarms.
type deploymentGroupBase struct {
	awscdk.Resource
	role            awsiam.IRole
	applicationName *string
	groupName       *string
	groupArn        *string
	alarms          []interfacesawscloudwatch.IAlarmRef
}

func (g *deploymentGroupBase) Role() awsiam.IRole           { return g.role }
func (g *deploymentGroupBase) ApplicationName() *string     { return g.applicationName }
func (g *deploymentGroupBase) DeploymentGroupName() *string { return g.groupName }
func (g *deploymentGroupBase) DeploymentGroupArn() *string  { return g.groupArn }
func (g *deploymentGroupBase) AddAlarm(alarm interfacesawscloudwatch.IAlarmRef) {
	if alarm != nil {
		g.alarms = append(g.alarms, alarm)
	}
}
func (g *deploymentGroupBase) DeploymentGroupRef() *interfacesawscodedeploy.DeploymentGroupReference {
	return &interfacesawscodedeploy.DeploymentGroupReference{ApplicationName: g.applicationName, DeploymentGroupName: g.groupName}
}

// init creates the Resource and, unless one is given, the service role
// (construct id roleID) that CodeDeploy assumes.
func (g *deploymentGroupBase) init(outer constructs.IConstruct, scope constructs.Construct, id *string, name *string, role awsiam.IRole, roleID string) {
	g.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: name})
	host.Set(g.Resource, outer)
	g.role = role
	if g.role == nil {
		g.role = awsiam.NewRole(g, jsii.String(roleID), &awsiam.RoleProps{
			AssumedBy: awsiam.NewServicePrincipal(jsii.String("codedeploy.amazonaws.com"), nil),
		})
	}
	g.Node().AddValidation(l2.Validation(func() []string { return validateName("Deployment group", g.PhysicalName()) }))
}

// setNameAndArn names the group after its resource, as aws-cdk-lib does
// once the CfnDeploymentGroup exists.
func (g *deploymentGroupBase) setNameAndArn(resource CfnDeploymentGroup, appName *string) {
	g.applicationName = appName
	g.groupName = g.GetResourceNameAttribute(resource.Ref())
	g.groupArn = g.GetResourceArnAttribute(awscdk.Stack_Of(g).FormatArn(&awscdk.ArnComponents{
		Service: jsii.String("codedeploy"), Resource: jsii.String("deploymentgroup"),
		ResourceName: jsii.String(fmt.Sprintf("%s/%s", *appName, *resource.Ref())), ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME,
	}), &awscdk.ArnComponents{
		Service: jsii.String("codedeploy"), Resource: jsii.String("deploymentgroup"),
		ResourceName: jsii.String(fmt.Sprintf("%s/%s", *appName, deref(g.PhysicalName()))), ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME,
	})
}

// alarmProps renders the alarm and rollback configurations at synthesis,
// when every AddAlarm has run, and checks the rollback settings then.
func (g *deploymentGroupBase) alarmProps(autoRollback *AutoRollbackConfig, ignorePollFailure, ignoreConfig *bool) (alarmConfig, rollbackConfig interface{}) {
	removeAlarms := *awscdk.FeatureFlags_Of(g).IsEnabled(jsii.String(removeAlarmsFlag))
	alarmConfig = awscdk.Lazy_Any(anyProducer(func() interface{} {
		return renderAlarmConfiguration(g.alarms, ignorePollFailure, ignoreConfig, removeAlarms)
	}), nil)
	rollbackConfig = awscdk.Lazy_Any(anyProducer(func() interface{} {
		return renderAutoRollbackConfiguration(len(g.alarms) > 0, autoRollback)
	}), nil)
	g.Node().AddValidation(l2.Validation(func() []string { return validateAutoRollback(len(g.alarms) > 0, autoRollback) }))
	return alarmConfig, rollbackConfig
}

// importedGroupBase is a deployment group imported by application and name.
type importedGroupBase struct {
	awscdk.Resource
	applicationName *string
	groupName       *string
	groupArn        *string
}

func (g *importedGroupBase) DeploymentGroupName() *string { return g.groupName }
func (g *importedGroupBase) DeploymentGroupArn() *string  { return g.groupArn }
func (g *importedGroupBase) DeploymentGroupRef() *interfacesawscodedeploy.DeploymentGroupReference {
	return &interfacesawscodedeploy.DeploymentGroupReference{ApplicationName: g.applicationName, DeploymentGroupName: g.groupName}
}

func (g *importedGroupBase) init(outer constructs.IConstruct, scope constructs.Construct, id *string, app interfacesawscodedeploy.IApplicationRef, name *string, fn string) {
	if app == nil || name == nil {
		l2.RequireProps(scope, id, fn, "application", "deploymentGroupName")
	}
	appName := app.ApplicationRef().ApplicationName
	env := app.Env()
	arn := awscdk.Arn_Format(&awscdk.ArnComponents{
		Partition: awscdk.Aws_PARTITION(), Account: env.Account, Region: env.Region,
		Service: jsii.String("codedeploy"), Resource: jsii.String("deploymentgroup"),
		ResourceName: jsii.String(fmt.Sprintf("%s/%s", *appName, *name)), ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME,
	}, nil)
	g.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{EnvironmentFromArn: arn})
	host.Set(g.Resource, outer)
	g.applicationName, g.groupName, g.groupArn = appName, name, arn
}
