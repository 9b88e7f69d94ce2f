package override

import (
	"reflect"
	"strings"
	"testing"
)

type Greeter interface{ Hello() string }

type impl struct{}

func (impl) Hello() string { return "hi" }

type Outer struct {
	Greeter
	n int
}

type deeper struct {
	*Outer
}

func TestEmbed(t *testing.T) {
	want := reflect.TypeOf((*Greeter)(nil)).Elem()
	o := &Outer{}
	if err := Embed(o, impl{}, want); err != nil || o.Hello() != "hi" {
		t.Fatalf("Embed: %v", err)
	}
	d := &deeper{Outer: &Outer{}}
	if err := Embed(d, impl{}, want); err != nil || d.Hello() != "hi" {
		t.Fatalf("Embed through a pointer: %v", err)
	}
	if err := Embed(Outer{}, impl{}, want); err == nil || !strings.Contains(err.Error(), "pointer") {
		t.Fatalf("a non-pointer must be refused: %v", err)
	}
	if err := Embed(&struct{ n int }{}, impl{}, want); err == nil || !strings.Contains(err.Error(), "embeds no") {
		t.Fatalf("a struct without the field must be refused: %v", err)
	}
}
