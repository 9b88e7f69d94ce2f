// Package handlerdir turns the embedded code of a built-in handler into a
// directory on disk, for the constructs that take a handler's code as a
// directory (CustomResourceProvider, Code_FromAsset): the asset is staged
// from there like any user's directory, so its hash depends only on the
// files' contents and names.
package handlerdir

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"sync"
)

var (
	mu   sync.Mutex
	dirs = map[string]string{}
)

// Dir returns a directory holding exactly the files of fsys. The directory
// is named after a hash of the files, under the user's cache directory (the
// system's temporary directory when there is none), and is written once:
// concurrent programs see either no directory or a complete one.
func Dir(name string, fsys fs.FS) (string, error) {
	files := map[string][]byte{}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fsys, p)
		files[p] = b
		return err
	})
	if err != nil {
		return "", err
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
	sum := hex.EncodeToString(h.Sum(nil))[:16]

	mu.Lock()
	defer mu.Unlock()
	key := name + "-" + sum
	if d, ok := dirs[key]; ok {
		return d, nil
	}
	base, err := os.UserCacheDir()
	if err != nil || base == "" {
		base = os.TempDir()
	}
	root := filepath.Join(base, "strata", "handlers")
	dir := filepath.Join(root, key)
	if complete(dir, files) {
		dirs[key] = dir
		return dir, nil
	}
	if err := os.MkdirAll(root, 0o755); err != nil {
		return "", err
	}
	tmp, err := os.MkdirTemp(root, key+".tmp-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	for _, n := range names {
		p := filepath.Join(tmp, filepath.FromSlash(n))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return "", err
		}
		if err := os.WriteFile(p, files[n], 0o644); err != nil {
			return "", err
		}
	}
	if err := os.Rename(tmp, dir); err != nil && !complete(dir, files) {
		return "", err
	}
	dirs[key] = dir
	return dir, nil
}

// complete reports whether dir holds exactly files.
func complete(dir string, files map[string][]byte) bool {
	n := 0
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(dir, p)
		want, ok := files[filepath.ToSlash(rel)]
		if !ok {
			return fs.ErrExist
		}
		got, err := os.ReadFile(p)
		if err != nil || string(got) != string(want) {
			return fs.ErrInvalid
		}
		n++
		return nil
	})
	return err == nil && n == len(files)
}

// MustDir is Dir for handler code that ships with Strata: failing to write
// it is a problem of the machine, reported as a panic.
func MustDir(name string, fsys fs.FS) string {
	d, err := Dir(name, fsys)
	if err != nil {
		panic(fmt.Sprintf("strata: writing the code of the built-in %s handler: %v", name, err))
	}
	return d
}
