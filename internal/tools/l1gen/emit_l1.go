package main

import (
	"fmt"
	"sort"
	"strings"
)

// emitResource writes one L1: its interface, props struct, nested property
// types, implementation, constructor and statics.
func (m *model) emitResource(s *service, r *resource) ([]byte, error) {
	f := m.newFile(s.Pkg)
	root := s.Pkg.Module == rootModule
	c := r.Class
	name := c.Name
	impl := lowerFirst(name)
	core := f.core()
	js := f.jsii()
	typeName := quote(r.CfnType)

	// the reference interface this L1 implements, and its getter
	var refIface, refStruct *jsiiType
	var refProp *property
	for _, i := range c.Interfaces {
		if !strings.HasPrefix(i, rootModule+".interfaces.") {
			continue
		}
		t := m.asm.Types[i]
		if t == nil || len(t.Properties) != 1 {
			return nil, fmt.Errorf("%s: unexpected reference interface %s", c.Fqn, i)
		}
		if refIface != nil {
			return nil, fmt.Errorf("%s: two reference interfaces", c.Fqn)
		}
		refIface, refProp = t, t.Properties[0]
		refStruct = m.asm.Types[refProp.Type.Fqn]
		if refProp.Name != r.JS.RefName {
			return nil, fmt.Errorf("%s: reference getter %s, generated.js has %q", c.Fqn, refProp.Name, r.JS.RefName)
		}
	}

	var attrs, members []*property
	for _, p := range c.Properties {
		switch {
		case p.Static || p.Protected:
		case r.JS.Attrs[p.Name] != (jsAttr{}):
			attrs = append(attrs, p)
		case refProp != nil && p.Name == refProp.Name:
		case p.Type.Fqn == rootModule+".TagManager":
		default:
			members = append(members, p)
		}
	}

	// the interface
	see := []string{}
	if c.Docs.See != "" {
		see = append(see, "", "See: "+c.Docs.See)
	}
	f.doc("", c.Docs, see...)
	f.p("type %s interface {", name)
	f.p("\t%sCfnResource", core)
	for _, i := range c.Interfaces {
		f.p("\t%s", f.qual(i))
	}
	for _, p := range attrs {
		f.doc("\t", p.Docs)
		f.p("\t%s() %s", pascal(p.Name), f.goType(p.Type))
	}
	for _, p := range members {
		f.doc("\t", p.Docs)
		f.p("\t%s() %s", pascal(p.Name), f.goType(p.Type))
		if !p.Immutable {
			f.p("\tSet%s(val %s)", pascal(p.Name), f.goType(p.Type))
		}
	}
	f.p("}")
	f.p("")

	// props and nested property types
	for _, rp := range r.JS.RefProps {
		f.skipDesc[r.Props.Fqn+"."+rp.Prop] = true
	}
	f.emitStruct(r.Props, r.Order[r.Props.Fqn])
	for _, st := range r.Structs {
		f.emitStruct(st, r.Order[st.Fqn])
	}

	// the implementation
	tg := r.JS.Tags
	f.p("type %s struct {", impl)
	f.p("\t_ [0]func() // not comparable: spares the compiler an equality function")
	if root {
		// package awscdk cannot import l1base and has its own copy
		f.p("\tcfnL1Base")
	} else {
		// l1base.CfnBase rather than the awscdk.CfnResource interface: see
		// l1base's doc for the compile time it saves
		f.p("\t%sCfnBase", f.base())
	}
	f.p("\tprops %s", m.goName(r.Props))
	if tg != nil {
		f.p("\ttags %sTagManager", core)
	}
	f.p("}")
	f.p("")

	// constructor
	f.p("// New%s creates a new `%s`.", name, r.CfnType)
	f.p("func New%s(scope %sConstruct, id *string, props *%s) %s {", name, f.constructors(), m.goName(r.Props), name)
	f.p("\tr := &%s{}", impl)
	f.p("\tif props != nil {")
	f.p("\t\tr.props = *props")
	f.p("\t}")
	f.p("\tr.CfnResource = %sNewCfnResource(scope, id, &%sCfnResourceProps{Type: %sString(%s)})", core, core, js, typeName)
	if tg != nil {
		opts := fmt.Sprintf("&%sTagManagerOptions{TagPropertyName: %sString(%s)}", core, js, quote(tg.PropName))
		tagType := core + "TagType_" + tg.TagType
		if tg.Field == "tags" {
			initial := "nil"
			if tg.Initial != "" {
				initial = "r.props." + pascal(tg.Initial)
			}
			f.p("\tr.tags = %sNewTagManager(%s, %sString(%s), %s, %s)", core, tagType, js, typeName, initial, opts)
		} else {
			f.p("\tr.tags = %sTags{%sNewTagManager(%s, %sString(%s), nil, %s), r}", impl, core, tagType, js, typeName, opts)
		}
	}
	for _, rp := range r.JS.RefProps {
		p := prop(r.Props, rp.Prop)
		fn := "Ref"
		if rp.List {
			fn = "RefList"
			if f.goType(p.Type) != "*[]interface{}" {
				return nil, fmt.Errorf("%s.%s: reference list of type %s", r.Props.Fqn, rp.Prop, f.goType(p.Type))
			}
		} else if f.goType(p.Type) != "interface{}" {
			return nil, fmt.Errorf("%s.%s: reference of type %s", r.Props.Fqn, rp.Prop, f.goType(p.Type))
		}
		alts := []string{}
		for _, a := range rp.Alts {
			alts = append(alts, quote(pascal(a[0])+"."+pascal(a[1])))
		}
		f.p("\tr.props.%s = %s%s(r, r.props.%s, %s, %s, %s)", pascal(rp.Prop), f.rt(), fn, pascal(rp.Prop), quote(rp.Prop), quote(rp.Desc), strings.Join(alts, ", "))
	}
	if root {
		f.p("\t%sValidate(r, &r.props, Token_IsUnresolved)", f.rt())
	} else {
		f.p("\t%sValidate(r, &r.props, %sToken_IsUnresolved)", f.rt(), core)
	}
	if r.JS.Stateful {
		// inside an L2, a stateful resource needs a removal policy
		f.p("\tif sc := r.Node().Scope(); sc != nil && *%sResource_IsResource(sc) {", core)
		f.p("\t\t%sRequire(r, %s, func() bool { return r.CfnOptions().DeletionPolicy() != \"\" })", f.rt(), quote(r.JS.StatefulMsg))
		f.p("\t}")
	}
	if r.JS.Transform {
		f.p("\tr.Stack().AddTransform(%s_REQUIRED_TRANSFORM())", name)
	}
	if root {
		f.p("\tinitL1(r.CfnResource, r, &r.props)")
	} else {
		f.p("\t%sInit(r.CfnResource, r, &r.props)", f.use(pkgInfo{Name: "l1", ImportPath: modulePath + "/internal/l1"}))
	}
	f.p("\treturn r")
	f.p("}")
	f.p("")

	f.p("// New%s_Override initializes c, a struct embedding %s, as a new `%s` (jsii's way of extending a class).", name, name, r.CfnType)
	f.p("func New%s_Override(c %s, scope %sConstruct, id *string, props *%s) {", name, name, f.constructs(), m.goName(r.Props))
	f.p("\t%sOverride(c, New%s(scope, id, props))", f.rt(), name)
	f.p("}")
	f.p("")

	// statics
	f.p("// %s_CFN_RESOURCE_TYPE_NAME is the CloudFormation resource type of %s.", name, name)
	f.p("func %s_CFN_RESOURCE_TYPE_NAME() *string { return %sString(%s) }", name, js, typeName)
	f.p("")
	if r.JS.TransformValue != "" {
		f.p("// %s_REQUIRED_TRANSFORM is the transform a stack needs for %s.", name, name)
		f.p("func %s_REQUIRED_TRANSFORM() *string { return %sString(%s) }", name, js, quote(r.JS.TransformValue))
		f.p("")
	}
	f.p("// %s_Is%s reports whether x is a %s.", name, name, name)
	f.p("func %s_Is%s(x interface{}) *bool {", name, name)
	f.p("\tres, ok := x.(%sCfnResource)", core)
	f.p("\treturn %sBool(ok && *res.CfnResourceType() == %s)", js, typeName)
	f.p("}")
	f.p("")
	// inherited statics, unless the class's own static has the name
	// (awsapigateway.CfnResource_IsCfnResource)
	for _, inh := range [][2]string{{"IsCfnElement", "CfnElement"}, {"IsCfnResource", "CfnResource"}} {
		if "Is"+name == inh[0] {
			continue
		}
		f.p("// %s_%s reports whether x is a %s.", name, inh[0], inh[1])
		f.p("func %s_%s(x interface{}) *bool { return %s%s_%s(x) }", name, inh[0], core, inh[1], inh[0])
		f.p("")
	}
	f.p("// %s_IsConstruct reports whether x is a construct.", name)
	f.p("func %s_IsConstruct(x interface{}) *bool { return %sConstruct_IsConstruct(x) }", name, f.constructs())
	f.p("")
	if err := f.emitFactories(r, refIface, refStruct, impl); err != nil {
		return nil, err
	}

	// methods
	for _, p := range attrs {
		a := r.JS.Attrs[p.Name]
		hint := `""`
		if a.Hint != "" {
			hint = core + "ResolutionTypeHint_" + a.Hint
		}
		get := fmt.Sprintf("r.GetAtt(%sString(%s), %s)", js, quote(a.Name), hint)
		switch a.As {
		case "String":
			get = fmt.Sprintf("%sToken_AsString(%s, nil)", core, get)
		case "List":
			get = fmt.Sprintf("%sToken_AsList(%s, nil)", core, get)
		case "Number":
			get = fmt.Sprintf("%sToken_AsNumber(%s)", core, get)
		}
		f.p("func (r *%s) %s() %s { return %s }", impl, pascal(p.Name), f.goType(p.Type), get)
	}
	for _, p := range members {
		pp := r.propsField(p)
		field := pascal(pp.Name)
		get, set := "r.props."+field, "val"
		if rp := r.refProp(pp.Name); rp != nil && !sameType(p.Type, pp.Type) {
			// the getter returns the string a reference was turned into
			if rp.List {
				get, set = f.rt()+"Strings(r.props."+field+")", f.rt()+"Any(val)"
			} else {
				get = f.rt() + "String(r.props." + field + ")"
			}
		}
		f.p("func (r *%s) %s() %s { return %s }", impl, pascal(p.Name), f.goType(p.Type), get)
		if !p.Immutable {
			f.p("func (r *%s) Set%s(val %s) { r.props.%s = %s }", impl, pascal(p.Name), f.goType(p.Type), field, set)
		}
	}
	if tg != nil {
		getter := map[string]string{"tags": "Tags", "cdkTagManager": "CdkTagManager"}[tg.Field]
		f.p("func (r *%s) %s() %sTagManager { return r.tags }", impl, getter, core)
		if tg.Field == "cdkTagManager" {
			f.p("")
			f.p("// %sTags renders the tags of the tag manager together with the props' %s, read at synth as aws-cdk-lib does.", impl, tg.PropName)
			f.p("type %sTags struct {", impl)
			f.p("\t%sTagManager", core)
			f.p("\tr *%s", impl)
			f.p("}")
			f.p("")
			f.p("func (t %sTags) RenderTags(combineWithTags interface{}) interface{} {", impl)
			f.p("\tif combineWithTags == nil {")
			f.p("\t\tcombineWithTags = t.r.props.%s", pascal(tg.PropName))
			f.p("\t}")
			f.p("\treturn t.TagManager.RenderTags(combineWithTags)")
			f.p("}")
		}
	}
	if refProp != nil {
		q := f.qual(refStruct.Fqn)
		var fields []string
		for _, rf := range r.JS.Ref {
			if prop(refStruct, rf.Field) == nil {
				return nil, fmt.Errorf("%s: reference field %s not in %s", c.Fqn, rf.Field, refStruct.Fqn)
			}
			var v string
			switch rf.Kind {
			case "ref":
				v = "r.Ref()"
			case "attr":
				v = "r." + pascal(rf.Name) + "()"
			case "select":
				v = fmt.Sprintf("%sFn_Select(%sNumber(%d), %sFn_Split(%sString(\"|\"), r.Ref(), nil))", core, js, rf.Index, core, js)
			case "prop":
				cp := prop(c, rf.Name)
				if cp == nil {
					return nil, fmt.Errorf("%s: reference field %s from unknown property %s", c.Fqn, rf.Field, rf.Name)
				}
				if f.goType(cp.Type) != "*string" {
					return nil, fmt.Errorf("%s: reference field %s from %s of type %s", c.Fqn, rf.Field, rf.Name, f.goType(cp.Type))
				}
				v = "r." + pascal(cp.Name) + "()"
			}
			fields = append(fields, fmt.Sprintf("%s: %s", pascal(rf.Field), v))
		}
		f.p("func (r *%s) %s() *%s { return &%s{%s} }", impl, pascal(refProp.Name), q, q, strings.Join(fields, ", "))
	}
	f.p("")
	f.p("// Inspect reports the resource's type, logical ID and props to the construct tree.")
	f.p("func (r *%s) Inspect(inspector %sTreeInspector) {", impl, core)
	f.p("\tinspector.AddAttribute(%sString(\"aws:cdk:cloudformation:type\"), %sString(%s))", js, js, typeName)
	f.p("\tinspector.AddAttribute(%sString(\"aws:cdk:cloudformation:logicalId\"), r.LogicalId())", js)
	f.p("\tinspector.AddAttribute(%sString(\"aws:cdk:cloudformation:props\"), &r.props)", js)
	f.p("}")
	return f.bytes()
}

func (f *file) constructors() string { return f.constructs() }

// emitFactories writes the jsii statics fromXxx and arnForXxx, and the type
// of the constructs the factories return.
func (f *file) emitFactories(r *resource, refIface, refStruct *jsiiType, impl string) error {
	root := f.pkg.Module == rootModule
	c := r.Class
	var names []string
	for n := range r.JS.Statics {
		names = append(names, n)
	}
	sort.Strings(names)
	if len(names) == 0 {
		return nil
	}
	if refIface == nil {
		return fmt.Errorf("%s: factories without a reference interface", c.Fqn)
	}
	core, js := f.core(), f.jsii()
	refQ, structQ := f.qual(refIface.Fqn), f.qual(refStruct.Fqn)
	imported := "import" + c.Name
	needImport := false
	for _, n := range names {
		s := r.JS.Statics[n]
		var mt *callable
		for _, x := range c.Methods {
			if x.Name == n && x.Static {
				mt = x
			}
		}
		if mt == nil {
			return fmt.Errorf("%s: static %s not in the assembly", c.Fqn, n)
		}
		var params []string
		pname := map[string]string{}
		for _, p := range mt.Parameters {
			pname[p.Name] = param(p.Name)
			params = append(params, param(p.Name)+" "+f.goType(p.Type))
		}
		if s.Param != "" && pname[s.Param] == "" {
			return fmt.Errorf("%s.%s: generated.js parameter %s not in the assembly", c.Fqn, n, s.Param)
		}
		ret := f.goType(mt.Returns.Type)
		d := mt.Docs
		if d.Summary == "" {
			d.Summary = map[bool]string{true: "Returns the ARN of the resource a reference points to.", false: "Creates a reference to an existing resource."}[strings.HasPrefix(n, "arnFor")]
		}
		f.doc("", d)
		f.p("func %s_%s(%s) %s {", c.Name, pascal(n), strings.Join(params, ", "), ret)
		vars := func(from string) (string, error) {
			var kv []string
			for _, v := range s.Vars {
				var e string
				switch {
				case v.From == "partition":
					e = "st.Partition()"
				case v.From == "region":
					e = "st.Region()"
				case v.From == "account":
					e = "st.Account()"
				case v.From == "env.region":
					e = "resource.Env().Region"
				case v.From == "env.account":
					e = "resource.Env().Account"
				case strings.HasPrefix(v.From, "ref:"):
					e = fmt.Sprintf("resource.%s().%s", pascal(refIface.Properties[0].Name), pascal(strings.TrimPrefix(v.From, "ref:")))
				case v.From == "param":
					e = pname[s.Param]
				}
				kv = append(kv, fmt.Sprintf("%q: %s", v.Name, e))
			}
			if strings.Contains(strings.Join(kv, ","), "st.") {
				f.p("\tst := %sStack_Of(%s)", core, from)
			}
			return fmt.Sprintf("%sInterpolate(%s, map[string]*string{%s})", f.rt(), quote(s.Template), strings.Join(kv, ", ")), nil
		}
		refLit := func(arn string) (string, error) {
			var fields []string
			for _, rf := range s.Ref {
				if prop(refStruct, rf.Field) == nil {
					return "", fmt.Errorf("%s.%s: reference field %s not in %s", c.Fqn, n, rf.Field, refStruct.Fqn)
				}
				var v string
				switch {
				case rf.From == "arn":
					v = arn
				case rf.From == "param":
					v = pname[s.Param]
				case strings.HasPrefix(rf.From, "var:"):
					v = fmt.Sprintf("vars[%q]", strings.TrimPrefix(rf.From, "var:"))
				}
				fields = append(fields, fmt.Sprintf("%s: %s", pascal(rf.Field), v))
			}
			return fmt.Sprintf("%s{%s}", structQ, strings.Join(fields, ", ")), nil
		}
		switch s.Kind {
		case "arnForRef":
			f.p("\treturn resource.%s().%s", pascal(refIface.Properties[0].Name), pascal(s.Result))
		case "arnForTemplate":
			e, err := vars("resource")
			if err != nil {
				return err
			}
			f.p("\treturn %s", e)
		case "fromArn", "fromArnOnly":
			needImport = true
			if s.Kind == "fromArn" {
				f.p("\tvars := %sParseArn(%s, arn)", f.rt(), quote(s.Template))
			}
			lit, err := refLit("arn")
			if err != nil {
				return err
			}
			f.p("\treturn %s(scope, id, arn, %s)", imported, lit)
		case "fromInterpolated":
			needImport = true
			e, err := vars("scope")
			if err != nil {
				return err
			}
			f.p("\tarn := %s", e)
			lit, err := refLit("arn")
			if err != nil {
				return err
			}
			f.p("\treturn %s(scope, id, arn, %s)", imported, lit)
		case "fromValue":
			needImport = true
			lit, err := refLit("")
			if err != nil {
				return err
			}
			f.p("\treturn %s(scope, id, nil, %s)", imported, lit)
		default:
			return fmt.Errorf("%s.%s: unknown factory kind %s", c.Fqn, n, s.Kind)
		}
		f.p("}")
		f.p("")
		if !strings.HasSuffix(ret, refQ) && s.Kind != "arnForRef" && s.Kind != "arnForTemplate" {
			return fmt.Errorf("%s.%s returns %s", c.Fqn, n, ret)
		}
	}
	_ = js
	if needImport {
		impType := "imported" + c.Name
		f.p("// %s is a %s that lives outside this app, made by a %s factory:", impType, c.Name, c.Name)
		f.p("// a Resource whose environment comes from its ARN, when it has one.")
		f.p("type %s struct {", impType)
		if root {
			f.p("\tResource")
		} else {
			f.p("\t%sResourceBase", f.base())
		}
		f.p("\tref %s", structQ)
		f.p("}")
		f.p("")
		f.p("func %s(scope %sConstruct, id *string, arn *string, ref %s) %s {", imported, f.constructs(), structQ, refQ)
		f.p("\ti := &%s{ref: ref}", impType)
		if root {
			f.p("\t%sOverride(i, NewResource(scope, id, &ResourceProps{EnvironmentFromArn: arn}))", f.rt())
		} else {
			f.p("\ti.InitResource(i, %sNewResource(scope, id, &%sResourceProps{EnvironmentFromArn: arn}))", core, core)
		}
		f.p("\treturn i")
		f.p("}")
		f.p("")
		f.p("func (i *%s) %s() *%s { return &i.ref }", impType, pascal(refIface.Properties[0].Name), structQ)
		f.p("")
	}
	return nil
}
