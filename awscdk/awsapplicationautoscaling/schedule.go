package awsapplicationautoscaling

import (
	"encoding/json"
	"fmt"
	"math"
	"time"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// Schedule is when a scheduled scaling action runs.
type Schedule interface {
	// ExpressionString is the schedule as Application Auto Scaling reads it.
	ExpressionString() *string
}

// CronOptions are the fields of a cron expression; unset fields match any
// value (the minute too: set it, or the action runs every minute).
type CronOptions struct {
	Day     *string `field:"optional" json:"day" yaml:"day"`
	Hour    *string `field:"optional" json:"hour" yaml:"hour"`
	Minute  *string `field:"optional" json:"minute" yaml:"minute"`
	Month   *string `field:"optional" json:"month" yaml:"month"`
	WeekDay *string `field:"optional" json:"weekDay" yaml:"weekDay"`
	Year    *string `field:"optional" json:"year" yaml:"year"`
}

// ScalingSchedule is one scheduled scaling action.
type ScalingSchedule struct {
	// When to run.
	Schedule Schedule `field:"required" json:"schedule" yaml:"schedule"`
	// When the action stops running. Default: never.
	EndTime *time.Time `field:"optional" json:"endTime" yaml:"endTime"`
	// The new maximum capacity. Default: unchanged (one of the two is needed).
	MaxCapacity *float64 `field:"optional" json:"maxCapacity" yaml:"maxCapacity"`
	// The new minimum capacity. Default: unchanged.
	MinCapacity *float64 `field:"optional" json:"minCapacity" yaml:"minCapacity"`
	// When the action starts running. Default: now.
	StartTime *time.Time `field:"optional" json:"startTime" yaml:"startTime"`
	// The time zone of the schedule. Default: UTC.
	TimeZone awscdk.TimeZone `field:"optional" json:"timeZone" yaml:"timeZone"`
}

// literalSchedule is a schedule given as its expression.
type literalSchedule struct{ expr *string }

func (s *literalSchedule) ExpressionString() *string { return s.expr }

// cronSchedule warns, when it is used, that no minute means every minute.
type cronSchedule struct {
	literalSchedule
	minuteSet bool
}

func (s *cronSchedule) bind(scope constructs.IConstruct) {
	if !s.minuteSet {
		awscdk.Annotations_Of(scope).AddWarningV2(jsii.String("@aws-cdk/aws-applicationautoscaling:defaultRunEveryMinute"),
			jsii.String("cron: If you don't pass 'minute', by default the event runs every minute. Pass 'minute: '*'' if that's what you intend, or 'minute: 0' to run once per hour instead."))
	}
}

// NewSchedule_Override initialises outer, a type embedding Schedule; the
// type defines ExpressionString (the embedded one returns nil).
func NewSchedule_Override(s Schedule) { l2.Override(s, Schedule(&literalSchedule{})) }

// Schedule_Expression is a schedule from an expression such as
// "rate(1 hour)", "cron(0 18 * * ? *)" or "at(2030-01-01T00:00:00)".
func Schedule_Expression(expression *string) Schedule {
	return &literalSchedule{expr: expression}
}

// Schedule_Rate runs every duration, in whole minutes, hours or days.
func Schedule_Rate(duration awscdk.Duration) Schedule {
	if duration == nil {
		diag.Panic("", "Schedule.rate needs a duration; got nil")
	}
	if *duration.IsUnresolved() {
		switch *duration.UnitLabel() {
		case "minute", "minutes", "hour", "hours", "day", "days":
		default:
			diag.Panic("", "Allowed units for scheduling are: 'minute', 'minutes', 'hour', 'hours', 'day' or 'days'")
		}
		return &literalSchedule{expr: jsii.String("rate(" + *duration.FormatTokenToNumber() + ")")}
	}
	if *duration.ToSeconds(nil) == 0 {
		diag.Panic("", "Duration cannot be 0")
	}
	frac := &awscdk.TimeConversionOptions{Integral: jsii.Bool(false)}
	if days := *duration.ToDays(frac); days != 0 && days == math.Trunc(days) {
		return &literalSchedule{expr: str(rate(days, "day"))}
	}
	if hours := *duration.ToHours(frac); hours != 0 && hours == math.Trunc(hours) {
		return &literalSchedule{expr: str(rate(hours, "hour"))}
	}
	return &literalSchedule{expr: str(rate(*duration.ToMinutes(&awscdk.TimeConversionOptions{Integral: jsii.Bool(true)}), "minute"))}
}

func rate(n float64, unit string) string {
	if n == 1 {
		return "rate(1 " + unit + ")"
	}
	return "rate(" + jsNum(&n) + " " + unit + "s)"
}

// Schedule_At runs once, at moment (taken in UTC, to the second).
func Schedule_At(moment *time.Time) Schedule {
	if moment == nil {
		diag.Panic("", "Schedule.at needs a moment; got nil")
	}
	return &literalSchedule{expr: str("at(" + moment.UTC().Format("2006-01-02T15:04:05") + ")")}
}

// Schedule_Cron is a cron expression from its fields.
func Schedule_Cron(options *CronOptions) Schedule {
	if options == nil {
		options = &CronOptions{}
	}
	if options.WeekDay != nil && options.Day != nil {
		diag.Panic("", "Cannot supply both 'day' and 'weekDay', use at most one")
	}
	or := func(p *string, def string) string {
		if p == nil {
			return def
		}
		return *p
	}
	day := "*"
	if options.WeekDay != nil {
		day = "?"
	}
	expr := fmt.Sprintf("cron(%s %s %s %s %s %s)", or(options.Minute, "*"), or(options.Hour, "*"), or(options.Day, day),
		or(options.Month, "*"), or(options.WeekDay, "?"), or(options.Year, "*"))
	return &cronSchedule{literalSchedule: literalSchedule{expr: &expr}, minuteSet: options.Minute != nil && *options.Minute != ""}
}

// scheduleJSON renders a scaling schedule for a message the way
// JSON.stringify renders aws-cdk-lib's.
func scheduleJSON(a *ScalingSchedule) string {
	type tz struct {
		TimezoneName *string `json:"timezoneName,omitempty"`
	}
	type sched struct {
		ExpressionString *string `json:"expressionString,omitempty"`
	}
	v := struct {
		Schedule    *sched   `json:"schedule,omitempty"`
		EndTime     *string  `json:"endTime,omitempty"`
		MaxCapacity *float64 `json:"maxCapacity,omitempty"`
		MinCapacity *float64 `json:"minCapacity,omitempty"`
		StartTime   *string  `json:"startTime,omitempty"`
		TimeZone    *tz      `json:"timeZone,omitempty"`
	}{MaxCapacity: a.MaxCapacity, MinCapacity: a.MinCapacity}
	if a.Schedule != nil {
		v.Schedule = &sched{ExpressionString: a.Schedule.ExpressionString()}
	}
	iso := func(t *time.Time) *string {
		if t == nil {
			return nil
		}
		return str(t.UTC().Format("2006-01-02T15:04:05.000Z"))
	}
	v.EndTime, v.StartTime = iso(a.EndTime), iso(a.StartTime)
	if a.TimeZone != nil {
		v.TimeZone = &tz{TimezoneName: a.TimeZone.TimezoneName()}
	}
	b, _ := json.Marshal(v)
	return string(b)
}
