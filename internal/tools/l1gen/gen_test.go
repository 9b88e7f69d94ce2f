package main

import (
	"bufio"
	"bytes"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// specL1Count is the number of L1 classes (cloudformationResource) in
// aws-cdk-lib 2.276.0's jsii assembly.
const specL1Count = 1941

// TestGeneratedHeader: every generated file starts with Go's standard
// "Code generated ... DO NOT EDIT." line, and only *_gen.go files carry it.
func TestGeneratedHeader(t *testing.T) {
	root := repoRoot(t)
	gen, other := 0, 0
	err := filepath.WalkDir(filepath.Join(root, "awscdk"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		has := isGenerated(path)
		rel, _ := filepath.Rel(root, path)
		switch {
		case strings.HasSuffix(path, "_gen.go") && has:
			gen++
		case has:
			t.Errorf("%s carries the l1gen header but is not named *_gen.go", rel)
		case strings.HasSuffix(path, "_gen.go") && ownedByL1gen(rel):
			t.Errorf("%s: missing header %q", rel, strings.TrimSpace(header))
		default:
			other++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if gen < specL1Count {
		t.Errorf("found %d generated files, want at least %d", gen, specL1Count)
	}
	t.Logf("%d generated files checked", gen)
}

// ownedByL1gen: cfn_*_gen.go files and the interfaces packages.
func ownedByL1gen(rel string) bool {
	rel = filepath.ToSlash(rel)
	return strings.HasPrefix(filepath.Base(rel), "cfn_") || filepath.Base(rel) == "doc_gen.go" || strings.HasPrefix(rel, "awscdk/interfaces/interfaces")
}

// TestResourceCount: the generated L1s are the spec's L1s, every one. The
// spec count comes from the assembly when the pinned tarball is at hand,
// else from the constant above; the generated count from the constructors
// found in the generated files listed in testdata/resources.txt.
func TestResourceCount(t *testing.T) {
	spec := specL1Count
	source := "the recorded count"
	if tgz, err := loadTarball("", false); err == nil {
		in, err := extract(tgz)
		if err != nil {
			t.Fatal(err)
		}
		asm, err := parseAssembly(in.assembly)
		if err != nil {
			t.Fatal(err)
		}
		spec = 0
		for _, ty := range asm.Types {
			if isL1(ty) {
				spec++
			}
		}
		source = "aws-cdk-lib " + cdkLibVersion + "'s jsii assembly"
	}

	root := repoRoot(t)
	f, err := os.Open(filepath.Join(root, filepath.FromSlash(manifestPath)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fset := token.NewFileSet()
	listed, generated := 0, 0
	types, cfnTypes := map[string]bool{}, map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		fields := strings.Fields(line) // type fqn importpath file
		if len(fields) != 4 {
			t.Fatalf("bad line in %s: %q", manifestPath, line)
		}
		listed++
		if types[fields[1]] {
			t.Errorf("%s generated twice", fields[1])
		}
		types[fields[1]] = true
		cfnTypes[fields[0]] = true
		class := fields[1][strings.LastIndex(fields[1], ".")+1:]
		file, err := parser.ParseFile(fset, filepath.Join(root, filepath.FromSlash(fields[3])), nil, parser.SkipObjectResolution)
		if err != nil {
			t.Errorf("%s: %v", fields[3], err)
			continue
		}
		if !hasFunc(file, "New"+class) || !hasFunc(file, class+"_CFN_RESOURCE_TYPE_NAME") {
			t.Errorf("%s: no New%s", fields[3], class)
			continue
		}
		generated++
	}
	t.Logf("L1 classes: %d in the spec (%s), %d listed, %d generated (%d distinct CloudFormation types; some, such as AWS::CloudFormation::Stack, have an L1 in two modules, as in aws-cdk-lib)",
		spec, source, listed, generated, len(cfnTypes))
	if generated != spec || listed != spec {
		t.Errorf("generated %d of %d listed, spec has %d", generated, listed, spec)
	}
}

func hasFunc(file *ast.File, name string) bool {
	for _, d := range file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == name {
			return true
		}
	}
	return false
}

// TestUpToDate regenerates everything in memory and compares with the
// files in the tree: CI's "generated files are stale" check. It needs the
// pinned tarball, from the cache or downloaded (38 MB, once); it skips when
// neither works, with -short, or with STRATA_L1GEN_OFFLINE=1.
func TestUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	if _, err := loadTarball("", os.Getenv("STRATA_L1GEN_OFFLINE") != "1"); err != nil {
		t.Skip("the pinned aws-cdk-lib tarball is not available:", err)
	}
	files, _, err := generate("", false, repoRoot(t))
	if err != nil {
		t.Fatal(err)
	}
	stale, err := sync2(repoRoot(t), files, true)
	if err != nil {
		t.Fatal(err)
	}
	if len(stale) > 0 {
		if len(stale) > 20 {
			stale = append(stale[:20], "...")
		}
		t.Errorf("%d generated files are stale; run `go generate ./internal/tools/l1gen`:\n  %s", len(stale), strings.Join(stale, "\n  "))
	}
}

func TestSnake(t *testing.T) {
	for in, want := range map[string]string{
		"CfnBucket": "cfn_bucket", "CfnVPCEndpoint": "cfn_vpc_endpoint", "CfnDBInstance": "cfn_db_instance",
		"CfnEIP": "cfn_eip", "CfnIPAMPool": "cfn_ipam_pool", "CfnS3Bucket": "cfn_s3_bucket", "CfnApplicationV2": "cfn_application_v2",
	} {
		if got := snake(in); got != want {
			t.Errorf("snake(%s) = %s, want %s", in, got, want)
		}
	}
}

func TestParseConvert(t *testing.T) {
	src := `function convertCfnXPropsToCloudFormation(properties){return cdk().canInspect(properties)?(CfnXPropsValidator(properties).assertSuccess(),{BName:cdk().stringToCloudFormation(properties.bName),"Odd-Name":cdk().listMapper(cdk().unionMapper([a,b],[c,d]))(properties.odd),AName:cdk().hashMapper(convertCfnXYPropertyToCloudFormation)(properties.aName)}):properties}`
	f, err := indexJS(src)
	if err != nil {
		t.Fatal(err)
	}
	got := f.converts["CfnXProps"]
	want := []cfnEntry{{"BName", "bName"}, {"Odd-Name", "odd"}, {"AName", "aName"}}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("entry %d: got %v, want %v", i, got[i], want[i])
		}
	}
}

func TestParseStatic(t *testing.T) {
	cases := []struct {
		body, kind, template string
	}{
		{`return resource.bucketRef.bucketArn`, "arnForRef", ""},
		{`return new(cfn_parse()).TemplateString("arn:${Partition}:ec2:${Region}:${Account}:vpc/${VpcId}").interpolate({Partition:cdk().Stack.of(resource).partition,Region:resource.env.region,Account:resource.env.account,VpcId:resource.vpcRef.vpcId})`, "arnForTemplate", "arn:${Partition}:ec2:${Region}:${Account}:vpc/${VpcId}"},
		{`class Import extends cdk().Resource{vpcRef;constructor(scope2,id2,vpcId2){super(scope2,id2),this.vpcRef={vpcId:vpcId2}}}return new Import(scope,id,vpcId)`, "fromValue", ""},
	}
	for _, c := range cases {
		s, err := parseStatic("x", c.body)
		if err != nil {
			t.Errorf("%s: %v", c.kind, err)
			continue
		}
		if s.Kind != c.kind || s.Template != c.template {
			t.Errorf("got %s %q, want %s %q", s.Kind, s.Template, c.kind, c.template)
		}
	}
	if _, err := parseStatic("x", `return somethingNew()`); err == nil {
		t.Error("an unknown static body was accepted")
	}
}

// TestFormatted: generated files are gofmt-clean (they are formatted by
// go/format when written; this guards hand edits).
func TestFormatted(t *testing.T) {
	root := repoRoot(t)
	for _, rel := range []string{"awscdk/awss3/cfn_bucket_gen.go", "awscdk/cfn_stack_gen.go", "awscdk/interfaces/interfacesawss3/interfaces_gen.go"} {
		data, err := os.ReadFile(filepath.Join(root, rel))
		if err != nil {
			t.Fatal(err)
		}
		out, err := format.Source(data)
		if err != nil {
			t.Fatalf("%s: %v", rel, err)
		}
		if !bytes.Equal(out, data) {
			t.Errorf("%s is not gofmt-clean", rel)
		}
	}
}
