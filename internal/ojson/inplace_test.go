package ojson

import "testing"

func TestUpdateKeepsPlacesAndDrops(t *testing.T) {
	o := NewSize(20)
	for i := 0; i < 20; i++ {
		o.Set(string(rune('a'+i)), float64(i))
	}
	o.Update(func(k string, v interface{}) (interface{}, bool) {
		f := v.(float64)
		return f * 10, int(f)%2 == 0
	})
	if o.Len() != 10 {
		t.Fatalf("len %d", o.Len())
	}
	if v, ok := o.Get("c"); !ok || v != 20.0 {
		t.Fatalf("c = %v %v", v, ok)
	}
	if _, ok := o.Get("b"); ok {
		t.Fatal("b kept")
	}
	b, _ := Marshal(o, "")
	if got := string(b); got != `{"a":0,"c":20,"e":40,"g":60,"i":80,"k":100,"m":120,"o":140,"q":160,"s":180}` {
		t.Fatal(got)
	}
}

func TestInsertionOrdered(t *testing.T) {
	o := New()
	o.Set("b", 1.0)
	o.Set("007", 1.0)
	if !o.InsertionOrdered() {
		t.Fatal("007 is not an array index")
	}
	o.Set("7", 1.0)
	if o.InsertionOrdered() {
		t.Fatal("7 is an array index")
	}
}
