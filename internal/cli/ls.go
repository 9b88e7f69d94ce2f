package cli

import (
	"context"
	"fmt"

	"github.com/strata-cdk/strata/internal/toolkit"
)

type listArgs struct {
	globalArgs
	Long bool
}

type listedStack struct {
	ID           string   `json:"id"`
	Name         string   `json:"name"`
	Environment  string   `json:"environment"`
	Dependencies []string `json:"dependencies"`
}

func runList(ctx context.Context, stdio IO, args []string) error {
	var a listArgs
	fs := newFlags("ls", &a.globalArgs, stdio, "[STACKS...]")
	fs.BoolVar(&a.Long, "long", false, "show environment and dependencies")
	fs.BoolVar(&a.Long, "l", false, "shorthand for --long")
	patterns, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
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
	var out []listedStack
	for _, st := range stacks {
		l := listedStack{ID: st.DisplayName, Name: st.StackName, Environment: st.Environment.String(), Dependencies: []string{}}
		for _, d := range asm.Dependencies(st) {
			l.Dependencies = append(l.Dependencies, d.DisplayName)
		}
		out = append(out, l)
	}
	if a.JSON {
		return writeJSON(stdio.Stdout, out)
	}
	for _, l := range out {
		if a.Long {
			fmt.Fprintf(stdio.Stdout, "- id: %s\n  name: %s\n  environment: %s\n  dependencies: %v\n", l.ID, l.Name, l.Environment, l.Dependencies)
			continue
		}
		fmt.Fprintln(stdio.Stdout, l.ID)
	}
	return nil
}
