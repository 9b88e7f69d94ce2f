package awscloudwatch

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscloudwatch"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/jsii"
)

// IAlarm is a CloudWatch alarm (metric or composite), defined here or imported.
type IAlarm interface {
	interfacesawscloudwatch.IAlarmRef
	IAlarmRule
	awscdk.IResource
	AlarmArn() *string
	AlarmName() *string
}

// IAlarmAction is something an alarm can trigger (an SNS topic, an EC2 action, …).
type IAlarmAction interface {
	// Bind returns the ARN the alarm notifies.
	Bind(scope constructs.Construct, alarm IAlarm) *AlarmActionConfig
}

// AlarmActionConfig is what an alarm action binds to.
type AlarmActionConfig struct {
	AlarmActionArn *string `field:"required" json:"alarmActionArn" yaml:"alarmActionArn"`
}

// AlarmBase is what metric and composite alarms share: their actions.
type AlarmBase interface {
	awscdk.Resource
	IAlarm
	AlarmActionArns() *[]*string
	SetAlarmActionArns(val *[]*string)
	InsufficientDataActionArns() *[]*string
	SetInsufficientDataActionArns(val *[]*string)
	OkActionArns() *[]*string
	SetOkActionArns(val *[]*string)
	// AddAlarmAction adds actions for the ALARM state.
	AddAlarmAction(actions ...IAlarmAction)
	// AddInsufficientDataAction adds actions for the INSUFFICIENT_DATA state.
	AddInsufficientDataAction(actions ...IAlarmAction)
	// AddOkAction adds actions for the OK state.
	AddOkAction(actions ...IAlarmAction)
	// AddAlarmMuteRule mutes the alarm's actions on a schedule.
	AddAlarmMuteRule(id *string, options *AlarmMuteRuleOptions) AlarmMuteRule
	ToString() *string
}

// alarmBase implements AlarmBase over the core Resource; self is the outer
// alarm, arn and name its attributes.
type alarmBase struct {
	awscdk.Resource
	self                            IAlarm
	alarmActions, okActions, idActs []*string
	arn, name                       func() *string
	arnMemo, nameMemo               *string
	validateAction                  func(arn *string) *string
}

// AlarmArn and AlarmName are memoized, as aws-cdk-lib's getters are, so
// the same token comes back each time.
func (a *alarmBase) AlarmArn() *string {
	if a.arnMemo == nil {
		a.arnMemo = a.arn()
	}
	return a.arnMemo
}

func (a *alarmBase) AlarmName() *string {
	if a.nameMemo == nil {
		a.nameMemo = a.name()
	}
	return a.nameMemo
}

func (a *alarmBase) AlarmRef() *interfacesawscloudwatch.AlarmReference {
	return &interfacesawscloudwatch.AlarmReference{AlarmName: a.self.AlarmName(), AlarmArn: a.self.AlarmArn()}
}

func (a *alarmBase) RenderAlarmRule() *string {
	return str(`ALARM("` + deref(a.self.AlarmArn()) + `")`)
}

func (a *alarmBase) ToString() *string { return a.Node().Path() }

func copyOrNil(l []*string) *[]*string {
	if len(l) == 0 {
		return nil
	}
	out := append([]*string(nil), l...)
	return &out
}

func setList(p *[]*string) []*string {
	if p == nil {
		return nil
	}
	return append([]*string(nil), *p...)
}

func (a *alarmBase) AlarmActionArns() *[]*string                { return copyOrNil(a.alarmActions) }
func (a *alarmBase) SetAlarmActionArns(v *[]*string)            { a.alarmActions = setList(v) }
func (a *alarmBase) InsufficientDataActionArns() *[]*string     { return copyOrNil(a.idActs) }
func (a *alarmBase) SetInsufficientDataActionArns(v *[]*string) { a.idActs = setList(v) }
func (a *alarmBase) OkActionArns() *[]*string                   { return copyOrNil(a.okActions) }
func (a *alarmBase) SetOkActionArns(v *[]*string)               { a.okActions = setList(v) }

func (a *alarmBase) bind(actions []IAlarmAction, validate bool) []*string {
	var out []*string
	for _, act := range actions {
		arn := act.Bind(a.Resource, a.self).AlarmActionArn
		if validate && a.validateAction != nil {
			arn = a.validateAction(arn)
		}
		out = append(out, arn)
	}
	return out
}

func (a *alarmBase) AddAlarmAction(actions ...IAlarmAction) {
	a.alarmActions = append(a.alarmActions, a.bind(actions, true)...)
}

func (a *alarmBase) AddInsufficientDataAction(actions ...IAlarmAction) {
	a.idActs = append(a.idActs, a.bind(actions, false)...)
}

func (a *alarmBase) AddOkAction(actions ...IAlarmAction) {
	a.okActions = append(a.okActions, a.bind(actions, false)...)
}

// actionList is a lazy list of action ARNs, left out of the template while empty.
func actionList(get func() []*string) *[]interface{} {
	l := actionStrList(get)
	out := make([]interface{}, len(*l))
	for i, s := range *l {
		out[i] = s
	}
	return &out
}

func actionStrList(get func() []*string) *[]*string {
	return awscdk.Lazy_UncachedList(listProducer(get), &awscdk.LazyListValueOptions{OmitEmpty: jsii.Bool(true)})
}

type listProducer func() []*string

// Produce returns nil for no actions: the L1 then leaves the property
// out, as aws-cdk-lib's omitted empty list does.
func (f listProducer) Produce(awscdk.IResolveContext) *[]*string {
	l := f()
	if len(l) == 0 {
		return nil
	}
	return &l
}

// importedAlarm is an alarm known by its ARN.
type importedAlarm struct {
	alarmBase
}

func importAlarm(scope constructs.Construct, id *string, alarmArn *string) IAlarm {
	a := &importedAlarm{}
	a.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(a.Resource, a)
	a.self = a
	name := awscdk.Stack_Of(scope).SplitArn(alarmArn, awscdk.ArnFormat_COLON_RESOURCE_NAME).ResourceName
	a.arn = func() *string { return alarmArn }
	a.name = func() *string { return name }
	return a
}

func alarmArnFromName(scope constructs.Construct, name *string) *string {
	return awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{
		Service: str("cloudwatch"), Resource: str("alarm"), ResourceName: name,
		ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME,
	})
}

// Alarm_FromAlarmArn imports an alarm by its ARN.
func Alarm_FromAlarmArn(scope constructs.Construct, id *string, alarmArn *string) IAlarm {
	return importAlarm(scope, id, alarmArn)
}

// Alarm_FromAlarmName imports an alarm of this stack's account and region by its name.
func Alarm_FromAlarmName(scope constructs.Construct, id *string, alarmName *string) IAlarm {
	return importAlarm(scope, id, alarmArnFromName(scope, alarmName))
}

// CompositeAlarm_FromCompositeAlarmArn imports a composite alarm by its ARN.
func CompositeAlarm_FromCompositeAlarmArn(scope constructs.Construct, id *string, compositeAlarmArn *string) IAlarm {
	return importAlarm(scope, id, compositeAlarmArn)
}

// CompositeAlarm_FromCompositeAlarmName imports a composite alarm by its name.
func CompositeAlarm_FromCompositeAlarmName(scope constructs.Construct, id *string, compositeAlarmName *string) IAlarm {
	return importAlarm(scope, id, alarmArnFromName(scope, compositeAlarmName))
}

// AlarmBase_IsConstruct reports whether x is a construct.
func AlarmBase_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// AlarmBase_IsResource reports whether the construct is a resource.
func AlarmBase_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

// AlarmBase_IsOwnedResource reports whether the construct is a resource owned by this app.
func AlarmBase_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// Alarm_IsConstruct reports whether x is a construct.
func Alarm_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Alarm_IsResource reports whether the construct is a resource.
func Alarm_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

// Alarm_IsOwnedResource reports whether the construct is a resource owned by this app.
func Alarm_IsOwnedResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsOwnedResource(c) }

// CompositeAlarm_IsConstruct reports whether x is a construct.
func CompositeAlarm_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// CompositeAlarm_IsResource reports whether the construct is a resource.
func CompositeAlarm_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

// CompositeAlarm_IsOwnedResource reports whether the construct is a resource owned by this app.
func CompositeAlarm_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// Dashboard_IsConstruct reports whether x is a construct.
func Dashboard_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Dashboard_IsResource reports whether the construct is a resource.
func Dashboard_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

// Dashboard_IsOwnedResource reports whether the construct is a resource owned by this app.
func Dashboard_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}
