package awscdk

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/awscdk/cxapi"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/assembly"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/internal/tree"
)

// failSynth reports a failed synthesis the way aws-cdk-go does: a panic,
// here with a *diag.SynthError holding every problem. `defer jsii.Close()`
// in main prints it and exits 1; package synth returns it as an error.
// Library code never exits the program itself.
func failSynth(err error) {
	var se *diag.SynthError
	if !errors.As(err, &se) {
		// Writing the assembly failed: not the program's mistake, but
		// still one to report cleanly, not with a trace.
		se = &diag.SynthError{Diagnostics: diag.Diagnostics{diag.Errorf("", "%v", err)}}
	}
	panic(se)
}

// synthesize runs the whole pipeline for the app (or stage) root and
// writes the assembly atomically into its outdir.
func synthesize(root *stage, options *StageSynthesisOptions) (cxapi.CloudAssembly, error) {
	var ds diag.Diagnostics
	ds.Append(treeErrors(root)...)
	outdir := root.outdir
	if outdir == "" {
		tmp, err := os.MkdirTemp("", "cdk.out")
		if err != nil {
			return nil, err
		}
		outdir = tmp
		root.outdir = tmp
	}
	st, err := assembly.NewStage(outdir)
	if err != nil {
		return nil, err
	}
	order, err := synthesizeInto(root, st, options, &ds)
	// Mistakes recorded on the tree while preparing count too.
	ds.Append(treeErrors(root)...)
	if err == nil && len(ds) > 0 {
		err = dedupe(ds).Err()
	}
	if err == nil {
		// Assets wait in a workspace until the assembly holding them is
		// complete (asset_staging.go).
		err = stageAssets(root, st.Dir)
	}
	if err != nil {
		st.Abort()
		return nil, err
	}
	if err := st.Commit(); err != nil {
		st.Abort()
		return nil, err
	}
	releaseStagedAssets(root)
	return cxapi.Load(outdir, order...)
}

// synthesizeInto prepares, validates and writes one stage (the app, or a
// nested Stage into its assembly-* directory). It returns the ids of the
// stacks written, in order; user mistakes go to ds.
func synthesizeInto(root *stage, st *assembly.Stage, options *StageSynthesisOptions, ds *diag.Diagnostics) ([]string, error) {
	collect := func(f func()) {
		if d := catchResolve(f); d != nil {
			ds.Append(d)
		}
	}
	items := synthOrder(root)
	// Nested stages are complete assemblies of their own, synthesized first.
	for _, it := range items {
		if it.stage == nil {
			continue
		}
		dir := filepath.Join(st.Dir, *it.stage.ArtifactId())
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, err
		}
		if _, err := synthesizeInto(it.stage, &assembly.Stage{Dir: dir}, options, ds); err != nil {
			return nil, err
		}
	}
	collect(func() {
		if msg := invokeAspects(root); msg != nil {
			ds.Append(diag.Errorf(*root.Node().Path(), "%s", *msg))
		}
	})
	var stacks []*stack
	for _, it := range items {
		if it.stack != nil {
			stacks = append(stacks, it.stack)
		}
	}
	collect(func() { injectMetadataResources(stacks) })
	collect(func() { applyConstructDependencies(root) })
	resolveReferences(root, ds)
	if options == nil || !boolOr(options.SkipValidation, false) {
		validateTree(root, ds)
	}
	// The synthesizer adds its elements (BootstrapVersion, ...) last, as
	// aws-cdk-lib does when it synthesizes each stack.
	for _, s := range stacks {
		s := s
		collect(func() {
			if p, ok := s.synthesizer.(interface{ prepareForSynth() }); ok {
				p.prepareForSynth()
			}
		})
	}
	if len(*ds) > 0 {
		return nil, nil
	}
	w := &assemblyWriter{stage: st, root: root, artifacts: ojson.New()}
	// aws-cdk-lib registers nested assemblies before anything else.
	for _, it := range items {
		if it.stage != nil {
			id := *it.stage.ArtifactId()
			w.addArtifact(id, &assembly.Artifact{Type: assembly.TypeNested,
				Properties: &assembly.NestedAssemblyProperties{DirectoryName: id, DisplayName: *it.stage.Node().Path()}})
		}
	}
	var order []string
	for _, it := range items {
		if it.stage != nil {
			continue
		}
		s := it.stack
		var serr error
		d := catchResolve(func() { serr = w.synthStack(s) })
		if d != nil {
			ds.Append(d)
			continue
		}
		if serr != nil {
			if de, ok := serr.(*diag.Diagnostic); ok {
				ds.Append(de)
				continue
			}
			return nil, serr
		}
		order = append(order, s.artifactID)
	}
	if len(*ds) > 0 {
		return nil, nil
	}
	if err := w.finish(); err != nil {
		return nil, err
	}
	return order, nil
}

// treeErrors returns the mistakes recorded while building root's tree.
func treeErrors(root constructs.IConstruct) diag.Diagnostics {
	if st := tree.RootOf(root.Node()); st != nil {
		return st.Errors
	}
	return nil
}

// synthItem is a stack or a nested stage, in synthesis order.
type synthItem struct {
	stack *stack
	stage *stage
}

// synthOrder lists the stacks and nested stages of root in the order
// aws-cdk-lib synthesizes them: a post-order walk of the tree that does not
// enter nested stages.
func synthOrder(root *stage) []synthItem {
	var out []synthItem
	var visit func(c constructs.IConstruct)
	visit = func(c constructs.IConstruct) {
		if st, ok := c.(Stage); ok && st.stageImpl() != root {
			out = append(out, synthItem{stage: st.stageImpl()})
			return
		}
		for _, ch := range *c.Node().Children() {
			visit(ch)
		}
		if s, ok := c.(Stack); ok {
			out = append(out, synthItem{stack: s.stackImpl()})
		}
	}
	visit(root)
	return out
}

func dedupe(ds diag.Diagnostics) diag.Diagnostics {
	var out diag.Diagnostics
	seen := map[string]bool{}
	for _, d := range ds {
		k := d.Error()
		if !seen[k] {
			seen[k] = true
			out = append(out, d)
		}
	}
	return out
}

// cdkMetadataRegions are the regions where the AWS::CDK::Metadata resource
// exists, in aws-cdk-lib 2.276.0's region facts.
var cdkMetadataRegions = []string{"af-south-1", "ap-east-1", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-south-1", "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4", "ca-central-1", "ca-west-1", "cn-north-1", "cn-northwest-1", "eu-central-1", "eu-central-2", "eu-north-1", "eu-south-1", "eu-south-2", "eu-west-1", "eu-west-2", "eu-west-3", "il-central-1", "me-central-1", "me-south-1", "sa-east-1", "us-east-1", "us-east-2", "us-west-1", "us-west-2"}

func injectMetadataResources(stacks []*stack) {
	for _, s := range stacks {
		if !s.versionReporting || s.Node().TryFindChild(str("CDKMetadata")) != nil {
			continue
		}
		available := isUnresolved(s.region)
		for _, r := range cdkMetadataRegions {
			if r == s.region {
				available = true
			}
		}
		scope := constructs.NewConstruct(s, str("CDKMetadata"))
		if !available {
			continue
		}
		res := NewCfnResource(scope, str("Default"), &CfnResourceProps{Type: str("AWS::CDK::Metadata"),
			Properties: &map[string]interface{}{"Analytics": analyticsString(s)}})
		if isUnresolved(s.region) {
			var eqs []ICfnConditionExpression
			for _, r := range cdkMetadataRegions {
				eqs = append(eqs, Fn_ConditionEquals(Aws_REGION(), r))
			}
			c := NewCfnCondition(scope, str("Condition"), &CfnConditionProps{Expression: Fn_ConditionOr(eqs...)})
			c.OverrideLogicalId(str("CDKMetadataAvailable"))
			res.CfnOptions().SetCondition(c)
		}
	}
}

// analyticsString reports which constructs the stack uses, compressed, in
// the format of aws-cdk-lib's version reporting.
func analyticsString(s *stack) string {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	fmt.Fprintf(zw, "1.0.0!strata")
	zw.Close()
	return "v2:deflate64:" + base64.StdEncoding.EncodeToString(buf.Bytes())
}

// applyConstructDependencies turns node.AddDependency between constructs
// into dependencies between the resources below them.
func applyConstructDependencies(root constructs.IConstruct) {
	found := map[constructs.Node]map[constructs.Node]bool{}
	for _, src := range *root.Node().FindAll(constructs.ConstructOrder_PREORDER) {
		for _, tgt := range *src.Node().Dependencies() {
			if found[src.Node()] == nil {
				found[src.Node()] = map[constructs.Node]bool{}
			}
			if found[src.Node()][tgt.Node()] {
				continue
			}
			found[src.Node()][tgt.Node()] = true
			targets := cfnResourcesUnder(tgt)
			sources := cfnResourcesUnder(src)
			for _, t := range targets {
				for _, s := range sources {
					s.AddResourceDependency(t, nil)
				}
			}
			if len(targets) == 0 || len(sources) == 0 {
				// stacks depending on stacks still order deployment
				if ss, ts := stackOf(src), stackOf(tgt); ss != nil && ts != nil && ss != ts {
					if _, isStack := src.(Stack); isStack {
						ss.addAssemblyDependency(ts, "{"+*src.Node().Path()+"}.node.addDependency({"+*tgt.Node().Path()+"})")
					}
				}
			}
		}
	}
}

func cfnResourcesUnder(c constructs.IConstruct) []CfnResource {
	var out []CfnResource
	for _, x := range *c.Node().FindAll(constructs.ConstructOrder_PREORDER) {
		if r, ok := x.(CfnResource); ok {
			out = append(out, r)
		}
	}
	return out
}

// elementsOf lists the template elements of a stack, depth first, not
// descending into other stacks.
func elementsOf(c constructs.IConstruct, into []CfnElement) []CfnElement {
	if e, ok := c.(CfnElement); ok {
		into = append(into, e)
	}
	for _, ch := range *c.Node().Children() {
		if _, isStack := ch.(Stack); isStack {
			continue
		}
		into = elementsOf(ch, into)
	}
	return into
}

// resolveReferences finds references from one stack to another and
// replaces them, for the consuming stack, by an import or a stack output read.
func resolveReferences(root *stage, ds *diag.Diagnostics) {
	type use struct {
		consumer *stack
		el       CfnElement
		ref      *cfnReference
		coupled  *coupledReference
	}
	var uses []use
	var walk func(c constructs.IConstruct)
	walk = func(c constructs.IConstruct) {
		if e, ok := c.(CfnElement); ok {
			el := e.cfnEl()
			consumer := el.stack
			r := &resolver{scope: e, preparing: true, removeEmpty: true, onToken: func(t interface{}) {
				switch ref := t.(type) {
				case *cfnReference:
					uses = append(uses, use{consumer: consumer, el: e, ref: ref})
				case *coupledReference:
					uses = append(uses, use{consumer: consumer, el: e, ref: ref.ref, coupled: ref})
				}
			}}
			if d := catchResolve(func() { r.resolve(el.toCfn(), nil) }); d != nil {
				if d.Path == "" {
					d.Path = *e.Node().Path()
				}
				ds.Append(d)
			}
		}
		for _, ch := range *c.Node().Children() {
			if st, ok := ch.(Stage); ok && st.stageImpl() != root {
				continue
			}
			walk(ch)
		}
	}
	walk(root)
	for _, u := range uses {
		if u.consumer == nil || (u.coupled == nil && u.ref.hasValueForStack(u.consumer)) {
			continue
		}
		u := u
		var v interface{}
		d := catchResolve(func() {
			if u.coupled != nil {
				v = resolveCrossStack(u.consumer, u.el, u.ref, u.coupled.strength.contextValue())
			} else {
				v = resolveCrossStack(u.consumer, u.el, u.ref, "")
			}
		})
		if d != nil {
			if d.Path == "" {
				d.Path = *u.el.Node().Path()
			}
			ds.Append(d)
			continue
		}
		if u.coupled != nil {
			u.coupled.resolved = v
			continue
		}
		u.ref.assignValueForStack(u.consumer, v)
	}
}

func crossStackStrength(consumer *stack) string {
	v := consumer.Node().TryGetContext(str("@aws-cdk/core:defaultCrossStackReferences"))
	if s, ok := v.(string); ok {
		switch s {
		case "strong", "weak", "both":
			return s
		}
		panicf(*consumer.Node().Path(), "invalid value for @aws-cdk/core:defaultCrossStackReferences: %q (use \"strong\", \"weak\" or \"both\")", s)
	}
	return "strong"
}

func resolveCrossStack(consumer *stack, from constructs.IConstruct, ref *cfnReference, strengthOverride string) interface{} {
	// Errors name both ends: the construct that uses the value and the one
	// that makes it.
	user := *consumer.Node().Path()
	if from != nil {
		user = *from.Node().Path()
	}
	producer := ref.target.stack
	if producer == nil || producer == consumer {
		return ref
	}
	if producer.Node().Root().Node() != consumer.Node().Root().Node() {
		panicf("", "cannot reference across apps: consuming and producing stacks must be defined within the same CDK app")
	}
	pa, pr, ca, cr := producer.account, producer.region, consumer.account, consumer.region
	if isUnresolved(pa) {
		pa = "unknown-account"
	}
	if isUnresolved(pr) {
		pr = "unknown-region"
	}
	if isUnresolved(ca) {
		ca = "unknown-account"
	}
	if isUnresolved(cr) {
		cr = "unknown-region"
	}
	strength := strengthOverride
	if strength == "" {
		if r, ok := hostOf(ref.target.Construct).(CfnResource); ok && r.cfnRes().strength != "" {
			strength = r.cfnRes().strength.contextValue()
		}
	}
	if strength == "" {
		strength = crossStackStrength(consumer)
	}
	if pa != ca {
		panicf("", "%s (stack %q) cannot reference %s in stack %q: the stacks are in different accounts (%s and %s); cross-account references are not supported yet: pass the value in explicitly (for example as a parameter)", user, *consumer.Node().Path(), ref, *producer.Node().Path(), pa, ca)
	}
	if pr != cr {
		if pr == "unknown-region" || cr == "unknown-region" {
			panicf("", "%s (stack %q) cannot reference %s in stack %q. Cross stack/region references are only supported for stacks with an explicit region defined.", user, *consumer.Node().Path(), ref, *producer.Node().Path())
		}
		panicf("", "%s (stack %q) cannot reference %s in stack %q: the stacks are in different regions (%s and %s); cross-region references are not supported yet", user, *consumer.Node().Path(), ref, *producer.Node().Path(), pr, cr)
	}
	consumer.addAssemblyDependency(producer, *consumer.Node().Path()+" -> "+*ref.target.Node().Path()+"."+ref.attribute)
	switch strength {
	case "strong":
		return importValueFor(producer, ref)
	case "both":
		importValueFor(producer, ref)
	}
	return stackOutputFor(producer, ref)
}

func importValueFor(producer *stack, ref *cfnReference) interface{} {
	if ref.typeHint == ResolutionTypeHint_STRING_LIST {
		return Tokenization_ReverseList(producer.ExportStringListValue(ref, nil))
	}
	return Tokenization_ReverseCompleteString(producer.ExportValue(ref, nil))
}

func stackOutputFor(producer *stack, ref *cfnReference) interface{} {
	resolved := (&resolver{scope: producer, removeEmpty: true}).resolve(ref, nil)
	id := "Output" + mustJSON(resolved)
	var scope constructs.Construct
	if c := producer.Node().TryFindChild(str("Publish")); c != nil {
		scope = c.(constructs.Construct)
	} else {
		scope = constructs.NewConstruct(producer, str("Publish"))
	}
	out, _ := scope.Node().TryFindChild(str(id)).(CfnOutput)
	if out == nil {
		if ref.typeHint == ResolutionTypeHint_STRING_LIST {
			out = NewCfnOutput(scope, str(id), &CfnOutputProps{Value: Fn_Join(str(listDelimiter), Token_AsList(ref, nil))})
		} else {
			out = NewCfnOutput(scope, str(id), &CfnOutputProps{Value: Token_AsString(ref, nil)})
		}
	}
	get := Fn_GetStackOutput(str(producer.stackName), out.LogicalId(), str(producer.region), nil)
	if ref.typeHint == ResolutionTypeHint_STRING_LIST {
		return Tokenization_ReverseList(Fn_Split(str(listDelimiter), get, nil))
	}
	return Tokenization_ReverseCompleteString(get)
}

func validateTree(root constructs.IConstruct, ds *diag.Diagnostics) {
	for _, c := range *root.Node().FindAll(constructs.ConstructOrder_PREORDER) {
		c := c
		var errs *[]*string
		if d := catchResolve(func() { errs = c.Node().Validate() }); d != nil {
			ds.Append(d)
			continue
		}
		for _, e := range *errs {
			ds.Append(diag.Errorf(*c.Node().Path(), "%s", deref(e)))
		}
		for _, m := range *c.Node().Metadata() {
			if deref(m.Type) == metaError {
				ds.Append(diag.Errorf(*c.Node().Path(), "%v", m.Data))
			}
		}
	}
}

// assemblyWriter collects the artifacts of one synthesis.
type assemblyWriter struct {
	stage     *assembly.Stage
	root      *stage
	artifacts *ojson.Object
}

func (w *assemblyWriter) addArtifact(id string, a *assembly.Artifact) { w.artifacts.Set(id, a) }

func (w *assemblyWriter) synthStack(s *stack) error {
	if ss, ok := s.synthesizer.(interface{ synthesizeStack(*assemblyWriter) error }); ok {
		return ss.synthesizeStack(w)
	}
	// A synthesizer written by the user: render the template and let it
	// register what it wants; Strata adds the stack artifact.
	if _, err := w.writeTemplate(s); err != nil {
		return err
	}
	s.synthesizer.Synthesize(&session{outdir: w.stage.Dir})
	return w.addStackArtifact(s, w.stackProperties(s), nil)
}

type session struct{ outdir string }

func (s *session) Outdir() *string        { return str(s.outdir) }
func (s *session) ValidateOnSynth() *bool { return boolp(false) }

// renderTemplate renders the stack's template as an ordered object.
func (s *stack) renderTemplate() (*ojson.Object, error) {
	tmpl := ojson.New()
	tmpl.Set("Description", s.templateOptions.description)
	// As in aws-cdk-lib, the transforms are those added before rendering
	// starts (while references were prepared); one renders as a string.
	transforms := append([]string(nil), s.transforms...)
	if s.templateOptions.transforms != nil {
		for _, t := range *s.templateOptions.transforms {
			transforms = append(transforms, deref(t))
		}
	}
	switch len(transforms) {
	case 0:
		tmpl.Set("Transform", nil)
	case 1:
		tmpl.Set("Transform", transforms[0])
	default:
		u := uniqueStrings(transforms)
		list := make([]interface{}, len(u))
		for i := range u {
			list[i] = u[i]
		}
		tmpl.Set("Transform", list)
	}
	tmpl.Set("AWSTemplateFormatVersion", s.templateOptions.version)
	tmpl.Set("Metadata", s.templateOptions.metadata)
	r := &resolver{scope: s, removeEmpty: true}
	for _, e := range elementsOf(s, nil) {
		frag := r.resolve(e.cfnEl().toCfn(), nil)
		fo, ok := frag.(*ojson.Object)
		if !ok {
			continue
		}
		for _, section := range fo.Keys() {
			src, _ := fo.Get(section)
			if err := mergeSection(tmpl, section, src, e); err != nil {
				return nil, err
			}
		}
	}
	out := r.resolve(tmpl, nil)
	var missing []string
	for old := range s.renames {
		if !s.usedRenames[old] {
			missing = append(missing, old)
		}
	}
	if len(missing) > 0 {
		sort.Strings(missing)
		return nil, diag.Errorf(*s.Node().Path(), "the following logical IDs were attempted to be renamed, but not found: %s", strings.Join(missing, ", "))
	}
	o, _ := out.(*ojson.Object)
	if o == nil {
		o = ojson.New()
	}
	return o, nil
}

func uniqueStrings(xs []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func mergeSection(tmpl *ojson.Object, section string, src interface{}, e CfnElement) error {
	dest, ok := tmpl.Get(section)
	if !ok || dest == nil || isNilValue(dest) {
		tmpl.Set(section, src)
		return nil
	}
	switch section {
	case "Description":
		tmpl.Set(section, fmt.Sprint(dest)+"\n"+fmt.Sprint(src))
		return nil
	case "AWSTemplateFormatVersion":
		if fmt.Sprint(dest) != fmt.Sprint(src) {
			return diag.Errorf(*e.Node().Path(), "conflicting CloudFormation template versions provided: '%v' and '%v'", dest, src)
		}
		return nil
	}
	do, ok1 := dest.(*ojson.Object)
	so, ok2 := src.(*ojson.Object)
	if !ok1 || !ok2 {
		tmpl.Set(section, src)
		return nil
	}
	for _, k := range so.Keys() {
		if _, dup := do.Get(k); dup {
			return diag.Errorf(*e.Node().Path(), "section '%s' already contains '%s': two elements of stack '%s' have the same logical ID; rename one or use OverrideLogicalId", section, k, *e.Stack().Node().Path())
		}
		v, _ := so.Get(k)
		do.Set(k, v)
	}
	return nil
}

func (w *assemblyWriter) writeTemplate(s *stack) ([]byte, error) {
	s.Node().AddMetadata(str("aws:cdk:templateFile"), s.artifactID+".template.json", nil)
	tmpl, err := s.renderTemplate()
	if err != nil {
		return nil, err
	}
	if n := countResources(tmpl); n > 500 {
		return nil, diag.Errorf(*s.Node().Path(), "number of resources in stack '%s': %d is greater than allowed maximum of 500", *s.Node().Path(), n)
	}
	indent := 1
	if s.suppressIndentation {
		indent = 0
	}
	b, err := assembly.Marshal(tmpl, indent)
	if err != nil {
		return nil, err
	}
	return b, w.stage.WriteFile(s.artifactID+".template.json", b)
}

func countResources(t *ojson.Object) int {
	r, _ := t.Get("Resources")
	if o, ok := r.(*ojson.Object); ok {
		return o.Len()
	}
	return 0
}

func (w *assemblyWriter) stackProperties(s *stack) *assembly.StackProperties {
	p := &assembly.StackProperties{TemplateFile: s.artifactID + ".template.json", TerminationProtection: s.terminationProtection}
	tags := ojson.New()
	tm := s.tags.(*tagManager)
	for _, e := range tm.sorted() {
		if !isUnresolved(e.key) && !isUnresolved(e.value) {
			tags.Set(e.key, e.value)
		}
	}
	if tags.Len() > 0 {
		p.Tags = tags
	}
	if s.notificationArns != nil {
		for _, a := range *s.notificationArns {
			p.NotificationArns = append(p.NotificationArns, deref(a))
		}
	}
	if s.stackName != s.artifactID {
		p.StackName = s.stackName
	}
	return p
}

func (w *assemblyWriter) addStackArtifact(s *stack, props *assembly.StackProperties, extraDeps []string) error {
	if props.Tags != nil {
		var kv []interface{}
		for _, k := range props.Tags.Keys() {
			v, _ := props.Tags.Get(k)
			kv = append(kv, obj("key", k, "value", v))
		}
		s.Node().AddMetadata(str("aws:cdk:stack-tags"), kv, nil)
	}
	var deps []string
	for _, d := range s.deps {
		deps = append(deps, d.target.artifactID)
	}
	deps = append(deps, extraDeps...)
	meta, err := w.stackMetadata(s)
	if err != nil {
		return err
	}
	art := &assembly.Artifact{Type: assembly.TypeStack, Environment: s.environment, Properties: props, Dependencies: deps, DisplayName: *s.Node().Path()}
	if meta.Len() > 0 {
		name := s.artifactID + ".metadata.json"
		if _, err := w.stage.WriteJSON(name, meta, 2); err != nil {
			return err
		}
		art.AdditionalMetadataFile = name
	}
	w.addArtifact(s.artifactID, art)
	return nil
}

// stackMetadata collects the metadata of the stack's constructs, keyed by
// "/"+path, breadth first as aws-cdk-lib does.
func (w *assemblyWriter) stackMetadata(s *stack) (*ojson.Object, error) {
	out := ojson.New()
	queue := []constructs.IConstruct{s}
	r := &resolver{scope: s, removeEmpty: true}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if st, ok := c.(Stack); ok && st.stackImpl() != s {
			continue
		}
		md := *c.Node().Metadata()
		if el, ok := c.(CfnElement); ok {
			md = append([]*constructs.MetadataEntry{{Type: str("aws:cdk:logicalId"), Data: el.LogicalId()}}, md...)
		}
		if len(md) > 0 {
			var entries []interface{}
			for _, m := range md {
				t := deref(m.Type)
				if strings.HasPrefix(t, "@aws-cdk/core:acknowledged") {
					continue
				}
				var data interface{} = m.Data
				if t != metaError && t != metaWarning && t != metaInfo {
					data = r.resolve(m.Data, nil)
				}
				entries = append(entries, obj("type", t, "data", data))
			}
			if len(entries) > 0 {
				out.Set("/"+*c.Node().Path(), entries)
			}
		}
		queue = append(queue, *c.Node().Children()...)
	}
	return out, nil
}

func (w *assemblyWriter) finish() error {
	if _, err := w.stage.WriteJSON("cdk.out", obj("version", assembly.SchemaVersion), 0); err != nil {
		return err
	}
	if w.root.isApp {
		tree := obj("version", "tree-0.1", "tree", treeNode(w.root))
		if _, err := w.stage.WriteJSON("tree.json", tree, 0); err != nil {
			return err
		}
		w.addArtifact("Tree", &assembly.Artifact{Type: assembly.TypeTree, Properties: &assembly.FileProperties{File: "tree.json"}})
	}
	if w.root.isApp && featureEnabled(w.root, "@aws-cdk/core:validateAgainstDefaultRules") {
		if _, err := w.stage.WriteJSON("validation-report.json", obj("version", assembly.SchemaVersion, "title", "Validation Report", "pluginReports", []interface{}{}), 2); err != nil {
			return err
		}
	}
	m := &assembly.Manifest{Version: assembly.SchemaVersion, Artifacts: w.artifacts}
	_, err := w.stage.WriteJSON("manifest.json", m, 2)
	return err
}

func treeNode(c constructs.IConstruct) *ojson.Object {
	id := *c.Node().Id()
	if id == "" {
		id = "App"
	}
	n := obj("id", id, "path", *c.Node().Path(), "constructInfo", obj("fqn", fqnOf(c), "version", "2.276.0"))
	if kids := *c.Node().Children(); len(kids) > 0 {
		ch := ojson.New()
		for _, k := range kids {
			ch.Set(*k.Node().Id(), treeNode(k))
		}
		n.Set("children", ch)
	}
	return n
}

func fqnOf(c constructs.IConstruct) string {
	switch c.(type) {
	case App:
		if *App_IsApp(c) {
			return "aws-cdk-lib.App"
		}
		return "aws-cdk-lib.Stage"
	case Stack:
		return "aws-cdk-lib.Stack"
	case CfnResource:
		if t := c.(CfnResource).CfnResourceType(); t != nil && strings.HasPrefix(*t, "AWS::") && c.(CfnResource).cfnRes().propsSource != nil {
			parts := strings.Split(*t, "::")
			return "aws-cdk-lib.aws_" + strings.ToLower(parts[1]) + ".Cfn" + parts[2]
		}
		return "aws-cdk-lib.CfnResource"
	case CfnOutput:
		return "aws-cdk-lib.CfnOutput"
	case CfnParameter:
		return "aws-cdk-lib.CfnParameter"
	case CfnCondition:
		return "aws-cdk-lib.CfnCondition"
	case CfnMapping:
		return "aws-cdk-lib.CfnMapping"
	case CfnRule:
		return "aws-cdk-lib.CfnRule"
	}
	return "constructs.Construct"
}
