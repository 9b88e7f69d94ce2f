package awsapplicationautoscaling

import (
	"encoding/json"
	"math"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/internal/diag"
)

// The step-scaling interval algorithm aws-cdk-lib shares between EC2 and
// Application Auto Scaling: the user's intervals are sorted and completed
// over [0, ∞), gaps and zero changes become "no change", and the no-change
// interval (or the middle) splits them into a lower and an upper alarm.

// interval is a completed scaling interval; change is nil for "no change".
// keys is the order of its members in aws-cdk-lib's object (the user's
// struct fields in declaration order, then the bounds it filled in), which
// error messages show.
type interval struct {
	lower, upper *float64
	change       *float64
	keys         []string
}

func (iv *interval) setLower(v *float64) { iv.lower = v; iv.addKey("lower") }
func (iv *interval) setUpper(v *float64) { iv.upper = v; iv.addKey("upper") }

func (iv *interval) addKey(k string) {
	for _, have := range iv.keys {
		if have == k {
			return
		}
	}
	iv.keys = append(append([]string(nil), iv.keys...), k)
}

func (iv interval) json() string {
	// JSON.stringify drops undefined members and writes Infinity as null.
	var parts []string
	for _, k := range iv.keys {
		v := map[string]*float64{"lower": iv.lower, "upper": iv.upper, "change": iv.change}[k]
		if v == nil {
			continue
		}
		if math.IsInf(*v, 0) {
			parts = append(parts, `"`+k+`":null`)
			continue
		}
		parts = append(parts, `"`+k+`":`+jsNum(v))
	}
	return "{" + strings.Join(parts, ",") + "}"
}

// userIntervalJSON renders a ScalingInterval in its field order, as
// JSON.stringify renders the object a user wrote in that order.
func userIntervalJSON(s *ScalingInterval) string {
	type v struct {
		Change *float64 `json:"change,omitempty"`
		Lower  *float64 `json:"lower,omitempty"`
		Upper  *float64 `json:"upper,omitempty"`
	}
	b, _ := json.Marshal(v{s.Change, s.Lower, s.Upper})
	return string(b)
}

func listJSON(ivs []interval) string {
	parts := make([]string, len(ivs))
	for i, iv := range ivs {
		parts[i] = iv.json()
	}
	return "[" + strings.Join(parts, ",") + "]"
}

// normalizeIntervals completes and normalizes the user's steps; with
// absolute (EXACT_CAPACITY) changes, a change of 0 is a real change.
func normalizeIntervals(steps []*ScalingInterval, absolute bool) []interval {
	full := orderAndComplete(steps)
	full = fillGaps(full)
	if !absolute {
		for i := range full {
			if full[i].change != nil && *full[i].change == 0 {
				full[i].change = nil
			}
		}
	}
	full = mergeNoChange(full)
	var undef []interval
	for _, iv := range full {
		if iv.change == nil {
			undef = append(undef, iv)
		}
	}
	if len(undef) > 1 {
		diag.Panic("", "Can have at most one no-change interval, got %s", listJSON(undef))
	}
	return full
}

func orderAndComplete(steps []*ScalingInterval) []interval {
	if len(steps) < 2 {
		diag.Panic("", "Require at least 2 intervals")
	}
	ivs := make([]interval, 0, len(steps))
	for _, s := range steps {
		if s == nil {
			diag.Panic("", "scalingSteps holds a nil ScalingInterval")
		}
		if s.Lower == nil && s.Upper == nil {
			diag.Panic("", "Must supply at least one of 'upper' or 'lower', got: %s", userIntervalJSON(s))
		}
		iv := interval{lower: s.Lower, upper: s.Upper, change: s.Change}
		if s.Change != nil {
			iv.keys = append(iv.keys, "change")
		}
		if s.Lower != nil {
			iv.keys = append(iv.keys, "lower")
		}
		if s.Upper != nil {
			iv.keys = append(iv.keys, "upper")
		}
		ivs = append(ivs, iv)
	}
	key := func(iv interval) float64 {
		if iv.lower != nil {
			return *iv.lower
		}
		return *iv.upper
	}
	sort.SliceStable(ivs, func(i, j int) bool { return key(ivs[i]) < key(ivs[j]) })
	for propagateBounds(ivs) {
	}
	if ivs[0].lower == nil {
		ivs[0].setLower(num(0))
	}
	if last := len(ivs) - 1; ivs[last].upper == nil {
		ivs[last].setUpper(num(math.Inf(1)))
	}
	for _, iv := range ivs {
		if iv.lower == nil || iv.upper == nil {
			diag.Panic("", "Could not determine the lower and upper bounds for %s", iv.json())
		}
	}
	for i := 0; i+1 < len(ivs); i++ {
		a, b := ivs[i], ivs[i+1]
		if *a.lower < *b.upper && *a.upper > *b.lower {
			diag.Panic("", "Two intervals overlap: %s and %s", a.json(), b.json())
		}
	}
	return ivs
}

// propagateBounds copies an upper bound into the next interval's missing
// lower bound and a lower bound into the previous one's missing upper.
func propagateBounds(ivs []interval) bool {
	changed := false
	for i := 0; i+1 < len(ivs); i++ {
		if ivs[i].upper != nil && ivs[i+1].lower == nil {
			ivs[i+1].setLower(ivs[i].upper)
			changed = true
		}
	}
	for i := len(ivs) - 1; i >= 1; i-- {
		if ivs[i].lower != nil && ivs[i-1].upper == nil {
			ivs[i-1].setUpper(ivs[i].lower)
			changed = true
		}
	}
	return changed
}

// fillGaps inserts no-change intervals so the list covers [0, ∞).
func fillGaps(ivs []interval) []interval {
	if *ivs[0].lower != 0 {
		ivs = append([]interval{gapInterval(num(0), ivs[0].lower)}, ivs...)
	}
	if last := ivs[len(ivs)-1]; !math.IsInf(*last.upper, 1) {
		ivs = append(ivs, gapInterval(last.upper, num(math.Inf(1))))
	}
	for i := 1; i < len(ivs); {
		if *ivs[i-1].upper < *ivs[i].lower {
			gap := gapInterval(ivs[i-1].upper, ivs[i].lower)
			ivs = append(ivs[:i], append([]interval{gap}, ivs[i:]...)...)
		} else {
			i++
		}
	}
	return ivs
}

func gapInterval(lower, upper *float64) interval {
	return interval{lower: lower, upper: upper, keys: []string{"lower", "upper", "change"}}
}

// mergeNoChange joins adjacent no-change intervals.
func mergeNoChange(ivs []interval) []interval {
	for i := 0; i+1 < len(ivs); {
		if ivs[i].change == nil && ivs[i+1].change == nil {
			ivs[i].setUpper(ivs[i+1].upper)
			ivs = append(ivs[:i+1], ivs[i+2:]...)
		} else {
			i++
		}
	}
	return ivs
}

// alarmIndexes finds the intervals whose bounds become the lower and upper
// alarms' thresholds (-1 for no alarm).
func alarmIndexes(ivs []interval) (lower, upper int) {
	for i, iv := range ivs {
		if iv.change == nil {
			lower, upper = i-1, i+1
			if upper >= len(ivs) {
				upper = -1
			}
			return lower, upper
		}
	}
	if len(ivs) == 1 {
		return -1, 0
	}
	mid := len(ivs) / 2
	return mid - 1, mid
}
