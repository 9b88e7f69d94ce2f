package awsevents

import (
	"fmt"
	"math"
	"strconv"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// Schedule is when a scheduled rule runs: a rate, a cron expression or a
// literal EventBridge schedule expression.
type Schedule interface {
	// ExpressionString is the schedule expression, e.g. "rate(5 minutes)".
	ExpressionString() *string
}

// CronOptions are the fields of a cron expression; an unset field is "*"
// (day and week day: "?" where the other is set).
type CronOptions struct {
	Day     *string `field:"optional" json:"day" yaml:"day"`
	Hour    *string `field:"optional" json:"hour" yaml:"hour"`
	Minute  *string `field:"optional" json:"minute" yaml:"minute"`
	Month   *string `field:"optional" json:"month" yaml:"month"`
	WeekDay *string `field:"optional" json:"weekDay" yaml:"weekDay"`
	Year    *string `field:"optional" json:"year" yaml:"year"`
}

type schedule struct {
	expr string
	// warnEveryMinute: a cron without a minute runs every minute; the rule
	// using it gets aws-cdk-lib's warning.
	warnEveryMinute bool
}

func (s *schedule) ExpressionString() *string { return jsii.String(s.expr) }

// bind lets the schedule annotate the rule that uses it.
func (s *schedule) bind(scope constructs.IConstruct) {
	if s.warnEveryMinute {
		awscdk.Annotations_Of(scope).AddWarningV2(jsii.String("@aws-cdk/aws-events:scheduleWillRunEveryMinute"),
			jsii.String("cron: If you don't pass 'minute', by default the event runs every minute. Pass 'minute: '*'' if that's what you intend, or 'minute: 0' to run once per hour instead."))
	}
}

// Schedule_Expression is a literal schedule expression.
func Schedule_Expression(expression *string) Schedule {
	return &schedule{expr: deref(expression)}
}

// Schedule_Rate runs every duration: whole days, else whole hours, else minutes.
func Schedule_Rate(duration awscdk.Duration) Schedule {
	if duration == nil {
		diag.Panic("", "Schedule.rate: duration is required")
	}
	if *duration.IsUnresolved() {
		switch *duration.UnitLabel() {
		case "minute", "minutes", "hour", "hours", "day", "days":
		default:
			diag.Panic("", "Allowed units for scheduling are: 'minute', 'minutes', 'hour', 'hours', 'day', 'days'")
		}
		return &schedule{expr: fmt.Sprintf("rate(%s)", *duration.FormatTokenToNumber())}
	}
	if *duration.ToMinutes(nil) == 0 {
		diag.Panic("", "Duration cannot be 0")
	}
	notIntegral := &awscdk.TimeConversionOptions{Integral: jsii.Bool(false)}
	if r, ok := maybeRate(*duration.ToDays(notIntegral), "day"); ok {
		return &schedule{expr: r}
	}
	if r, ok := maybeRate(*duration.ToHours(notIntegral), "hour"); ok {
		return &schedule{expr: r}
	}
	return &schedule{expr: makeRate(*duration.ToMinutes(&awscdk.TimeConversionOptions{Integral: jsii.Bool(true)}), "minute")}
}

// Schedule_Cron is a cron expression from its fields.
func Schedule_Cron(options *CronOptions) Schedule {
	if options == nil {
		options = &CronOptions{}
	}
	if options.WeekDay != nil && options.Day != nil {
		diag.Panic("", "Cannot supply both 'day' and 'weekDay', use at most one")
	}
	dayDefault := "*"
	if options.WeekDay != nil {
		dayDefault = "?"
	}
	expr := fmt.Sprintf("cron(%s %s %s %s %s %s)", or(options.Minute, "*"), or(options.Hour, "*"), or(options.Day, dayDefault),
		or(options.Month, "*"), or(options.WeekDay, "?"), or(options.Year, "*"))
	return &schedule{expr: expr, warnEveryMinute: options.Minute == nil || *options.Minute == ""}
}

// maybeRate is a rate in unit when interval is a whole, non-zero number of them.
func maybeRate(interval float64, unit string) (string, bool) {
	if interval == 0 || interval != math.Trunc(interval) {
		return "", false
	}
	return makeRate(interval, unit), true
}

func makeRate(interval float64, unit string) string {
	if interval == 1 {
		return "rate(1 " + unit + ")"
	}
	return fmt.Sprintf("rate(%s %ss)", strconv.FormatFloat(interval, 'f', -1, 64), unit)
}

func or(p *string, def string) string {
	if p == nil {
		return def
	}
	return *p
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
