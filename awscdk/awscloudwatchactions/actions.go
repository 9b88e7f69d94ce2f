package awscloudwatchactions

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
)

func str(s string) *string { return &s }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// SnsAction notifies an SNS topic.
type SnsAction interface {
	awscloudwatch.IAlarmAction
}

type snsAction struct{ topic awssns.ITopic }

// NewSnsAction notifies topic when the alarm changes state.
func NewSnsAction(topic awssns.ITopic) SnsAction { return &snsAction{topic: topic} }

func (a *snsAction) Bind(scope constructs.Construct, alarm awscloudwatch.IAlarm) *awscloudwatch.AlarmActionConfig {
	if a.topic == nil {
		diag.Panic(deref(scope.Node().Path()), "SnsAction needs a topic")
	}
	return &awscloudwatch.AlarmActionConfig{AlarmActionArn: a.topic.TopicArn()}
}

// Ec2InstanceAction is what an alarm does to an EC2 instance.
type Ec2InstanceAction string

const (
	Ec2InstanceAction_STOP      Ec2InstanceAction = "STOP"
	Ec2InstanceAction_TERMINATE Ec2InstanceAction = "TERMINATE"
	Ec2InstanceAction_RECOVER   Ec2InstanceAction = "RECOVER"
	Ec2InstanceAction_REBOOT    Ec2InstanceAction = "REBOOT"
)

var ec2InstanceActionValues = map[Ec2InstanceAction]string{
	Ec2InstanceAction_STOP: "stop", Ec2InstanceAction_TERMINATE: "terminate",
	Ec2InstanceAction_RECOVER: "recover", Ec2InstanceAction_REBOOT: "reboot",
}

// Ec2Action acts on the EC2 instance the alarm's metric measures (its
// metric must have exactly one dimension, InstanceId).
type Ec2Action interface {
	awscloudwatch.IAlarmAction
}

type ec2Action struct{ action Ec2InstanceAction }

// NewEc2Action makes an EC2 action.
func NewEc2Action(instanceAction Ec2InstanceAction) Ec2Action {
	return &ec2Action{action: instanceAction}
}

func (a *ec2Action) Bind(scope constructs.Construct, alarm awscloudwatch.IAlarm) *awscloudwatch.AlarmActionConfig {
	stack := awscdk.Stack_Of(scope)
	v, ok := ec2InstanceActionValues[a.action]
	if !ok {
		v = string(a.action)
	}
	return &awscloudwatch.AlarmActionConfig{AlarmActionArn: str("arn:" + deref(stack.Partition()) + ":automate:" + deref(stack.Region()) + ":ec2:" + v)}
}

// OpsItemSeverity is the severity of an OpsItem.
type OpsItemSeverity string

const (
	OpsItemSeverity_CRITICAL OpsItemSeverity = "CRITICAL"
	OpsItemSeverity_HIGH     OpsItemSeverity = "HIGH"
	OpsItemSeverity_MEDIUM   OpsItemSeverity = "MEDIUM"
	OpsItemSeverity_LOW      OpsItemSeverity = "LOW"
)

var opsItemSeverityValues = map[OpsItemSeverity]string{
	OpsItemSeverity_CRITICAL: "1", OpsItemSeverity_HIGH: "2", OpsItemSeverity_MEDIUM: "3", OpsItemSeverity_LOW: "4",
}

// OpsItemCategory is the category of an OpsItem.
type OpsItemCategory string

const (
	OpsItemCategory_AVAILABILITY OpsItemCategory = "AVAILABILITY"
	OpsItemCategory_COST         OpsItemCategory = "COST"
	OpsItemCategory_PERFORMANCE  OpsItemCategory = "PERFORMANCE"
	OpsItemCategory_RECOVERY     OpsItemCategory = "RECOVERY"
	OpsItemCategory_SECURITY     OpsItemCategory = "SECURITY"
)

var opsItemCategoryValues = map[OpsItemCategory]string{
	OpsItemCategory_AVAILABILITY: "Availability", OpsItemCategory_COST: "Cost", OpsItemCategory_PERFORMANCE: "Performance",
	OpsItemCategory_RECOVERY: "Recovery", OpsItemCategory_SECURITY: "Security",
}

// SsmAction opens a Systems Manager OpsItem.
type SsmAction interface {
	awscloudwatch.IAlarmAction
}

type ssmAction struct {
	severity OpsItemSeverity
	category OpsItemCategory
}

// NewSsmAction makes an OpsItem action; category may be empty.
func NewSsmAction(severity OpsItemSeverity, category OpsItemCategory) SsmAction {
	return &ssmAction{severity: severity, category: category}
}

func (a *ssmAction) Bind(scope constructs.Construct, alarm awscloudwatch.IAlarm) *awscloudwatch.AlarmActionConfig {
	stack := awscdk.Stack_Of(scope)
	sev, ok := opsItemSeverityValues[a.severity]
	if !ok {
		sev = string(a.severity)
	}
	arn := "arn:" + deref(stack.Partition()) + ":ssm:" + deref(stack.Region()) + ":" + deref(stack.Account()) + ":opsitem:" + sev
	if a.category != "" {
		cat, ok := opsItemCategoryValues[a.category]
		if !ok {
			cat = string(a.category)
		}
		arn += "#CATEGORY=" + cat
	}
	return &awscloudwatch.AlarmActionConfig{AlarmActionArn: str(arn)}
}

// SsmIncidentAction starts a Systems Manager Incident Manager incident.
type SsmIncidentAction interface {
	awscloudwatch.IAlarmAction
}

type ssmIncidentAction struct{ plan *string }

// NewSsmIncidentAction starts an incident from the response plan.
func NewSsmIncidentAction(responsePlanName *string) SsmIncidentAction {
	return &ssmIncidentAction{plan: responsePlanName}
}

func (a *ssmIncidentAction) Bind(scope constructs.Construct, alarm awscloudwatch.IAlarm) *awscloudwatch.AlarmActionConfig {
	stack := awscdk.Stack_Of(scope)
	return &awscloudwatch.AlarmActionConfig{AlarmActionArn: str("arn:" + deref(stack.Partition()) + ":ssm-incidents::" +
		deref(stack.Account()) + ":response-plan/" + deref(a.plan))}
}

// LambdaActionProps change a LambdaAction.
type LambdaActionProps struct {
	// Name the permission after the alarm's unique id, so several alarms
	// in different scopes can invoke the same function.
	UseUniquePermissionId *bool `field:"optional" json:"useUniquePermissionId" yaml:"useUniquePermissionId"`
}

// LambdaAction invokes a Lambda function, alias or version, and lets the
// alarm do so.
type LambdaAction interface {
	awscloudwatch.IAlarmAction
}

type lambdaAction struct {
	fn    awslambda.IFunction
	props LambdaActionProps
}

const lambdaPermissionIDFlag = "@aws-cdk/aws-cloudwatch-actions:changeLambdaPermissionLogicalIdForLambdaAction"

// NewLambdaAction invokes lambdaFunction (an awslambda.IFunction, IAlias or IVersion).
func NewLambdaAction(lambdaFunction interface{}, props *LambdaActionProps) LambdaAction {
	fn, ok := lambdaFunction.(awslambda.IFunction)
	if !ok {
		diag.Panic("", "LambdaAction needs an awslambda.IFunction, IAlias or IVersion, got %T", lambdaFunction)
	}
	a := &lambdaAction{fn: fn}
	if props != nil {
		a.props = *props
	}
	return a
}

func (a *lambdaAction) Bind(scope constructs.Construct, alarm awscloudwatch.IAlarm) *awscloudwatch.AlarmActionConfig {
	prefix := ""
	if *awscdk.FeatureFlags_Of(scope).IsEnabled(str(lambdaPermissionIDFlag)) {
		prefix = deref(alarm.Node().Id())
	}
	unique := a.props.UseUniquePermissionId != nil && *a.props.UseUniquePermissionId
	if unique {
		prefix = deref(awscdk.Names_UniqueId(alarm))
	}
	id := prefix + "AlarmPermission"
	alarmArn := alarm.AlarmRef().AlarmArn
	existing := a.fn.PermissionsNode().TryFindChild(str(id))
	var existingArn *string
	if p, ok := existing.(interface{ SourceArn() *string }); ok {
		existingArn = p.SourceArn()
	}
	if existingArn == nil || deref(existingArn) != deref(alarmArn) {
		if existing != nil && !unique {
			awscdk.Annotations_Of(scope).AddWarningV2(str("@aws-cdk/aws-cloudwatch-actions:LambdaActionPermissionId"),
				str("Please use 'useUniquePermissionId' on LambdaAction "+deref(a.fn.FunctionName())+" to generate unique Lambda Permission Id"))
		}
		a.fn.AddPermission(str(id), &awslambda.Permission{
			SourceAccount: awscdk.Stack_Of(scope).Account(),
			Action:        str("lambda:InvokeFunction"),
			SourceArn:     alarmArn,
			Principal:     awsiam.NewServicePrincipal(str("lambda.alarms.cloudwatch.amazonaws.com"), nil),
		})
	}
	return &awscloudwatch.AlarmActionConfig{AlarmActionArn: a.fn.FunctionArn()}
}

func throwUnscoped(format string, args ...interface{}) { diag.Panic("", format, args...) }
