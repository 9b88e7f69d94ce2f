package toolkit

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func fixtureDir(t *testing.T, v string) string {
	p, err := filepath.Abs(filepath.Join("testdata", "assemblies", v))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// The app runs with the CDK CLI's environment: CDK_OUTDIR, CDK_CONTEXT_JSON
// holding cdk.json context, cdk.context.json, --context and the CLI's keys,
// and the default account/region.
func TestSynthesizeRunsAppWithCLIEnvironment(t *testing.T) {
	dir := t.TempDir()
	fixture := fixtureDir(t, "v1")
	app := `printf '%s' "$CDK_CONTEXT_JSON" > ctx.json && echo "$CDK_DEFAULT_ACCOUNT/$CDK_DEFAULT_REGION/$CDK_CLI_ASM_VERSION" > env.txt && cp -r ` + fixture + `/. "$CDK_OUTDIR"`
	cdkJSON, _ := json.Marshal(map[string]interface{}{"app": app, "output": "out", "context": map[string]interface{}{"fromCdkJson": "a", "both": "cdk.json wins"}})
	os.WriteFile(filepath.Join(dir, "cdk.json"), cdkJSON, 0o644)
	os.WriteFile(filepath.Join(dir, "cdk.context.json"), []byte(`{"both":"cached","lookup":"x"}`), 0o644)
	t.Setenv("STRATA_IGNORE_USER_CONFIG", "1")
	p, err := LoadProject(dir)
	if err != nil {
		t.Fatal(err)
	}
	asm, err := p.Synthesize(context.Background(), SynthOptions{
		Context:        ContextOptions{CommandLine: map[string]string{"cli": "42"}},
		DefaultAccount: "111111111111", DefaultRegion: "eu-west-1",
	})
	if err != nil {
		t.Fatal(err)
	}
	if asm.Dir != filepath.Join(dir, "out") || len(asm.Stacks) != 1 || asm.Stacks[0].StackName != "StrataE2EStack" {
		t.Fatalf("assembly: %s %+v", asm.Dir, asm.Stacks)
	}
	var ctx map[string]interface{}
	b, _ := os.ReadFile(filepath.Join(dir, "ctx.json"))
	if err := json.Unmarshal(b, &ctx); err != nil {
		t.Fatalf("CDK_CONTEXT_JSON: %v: %s", err, b)
	}
	want := map[string]interface{}{"fromCdkJson": "a", "both": "cdk.json wins", "lookup": "x", "cli": float64(42),
		"aws:cdk:enable-path-metadata": true, "@aws-cdk/core:failSynthOnValidationErrors": false}
	for k, v := range want {
		if ctx[k] != v {
			t.Errorf("context %s = %v, want %v", k, ctx[k], v)
		}
	}
	env, _ := os.ReadFile(filepath.Join(dir, "env.txt"))
	if strings.TrimSpace(string(env)) != "111111111111/eu-west-1/55.0.0" {
		t.Errorf("app environment: %s", env)
	}
	r := asm.Stacks[0].ResourcePaths()
	if r["JobsDF1CC2D4"] != "StrataE2EStack/Jobs/Resource" {
		t.Errorf("construct paths from metadata: %v", r)
	}
	if len(asm.Stacks[0].AssetManifests) != 1 || len(asm.Stacks[0].AssetManifests[0].Files) != 2 {
		t.Errorf("asset manifest not attached to its stack")
	}
}

func TestSynthesizeReportsAppFailure(t *testing.T) {
	dir := t.TempDir()
	p, _ := LoadProject(dir)
	_, err := p.Synthesize(context.Background(), SynthOptions{App: "echo boom >&2; exit 3", Stderr: &strings.Builder{}})
	if err == nil || !strings.Contains(err.Error(), "exit code 3") {
		t.Errorf("want exit code in error, got %v", err)
	}
	_, err = p.Synthesize(context.Background(), SynthOptions{App: "true"})
	if err == nil || !strings.Contains(err.Error(), "without writing a cloud assembly") {
		t.Errorf("an app that writes nothing: %v", err)
	}
}

func TestSelect(t *testing.T) {
	asm := &Assembly{Dir: "/a"}
	mk := func(id string, deps ...string) *Stack {
		s := &Stack{ID: id, DisplayName: id, StackName: id, Dir: "/a", Dependencies: deps}
		asm.Stacks = append(asm.Stacks, s)
		return s
	}
	mk("App-Api", "App-Db")
	mk("App-Db", "App-Net")
	mk("App-Net")
	mk("Other")
	names := func(ss []*Stack) string {
		var n []string
		for _, s := range ss {
			n = append(n, s.DisplayName)
		}
		return strings.Join(n, ",")
	}
	cases := []struct {
		sel  Selection
		want string
	}{
		{Selection{All: true}, "App-Net,App-Db,App-Api,Other"},
		{Selection{Patterns: []string{"App-Api"}}, "App-Api"},
		{Selection{Patterns: []string{"App-Api"}, Extend: ExtendUpstream}, "App-Net,App-Db,App-Api"},
		{Selection{Patterns: []string{"App-Net"}, Extend: ExtendDownstream}, "App-Net,App-Db,App-Api"},
		{Selection{Patterns: []string{"App-*"}}, "App-Net,App-Db,App-Api"},
	}
	for _, c := range cases {
		got, err := asm.Select(c.sel, false)
		if err != nil || names(got) != c.want {
			t.Errorf("%+v: got %s (%v), want %s", c.sel, names(got), err, c.want)
		}
	}
	if _, err := asm.Select(Selection{}, false); err == nil || !strings.Contains(err.Error(), "--all") {
		t.Errorf("no selection among several stacks must ask for names or --all: %v", err)
	}
	if _, err := asm.Select(Selection{Patterns: []string{"Nope"}}, false); err == nil {
		t.Error("unknown pattern must fail")
	}
}
