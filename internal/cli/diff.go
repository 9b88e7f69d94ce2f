package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/strata-cdk/strata/internal/toolkit"
	"github.com/strata-cdk/strata/internal/toolkit/templatediff"
)

type diffArgs struct {
	*globalArgs
	All      bool
	Fail     bool
	Template string
	Security bool
}

func newDiffCmd(g *globalArgs, stdio IO) *cobra.Command {
	a := diffArgs{globalArgs: g}
	c := &cobra.Command{
		Use:   "diff [STACKS...]",
		Short: "Compare stacks with what is deployed (or with a template file)",
		RunE: func(c *cobra.Command, pos []string) error {
			return runDiff(c.Context(), stdio, &a, pos)
		},
	}
	c.Flags().BoolVar(&a.All, "all", false, "diff every stack")
	c.Flags().BoolVar(&a.Fail, "fail", false, "exit with code 1 when there are differences")
	c.Flags().StringVar(&a.Template, "template", "", "compare with this template file instead of the deployed stack")
	c.Flags().BoolVar(&a.Security, "security-only", false, "only show IAM and security group changes that broaden permissions")
	return c
}

func runDiff(ctx context.Context, stdio IO, a *diffArgs, patterns []string) error {
	p, err := a.project()
	if err != nil {
		return err
	}
	s, err := a.session(ctx, p, stdio.Stderr)
	if err != nil {
		return err
	}
	asm, err := a.assembly(ctx, p, s, stdio)
	if err != nil {
		return err
	}
	stacks, err := asm.Select(toolkit.Selection{Patterns: patterns, All: a.All}, true)
	if err != nil {
		return err
	}
	var against map[string]interface{}
	if a.Template != "" {
		b, err := os.ReadFile(a.Template)
		if err != nil {
			return err
		}
		if err := json.Unmarshal(b, &against); err != nil {
			return fmt.Errorf("%s: %w", a.Template, err)
		}
	}
	tk := &toolkit.Toolkit{Session: s}
	diffs, err := tk.Diff(ctx, stacks, against)
	if err != nil {
		return err
	}
	changed := 0
	for _, d := range diffs {
		if a.Security {
			d.Diff = &templatediff.Diff{IAM: d.Diff.IAM, ManagedPolicies: d.Diff.ManagedPolicies, SecurityGroups: d.Diff.SecurityGroups}
		}
		if !d.Diff.Empty() || (a.Security && d.Diff.SecurityChanges()) {
			changed++
		}
	}
	if a.JSON {
		if err := writeJSON(stdio.Stdout, map[string]interface{}{"stacks": diffs, "stacksWithDifferences": changed}); err != nil {
			return err
		}
	} else {
		style := templatediff.Style{Color: colorOn(a.globalArgs, stdio.Stdout)}
		for _, d := range diffs {
			fmt.Fprintf(stdio.Stdout, "Stack %s\n", d.Display)
			if d.New {
				fmt.Fprintln(stdio.Stdout, "(not deployed yet: everything below is new)")
			}
			d.Diff.Render(stdio.Stdout, style)
			fmt.Fprintln(stdio.Stdout)
		}
		fmt.Fprintf(stdio.Stdout, "✨  Number of stacks with differences: %d\n", changed)
	}
	if a.Fail && changed > 0 {
		return &exitError{code: 1}
	}
	return nil
}
