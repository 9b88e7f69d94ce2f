package assertions_test

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestAPIMatchesAwsCdkGo checks that every exported name of aws-cdk-go's
// assertions package (v2.270.0, read from the module cache) exists here
// with the same signature, and that this package exports nothing else. It
// skips when the module cache does not hold aws-cdk-go.
func TestAPIMatchesAwsCdkGo(t *testing.T) {
	out, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Skipf("go env GOMODCACHE: %v", err)
	}
	ref := filepath.Join(strings.TrimSpace(string(out)), "github.com", "aws", "aws-cdk-go", "awscdk", "v2@v2.270.0", "assertions")
	if _, err := os.Stat(ref); err != nil {
		t.Skipf("aws-cdk-go v2.270.0 is not in the module cache: %v", err)
	}
	want := exportedAPI(t, ref)
	got := exportedAPI(t, ".")
	if len(want) < 50 {
		t.Fatalf("read only %d names from %s; the parser missed something", len(want), ref)
	}
	for _, k := range sortedKeys(want) {
		g, ok := got[k]
		switch {
		case !ok:
			t.Errorf("missing: %s %s", k, want[k])
		case g != want[k]:
			t.Errorf("%s:\n  ours:       %s\n  aws-cdk-go: %s", k, g, want[k])
		}
	}
	for _, k := range sortedKeys(got) {
		if _, ok := want[k]; !ok {
			t.Errorf("exported here but not by aws-cdk-go: %s %s", k, got[k])
		}
	}
	t.Logf("%d exported names compared", len(want))
}

func sortedKeys(m map[string]string) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// exportedAPI maps each exported name of the package in dir (functions,
// types, interface methods as Type.Method, struct fields as Type.Field,
// constants) to its signature with parameter names left out.
func exportedAPI(t *testing.T, dir string) map[string]string {
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, dir, func(fi os.FileInfo) bool {
		return !strings.HasSuffix(fi.Name(), "_test.go")
	}, 0)
	if err != nil {
		t.Fatal(err)
	}
	render := func(n ast.Node) string {
		var b bytes.Buffer
		printer.Fprint(&b, fset, n)
		return b.String()
	}
	funcSig := func(ft *ast.FuncType) string {
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
					parts = append(parts, render(f.Type))
				}
			}
			return strings.Join(parts, ", ")
		}
		return "func(" + list(ft.Params) + ") (" + list(ft.Results) + ")"
	}
	api := map[string]string{}
	ifaces := map[string]*ast.InterfaceType{}
	for _, p := range pkgs {
		for _, f := range p.Files {
			for _, d := range f.Decls {
				switch d := d.(type) {
				case *ast.FuncDecl:
					if d.Recv == nil && d.Name.IsExported() {
						api[d.Name.Name] = funcSig(d.Type)
					}
				case *ast.GenDecl:
					for _, s := range d.Specs {
						switch s := s.(type) {
						case *ast.TypeSpec:
							if !s.Name.IsExported() {
								continue
							}
							switch ty := s.Type.(type) {
							case *ast.InterfaceType:
								api[s.Name.Name] = "interface"
								ifaces[s.Name.Name] = ty
							case *ast.StructType:
								api[s.Name.Name] = "struct"
								for _, fl := range ty.Fields.List {
									for _, n := range fl.Names {
										if n.IsExported() {
											tag := ""
											if fl.Tag != nil {
												tag = " " + fl.Tag.Value
											}
											api[s.Name.Name+"."+n.Name] = render(fl.Type) + tag
										}
									}
								}
							default:
								api[s.Name.Name] = render(s.Type)
							}
						case *ast.ValueSpec:
							for _, n := range s.Names {
								if n.IsExported() {
									api[n.Name] = "value " + render(s.Type)
								}
							}
						}
					}
				}
			}
		}
	}
	// Interface methods, with embedded interfaces of the package expanded.
	var methods func(name string, it *ast.InterfaceType, into string)
	methods = func(name string, it *ast.InterfaceType, into string) {
		for _, m := range it.Methods.List {
			if len(m.Names) == 0 {
				if id, ok := m.Type.(*ast.Ident); ok && ifaces[id.Name] != nil {
					methods(id.Name, ifaces[id.Name], into)
				}
				continue
			}
			for _, n := range m.Names {
				if n.IsExported() {
					api[into+"."+n.Name] = funcSig(m.Type.(*ast.FuncType))
				}
			}
		}
	}
	for name, it := range ifaces {
		methods(name, it, name)
	}
	return api
}
