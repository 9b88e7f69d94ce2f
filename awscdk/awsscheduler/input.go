package awsscheduler

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// ScheduleTargetInput is what a schedule passes to its target: text, or
// an object sent as JSON. Either may hold tokens and ContextAttribute
// placeholders.
type ScheduleTargetInput interface {
	// Bind renders the input for schedule.
	Bind(schedule ISchedule) *string
}

// NewScheduleTargetInput_Override initialises outer, a type embedding
// ScheduleTargetInput; its Bind is the user's own.
func NewScheduleTargetInput_Override(s ScheduleTargetInput) {}

type targetInput struct {
	value  interface{}
	asJSON bool
}

// ScheduleTargetInput_FromText passes text unchanged.
func ScheduleTargetInput_FromText(text *string) ScheduleTargetInput {
	if text == nil {
		diag.Panic("", "ScheduleTargetInput.fromText needs text; got nil")
	}
	return &targetInput{value: *text}
}

// ScheduleTargetInput_FromObject passes obj as a JSON string; tokens in it
// are resolved at deployment.
func ScheduleTargetInput_FromObject(obj interface{}) ScheduleTargetInput {
	return &targetInput{value: obj, asJSON: true}
}

func (t *targetInput) Bind(schedule ISchedule) *string {
	if !t.asJSON {
		s := t.value.(string)
		return &s
	}
	return awscdk.Stack_Of(schedule).ToJsonString(t.value, nil)
}

// ContextAttribute is a placeholder EventBridge Scheduler replaces in a
// target's input at invocation (<aws.scheduler.NAME>).
type ContextAttribute interface {
	Name() *string
	ToString() *string
}

type contextAttribute struct{ name string }

func (c *contextAttribute) Name() *string     { return jsii.String(c.name) }
func (c *contextAttribute) ToString() *string { return jsii.String("<aws.scheduler." + c.name + ">") }

// ContextAttribute_FromName is the placeholder for the attribute name.
func ContextAttribute_FromName(name *string) *string {
	if name == nil {
		diag.Panic("", "ContextAttribute.fromName needs a name; got nil")
	}
	return (&contextAttribute{name: *name}).ToString()
}

// ContextAttribute_ScheduleArn is the ARN of the schedule.
func ContextAttribute_ScheduleArn() *string {
	return ContextAttribute_FromName(jsii.String("schedule-arn"))
}

// ContextAttribute_ScheduledTime is the time the schedule was due.
func ContextAttribute_ScheduledTime() *string {
	return ContextAttribute_FromName(jsii.String("scheduled-time"))
}

// ContextAttribute_ExecutionId is the id of this invocation.
func ContextAttribute_ExecutionId() *string {
	return ContextAttribute_FromName(jsii.String("execution-id"))
}

// ContextAttribute_AttemptNumber counts delivery attempts, from 1.
func ContextAttribute_AttemptNumber() *string {
	return ContextAttribute_FromName(jsii.String("attempt-number"))
}
