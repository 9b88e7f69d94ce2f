package awscdk

import (
	"errors"
	"os"
	"path/filepath"

	"github.com/strata-cdk/strata/awscdk/cxapi"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/assembly"
	"github.com/strata-cdk/strata/internal/diag"
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
		se = &diag.SynthError{Diagnostics: diag.Diagnostics{diag.Errorf("", "%v", err)}, Kind: diag.KindOf(err)}
	}
	panic(se)
}

// synthesize runs the whole pipeline for the app (or stage) root and
// writes the assembly atomically into its outdir.
func synthesize(root *stage, options *StageSynthesisOptions) (cxapi.CloudAssembly, error) {
	defer root.synthesizing(options)()
	var ds diag.Diagnostics
	ds.Append(treeErrors(root)...)
	outdir := root.outdir
	if outdir == "" {
		tmp, err := os.MkdirTemp("", "cdk.out")
		if err != nil {
			return nil, assemblyError(err)
		}
		outdir = tmp
		root.outdir = tmp
	}
	st, err := assembly.NewStage(outdir)
	if err != nil {
		return nil, assemblyError(err)
	}
	root.validationErrors = nil
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
		return nil, assemblyError(err)
	}
	releaseStagedAssets(root)
	if len(root.validationErrors) > 0 {
		return nil, dedupe(root.validationErrors).Err()
	}
	return cxapi.Load(outdir, order...)
}

// synthesizeInto runs the passes over one stage (the app, or a nested
// Stage into its assembly-* directory), each once over the tree, in
// aws-cdk-lib's order. It returns the ids of the stacks written, in order;
// user mistakes go to ds.
func synthesizeInto(root *stage, st *assembly.Stage, options *StageSynthesisOptions, ds *diag.Diagnostics) ([]string, error) {
	items := synthOrder(root)
	if err := synthesizeNested(items, st, options, ds); err != nil {
		return nil, err
	}
	stacks := stacksIn(items)
	prepare(root, stacks, aspectStabilization(root, options), ds) // synth_prepare.go
	resolveReferences(root, ds)                                   // synth_references.go
	collect(ds, func() { prepareNestedStacks(stacks) })
	if options == nil || !boolOr(options.SkipValidation, false) {
		validateTree(root, ds) // synth_validate.go
	}
	addSynthesizerElements(stacks, ds) // synth_prepare.go
	if len(*ds) > 0 {
		return nil, nil
	}
	return writeAssembly(root, st, items, ds) // synth_write.go, rendering with synth_render.go
}

// synthesizeNested writes the nested stages first: each is a complete
// assembly of its own inside this one.
func synthesizeNested(items []synthItem, st *assembly.Stage, options *StageSynthesisOptions, ds *diag.Diagnostics) error {
	for _, it := range items {
		if it.stage == nil {
			continue
		}
		dir := filepath.Join(st.Dir, *it.stage.ArtifactId())
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		nested := &assembly.Stage{Dir: dir}
		_, err := synthesizeInto(it.stage, nested, options, ds)
		if werr := nested.Wait(); err == nil {
			err = werr
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func stacksIn(items []synthItem) []*stack {
	var stacks []*stack
	for _, it := range items {
		if it.stack != nil {
			stacks = append(stacks, it.stack)
		}
	}
	return stacks
}

// collect runs f and adds the user mistake it panics with, if any, to ds.
func collect(ds *diag.Diagnostics, f func()) {
	if d := catchResolve(f); d != nil {
		ds.Append(d)
	}
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
		for k, i := childrenOf(c), 0; i < k.len(); i++ {
			visit(k.at(i))
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

// assemblyError marks a failure to write the cloud assembly
// (Errors_IsCloudAssemblyError).
func assemblyError(err error) error { return &diag.KindedError{Kind: diag.KindAssembly, Err: err} }
