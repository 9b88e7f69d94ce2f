package awscdk_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/jsii"
)

// TestFileSystemFingerprint checks the public API (Go enum values included)
// against the fingerprints aws-cdk-lib printed for the fixtures.
func TestFileSystemFingerprint(t *testing.T) {
	b, err := os.ReadFile("testdata/asset-hashes.json")
	if err != nil {
		t.Fatal(err)
	}
	var want struct {
		Fingerprints map[string]string `json:"fingerprints"`
	}
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, path string
		opts       *awscdk.FingerprintOptions
	}{
		{"sample.txt", "sample.txt", nil},
		{"dir", "dir", nil},
		{"dir extra", "dir", &awscdk.FingerprintOptions{ExtraHash: jsii.String("salt")}},
		{"dir follow always", "dir", &awscdk.FingerprintOptions{Follow: awscdk.SymlinkFollowMode_ALWAYS}},
		{"dir exclude *.log", "dir", &awscdk.FingerprintOptions{Exclude: jsii.Strings("*.log")}},
		{"dir git", "dir", &awscdk.FingerprintOptions{IgnoreMode: awscdk.IgnoreMode_GIT, Exclude: jsii.Strings("*.log", "build/", "!build/pkg")}},
		{"dir docker", "dir", &awscdk.FingerprintOptions{IgnoreMode: awscdk.IgnoreMode_DOCKER, Exclude: jsii.Strings("*.log", "build", "sub/.hidden")}},
	}
	for _, c := range cases {
		if got := *awscdk.FileSystem_Fingerprint(jsii.String(fixture(t, c.path)), c.opts); got != want.Fingerprints[c.name] {
			t.Errorf("%s: %s, aws-cdk-lib %s", c.name, got, want.Fingerprints[c.name])
		}
	}
}

// The ignore expectations are what aws-cdk-lib 2.276.0 answers for the same
// strategies and paths.
func TestFileSystemCopyAndIgnore(t *testing.T) {
	dest := t.TempDir()
	awscdk.FileSystem_CopyDirectory(jsii.String(fixture(t, "dir")), jsii.String(dest), &awscdk.CopyOptions{Exclude: jsii.Strings("lib")}, nil)
	if _, err := os.Stat(filepath.Join(dest, "lib")); err == nil {
		t.Error("excluded lib copied")
	}
	if *awscdk.FileSystem_IsEmpty(jsii.String(dest)) {
		t.Error("copy is empty")
	}
	root := fixture(t, "dir")
	for _, c := range []struct {
		s        awscdk.IgnoreStrategy
		path     string
		ignored  bool
		complete bool
	}{
		{awscdk.IgnoreStrategy_Glob(jsii.String(root), jsii.Strings("*.js")), "lib/util.js", true, true},
		{awscdk.IgnoreStrategy_Git(jsii.String(root), jsii.Strings("lib/")), "lib", false, true},
		{awscdk.IgnoreStrategy_Docker(jsii.String(root), jsii.Strings("lib", "!lib/util.js")), "lib", true, false},
		{awscdk.IgnoreStrategy_FromCopyOptions(&awscdk.CopyOptions{IgnoreMode: awscdk.IgnoreMode_GIT, Exclude: jsii.Strings("*.md")}, jsii.String(root)), "README.md", true, true},
	} {
		p := jsii.String(filepath.Join(root, c.path))
		if *c.s.Ignores(p) != c.ignored || *c.s.CompletelyIgnores(p) != c.complete {
			t.Errorf("%s: ignores %v, completely %v; want %v, %v", c.path, *c.s.Ignores(p), *c.s.CompletelyIgnores(p), c.ignored, c.complete)
		}
	}
}
