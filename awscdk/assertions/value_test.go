package assertions

import (
	"encoding/json"
	"testing"
)

// FuzzJSON checks the JSON codec the matchers use against encoding/json:
// whatever encoding/json accepts, parseJSON accepts, and stringify writes
// JSON that reads back as the same value.
func FuzzJSON(f *testing.F) {
	for _, s := range []string{`{}`, `[]`, `{"b":1,"a":[true,null,"x\u2028"],"2":{"1":0.5e-7}}`, `"\ud800"`, `1e21`, `-0`, `{"a":1,"a":2}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var std interface{}
		if json.Unmarshal([]byte(s), &std) != nil {
			return
		}
		v, err := parseJSON([]byte(s))
		if err != nil {
			t.Fatalf("parseJSON(%q): %v", s, err)
		}
		for _, indent := range []string{"", "  "} {
			out, ok := stringify(v, indent)
			if !ok {
				t.Fatalf("stringify(%q) gave undefined", s)
			}
			var back interface{}
			if err := json.Unmarshal([]byte(out), &back); err != nil {
				t.Fatalf("stringify(%q) = %q, not JSON: %v", s, out, err)
			}
			v2, err := parseJSON([]byte(out))
			if err != nil || !deepEqual(v, v2) {
				t.Fatalf("%q does not read back: %q", s, out)
			}
		}
	})
}

// JavaScript enumerates integer-like keys first, in ascending order.
func TestObjectKeyOrder(t *testing.T) {
	v, err := parseJSON([]byte(`{"b":1,"10":2,"a":3,"2":4,"01":5,"4294967295":6}`))
	if err != nil {
		t.Fatal(err)
	}
	got, _ := stringify(v, "")
	if want := `{"2":4,"10":2,"b":1,"a":3,"01":5,"4294967295":6}`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestLocaleCompare(t *testing.T) {
	// The order node's localeCompare gives these strings.
	want := []string{" ", "_", "-", ".", "/", "~", "$", "1", "a", "A", "a_", "a-", "aa", "b", "B", "z", "Z9"}
	for i := 0; i+1 < len(want); i++ {
		if localeCompare(want[i], want[i+1]) >= 0 || localeCompare(want[i+1], want[i]) <= 0 {
			t.Errorf("%q should sort before %q", want[i], want[i+1])
		}
	}
	if localeCompare("Queue1", "Queue1") != 0 {
		t.Error("equal strings")
	}
}
