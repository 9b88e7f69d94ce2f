package awscdk_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/jsii"
)

// The manifest's feature-flag report equals aws-cdk-lib's for the same
// context: the hello-sqs parity case's, in both modes.
func TestFeatureFlagReport(t *testing.T) {
	for _, mode := range []string{"app", "cli"} {
		t.Run(mode, func(t *testing.T) {
			ctx := cdkctx.InitContext()
			if mode == "cli" {
				for k, v := range cdkctx.CLIContext() {
					ctx[k] = v
				}
			}
			out := t.TempDir()
			app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(out)})
			awscdk.NewStack(app, jsii.String("S"), nil)
			app.Synth(nil)

			got := flagReport(t, filepath.Join(out, "manifest.json"))
			want := flagReport(t, filepath.Join("..", "parity", "cases", "hello-sqs", "expected", mode, "manifest.json"))
			if !reflect.DeepEqual(got.value, want.value) {
				g, _ := json.MarshalIndent(got.value, "", " ")
				w, _ := json.MarshalIndent(want.value, "", " ")
				t.Errorf("feature-flag report differs:\n--- aws-cdk-lib\n%s\n--- strata\n%s", w, g)
			}
			if !reflect.DeepEqual(got.order, want.order) {
				t.Errorf("flag order differs:\n%v\n%v", want.order, got.order)
			}
		})
	}
}

type report struct {
	value interface{}
	order []string
}

func flagReport(t *testing.T, manifest string) report {
	t.Helper()
	raw, err := os.ReadFile(manifest)
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Artifacts map[string]json.RawMessage `json:"artifacts"`
	}
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	art, ok := m.Artifacts["aws-cdk-lib/feature-flag-report"]
	if !ok {
		t.Fatalf("%s: no feature-flag report", manifest)
	}
	var r report
	if err := json.Unmarshal(art, &r.value); err != nil {
		t.Fatal(err)
	}
	var shape struct {
		Properties struct {
			Flags json.RawMessage `json:"flags"`
		} `json:"properties"`
	}
	json.Unmarshal(art, &shape)
	dec := json.NewDecoder(bytes.NewReader(shape.Properties.Flags))
	dec.Token() // {
	for dec.More() {
		k, _ := dec.Token()
		r.order = append(r.order, k.(string))
		var skip json.RawMessage
		dec.Decode(&skip)
	}
	return r
}
