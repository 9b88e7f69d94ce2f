package awscloudwatch

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/strata-cdk/strata/internal/cwunit"
	"github.com/strata-cdk/strata/internal/ojson"
)

// Unit is the unit of a metric's values.
type Unit string

const (
	Unit_SECONDS              Unit = "SECONDS"
	Unit_MICROSECONDS         Unit = "MICROSECONDS"
	Unit_MILLISECONDS         Unit = "MILLISECONDS"
	Unit_BYTES                Unit = "BYTES"
	Unit_KILOBYTES            Unit = "KILOBYTES"
	Unit_MEGABYTES            Unit = "MEGABYTES"
	Unit_GIGABYTES            Unit = "GIGABYTES"
	Unit_TERABYTES            Unit = "TERABYTES"
	Unit_BITS                 Unit = "BITS"
	Unit_KILOBITS             Unit = "KILOBITS"
	Unit_MEGABITS             Unit = "MEGABITS"
	Unit_GIGABITS             Unit = "GIGABITS"
	Unit_TERABITS             Unit = "TERABITS"
	Unit_PERCENT              Unit = "PERCENT"
	Unit_COUNT                Unit = "COUNT"
	Unit_BYTES_PER_SECOND     Unit = "BYTES_PER_SECOND"
	Unit_KILOBYTES_PER_SECOND Unit = "KILOBYTES_PER_SECOND"
	Unit_MEGABYTES_PER_SECOND Unit = "MEGABYTES_PER_SECOND"
	Unit_GIGABYTES_PER_SECOND Unit = "GIGABYTES_PER_SECOND"
	Unit_TERABYTES_PER_SECOND Unit = "TERABYTES_PER_SECOND"
	Unit_BITS_PER_SECOND      Unit = "BITS_PER_SECOND"
	Unit_KILOBITS_PER_SECOND  Unit = "KILOBITS_PER_SECOND"
	Unit_MEGABITS_PER_SECOND  Unit = "MEGABITS_PER_SECOND"
	Unit_GIGABITS_PER_SECOND  Unit = "GIGABITS_PER_SECOND"
	Unit_TERABITS_PER_SECOND  Unit = "TERABITS_PER_SECOND"
	Unit_COUNT_PER_SECOND     Unit = "COUNT_PER_SECOND"
	Unit_NONE                 Unit = "NONE"
)

// unitValue is the CloudWatch name of a unit ("Bytes/Second").
func unitValue(u Unit) interface{} {
	if u == "" {
		return nil
	}
	return cwunit.Name(string(u))
}

// Statistic is one of the simple statistics (deprecated in favour of Stats).
type Statistic string

const (
	Statistic_SAMPLE_COUNT Statistic = "SAMPLE_COUNT"
	Statistic_AVERAGE      Statistic = "AVERAGE"
	Statistic_SUM          Statistic = "SUM"
	Statistic_MINIMUM      Statistic = "MINIMUM"
	Statistic_MAXIMUM      Statistic = "MAXIMUM"
)

// Stats builds statistic strings.
type Stats interface{}

// NewStats_Override exists for aws-cdk-go compatibility; Stats has only static members.
func NewStats_Override(s Stats) {}

// Stats_SAMPLE_COUNT is the SampleCount statistic.
func Stats_SAMPLE_COUNT() *string { return str("SampleCount") }

// Stats_AVERAGE is the Average statistic.
func Stats_AVERAGE() *string { return str("Average") }

// Stats_SUM is the Sum statistic.
func Stats_SUM() *string { return str("Sum") }

// Stats_MINIMUM is the Minimum statistic.
func Stats_MINIMUM() *string { return str("Minimum") }

// Stats_MAXIMUM is the Maximum statistic.
func Stats_MAXIMUM() *string { return str("Maximum") }

// Stats_IQM is the interquartile mean statistic.
func Stats_IQM() *string { return str("IQM") }

func assertPercentage(p *float64) {
	if p != nil && (*p < 0 || *p > 100) {
		throwUnscoped("Expecting a percentage, got: %s", ojson.FormatNumber(*p))
	}
}

// Stats_Percentile is the pNN statistic.
func Stats_Percentile(percentile *float64) *string {
	assertPercentage(percentile)
	return str("p" + ojson.FormatNumber(numOr(percentile, 0)))
}

// Stats_P is Stats_Percentile.
func Stats_P(percentile *float64) *string { return Stats_Percentile(percentile) }

func boundaryStat(one, two string, p1, p2 *float64) *string {
	assertPercentage(p1)
	assertPercentage(p2)
	a := ojson.FormatNumber(numOr(p1, 0))
	if p2 != nil {
		return str(fmt.Sprintf("%s(%s%%:%s%%)", two, a, ojson.FormatNumber(*p2)))
	}
	return str(one + a)
}

// Stats_TrimmedMean is the trimmed mean between the percentiles p1 and p2 (TM), or up to p1 (tm).
func Stats_TrimmedMean(p1, p2 *float64) *string { return boundaryStat("tm", "TM", p1, p2) }

// Stats_Tm is Stats_TrimmedMean.
func Stats_Tm(p1, p2 *float64) *string { return Stats_TrimmedMean(p1, p2) }

// Stats_WinsorizedMean is the winsorized mean between the percentiles p1 and p2 (WM), or up to p1 (wm).
func Stats_WinsorizedMean(p1, p2 *float64) *string { return boundaryStat("wm", "WM", p1, p2) }

// Stats_Wm is Stats_WinsorizedMean.
func Stats_Wm(p1, p2 *float64) *string { return Stats_WinsorizedMean(p1, p2) }

// Stats_TrimmedCount is the trimmed count between the percentiles p1 and p2 (TC), or up to p1 (tc).
func Stats_TrimmedCount(p1, p2 *float64) *string { return boundaryStat("tc", "TC", p1, p2) }

// Stats_Tc is Stats_TrimmedCount.
func Stats_Tc(p1, p2 *float64) *string { return Stats_TrimmedCount(p1, p2) }

// Stats_TrimmedSum is the trimmed sum between the percentiles p1 and p2 (TS), or up to p1 (ts).
func Stats_TrimmedSum(p1, p2 *float64) *string { return boundaryStat("ts", "TS", p1, p2) }

// Stats_Ts is Stats_TrimmedSum.
func Stats_Ts(p1, p2 *float64) *string { return Stats_TrimmedSum(p1, p2) }

// Stats_PercentileRank is PR(v1:v2), or PR(:v1) with one bound.
func Stats_PercentileRank(v1, v2 *float64) *string {
	a := ojson.FormatNumber(numOr(v1, 0))
	if v2 != nil {
		return str("PR(" + a + ":" + ojson.FormatNumber(*v2) + ")")
	}
	return str("PR(:" + a + ")")
}

// Stats_Pr is Stats_PercentileRank.
func Stats_Pr(v1, v2 *float64) *string { return Stats_PercentileRank(v1, v2) }

// Color holds the colours of the CloudWatch console's default palette.
type Color interface{}

// Color_BLUE is a colour of the CloudWatch console's palette.
func Color_BLUE() *string { return str("#1f77b4") }

// Color_BROWN is a colour of the CloudWatch console's palette.
func Color_BROWN() *string { return str("#8c564b") }

// Color_GREEN is a colour of the CloudWatch console's palette.
func Color_GREEN() *string { return str("#2ca02c") }

// Color_GREY is a colour of the CloudWatch console's palette.
func Color_GREY() *string { return str("#7f7f7f") }

// Color_ORANGE is a colour of the CloudWatch console's palette.
func Color_ORANGE() *string { return str("#ff7f0e") }

// Color_PINK is a colour of the CloudWatch console's palette.
func Color_PINK() *string { return str("#e377c2") }

// Color_PURPLE is a colour of the CloudWatch console's palette.
func Color_PURPLE() *string { return str("#9467bd") }

// Color_RED is a colour of the CloudWatch console's palette.
func Color_RED() *string { return str("#d62728") }

// parsedStat is a statistic string taken apart.
type parsedStat struct {
	kind  string // simple, extended, single, range, unparseable
	stat  string // simple/extended: the canonical name
	input string
}

var simpleStats = map[string]string{
	"average": "Average", "avg": "Average", "minimum": "Minimum", "min": "Minimum",
	"maximum": "Maximum", "max": "Maximum", "samplecount": "SampleCount", "n": "SampleCount", "sum": "Sum",
}

// The statistic forms CloudWatch knows: a prefix and a percentage (p99,
// tm90), or a prefix and a range (TM(10%:90%), PR(:300)); matched in this
// order, case-insensitively.
var (
	singleStats = []*regexp.Regexp{singleStat("p"), singleStat("tm"), singleStat("wm"), singleStat("tc"), singleStat("ts")}
	pairStats   = []*regexp.Regexp{pairStat("PR"), pairStat("TM"), pairStat("WM"), pairStat("TC"), pairStat("TS")}
)

func singleStat(prefix string) *regexp.Regexp {
	return regexp.MustCompile(`(?i)^` + prefix + `(\d+(?:\.\d+)?)$`)
}

func pairStat(prefix string) *regexp.Regexp {
	return regexp.MustCompile(`(?i)^` + prefix + `\(([^)]+)\)$`)
}

func matchSingle(stat string, re *regexp.Regexp) bool {
	m := re.FindStringSubmatch(stat)
	if m == nil {
		return false
	}
	v, _ := strconv.ParseFloat(m[1], 64)
	return v >= 0 && v <= 100
}

func matchPair(stat string, re *regexp.Regexp) bool {
	m := re.FindStringSubmatch(stat)
	if m == nil {
		return false
	}
	parts := strings.Split(m[1], ":")
	if len(parts) < 2 {
		return false
	}
	type bound struct {
		set, fail, pct bool
	}
	parse := func(x string) bound {
		x = strings.TrimSpace(x)
		if x == "" {
			return bound{}
		}
		pct := strings.HasSuffix(x, "%")
		v, err := strconv.ParseFloat(strings.TrimSuffix(x, "%"), 64)
		if err != nil || v < 0 || (pct && v > 100) {
			return bound{fail: true}
		}
		return bound{set: true, pct: pct}
	}
	lo, hi := parse(parts[0]), parse(parts[1])
	if lo.fail || hi.fail || (!lo.set && !hi.set) || (lo.set && hi.set && lo.pct != hi.pct) {
		return false
	}
	return true
}

func parseStatistic(stat string) parsedStat {
	lower := strings.ToLower(stat)
	if s, ok := simpleStats[lower]; ok {
		return parsedStat{kind: "simple", stat: s, input: stat}
	}
	if lower == "iqm" {
		return parsedStat{kind: "extended", stat: "IQM", input: stat}
	}
	for _, re := range singleStats {
		if matchSingle(stat, re) {
			return parsedStat{kind: "single", input: stat}
		}
	}
	for _, re := range pairStats {
		if matchPair(stat, re) {
			return parsedStat{kind: "range", input: stat}
		}
	}
	return parsedStat{kind: "unparseable", input: stat}
}

func (p parsedStat) normalize() string {
	switch p.kind {
	case "simple", "extended":
		return p.stat
	case "single":
		return strings.ToLower(p.input)
	case "range":
		return strings.ToUpper(p.input)
	}
	return p.input
}

// statFields is how an alarm renders a statistic: a simple one as
// Statistic, anything else as ExtendedStatistic.
func statFields(stat string) (statistic, extended *string) {
	p := parseStatistic(stat)
	if p.kind == "simple" {
		return str(p.stat), nil
	}
	return nil, str(p.normalize())
}
