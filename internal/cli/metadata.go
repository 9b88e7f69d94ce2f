package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/strata-cdk/strata/internal/toolkit"
	"github.com/strata-cdk/strata/internal/toolkit/cfnyaml"
)

func newMetadataCmd(g *globalArgs, stdio IO) *cobra.Command {
	return &cobra.Command{
		Use:   "metadata STACK",
		Short: "Show a stack's metadata entries (construct path: type, data)",
		Long: "Show the metadata the app recorded for a stack, by construct path, as\n" +
			"`cdk metadata` does: YAML, or JSON with --json.",
		Args: cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, pos []string) error {
			return runMetadata(c.Context(), stdio, g, pos[0])
		},
	}
}

func runMetadata(ctx context.Context, stdio IO, g *globalArgs, pattern string) error {
	p, err := g.project()
	if err != nil {
		return err
	}
	s, _ := g.session(ctx, p, stdio.Stderr)
	asm, err := g.assembly(ctx, p, s, stdio)
	if err != nil {
		return err
	}
	stacks, err := asm.Select(toolkit.Selection{Patterns: []string{pattern}}, false)
	if err != nil {
		return err
	}
	if len(stacks) != 1 {
		return fmt.Errorf("%q matches %d stacks; metadata shows one stack at a time", pattern, len(stacks))
	}
	md, err := stackMetadata(stacks[0])
	if err != nil {
		return err
	}
	if g.JSON {
		return writeJSON(stdio.Stdout, md)
	}
	fmt.Fprintln(stdio.Stdout, cfnyaml.Render(md))
	return nil
}

// stackMetadata gathers a stack artifact's metadata, by construct path, in
// the order the assembly holds it: the manifest's own entries, then those of
// its additional metadata file (<stack>.metadata.json), where aws-cdk-lib
// puts them.
func stackMetadata(st *toolkit.Stack) (*cfnyaml.Object, error) {
	out := newObj()
	manifest := filepath.Join(st.Dir, "manifest.json")
	raw, err := os.ReadFile(manifest)
	if err != nil {
		return nil, fmt.Errorf("reading the cloud assembly: %w", err)
	}
	doc, err := cfnyaml.Decode(raw)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", manifest, err)
	}
	root, _ := doc.(*cfnyaml.Object)
	arts, _ := root.Get("artifacts").(*cfnyaml.Object)
	art, _ := arts.Get(st.ID).(*cfnyaml.Object)
	if art == nil {
		return nil, fmt.Errorf("%s: no artifact %q", manifest, st.ID)
	}
	merge := func(m *cfnyaml.Object) {
		if m == nil {
			return
		}
		for _, path := range m.Keys {
			entries, _ := m.Values[path].([]cfnyaml.Value)
			prev, _ := out.Get(path).([]cfnyaml.Value)
			out.Set(path, append(prev, entries...))
		}
	}
	inline, _ := art.Get("metadata").(*cfnyaml.Object)
	merge(inline)
	if file, ok := art.Get("additionalMetadataFile").(string); ok && file != "" {
		path := filepath.Join(st.Dir, file)
		raw, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("stack %s: reading its metadata: %w", st.DisplayName, err)
		}
		v, err := cfnyaml.Decode(raw)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		extra, _ := v.(*cfnyaml.Object)
		merge(extra)
	}
	return out, nil
}
