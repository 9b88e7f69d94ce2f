package scalingsteps

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/internal/diag"
)

// TestIntervalsAgainstAwsCdkLib runs the interval algorithm on the random
// cases of testdata/intervals.json and compares the normalized intervals,
// the alarm indexes and the error messages with aws-cdk-lib's.
func TestIntervalsAgainstAwsCdkLib(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "intervals.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Intervals []struct {
			Change       *float64
			Lower, Upper *float64
		}
		Absolute   bool
		Normalized []struct {
			Lower  float64
			Upper  interface{}
			Change *float64
		}
		LowerAlarm, UpperAlarm int
		Error                  string
	}
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	ok := 0
	for i, c := range cases {
		steps := make([]*Step, len(c.Intervals))
		for j, iv := range c.Intervals {
			steps[j] = &Step{Change: iv.Change, Lower: iv.Lower, Upper: iv.Upper}
		}
		var got []Interval
		var lower, upper int
		msg := func() (msg string) {
			defer func() {
				if r := recover(); r != nil {
					e, isErr := r.(error)
					if !isErr || !diag.IsUserError(e) {
						panic(r)
					}
					msg = e.Error()
				}
			}()
			got = Normalize(steps, c.Absolute)
			lower, upper = AlarmIndexes(got)
			return ""
		}()
		if c.Error != "" {
			if msg == "" || !strings.Contains(msg, c.Error) {
				t.Errorf("case %d: error %q, want %q", i, msg, c.Error)
			}
			continue
		}
		if msg != "" {
			t.Errorf("case %d: unexpected error %s", i, msg)
			continue
		}
		ok++
		render := func() string {
			s := ""
			for _, iv := range got {
				u := fmt.Sprint(*iv.Upper)
				if math.IsInf(*iv.Upper, 1) {
					u = "Infinity"
				}
				s += fmt.Sprintf("[%v,%s):%v ", *iv.Lower, u, deref(iv.Change))
			}
			return s + fmt.Sprintf("alarms %d/%d", lower, upper)
		}
		want := ""
		for _, iv := range c.Normalized {
			want += fmt.Sprintf("[%v,%v):%v ", iv.Lower, iv.Upper, deref(iv.Change))
		}
		want += fmt.Sprintf("alarms %d/%d", c.LowerAlarm, c.UpperAlarm)
		if g := render(); g != want {
			t.Errorf("case %d:\n got %s\nwant %s", i, g, want)
		}
	}
	if ok < 50 {
		t.Errorf("only %d valid cases; the generator should make more", ok)
	}
}

func deref(f *float64) interface{} {
	if f == nil {
		return "none"
	}
	return *f
}
