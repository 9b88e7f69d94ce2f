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
		_ = watchFiles(ctx, dir, []string{"**"}, []string{"cdk.out", "cdk.out/**", "**/.*", "**/.*/**"}, 20*time.Millisecond, func(files []string) { got <- files })
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
