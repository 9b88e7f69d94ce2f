package l2

import (
	"strings"
	"testing"
)

type Greeter interface{ Hello() string }

type hi struct{}

func (hi) Hello() string { return "hi" }

type Inner struct{ Greeter }

type outer struct {
	*Inner
	n int
}

func TestEmbedded(t *testing.T) {
	o := &outer{Inner: &Inner{Greeter: hi{}}}
	if g, ok := Embedded[Greeter](o); !ok || g.Hello() != "hi" {
		t.Fatalf("Embedded through a pointer: %v %v", g, ok)
	}
	if _, ok := Embedded[Greeter](&outer{}); ok {
		t.Fatal("a nil embedded pointer holds nothing")
	}
	if _, ok := Embedded[Greeter](outer{}); ok {
		t.Fatal("a non-pointer is refused")
	}
	if _, ok := Embedded[Greeter](nil); ok {
		t.Fatal("nil is refused")
	}
}

type props struct {
	Name  *string     `json:"name"`
	Port  *float64    `json:"port"`
	On    *bool       `json:"on"`
	Any   interface{} `json:"any"`
	Names *[]*string  `json:"names"`
}

func TestSpreadProps(t *testing.T) {
	base := "base"
	p := &props{Name: &base}
	if err := SpreadProps(p, map[string]interface{}{"port": 80, "on": true, "any": []string{"x"}}); err != nil {
		t.Fatal(err)
	}
	if *p.Name != "base" || *p.Port != 80 || !*p.On || p.Any == nil {
		t.Fatalf("map spread: %+v", p)
	}
	other := "other"
	if err := SpreadProps(p, &props{Name: &other}); err != nil || *p.Name != "other" || *p.Port != 80 {
		t.Fatalf("struct spread keeps unset fields: %+v %v", p, err)
	}
	for _, c := range []struct {
		src  interface{}
		want string
	}{
		{map[string]interface{}{"nope": 1}, `"nope", which is not a props field`},
		{map[string]interface{}{"port": "eighty"}, `"port" cannot be a string`},
		{42, "must be a *props or a map"},
	} {
		if err := SpreadProps(&props{}, c.src); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("SpreadProps(%v) = %v, want %q", c.src, err, c.want)
		}
	}
	if err := SpreadProps(&props{}, nil); err != nil {
		t.Fatal(err)
	}
}
