package cfnyaml

import (
	"os"
	"strings"
	"testing"
)

// The expected YAML is what `npx aws-cdk@2.1148.1 synth --app <assembly>`
// printed for the e2e fixture (internal/toolkit/testdata/twin/gen.sh makes the template).
func TestMatchesCDKSynthOutput(t *testing.T) {
	matchesCDKSynth(t, "../testdata/assemblies/v1/StrataE2EStack.template.json", "testdata/e2e-v1.cdk-synth.yaml")
}

// TestQuotingMatchesCDKSynth: outputs of text that needs quoting (or not:
// tabs, inner colons), as `npx aws-cdk@2.1148.1 synth` printed them.
func TestQuotingMatchesCDKSynth(t *testing.T) {
	matchesCDKSynth(t, "testdata/quoting.template.json", "testdata/quoting.cdk-synth.yaml")
}

func matchesCDKSynth(t *testing.T, template, synthOutput string) {
	t.Helper()
	tmpl, err := os.ReadFile(template)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(synthOutput)
	if err != nil {
		t.Fatal(err)
	}
	v, err := Decode(tmpl)
	if err != nil {
		t.Fatal(err)
	}
	// cdk synth hides the bootstrap-version rule and ends with a blank line.
	o := v.(*Object)
	o.Keys = o.Keys[:len(o.Keys)-1]
	if o.Keys[len(o.Keys)-1] != "Parameters" {
		t.Fatalf("fixture keys changed: %v", o.Keys)
	}
	got := Render(v) + "\n"
	if got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) && i < len(wl); i++ {
			if gl[i] != wl[i] {
				t.Fatalf("line %d differs:\n got: %q\nwant: %q", i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("length differs: got %d lines, want %d", len(gl), len(wl))
	}
}

func TestScalars(t *testing.T) {
	cases := []struct{ in, want string }{
		{`{"a":"2012-10-17"}`, "a: \"2012-10-17\"\n"},
		{`{"a":"33"}`, "a: \"33\"\n"},
		{`{"a":"true"}`, "a: \"true\"\n"},
		{`{"a":"*"}`, "a: \"*\"\n"},
		{`{"a":""}`, "a: \"\"\n"},
		{`{"a":"s3:*"}`, "a: s3:*\n"},
		{`{"a":"Null"}`, "a: \"Null\"\n"},
		{`{"a":[]}`, "a: []\n"},
		{`{"a":{}}`, "a: {}\n"},
		{`{"a":[[1,2],{"b":true}]}`, "a:\n  - - 1\n    - 2\n  - b: true\n"},
		{`{"a":"x\ny\n"}`, "a: |\n  x\n  y\n"},
	}
	for _, c := range cases {
		got, err := FromJSON([]byte(c.in))
		if err != nil {
			t.Fatal(err)
		}
		if got != c.want {
			t.Errorf("%s: got %q, want %q", c.in, got, c.want)
		}
	}
}
