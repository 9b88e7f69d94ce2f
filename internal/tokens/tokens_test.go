package tokens

import (
	"errors"
	"fmt"
	"math"
	"runtime"
	"strings"
	"testing"
)

type obj struct{ name string }

func finder(t *Table) func(int64) (interface{}, error) { return t.Lookup }

func TestStringRoundTrip(t *testing.T) {
	tab := NewTable()
	a, b := &obj{"a"}, &obj{"b"}
	sa := tab.RegisterString(a, "My Hint/x")
	if sa != tab.RegisterString(a, "") {
		t.Error("the same object must get the same encoding")
	}
	if !strings.HasPrefix(sa, "${Token[My.Hint.x.") {
		t.Errorf("hint not kept: %s", sa)
	}
	sb := tab.RegisterString(b, "")
	s := "arn:" + sa + ":" + sb + "/*"
	frags, err := Split(s, finder(tab))
	if err != nil {
		t.Fatal(err)
	}
	want := []Fragment{{Literal: "arn:"}, {Token: a, IsToken: true}, {Literal: ":"}, {Token: b, IsToken: true}, {Literal: "/*"}}
	if fmt.Sprint(frags) != fmt.Sprint(want) {
		t.Errorf("got %v, want %v", frags, want)
	}
	if !ContainsTokens(s) || ContainsTokens("${Token[]}") || ContainsTokens("plain") {
		t.Error("ContainsTokens")
	}
}

func TestNumberRoundTrip(t *testing.T) {
	tab := NewTable()
	o := &obj{"n"}
	f := tab.RegisterNumber(o)
	if !IsNumberToken(f) || f > -1e289 || f < -2e289 {
		t.Errorf("number token %v out of the marker range", f)
	}
	// Printed with %v into a string, it still splits back.
	s := fmt.Sprintf("size-%v-mb", f)
	frags, err := Split(s, finder(tab))
	if err != nil || len(frags) != 3 || frags[1].Token != o {
		t.Fatalf("%q: %v %v", s, frags, err)
	}
	// A literal that only looks like a number token stays literal.
	frags, err = Split("-1.2345678901e+289", finder(tab))
	if err != nil || len(frags) != 1 || frags[0].IsToken {
		t.Errorf("lookalike: %v %v", frags, err)
	}
}

func TestListRoundTrip(t *testing.T) {
	tab := NewTable()
	o := &obj{"l"}
	l := tab.RegisterList(o, "Subnets")
	if !IsListToken(l) || ContainsTokens(l) {
		t.Errorf("%q is a list token, not a string token", l)
	}
	frags, err := SplitList(l, finder(tab))
	if err != nil || len(frags) != 1 || frags[0].Token != o {
		t.Fatalf("%v %v", frags, err)
	}
}

func TestEncodeDecodeNumber(t *testing.T) {
	for _, n := range []int64{0, 1, 1<<32 - 1, 1 << 32, 0xFFFF<<32 | 12345, 1<<48 - 1} {
		got, ok := DecodeNumber(EncodeNumber(n))
		if !ok || got != n {
			t.Errorf("%d: got %d %v", n, got, ok)
		}
	}
	for _, f := range []float64{0, 1, -1, math.MaxFloat64, -1e289, math.NaN()} {
		if IsNumberToken(f) {
			t.Errorf("%v is not a token", f)
		}
	}
}

// TestTablesAreSeparate: a token of one App is reported, not resolved, in another.
func TestTablesAreSeparate(t *testing.T) {
	a, b := NewTable(), NewTable()
	if a.Tag() == b.Tag() {
		t.Fatal("two live tables share a tag")
	}
	s := a.RegisterString(&obj{"x"}, "")
	_, err := Split(s, finder(b))
	var cross *CrossAppError
	if !errors.As(err, &cross) || !strings.Contains(err.Error(), "belongs to another App") || !strings.Contains(err.Error(), s) {
		t.Errorf("got %v", err)
	}
	if _, err := Split("${Token[TOKEN.42]}", finder(a)); err == nil {
		t.Error("a key nobody registered must fail")
	}
}

// TestPendingIsClaimed: a token made without an App is found by the Apps
// that resolve it, and by lookups without an App.
func TestPendingIsClaimed(t *testing.T) {
	data := &plain{v: "x"}
	s := (*Table)(nil).RegisterString(data, "")
	if v, err := LookupAny(mustNum(t, s)); err != nil || v != data {
		t.Fatalf("LookupAny: %v %v", v, err)
	}
	a, b := NewTable(), NewTable()
	for _, tab := range []*Table{a, b} {
		frags, err := Split(s, finder(tab))
		if err != nil || frags[0].Token != data {
			t.Fatalf("claim: %v %v", frags, err)
		}
	}
	if a.Len() != 1 || b.Len() != 1 {
		t.Errorf("both tables should hold the shared token")
	}
	lazy := &obj{"lazy"}
	ls := (*Table)(nil).RegisterString(lazy, "")
	if v, err := LookupAny(mustNum(t, ls)); err != nil || v != lazy {
		t.Fatalf("lazy: %v %v", v, err)
	}
	runtime.KeepAlive(a)
	runtime.KeepAlive(b)
}

type plain struct{ v string }

func (*plain) PlainData(Access) {}

func mustNum(t *testing.T, s string) int64 {
	ms := Markers(s)
	if len(ms) != 1 || !ms[0].Known {
		t.Fatalf("markers of %q: %v", s, ms)
	}
	return ms[0].Num
}

// TestLazyGoesWithItsApps: a lazy made without an App while Apps are alive
// is held by them, even when nothing resolves it, and goes with them; a
// copy of its string (fmt.Sprintf) still resolves meanwhile.
func TestLazyGoesWithItsApps(t *testing.T) {
	tab := NewTable()
	s := fmt.Sprintf("x-%s", (*Table)(nil).RegisterString(&obj{"lazy"}, ""))
	for i := 0; i < 3; i++ {
		runtime.GC()
	}
	frags, err := Split(s, finder(tab))
	if err != nil || len(frags) != 2 {
		t.Fatalf("a copied lazy string must still resolve while its App lives: %v %v", frags, err)
	}
	n := func() int64 {
		other := NewTable()
		s := (*Table)(nil).RegisterString(&obj{"unused"}, "")
		runtime.KeepAlive(other)
		return Markers(s)[0].Num
	}()
	runtime.KeepAlive(tab)
	tab = nil
	for i := 0; i < 5; i++ {
		runtime.GC()
	}
	if _, err := LookupAny(n); err == nil {
		t.Error("a lazy nobody resolved should go with the Apps alive when it was made")
	}
}

func TestConst(t *testing.T) {
	s := StringKey(Const(4), "AWS.Region")
	m := Markers(s)
	if len(m) != 1 {
		t.Fatal(m)
	}
	if i, ok := IsConst(m[0].Num); !ok || i != 4 {
		t.Errorf("IsConst: %d %v", i, ok)
	}
}

// FuzzRoundTrip: any hint and any literals around any number of string,
// number and list tokens split back into the same pieces.
func FuzzRoundTrip(f *testing.F) {
	f.Add("TOKEN", "arn:", "/x", uint8(2))
	f.Add("", "", "", uint8(1))
	f.Add("a/b c${Token[", "${", "]}#{", uint8(3))
	f.Add("Hint", "-1.", "e+289", uint8(2))
	f.Fuzz(func(t *testing.T, hint, pre, post string, n uint8) {
		if strings.Contains(pre+post, "Token[") || strings.Contains(pre+post, "e+289") {
			t.Skip("literals that contain markers are markers")
		}
		tab := NewTable()
		var want []interface{}
		var b strings.Builder
		for i := 0; i < int(n%5)+1; i++ {
			b.WriteString(pre)
			o := &obj{fmt.Sprint(i)}
			want = append(want, o)
			if i%2 == 0 {
				b.WriteString(tab.RegisterString(o, hint))
			} else {
				fmt.Fprint(&b, tab.RegisterNumber(o))
			}
			b.WriteString(post)
		}
		frags, err := Split(b.String(), finder(tab))
		if err != nil {
			t.Fatal(err)
		}
		var got []interface{}
		var lit strings.Builder
		for _, fr := range frags {
			if fr.IsToken {
				got = append(got, fr.Token)
			} else {
				lit.WriteString(fr.Literal)
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("tokens: got %v, want %v", got, want)
		}
		if lit.String() != strings.Repeat(pre+post, len(want)) {
			t.Fatalf("literals: got %q", lit.String())
		}
		l := tab.RegisterList(want[0], hint)
		lf, err := SplitList(l, finder(tab))
		if err != nil || len(lf) != 1 || lf[0].Token != want[0] {
			t.Fatalf("list: %v %v", lf, err)
		}
	})
}
