package assets

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// fixtures are the asset fixtures shared with awscdk's tests; the expected
// hashes are what aws-cdk-lib 2.276.0 printed for them
// (awscdk/testdata/twins/assets.js).
const fixtures = "../../awscdk/testdata/assets"

func TestFingerprintMatchesAwsCdkLib(t *testing.T) {
	b, err := os.ReadFile("../../awscdk/testdata/asset-hashes.json")
	if err != nil {
		t.Fatal(err)
	}
	var want struct {
		Fingerprints map[string]string `json:"fingerprints"`
	}
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	cases := map[string]struct {
		path string
		opts Options
	}{
		"sample.txt":                    {"sample.txt", Options{}},
		"latin1.txt":                    {"latin1.txt", Options{}},
		"big.txt":                       {"big.txt", Options{}},
		"crend.txt":                     {"crend.txt", Options{}},
		"crtail.txt":                    {"crtail.txt", Options{}},
		"bundle.tar.gz":                 {"bundle.tar.gz", Options{}},
		"dir/lib/data.bin":              {"dir/lib/data.bin", Options{}},
		"dir":                           {"dir", Options{}},
		"dir extra":                     {"dir", Options{ExtraHash: "salt"}},
		"dir follow always":             {"dir", Options{Follow: FollowAlways}},
		"dir exclude *.log":             {"dir", Options{Exclude: []string{"*.log"}}},
		"dir exclude sub,!sub/keep.txt": {"dir", Options{Exclude: []string{"sub", "!sub/keep.txt"}}},
		"dir exclude lib/*.bin,*.md":    {"dir", Options{Exclude: []string{"lib/*.bin", "*.md"}}},
		"dir exclude **/index.js":       {"dir", Options{Exclude: []string{"**/index.js"}}},
		"dir exclude *":                 {"dir", Options{Exclude: []string{"*", "!index.js"}}},
		"dir exclude {a,b}":             {"dir", Options{Exclude: []string{"*.{log,md}", "build"}}},
		"dir exclude .hidden":           {"dir", Options{Exclude: []string{"*hidden"}}},
		"dir exclude dot":               {"dir", Options{Exclude: []string{".*"}}},
		"dir git":                       {"dir", Options{IgnoreMode: IgnoreGit, Exclude: []string{"*.log", "build/", "!build/pkg"}}},
		"dir git2":                      {"dir", Options{IgnoreMode: IgnoreGit, Exclude: []string{"/lib", "sub/*", "!sub/keep.txt"}}},
		"dir docker":                    {"dir", Options{IgnoreMode: IgnoreDocker, Exclude: []string{"*.log", "build", "sub/.hidden"}}},
		"dir docker2":                   {"dir", Options{IgnoreMode: IgnoreDocker, Exclude: []string{"**/*.js", "!lib/util.js"}}},
	}
	if len(cases) != len(want.Fingerprints) {
		t.Errorf("%d cases for %d expected fingerprints", len(cases), len(want.Fingerprints))
	}
	for name, c := range cases {
		got, err := Fingerprint(filepath.Join(fixtures, c.path), c.opts)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if got != want.Fingerprints[name] {
			t.Errorf("%s: fingerprint %s, aws-cdk-lib %s", name, got, want.Fingerprints[name])
		}
	}
}

func TestFingerprintSymlinks(t *testing.T) {
	dir := t.TempDir()
	outside := t.TempDir()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.WriteFile(filepath.Join(dir, "a.txt"), []byte("a"), 0o644))
	must(os.WriteFile(filepath.Join(outside, "ext.txt"), []byte("ext"), 0o644))
	must(os.Symlink("a.txt", filepath.Join(dir, "internal")))
	must(os.Symlink(filepath.Join(outside, "ext.txt"), filepath.Join(dir, "external")))
	never, err := Fingerprint(dir, Options{Follow: FollowNever})
	must(err)
	always, err := Fingerprint(dir, Options{Follow: FollowAlways})
	must(err)
	external, err := Fingerprint(dir, Options{})
	must(err)
	if never == always || never == external || always == external {
		t.Errorf("follow modes should hash differently: %s %s %s", never, always, external)
	}
	// Following an external link hashes the content it points at.
	must(os.WriteFile(filepath.Join(outside, "ext.txt"), []byte("changed"), 0o644))
	again, err := Fingerprint(dir, Options{})
	must(err)
	if again == external {
		t.Error("changing an external link's target did not change the hash")
	}
	if err := ValidateInternalSymlinks(dir, Options{Follow: FollowBlockExternal}); err == nil {
		t.Error("an external link passed BLOCK_EXTERNAL validation")
	}
}

func TestCopyDirectory(t *testing.T) {
	dest := t.TempDir()
	err := CopyDirectory(filepath.Join(fixtures, "dir"), dest, Options{Exclude: []string{"*.log", "build"}}, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"index.js", "lib/util.js", "lib/data.bin", "sub/.hidden", "sub/keep.txt", "README.md", "index.ts"} {
		if _, err := os.Stat(filepath.Join(dest, f)); err != nil {
			t.Errorf("%s not copied: %v", f, err)
		}
	}
	for _, f := range []string{"excluded.log", "build"} {
		if _, err := os.Stat(filepath.Join(dest, f)); err == nil {
			t.Errorf("%s copied though excluded", f)
		}
	}
	// The copy hashes as the source with the same exclusions.
	a, _ := Fingerprint(filepath.Join(fixtures, "dir"), Options{Exclude: []string{"*.log", "build"}})
	b, _ := Fingerprint(dest, Options{})
	if a != b {
		t.Errorf("copy hashes %s, source %s", b, a)
	}
}
