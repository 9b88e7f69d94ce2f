package awscloudwatch

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
)

// PromQLAlarmProps define an alarm on a PromQL query.
type PromQLAlarmProps struct {
	// How often the query runs, 10 to 3600 seconds.
	EvaluationInterval awscdk.Duration `field:"required" json:"evaluationInterval" yaml:"evaluationInterval"`
	// The PromQL query, 1 to 10,000 characters.
	Query            *string `field:"required" json:"query" yaml:"query"`
	ActionsEnabled   *bool   `field:"optional" json:"actionsEnabled" yaml:"actionsEnabled"`
	AlarmDescription *string `field:"optional" json:"alarmDescription" yaml:"alarmDescription"`
	AlarmName        *string `field:"optional" json:"alarmName" yaml:"alarmName"`
	// How long a contributor breaches before ALARM, 0 to 86400 seconds.
	PendingPeriod awscdk.Duration `field:"optional" json:"pendingPeriod" yaml:"pendingPeriod"`
	// How long a contributor does not breach before OK, 0 to 86400 seconds.
	RecoveryPeriod awscdk.Duration `field:"optional" json:"recoveryPeriod" yaml:"recoveryPeriod"`
}

// PromQLAlarm is an alarm evaluating a PromQL query (AWS::CloudWatch::Alarm).
type PromQLAlarm interface {
	AlarmBase
}

type promQLAlarm struct {
	alarmBase
	resource CfnAlarm
}

// PromQLAlarm_PROPERTY_INJECTION_ID is the id property injectors use for PromQLAlarm.
func PromQLAlarm_PROPERTY_INJECTION_ID() *string {
	return str("aws-cdk-lib.aws-cloudwatch.PromQLAlarm")
}

// NewPromQLAlarm creates a PromQL alarm.
func NewPromQLAlarm(scope constructs.Construct, id *string, props *PromQLAlarmProps) PromQLAlarm {
	props = l2.Inject(*PromQLAlarm_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &PromQLAlarmProps{}
	}
	a := &promQLAlarm{}
	a.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.AlarmName})
	host.Set(a.Resource, a)
	a.self = a
	a.arn = func() *string {
		return a.GetResourceArnAttribute(a.resource.AttrArn(), &awscdk.ArnComponents{
			Service: str("cloudwatch"), Resource: str("alarm"), ResourceName: a.PhysicalName(),
			ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME,
		})
	}
	a.name = func() *string { return a.GetResourceNameAttribute(a.resource.Ref()) }
	if props.EvaluationInterval == nil || props.Query == nil {
		throw(a, "PromQLAlarm needs evaluationInterval and query")
	}
	interval := seconds(props.EvaluationInterval)
	if !isUnresolved(interval) && (*interval < 10 || *interval > 3600) {
		throw(a, "evaluationInterval must be between 10 and 3600 seconds, got %s", fmtNum(*interval))
	}
	pending, recovery := seconds(props.PendingPeriod), seconds(props.RecoveryPeriod)
	if pending != nil && !isUnresolved(pending) && (*pending < 0 || *pending > 86400) {
		throw(a, "pendingPeriod must be between 0 and 86400 seconds, got %s", fmtNum(*pending))
	}
	if recovery != nil && !isUnresolved(recovery) && (*recovery < 0 || *recovery > 86400) {
		throw(a, "recoveryPeriod must be between 0 and 86400 seconds, got %s", fmtNum(*recovery))
	}
	if q := *props.Query; !isUnresolved(props.Query) && (len(q) < 1 || len(q) > 10000) {
		throw(a, "query must be between 1 and 10000 characters, got %d", len(q))
	}
	cfn := &CfnAlarmProps{
		AlarmDescription:        props.AlarmDescription,
		AlarmName:               a.PhysicalName(),
		AlarmActions:            actionList(func() []*string { return a.alarmActions }),
		InsufficientDataActions: actionList(func() []*string { return a.idActs }),
		OkActions:               actionList(func() []*string { return a.okActions }),
		EvaluationCriteria: &CfnAlarm_EvaluationCriteriaProperty{PromQlCriteria: &CfnAlarm_AlarmPromQLCriteriaProperty{
			Query: props.Query, PendingPeriod: pending, RecoveryPeriod: recovery,
		}},
		EvaluationInterval: interval,
	}
	if props.ActionsEnabled != nil {
		cfn.ActionsEnabled = props.ActionsEnabled
	}
	a.resource = NewCfnAlarm(a, str("Resource"), cfn)
	return a
}

// PromQLAlarm_FromPromQLAlarmArn imports a PromQL alarm by its ARN.
func PromQLAlarm_FromPromQLAlarmArn(scope constructs.Construct, id *string, alarmArn *string) IAlarm {
	return importAlarm(scope, id, alarmArn)
}

// PromQLAlarm_FromPromQLAlarmName imports a PromQL alarm by its name.
func PromQLAlarm_FromPromQLAlarmName(scope constructs.Construct, id *string, alarmName *string) IAlarm {
	return importAlarm(scope, id, alarmArnFromName(scope, alarmName))
}

// PromQLAlarm_IsConstruct reports whether x is a construct.
func PromQLAlarm_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// PromQLAlarm_IsResource reports whether the construct is a resource.
func PromQLAlarm_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

// PromQLAlarm_IsOwnedResource reports whether the construct is a resource owned by this app.
func PromQLAlarm_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}
