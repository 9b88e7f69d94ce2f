package ojson

import (
	"encoding/json"
	"math"
	"testing"
)

// viaEncodingJSON is what Marshal wrote for Go values before writeGo:
// encoding/json's bytes, decoded and written again.
func viaEncodingJSON(t *testing.T, v interface{}, indent string) string {
	t.Helper()
	raw, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("json.Marshal: %v", err)
	}
	dv, err := Decode(raw)
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	b, err := Marshal(dv, indent)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

type textKey string

func (k textKey) MarshalText() ([]byte, error) { return []byte("T" + string(k)), nil }

type ptrMarshaler struct{ N int }

func (p *ptrMarshaler) MarshalJSON() ([]byte, error) { return []byte(`{"ptr":1.50}`), nil }

type inner struct {
	A string  `json:"a"`
	B float32 `json:"b,omitempty"`
}

type embedded struct {
	inner
	C int `json:"c"`
}

type goShapes struct {
	Type        string                 `json:"type"`
	Env         string                 `json:"environment,omitempty"`
	Props       interface{}            `json:"properties,omitempty"`
	Deps        []string               `json:"dependencies,omitempty"`
	Nil         []string               `json:"nilList"`
	Empty       []string               `json:"emptyList"`
	Meta        map[string][]inner     `json:"metadata,omitempty"`
	Obj         *Object                `json:"obj,omitempty"`
	NilObj      *Object                `json:"nilObj"`
	Raw         []json.RawMessage      `json:"raw,omitempty"`
	Bytes       []byte                 `json:"bytes"`
	Num         json.Number            `json:"num"`
	Big         int64                  `json:"big"`
	F32         float32                `json:"f32"`
	U           uint8                  `json:"u"`
	Ptr         *inner                 `json:"ptr"`
	NilPtr      *inner                 `json:"nilPtr,omitempty"`
	PM          ptrMarshaler           `json:"pm"`
	Keys        map[textKey]int        `json:"keys"`
	IntKeys     map[int]string         `json:"intKeys"`
	Untagged    bool                   //
	Skip        string                 `json:"-"`
	Dash        string                 `json:"-,"`
	Index       string                 `json:"7"`
	Emb         embedded               `json:"emb"`
	Arr         [2]interface{}         `json:"arr"`
	Generic     map[string]interface{} `json:"generic"`
	Bad         string                 `json:"bad"`
	unexported  int
	Undef       []interface{} `json:"undef"`
	StringOpt   int           `json:"so,string"`
	HTML        string        `json:"html"`
	LineSep     string        `json:"ls"`
	NumberInObj *Object       `json:"numberInObj"`
}

func TestGoValuesAsEncodingJSON(t *testing.T) {
	o := New()
	o.Set("10", "ten")
	o.Set("b", []interface{}{1, nil, Undefined, "x\xffy"})
	o.Set("u", Undefined)
	o.Set("s", inner{A: "in\xfe", B: 0.1})
	numObj := New()
	numObj.Set("n", json.Number("1.50"))
	numObj.Set("i", int64(9007199254740993))
	full := goShapes{
		Type: "t", Props: map[string]string{"z": "1", "2": "two", "a": "\x00"},
		Empty: []string{}, Meta: map[string][]inner{"/b": {{A: "x", B: 1.1}}, "/a": nil},
		Obj: o, Raw: []json.RawMessage{json.RawMessage(`{"k":1.0,"j":[true]}`)}, Bytes: []byte("hi"),
		Num: "1e2", Big: 9007199254740993, F32: 0.1, U: 7, Ptr: &inner{A: "p"},
		Keys: map[textKey]int{"b": 1, "a": 2}, IntKeys: map[int]string{10: "x", 2: "y"},
		Untagged: true, Skip: "no", Dash: "dash", Index: "seven", Emb: embedded{inner{A: "e"}, 3},
		Arr: [2]interface{}{nil, &ptrMarshaler{}}, Generic: map[string]interface{}{"n": nil, "l": []int{1, 2}, "o": o},
		Bad: "a\xc3(b", unexported: 1, Undef: []interface{}{Undefined, Null}, StringOpt: 5,
		HTML: "<a&b>", LineSep: "\u2028", NumberInObj: numObj,
	}
	// Top-level float32 and json.Number are Marshal's own cases, not
	// encoding/json's; inside Go values they are encoding/json's.
	cases := map[string]interface{}{
		"full":      full,
		"ptr":       &full,
		"zero":      goShapes{},
		"map":       map[string]inner{"b": {A: "1"}, "1": {}},
		"named":     textKey("x"),
		"mapOfInts": map[string]int{"x": 1},
		"float32":   struct{ F float32 }{3.3},
		"bigNumber": struct{ N json.Number }{"12345678901234567890"},
		"nested":    []interface{}{map[string]bool{"t": true}},
	}
	for name, v := range cases {
		for _, indent := range []string{"", "  "} {
			got, err := Marshal(v, indent)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if want := viaEncodingJSON(t, v, indent); string(got) != want {
				t.Errorf("%s (indent %q):\n got %s\nwant %s", name, indent, got, want)
			}
		}
	}
}

// Inside an object, a Go value is written as before, in place.
func TestGoValueInsideObject(t *testing.T) {
	v := inner{A: "q\xff", B: 2.5}
	o := New()
	o.Set("k", v)
	got, err := Marshal(o, " ")
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := json.Marshal(v)
	dv, _ := Decode(raw)
	o2 := New()
	o2.Set("k", dv)
	want, _ := Marshal(o2, " ")
	if string(got) != string(want) {
		t.Errorf("got %s want %s", got, want)
	}
}

func TestGoValueErrors(t *testing.T) {
	if _, err := Marshal(struct{ F func() }{func() {}}, ""); err == nil {
		t.Error("a func field should fail as in encoding/json")
	}
	if _, err := Marshal(struct{ N json.Number }{"x"}, ""); err == nil {
		t.Error("an invalid json.Number should fail")
	}
	type cyc struct{ P *cyc }
	c := &cyc{}
	c.P = c
	if _, err := Marshal(c, ""); err == nil {
		t.Error("a cycle should fail")
	}
	if b, _ := Marshal(struct{ F float64 }{math.Inf(1)}, ""); b != nil {
		// encoding/json refuses infinities; JSON.stringify writes null.
		t.Logf("infinity written as %s", b)
	}
}

type streamed struct{ keys []string }

func (s streamed) StreamJSON(e *Encoder) error {
	e.BeginObject()
	for _, k := range OrderKeys(s.keys) {
		e.Key(k)
		e.String(k + "\xff")
	}
	e.Key("nested")
	e.BeginObject()
	e.EndObject()
	e.Key("v")
	if err := e.Value([]interface{}{1.5, New()}); err != nil {
		return err
	}
	e.KeyJoin("/pré\"", "fix\n")
	e.BeginArray()
	e.Elem()
	e.String("x")
	e.Elem()
	e.BeginArray()
	e.EndArray()
	e.Elem()
	e.BeginObject()
	e.KeyJoin("", "k")
	e.String("v")
	e.EndObject()
	e.EndArray()
	e.EndObject()
	return nil
}

// A Streamer writes the bytes the same document built as Objects gives.
func TestStreamerAsObject(t *testing.T) {
	keys := []string{"b", "10", "a", "2"}
	o := New()
	for _, k := range keys {
		o.Set(k, k+"\xff")
	}
	o.Set("nested", New())
	o.Set("v", []interface{}{1.5, New()})
	kv := New()
	kv.Set("k", "v")
	o.Set("/pré\"fix\n", []interface{}{"x", []interface{}{}, kv})
	for _, indent := range []string{"", " ", "  "} {
		want, _ := Marshal([]interface{}{o}, indent)
		got, err := Marshal([]interface{}{streamed{keys}}, indent)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("indent %q:\n got %s\nwant %s", indent, got, want)
		}
	}
}
