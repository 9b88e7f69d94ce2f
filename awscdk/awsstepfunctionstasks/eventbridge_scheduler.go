package awsstepfunctionstasks

import (
	"fmt"
	"math"
	"regexp"
	"time"
	"unicode/utf16"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// EventBridgeSchedulerCreateScheduleTask creates an EventBridge Scheduler schedule
// (the scheduler:createSchedule SDK integration).
type EventBridgeSchedulerCreateScheduleTask interface {
	awsstepfunctions.TaskStateBase
}

// NewEventBridgeSchedulerCreateScheduleTask builds the task at scope/id.
func NewEventBridgeSchedulerCreateScheduleTask(scope constructs.Construct, id *string, props *EventBridgeSchedulerCreateScheduleTaskProps) EventBridgeSchedulerCreateScheduleTask {
	return newEventBridgeSchedulerCreateScheduleTask(scope, id, props)
}

// NewEventBridgeSchedulerCreateScheduleTask_Override initializes t, a Go type embedding EventBridgeSchedulerCreateScheduleTask, as the task.
func NewEventBridgeSchedulerCreateScheduleTask_Override(t EventBridgeSchedulerCreateScheduleTask, scope constructs.Construct, id *string, props *EventBridgeSchedulerCreateScheduleTaskProps) {
	l2.Override[EventBridgeSchedulerCreateScheduleTask](t, newEventBridgeSchedulerCreateScheduleTask(scope, id, props))
}

// EventBridgeSchedulerCreateScheduleTask_JsonPath builds the task with JSONPath fields.
func EventBridgeSchedulerCreateScheduleTask_JsonPath(scope constructs.Construct, id *string, props *EventBridgeSchedulerCreateScheduleTaskJsonPathProps) EventBridgeSchedulerCreateScheduleTask {
	if props == nil {
		return newEventBridgeSchedulerCreateScheduleTask(scope, id, nil)
	}
	p := &EventBridgeSchedulerCreateScheduleTaskProps{}
	copyFields(p, props)
	return newEventBridgeSchedulerCreateScheduleTask(scope, id, p)
}

// EventBridgeSchedulerCreateScheduleTask_Jsonata builds the task with JSONata fields: its query language is JSONata.
func EventBridgeSchedulerCreateScheduleTask_Jsonata(scope constructs.Construct, id *string, props *EventBridgeSchedulerCreateScheduleTaskJsonataProps) EventBridgeSchedulerCreateScheduleTask {
	if props == nil {
		return newEventBridgeSchedulerCreateScheduleTask(scope, id, nil)
	}
	p := &EventBridgeSchedulerCreateScheduleTaskProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newEventBridgeSchedulerCreateScheduleTask(scope, id, p)
}

// EventBridgeSchedulerCreateScheduleTask_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func EventBridgeSchedulerCreateScheduleTask_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// EventBridgeSchedulerCreateScheduleTask_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func EventBridgeSchedulerCreateScheduleTask_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// EventBridgeSchedulerCreateScheduleTask_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func EventBridgeSchedulerCreateScheduleTask_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// EventBridgeSchedulerCreateScheduleTask_IsConstruct reports whether x is a construct.
func EventBridgeSchedulerCreateScheduleTask_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// EventBridgeSchedulerCreateScheduleTask_PrefixStates prefixes the names of the states under root.
func EventBridgeSchedulerCreateScheduleTask_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// EventBridgeSchedulerCreateScheduleTaskProps configures a EventBridgeSchedulerCreateScheduleTask task.
type EventBridgeSchedulerCreateScheduleTaskProps struct {
	Comment               *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage         awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName             *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials           *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat             awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout      awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern    awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout           awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout               awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath             *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath            *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	Outputs               interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	ResultPath            *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector        *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	Schedule              Schedule                            `field:"required" json:"schedule" yaml:"schedule"`
	ScheduleName          *string                             `field:"required" json:"scheduleName" yaml:"scheduleName"`
	Target                EventBridgeSchedulerTarget          `field:"required" json:"target" yaml:"target"`
	ActionAfterCompletion ActionAfterCompletion               `field:"optional" json:"actionAfterCompletion" yaml:"actionAfterCompletion"`
	ClientToken           *string                             `field:"optional" json:"clientToken" yaml:"clientToken"`
	Description           *string                             `field:"optional" json:"description" yaml:"description"`
	Enabled               *bool                               `field:"optional" json:"enabled" yaml:"enabled"`
	EndDate               *time.Time                          `field:"optional" json:"endDate" yaml:"endDate"`
	FlexibleTimeWindow    awscdk.Duration                     `field:"optional" json:"flexibleTimeWindow" yaml:"flexibleTimeWindow"`
	GroupName             *string                             `field:"optional" json:"groupName" yaml:"groupName"`
	KmsKey                awskms.IKey                         `field:"optional" json:"kmsKey" yaml:"kmsKey"`
	StartDate             *time.Time                          `field:"optional" json:"startDate" yaml:"startDate"`
	Timezone              *string                             `field:"optional" json:"timezone" yaml:"timezone"`
}

// EventBridgeSchedulerCreateScheduleTaskJsonPathProps configures a EventBridgeSchedulerCreateScheduleTask task with JSONPath fields.
type EventBridgeSchedulerCreateScheduleTaskJsonPathProps struct {
	Comment               *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage         awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName             *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials           *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat             awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout      awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern    awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout           awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout               awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath             *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath            *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	ResultPath            *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector        *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	Schedule              Schedule                            `field:"required" json:"schedule" yaml:"schedule"`
	ScheduleName          *string                             `field:"required" json:"scheduleName" yaml:"scheduleName"`
	Target                EventBridgeSchedulerTarget          `field:"required" json:"target" yaml:"target"`
	ActionAfterCompletion ActionAfterCompletion               `field:"optional" json:"actionAfterCompletion" yaml:"actionAfterCompletion"`
	ClientToken           *string                             `field:"optional" json:"clientToken" yaml:"clientToken"`
	Description           *string                             `field:"optional" json:"description" yaml:"description"`
	Enabled               *bool                               `field:"optional" json:"enabled" yaml:"enabled"`
	EndDate               *time.Time                          `field:"optional" json:"endDate" yaml:"endDate"`
	FlexibleTimeWindow    awscdk.Duration                     `field:"optional" json:"flexibleTimeWindow" yaml:"flexibleTimeWindow"`
	GroupName             *string                             `field:"optional" json:"groupName" yaml:"groupName"`
	KmsKey                awskms.IKey                         `field:"optional" json:"kmsKey" yaml:"kmsKey"`
	StartDate             *time.Time                          `field:"optional" json:"startDate" yaml:"startDate"`
	Timezone              *string                             `field:"optional" json:"timezone" yaml:"timezone"`
}

// EventBridgeSchedulerCreateScheduleTaskJsonataProps configures a EventBridgeSchedulerCreateScheduleTask task with JSONata fields.
type EventBridgeSchedulerCreateScheduleTaskJsonataProps struct {
	Comment               *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage         awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName             *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials           *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat             awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout      awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern    awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout           awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout               awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	Outputs               interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	Schedule              Schedule                            `field:"required" json:"schedule" yaml:"schedule"`
	ScheduleName          *string                             `field:"required" json:"scheduleName" yaml:"scheduleName"`
	Target                EventBridgeSchedulerTarget          `field:"required" json:"target" yaml:"target"`
	ActionAfterCompletion ActionAfterCompletion               `field:"optional" json:"actionAfterCompletion" yaml:"actionAfterCompletion"`
	ClientToken           *string                             `field:"optional" json:"clientToken" yaml:"clientToken"`
	Description           *string                             `field:"optional" json:"description" yaml:"description"`
	Enabled               *bool                               `field:"optional" json:"enabled" yaml:"enabled"`
	EndDate               *time.Time                          `field:"optional" json:"endDate" yaml:"endDate"`
	FlexibleTimeWindow    awscdk.Duration                     `field:"optional" json:"flexibleTimeWindow" yaml:"flexibleTimeWindow"`
	GroupName             *string                             `field:"optional" json:"groupName" yaml:"groupName"`
	KmsKey                awskms.IKey                         `field:"optional" json:"kmsKey" yaml:"kmsKey"`
	StartDate             *time.Time                          `field:"optional" json:"startDate" yaml:"startDate"`
	Timezone              *string                             `field:"optional" json:"timezone" yaml:"timezone"`
}

// ActionAfterCompletion is what EventBridge Scheduler does with a schedule
// once it has run for the last time.
type ActionAfterCompletion string

const (
	// ActionAfterCompletion_NONE keeps the schedule.
	ActionAfterCompletion_NONE ActionAfterCompletion = "NONE"
	// ActionAfterCompletion_DELETE deletes the schedule.
	ActionAfterCompletion_DELETE ActionAfterCompletion = "DELETE"
)

// RetryPolicy is how EventBridge Scheduler retries a target it failed to
// invoke.
type RetryPolicy struct {
	// How long an event is retried; 60 to 86400 seconds.
	MaximumEventAge awscdk.Duration `field:"required" json:"maximumEventAge" yaml:"maximumEventAge"`
	// How many times an event is retried; 0 to 185.
	MaximumRetryAttempts *float64 `field:"required" json:"maximumRetryAttempts" yaml:"maximumRetryAttempts"`
}

// CronOptions are the fields of a cron schedule expression; absent fields
// match any value.
type CronOptions struct {
	Day     *string `field:"optional" json:"day" yaml:"day"`
	Hour    *string `field:"optional" json:"hour" yaml:"hour"`
	Minute  *string `field:"optional" json:"minute" yaml:"minute"`
	Month   *string `field:"optional" json:"month" yaml:"month"`
	WeekDay *string `field:"optional" json:"weekDay" yaml:"weekDay"`
	Year    *string `field:"optional" json:"year" yaml:"year"`
}

// Schedule is when an EventBridge Scheduler schedule runs: a schedule
// expression (at, rate or cron).
type Schedule interface {
	ExpressionString() *string
}

type schedule struct{ expr string }

func (s *schedule) ExpressionString() *string { return jsii.String(s.expr) }

// Schedule_OneTime runs once, at the given time read as a local time of
// this process (as aws-cdk-lib reads a Date), without a zone: the schedule
// expression's timezone says where.
func Schedule_OneTime(t *time.Time) Schedule {
	if t == nil {
		diag.Panic("", "Schedule.oneTime: time is required")
	}
	return &schedule{t.Local().Format("2006-01-02T15:04:05")}
}

// Schedule_Rate runs every duration (at least a minute), in whole days,
// hours or minutes.
func Schedule_Rate(duration awscdk.Duration) Schedule {
	if duration == nil {
		diag.Panic("", "Schedule.rate: duration is required")
	}
	if *duration.ToMilliseconds(nil) < 60000 {
		diag.Panic("", "Duration cannot be less than 1 minute")
	}
	whole := func(v float64, unit string) string {
		if v > 0 && v == math.Trunc(v) {
			return fmt.Sprintf("%s %s", jsNumber(v), unit)
		}
		return ""
	}
	rate := whole(*duration.ToDays(&awscdk.TimeConversionOptions{Integral: jsii.Bool(false)}), "days")
	if rate == "" {
		rate = whole(*duration.ToHours(&awscdk.TimeConversionOptions{Integral: jsii.Bool(false)}), "hours")
	}
	if rate == "" {
		rate = whole(*duration.ToMinutes(&awscdk.TimeConversionOptions{Integral: jsii.Bool(true)}), "minutes")
	}
	return &schedule{"rate(" + rate + ")"}
}

// Schedule_Cron runs when the cron fields match.
func Schedule_Cron(options *CronOptions) Schedule {
	o := CronOptions{}
	if options != nil {
		o = *options
	}
	if o.WeekDay != nil && o.Day != nil {
		diag.Panic("", "Cannot supply both 'day' and 'weekDay', use at most one")
	}
	or := func(p *string, def string) string {
		if p == nil {
			return def
		}
		return *p
	}
	day := "*"
	if o.WeekDay != nil {
		day = "?"
	}
	return &schedule{fmt.Sprintf("cron(%s %s %s %s %s %s)", or(o.Minute, "*"), or(o.Hour, "*"), or(o.Day, day), or(o.Month, "*"), or(o.WeekDay, "?"), or(o.Year, "*"))}
}

func jsNumber(v float64) string { return fmt.Sprint(v) }

// jsLength is a string's length as JavaScript counts it (UTF-16 code
// units), the measure of aws-cdk-lib's length limits.
func jsLength(s string) int { return len(utf16.Encode([]rune(s))) }

// EventBridgeSchedulerTargetProps configures an EventBridgeSchedulerTarget.
type EventBridgeSchedulerTargetProps struct {
	// The ARN of the target (an SDK integration's ARN for a universal target).
	Arn *string `field:"required" json:"arn" yaml:"arn"`
	// The role EventBridge Scheduler assumes to invoke the target.
	Role awsiam.IRole `field:"required" json:"role" yaml:"role"`
	// Where events that could not be delivered go.
	DeadLetterQueue awssqs.IQueue `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	// The text passed to the target.
	Input *string `field:"optional" json:"input" yaml:"input"`
	// How failed invocations are retried.
	RetryPolicy *RetryPolicy `field:"optional" json:"retryPolicy" yaml:"retryPolicy"`
}

// EventBridgeSchedulerTarget is the target of a schedule the task creates.
type EventBridgeSchedulerTarget interface {
	Arn() *string
	SetArn(val *string)
	DeadLetterQueue() awssqs.IQueue
	SetDeadLetterQueue(val awssqs.IQueue)
	Input() *string
	SetInput(val *string)
	RetryPolicy() *RetryPolicy
	SetRetryPolicy(val *RetryPolicy)
	Role() awsiam.IRole
	SetRole(val awsiam.IRole)
	// RenderTargetObject is the target as the CreateSchedule API takes it.
	RenderTargetObject() interface{}
}

type schedulerTarget struct {
	arn   *string
	role  awsiam.IRole
	input *string
	retry *RetryPolicy
	dlq   awssqs.IQueue
}

// NewEventBridgeSchedulerTarget checks props and builds the target.
func NewEventBridgeSchedulerTarget(props *EventBridgeSchedulerTargetProps) EventBridgeSchedulerTarget {
	if props == nil || props.Arn == nil || props.Role == nil {
		diag.Panic("", "EventBridgeSchedulerTarget: arn and role are required")
	}
	if in := props.Input; in != nil && !*awscdk.Token_IsUnresolved(*in) && jsLength(*in) < 1 {
		diag.Panic("", "Input must be at least 1 character long.")
	}
	if r := props.RetryPolicy; r != nil {
		n := r.MaximumRetryAttempts
		if n == nil || *n != math.Trunc(*n) || *n < 0 || *n > 185 {
			got := "undefined"
			if n != nil {
				got = jsNumber(*n)
			}
			diag.Panic("", "MaximumRetryAttempts must be an integer between 0 and 185, got %s", got)
		}
		if r.MaximumEventAge == nil || *r.MaximumEventAge.ToMilliseconds(nil) < 60000 || *r.MaximumEventAge.ToSeconds(nil) > 86400 {
			diag.Panic("", "MaximumEventAgeInSeconds must be between 60 and 86400 seconds")
		}
	}
	return &schedulerTarget{arn: props.Arn, role: props.Role, input: props.Input, retry: props.RetryPolicy, dlq: props.DeadLetterQueue}
}

// NewEventBridgeSchedulerTarget_Override initializes e, a Go type
// embedding EventBridgeSchedulerTarget, as the target.
func NewEventBridgeSchedulerTarget_Override(e EventBridgeSchedulerTarget, props *EventBridgeSchedulerTargetProps) {
	l2.Override[EventBridgeSchedulerTarget](e, NewEventBridgeSchedulerTarget(props))
}

func (s *schedulerTarget) Arn() *string                         { return s.arn }
func (s *schedulerTarget) SetArn(val *string)                   { s.arn = val }
func (s *schedulerTarget) DeadLetterQueue() awssqs.IQueue       { return s.dlq }
func (s *schedulerTarget) SetDeadLetterQueue(val awssqs.IQueue) { s.dlq = val }
func (s *schedulerTarget) Input() *string                       { return s.input }
func (s *schedulerTarget) SetInput(val *string)                 { s.input = val }
func (s *schedulerTarget) RetryPolicy() *RetryPolicy            { return s.retry }
func (s *schedulerTarget) SetRetryPolicy(val *RetryPolicy)      { s.retry = val }
func (s *schedulerTarget) Role() awsiam.IRole                   { return s.role }
func (s *schedulerTarget) SetRole(val awsiam.IRole)             { s.role = val }

func (s *schedulerTarget) RenderTargetObject() interface{} {
	return orderedToMap(s.render())
}

// orderedToMap is an ordered object as a Go map, the shape a jsii object
// reaches Go in.
func orderedToMap(o *ojson.Object) map[string]interface{} {
	m := map[string]interface{}{}
	o.Range(func(k string, v interface{}) {
		if x, ok := v.(*ojson.Object); ok {
			v = orderedToMap(x)
		}
		m[k] = v
	})
	return m
}

// render is the target in the key order the definition keeps.
func (s *schedulerTarget) render() *ojson.Object {
	var retry, dlq interface{}
	if s.retry != nil {
		retry = obj("MaximumEventAgeInSeconds", s.retry.MaximumEventAge.ToSeconds(nil), "MaximumRetryAttempts", s.retry.MaximumRetryAttempts)
	}
	if s.dlq != nil {
		dlq = obj("Arn", s.dlq.QueueArn())
	}
	var roleArn *string
	if s.role != nil {
		roleArn = s.role.RoleArn()
	}
	return obj("Arn", s.arn, "RoleArn", roleArn, "Input", s.input, "RetryPolicy", retry, "DeadLetterConfig", dlq)
}

var (
	clientTokenChars = regexp.MustCompile(`^[a-zA-Z0-9-_]+$`)
	groupNameChars   = regexp.MustCompile(`^[a-zA-Z0-9-_.]+$`)
)

// isoDate is Date.toISOString: UTC with milliseconds.
func isoDate(t *time.Time) interface{} {
	if t == nil {
		return nil
	}
	return t.UTC().Format("2006-01-02T15:04:05.000Z")
}

func newEventBridgeSchedulerCreateScheduleTask(scope constructs.Construct, id *string, props *EventBridgeSchedulerCreateScheduleTaskProps) EventBridgeSchedulerCreateScheduleTask {
	required(scope, id, "EventBridgeSchedulerCreateScheduleTask", props, "Schedule", "ScheduleName", "Target")
	t := newTask(scope, id, props)
	known := func(s *string) bool { return s != nil && !*awscdk.Token_IsUnresolved(*s) }
	if props.StartDate != nil && props.EndDate != nil && !props.StartDate.Before(*props.EndDate) {
		throw(t, "'startDate' must be before 'endDate'")
	}
	if c := props.ClientToken; known(c) {
		if jsLength(*c) > 64 || jsLength(*c) < 1 {
			throw(t, "ClientToken must be between 1 and 64 characters long. Got: %d", jsLength(*c))
		}
		if !clientTokenChars.MatchString(*c) {
			throw(t, "ClientToken must consist of alphanumeric characters, dashes, and underscores only, Got: %s", *c)
		}
	}
	if d := props.Description; known(d) && jsLength(*d) > 512 {
		throw(t, "Description must be less than 512 characters long. Got: %d", jsLength(*d))
	}
	if w := props.FlexibleTimeWindow; w != nil && (*w.ToMilliseconds(nil) < 60000 || *w.ToMinutes(nil) > 1440) {
		throw(t, "FlexibleTimeWindow must be between 1 and 1440 minutes")
	}
	if g := props.GroupName; known(g) {
		if jsLength(*g) < 1 || jsLength(*g) > 64 {
			throw(t, "GroupName must be between 1 and 64 characters long. Got: %d", jsLength(*g))
		}
		if !groupNameChars.MatchString(*g) {
			throw(t, "GroupName must consist of alphanumeric characters, dashes, underscores, and periods only, Got: %s", *g)
		}
	}
	if z := props.Timezone; known(z) && (jsLength(*z) < 1 || jsLength(*z) > 50) {
		throw(t, "Timezone must be between 1 and 50 characters long. Got: %d", jsLength(*z))
	}
	if props.KmsKey != nil {
		props.KmsKey.GrantDecrypt(props.Target.Role())
	}
	pattern := props.IntegrationPattern
	if pattern == "" {
		pattern = awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE
	}
	group := "default"
	if props.GroupName != nil {
		group = *props.GroupName
	}
	t.policies = []awsiam.PolicyStatement{
		statement([]string{"scheduler:CreateSchedule"}, awscdk.Stack_Of(t).FormatArn(&awscdk.ArnComponents{
			Service: jsii.String("scheduler"), Resource: jsii.String("schedule"), ResourceName: jsii.String(group + "/" + *props.ScheduleName)})),
		statement([]string{"iam:PassRole"}, props.Target.Role().RoleArn()),
	}
	t.Hook.Render = func(top string) interface{} {
		after := props.ActionAfterCompletion
		if after == "" {
			after = ActionAfterCompletion_NONE
		}
		mode := "OFF"
		var window interface{}
		if props.FlexibleTimeWindow != nil {
			mode = "FLEXIBLE"
			window = props.FlexibleTimeWindow.ToMinutes(nil)
		}
		var kmsArn *string
		if props.KmsKey != nil {
			kmsArn = props.KmsKey.KeyArn()
		}
		state := "ENABLED"
		if props.Enabled != nil && !*props.Enabled {
			state = "DISABLED"
		}
		var target interface{}
		if st, ok := props.Target.(*schedulerTarget); ok {
			target = st.render()
		} else {
			target = props.Target.RenderTargetObject()
		}
		params := obj("ActionAfterCompletion", string(after), "ClientToken", props.ClientToken, "Description", props.Description,
			"EndDate", isoDate(props.EndDate), "FlexibleTimeWindow", obj("Mode", mode, "MaximumWindowInMinutes", window),
			"GroupName", props.GroupName, "KmsKeyArn", kmsArn, "Name", props.ScheduleName, "ScheduleExpression", props.Schedule.ExpressionString(),
			"ScheduleExpressionTimezone", props.Timezone, "StartDate", isoDate(props.StartDate), "State", state, "Target", target)
		return t.render(top, integrationResourceArn("aws-sdk:scheduler", "createSchedule", pattern), params)
	}
	return t
}
