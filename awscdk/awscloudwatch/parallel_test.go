package awscloudwatch_test

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/jsii"
)

// Apps built at once in several goroutines share no state: each writes
// aws-cdk-lib's template (run with -race).
func TestParallelApps(t *testing.T) {
	want, err := os.ReadFile(filepath.Join("testdata", "Dashboard.template.json"))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	got := make([][]byte, 4)
	errs := make([]error, 4)
	for i := range got {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			ctx := cdkctx.InitContext()
			out := t.TempDir()
			app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(out)})
			templateCases["Dashboard"](awscdk.NewStack(app, jsii.String("Dashboard"), nil))
			app.Synth(nil)
			got[i], errs[i] = os.ReadFile(filepath.Join(out, "Dashboard.template.json"))
		}(i)
	}
	wg.Wait()
	for i := range got {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		if string(got[i]) != string(want) {
			t.Errorf("app %d wrote a different template", i)
		}
	}
}
