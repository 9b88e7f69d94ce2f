package cli

import (
	"bufio"
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/strata-cdk/strata/internal/toolkit"
)

type destroyArgs struct {
	*globalArgs
	All, Force, Exclusively bool
}

func newDestroyCmd(g *globalArgs, stdio IO) *cobra.Command {
	a := destroyArgs{globalArgs: g}
	c := &cobra.Command{
		Use:   "destroy [STACKS...|--all]",
		Short: "Delete deployed stacks",
		RunE: func(c *cobra.Command, pos []string) error {
			return runDestroy(c.Context(), stdio, &a, pos)
		},
	}
	c.Flags().BoolVar(&a.All, "all", false, "destroy every stack")
	c.Flags().BoolVarP(&a.Force, "force", "f", false, "do not ask for confirmation")
	c.Flags().BoolVarP(&a.Exclusively, "exclusively", "e", false, "only the named stacks, not the stacks that depend on them")
	return c
}

func runDestroy(ctx context.Context, stdio IO, a *destroyArgs, patterns []string) error {
	p, err := a.project()
	if err != nil {
		return err
	}
	s, err := a.session(ctx, p, stdio.Stderr)
	if err != nil {
		return err
	}
	// A deletion interrupted is recorded like a deployment: `strata
	// attach` follows it.
	s.Journal = openJournal(a.globalArgs, p)
	asm, err := a.assembly(ctx, p, s, stdio)
	if err != nil {
		return err
	}
	sel := toolkit.Selection{Patterns: patterns, All: a.All, Extend: toolkit.ExtendDownstream}
	if a.Exclusively {
		sel.Extend = toolkit.ExtendNone
	}
	stacks, err := asm.Select(sel, false)
	if err != nil {
		return err
	}
	if !a.Force {
		// The CDK CLI's wording: no terminal is an error, a "no" is not.
		if a.CI || a.JSON || !isTerminal(stdio.Stdin) {
			return fmt.Errorf("Destroying stacks is an irreversible action, but terminal (TTY) is not attached so we are unable to get a confirmation from the user (pass --force to destroy without asking)")
		}
		names := make([]string, 0, len(stacks))
		for _, st := range stacks {
			names = append(names, st.DisplayName)
		}
		fmt.Fprintf(stdio.Stderr, "Are you sure you want to delete: %s (y/n)? ", strings.Join(names, ", "))
		line, _ := bufio.NewReader(stdio.Stdin).ReadString('\n')
		if ans := strings.ToLower(strings.TrimSpace(line)); ans != "y" && ans != "yes" {
			fmt.Fprintln(stdio.Stderr, "Aborted by user")
			return nil
		}
	}
	view := &progressView{w: stdio.Stderr, json: a.JSON, color: colorOn(a.globalArgs, stdio.Stderr)}
	tk := &toolkit.Toolkit{Session: s, Progress: view}
	results, err := tk.Destroy(ctx, stacks)
	if a.JSON {
		if jerr := writeJSON(stdio.Stdout, map[string]interface{}{"stacks": results, "ok": err == nil}); jerr != nil {
			return jerr
		}
		if err != nil {
			return &exitError{code: exitCodeFor(err), msg: "error: " + err.Error()}
		}
		return nil
	}
	for _, r := range results {
		switch {
		case r.ErrorMsg != "" && exitCodeFor(err) == 130:
			fmt.Fprintf(stdio.Stdout, "- %s: interrupted while CloudFormation deletes it\n", r.Display)
		case r.ErrorMsg != "":
			fmt.Fprintf(stdio.Stdout, "x %s: not destroyed\n", r.Display)
		case r.Deleted:
			fmt.Fprintf(stdio.Stdout, "✅  %s: destroyed\n", r.Display)
		default:
			fmt.Fprintf(stdio.Stdout, "%s: not deployed, nothing to destroy\n", r.Display)
		}
	}
	return err
}
