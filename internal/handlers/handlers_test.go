package handlers

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"testing/fstest"
)

func TestStageIsContentAddressed(t *testing.T) {
	fsys := fstest.MapFS{
		"h/index.js":     {Data: []byte("exports.handler = async () => ({});\n")},
		"h/lib/util.js":  {Data: []byte("module.exports = 1;\n")},
		"other/index.js": {Data: []byte("x")},
	}
	a, err := Stage(fsys, "h")
	if err != nil {
		t.Fatal(err)
	}
	b, err := Stage(fsys, "h")
	if err != nil {
		t.Fatal(err)
	}
	if a != b {
		t.Errorf("the same content staged twice: %s and %s", a, b)
	}
	got, err := os.ReadFile(filepath.Join(a, "lib", "util.js"))
	if err != nil || string(got) != "module.exports = 1;\n" {
		t.Errorf("lib/util.js: %q %v", got, err)
	}
	if _, err := os.Stat(filepath.Join(a, "other")); err == nil {
		t.Error("files outside the directory were staged")
	}
	c, err := Stage(fsys, "other")
	if err != nil || c == a {
		t.Errorf("other content staged at %s (%v)", c, err)
	}
	if _, err := Stage(fsys, "missing"); err == nil {
		t.Error("staging a missing directory succeeded")
	}
}

// TestEntrypointResponds runs the response wrapper with Node.js, when
// installed, against the CfnJson handler and checks what it reports to
// CloudFormation.
func TestEntrypointResponds(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	dir := t.TempDir()
	utils, err := CfnUtilsDir()
	if err != nil {
		t.Fatal(err)
	}
	copyFile := func(src, dst string) {
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, dst), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	copyFile(filepath.Join(utils, "index.js"), "index.js")
	copyFile("testdata/entrypoint_harness.js", "run.js")
	if err := os.WriteFile(filepath.Join(dir, "__entrypoint__.js"), NodejsEntrypoint(), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(node, "run.js")
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v", err)
	}
	type response struct {
		Method, Host, Path string
		Body               map[string]interface{}
	}
	var got []response
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		var r response
		if json.Unmarshal(sc.Bytes(), &r) == nil && r.Method != "" {
			got = append(got, r)
		}
	}
	if len(got) != 4 {
		t.Fatalf("%d responses sent, want 4:\n%s", len(got), out)
	}
	want := []struct{ status, physical, data string }{
		{"SUCCESS", "r1", `{"Value":{"a":[1,2]}}`},
		{"FAILED", "AWSCDK::CustomResourceProviderFramework::CREATE_FAILED", "null"},
		{"SUCCESS", "AWSCDK::CustomResourceProviderFramework::CREATE_FAILED", "null"},
		{"SUCCESS", "p1", `{"Value":"x"}`},
	}
	for i, w := range want {
		r := got[i]
		data, _ := json.Marshal(r.Body["Data"])
		if r.Method != "PUT" || r.Host != "example.com" || r.Path != "/path?sig=1" || r.Body["Status"] != w.status || r.Body["PhysicalResourceId"] != w.physical || string(data) != w.data {
			t.Errorf("response %d: %+v, want %+v", i, r, w)
		}
		if r.Body["StackId"] != "s" || r.Body["RequestId"] != "r1" || r.Body["LogicalResourceId"] != "L" {
			t.Errorf("response %d does not identify the request: %+v", i, r.Body)
		}
	}
}
