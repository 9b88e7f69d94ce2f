package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"path"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/strata-cdk/strata/internal/toolkit/templatediff"
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
	// As cdk context: messages on stderr (stdout in CI), --json on stdout.
	info := stdio.Stderr
	if a.CI {
		info = stdio.Stdout
	}
	entries := p.ContextEntries()
	switch {
	case a.Clear:
		if _, err := p.ResetContext(nil); err != nil {
			return err
		}
		fmt.Fprintln(info, "All context values cleared.")
		return nil
	case a.Reset != "":
		key := a.Reset
		if n, err := strconv.Atoi(key); err == nil && strconv.Itoa(n) == key {
			if n < 1 || n > len(entries) {
				return fmt.Errorf("No context key with number: %d", n)
			}
			key = entries[n-1].Key
		}
		if _, ok := p.CachedContext[key]; ok {
			if _, err := p.ResetContext([]string{key}); err != nil {
				return err
			}
			fmt.Fprintf(info, "Context value %s reset. It will be refreshed on next synthesis\n", key)
			return nil
		}
		if _, ok := p.ProjectContext[key]; ok {
			fmt.Fprintln(info, "Only context values specified in cdk.context.json can be reset through the CLI")
			return fmt.Errorf("Cannot reset readonly context value with key: %s", key)
		}
		var matched []string
		for _, k := range sortedKeys(p.CachedContext) {
			if ok, _ := path.Match(key, k); ok {
				matched = append(matched, k)
			}
		}
		if len(matched) == 0 {
			return fmt.Errorf("No context value matching key: %s", key)
		}
		if _, err := p.ResetContext(matched); err != nil {
			return err
		}
		fmt.Fprintln(info, "The following matched context values reset. They will be refreshed on next synthesis")
		for _, k := range matched {
			fmt.Fprintf(info, "  %s\n", k)
		}
		return nil
	}
	if a.JSON {
		all := map[string]interface{}{}
		for _, e := range entries {
			all[e.Key] = e.Value
		}
		return writeJSON(stdio.Stdout, all)
	}
	if len(entries) == 0 {
		fmt.Fprint(info, "This CDK application does not have any saved context values yet.\n\n"+
			"Context will automatically be saved when you synthesize CDK apps\n"+
			"that use environment context information like AZ information, VPCs,\n"+
			"SSM parameters, and so on.\n")
		return nil
	}
	var files []string
	for _, f := range []struct {
		name string
		m    map[string]interface{}
	}{{"cdk.json", p.ProjectContext}, {"cdk.context.json", p.CachedContext}, {"~/.cdk.json", p.UserContext}} {
		if f.m != nil {
			files = append(files, f.name)
		}
	}
	fmt.Fprintf(info, "Context found in %s:\n\n", strings.Join(files, ", "))
	rows := [][]string{{"#", "Key", "Value"}}
	for i, e := range entries {
		v, _ := json.MarshalIndent(e.Value, "", "  ")
		rows = append(rows, []string{strconv.Itoa(i + 1), e.Key, strings.Join(strings.Fields(string(v)), " ")})
	}
	templatediff.Table(info, rows)
	fmt.Fprintln(info, "Run strata context --reset KEY_OR_NUMBER to remove a context key. It will be refreshed on the next CDK synthesis run.")
	return nil
}
