package awsscheduler

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsscheduler"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/cwmetric"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// IScheduleGroup is a schedule group, defined in this app or imported.
type IScheduleGroup interface {
	awscdk.IResource
	interfacesawsscheduler.IScheduleGroupRef
	// Grant gives grantee actions on the group itself.
	Grant(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant
	// GrantDeleteSchedules lets identity delete the group's schedules.
	GrantDeleteSchedules(identity awsiam.IGrantable) awsiam.Grant
	// GrantReadSchedules lets identity get and list the group's schedules.
	GrantReadSchedules(identity awsiam.IGrantable) awsiam.Grant
	// GrantWriteSchedules lets identity create and update the group's schedules.
	GrantWriteSchedules(identity awsiam.IGrantable) awsiam.Grant
	// Metric is the group's metricName metric (AWS/Scheduler, by ScheduleGroup; sum).
	Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricAttempts(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricDropped(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	// MetricFailedToBeSentToDLQ counts failed DLQ deliveries, for one error code when errorCode is set.
	MetricFailedToBeSentToDLQ(errorCode *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricSentToDLQ(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricSentToDLQTruncated(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricTargetErrors(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricTargetThrottled(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricThrottled(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	ScheduleGroupArn() *string
	ScheduleGroupName() *string
}

// ScheduleGroupProps are the props of NewScheduleGroup.
type ScheduleGroupProps struct {
	// What happens to the group when it leaves the stack. Default: RETAIN.
	RemovalPolicy awscdk.RemovalPolicy `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
	// The group's name. Default: a unique name made from the construct path.
	ScheduleGroupName *string `field:"optional" json:"scheduleGroupName" yaml:"scheduleGroupName"`
}

// ScheduleGroup is a schedule group defined in this app (AWS::Scheduler::ScheduleGroup).
type ScheduleGroup interface {
	awscdk.Resource
	IScheduleGroup
	// Grants is the group's grants object.
	Grants() ScheduleGroupGrants
}

// groupBase implements IScheduleGroup over the core Resource; self is the
// outer object.
type groupBase struct {
	awscdk.Resource
	self   IScheduleGroup
	arn    func() *string
	name   func() *string
	grants ScheduleGroupGrants
}

func (g *groupBase) ScheduleGroupArn() *string  { return g.arn() }
func (g *groupBase) ScheduleGroupName() *string { return g.name() }

func (g *groupBase) ScheduleGroupRef() *interfacesawsscheduler.ScheduleGroupReference {
	return &interfacesawsscheduler.ScheduleGroupReference{ScheduleGroupArn: g.arn(), ScheduleGroupName: g.name()}
}

func (g *groupBase) Grants() ScheduleGroupGrants {
	if g.grants == nil {
		// The tree's object for the node: a user's type embedding the group, if any.
		var ref interfacesawsscheduler.IScheduleGroupRef = g.self
		if outer, ok := host.Of(g.Resource).(interfacesawsscheduler.IScheduleGroupRef); ok {
			ref = outer
		}
		g.grants = ScheduleGroupGrants_FromScheduleGroup(ref)
	}
	return g.grants
}

func (g *groupBase) Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	base := &awscloudwatch.MetricProps{
		Namespace:     jsii.String("AWS/Scheduler"),
		MetricName:    metricName,
		DimensionsMap: &map[string]*string{"ScheduleGroup": g.name()},
		Statistic:     jsii.String("sum"),
	}
	return awscloudwatch.NewMetric(cwmetric.Overlay(base, props)).AttachTo(g.self)
}

func (g *groupBase) MetricThrottled(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return g.Metric(jsii.String("InvocationThrottleCount"), props)
}

func (g *groupBase) MetricAttempts(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return g.Metric(jsii.String("InvocationAttemptCount"), props)
}

func (g *groupBase) MetricTargetErrors(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return g.Metric(jsii.String("TargetErrorCount"), props)
}

func (g *groupBase) MetricTargetThrottled(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return g.Metric(jsii.String("TargetErrorThrottledCount"), props)
}

func (g *groupBase) MetricDropped(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return g.Metric(jsii.String("InvocationDroppedCount"), props)
}

func (g *groupBase) MetricSentToDLQ(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return g.Metric(jsii.String("InvocationsSentToDeadLetterCount"), props)
}

func (g *groupBase) MetricFailedToBeSentToDLQ(errorCode *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return g.Metric(jsii.String(failedToDLQName(errorCode)), props)
}

func (g *groupBase) MetricSentToDLQTruncated(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return g.Metric(jsii.String("InvocationsSentToDeadLetterCount_Truncated_MessageSizeExceeded"), props)
}

func failedToDLQName(errorCode *string) string {
	if errorCode != nil && *errorCode != "" {
		return "InvocationsFailedToBeSentToDeadLetterCount_" + *errorCode
	}
	return "InvocationsFailedToBeSentToDeadLetterCount"
}

func (g *groupBase) Grant(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant {
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{
		Grantee: grantee, Actions: &actions, ResourceArns: &[]*string{g.arn()},
	})
}

func (g *groupBase) GrantReadSchedules(identity awsiam.IGrantable) awsiam.Grant {
	return g.Grants().ReadSchedules(identity)
}

func (g *groupBase) GrantWriteSchedules(identity awsiam.IGrantable) awsiam.Grant {
	return g.Grants().WriteSchedules(identity)
}

func (g *groupBase) GrantDeleteSchedules(identity awsiam.IGrantable) awsiam.Grant {
	return g.Grants().DeleteSchedules(identity)
}

type scheduleGroup struct {
	groupBase
	resource CfnScheduleGroup
	arnMemo  *string
}

// ScheduleGroup_PROPERTY_INJECTION_ID is the id property injectors use for ScheduleGroup.
func ScheduleGroup_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-scheduler.ScheduleGroup")
}

// NewScheduleGroup creates a schedule group.
func NewScheduleGroup(scope constructs.Construct, id *string, props *ScheduleGroupProps) ScheduleGroup {
	props = l2.Inject(*ScheduleGroup_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &ScheduleGroupProps{}
	}
	g := &scheduleGroup{}
	g.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(g.Resource, g)
	g.self = g
	name := props.ScheduleGroupName
	if name == nil {
		name = awscdk.Names_UniqueResourceName(g, &awscdk.UniqueResourceNameOptions{
			MaxLength: jsii.Number(64), Separator: jsii.String("-"),
		})
	}
	g.name = func() *string { return name }
	g.arn = g.groupArn
	g.resource = NewCfnScheduleGroup(g, jsii.String("Resource"), &CfnScheduleGroupProps{Name: name})
	g.resource.ApplyRemovalPolicy(props.RemovalPolicy, nil)
	return g
}

func (g *scheduleGroup) groupArn() *string {
	if g.arnMemo == nil {
		g.arnMemo = g.GetResourceArnAttribute(g.resource.AttrArn(), &awscdk.ArnComponents{
			Service: jsii.String("scheduler"), Resource: jsii.String("schedule-group"), ResourceName: g.name(),
		})
	}
	return g.arnMemo
}

type importedGroup struct{ groupBase }

// ScheduleGroup_FromScheduleGroupArn imports a schedule group by its ARN.
func ScheduleGroup_FromScheduleGroupArn(scope constructs.Construct, id *string, scheduleGroupArn *string) IScheduleGroup {
	if scheduleGroupArn == nil {
		l2.RequireArg(scope, "ScheduleGroup.fromScheduleGroupArn", "scheduleGroupArn")
	}
	name := awscdk.Stack_Of(scope).SplitArn(scheduleGroupArn, awscdk.ArnFormat_SLASH_RESOURCE_NAME).ResourceName
	g := &importedGroup{}
	g.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(g.Resource, g)
	g.self = g
	g.arn = func() *string { return scheduleGroupArn }
	g.name = func() *string { return name }
	return g
}

// ScheduleGroup_FromScheduleGroupName imports a schedule group of this
// stack's account and region by its name.
func ScheduleGroup_FromScheduleGroupName(scope constructs.Construct, id *string, scheduleGroupName *string) IScheduleGroup {
	if scheduleGroupName == nil {
		l2.RequireArg(scope, "ScheduleGroup.fromScheduleGroupName", "scheduleGroupName")
	}
	arn := awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{
		Service: jsii.String("scheduler"), Resource: jsii.String("schedule-group"), ResourceName: scheduleGroupName,
	})
	return ScheduleGroup_FromScheduleGroupArn(scope, id, arn)
}

// ScheduleGroup_FromDefaultScheduleGroup is the account's "default" group.
func ScheduleGroup_FromDefaultScheduleGroup(scope constructs.Construct, id *string) IScheduleGroup {
	return ScheduleGroup_FromScheduleGroupName(scope, id, jsii.String("default"))
}

// ScheduleGroupGrants grants permissions on the schedules of a group.
type ScheduleGroupGrants interface {
	Resource() interfacesawsscheduler.IScheduleGroupRef
	// DeleteSchedules lets grantee delete the group's schedules.
	DeleteSchedules(grantee awsiam.IGrantable) awsiam.Grant
	// ReadSchedules lets grantee get and list the group's schedules.
	ReadSchedules(grantee awsiam.IGrantable) awsiam.Grant
	// WriteSchedules lets grantee create and update the group's schedules.
	WriteSchedules(grantee awsiam.IGrantable) awsiam.Grant
}

type groupGrants struct {
	resource interfacesawsscheduler.IScheduleGroupRef
}

// ScheduleGroupGrants_FromScheduleGroup is the grants object of resource.
func ScheduleGroupGrants_FromScheduleGroup(resource interfacesawsscheduler.IScheduleGroupRef) ScheduleGroupGrants {
	if resource == nil {
		diag.Panic("", "ScheduleGroupGrants.fromScheduleGroup needs a resource; got nil")
	}
	return &groupGrants{resource: resource}
}

func (g *groupGrants) Resource() interfacesawsscheduler.IScheduleGroupRef { return g.resource }

func (g *groupGrants) ReadSchedules(grantee awsiam.IGrantable) awsiam.Grant {
	return g.grant(grantee, "scheduler:GetSchedule", "scheduler:ListSchedules")
}

func (g *groupGrants) WriteSchedules(grantee awsiam.IGrantable) awsiam.Grant {
	return g.grant(grantee, "scheduler:CreateSchedule", "scheduler:UpdateSchedule")
}

func (g *groupGrants) DeleteSchedules(grantee awsiam.IGrantable) awsiam.Grant {
	return g.grant(grantee, "scheduler:DeleteSchedule")
}

func (g *groupGrants) grant(grantee awsiam.IGrantable, actions ...string) awsiam.Grant {
	env := g.resource.Env()
	arn := awscdk.Arn_Format(&awscdk.ArnComponents{
		Region: env.Region, Account: env.Account, Partition: awscdk.Aws_PARTITION(),
		Service: jsii.String("scheduler"), Resource: jsii.String("schedule"),
		ResourceName: jsii.String(*g.resource.ScheduleGroupRef().ScheduleGroupName + "/*"),
	}, nil)
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{
		Grantee: grantee, Actions: jsii.Strings(actions...), ResourceArns: &[]*string{arn},
	})
}
