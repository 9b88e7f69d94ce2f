package cli

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/strata-cdk/strata/internal/toolkit"
	"github.com/strata-cdk/strata/internal/toolkit/cfnyaml"
)

type listArgs struct {
	*globalArgs
	Long, ShowDeps bool
}

func newListCmd(g *globalArgs, stdio IO) *cobra.Command {
	a := listArgs{globalArgs: g}
	c := &cobra.Command{
		Use:     "ls [STACKS...]",
		Aliases: []string{"list"},
		Short:   "List the app's stacks",
		RunE: func(c *cobra.Command, pos []string) error {
			return runList(c.Context(), stdio, &a, pos)
		},
	}
	c.Flags().BoolVarP(&a.Long, "long", "l", false, "show name and environment (YAML, or JSON with --json)")
	c.Flags().BoolVarP(&a.ShowDeps, "show-dependencies", "d", false, "show each stack's dependencies")
	return c
}

func runList(ctx context.Context, stdio IO, a *listArgs, patterns []string) error {
	p, err := a.project()
	if err != nil {
		return err
	}
	s, _ := a.session(ctx, p, stdio.Stderr)
	asm, err := a.assembly(ctx, p, s, stdio)
	if err != nil {
		return err
	}
	sel := toolkit.Selection{Patterns: patterns}
	if len(patterns) == 0 {
		sel.Patterns = []string{"**"}
	}
	stacks, err := asm.Select(sel, true)
	if err != nil {
		return err
	}
	if !a.Long && !a.ShowDeps {
		// Plain ids, even with --json, as cdk ls prints them.
		for _, st := range stacks {
			fmt.Fprintln(stdio.Stdout, st.DisplayName)
		}
		return nil
	}
	// The shapes of cdk ls --long / --show-dependencies, keys in its order.
	out := []interface{}{}
	for _, st := range stacks {
		o := newObj()
		o.Set("id", st.DisplayName)
		if a.Long {
			env := newObj()
			env.Set("account", st.Environment.Account)
			env.Set("region", st.Environment.Region)
			env.Set("name", st.Environment.String())
			o.Set("name", st.StackName)
			o.Set("environment", env)
		}
		if a.ShowDeps {
			o.Set("dependencies", listDeps(asm, st, map[*toolkit.Stack]bool{}))
		}
		out = append(out, o)
	}
	if a.JSON {
		return writeJSON(stdio.Stdout, out)
	}
	fmt.Fprintln(stdio.Stdout, cfnyaml.Render(out))
	return nil
}

// listDeps is a stack's dependencies as cdk ls -d shows them: each with its
// own dependencies nested.
func listDeps(asm *toolkit.Assembly, st *toolkit.Stack, seen map[*toolkit.Stack]bool) []interface{} {
	deps := []interface{}{}
	if seen[st] {
		return deps
	}
	seen[st] = true
	for _, d := range asm.Dependencies(st) {
		o := newObj()
		o.Set("id", d.DisplayName)
		o.Set("dependencies", listDeps(asm, d, seen))
		deps = append(deps, o)
	}
	delete(seen, st)
	return deps
}

func newObj() *cfnyaml.Object { return &cfnyaml.Object{Values: map[string]cfnyaml.Value{}} }
