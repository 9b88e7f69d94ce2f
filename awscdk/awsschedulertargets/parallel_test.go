package awsschedulertargets_test

import (
	"sync"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/jsii"
)

// TestParallelApps builds every template case in its own App, all at once:
// no state is shared between Apps (run with -race to check it).
func TestParallelApps(t *testing.T) {
	var wg sync.WaitGroup
	for name, build := range templateCases {
		name, build := name, build
		wg.Add(1)
		go func() {
			defer wg.Done()
			app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(t.TempDir())})
			build(awscdk.NewStack(app, jsii.String(name), nil))
			app.Synth(nil)
		}()
	}
	wg.Wait()
}
