package cli

import (
	"context"
	"encoding/json"
	"fmt"
)

type contextArgs struct {
	globalArgs
	Reset string
	Clear bool
}

func runContext(ctx context.Context, stdio IO, args []string) error {
	var a contextArgs
	fs := newFlags("context", &a.globalArgs, stdio, "[--reset KEY | --clear]")
	fs.StringVar(&a.Reset, "reset", "", "remove this key from cdk.context.json")
	fs.StringVar(&a.Reset, "e", "", "shorthand for --reset")
	fs.BoolVar(&a.Clear, "clear", false, "remove every key from cdk.context.json")
	if _, err := parseArgs(fs, args); err != nil {
		return err
	}
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
