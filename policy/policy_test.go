package policy_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/jsii"
	"github.com/strata-cdk/strata/policy"
)

var update = flag.Bool("update", false, "rewrite the golden reports under testdata/golden")

// twoStacks is a storage stack (bucket, queue) and a compute stack (a
// function reading both); good decides whether it follows the course's
// rules.
func twoStacks(app awscdk.App, good bool) {
	desc := func(s string) *string {
		if good {
			return jsii.String(s)
		}
		return nil
	}
	storage := awscdk.NewStack(app, jsii.String("Storage"), &awscdk.StackProps{Description: jsii.String("buckets and queues")})
	bucketProps := &awss3.BucketProps{}
	queueProps := &awssqs.QueueProps{}
	if good {
		bucketProps.Versioned = jsii.Bool(true)
		bucketProps.BlockPublicAccess = awss3.BlockPublicAccess_BLOCK_ALL()
		queueProps.DeadLetterQueue = &awssqs.DeadLetterQueue{
			MaxReceiveCount: jsii.Number(3),
			Queue:           awssqs.NewQueue(storage, jsii.String("Dead"), nil),
		}
	}
	bucket := awss3.NewBucket(storage, jsii.String("Photos"), bucketProps)
	queue := awssqs.NewQueue(storage, jsii.String("Jobs"), queueProps)

	compute := awscdk.NewStack(app, jsii.String("Compute"), &awscdk.StackProps{Description: desc("the workers")})
	fnProps := &awslambda.FunctionProps{
		Runtime:    awslambda.Runtime_NODEJS_22_X(),
		Handler:    jsii.String("index.handler"),
		Code:       awslambda.Code_FromInline(jsii.String("exports.handler = async () => {}")),
		MemorySize: jsii.Number(2048),
		Environment: &map[string]*string{
			"BUCKET": bucket.BucketName(),
			"QUEUE":  queue.QueueUrl(),
		},
	}
	if good {
		fnProps.MemorySize = jsii.Number(512)
		fnProps.Timeout = awscdk.Duration_Seconds(jsii.Number(30))
	}
	awslambda.NewFunction(compute, jsii.String("Worker"), fnProps)
}

func synth(t *testing.T, build func(app awscdk.App)) string {
	t.Helper()
	dir := t.TempDir()
	app := awscdk.NewApp(&awscdk.AppProps{
		Outdir:  jsii.String(dir),
		Context: &map[string]interface{}{"aws:cdk:enable-path-metadata": true},
	})
	build(app)
	app.Synth(nil)
	return dir
}

func loadCourse(t *testing.T) *policy.RuleSet {
	t.Helper()
	rs, err := policy.LoadDir("testdata/course")
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

func TestCourseRules(t *testing.T) {
	rs := loadCourse(t)
	for _, c := range []struct {
		name string
		good bool
	}{{"passing", true}, {"failing", false}} {
		t.Run(c.name, func(t *testing.T) {
			dir := synth(t, func(app awscdk.App) { twoStacks(app, c.good) })
			rep, err := policy.EvaluateAssembly(context.Background(), dir, rs)
			if err != nil {
				t.Fatal(err)
			}
			if rep.Failed() == c.good {
				var b bytes.Buffer
				rep.WriteHuman(&b)
				t.Fatalf("Failed() = %v for the %s app:\n%s", rep.Failed(), c.name, b.String())
			}
			var js, sarif bytes.Buffer
			if err := rep.WriteJSON(&js); err != nil {
				t.Fatal(err)
			}
			if err := rep.WriteSARIF(&sarif); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, c.name+".json", js.Bytes())
			checkGolden(t, c.name+".sarif", sarif.Bytes())
			checkSARIF(t, sarif.Bytes(), rep)
		})
	}
}

// checkSARIF reads the log back as a code-scanning tool would: every
// result names a declared rule, a level and the template and resource.
func checkSARIF(t *testing.T, raw []byte, rep *policy.Report) {
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID string `json:"id"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string `json:"ruleId"`
				Level     string `json:"level"`
				Locations []struct {
					Physical struct {
						Artifact struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(raw, &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("SARIF version %q, %d runs", log.Version, len(log.Runs))
	}
	rules := map[string]bool{}
	for _, r := range log.Runs[0].Tool.Driver.Rules {
		rules[r.ID] = true
	}
	if len(log.Runs[0].Results) != len(rep.Findings) {
		t.Fatalf("%d results for %d findings", len(log.Runs[0].Results), len(rep.Findings))
	}
	for _, r := range log.Runs[0].Results {
		if !rules[r.RuleID] {
			t.Errorf("result for undeclared rule %s", r.RuleID)
		}
		if r.Level != "error" && r.Level != "warning" {
			t.Errorf("level %q", r.Level)
		}
		if len(r.Locations) != 1 || !strings.HasSuffix(r.Locations[0].Physical.Artifact.URI, ".template.json") {
			t.Errorf("result %s: locations %+v", r.RuleID, r.Locations)
		}
	}
}

func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	file := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s differs (go test -update rewrites it):\n--- want\n%s\n--- got\n%s", file, want, got)
	}
}

// The rule set as an App-level plugin: synth fails at the violating
// construct's path.
func TestPluginFailsSynth(t *testing.T) {
	rs := loadCourse(t)
	app := awscdk.NewApp(&awscdk.AppProps{
		Outdir:                jsii.String(t.TempDir()),
		PolicyValidationBeta1: &[]awscdk.IPolicyValidationPluginBeta1{policy.NewPlugin(rs)},
	})
	twoStacks(app, false)
	err := synthErr(app)
	if err == nil {
		t.Fatal("synth passed")
	}
	for _, want := range []string{
		"Compute/Worker/Resource",
		"COURSE-LAMBDA-MEMORY",
		"Storage/Photos/Resource",
		"must have versioning enabled",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}

	ok := awscdk.NewApp(&awscdk.AppProps{
		Outdir:                jsii.String(t.TempDir()),
		PolicyValidationBeta1: &[]awscdk.IPolicyValidationPluginBeta1{policy.NewPlugin(rs)},
	})
	twoStacks(ok, true)
	if err := synthErr(ok); err != nil {
		t.Fatalf("good app: %v", err)
	}
}

func synthErr(app awscdk.App) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			panic(r)
		}
	}()
	app.Synth(nil)
	return nil
}

func TestBuiltinPackAndSuppressions(t *testing.T) {
	rs, err := policy.Builtin("awssolutions")
	if err != nil {
		t.Fatal(err)
	}
	build := func(suppress bool) func(app awscdk.App) {
		return func(app awscdk.App) {
			s := awscdk.NewStack(app, jsii.String("Site"), nil)
			b := awss3.NewBucket(s, jsii.String("Site"), &awss3.BucketProps{PublicReadAccess: jsii.Bool(true),
				BlockPublicAccess: awss3.BlockPublicAccess_BLOCK_ACLS_ONLY()})
			if suppress {
				policy.AddResourceSuppressions(b, []policy.Suppression{
					{ID: "STRATA-S3-1", Reason: "the bucket is a public website by design"},
				}, true)
			}
		}
	}
	rep, err := policy.EvaluateAssembly(context.Background(), synth(t, build(false)), rs)
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Failed() || !hasFinding(rep, "STRATA-S3-1", false) {
		t.Fatalf("public bucket not flagged: %+v", rep.Findings)
	}
	rep, err = policy.EvaluateAssembly(context.Background(), synth(t, build(true)), rs)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Failed() || !hasFinding(rep, "STRATA-S3-1", true) {
		t.Fatalf("suppression not honoured: %+v", rep.Findings)
	}
}

func hasFinding(rep *policy.Report, id string, suppressed bool) bool {
	for _, f := range rep.Findings {
		if f.RuleID == id && f.Suppressed == suppressed && f.ConstructPath != "" {
			return true
		}
	}
	return false
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "bad.rego"), []byte("package x\ndeny contains msg if {"), 0o644)
	if _, err := policy.LoadDir(dir); err == nil || !strings.Contains(err.Error(), "bad.rego") {
		t.Errorf("parse error not reported with the file: %v", err)
	}
	if _, err := policy.Builtin("nope"); err == nil {
		t.Error("unknown pack accepted")
	}
	if _, err := policy.LoadDir(t.TempDir()); err == nil {
		t.Error("empty rule set accepted")
	}
}
