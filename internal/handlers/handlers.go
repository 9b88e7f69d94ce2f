// Package handlers holds the Lambda handler code Strata's core constructs
// deploy, and the means for Go callers to hand their own handler code, kept
// in an embed.FS, to constructs that take a code directory.
//
// aws-cdk-lib ships these handlers as JavaScript files next to its code;
// a Go program has no such directory, so handler code is embedded in the
// binary and written out to a content-addressed directory when a construct
// needs a path. Strata's handlers are its own code, so the asset hashes of
// the Lambda functions that run them differ from aws-cdk-lib's; everything
// else in the templates is the same.
package handlers

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"sync"
)

//go:embed nodejs-entrypoint/index.js
var entrypointJS []byte

//go:embed cfn-utils
var cfnUtils embed.FS

// NodejsEntrypoint is the wrapper CustomResourceProvider adds to a Node.js
// handler as __entrypoint__.js: it calls index.handler and reports the
// outcome to CloudFormation.
func NodejsEntrypoint() []byte { return append([]byte(nil), entrypointJS...) }

// CfnUtilsDir is a directory holding the handler of CfnJson's provider.
func CfnUtilsDir() (string, error) { return Stage(cfnUtils, "cfn-utils") }

var (
	mu     sync.Mutex
	staged = map[string]string{}
)

// Stage writes the files below dir of fsys (an embed.FS, typically) into a
// directory named after their content and returns its path, for use as a
// construct's code directory (CustomResourceProviderProps.CodeDirectory).
// The same content always yields the same directory, which is reused.
func Stage(fsys fs.FS, dir string) (string, error) {
	files := map[string][]byte{}
	err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		rel := p
		if dir != "." && dir != "" {
			rel = p[len(path.Clean(dir))+1:]
		}
		files[rel] = b
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("reading handler code %s: %w", dir, err)
	}
	if len(files) == 0 {
		return "", fmt.Errorf("handler code %s has no files", dir)
	}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	h := sha256.New()
	for _, n := range names {
		fmt.Fprintf(h, "%s\x00%d\x00", n, len(files[n]))
		h.Write(files[n])
	}
	sum := hex.EncodeToString(h.Sum(nil))[:32]
	mu.Lock()
	defer mu.Unlock()
	if p, ok := staged[sum]; ok {
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	target := filepath.Join(os.TempDir(), "strata-handlers", sum)
	if _, err := os.Stat(target); err == nil {
		staged[sum] = target
		return target, nil
	}
	if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
		return "", err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(target), "."+sum+"-")
	if err != nil {
		return "", err
	}
	for _, n := range names {
		p := filepath.Join(tmp, filepath.FromSlash(n))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			os.RemoveAll(tmp)
			return "", err
		}
		if err := os.WriteFile(p, files[n], 0o644); err != nil {
			os.RemoveAll(tmp)
			return "", err
		}
	}
	if err := os.Rename(tmp, target); err != nil {
		os.RemoveAll(tmp)
		// Another process may have staged the same content meanwhile.
		if _, statErr := os.Stat(target); statErr != nil {
			return "", err
		}
	}
	staged[sum] = target
	return target, nil
}

// MustStage is Stage for package-level initialisation: it panics when the
// embedded files cannot be written.
func MustStage(fsys fs.FS, dir string) string {
	p, err := Stage(fsys, dir)
	if err != nil {
		panic("strata: " + err.Error())
	}
	return p
}
