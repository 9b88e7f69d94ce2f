package main

import (
	"encoding/json"
	"fmt"
	"path"
	"sort"
	"strings"
	"unicode"
)

const (
	modulePath = "github.com/strata-cdk/strata"
	rootModule = "aws-cdk-lib"
)

// pkgInfo is a Go package of the generated surface.
type pkgInfo struct {
	Module     string // jsii submodule, e.g. aws-cdk-lib.aws_s3
	Name       string // Go package name, e.g. awss3
	Dir        string // directory relative to the repository root
	ImportPath string
}

// resource is one L1 class with everything needed to emit it.
type resource struct {
	Class   *jsiiType
	Props   *jsiiType
	CfnType string
	JS      *jsClass
	Order   map[string][]cfnEntry // struct fqn -> render order
	Structs []*jsiiType           // nested property types, by name
	File    string                // file name in the package directory
}

// service is one generated package of L1s (or the root package).
type service struct {
	Pkg       pkgInfo
	Resources []*resource
}

// refPackage is one generated interfaces package (interfacesawss3, ...).
type refPackage struct {
	Pkg   pkgInfo
	Types []*jsiiType
}

type model struct {
	asm      *assembly
	pkgs     map[string]pkgInfo // by jsii module
	Services []*service
	Refs     []*refPackage
}

// pkgFor returns the Go package of a jsii module.
func (m *model) pkgFor(module string) pkgInfo {
	if p, ok := m.pkgs[module]; ok {
		return p
	}
	var p pkgInfo
	p.Module = module
	switch {
	case module == rootModule:
		p.Name, p.Dir = "awscdk", "awscdk"
	case module == "constructs":
		p.Name, p.Dir = "constructs", "constructs"
	case strings.HasPrefix(module, rootModule+"."):
		dir := "awscdk"
		parts := strings.Split(strings.TrimPrefix(module, rootModule+"."), ".")
		for i := range parts {
			sub := rootModule + "." + strings.Join(parts[:i+1], ".")
			name := m.asm.Submodules[sub].Targets.Go.PackageName
			if name == "" {
				name = strings.ToLower(strings.ReplaceAll(parts[i], "_", ""))
			}
			dir = path.Join(dir, name)
			p.Name = name
		}
		p.Dir = dir
	default:
		panic("unknown jsii module " + module)
	}
	p.ImportPath = modulePath + "/" + p.Dir
	m.pkgs[module] = p
	return p
}

// goName is the Go name of a type inside its package: nested types are
// flattened with underscores (CfnBucket_CorsRuleProperty).
func (m *model) goName(t *jsiiType) string {
	mod := m.asm.module(t)
	if mod == "constructs" {
		return t.Name
	}
	return strings.ReplaceAll(strings.TrimPrefix(t.Fqn, mod+"."), ".", "_")
}

// pascal is jsii-go's name for a member: the first letter upper-cased.
func pascal(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func snake(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		if unicode.IsUpper(r) && i > 0 {
			prev := rs[i-1]
			nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
			if unicode.IsLower(prev) || unicode.IsDigit(prev) || (unicode.IsUpper(prev) && nextLower) {
				b.WriteByte('_')
			}
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func sameType(a, b *typeRef) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return string(x) == string(y)
}

// buildModel reads the assembly and the generated.js files into the model.
func buildModel(in *input) (*model, error) {
	asm, err := parseAssembly(in.assembly)
	if err != nil {
		return nil, fmt.Errorf("jsii assembly: %w", err)
	}
	m := &model{asm: asm, pkgs: map[string]pkgInfo{}}
	// constructs types are external to the assembly
	jsFiles := map[string]*jsFile{}
	jsFor := func(t *jsiiType) (*jsFile, error) {
		name := strings.TrimSuffix(t.LocationInModule.Filename, ".ts") + ".js"
		if f, ok := jsFiles[name]; ok {
			return f, nil
		}
		src, ok := in.js[name]
		if !ok {
			return nil, fmt.Errorf("%s: %s not in the tarball", t.Fqn, name)
		}
		f, err := indexJS(src)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		jsFiles[name] = f
		return f, nil
	}

	// nested types by the class they belong to
	nested := map[string][]*jsiiType{}
	for _, t := range asm.Types {
		if t.Namespace == "" {
			continue
		}
		owner := strings.TrimSuffix(t.Fqn, "."+t.Name)
		if o, ok := asm.Types[owner]; ok && isL1(o) {
			nested[owner] = append(nested[owner], t)
		}
	}

	services := map[string]*service{}
	var errs []string
	fqns := make([]string, 0, len(asm.Types))
	for fqn := range asm.Types {
		fqns = append(fqns, fqn)
	}
	sort.Strings(fqns)
	for _, fqn := range fqns {
		t := asm.Types[fqn]
		if !isL1(t) {
			continue
		}
		r, err := m.buildResource(t, nested[fqn], jsFor)
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		mod := asm.module(t)
		s := services[mod]
		if s == nil {
			s = &service{Pkg: m.pkgFor(mod)}
			services[mod] = s
			m.Services = append(m.Services, s)
		}
		s.Resources = append(s.Resources, r)
	}

	refs := map[string]*refPackage{}
	for _, fqn := range fqns {
		t := asm.Types[fqn]
		mod := asm.module(t)
		if !strings.HasPrefix(mod, rootModule+".interfaces.") {
			continue
		}
		rp := refs[mod]
		if rp == nil {
			rp = &refPackage{Pkg: m.pkgFor(mod)}
			refs[mod] = rp
			m.Refs = append(m.Refs, rp)
		}
		rp.Types = append(rp.Types, t)
	}
	sort.Slice(m.Services, func(i, j int) bool { return m.Services[i].Pkg.Dir < m.Services[j].Pkg.Dir })
	sort.Slice(m.Refs, func(i, j int) bool { return m.Refs[i].Pkg.Dir < m.Refs[j].Pkg.Dir })
	for _, s := range m.Services {
		files := map[string]string{}
		for _, r := range s.Resources {
			r.File = snake(r.Class.Name) + "_gen.go"
			if other, dup := files[r.File]; dup {
				errs = append(errs, fmt.Sprintf("%s and %s both map to %s/%s", other, r.Class.Fqn, s.Pkg.Dir, r.File))
			}
			files[r.File] = r.Class.Fqn
		}
	}
	if len(errs) > 0 {
		sort.Strings(errs)
		return nil, fmt.Errorf("%d problems:\n  %s", len(errs), strings.Join(errs, "\n  "))
	}
	return m, nil
}

func (m *model) buildResource(t *jsiiType, nested []*jsiiType, jsFor func(*jsiiType) (*jsFile, error)) (*resource, error) {
	r := &resource{Class: t, CfnType: t.Docs.Custom["cloudformationResource"], Order: map[string][]cfnEntry{}}
	if t.Initializer == nil || len(t.Initializer.Parameters) != 3 {
		return nil, fmt.Errorf("%s: unexpected constructor", t.Fqn)
	}
	r.Props = m.asm.Types[t.Initializer.Parameters[2].Type.Fqn]
	if r.Props == nil {
		return nil, fmt.Errorf("%s: props type not found", t.Fqn)
	}
	f, err := jsFor(t)
	if err != nil {
		return nil, err
	}
	body, err := f.classBody(t.Fqn)
	if err != nil {
		return nil, err
	}
	if r.JS, err = parseClass(body); err != nil {
		return nil, fmt.Errorf("%s: %w", t.Fqn, err)
	}
	sort.Slice(nested, func(i, j int) bool { return nested[i].Name < nested[j].Name })
	r.Structs = nested
	for _, st := range append([]*jsiiType{r.Props}, nested...) {
		if st.Kind != "interface" || !st.Datatype {
			return nil, fmt.Errorf("%s: not a struct", st.Fqn)
		}
		fn := t.Name + st.Name
		if st == r.Props {
			fn = st.Name
		}
		entries, ok := f.converts[fn]
		if !ok {
			return nil, fmt.Errorf("%s: convert%sToCloudFormation not found", st.Fqn, fn)
		}
		// every jsii property renders exactly once
		seen := map[string]bool{}
		for _, e := range entries {
			if prop(st, e.Prop) == nil {
				return nil, fmt.Errorf("%s: renders unknown property %s", st.Fqn, e.Prop)
			}
			if seen[e.Prop] {
				return nil, fmt.Errorf("%s: renders %s twice", st.Fqn, e.Prop)
			}
			seen[e.Prop] = true
		}
		for _, p := range st.Properties {
			if !seen[p.Name] {
				return nil, fmt.Errorf("%s: property %s is not rendered", st.Fqn, p.Name)
			}
		}
		r.Order[st.Fqn] = entries
	}
	// attributes
	for _, p := range t.Properties {
		if p.Static || !strings.HasPrefix(p.Name, "attr") || p.Name == r.JS.RefName {
			continue
		}
		a, ok := r.JS.Attrs[p.Name]
		if !ok {
			if prop(r.Props, p.Name) != nil {
				continue // a property that happens to start with "attr"
			}
			return nil, fmt.Errorf("%s: attribute getter %s not found", t.Fqn, p.Name)
		}
		want := map[string]string{"String": `{"primitive":"string"}`, "Number": `{"primitive":"number"}`,
			"List": `{"collection":{"kind":"array","elementtype":{"primitive":"string"}}}`}[a.As]
		got, _ := json.Marshal(p.Type)
		if a.As != "" && string(got) != want {
			return nil, fmt.Errorf("%s.%s: Token.as%s for type %s", t.Fqn, p.Name, a.As, got)
		}
	}
	// tags
	if tg := r.JS.Tags; tg != nil {
		tp := prop(r.Props, tg.PropName)
		if tp == nil {
			return nil, fmt.Errorf("%s: tag property %s not in props", t.Fqn, tg.PropName)
		}
		var cfn string
		for _, e := range r.Order[r.Props.Fqn] {
			if e.Prop == tg.PropName {
				cfn = e.Cfn
			}
		}
		if cfn != pascal(tg.PropName) {
			return nil, fmt.Errorf("%s: tags render as %s, the core expects %s", t.Fqn, cfn, pascal(tg.PropName))
		}
		iface := map[string]string{"tags": rootModule + ".ITaggable", "cdkTagManager": rootModule + ".ITaggableV2"}[tg.Field]
		if !contains(t.Interfaces, iface) {
			return nil, fmt.Errorf("%s: %s without %s", t.Fqn, tg.Field, iface)
		}
	} else if contains(t.Interfaces, rootModule+".ITaggable") || contains(t.Interfaces, rootModule+".ITaggableV2") {
		return nil, fmt.Errorf("%s: taggable without a tag manager", t.Fqn)
	}
	// class properties mirror the props
	for _, p := range t.Properties {
		if p.Static || p.Protected || r.JS.Attrs[p.Name] != (jsAttr{}) || p.Name == r.JS.RefName ||
			(p.Type.Fqn == rootModule+".TagManager") {
			continue
		}
		pp := r.propsField(p)
		if pp == nil {
			return nil, fmt.Errorf("%s: class property %s has no props field", t.Fqn, p.Name)
		}
		if !sameType(pp.Type, p.Type) {
			rp := r.refProp(pp.Name)
			want := `{"primitive":"string"}`
			if rp != nil && rp.List {
				want = `{"collection":{"kind":"array","elementtype":{"primitive":"string"}}}`
			}
			got, _ := json.Marshal(p.Type)
			if rp == nil || string(got) != want {
				return nil, fmt.Errorf("%s: class property %s and its props field differ in type", t.Fqn, p.Name)
			}
		}
	}
	for _, mt := range t.Methods {
		switch {
		case mt.Name == "inspect" || mt.Name == "renderProperties" || mt.Name == "is"+t.Name:
		case r.JS.Statics[mt.Name] != nil:
		default:
			return nil, fmt.Errorf("%s: method %s unknown to the generator", t.Fqn, mt.Name)
		}
	}
	for _, p := range t.Properties {
		if p.Static && p.Name != "CFN_RESOURCE_TYPE_NAME" && p.Name != "REQUIRED_TRANSFORM" {
			return nil, fmt.Errorf("%s: static %s unknown to the generator", t.Fqn, p.Name)
		}
	}
	return r, nil
}

// refProp returns the reference conversion of props field name, if any.
func (r *resource) refProp(name string) *jsRefProp {
	for i := range r.JS.RefProps {
		if r.JS.RefProps[i].Prop == name {
			return &r.JS.RefProps[i]
		}
	}
	return nil
}

// propsField is the props field behind a class property (tagsRaw -> tags).
func (r *resource) propsField(p *property) *property {
	if pp := prop(r.Props, p.Name); pp != nil {
		return pp
	}
	if strings.HasSuffix(p.Name, "Raw") {
		return prop(r.Props, strings.TrimSuffix(p.Name, "Raw"))
	}
	return nil
}

func prop(t *jsiiType, name string) *property {
	for _, p := range t.Properties {
		if p.Name == name {
			return p
		}
	}
	return nil
}

func contains(xs []string, x string) bool {
	for _, s := range xs {
		if s == x {
			return true
		}
	}
	return false
}
