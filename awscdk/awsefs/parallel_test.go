package awsefs_test

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/jsii"
)

// Apps share nothing: every case built in parallel goroutines synthesizes
// the same template as when built alone (run with -race to check for data
// races too).
func TestParallelApps(t *testing.T) {
	synth := func(name string, build func(s awscdk.Stack)) string {
		ctx := cdkctx.InitContext()
		dir := t.TempDir()
		app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(dir)})
		build(awscdk.NewStack(app, jsii.String(name), nil))
		app.Synth(nil)
		b, err := os.ReadFile(filepath.Join(dir, name+".template.json"))
		if err != nil {
			t.Error(err)
		}
		return string(b)
	}
	want := map[string]string{}
	for name, build := range templateCases {
		want[name] = synth(name, build)
	}
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		for name, build := range templateCases {
			wg.Add(1)
			go func(name string, build func(s awscdk.Stack)) {
				defer wg.Done()
				if got := synth(name, build); got != want[name] {
					t.Errorf("%s: a parallel synthesis differs", name)
				}
			}(name, build)
		}
	}
	wg.Wait()
}
