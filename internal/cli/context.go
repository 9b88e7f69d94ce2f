package cli

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"
)

type contextArgs struct {
	*globalArgs
	Reset string
	Clear bool
}

func newContextCmd(g *globalArgs, stdio IO) *cobra.Command {
	a := contextArgs{globalArgs: g}
	c := &cobra.Command{
		Use:   "context [--reset KEY|NUMBER | --clear]",
		Short: "Show or reset cached context values (cdk.context.json)",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, pos []string) error {
			return runContext(c.Context(), stdio, &a)
		},
	}
	c.Flags().StringVarP(&a.Reset, "reset", "e", "", "remove this key (or the value listed with this number) from cdk.context.json")
	c.Flags().BoolVar(&a.Clear, "clear", false, "remove every key from cdk.context.json")
	return c
}

func runContext(ctx context.Context, stdio IO, a *contextArgs) error {
	p, err := a.project()
	if err != nil {
		return err
	}
	if a.Reset != "" || a.Clear {
		var keys []string
		if a.Reset != "" {
			keys = []string{a.Reset}
		}
		removed, err := p.ResetContext(keys)
		if err != nil {
			return err
		}
		if a.JSON {
			return writeJSON(stdio.Stdout, map[string]interface{}{"removed": removed})
		}
		for _, k := range removed {
			fmt.Fprintf(stdio.Stdout, "Context value %s reset. It will be refreshed on the next synthesis.\n", k)
		}
		if len(removed) == 0 {
			fmt.Fprintln(stdio.Stdout, "No cached context to clear.")
		}
		return nil
	}
	entries := p.ContextEntries()
	if a.JSON {
		return writeJSON(stdio.Stdout, entries)
	}
	if len(entries) == 0 {
		fmt.Fprintln(stdio.Stdout, "This app has no context values.")
		return nil
	}
	fmt.Fprintln(stdio.Stdout, "Context found in cdk.json, cdk.context.json and ~/.cdk.json:")
	for i, e := range entries {
		v, _ := json.Marshal(e.Value)
		fmt.Fprintf(stdio.Stdout, "%3d  %-70s %s  (%s)\n", i+1, e.Key, v, e.Source)
	}
	fmt.Fprintln(stdio.Stdout, "\nRun `strata context --reset KEY` to forget a cached value (cdk.context.json).")
	return nil
}
