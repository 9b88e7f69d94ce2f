package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
)

var updateShapes = flag.Bool("update-shapes", false, "rewrite testdata/shapes-2.270.txt")

// TestShapesMatchAwsCdkGo compares the generated Go surface with aws-cdk-go's,
// read from the module cache (it is never a dependency): every Cfn* type,
// field (with its struct tags), interface method and function of aws-cdk-go
// v2.270.0 must exist here with the same Go type. The differences that the
// change from 2.270 to 2.276 explains (a property that became required, a
// factory renamed, a type removed) are listed in testdata/shapes-2.270.txt,
// reviewed; any other difference fails. -update-shapes rewrites the list.
// Skipped when the module is not in the cache:
// `cd /tmp && go mod download github.com/aws/aws-cdk-go/awscdk/v2@v2.270.0`.
func TestShapesMatchAwsCdkGo(t *testing.T) {
	out, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Skip("go env GOMODCACHE:", err)
	}
	theirs := filepath.Join(strings.TrimSpace(string(out)), "github.com/aws/aws-cdk-go/awscdk/v2@v2.270.0")
	if _, err := os.Stat(theirs); err != nil {
		t.Skip("aws-cdk-go v2.270.0 not in the module cache")
	}
	ours := filepath.Join(repoRoot(t), "awscdk")
	var pkgs []string
	entries, _ := os.ReadDir(ours)
	for _, e := range entries {
		if e.IsDir() && (strings.HasPrefix(e.Name(), "aws") || e.Name() == "alexaask") {
			pkgs = append(pkgs, e.Name())
		}
	}
	entries, _ = os.ReadDir(filepath.Join(ours, "interfaces"))
	for _, e := range entries {
		if e.IsDir() {
			pkgs = append(pkgs, "interfaces/"+e.Name())
		}
	}
	inherited := inheritedMethods(t, theirs)
	var diffs []string
	compared := 0
	for _, pkg := range pkgs {
		their := readShapes(t, filepath.Join(theirs, pkg), true)
		our := readShapes(t, filepath.Join(ours, pkg), false)
		if their == nil {
			continue
		}
		for _, name := range sortedKeys(their.types) {
			if !strings.HasPrefix(name, "Cfn") && !strings.HasPrefix(pkg, "interfaces/") {
				continue
			}
			tt := their.types[name]
			ot, ok := our.types[name]
			if !ok {
				diffs = append(diffs, fmt.Sprintf("%s.%s: no such type", pkg, name))
				continue
			}
			compared++
			if tt.kind != ot.kind {
				diffs = append(diffs, fmt.Sprintf("%s.%s: %s, aws-cdk-go has %s", pkg, name, ot.kind, tt.kind))
				continue
			}
			if tt.kind == "interface" && !reflect.DeepEqual(tt.embeds, ot.embeds) {
				diffs = append(diffs, fmt.Sprintf("%s.%s: embeds %v, aws-cdk-go %v", pkg, name, ot.embeds, tt.embeds))
			}
			for _, m := range sortedKeys(tt.members) {
				om, ok := ot.members[m]
				switch {
				case !ok && tt.kind == "interface" && inherited[m] != "":
					// from CfnResource and the interfaces embedded
				case !ok && tt.kind == "interface" && embedsRef(ot.embeds, m):
					// the reference getter, from the embedded I*Ref
				case !ok:
					diffs = append(diffs, fmt.Sprintf("%s.%s.%s: missing (%s)", pkg, name, m, tt.members[m]))
				case om != tt.members[m]:
					diffs = append(diffs, fmt.Sprintf("%s.%s.%s: %s, aws-cdk-go %s", pkg, name, m, om, tt.members[m]))
				}
			}
		}
		for _, name := range sortedKeys(their.funcs) {
			if !strings.HasPrefix(name, "Cfn") && !strings.HasPrefix(name, "NewCfn") {
				continue
			}
			of, ok := our.funcs[name]
			switch {
			case !ok:
				diffs = append(diffs, fmt.Sprintf("%s.%s: no such function", pkg, name))
			case of != their.funcs[name]:
				diffs = append(diffs, fmt.Sprintf("%s.%s: %s, aws-cdk-go %s", pkg, name, of, their.funcs[name]))
			}
		}
	}
	t.Logf("compared %d types in %d packages with aws-cdk-go v2.270.0: %d differences", compared, len(pkgs), len(diffs))
	if compared < 10000 {
		t.Fatalf("compared only %d types", compared)
	}
	list := filepath.Join("testdata", "shapes-2.270.txt")
	if *updateShapes {
		body := "# Differences between Strata's generated L1 surface (aws-cdk-lib 2.276.0) and aws-cdk-go v2.270.0,\n" +
			"# each explained by the change between the two releases. Written by TestShapesMatchAwsCdkGo -update-shapes.\n" +
			strings.Join(diffs, "\n") + "\n"
		if err := os.WriteFile(list, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	known := map[string]bool{}
	data, err := os.ReadFile(list)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(data), "\n") {
		if l != "" && !strings.HasPrefix(l, "#") {
			known[l] = true
		}
	}
	seen := map[string]bool{}
	for _, d := range diffs {
		seen[d] = true
		if !known[d] {
			t.Errorf("new difference from aws-cdk-go: %s", d)
		}
	}
	for k := range known {
		if !seen[k] {
			t.Errorf("listed difference no longer found (run with -update-shapes): %s", k)
		}
	}
}

// embedsRef reports whether embeds has the reference interface whose
// getter is m (interfacesawss3.IBucketRef for BucketRef).
func embedsRef(embeds []string, m string) bool {
	for _, e := range embeds {
		if strings.HasPrefix(e, "interfaces") && strings.EqualFold(e[strings.LastIndex(e, ".")+1:], "I"+m) {
			return true
		}
	}
	return false
}

type shape struct {
	kind    string            // struct, interface
	embeds  []string          // interface embeddings
	members map[string]string // field or method -> type (fields with their tags)
}

type shapes struct {
	types map[string]*shape
	funcs map[string]string
}

func readShapes(t *testing.T, dir string, theirs bool) *shapes {
	fset := token.NewFileSet()
	entries, err := os.ReadDir(dir)
	if err != nil {
		if theirs {
			return nil
		}
		t.Fatalf("%s: %v", dir, err)
	}
	s := &shapes{types: map[string]*shape{}, funcs: map[string]string{}}
	for _, e := range entries {
		n := e.Name()
		if !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") || strings.Contains(n, "__") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, n), nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil && d.Name.IsExported() {
					s.funcs[d.Name.Name] = sig(fset, d.Type)
				}
			case *ast.GenDecl:
				for _, sp := range d.Specs {
					ts, ok := sp.(*ast.TypeSpec)
					if !ok || !ts.Name.IsExported() {
						continue
					}
					sh := &shape{members: map[string]string{}}
					switch ty := ts.Type.(type) {
					case *ast.StructType:
						sh.kind = "struct"
						for _, fl := range ty.Fields.List {
							tag := ""
							if fl.Tag != nil {
								// aws-cdk-go has no cfn tag; compare the rest
								tag = fl.Tag.Value
								if i := strings.Index(tag, ` cfn:"`); i >= 0 {
									tag = tag[:i] + "`"
								}
							}
							for _, nm := range fl.Names {
								sh.members[nm.Name] = expr(fset, fl.Type) + " " + tag
							}
						}
					case *ast.InterfaceType:
						sh.kind = "interface"
						for _, m := range ty.Methods.List {
							if len(m.Names) == 0 {
								sh.embeds = append(sh.embeds, expr(fset, m.Type))
								continue
							}
							sh.members[m.Names[0].Name] = sig(fset, m.Type.(*ast.FuncType))
						}
					default:
						sh.kind = "other"
					}
					s.types[ts.Name.Name] = sh
				}
			}
		}
	}
	return s
}

// inheritedMethods are the methods aws-cdk-go's L1 interfaces get from
// CfnResource and the interfaces every L1 embeds.
func inheritedMethods(t *testing.T, theirs string) map[string]string {
	core := readShapes(t, theirs, true)
	out := map[string]string{}
	for _, n := range []string{"CfnResource", "IInspectable", "ITaggable", "ITaggableV2"} {
		for m, s := range core.types[n].members {
			out[m] = s
		}
	}
	for _, m := range []string{"Env", "Node", "With"} {
		out[m] = "(inherited)"
	}
	return out
}

func expr(fset *token.FileSet, e ast.Expr) string {
	var b bytes.Buffer
	printer.Fprint(&b, fset, e)
	return b.String()
}

// sig prints a function type without parameter names.
func sig(fset *token.FileSet, ft *ast.FuncType) string {
	list := func(fl *ast.FieldList) string {
		if fl == nil {
			return ""
		}
		var parts []string
		for _, f := range fl.List {
			n := len(f.Names)
			if n == 0 {
				n = 1
			}
			for i := 0; i < n; i++ {
				parts = append(parts, expr(fset, f.Type))
			}
		}
		return strings.Join(parts, ", ")
	}
	return "func(" + list(ft.Params) + ") " + list(ft.Results)
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func repoRoot(t *testing.T) string {
	dir, err := filepath.Abs("../../..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err != nil {
		t.Fatal("repository root not found from", dir)
	}
	return dir
}
