package awscdk

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
)

type timeUnit struct {
	label, iso string
	millis     float64
}

var (
	unitMillis  = timeUnit{"millis", "", 1}
	unitSeconds = timeUnit{"seconds", "S", 1000}
	unitMinutes = timeUnit{"minutes", "M", 60000}
	unitHours   = timeUnit{"hours", "H", 3600000}
	unitDays    = timeUnit{"days", "D", 86400000}
)

// TimeConversionOptions are options for converting a Duration.
type TimeConversionOptions struct {
	Integral *bool `field:"optional" json:"integral" yaml:"integral"`
}

// Duration is a length of time.
type Duration interface {
	FormatTokenToNumber() *string
	IsUnresolved() *bool
	Minus(rhs Duration) Duration
	Plus(rhs Duration) Duration
	ToDays(opts *TimeConversionOptions) *float64
	ToHours(opts *TimeConversionOptions) *float64
	ToHumanString() *string
	ToIsoString() *string
	ToMilliseconds(opts *TimeConversionOptions) *float64
	ToMinutes(opts *TimeConversionOptions) *float64
	ToSeconds(opts *TimeConversionOptions) *float64
	ToString() *string
	UnitLabel() *string
}

type duration struct {
	amount float64
	unit   timeUnit
}

func newDuration(amount *float64, u timeUnit) Duration {
	a := 0.0
	if amount != nil {
		a = *amount
	}
	if !isUnresolved(a) && a < 0 {
		panicf("", "duration amounts cannot be negative. Received: %v", a)
	}
	return &duration{amount: a, unit: u}
}

// Duration_Millis creates a duration in milliseconds.
func Duration_Millis(amount *float64) Duration { return newDuration(amount, unitMillis) }

// Duration_Seconds creates a duration in seconds.
func Duration_Seconds(amount *float64) Duration { return newDuration(amount, unitSeconds) }

// Duration_Minutes creates a duration in minutes.
func Duration_Minutes(amount *float64) Duration { return newDuration(amount, unitMinutes) }

// Duration_Hours creates a duration in hours.
func Duration_Hours(amount *float64) Duration { return newDuration(amount, unitHours) }

// Duration_Days creates a duration in days.
func Duration_Days(amount *float64) Duration { return newDuration(amount, unitDays) }

var isoDuration = regexp.MustCompile(`^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$`)

// Duration_Parse parses an ISO 8601 duration such as "PT5M".
func Duration_Parse(duration *string) Duration {
	m := isoDuration.FindStringSubmatch(deref(duration))
	if m == nil || deref(duration) == "P" {
		panicf("", "not a valid ISO duration: %s", deref(duration))
	}
	n := func(s string) float64 {
		if s == "" {
			return 0
		}
		f, _ := strconv.ParseFloat(s, 64)
		return f
	}
	secs := n(m[1])*86400 + n(m[2])*3600 + n(m[3])*60 + n(m[4])
	return Duration_Seconds(&secs)
}

func (d *duration) convert(to timeUnit, opts *TimeConversionOptions) *float64 {
	integral := true
	if opts != nil && opts.Integral != nil {
		integral = *opts.Integral
	}
	if d.unit.millis == to.millis {
		return jsiiNum(d.amount)
	}
	if isUnresolved(d.amount) {
		panicf("", "duration must be specified as 'Duration.%s()' here since its value comes from a token and cannot be converted (got Duration.%s)", to.label, d.unit.label)
	}
	v := d.amount * d.unit.millis / to.millis
	if integral && v != math.Trunc(v) {
		panicf("", "'%s %s' cannot be converted into a whole number of %s.", fmtNum(d.amount), d.unit.label, to.label)
	}
	return &v
}

func fmtNum(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func (d *duration) ToMilliseconds(o *TimeConversionOptions) *float64 { return d.convert(unitMillis, o) }
func (d *duration) ToSeconds(o *TimeConversionOptions) *float64      { return d.convert(unitSeconds, o) }
func (d *duration) ToMinutes(o *TimeConversionOptions) *float64      { return d.convert(unitMinutes, o) }
func (d *duration) ToHours(o *TimeConversionOptions) *float64        { return d.convert(unitHours, o) }
func (d *duration) ToDays(o *TimeConversionOptions) *float64         { return d.convert(unitDays, o) }
func (d *duration) UnitLabel() *string                               { return str(d.unit.label) }
func (d *duration) IsUnresolved() *bool                              { return boolp(isUnresolved(d.amount)) }

func (d *duration) FormatTokenToNumber() *string {
	return str(*Tokenization_StringifyNumber(&d.amount) + " " + d.unit.label)
}

func (d *duration) ToString() *string {
	return str("Duration." + d.unit.label + "(" + fmtNum(d.amount) + ")")
}

func (d *duration) Plus(rhs Duration) Duration {
	r := rhs.(*duration)
	u := d.unit
	if r.unit.millis < u.millis {
		u = r.unit
	}
	total := d.amount*d.unit.millis/u.millis + r.amount*r.unit.millis/u.millis
	return &duration{amount: total, unit: u}
}

func (d *duration) Minus(rhs Duration) Duration {
	r := rhs.(*duration)
	u := d.unit
	if r.unit.millis < u.millis {
		u = r.unit
	}
	total := d.amount*d.unit.millis/u.millis - r.amount*r.unit.millis/u.millis
	if total < 0 {
		panicf("", "duration amounts cannot be negative. Received: %v", total)
	}
	return &duration{amount: total, unit: u}
}

type durPart struct {
	amount float64
	unit   timeUnit
}

func (d *duration) components(combineMillis bool) []durPart {
	var out []durPart
	millis := d.amount * d.unit.millis
	for _, u := range []timeUnit{unitDays, unitHours, unitMinutes, unitSeconds} {
		count := math.Floor(millis / u.millis)
		if count > 0 {
			out = append(out, durPart{count, u})
			millis -= count * u.millis
		}
	}
	if millis > 0 {
		if combineMillis && len(out) > 0 && out[len(out)-1].unit == unitSeconds {
			out[len(out)-1].amount += millis / 1000
		} else if combineMillis {
			out = append(out, durPart{millis / 1000, unitSeconds})
		} else {
			out = append(out, durPart{millis, unitMillis})
		}
	}
	return out
}

func (d *duration) ToIsoString() *string {
	if d.amount == 0 {
		return str("PT0S")
	}
	var b strings.Builder
	b.WriteString("P")
	tee := false
	for _, p := range d.components(true) {
		if !tee && (p.unit == unitSeconds || p.unit == unitMinutes || p.unit == unitHours) {
			b.WriteString("T")
			tee = true
		}
		fmt.Fprintf(&b, "%s%s", fmtNum(p.amount), p.unit.iso)
	}
	return str(b.String())
}

func (d *duration) ToHumanString() *string {
	unitStr := func(a float64, u timeUnit) string {
		if a == 1 {
			return fmtNum(a) + " " + u.label[:len(u.label)-1]
		}
		return fmtNum(a) + " " + u.label
	}
	if d.amount == 0 {
		return str(unitStr(0, d.unit))
	}
	var parts []string
	for _, p := range d.components(false) {
		parts = append(parts, unitStr(p.amount, p.unit))
	}
	return str(strings.Join(parts, " "))
}

// Expiration is a point in time after which something expires.
type Expiration interface {
	Date() *time.Time
	IsAfter(t Duration) *bool
	IsBefore(t Duration) *bool
	ToEpoch() *float64
}

type expiration struct{ epochMillis float64 }

// Expiration_AtTimestamp expires at a Unix time in milliseconds.
func Expiration_AtTimestamp(t *float64) Expiration { return &expiration{epochMillis: *t} }

// Expiration_AtDate expires at t.
func Expiration_AtDate(t *time.Time) Expiration {
	return &expiration{epochMillis: float64(t.UnixMilli())}
}

// Expiration_After expires t from now.
func Expiration_After(t Duration) Expiration {
	return &expiration{epochMillis: nowMillis() + *t.ToMilliseconds(nil)}
}

// Expiration_FromString expires at a date string (RFC 3339).
func Expiration_FromString(s *string) Expiration {
	t, err := parseTime(deref(s))
	if err != nil {
		panicf("", "invalid date %q: %v", deref(s), err)
	}
	return &expiration{epochMillis: t}
}

func (e *expiration) Date() *time.Time {
	t := time.UnixMilli(int64(e.epochMillis)).UTC()
	return &t
}
func (e *expiration) ToEpoch() *float64 {
	return jsiiNum(math.Round(e.epochMillis / 1000))
}
func (e *expiration) IsBefore(t Duration) *bool {
	return boolp(e.epochMillis < nowMillis()+*t.ToMilliseconds(nil))
}
func (e *expiration) IsAfter(t Duration) *bool {
	return boolp(e.epochMillis > nowMillis()+*t.ToMilliseconds(nil))
}
