package benchapp

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/jsii"
	"github.com/strata-cdk/strata/synth"
)

// buildNested adds to the benchmark app stacks that hold nested stacks two
// levels deep, siblings included, with references into, out of and across
// them: each nested template's hash feeds its parent's template.
func buildNested(dir string) awscdk.App {
	app := Build(Options{Stacks: 3, Outdir: dir, L1: true, Size: 2})
	for p := 0; p < 2; p++ {
		parent := awscdk.NewStack(app, jsii.String(fmt.Sprintf("Parent%d", p)), nil)
		top := awssqs.NewQueue(parent, jsii.String("Top"), nil)
		var prev awssqs.Queue
		for n := 0; n < 3; n++ {
			nested := awscdk.NewNestedStack(parent, jsii.String(fmt.Sprintf("Nested%d", n)), nil)
			q := awssqs.NewQueue(nested, jsii.String("Queue"), &awssqs.QueueProps{
				DeadLetterQueue: &awssqs.DeadLetterQueue{Queue: top, MaxReceiveCount: jsii.Number(3)},
			})
			for d := 0; d < 2; d++ {
				deep := awscdk.NewNestedStack(nested, jsii.String(fmt.Sprintf("Deep%d", d)), nil)
				t := awssns.NewTopic(deep, jsii.String("Topic"), nil)
				awscdk.NewCfnOutput(deep, jsii.String("QueueArn"), &awscdk.CfnOutputProps{Value: q.QueueArn()})
				awscdk.NewCfnOutput(nested, jsii.String(fmt.Sprintf("Topic%dArn", d)), &awscdk.CfnOutputProps{Value: t.TopicArn()})
			}
			if prev != nil {
				awscdk.NewCfnOutput(nested, jsii.String("PrevUrl"), &awscdk.CfnOutputProps{Value: prev.QueueUrl()})
			}
			prev = q
		}
		awscdk.NewCfnOutput(parent, jsii.String("LastArn"), &awscdk.CfnOutputProps{Value: prev.QueueArn()})
	}
	return app
}

// TestConcurrentWriteIsDeterministic: templates (nested ones included) are
// serialized, hashed and written on GOMAXPROCS workers; run with -race, the
// assembly must equal, byte for byte, the one written with GOMAXPROCS=1.
func TestConcurrentWriteIsDeterministic(t *testing.T) {
	base := t.TempDir()
	run := func(procs int, name string) map[string]string {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		dir := filepath.Join(base, name)
		if _, err := synth.Synth(buildNested(dir), nil); err != nil {
			t.Fatalf("synth with GOMAXPROCS=%d: %v", procs, err)
		}
		return readTree(t, dir)
	}
	want := run(1, "sequential")
	nested := 0
	for name := range want {
		if strings.HasSuffix(name, ".nested.template.json") {
			nested++
		}
	}
	if nested != 18 {
		t.Fatalf("the sequential assembly has %d nested templates, want 18", nested)
	}
	for i := 0; i < 4; i++ {
		got := run(8, fmt.Sprintf("concurrent%d", i))
		for name, w := range want {
			if got[name] != w {
				t.Errorf("run %d: %s differs from the sequential run", i, name)
			}
		}
		if len(got) != len(want) {
			t.Errorf("run %d: %d files, want %d", i, len(got), len(want))
		}
	}
}
