package cli

import (
	"bufio"
	"context"
	"fmt"
	"strings"

	"github.com/strata-cdk/strata/internal/toolkit"
)

type destroyArgs struct {
	globalArgs
	All, Force, Exclusively bool
}

func runDestroy(ctx context.Context, stdio IO, args []string) error {
	var a destroyArgs
	fs := newFlags("destroy", &a.globalArgs, stdio, "[STACKS...|--all] [--force]")
	fs.BoolVar(&a.All, "all", false, "destroy every stack")
	fs.BoolVar(&a.Force, "force", false, "do not ask for confirmation")
	fs.BoolVar(&a.Force, "f", false, "shorthand for --force")
	fs.BoolVar(&a.Exclusively, "exclusively", false, "only the named stacks, not the stacks that depend on them")
	fs.BoolVar(&a.Exclusively, "e", false, "shorthand for --exclusively")
	patterns, err := parseArgs(fs, args)
	if err != nil {
		return err
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
	sel := toolkit.Selection{Patterns: patterns, All: a.All, Extend: toolkit.ExtendDownstream}
	if a.Exclusively {
		sel.Extend = toolkit.ExtendNone
	}
	stacks, err := asm.Select(sel, false)
	if err != nil {
		return err
	}
	if !a.Force {
		if a.CI || a.JSON || !isTerminal(stdio.Stdin) {
			return fmt.Errorf("destroy needs confirmation; there is no terminal to ask, so pass --force")
		}
		names := make([]string, 0, len(stacks))
		for _, st := range stacks {
			names = append(names, st.DisplayName)
		}
		fmt.Fprintf(stdio.Stderr, "Are you sure you want to delete: %s (y/n)? ", strings.Join(names, ", "))
		line, _ := bufio.NewReader(stdio.Stdin).ReadString('\n')
		if ans := strings.ToLower(strings.TrimSpace(line)); ans != "y" && ans != "yes" {
			return &exitError{code: 1, msg: "not destroyed"}
		}
	}
	view := &progressView{w: stdio.Stderr, json: a.JSON, color: colorOn(&a.globalArgs, stdio.Stderr)}
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
