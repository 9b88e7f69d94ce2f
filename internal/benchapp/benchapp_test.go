package benchapp

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/jsii"
	"github.com/strata-cdk/strata/synth"
)

// readTree returns every file of an assembly by relative path.
func readTree(t testing.TB, dir string) map[string]string {
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		out[rel] = string(b)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func synthOnce(t testing.TB, dir string) map[string]string {
	app := Build(Options{Stacks: 2, Outdir: dir, L1: true, Size: 3})
	if _, err := synth.Synth(app, nil); err != nil {
		t.Fatalf("synth: %v", err)
	}
	return readTree(t, dir)
}

// TestParallelApps builds and synthesizes Apps in 8 goroutines at once
// (run it with -race): each assembly must equal the one a sequential run
// writes, byte for byte.
func TestParallelApps(t *testing.T) {
	apps := 50
	if testing.Short() {
		apps = 5
	}
	base := t.TempDir()
	want := synthOnce(t, filepath.Join(base, "sequential"))
	if len(want) < 5 {
		t.Fatalf("the sequential assembly has only %d files", len(want))
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*apps)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < apps; i++ {
				dir := filepath.Join(base, fmt.Sprintf("g%d-%d", g, i))
				got := synthOnce(t, dir)
				for name, w := range want {
					if got[name] != w {
						errs <- fmt.Sprintf("goroutine %d app %d: %s differs from the sequential run", g, i, name)
					}
				}
				if len(got) != len(want) {
					errs <- fmt.Sprintf("goroutine %d app %d: %d files, want %d", g, i, len(got), len(want))
				}
				_ = os.RemoveAll(dir)
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	n := 0
	for e := range errs {
		if n < 10 {
			t.Error(e)
		}
		n++
	}
}

func liveHeap() uint64 {
	var m runtime.MemStats
	for i := 0; i < 3; i++ {
		runtime.GC()
	}
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// TestAppsAreCollected checks that an App and all it made become garbage:
// live heap after 1,000 Apps stays within a small bound of the heap after 10.
func TestAppsAreCollected(t *testing.T) {
	if testing.Short() {
		t.Skip("builds 1,000 apps")
	}
	if raceEnabled {
		t.Skip("heap figures under -race are the detector's; run without -race")
	}
	dir := t.TempDir()
	run := func(n int) {
		for i := 0; i < n; i++ {
			out := filepath.Join(dir, "out")
			app := Build(Options{Stacks: 2, Outdir: out, L1: true, Size: 2})
			if _, err := synth.Synth(app, nil); err != nil {
				t.Fatal(err)
			}
			_ = os.RemoveAll(out)
		}
	}
	run(10)
	after10 := liveHeap()
	run(1000)
	after1000 := liveHeap()
	growth := int64(after1000) - int64(after10)
	t.Logf("live heap after 10 apps: %d KiB, after 1,010: %d KiB (%+d KiB)", after10/1024, after1000/1024, growth/1024)
	// Today an App synthesizes with ~1 MiB live; anything kept per App
	// (140 KiB each before issue 13) would show as 100+ MiB here.
	if growth > 2<<20 {
		t.Fatalf("live heap grew by %d KiB over 1,000 apps: something keeps Apps alive", growth/1024)
	}
}

// TestTokenFromAnotherApp: a value made from one App's constructs, used in
// another App, is reported clearly rather than resolved to something else.
func TestTokenFromAnotherApp(t *testing.T) {
	dir := t.TempDir()
	a := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(filepath.Join(dir, "a"))})
	qa := awssqs.NewQueue(awscdk.NewStack(a, jsii.String("A"), nil), jsii.String("Q"), nil)
	b := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(filepath.Join(dir, "b"))})
	sb := awscdk.NewStack(b, jsii.String("B"), nil)
	awscdk.NewCfnOutput(sb, jsii.String("Arn"), &awscdk.CfnOutputProps{Value: qa.QueueArn()})
	_, err := synth.Synth(b, nil)
	if err == nil {
		t.Fatal("synth of B should fail: it uses a queue ARN of App A")
	}
	msg := err.Error()
	for _, want := range []string{"B/Arn", "belongs to another App"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error should mention %q:\n%s", want, msg)
		}
	}
}
