package awsssm_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsssm"
	"github.com/strata-cdk/strata/internal/cdkctx"
)

// ValueFromLookup records the missing ssm lookup byte for byte as
// aws-cdk-lib does for the Values twin (testdata/missing.json), and returns
// the context's value once it is there.
func TestValueFromLookup(t *testing.T) {
	ctx := cdkctx.InitContext()
	outdir := t.TempDir()
	app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: str(outdir)})
	env := &awscdk.StackProps{Env: &awscdk.Environment{Account: str("111111111111"), Region: str("eu-west-1")}}
	templateCases["Values"](awscdk.NewStack(app, str("Values"), env))
	app.Synth(nil)
	b, err := os.ReadFile(filepath.Join(outdir, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m struct{ Missing json.RawMessage }
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := json.Indent(&got, m.Missing, "", " "); err != nil {
		t.Fatal(err)
	}
	want, _ := os.ReadFile(filepath.Join("testdata", "missing.json"))
	if strings.TrimSpace(got.String()) != strings.TrimSpace(string(want)) {
		t.Fatalf("missing context:\n%s\nwant (aws-cdk-lib's):\n%s", got.String(), want)
	}

	found := map[string]interface{}{"ssm:account=111111111111:parameterName=/cfg/lookup:region=eu-west-1": "the-value"}
	app2 := awscdk.NewApp(&awscdk.AppProps{Context: &found})
	s2 := awscdk.NewStack(app2, str("S"), env)
	if v := *awsssm.StringParameter_ValueFromLookup(s2, str("/cfg/lookup"), nil, nil); v != "the-value" {
		t.Fatalf("value %q", v)
	}
	if v := *awsssm.StringParameter_ValueFromLookup(s2, str("/cfg/other"), str("fallback"), nil); v != "fallback" {
		t.Fatalf("default %q", v)
	}
}
