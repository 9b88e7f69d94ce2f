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
	// Method is how to compute the diff (cdk diff --method).
	Method        string
	ChangeSetName string
	Parameters    kvFlag
}

func newDiffCmd(g *globalArgs, stdio IO) *cobra.Command {
	a := diffArgs{globalArgs: g, Parameters: kvFlag{}}
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
	c.Flags().StringVarP(&a.Method, "method", "m", toolkit.DiffTemplate, "how to compute the diff: \"template\" compares templates only; \"change-set\" also creates a read-only change set for CloudFormation's replacement verdicts (deleted afterwards) and fails if it cannot; \"auto\" tries a change set and falls back to the template diff")
	c.Flags().StringVar(&a.ChangeSetName, "change-set-name", "", "name of the CloudFormation change set to create (only if method is not template)")
	c.Flags().Var(a.Parameters, "parameters", "template parameter KEY=VALUE or STACK:KEY=VALUE for the change set (repeatable)")
	return c
}

func runDiff(ctx context.Context, stdio IO, a *diffArgs, patterns []string) error {
	switch a.Method {
	case toolkit.DiffTemplate, toolkit.DiffChangeSet, toolkit.DiffAuto:
	default:
		return &usageError{msg: fmt.Sprintf("--method must be auto, change-set or template, not %q", a.Method)}
	}
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
	o := toolkit.DiffOptions{Against: against, Method: a.Method, ChangeSetName: a.ChangeSetName, Parameters: a.Parameters,
		Info: func(msg string) { fmt.Fprintln(stdio.Stderr, msg) }}
	if a.Verbose {
		o.Verbose = func(msg string) { fmt.Fprintln(stdio.Stderr, msg) }
	}
	diffs, err := tk.Diff(ctx, stacks, o)
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
