package golden

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/jsii"
)

// CheckParallelApps builds every case alone, then each twice more in
// parallel goroutines, one App each, and fails when a parallel synthesis
// differs: Apps share nothing (run with -race to look for data races too).
func CheckParallelApps(t *testing.T, cases map[string]func(s awscdk.Stack)) {
	t.Helper()
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
	for name, build := range cases {
		want[name] = synth(name, build)
	}
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		for name, build := range cases {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if got := synth(name, build); got != want[name] {
					t.Errorf("%s: a parallel synthesis differs", name)
				}
			}()
		}
	}
	wg.Wait()
}
