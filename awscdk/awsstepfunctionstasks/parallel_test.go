package awsstepfunctionstasks_test

import (
	"sync"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
)

// Apps built in parallel share no state (run with -race).
func TestParallelApps(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			app := awscdk.NewApp(nil)
			for _, name := range []string{"Lambda", "Dynamo", "Integrations"} {
				templateCases[name](awscdk.NewStack(app, str(name), nil))
			}
			app.Synth(nil)
		}()
	}
	wg.Wait()
}
