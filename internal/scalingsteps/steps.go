// Package scalingsteps is the step-scaling interval algorithm aws-cdk-lib
// shares between EC2 Auto Scaling and Application Auto Scaling
// (aws-autoscaling-common): the user's intervals are sorted and completed
// over [0, ∞), gaps and zero changes become "no change", and the no-change
// interval (or the middle) splits them into a lower and an upper alarm.
package scalingsteps

import (
	"encoding/json"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/strata-cdk/strata/internal/diag"
)

// Step is one interval a user gives (ScalingInterval in both packages).
type Step struct{ Change, Lower, Upper *float64 }

// Interval is a completed scaling interval; change is nil for "no change".
// keys is the order of its members in aws-cdk-lib's object (the user's
// struct fields in declaration order, then the bounds it filled in), which
// error messages show.
type Interval struct {
	Lower, Upper *float64
	Change       *float64
	keys         []string
}

func (iv *Interval) setLower(v *float64) { iv.Lower = v; iv.addKey("lower") }
func (iv *Interval) setUpper(v *float64) { iv.Upper = v; iv.addKey("upper") }

func (iv *Interval) addKey(k string) {
	for _, have := range iv.keys {
		if have == k {
			return
		}
	}
	iv.keys = append(append([]string(nil), iv.keys...), k)
}

func (iv Interval) json() string {
	// JSON.stringify drops undefined members and writes Infinity as null.
	var parts []string
	for _, k := range iv.keys {
		v := map[string]*float64{"lower": iv.Lower, "upper": iv.Upper, "change": iv.Change}[k]
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
func userIntervalJSON(s *Step) string {
	type v struct {
		Change *float64 `json:"change,omitempty"`
		Lower  *float64 `json:"lower,omitempty"`
		Upper  *float64 `json:"upper,omitempty"`
	}
	b, _ := json.Marshal(v{s.Change, s.Lower, s.Upper})
	return string(b)
}

func listJSON(ivs []Interval) string {
	parts := make([]string, len(ivs))
	for i, iv := range ivs {
		parts[i] = iv.json()
	}
	return "[" + strings.Join(parts, ",") + "]"
}

// Normalize completes and normalizes the user's steps; with
// absolute (EXACT_CAPACITY) changes, a change of 0 is a real change.
func Normalize(steps []*Step, absolute bool) []Interval {
	full := orderAndComplete(steps)
	full = fillGaps(full)
	if !absolute {
		for i := range full {
			if full[i].Change != nil && *full[i].Change == 0 {
				full[i].Change = nil
			}
		}
	}
	full = mergeNoChange(full)
	var undef []Interval
	for _, iv := range full {
		if iv.Change == nil {
			undef = append(undef, iv)
		}
	}
	if len(undef) > 1 {
		diag.Panic("", "Can have at most one no-change interval, got %s", listJSON(undef))
	}
	return full
}

func orderAndComplete(steps []*Step) []Interval {
	if len(steps) < 2 {
		diag.Panic("", "Require at least 2 intervals")
	}
	ivs := make([]Interval, 0, len(steps))
	for _, s := range steps {
		if s == nil {
			diag.Panic("", "scalingSteps holds a nil ScalingInterval")
		}
		if s.Lower == nil && s.Upper == nil {
			diag.Panic("", "Must supply at least one of 'upper' or 'lower', got: %s", userIntervalJSON(s))
		}
		iv := Interval{Lower: s.Lower, Upper: s.Upper, Change: s.Change}
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
	key := func(iv Interval) float64 {
		if iv.Lower != nil {
			return *iv.Lower
		}
		return *iv.Upper
	}
	sort.SliceStable(ivs, func(i, j int) bool { return key(ivs[i]) < key(ivs[j]) })
	for propagateBounds(ivs) {
	}
	if ivs[0].Lower == nil {
		ivs[0].setLower(num(0))
	}
	if last := len(ivs) - 1; ivs[last].Upper == nil {
		ivs[last].setUpper(num(math.Inf(1)))
	}
	for _, iv := range ivs {
		if iv.Lower == nil || iv.Upper == nil {
			diag.Panic("", "Could not determine the lower and upper bounds for %s", iv.json())
		}
	}
	for i := 0; i+1 < len(ivs); i++ {
		a, b := ivs[i], ivs[i+1]
		if *a.Lower < *b.Upper && *a.Upper > *b.Lower {
			diag.Panic("", "Two intervals overlap: %s and %s", a.json(), b.json())
		}
	}
	return ivs
}

// propagateBounds copies an upper bound into the next interval's missing
// lower bound and a lower bound into the previous one's missing upper.
func propagateBounds(ivs []Interval) bool {
	changed := false
	for i := 0; i+1 < len(ivs); i++ {
		if ivs[i].Upper != nil && ivs[i+1].Lower == nil {
			ivs[i+1].setLower(ivs[i].Upper)
			changed = true
		}
	}
	for i := len(ivs) - 1; i >= 1; i-- {
		if ivs[i].Lower != nil && ivs[i-1].Upper == nil {
			ivs[i-1].setUpper(ivs[i].Lower)
			changed = true
		}
	}
	return changed
}

// fillGaps inserts no-change intervals so the list covers [0, ∞).
func fillGaps(ivs []Interval) []Interval {
	if *ivs[0].Lower != 0 {
		ivs = append([]Interval{gapInterval(num(0), ivs[0].Lower)}, ivs...)
	}
	if last := ivs[len(ivs)-1]; !math.IsInf(*last.Upper, 1) {
		ivs = append(ivs, gapInterval(last.Upper, num(math.Inf(1))))
	}
	for i := 1; i < len(ivs); {
		if *ivs[i-1].Upper < *ivs[i].Lower {
			gap := gapInterval(ivs[i-1].Upper, ivs[i].Lower)
			ivs = append(ivs[:i], append([]Interval{gap}, ivs[i:]...)...)
		} else {
			i++
		}
	}
	return ivs
}

func gapInterval(lower, upper *float64) Interval {
	return Interval{Lower: lower, Upper: upper, keys: []string{"lower", "upper", "change"}}
}

// mergeNoChange joins adjacent no-change intervals.
func mergeNoChange(ivs []Interval) []Interval {
	for i := 0; i+1 < len(ivs); {
		if ivs[i].Change == nil && ivs[i+1].Change == nil {
			ivs[i].setUpper(ivs[i+1].Upper)
			ivs = append(ivs[:i+1], ivs[i+2:]...)
		} else {
			i++
		}
	}
	return ivs
}

// AlarmIndexes finds the intervals whose bounds become the lower and upper
// alarms' thresholds (-1 for no alarm).
func AlarmIndexes(ivs []Interval) (lower, upper int) {
	for i, iv := range ivs {
		if iv.Change == nil {
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

func num(f float64) *float64 { return &f }

// jsNum renders a number as JavaScript's String(n) does.
func jsNum(f *float64) string {
	if f == nil {
		return "undefined"
	}
	v := *f
	switch {
	case math.IsInf(v, 1):
		return "Infinity"
	case math.IsInf(v, -1):
		return "-Infinity"
	case math.IsNaN(v):
		return "NaN"
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}
