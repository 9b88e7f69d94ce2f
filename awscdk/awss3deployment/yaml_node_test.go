package awss3deployment

import (
	"bytes"
	"encoding/json"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/strata-cdk/strata/internal/ojson"
)

// TestYAMLWriterAgainstNode renders random strings (as values, list items
// and keys) and random trees with Strata's writer and with aws-cdk-lib's own serializer
// under node, and compares the bytes. It needs node and aws-cdk-lib
// 2.276.0 on NODE_PATH, so it runs only with STRATA_YAML_NODE=1.
func TestYAMLWriterAgainstNode(t *testing.T) {
	if os.Getenv("STRATA_YAML_NODE") != "1" {
		t.Skip("set STRATA_YAML_NODE=1 (and NODE_PATH to aws-cdk-lib 2.276.0) to compare with aws-cdk-lib under node")
	}
	alphabet := []string{"a", "b", "Z", "0", "1", "9", " ", "  ", "\t", "\n", "\n\n", "\r", ":", "#", "-", "?", "\"", "'", "{", "}", "[", "]", ",",
		".", "%", "@", "`", "!", "&", "*", "|", ">", "~", "_", "+", "e", "x", "é", "日", "\u0085", "\u00a0", "\u2028", "\ufeff", "\x01", "\x1b", "\x7f", "\\",
		"---", "...", "yes", "no", "null", "0x", "0o", "1:2", ".inf", "2024-01-02", "🎉"}
	r := rand.New(rand.NewSource(11))
	var inputs []string
	for i := 0; i < 5000; i++ {
		var b bytes.Buffer
		b.WriteString(`{"v":`)
		var s string
		for n := r.Intn(24); n > 0; n-- {
			s += alphabet[r.Intn(len(alphabet))]
		}
		q, _ := json.Marshal(s)
		b.Write(q)
		b.WriteString(`,"l":[`)
		b.Write(q)
		b.WriteString(`,{"k":`)
		b.Write(q)
		b.WriteString(`}],"m":{`)
		b.Write(q)
		b.WriteString(`:1}}`)
		inputs = append(inputs, b.String())
	}
	// random trees: nested maps (all-null ones too) and lists of strings,
	// numbers, booleans and nulls
	var tree func(depth int) interface{}
	tree = func(depth int) interface{} {
		str := func() string {
			var s string
			for n := r.Intn(6); n > 0; n-- {
				s += alphabet[r.Intn(len(alphabet))]
			}
			return s
		}
		switch k := r.Intn(9); {
		case depth < 3 && k < 2:
			m := map[string]interface{}{}
			for n := r.Intn(4); n > 0; n-- {
				m[str()] = tree(depth + 1)
			}
			return m
		case depth < 3 && k < 4:
			l := []interface{}{}
			for n := r.Intn(4); n > 0; n-- {
				l = append(l, tree(depth+1))
			}
			return l
		case k == 4:
			return nil
		case k == 5:
			return []interface{}{1.5, -2.0, 1e21, 0.1, 123456789.0, 1e-7}[r.Intn(6)]
		case k == 6:
			return r.Intn(2) == 0
		}
		return str()
	}
	for i := 0; i < 2000; i++ {
		b, _ := json.Marshal(tree(0))
		inputs = append(inputs, string(b))
	}
	script := `const path=require('path');const {serialize}=require(path.join(path.dirname(require.resolve('aws-cdk-lib/package.json')),'core/lib/private/yaml-cfn.js'));
let d='';process.stdin.setEncoding('utf8');process.stdin.on('data',c=>d+=c).on('end',()=>{process.stdout.write(JSON.stringify(JSON.parse(d).map(i=>serialize(JSON.parse(i)))))});`
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "s.js"), []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	in, _ := json.Marshal(inputs)
	cmd := exec.Command("node", filepath.Join(dir, "s.js"))
	cmd.Stdin = bytes.NewReader(in)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v", err)
	}
	var want []string
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	fails := 0
	for i, input := range inputs {
		v, err := ojson.Decode([]byte(input))
		if err != nil {
			t.Fatal(err)
		}
		if got := yamlDocument(v); got != want[i] {
			t.Errorf("input %s\n got: %q\nwant: %q", input, got, want[i])
			if fails++; fails > 10 {
				t.FailNow()
			}
		}
	}
}
