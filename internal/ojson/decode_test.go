package ojson

import (
	"reflect"
	"testing"
)

// FuzzDecode: the one-pass parser reads every document as encoding/json's
// tokenizer does, and fails where it fails.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{`{"a":1,"b":[true,false,null,"x"],"a":2}`, ` [1.5e3, -0, 0.25, "\u00e9\ud800", "caf\xc3\xa9", {}] `,
		`{"10":{"2":[]},"b":"\n"}`, `1e400`, `[01]`, `"\x01"`, `{"a" 1}`, `[1,]`, `tru`, `{} trailing`, `"\uD83D\uDE00"`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		want, werr := decodeSlow(b)
		got, gerr := Decode(b)
		if (werr == nil) != (gerr == nil) {
			t.Fatalf("%q: error %v, encoding/json says %v", b, gerr, werr)
		}
		if werr == nil && !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: got %#v, want %#v", b, got, want)
		}
	})
}
