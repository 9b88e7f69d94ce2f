package awscdk_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
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

// BenchmarkSynth10x100 is the figure quoted in the README.
func BenchmarkSynth10x100(b *testing.B) {
	dir := b.TempDir()
	for i := 0; i < b.N; i++ {
		app := buildBigApp(filepath.Join(dir, fmt.Sprint(i)))
		app.Synth(nil)
	}
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
	if len(deps) == 0 || deps[0] != "Stack0" {
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
