package scalingsteps

import (
	"math"
	"testing"
)

func f(v float64) *float64 { return &v }

// TestNormalize: the steps of the awsautoscaling "Steps" golden complete
// over [0, ∞) with a no-change gap, and the alarms split around it.
func TestNormalize(t *testing.T) {
	ivs := Normalize([]*Step{{Upper: f(10), Change: f(-1)}, {Lower: f(50), Change: f(1)}, {Lower: f(70), Change: f(3)}}, false)
	want := [][3]float64{{0, 10, -1}, {10, 50, math.NaN()}, {50, 70, 1}, {70, math.Inf(1), 3}}
	if len(ivs) != len(want) {
		t.Fatalf("got %d intervals, want %d", len(ivs), len(want))
	}
	for i, w := range want {
		iv := ivs[i]
		if *iv.Lower != w[0] || *iv.Upper != w[1] || (iv.Change == nil) != math.IsNaN(w[2]) || (iv.Change != nil && *iv.Change != w[2]) {
			t.Errorf("interval %d = %s, want %v", i, iv.json(), w)
		}
	}
	if lo, hi := AlarmIndexes(ivs); lo != 0 || hi != 2 {
		t.Errorf("alarm indexes %d, %d; want 0, 2", lo, hi)
	}
}

// TestExactZero: with absolute changes a change of 0 is a real change.
func TestExactZero(t *testing.T) {
	ivs := Normalize([]*Step{{Upper: f(10), Change: f(0)}, {Lower: f(10), Change: f(5)}}, true)
	if len(ivs) != 2 || ivs[0].Change == nil {
		t.Fatalf("got %s", listJSON(ivs))
	}
}
