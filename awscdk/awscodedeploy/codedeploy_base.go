package awscodedeploy

import (
	"fmt"
	"regexp"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscloudwatch"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscodedeploy"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// The helpers the three compute platforms share: names, ARNs, alarm and
// rollback rendering, and the predefined deployment configs.

// anyProducer adapts a Go func to awscdk.IStableAnyProducer.
type anyProducer func() interface{}

func (p anyProducer) Produce() interface{} { return p() }

// stringProducer adapts a Go func to awscdk.IStableStringProducer.
type stringProducer func() *string

func (p stringProducer) Produce() *string { return p() }

var validNamePattern = regexp.MustCompile(`(?i)^[a-z0-9._+=,@-]+$`)

// validateName checks an application, group or config name CodeDeploy
// will accept; tokens are left to CloudFormation.
func validateName(kind string, name *string) []string {
	if name == nil || *awscdk.Token_IsUnresolved(name) {
		return nil
	}
	var errs []string
	if len([]rune(*name)) > 100 {
		errs = append(errs, fmt.Sprintf("%s name: %q can be a max of 100 characters.", kind, *name))
	}
	if !validNamePattern.MatchString(*name) {
		errs = append(errs, fmt.Sprintf("%s name: %q can only contain letters (a-z, A-Z), numbers (0-9), periods (.), underscores (_), + (plus signs), = (equals signs), , (commas), @ (at signs), - (minus signs).", kind, *name))
	}
	return errs
}

func arnForApplication(stack awscdk.Stack, name *string) *string {
	return stack.FormatArn(&awscdk.ArnComponents{
		Service: jsii.String("codedeploy"), Resource: jsii.String("application"),
		ResourceName: name, ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME,
	})
}

// arnForDeploymentConfig builds a config's ARN in env's account and
// region, or the deploying stack's when env is nil.
func arnForDeploymentConfig(name *string, env *interfaces.ResourceEnvironment) *string {
	account, region := awscdk.Aws_ACCOUNT_ID(), awscdk.Aws_REGION()
	if env != nil {
		if env.Account != nil {
			account = env.Account
		}
		if env.Region != nil {
			region = env.Region
		}
	}
	return awscdk.Arn_Format(&awscdk.ArnComponents{
		Partition: awscdk.Aws_PARTITION(), Account: account, Region: region,
		Service: jsii.String("codedeploy"), Resource: jsii.String("deploymentconfig"),
		ResourceName: name, ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME,
	}, nil)
}

// renderAlarmConfiguration renders the alarms of a group at synthesis,
// when every AddAlarm has run. removeAlarms is the
// @aws-cdk/aws-codedeploy:removeAlarmsFromDeploymentGroup flag. It builds
// CloudFormation's shape itself: a lazy value skips the L1's property mapping.
func renderAlarmConfiguration(alarms []interfacesawscloudwatch.IAlarmRef, ignorePollFailure, ignoreConfig *bool, removeAlarms bool) interface{} {
	ignore := ignoreConfig != nil && *ignoreConfig
	if !removeAlarms && len(alarms) == 0 {
		return nil
	}
	m := map[string]interface{}{}
	if len(alarms) > 0 {
		l := make([]interface{}, len(alarms))
		for i, a := range alarms {
			l[i] = map[string]interface{}{"Name": a.AlarmRef().AlarmName}
		}
		m["Alarms"] = l
	}
	m["Enabled"] = !ignore && (len(alarms) > 0 || !removeAlarms)
	if ignorePollFailure != nil {
		m["IgnorePollAlarmFailure"] = *ignorePollFailure
	}
	return m
}

const deploymentInAlarmMessage = "The auto-rollback setting 'deploymentInAlarm' does not have any effect unless you associate at least one CloudWatch alarm with the Deployment Group"

// renderAutoRollbackConfiguration renders which events roll a deployment
// back; validateAutoRollback reports the one mistake it can hold.
func renderAutoRollbackConfiguration(hasAlarms bool, c *AutoRollbackConfig) interface{} {
	if c == nil {
		c = &AutoRollbackConfig{}
	}
	isFalse := func(b *bool) bool { return b != nil && !*b }
	isTrue := func(b *bool) bool { return b != nil && *b }
	var events []interface{}
	if !isFalse(c.FailedDeployment) {
		events = append(events, "DEPLOYMENT_FAILURE")
	}
	if isTrue(c.StoppedDeployment) {
		events = append(events, "DEPLOYMENT_STOP_ON_REQUEST")
	}
	if !isFalse(c.DeploymentInAlarm) && hasAlarms {
		events = append(events, "DEPLOYMENT_STOP_ON_ALARM")
	}
	if isFalse(c.FailedDeployment) && !isTrue(c.StoppedDeployment) && isFalse(c.DeploymentInAlarm) {
		return map[string]interface{}{"Enabled": false}
	}
	if len(events) == 0 {
		return nil
	}
	return map[string]interface{}{"Enabled": true, "Events": events}
}

func validateAutoRollback(hasAlarms bool, c *AutoRollbackConfig) []string {
	if c != nil && c.DeploymentInAlarm != nil && *c.DeploymentInAlarm && !hasAlarms {
		return []string{deploymentInAlarmMessage}
	}
	return nil
}

// removeAlarmsFlag is the feature flag that keeps an empty, disabled alarm
// configuration on a group without alarms.
const removeAlarmsFlag = "@aws-cdk/aws-codedeploy:removeAlarmsFromDeploymentGroup"

// predefinedConfig is one of CodeDeploy's built-in deployment configs. It
// is detached from the construct tree, as in aws-cdk-lib; env is the
// environment of the group it was bound to, if any.
type predefinedConfig struct {
	name string
	env  *interfaces.ResourceEnvironment
}

const detachedConfigMessage = "Objects returned by 'deploymentConfig()' cannot be used in this API: they are not real constructs and do not have a construct tree"

func (p *predefinedConfig) DeploymentConfigName() *string { return jsii.String(p.name) }
func (p *predefinedConfig) DeploymentConfigArn() *string {
	return arnForDeploymentConfig(jsii.String(p.name), p.env)
}
func (p *predefinedConfig) DeploymentConfigRef() *interfacesawscodedeploy.DeploymentConfigReference {
	return &interfacesawscodedeploy.DeploymentConfigReference{DeploymentConfigName: jsii.String(p.name)}
}
func (p *predefinedConfig) Node() constructs.Node {
	diag.Panic("", "%s", detachedConfigMessage)
	return nil
}
func (p *predefinedConfig) With(...constructs.IMixin) constructs.IConstruct {
	diag.Panic("", "%s", detachedConfigMessage)
	return nil
}
func (p *predefinedConfig) Env() *interfaces.ResourceEnvironment {
	diag.Panic("", "%s", detachedConfigMessage)
	return nil
}

// BindEnvironment returns the config as seen from deploymentGroup's
// account and region.
func (p *predefinedConfig) BindEnvironment(deploymentGroup interfacesawscodedeploy.IDeploymentGroupRef) interfacesawscodedeploy.IDeploymentConfigRef {
	if p.env != nil {
		return p
	}
	var env *interfaces.ResourceEnvironment
	if deploymentGroup != nil {
		env = deploymentGroup.Env()
	}
	return &predefinedConfig{name: p.name, env: env}
}

// bindConfig binds config to group when it is bindable (a predefined config).
func bindConfig(group interfacesawscodedeploy.IDeploymentGroupRef, config interfacesawscodedeploy.IDeploymentConfigRef) interfacesawscodedeploy.IDeploymentConfigRef {
	if b, ok := config.(IBindableDeploymentConfig); ok {
		return b.BindEnvironment(group)
	}
	return config
}

// asBaseConfig gives a bound config the IBaseDeploymentConfig view, with
// aws-cdk-lib's message when it has no name or ARN.
func asBaseConfig(scope constructs.IConstruct, config interfacesawscodedeploy.IDeploymentConfigRef, kind string) IBaseDeploymentConfig {
	if c, ok := config.(IBaseDeploymentConfig); ok {
		return c
	}
	diag.Panic(*scope.Node().Path(), "'deploymentConfig' instance should implement %s, but doesn't: %T", kind, config)
	return nil
}

func newDeploymentConfigRef(name *string) *interfacesawscodedeploy.DeploymentConfigReference {
	return &interfacesawscodedeploy.DeploymentConfigReference{DeploymentConfigName: name}
}
