package awscdk

// Pass 5, write: templates, metadata, asset manifests, tree.json and
// manifest.json go into the staged assembly (internal/assembly), which
// synthesize moves into place only when everything succeeded.

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk/cloudassemblyschema"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/assembly"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/ojson"
)

// writeAssembly renders and writes every stack of one stage, then its
// tree, validation report and manifest.
func writeAssembly(root *stage, st *assembly.Stage, items []synthItem, ds *diag.Diagnostics) ([]string, error) {
	w := &assemblyWriter{stage: st, root: root, artifacts: ojson.New()}
	// aws-cdk-lib registers nested assemblies before anything else.
	for _, it := range items {
		if it.stage != nil {
			id := *it.stage.ArtifactId()
			w.addArtifact(id, &assembly.Artifact{Type: assembly.TypeNested,
				Properties: &assembly.NestedAssemblyProperties{DirectoryName: id, DisplayName: *it.stage.Node().Path()}})
		}
	}
	// Templates are serialized and written in the background while the
	// next stacks render; each stack's artifact follows in order (drain,
	// synth_pipeline.go).
	defer w.waitPending()
	var order []string
	for _, it := range items {
		if it.stage != nil {
			continue
		}
		s := it.stack
		if _, ok := s.synthesizer.(engineSynthesizer); !ok {
			// A synthesizer of the program's own adds its artifact at
			// once: the stacks before it finish first.
			if err := w.drain(ds, 0); err != nil {
				return nil, err
			}
		}
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
		if err := w.drain(ds, inFlight()); err != nil {
			return nil, err
		}
	}
	if err := w.drain(ds, 0); err != nil {
		return nil, err
	}
	if len(*ds) > 0 {
		return nil, nil
	}
	w.validatePolicies(ds)
	if len(*ds) > 0 {
		return nil, nil
	}
	// The built-in validation's errors fail synthesis once the assembly,
	// report included, is in place, as in aws-cdk-lib.
	w.reports = append(w.reports, w.validateTemplates(&w.root.validationErrors)...)
	if err := w.finish(); err != nil {
		return nil, err
	}
	return order, nil
}

// assemblyWriter collects the artifacts of one synthesis.
type assemblyWriter struct {
	stage     *assembly.Stage
	root      *stage
	artifacts *ojson.Object
	missing   []*ojson.Object
	reports   []*pluginResult // validation_report.go
	// pool and pending are the templates being serialized and written
	// (synth_pipeline.go).
	pool    *marshalPool
	pending []*templateJob
	// metaQueue is stackMetadata's scratch queue; metaGroups and
	// metaEntries the sizes of the last stack's metadata.
	metaQueue               []constructs.IConstruct
	metaGroups, metaEntries int
}

func (w *assemblyWriter) addArtifact(id string, a *assembly.Artifact) { w.artifacts.Set(id, a) }

func (w *assemblyWriter) synthStack(s *stack) error {
	if ss, ok := s.synthesizer.(interface{ synthesizeStack(*assemblyWriter) error }); ok {
		return ss.synthesizeStack(w)
	}
	// A synthesizer written by the user: render the template and let it
	// register what it wants; Strata adds the stack artifact.
	if err := w.writeTemplateThen(s, nil); err != nil {
		return err
	}
	// Its Synthesize may write the same file again: this write ends first.
	if err := w.pending[len(w.pending)-1].wait(); err != nil {
		return err
	}
	sess := newSynthSession(w)
	s.synthesizer.Synthesize(sess)
	if sess.emitted[s] {
		return nil
	}
	return w.addStackArtifact(s, w.stackProperties(s), nil)
}

type session struct{ outdir string }

func (s *session) Outdir() *string { return str(s.outdir) }

func (s *session) ValidateOnSynth() *bool { return boolp(false) }

func (w *assemblyWriter) stackProperties(s *stack) *assembly.StackProperties {
	p := &assembly.StackProperties{TemplateFile: s.artifactID + ".template.json", TerminationProtection: s.terminationProtection,
		ValidateOnSynth: w.validateOnSynth()}
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
		// Resolved already: serializing and writing it is a worker's job.
		w.writeInBackground(name, meta, 2)
		art.AdditionalMetadataFile = name
	}
	w.addArtifact(s.artifactID, art)
	return nil
}

// stackMetadata collects the metadata of the stack's constructs, keyed by
// "/"+path, breadth first as aws-cdk-lib does; data is resolved here, and
// the file is written from it directly (stackMeta.StreamJSON).
func (w *assemblyWriter) stackMetadata(s *stack) (*stackMeta, error) {
	// Sized as the last stack's: the stacks of an app tend to look alike.
	out := &stackMeta{groups: make([]metaGroup, 0, w.metaGroups), entries: make([]metaEntry, 0, w.metaEntries)}
	// The queue is the writer's, reused from stack to stack.
	queue := append(w.metaQueue[:0], s)
	r := &resolver{scope: s, removeEmpty: true}
	add := func(t string, data interface{}) {
		if strings.HasPrefix(t, "@aws-cdk/core:acknowledged") {
			return
		}
		if t != metaError && t != metaWarning && t != metaInfo {
			data = r.resolve(data, nil)
		}
		out.entries = append(out.entries, metaEntry{t, data})
	}
	for qi := 0; qi < len(queue); qi++ {
		c := queue[qi]
		if st, ok := c.(Stack); ok && st.stackImpl() != s {
			continue
		}
		from := len(out.entries)
		if el, ok := c.(CfnElement); ok {
			// The element's own logical ID token resolves to what its
			// lazy produces: produce it without the token table's walk.
			e := el.cfnEl()
			if id := el.LogicalId(); id == e.logicalID && id != nil {
				if v := e.synthesizeLogicalID(); !isUnresolved(v) {
					out.entries = append(out.entries, metaEntry{"aws:cdk:logicalId", v})
				} else {
					add("aws:cdk:logicalId", v)
				}
			} else {
				add("aws:cdk:logicalId", id)
			}
		}
		for _, m := range nodeMetadata(c) {
			add(deref(m.Type), m.Data)
		}
		if len(out.entries) > from {
			out.groups = append(out.groups, metaGroup{c, from, len(out.entries)})
		}
		for k, i := childrenOf(c), 0; i < k.len(); i++ {
			queue = append(queue, k.at(i))
		}
	}
	clear(queue)
	w.metaQueue = queue
	w.metaGroups, w.metaEntries = len(out.groups), len(out.entries)
	return out, nil
}

// stackMeta is a stack's metadata file: for each construct with entries,
// "/"+path → [{"type", "data"}…].
type stackMeta struct {
	groups  []metaGroup
	entries []metaEntry
}

type metaGroup struct {
	c        constructs.IConstruct
	from, to int // its entries
}

type metaEntry struct {
	typ  string
	data interface{}
}

func (m *stackMeta) Len() int { return len(m.groups) }

func (m *stackMeta) StreamJSON(e *ojson.Encoder) error {
	e.BeginObject()
	for _, g := range m.groups {
		// Paths start with "/", never an array index: insertion order.
		e.KeyJoin("/", nodePath(g.c))
		e.BeginArray()
		for _, en := range m.entries[g.from:g.to] {
			e.Elem()
			e.BeginObject()
			e.Key("type")
			e.String(en.typ)
			if en.data != interface{}(ojson.Undefined) {
				e.Key("data")
				if err := e.Value(en.data); err != nil {
					return err
				}
			}
			e.EndObject()
		}
		e.EndArray()
	}
	e.EndObject()
	return nil
}

func (w *assemblyWriter) finish() error {
	if _, err := w.stage.WriteJSON("cdk.out", obj("version", assembly.SchemaVersion), 0); err != nil {
		return err
	}
	if w.root.isApp {
		tree := obj("version", "tree-0.1", "tree", treeJSON{w.root})
		// About 150 bytes a construct (id, path, construct info).
		if _, err := w.stage.WriteJSONSize("tree.json", tree, 0, 160*countNodes(w.root)+64); err != nil {
			return err
		}
		w.addArtifact("Tree", &assembly.Artifact{Type: assembly.TypeTree, Properties: &assembly.FileProperties{File: "tree.json"}})
	}
	w.addArtifact("aws-cdk-lib/feature-flag-report", &assembly.Artifact{Type: assembly.TypeFeatureFlagReport, Properties: featureFlagReport(w.root)})
	if (w.root.isApp && !w.root.noBuiltinValidation) || len(w.reports) > 0 {
		if _, err := w.stage.WriteJSON("validation-report.json", obj("version", assembly.SchemaVersion, "title", "Validation Report", "pluginReports", w.pluginReports()), 2); err != nil {
			return err
		}
	}
	m := &assembly.Manifest{Version: assembly.SchemaVersion, Artifacts: w.artifacts, Missing: w.missingJSON(),
		MinimumCliVersion: *cloudassemblyschema.Manifest_CliVersion()}
	// An artifact takes about 2 kB (a stack's environment, properties and
	// dependencies; its asset manifest's less): 2.25 kB each leaves room.
	_, err := w.stage.WriteJSONSize("manifest.json", m, 2, 2304*w.artifacts.Len()+2048)
	return err
}

// countNodes counts the constructs of tree.json: root's subtree.
func countNodes(c constructs.IConstruct) int {
	n := 1
	for k, i := childrenOf(c), 0; i < k.len(); i++ {
		n += countNodes(k.at(i))
	}
	return n
}

// treeJSON is tree.json's node for a construct, written straight into the
// file's buffer: the tree is as large as the app and read only once.
type treeJSON struct{ c constructs.IConstruct }

func (t treeJSON) StreamJSON(e *ojson.Encoder) error {
	c := t.c
	id := nodeID(c)
	if id == "" {
		id = "App"
	}
	e.BeginObject()
	e.Key("id")
	e.String(id)
	e.Key("path")
	e.String(nodePath(c))
	e.Key("constructInfo")
	e.BeginObject()
	e.Key("fqn")
	e.String(fqnOf(c))
	e.Key("version")
	e.String("2.276.0")
	e.EndObject()
	if k := childrenOf(c); k.len() > 0 {
		e.Key("children")
		e.BeginObject()
		order := treeChildOrder(k)
		for j := 0; j < k.len(); j++ {
			i := j
			if order != nil {
				i = order[j]
			}
			ch := k.at(i)
			e.Key(nodeID(ch))
			if err := (treeJSON{ch}).StreamJSON(e); err != nil {
				return err
			}
		}
		e.EndObject()
	}
	e.EndObject()
	return nil
}

// treeChildOrder is the order JSON.stringify writes children keyed by
// their ids (ids that are array indices first), or nil for tree order.
func treeChildOrder(k kids) []int {
	any := false
	for i := 0; i < k.len() && !any; i++ {
		_, any = ojson.ArrayIndex(nodeID(k.at(i)))
	}
	if !any {
		return nil
	}
	ids := make([]string, k.len())
	pos := make(map[string]int, k.len())
	for i := range ids {
		ids[i] = nodeID(k.at(i))
		pos[ids[i]] = i
	}
	order := make([]int, len(ids))
	for j, id := range ojson.OrderKeys(ids) {
		order[j] = pos[id]
	}
	return order
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
			// AWS::Service::Type, without the list Split would make.
			service, rest, _ := strings.Cut((*t)[len("AWS::"):], "::")
			typ, _, _ := strings.Cut(rest, "::")
			return "aws-cdk-lib.aws_" + strings.ToLower(service) + ".Cfn" + typ
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
	return l2Fqn(c) // fqn_l2.go
}

// featureFlagReport describes every feature flag of aws-cdk-lib 2.276.0 as
// the stage's context sets it, for the toolkit's flag commands.
func featureFlagReport(root constructs.IConstruct) *ojson.Object {
	flags := ojson.New()
	for _, f := range cdkctx.Flags() {
		o := ojson.New()
		if v := root.Node().TryGetContext(str(f.Name)); v != nil {
			o.Set("userValue", v)
		}
		o.Set("recommendedValue", f.RecommendedValue)
		o.Set("explanation", f.Summary)
		if f.V2 != nil {
			o.Set("unconfiguredBehavesLike", obj("v2", f.V2))
		}
		flags.Set(f.Name, o)
	}
	return obj("module", "aws-cdk-lib", "flags", flags)
}
