package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha512"
	"encoding/base64"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// The pinned input: the npm tarball of aws-cdk-lib whose jsii assembly is the
// Go surface aws-cdk-go exposes and whose *.generated.js files show how each
// property renders. Integrity is npm's own (`npm view aws-cdk-lib@2.276.0
// dist.integrity`); a tarball that does not match is refused.
const (
	cdkLibVersion   = "2.276.0"
	cdkLibTarball   = "https://registry.npmjs.org/aws-cdk-lib/-/aws-cdk-lib-" + cdkLibVersion + ".tgz"
	cdkLibIntegrity = "sha512-K+yxURPKRDRDgaPazG4PKFmFHM/igg3kGp6tkPJ6vba8FMEo3DtJ/X6WaY5KvcwrkiKj2K7gFRZB6DO5aPYxxg=="
)

// input is what the generator reads out of the tarball.
type input struct {
	assembly []byte            // the decompressed .jsii
	js       map[string]string // package-relative path of each *.generated.js -> source
}

// defaultCachePath is where a downloaded tarball is kept between runs.
func defaultCachePath() string {
	dir := os.Getenv("STRATA_L1GEN_CACHE")
	if dir == "" {
		base, err := os.UserCacheDir()
		if err != nil {
			base = os.TempDir()
		}
		dir = filepath.Join(base, "strata", "l1gen")
	}
	return filepath.Join(dir, "aws-cdk-lib-"+cdkLibVersion+".tgz")
}

// loadTarball returns the verified tarball bytes: from path if given, else
// from the cache, else downloaded (when allowed) into the cache.
func loadTarball(path string, download bool) ([]byte, error) {
	if path != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		return data, verify(data, path)
	}
	cache := defaultCachePath()
	if data, err := os.ReadFile(cache); err == nil {
		if verify(data, cache) == nil {
			return data, nil
		}
	}
	if !download {
		return nil, fmt.Errorf("aws-cdk-lib %s tarball not in %s (run `go generate ./internal/tools/l1gen` once with network access)", cdkLibVersion, cache)
	}
	url := cdkLibTarball
	if reg := os.Getenv("STRATA_NPM_REGISTRY"); reg != "" {
		url = strings.TrimSuffix(reg, "/") + "/aws-cdk-lib/-/aws-cdk-lib-" + cdkLibVersion + ".tgz"
	}
	client := &http.Client{Timeout: 5 * time.Minute}
	resp, err := client.Get(url)
	if err != nil {
		return nil, fmt.Errorf("downloading %s: %w", url, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("downloading %s: %s", url, resp.Status)
	}
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("downloading %s: %w", url, err)
	}
	if err := verify(data, url); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(cache), 0o755); err == nil {
		tmp := cache + ".tmp"
		if os.WriteFile(tmp, data, 0o644) == nil {
			_ = os.Rename(tmp, cache)
		}
	}
	return data, nil
}

func verify(data []byte, from string) error {
	sum := sha512.Sum512(data)
	got := "sha512-" + base64.StdEncoding.EncodeToString(sum[:])
	if got != cdkLibIntegrity {
		return fmt.Errorf("%s: integrity %s does not match the pinned aws-cdk-lib %s (%s)", from, got, cdkLibVersion, cdkLibIntegrity)
	}
	return nil
}

// extract reads the jsii assembly and the generated.js files out of the tarball.
func extract(tgz []byte) (*input, error) {
	zr, err := gzip.NewReader(bytes.NewReader(tgz))
	if err != nil {
		return nil, err
	}
	tr := tar.NewReader(zr)
	in := &input{js: map[string]string{}}
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		name := strings.TrimPrefix(h.Name, "package/")
		switch {
		case name == ".jsii.gz":
			gz, err := gzip.NewReader(tr)
			if err != nil {
				return nil, fmt.Errorf(".jsii.gz: %w", err)
			}
			if in.assembly, err = io.ReadAll(gz); err != nil {
				return nil, fmt.Errorf(".jsii.gz: %w", err)
			}
		case strings.HasSuffix(name, ".generated.js") && strings.Contains(name, "/lib/") && !strings.Contains(name, "node_modules/"):
			b, err := io.ReadAll(tr)
			if err != nil {
				return nil, err
			}
			in.js[name] = string(b)
		}
	}
	if in.assembly == nil {
		return nil, fmt.Errorf("tarball holds no .jsii.gz")
	}
	return in, nil
}
