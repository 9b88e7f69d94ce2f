package awscloudwatch

import (
	"fmt"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscloudwatch"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// CalendarDateTime is a date and time without a time zone.
type CalendarDateTime struct {
	Day    *float64 `field:"required" json:"day" yaml:"day"`
	Hour   *float64 `field:"required" json:"hour" yaml:"hour"`
	Minute *float64 `field:"required" json:"minute" yaml:"minute"`
	Month  *float64 `field:"required" json:"month" yaml:"month"`
	Year   *float64 `field:"required" json:"year" yaml:"year"`
}

// CronOptions are the fields of a cron schedule; unset fields are "*".
type CronOptions struct {
	Minute   *string         `field:"required" json:"minute" yaml:"minute"`
	Day      *string         `field:"optional" json:"day" yaml:"day"`
	Hour     *string         `field:"optional" json:"hour" yaml:"hour"`
	Month    *string         `field:"optional" json:"month" yaml:"month"`
	TimeZone awscdk.TimeZone `field:"optional" json:"timeZone" yaml:"timeZone"`
	WeekDay  *string         `field:"optional" json:"weekDay" yaml:"weekDay"`
}

// ScheduleExpression says when an alarm mute rule applies.
type ScheduleExpression interface {
	ExpressionString() *string
	TimeZone() awscdk.TimeZone
}

type scheduleExpression struct {
	expr string
	tz   awscdk.TimeZone
}

func (s *scheduleExpression) ExpressionString() *string { return str(s.expr) }
func (s *scheduleExpression) TimeZone() awscdk.TimeZone { return s.tz }

func formatDate(d *CalendarDateTime) string {
	if d == nil {
		throwUnscoped("The specified date is invalid. (no date given).")
	}
	check := func(v *float64, lo, hi float64, what string) float64 {
		if v != nil && !isUnresolved(v) && (*v < lo || *v > hi) {
			throwUnscoped("The specified date is invalid. (%s out of range: %s-%s).", what, fmtNum(lo), fmtNum(hi))
		}
		return numOr(v, 0)
	}
	month := check(d.Month, 1, 12, "month")
	day := check(d.Day, 1, 31, "day")
	hour := check(d.Hour, 0, 23, "hour")
	minute := check(d.Minute, 0, 59, "minute")
	pad := func(f float64) string {
		s := fmtNum(f)
		if len(s) < 2 {
			s = "0" + s
		}
		return s
	}
	return fmt.Sprintf("%s-%s-%sT%s:%s", fmtNum(numOr(d.Year, 0)), pad(month), pad(day), pad(hour), pad(minute))
}

// ScheduleExpression_At is a one-time schedule.
func ScheduleExpression_At(date *CalendarDateTime, timeZone awscdk.TimeZone) ScheduleExpression {
	return &scheduleExpression{expr: "at(" + formatDate(date) + ")", tz: timeZone}
}

// ScheduleExpression_Expression is a schedule written out by hand.
func ScheduleExpression_Expression(expression *string, timeZone awscdk.TimeZone) ScheduleExpression {
	return &scheduleExpression{expr: deref(expression), tz: timeZone}
}

// ScheduleExpression_Cron is a cron schedule.
func ScheduleExpression_Cron(options *CronOptions) ScheduleExpression {
	if options == nil {
		options = &CronOptions{}
	}
	if options.WeekDay != nil && options.Day != nil {
		throwUnscoped("Cannot supply both 'day' and 'weekDay', use at most one")
	}
	or := func(s *string) string {
		if s == nil {
			return "*"
		}
		return *s
	}
	return &scheduleExpression{expr: fmt.Sprintf("cron(%s %s %s %s %s)", jsUndef(options.Minute), or(options.Hour), or(options.Day),
		or(options.Month), or(options.WeekDay)), tz: options.TimeZone}
}

// AlarmMuteRuleOptions define a mute rule added to an alarm.
type AlarmMuteRuleOptions struct {
	// How long each muting lasts, 1 minute to 15 days.
	Duration          awscdk.Duration     `field:"required" json:"duration" yaml:"duration"`
	Schedule          ScheduleExpression  `field:"required" json:"schedule" yaml:"schedule"`
	AlarmMuteRuleName *string             `field:"optional" json:"alarmMuteRuleName" yaml:"alarmMuteRuleName"`
	Description       *string             `field:"optional" json:"description" yaml:"description"`
	Expire            *CalendarDateTime   `field:"optional" json:"expire" yaml:"expire"`
	Start             *CalendarDateTime   `field:"optional" json:"start" yaml:"start"`
	Tags              *map[string]*string `field:"optional" json:"tags" yaml:"tags"`
}

// AlarmMuteRuleProps define an alarm mute rule.
type AlarmMuteRuleProps struct {
	Duration          awscdk.Duration                      `field:"required" json:"duration" yaml:"duration"`
	Schedule          ScheduleExpression                   `field:"required" json:"schedule" yaml:"schedule"`
	AlarmMuteRuleName *string                              `field:"optional" json:"alarmMuteRuleName" yaml:"alarmMuteRuleName"`
	Description       *string                              `field:"optional" json:"description" yaml:"description"`
	Expire            *CalendarDateTime                    `field:"optional" json:"expire" yaml:"expire"`
	Start             *CalendarDateTime                    `field:"optional" json:"start" yaml:"start"`
	Tags              *map[string]*string                  `field:"optional" json:"tags" yaml:"tags"`
	Alarms            *[]interfacesawscloudwatch.IAlarmRef `field:"optional" json:"alarms" yaml:"alarms"`
}

// IAlarmMuteRule is an alarm mute rule, defined here or imported.
type IAlarmMuteRule interface {
	interfacesawscloudwatch.IAlarmMuteRuleRef
	awscdk.IResource
	AlarmMuteRuleArn() *string
	AlarmMuteRuleName() *string
}

// AlarmMuteRule mutes alarms' actions on a schedule (AWS::CloudWatch::AlarmMuteRule).
type AlarmMuteRule interface {
	awscdk.Resource
	IAlarmMuteRule
	// AddAlarm mutes one more alarm.
	AddAlarm(alarm interfacesawscloudwatch.IAlarmRef)
}

type alarmMuteRule struct {
	awscdk.Resource
	arn, name func() *string
	memoArn   *string
	memoName  *string
	alarms    []interfacesawscloudwatch.IAlarmRef
}

// AlarmMuteRule_PROPERTY_INJECTION_ID is the id property injectors use for AlarmMuteRule.
func AlarmMuteRule_PROPERTY_INJECTION_ID() *string {
	return str("aws-cdk-lib.aws-cloudwatch.AlarmMuteRule")
}

type anyProducer func() interface{}

func (f anyProducer) Produce(awscdk.IResolveContext) interface{} { return f() }

// NewAlarmMuteRule creates an alarm mute rule.
func NewAlarmMuteRule(scope constructs.Construct, id *string, props *AlarmMuteRuleProps) AlarmMuteRule {
	props = l2.Inject(*AlarmMuteRule_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &AlarmMuteRuleProps{}
	}
	r := &alarmMuteRule{}
	r.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.AlarmMuteRuleName})
	host.Set(r.Resource, r)
	if n := props.AlarmMuteRuleName; n != nil && !isUnresolved(n) && (len(*n) < 1 || len(*n) > 255) {
		throw(r, "Alarm mute rule name must be between 1 and 255 characters, got %d characters.", len(*n))
	}
	if props.Duration == nil || props.Schedule == nil {
		throw(r, "AlarmMuteRule needs a duration and a schedule")
	}
	if !*props.Duration.IsUnresolved() {
		if m := *props.Duration.ToMinutes(&awscdk.TimeConversionOptions{Integral: jsii.Bool(false)}); m < 1 {
			throw(r, "Duration must be greater than or equal to 1 minute, got %s minutes.", fmtNum(m))
		}
		if d := *props.Duration.ToDays(&awscdk.TimeConversionOptions{Integral: jsii.Bool(false)}); d > 15 {
			throw(r, "Duration must be less than or equal to 15 days, got %s days.", fmtNum(d))
		}
	}
	if props.Alarms != nil {
		for _, a := range *props.Alarms {
			r.AddAlarm(a)
		}
	}
	schedule := &CfnAlarmMuteRule_ScheduleProperty{
		Duration:   props.Duration.ToIsoString(),
		Expression: props.Schedule.ExpressionString(),
	}
	if tz := props.Schedule.TimeZone(); tz != nil {
		schedule.Timezone = tz.TimezoneName()
	}
	cfn := &CfnAlarmMuteRuleProps{
		Name:        props.AlarmMuteRuleName,
		Description: props.Description,
		MuteTargets: awscdk.Lazy_UncachedAny(anyProducer(func() interface{} {
			if len(r.alarms) == 0 {
				return nil
			}
			if len(r.alarms) > 100 {
				throw(r, "The maximum number of target alarms is 100. Got %d alarms.", len(r.alarms))
			}
			names := []interface{}{}
			for _, a := range r.alarms {
				names = append(names, a.AlarmRef().AlarmName)
			}
			return map[string]interface{}{"AlarmNames": names}
		}), nil),
		Rule: &CfnAlarmMuteRule_RuleProperty{Schedule: schedule},
	}
	if props.Start != nil {
		cfn.StartDate = str(formatDate(props.Start))
	}
	if props.Expire != nil {
		cfn.ExpireDate = str(formatDate(props.Expire))
	}
	if props.Tags != nil {
		tags := []*awscdk.CfnTag{}
		for _, k := range sortedKeys(*props.Tags) {
			tags = append(tags, &awscdk.CfnTag{Key: str(k), Value: (*props.Tags)[k]})
		}
		cfn.Tags = &tags
	}
	res := NewCfnAlarmMuteRule(r, str("Resource"), cfn)
	r.arn = func() *string {
		return r.GetResourceArnAttribute(res.AttrArn(), &awscdk.ArnComponents{
			Service: str("cloudwatch"), Resource: str("alarm-mute-rule"), ResourceName: r.PhysicalName(),
			ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME,
		})
	}
	r.name = func() *string { return r.GetResourceNameAttribute(res.Ref()) }
	return r
}

func (r *alarmMuteRule) AlarmMuteRuleArn() *string {
	if r.memoArn == nil {
		r.memoArn = r.arn()
	}
	return r.memoArn
}

func (r *alarmMuteRule) AlarmMuteRuleName() *string {
	if r.memoName == nil {
		r.memoName = r.name()
	}
	return r.memoName
}

func (r *alarmMuteRule) AlarmMuteRuleRef() *interfacesawscloudwatch.AlarmMuteRuleReference {
	return &interfacesawscloudwatch.AlarmMuteRuleReference{AlarmMuteRuleArn: r.AlarmMuteRuleArn()}
}

func (r *alarmMuteRule) AddAlarm(alarm interfacesawscloudwatch.IAlarmRef) {
	r.alarms = append(r.alarms, alarm)
}

type importedMuteRule struct {
	awscdk.Resource
	arn, name *string
}

func (r *importedMuteRule) AlarmMuteRuleArn() *string  { return r.arn }
func (r *importedMuteRule) AlarmMuteRuleName() *string { return r.name }
func (r *importedMuteRule) AlarmMuteRuleRef() *interfacesawscloudwatch.AlarmMuteRuleReference {
	return &interfacesawscloudwatch.AlarmMuteRuleReference{AlarmMuteRuleArn: r.arn}
}

// AlarmMuteRule_FromAlarmMuteRuleArn imports a mute rule by its ARN.
func AlarmMuteRule_FromAlarmMuteRuleArn(scope constructs.Construct, id *string, alarmMuteRuleArn *string) IAlarmMuteRule {
	r := &importedMuteRule{arn: alarmMuteRuleArn}
	r.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(r.Resource, r)
	r.name = awscdk.Stack_Of(scope).SplitArn(alarmMuteRuleArn, awscdk.ArnFormat_COLON_RESOURCE_NAME).ResourceName
	return r
}

// AlarmMuteRule_FromAlarmMuteRuleName imports a mute rule of this account and region by its name.
func AlarmMuteRule_FromAlarmMuteRuleName(scope constructs.Construct, id *string, alarmMuteRuleName *string) IAlarmMuteRule {
	return AlarmMuteRule_FromAlarmMuteRuleArn(scope, id, awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{
		Service: str("cloudwatch"), Resource: str("alarm-mute-rule"), ResourceName: alarmMuteRuleName,
		ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME,
	}))
}

// AlarmMuteRule_IsConstruct reports whether x is a construct.
func AlarmMuteRule_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// AlarmMuteRule_IsResource reports whether the construct is a resource.
func AlarmMuteRule_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

// AlarmMuteRule_IsOwnedResource reports whether the construct is a resource owned by this app.
func AlarmMuteRule_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// AddAlarmMuteRule mutes this alarm's actions on a schedule.
func (a *alarmBase) AddAlarmMuteRule(id *string, options *AlarmMuteRuleOptions) AlarmMuteRule {
	if options == nil {
		options = &AlarmMuteRuleOptions{}
	}
	return NewAlarmMuteRule(a.Resource, id, &AlarmMuteRuleProps{
		Duration: options.Duration, Schedule: options.Schedule, AlarmMuteRuleName: options.AlarmMuteRuleName,
		Description: options.Description, Expire: options.Expire, Start: options.Start, Tags: options.Tags,
		Alarms: &[]interfacesawscloudwatch.IAlarmRef{a.self},
	})
}
