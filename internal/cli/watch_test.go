package cli

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

func TestWatchGlobs(t *testing.T) {
	re := globsRegexp([]string{"**/*.go", "cdk.out/**", "**/.*", "**/.*/**", "lambda/*"})
	for path, want := range map[string]bool{
		"main.go": true, "pkg/x/y.go": true, "cdk.out/manifest.json": true, ".git": true,
		".git/HEAD": true, "a/.hidden": true, "lambda/index.js": true, "lambda/sub/index.js": false,
		"README.md": false, "go.mod": false,
	} {
		if got := re.MatchString(path); got != want {
			t.Errorf("%s: %v, want %v", path, got, want)
		}
	}
}

// A change to a watched file triggers once, after it settles; excluded
// files (the assembly, dot files) do not.
func TestWatchFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		p := filepath.Join(dir, name)
		_ = os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("main.go", "package main")
	write("lambda/index.js", "1")
	write("cdk.out/manifest.json", "{}")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	got := make(chan []string, 10)
	go func() {
		_ = watchFiles(ctx, dir, []string{"**"}, []string{"cdk.out", "cdk.out/**", "**/.*", "**/.*/**"}, 20*time.Millisecond, nil, func(files []string) { got <- files })
	}()
	time.Sleep(100 * time.Millisecond)
	write("cdk.out/manifest.json", `{"x":1}`)
	write(".env", "x")
	time.Sleep(150 * time.Millisecond)
	select {
	case f := <-got:
		t.Fatalf("excluded files triggered a deploy: %v", f)
	default:
	}
	write("lambda/index.js", "2")
	select {
	case f := <-got:
		if !reflect.DeepEqual(f, []string{"lambda/index.js"}) {
			t.Errorf("changed: %v", f)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no trigger after a change")
	}
}

// On Linux the kernel's file events wake the watcher: a save is seen at
// once even when the safety-net poll is an hour away, and a save made
// while a deployment runs triggers one more after it.
func TestWatchFilesEventsAndQueue(t *testing.T) {
	if _, err := newFileEvents(context.Background()); err != nil {
		t.Skip("no file events here:", err)
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "src", "app.go")
	_ = os.MkdirAll(filepath.Dir(p), 0o755)
	if err := os.WriteFile(p, []byte("1"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	got := make(chan time.Time, 10)
	ready := make(chan struct{})
	round := 0
	go func() {
		_ = watchFiles(ctx, dir, []string{"**"}, nil, time.Hour, func() { close(ready) }, func(files []string) {
			round++
			if round == 1 {
				// A save during the "deployment".
				_ = os.WriteFile(p, []byte("3"), 0o644)
				time.Sleep(100 * time.Millisecond)
			}
			got <- time.Now()
		})
	}()
	<-ready
	saved := time.Now()
	if err := os.WriteFile(p, []byte("2"), 0o644); err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= 2; i++ {
		select {
		case at := <-got:
			if i == 1 && at.Sub(saved) > time.Second {
				t.Errorf("save noticed after %s", at.Sub(saved))
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("trigger %d missing", i)
		}
	}
}
