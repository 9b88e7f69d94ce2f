package awss3deployment

import (
	"encoding/json"
	"os"
	"reflect"
	"testing"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/strata-cdk/strata/internal/ojson"
)

// TestYAMLWriterMatchesAwsCdkLib renders each input of testdata/yaml.json
// and compares the bytes with what aws-cdk-lib's own serializer wrote for
// it (testdata/yaml_twin.js, run by regen.sh): quoting of strings YAML 1.1
// reads as other types, indicators, block scalars and their chomping,
// escapes, keys, nested collections, numbers and JavaScript's key order.
func TestYAMLWriterMatchesAwsCdkLib(t *testing.T) {
	raw, err := os.ReadFile("testdata/yaml.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct{ Name, Input, Yaml string }
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) < 20 {
		t.Fatalf("only %d cases in testdata/yaml.json", len(cases))
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			v, err := ojson.Decode([]byte(c.Input))
			if err != nil {
				t.Fatal(err)
			}
			if got := yamlDocument(v); got != c.Yaml {
				t.Errorf("input %s\n got: %q\nwant: %q", c.Input, got, c.Yaml)
			}
		})
	}
}

// FuzzYAMLWriterRoundTrip checks that any text written as a key, a value
// and a list item reads back as the same text with another YAML parser
// (go.yaml.in/yaml/v3), whatever quoting or block style it took.
func FuzzYAMLWriterRoundTrip(f *testing.F) {
	for _, s := range []string{"", "yes", "a: b", "line1\nline2\n", " x\ny", "a\n ", "\"q\" 'r'", "\x01", "--- x", "#", "0o17", "a\n\n\n", "\t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			t.Skip()
		}
		if s == "k" || s == "l" {
			t.Skip()
		}
		if yamlDocMarker.MatchString(s) {
			// aws-cdk-lib writes a key such as "--- x" plainly at the
			// start of a line, where it ends the document; Strata writes
			// the same bytes
			t.Skip()
		}
		for _, r := range s {
			// raw characters YAML does not allow in a stream, which
			// JSON.stringify (and so aws-cdk-lib) leaves unescaped
			if (r >= 0x7f && r <= 0x9f) || r == 0xfeff || r == 0xfffe || r == 0xffff {
				t.Skip()
			}
		}
		o := ojson.New()
		o.Set("k", s)
		o.Set(s, "v")
		o.Set("l", []interface{}{s, map[string]interface{}{}})
		out := yamlDocument(o)
		var doc yaml.Node
		if err := yaml.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatalf("%q does not parse: %v\n%s", s, err, out)
		}
		m := doc.Content[0]
		got := map[string]string{}
		for i := 0; i+1 < len(m.Content); i += 2 {
			v := m.Content[i+1]
			if v.Kind == yaml.SequenceNode {
				v = v.Content[0]
			}
			got[m.Content[i].Value] = v.Value
		}
		want := map[string]string{"k": s, s: "v", "l": s}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: read back %q from\n%s", s, got, out)
		}
	})
}
