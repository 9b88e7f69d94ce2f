package awss3deployment_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/handlers/s3notifications"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// tagsOrderOnly are the cases whose templates hold tagged L1s: they must be
// equal to aws-cdk-lib's as JSON values, and may differ in key order only
// until the core renders an L1's Tags in place (see the package's report).
var tagsOrderOnly = map[string]bool{"Basic": true, "Options": true, "Data": true, "Deployed": true, "Substituted": true}

// checkTemplates synthesizes one stack per case, under the flags `cdk
// init` writes, and compares each template file byte for byte with the
// aws-cdk-lib 2.276.0 template testdata/regen.sh wrote for the twin.
func checkTemplates(t *testing.T, cases map[string]func(s awscdk.Stack), props func(name string) *awscdk.StackProps) {
	t.Helper()
	for name, build := range cases {
		name, build := name, build
		t.Run(name, func(t *testing.T) {
			ctx := cdkctx.InitContext()
			out := t.TempDir()
			app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(out)})
			var sp *awscdk.StackProps
			if props != nil {
				sp = props(name)
			}
			build(awscdk.NewStack(app, jsii.String(name), sp))
			app.Synth(nil)
			got, err := os.ReadFile(filepath.Join(out, name+".template.json"))
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(filepath.Join("testdata", name+".template.json"))
			if err != nil {
				t.Fatal(err)
			}
			if dir := os.Getenv("STRATA_TEST_KEEP"); dir != "" {
				os.WriteFile(filepath.Join(dir, name+".template.json"), got, 0o644)
			}
			want = normalizeHandlers(want, got)
			want = withoutCLILayer(t, want, got)
			if string(got) == string(want) {
				return
			}
			diff := jsonDiff(want, got)
			if tagsOrderOnly[name] && strings.HasPrefix(diff, "(same values") {
				// Known core difference: a tagged L1 renders Tags last,
				// aws-cdk-lib where the property sits alphabetically.
				return
			}
			t.Errorf("%s.template.json differs from aws-cdk-lib's:\n%s", name, diff)
		})
	}
}

// checkErrors builds each bad-input case in a fresh app and checks that
// synthesis fails with the message and construct path aws-cdk-lib reported
// for its twin (testdata/errors.json). fix rewrites an expected message
// where Strata deliberately differs.
func checkErrors(t *testing.T, cases map[string]func(s awscdk.Stack), fix func(string) string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "errors.json"))
	if err != nil {
		t.Fatal(err)
	}
	var want map[string]*struct{ Path, Message string }
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	for name := range want {
		if cases[name] == nil {
			t.Errorf("errors.json has %s, which has no Go case", name)
		}
	}
	for name, build := range cases {
		name, build := name, build
		t.Run(name, func(t *testing.T) {
			w := want[name]
			if w == nil {
				t.Fatalf("no expectation for %s in testdata/errors.json (run testdata/regen.sh)", name)
			}
			msg := w.Message
			if fix != nil {
				msg = fix(msg)
			}
			err := synthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, jsii.String("S"), nil)) })
			if err == nil {
				t.Fatalf("synth succeeded; want error %q", msg)
			}
			path := w.Path
			// aws-cdk-lib reports failed validations for the app, naming
			// the construct in the message; Strata names it as the path.
			if m := validationFailed.FindStringSubmatch(msg); path == "" && m != nil {
				path, msg = m[1], m[2]
			}
			wantLine := "[" + path + "] " + msg
			if !strings.Contains(err.Error(), wantLine) {
				t.Errorf("error:\n%v\nwant it to contain:\n%s", err, wantLine)
			}
		})
	}
}

// synthErr builds an app and returns the user error synthesis (or
// construction) panicked with, nil if none.
func synthErr(t *testing.T, build func(app awscdk.App)) (err error) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			if !ok || !diag.IsUserError(e) {
				t.Fatalf("panicked with a non-user error: %v", r)
			}
			err = e
		}
	}()
	ctx := cdkctx.InitContext()
	app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(t.TempDir())})
	build(app)
	app.Synth(nil)
	return nil
}

var validationFailed = regexp.MustCompile(`^Validation failed with the following errors:\n  \[([^\]]*)\] (.*)$`)

// jsonDiff lists the JSON paths at which two documents differ (or, when
// they are equal as values, says the difference is in formatting or order).
func jsonDiff(want, got []byte) string {
	var w, g interface{}
	if json.Unmarshal(want, &w) != nil || json.Unmarshal(got, &g) != nil {
		return "(invalid JSON)\n" + string(got)
	}
	var lines []string
	var walk func(path string, a, b interface{})
	walk = func(path string, a, b interface{}) {
		am, aok := a.(map[string]interface{})
		bm, bok := b.(map[string]interface{})
		if aok && bok {
			keys := map[string]bool{}
			for k := range am {
				keys[k] = true
			}
			for k := range bm {
				keys[k] = true
			}
			var ks []string
			for k := range keys {
				ks = append(ks, k)
			}
			sort.Strings(ks)
			for _, k := range ks {
				walk(path+"."+k, am[k], bm[k])
			}
			return
		}
		al, aok := a.([]interface{})
		bl, bok := b.([]interface{})
		if aok && bok && len(al) == len(bl) {
			for i := range al {
				walk(fmt.Sprintf("%s[%d]", path, i), al[i], bl[i])
			}
			return
		}
		if !reflect.DeepEqual(a, b) {
			aj, _ := json.Marshal(a)
			bj, _ := json.Marshal(b)
			lines = append(lines, fmt.Sprintf("  %s\n    want %s\n    got  %s", strings.TrimPrefix(path, "."), aj, bj))
		}
	}
	walk("", w, g)
	if len(lines) == 0 {
		return "(same values; key order or formatting differs)\n" + string(got)
	}
	if len(lines) > 30 {
		lines = append(lines[:30], fmt.Sprintf("  ... and %d more", len(lines)-30))
	}
	return strings.Join(lines, "\n")
}

// normalizeHandlers puts Strata's own notifications handler where the
// aws-cdk-lib template inlines aws-cdk-lib's: the function's code is the
// one place where the templates may differ.
func normalizeHandlers(tmpl, got []byte) []byte {
	var doc, ours map[string]interface{}
	if json.Unmarshal(tmpl, &doc) != nil || json.Unmarshal(got, &ours) != nil {
		return tmpl
	}
	res, _ := doc["Resources"].(map[string]interface{})
	// The auto-delete provider's code is an asset named after its hash.
	const provider = "CustomS3AutoDeleteObjectsCustomResourceProviderHandler9D90184F"
	theirKey := lookup(doc, "Resources", provider, "Properties", "Code", "S3Key")
	ourKey := lookup(ours, "Resources", provider, "Properties", "Code", "S3Key")
	if theirKey != "" && ourKey != "" {
		tmpl = []byte(strings.ReplaceAll(string(tmpl), theirKey, ourKey))
	}
	for id, r := range res {
		if !strings.HasPrefix(id, "BucketNotificationsHandler050a0587b7544547bf325f094a3db834") {
			continue
		}
		code, _ := r.(map[string]interface{})["Properties"].(map[string]interface{})["Code"].(map[string]interface{})
		theirs, _ := code["ZipFile"].(string)
		if theirs == "" {
			continue
		}
		tmpl = []byte(strings.Replace(string(tmpl), jsonString(theirs), jsonString(s3notifications.Inline()), 1))
	}
	return tmpl
}

// jsonString encodes s as JavaScript's JSON.stringify does (no HTML escapes).
func jsonString(s string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	return strings.TrimSuffix(b.String(), "\n")
}

func lookup(doc map[string]interface{}, path ...string) string {
	var cur interface{} = doc
	for _, p := range path {
		m, ok := cur.(map[string]interface{})
		if !ok {
			return ""
		}
		cur = m[p]
	}
	s, _ := cur.(string)
	return s
}

// withoutCLILayer turns aws-cdk-lib's template into what Strata deploys
// instead: no AWS CLI layer, no Layers on the deployment handlers, and
// Strata's handler asset as their code. These are the documented
// differences of BucketDeployment (see the package doc).
func withoutCLILayer(t *testing.T, want, got []byte) []byte {
	t.Helper()
	w, err := ojson.Decode(want)
	if err != nil {
		t.Fatal(err)
	}
	g, err := ojson.Decode(got)
	if err != nil {
		t.Fatal(err)
	}
	wres := field(w, "Resources")
	gres := field(g, "Resources")
	if wres == nil {
		return want
	}
	for _, id := range wres.Keys() {
		r := field(wres, id)
		switch typ, _ := r.Get("Type"); typ {
		case "AWS::Lambda::LayerVersion":
			if strings.Contains(id, "AwsCliLayer") {
				wres.Delete(id)
			}
		case "AWS::Lambda::Function":
			if !strings.HasPrefix(id, "CustomCDKBucketDeployment") {
				continue
			}
			props := field(r, "Properties")
			props.Delete("Layers")
			if ours := field(field(field(gres, id), "Properties"), "Code"); ours != nil {
				key, _ := ours.Get("S3Key")
				field(props, "Code").Set("S3Key", key)
			}
			if md := field(r, "Metadata"); md != nil {
				if ourMd := field(field(gres, id), "Metadata"); ourMd != nil {
					p, _ := ourMd.Get("aws:asset:path")
					md.Set("aws:asset:path", p)
				}
			}
		}
	}
	out, err := ojson.Marshal(w, " ")
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func field(o interface{}, k string) *ojson.Object {
	obj, ok := o.(*ojson.Object)
	if !ok || obj == nil {
		return nil
	}
	v, _ := obj.Get(k)
	r, _ := v.(*ojson.Object)
	return r
}
