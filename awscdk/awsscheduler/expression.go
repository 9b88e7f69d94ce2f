package awsscheduler

import (
	"time"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// ScheduleExpression says when a schedule runs: at(...), rate(...) or
// cron(...), evaluated in TimeZone.
type ScheduleExpression interface {
	// ExpressionString is the expression EventBridge Scheduler receives.
	ExpressionString() *string
	// TimeZone is the zone the expression is evaluated in (Etc/UTC by default).
	TimeZone() awscdk.TimeZone
}

type literalExpression struct {
	expr string
	tz   awscdk.TimeZone
}

func (e *literalExpression) ExpressionString() *string { return jsii.String(e.expr) }
func (e *literalExpression) TimeZone() awscdk.TimeZone { return e.tz }

func newLiteral(expr string, tz awscdk.TimeZone) ScheduleExpression {
	if tz == nil {
		tz = awscdk.TimeZone_ETC_UTC()
	}
	return &literalExpression{expr: expr, tz: tz}
}

// CronOptionsWithTimezone are the fields of a cron expression and the zone
// it is evaluated in. A field left out is "*" (day of week "?").
type CronOptionsWithTimezone struct {
	Day     *string `field:"optional" json:"day" yaml:"day"`
	Hour    *string `field:"optional" json:"hour" yaml:"hour"`
	Minute  *string `field:"optional" json:"minute" yaml:"minute"`
	Month   *string `field:"optional" json:"month" yaml:"month"`
	WeekDay *string `field:"optional" json:"weekDay" yaml:"weekDay"`
	Year    *string `field:"optional" json:"year" yaml:"year"`
	// Default: Etc/UTC.
	TimeZone awscdk.TimeZone `field:"optional" json:"timeZone" yaml:"timeZone"`
}

// NewScheduleExpression_Override initialises outer, a type embedding
// ScheduleExpression; its methods are the user's own.
func NewScheduleExpression_Override(s ScheduleExpression) {}

// ScheduleExpression_At runs once, at date (to the second, written in UTC),
// evaluated in timeZone (default Etc/UTC).
func ScheduleExpression_At(date *time.Time, timeZone awscdk.TimeZone) ScheduleExpression {
	if date == nil {
		diag.Panic("", "Invalid date")
	}
	return newLiteral("at("+date.UTC().Format("2006-01-02T15:04:05")+")", timeZone)
}

// ScheduleExpression_Expression is a literal expression, evaluated in
// timeZone (default Etc/UTC).
func ScheduleExpression_Expression(expression *string, timeZone awscdk.TimeZone) ScheduleExpression {
	if expression == nil {
		diag.Panic("", "ScheduleExpression.expression needs an expression; got nil")
	}
	return newLiteral(*expression, timeZone)
}

// ScheduleExpression_Rate runs every duration (whole minutes, hours or
// days, as EventBridge rules count them), in Etc/UTC.
func ScheduleExpression_Rate(duration awscdk.Duration) ScheduleExpression {
	return newLiteral(*awsevents.Schedule_Rate(duration).ExpressionString(), nil)
}

// ScheduleExpression_Cron is a cron expression from its fields, evaluated
// in options.TimeZone (default Etc/UTC).
func ScheduleExpression_Cron(options *CronOptionsWithTimezone) ScheduleExpression {
	if options == nil {
		options = &CronOptionsWithTimezone{}
	}
	s := awsevents.Schedule_Cron(&awsevents.CronOptions{
		Day: options.Day, Hour: options.Hour, Minute: options.Minute, Month: options.Month,
		WeekDay: options.WeekDay, Year: options.Year,
	})
	return newLiteral(*s.ExpressionString(), options.TimeZone)
}

// TimeWindow is a schedule's flexible time window: off, or up to MaxWindow
// after the scheduled time.
type TimeWindow interface {
	MaxWindow() awscdk.Duration
	Mode() *string
}

type timeWindow struct {
	mode string
	max  awscdk.Duration
}

func (w *timeWindow) MaxWindow() awscdk.Duration { return w.max }
func (w *timeWindow) Mode() *string              { return jsii.String(w.mode) }

// TimeWindow_Off invokes the target at the scheduled time.
func TimeWindow_Off() TimeWindow { return &timeWindow{mode: "OFF"} }

// TimeWindow_Flexible invokes the target within maxWindow (1 to 1,440
// minutes) of the scheduled time.
func TimeWindow_Flexible(maxWindow awscdk.Duration) TimeWindow {
	if maxWindow == nil {
		diag.Panic("", "TimeWindow.flexible needs maxWindow; got nil")
	}
	m := *maxWindow.ToMinutes(nil)
	if m < 1 || m > 1440 {
		diag.Panic("", "The provided duration must be between 1 minute and 1440 minutes, got %s", jsNumber(m))
	}
	return &timeWindow{mode: "FLEXIBLE", max: maxWindow}
}

func jsNumber(f float64) string { return ojson.FormatNumber(f) }
