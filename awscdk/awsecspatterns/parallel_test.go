package awsecspatterns_test

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/jsii"
)

// Apps built in parallel share nothing: each gets aws-cdk-lib's templates
// (run with -race to check for shared state).
func TestParallelApps(t *testing.T) {
	const n = 4
	outs := make([]string, n)
	var wg sync.WaitGroup
	for i := range outs {
		outs[i] = t.TempDir()
		wg.Add(1)
		go func(dir string) {
			defer wg.Done()
			ctx := cdkctx.InitContext()
			app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(dir)})
			yoctoApp(app)
			queueCases["QueueFull"](awscdk.NewStack(app, jsii.String("QueueFull"), nil))
			scheduledCases["Scheduled"](awscdk.NewStack(app, jsii.String("Scheduled"), nil))
			app.Synth(nil)
		}(outs[i])
	}
	wg.Wait()
	for _, dir := range outs {
		for _, name := range []string{"YoctoCompute", "QueueFull", "Scheduled"} {
			got, err := os.ReadFile(filepath.Join(dir, name+".template.json"))
			if err != nil {
				t.Fatal(err)
			}
			want, _ := os.ReadFile(filepath.Join("testdata", name+".template.json"))
			if string(ownHandler(t, want, got)) != string(got) {
				t.Errorf("%s differs from aws-cdk-lib's in a parallel app", name)
			}
		}
	}
}
