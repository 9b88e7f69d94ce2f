package cli

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/strata-cdk/strata/internal/deploy"
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
	ChangeSet     bool
	ChangeSetName string
	Parameters    kvFlag
	Impact        bool
}

func newDiffCmd(g *globalArgs, stdio IO) *cobra.Command {
	a := diffArgs{globalArgs: g, Parameters: kvFlag{}}
	c := &cobra.Command{
		Use:   "diff [STACKS...]",
		Short: "Compare stacks with what is deployed (or with a template file)",
		RunE: func(c *cobra.Command, pos []string) error {
			for _, f := range []string{"change-set", "changeset"} {
				if c.Flags().Changed(f) {
					fmt.Fprintf(stdio.Stderr, "--%s is deprecated: use --method instead\n", f)
				}
			}
			return runDiff(c.Context(), stdio, &a, pos)
		},
	}
	c.Flags().BoolVar(&a.All, "all", false, "diff every stack")
	c.Flags().BoolVar(&a.Fail, "fail", false, "exit with code 1 when there are differences")
	c.Flags().StringVar(&a.Template, "template", "", "compare with this template file instead of the deployed stack")
	c.Flags().BoolVar(&a.Security, "security-only", false, "only show IAM and security group changes that broaden permissions")
	c.Flags().IntVar(&a.Context, "context-lines", 3, "lines of context around each change in JSON values (0 means the default, as in cdk diff)")
	c.Flags().StringVarP(&a.Method, "method", "m", toolkit.DiffAuto, "how to compute the diff: \"auto\" tries a read-only change set for CloudFormation's replacement verdicts (deleted afterwards) and falls back to the template diff; \"change-set\" fails if it cannot make one; \"template\" compares templates only (--template implies it)")
	c.Flags().BoolVar(&a.ChangeSet, "change-set", true, "deprecated (use --method): false means --method=template")
	c.Flags().BoolVar(&a.ChangeSet, "changeset", true, "deprecated (use --method): false means --method=template")

	c.Flags().StringVar(&a.ChangeSetName, "change-set-name", "", "name of the CloudFormation change set to create (only if method is not template)")
	c.Flags().BoolVar(&a.Impact, "impact", false, "one table per stack: each resource's template change, strata's predicted replacement, the change set's verdict and its drift status (implies --method auto)")
	c.Flags().Var(a.Parameters, "parameters", "template parameter KEY=VALUE or STACK:KEY=VALUE for the change set (repeatable)")
	return c
}

func runDiff(ctx context.Context, stdio IO, a *diffArgs, patterns []string) error {
	switch a.Method {
	case toolkit.DiffTemplate, toolkit.DiffChangeSet, toolkit.DiffAuto:
	default:
		return &usageError{msg: fmt.Sprintf("--method must be auto, change-set or template, not %q", a.Method)}
	}
	if a.Impact && a.Method == toolkit.DiffTemplate && a.Template == "" {
		a.Method = toolkit.DiffAuto
	}
	// As the CDK CLI: a template file to compare with, or the deprecated
	// --change-set=false, means a template-only diff.
	if a.Template != "" || (!a.ChangeSet && !a.Impact) {
		a.Method = toolkit.DiffTemplate
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
	if a.Impact {
		return runImpact(ctx, stdio, a, tk, diffs)
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

// runImpact is diff --impact: the template diff, the change set and drift
// detection side by side, one table per stack.
func runImpact(ctx context.Context, stdio IO, a *diffArgs, tk *toolkit.Toolkit, diffs []toolkit.StackDiff) error {
	changed := 0
	var out []map[string]interface{}
	for _, d := range diffs {
		drift := stackDrifts{changeSetNote: "none could be made (see above)"}
		switch {
		case a.Template != "":
			drift.reason = "not checked against a template file"
			drift.changeSetNote = "not made against a template file"
		case d.New:
			drift.reason = "the stack is not deployed"
		default:
			target, err := tk.ResolveTarget(ctx, d.Stack.Environment)
			if err != nil {
				return fmt.Errorf("stack %s: %w", d.Display, err)
			}
			drifts, err := tk.Session.DetectDrift(ctx, target.Region, target.Substitute(d.Stack.AssumeRoleArn), d.Stack.AssumeRoleExternalID, d.Stack.StackName)
			switch {
			case ctx.Err() != nil:
				return ctx.Err()
			case err != nil:
				drift.reason = "drift detection failed: " + err.Error()
			case drifts == nil:
				drift.reason = "no drift results available"
			default:
				drift.byID = map[string]deploy.ResourceDrift{}
				for _, dr := range drifts {
					drift.byID[dr.LogicalID] = dr
				}
			}
		}
		var b strings.Builder
		if renderImpact(&b, d, drift) {
			changed++
		}
		if a.JSON {
			var drifts []deploy.ResourceDrift
			for _, id := range sortedKeys(drift.byID) {
				drifts = append(drifts, drift.byID[id])
			}
			out = append(out, map[string]interface{}{"stackName": d.Name, "displayName": d.Display, "diff": d.Diff,
				"changeSet": d.ChangeSet, "changeSetMade": d.ChangeSetMade, "drift": drifts, "driftError": drift.reason})
			continue
		}
		fmt.Fprintf(stdio.Stdout, "Stack %s\n", d.Display)
		if b.Len() == 0 {
			fmt.Fprintln(stdio.Stdout, "There were no differences")
		}
		fmt.Fprintln(stdio.Stdout, b.String())
	}
	if a.JSON {
		if err := writeJSON(stdio.Stdout, map[string]interface{}{"stacks": out, "stacksWithDifferences": changed}); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(stdio.Stdout, "\n✨  Number of stacks with differences: %d\n\n", changed)
	}
	if a.Fail && changed > 0 {
		return &exitError{code: 1}
	}
	return nil
}
