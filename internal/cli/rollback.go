package cli

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/strata-cdk/strata/internal/toolkit"
)

type rollbackArgs struct {
	*globalArgs
	All     bool
	RoleArn string
	Orphan  multiFlag
}

func newRollbackCmd(g *globalArgs, stdio IO) *cobra.Command {
	a := rollbackArgs{globalArgs: g}
	c := &cobra.Command{
		Use:   "rollback [STACKS...|--all]",
		Short: "Roll back stacks left failed by deploy --no-rollback",
		RunE: func(c *cobra.Command, pos []string) error {
			return runRollback(c.Context(), stdio, &a, pos)
		},
	}
	f := c.Flags()
	f.BoolVar(&a.All, "all", false, "roll back every stack")
	f.StringVarP(&a.RoleArn, "role-arn", "r", "", "ARN of the role CloudFormation rolls back with")
	f.Var(&a.Orphan, "orphan", "logical ID of a resource whose rollback failed, to skip (repeatable)")
	return c
}

func runRollback(ctx context.Context, stdio IO, a *rollbackArgs, patterns []string) error {
	p, err := a.project()
	if err != nil {
		return err
	}
	s, err := a.session(ctx, p, stdio.Stderr)
	if err != nil {
		return err
	}
	s.Journal = openJournal(a.globalArgs, p)
	asm, err := a.assembly(ctx, p, s, stdio)
	if err != nil {
		return err
	}
	stacks, err := asm.Select(toolkit.Selection{Patterns: patterns, All: a.All}, false)
	if err != nil {
		return err
	}
	view := &progressView{w: stdio.Stderr, json: a.JSON, color: colorOn(a.globalArgs, stdio.Stderr)}
	tk := &toolkit.Toolkit{Session: s, Progress: view}
	results, err := tk.Rollback(ctx, stacks, a.RoleArn, a.Orphan)
	if a.JSON {
		if jerr := writeJSON(stdio.Stdout, map[string]interface{}{"stacks": results, "ok": err == nil}); jerr != nil {
			return jerr
		}
	} else {
		for _, r := range results {
			if r.NotNeeded {
				fmt.Fprintf(stdio.Stdout, "%s: nothing to roll back (%s)\n", r.StackName, r.Status)
			} else {
				fmt.Fprintf(stdio.Stdout, "✅  %s: rolled back (%s)\n", r.StackName, r.Status)
			}
		}
	}
	return err
}
