package assembly

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func write(t *testing.T, outdir string, files map[string]string) *Stage {
	t.Helper()
	st, err := NewStage(outdir)
	if err != nil {
		t.Fatal(err)
	}
	for name, body := range files {
		if err := st.WriteFile(name, []byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

func read(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = string(b)
	}
	return out
}

func same(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// leftovers lists staging or backup directories next to outdir.
func leftovers(t *testing.T, outdir string) []string {
	entries, _ := os.ReadDir(filepath.Dir(outdir))
	var out []string
	for _, e := range entries {
		if e.Name() != filepath.Base(outdir) {
			out = append(out, e.Name())
		}
	}
	return out
}

var first = map[string]string{"manifest.json": `{"version":"1"}`, "A.template.json": "{}", "B.template.json": "{}"}

func TestCommitReplacesTheAssemblyWhole(t *testing.T) {
	out := filepath.Join(t.TempDir(), "cdk.out")
	if err := write(t, out, first).Commit(); err != nil {
		t.Fatal(err)
	}
	second := map[string]string{"manifest.json": `{"version":"2"}`, "A.template.json": `{"x":1}`}
	if err := write(t, out, second).Commit(); err != nil {
		t.Fatal(err)
	}
	if got := read(t, out); !same(got, second) {
		t.Errorf("got %v, want %v (B.template.json must not survive)", got, second)
	}
	if l := leftovers(t, out); len(l) != 0 {
		t.Errorf("left behind: %v", l)
	}
}

// TestFailedWriteKeepsPreviousAssembly: a synthesis that fails while
// writing aborts its stage; the assembly already in place stays whole.
func TestFailedWriteKeepsPreviousAssembly(t *testing.T) {
	out := filepath.Join(t.TempDir(), "cdk.out")
	if err := write(t, out, first).Commit(); err != nil {
		t.Fatal(err)
	}
	st := write(t, out, map[string]string{"manifest.json": `{"version":"2"}`})
	// A file where a directory must go: the write fails.
	_ = st.Wait()
	err := st.WriteFile("manifest.json/inner", []byte("x"))
	if err == nil {
		err = st.Wait()
	}
	if err == nil {
		t.Fatal("writing below a file should fail")
	}
	st.Abort()
	if got := read(t, out); !same(got, first) {
		t.Errorf("previous assembly changed: %v", got)
	}
	if l := leftovers(t, out); len(l) != 0 {
		t.Errorf("left behind: %v", l)
	}
}

// TestFailedCommitRestoresPreviousAssembly: when moving the new assembly
// into place fails, the old one is put back.
func TestFailedCommitRestoresPreviousAssembly(t *testing.T) {
	out := filepath.Join(t.TempDir(), "cdk.out")
	if err := write(t, out, first).Commit(); err != nil {
		t.Fatal(err)
	}
	st := write(t, out, map[string]string{"manifest.json": `{"version":"2"}`})
	if err := st.Wait(); err != nil {
		t.Fatal(err)
	}
	if err := os.RemoveAll(st.Dir); err != nil { // the rename will fail
		t.Fatal(err)
	}
	if err := st.Commit(); err == nil {
		t.Fatal("commit of a vanished stage should fail")
	}
	if got := read(t, out); !same(got, first) {
		t.Errorf("previous assembly not restored: %v", got)
	}
	for _, l := range leftovers(t, out) {
		if strings.Contains(l, ".old-") {
			t.Errorf("backup left behind: %s", l)
		}
	}
}

func TestAssetsCarryOver(t *testing.T) {
	out := filepath.Join(t.TempDir(), "cdk.out")
	files := map[string]string{"manifest.json": "{}", "asset.abc": "code"}
	if err := write(t, out, files).Commit(); err != nil {
		t.Fatal(err)
	}
	if err := write(t, out, map[string]string{"manifest.json": "{}"}).Commit(); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(filepath.Join(out, "asset.abc")); err != nil || string(b) != "code" {
		t.Errorf("content-addressed asset from the previous synth should be kept: %q %v", b, err)
	}
}

func TestMarshalIndent(t *testing.T) {
	b, err := Marshal(map[string]interface{}{"b": []interface{}{1.0}, "a": "x"}, 1)
	if err != nil {
		t.Fatal(err)
	}
	if want := "{\n \"a\": \"x\",\n \"b\": [\n  1\n ]\n}"; string(b) != want {
		t.Errorf("got %q, want %q", b, want)
	}
}
