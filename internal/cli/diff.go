package cli

import (
	"context"
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
	Context  int
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
	c.Flags().IntVar(&a.Context, "context-lines", 3, "lines of context around each change in JSON values (0 means the default, as in cdk diff)")
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
	if err := a.validate(stdio, stacks); err != nil {
		return err
	}
	var against []byte
	if a.Template != "" {
		if against, err = os.ReadFile(a.Template); err != nil {
			return err
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
			// As cdk diff --security-only: broadening changes only.
			if d.Diff.PermissionChangeType() == templatediff.PermissionsBroadening {
				changed++
			}
		} else if !d.Diff.Empty() {
			changed++
		}
	}
	if a.JSON {
		if a.Security {
			for i := range diffs {
				diffs[i].Diff = diffs[i].Diff.SecurityOnly()
			}
		}
		if err := writeJSON(stdio.Stdout, map[string]interface{}{"stacks": diffs, "stacksWithDifferences": changed}); err != nil {
			return err
		}
	} else {
		style := templatediff.Style{Color: colorOn(a.globalArgs, stdio.Stdout), ContextLines: a.Context}
		for _, d := range diffs {
			if a.Security {
				if d.Diff.PermissionChangeType() != templatediff.PermissionsBroadening {
					continue
				}
				fmt.Fprint(stdio.Stdout, "This deployment will make potentially sensitive changes according to your current security approval level.\nPlease confirm you intend to make the following modifications:\n\n")
				fmt.Fprintf(stdio.Stdout, "Stack %s\n", d.Display)
				d.Diff.RenderSecurity(stdio.Stdout, style)
				continue
			}
			fmt.Fprintf(stdio.Stdout, "Stack %s\n", d.Display)
			d.Diff.Render(stdio.Stdout, style)
			fmt.Fprintln(stdio.Stdout)
		}
		fmt.Fprintf(stdio.Stdout, "\n✨  Number of stacks with differences: %d\n\n", changed)
	}
	if a.Fail && changed > 0 {
		return &exitError{code: 1}
	}
	return nil
}
