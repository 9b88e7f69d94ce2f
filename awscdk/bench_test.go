package awscdk_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/benchapp"
	"github.com/strata-cdk/strata/jsii"
)

// buildBigApp makes 10 stacks of 100 raw resources; every stack after the
// first references resources of the one before it.
func buildBigApp(outdir string) awscdk.App {
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(outdir), Context: &map[string]interface{}{
		"@aws-cdk/core:defaultCrossStackReferences": "weak",
	}})
	env := &awscdk.Environment{Account: jsii.String("123456789012"), Region: jsii.String("us-east-1")}
	var prev []awscdk.CfnResource
	for s := 0; s < 10; s++ {
		stack := awscdk.NewStack(app, jsii.String(fmt.Sprintf("Stack%d", s)), &awscdk.StackProps{Env: env})
		var cur []awscdk.CfnResource
		for r := 0; r < 100; r++ {
			props := map[string]interface{}{
				"QueueName":         fmt.Sprintf("queue-%d-%d", s, r),
				"VisibilityTimeout": 30,
				"Tags":              []map[string]string{{"Key": "index", "Value": fmt.Sprint(r)}},
			}
			if prev != nil {
				props["RedrivePolicy"] = map[string]interface{}{
					"deadLetterTargetArn": prev[r].GetAtt(jsii.String("Arn"), awscdk.ResolutionTypeHint_STRING).ToString(),
					"maxReceiveCount":     3,
				}
			}
			cur = append(cur, awscdk.NewCfnResource(stack, jsii.String(fmt.Sprintf("Queue%d", r)), &awscdk.CfnResourceProps{
				Type: jsii.String("AWS::SQS::Queue"), Properties: &props,
			}))
		}
		prev = cur
	}
	return app
}

// BenchmarkSynth10x100 synthesizes 10 stacks of 100 raw resources.
func BenchmarkSynth10x100(b *testing.B) {
	dir := b.TempDir()
	for i := 0; i < b.N; i++ {
		app := buildBigApp(filepath.Join(dir, fmt.Sprint(i)))
		app.Synth(nil)
	}
}

// benchmarkApp builds and synthesizes issue 13's app of n stacks × 105 L2
// resources (internal/benchapp), construction included, as a program does.
func benchmarkApp(b *testing.B, n int) {
	dir := b.TempDir()
	out := filepath.Join(dir, "cdk.out")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		app := benchapp.Build(benchapp.Options{Stacks: n, Outdir: out})
		app.Synth(nil)
		_ = os.RemoveAll(out)
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(n*105), "µs/resource")
}

// BenchmarkApp1 is one stack (105 resources), the size of a small app.
func BenchmarkApp1(b *testing.B) { benchmarkApp(b, 1) }

// BenchmarkApp10 is 10 stacks (1,050 resources).
//
//	go test -run '^$' -bench 'BenchmarkApp' -benchmem ./awscdk/
func BenchmarkApp10(b *testing.B) { benchmarkApp(b, 10) }

// BenchmarkApp100 is 100 stacks (10,500 resources).
func BenchmarkApp100(b *testing.B) { benchmarkApp(b, 100) }

// BenchmarkApp1000 is 1,000 stacks (105,000 resources); run it alone.
func BenchmarkApp1000(b *testing.B) {
	if testing.Short() {
		b.Skip("105,000 resources")
	}
	benchmarkApp(b, 1000)
}

func TestBigAppSynthesizes(t *testing.T) {
	app := buildBigApp(filepath.Join(t.TempDir(), "out"))
	asm := app.Synth(nil)
	if n := len(*asm.Stacks()); n != 10 {
		t.Fatalf("got %d stacks, want 10", n)
	}
	tmpl := asm.GetStackArtifact(jsii.String("Stack1")).Template().(map[string]interface{})
	if n := len(tmpl["Resources"].(map[string]interface{})); n != 100 {
		t.Fatalf("got %d resources, want 100", n)
	}
	deps := *asm.GetStackArtifact(jsii.String("Stack1")).Dependencies()
	if len(deps) == 0 || *deps[0].Id() != "Stack0" {
		t.Fatalf("Stack1 should depend on Stack0, got %v", deps)
	}
	if n := len(tmpl["Outputs"].(map[string]interface{})); n != 100 {
		t.Fatalf("Stack1 publishes %d outputs for Stack2, want 100", n)
	}
	last := asm.GetStackArtifact(jsii.String("Stack9")).Template().(map[string]interface{})
	if _, ok := last["Outputs"]; ok {
		t.Fatal("nothing reads Stack9, it should publish no outputs")
	}
}

// TestBenchAppShape checks the benchmark app is the one issue 13 measures:
// 105 resources per stack and references to the previous stack.
func TestBenchAppShape(t *testing.T) {
	app := benchapp.Build(benchapp.Options{Stacks: 2, Outdir: filepath.Join(t.TempDir(), "out")})
	asm := app.Synth(nil)
	for _, id := range []string{"Stack0", "Stack1"} {
		tmpl := asm.GetStackArtifact(jsii.String(id)).Template().(map[string]interface{})
		if n := len(tmpl["Resources"].(map[string]interface{})); n != 105 {
			t.Errorf("%s: %d resources, want 105", id, n)
		}
	}
	if deps := *asm.GetStackArtifact(jsii.String("Stack1")).Dependencies(); len(deps) == 0 || *deps[0].Id() != "Stack0" {
		t.Errorf("Stack1 should depend on Stack0: %v", deps)
	}
}
