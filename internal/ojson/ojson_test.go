package ojson

import (
	"encoding/json"
	"math"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// refIsIndex is the ECMAScript definition, written the other way round:
// a key is an array index when ToString(ToUint32(key)) == key and
// ToUint32(key) != 2^32-1.
func refIsIndex(k string) bool {
	n, err := strconv.ParseUint(k, 10, 64)
	if err != nil || n >= 1<<32-1 {
		return false
	}
	return strconv.FormatUint(n, 10) == k
}

// refOrder is OrdinaryOwnPropertyKeys: indices ascending, then the other
// keys in insertion order (first insertion wins for duplicates).
func refOrder(keys []string) []string {
	seen := map[string]bool{}
	var idx, rest []string
	for _, k := range keys {
		if seen[k] {
			continue
		}
		seen[k] = true
		if refIsIndex(k) {
			idx = append(idx, k)
		} else {
			rest = append(rest, k)
		}
	}
	sort.Slice(idx, func(a, b int) bool {
		x, _ := strconv.ParseUint(idx[a], 10, 64)
		y, _ := strconv.ParseUint(idx[b], 10, 64)
		return x < y
	})
	return append(idx, rest...)
}

func build(keys []string) *Object {
	o := New()
	for i, k := range keys {
		o.Set(k, float64(i))
	}
	return o
}

func TestKeyOrder(t *testing.T) {
	cases := []struct {
		keys []string
		want string
	}{
		{[]string{"b", "10", "2"}, `{"2":2,"10":1,"b":0}`},
		{[]string{"a", "b"}, `{"a":0,"b":1}`},
		{[]string{"01", "1", "-1", "1.0", "4294967295", "4294967294", "0"}, `{"0":6,"1":1,"4294967294":5,"01":0,"-1":2,"1.0":3,"4294967295":4}`},
		{[]string{"x", "x", "3"}, `{"3":2,"x":1}`},
	}
	for _, c := range cases {
		b, err := Marshal(build(c.keys), "")
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != c.want {
			t.Errorf("%q: got %s, want %s", c.keys, b, c.want)
		}
	}
	// A Go map arrives sorted, then JavaScript puts indices first.
	b, _ := Marshal(map[string]interface{}{"b": 1.0, "10": 2.0, "2": 3.0, "a": 4.0}, "")
	if string(b) != `{"2":3,"10":2,"a":4,"b":1}` {
		t.Errorf("map: got %s", b)
	}
}

func FuzzKeyOrder(f *testing.F) {
	f.Add("b,10,2")
	f.Add("0,00,01,4294967294,4294967295,99999999999,a")
	f.Add("x,,7,-0,+1, 1")
	f.Fuzz(func(t *testing.T, csv string) {
		keys := strings.Split(csv, ",")
		got := build(keys).Keys()
		want := refOrder(keys)
		if strings.Join(got, "\x00") != strings.Join(want, "\x00") {
			t.Fatalf("keys %q: got %q, want %q", keys, got, want)
		}
		if _, ok := ArrayIndex(keys[0]); ok != refIsIndex(keys[0]) {
			t.Fatalf("ArrayIndex(%q) = %v", keys[0], ok)
		}
	})
}

// TestAgainstNode compares Marshal with node's JSON.stringify on many
// generated key sets (skipped when node is not installed).
func TestAgainstNode(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not on PATH")
	}
	pool := []string{"0", "1", "2", "9", "10", "01", "007", "-1", "1.5", "1e3", "4294967294", "4294967295", "4294967296",
		"a", "b", "Z", "_", "", " ", "ü", "\u2028", "\"q\"", "Ref", "Fn::Join", "AWS::Region", "123abc", "NaN"}
	var sets [][]string
	seed := uint32(1)
	for n := 0; n < 300; n++ {
		var keys []string
		size := int(seed%9) + 1
		for i := 0; i < size; i++ {
			seed = seed*1664525 + 1013904223
			keys = append(keys, pool[int(seed>>8)%len(pool)])
		}
		sets = append(sets, keys)
	}
	in, _ := json.Marshal(sets)
	script := `let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{for(const keys of JSON.parse(s)){const o={};keys.forEach((k,i)=>{o[k]=i});console.log(JSON.stringify(o,undefined,1))}})`
	cmd := exec.Command(node, "-e", script)
	cmd.Stdin = strings.NewReader(string(in))
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(out), "}\n")
	for i, keys := range sets {
		b, err := Marshal(build(keys), " ")
		if err != nil {
			t.Fatal(err)
		}
		if string(b)+"\n" != lines[i] {
			t.Errorf("keys %q:\nstrata %s\nnode   %s", keys, b, lines[i])
		}
	}
}

func TestNumbers(t *testing.T) {
	for f, want := range map[float64]string{0: "0", 1: "1", -1.5: "-1.5", 1e21: "1e+21", 1e-7: "1e-7", 123456789012: "123456789012", math.Inf(1): "null"} {
		b, _ := Marshal(f, "")
		if string(b) != want {
			t.Errorf("%v: got %s, want %s", f, b, want)
		}
	}
}
