package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/strata-cdk/strata/internal/toolkit"
	"github.com/strata-cdk/strata/internal/toolkit/cfnyaml"
)

type synthArgs struct {
	*globalArgs
	Quiet  bool
	All    bool
	Policy policyArgs
}

func newSynthCmd(g *globalArgs, stdio IO) *cobra.Command {
	a := synthArgs{globalArgs: g}
	c := &cobra.Command{
		Use:     "synth [STACKS...]",
		Aliases: []string{"synthesize"},
		Short:   "Synthesize the app and print a stack's template",
		RunE: func(c *cobra.Command, pos []string) error {
			return runSynth(c.Context(), stdio, &a, pos)
		},
	}
	c.Flags().BoolVarP(&a.Quiet, "quiet", "q", false, "do not print the template")
	c.Flags().BoolVar(&a.All, "all", false, "all stacks")
	a.Policy.flags(c)
	return c
}

func runSynth(ctx context.Context, stdio IO, a *synthArgs, patterns []string) error {
	p, err := a.project()
	if err != nil {
		return err
	}
	s, _ := a.session(ctx, p, stdio.Stderr)
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
	if err := printValidation(stdio.Stderr, asm.Dir); err != nil { // synth_validation.go
		return err
	}
	if err := a.Policy.check(ctx, stdio, p.Dir, asm.Dir); err != nil {
		return err
	}
	if a.Policy.machine() {
		return nil // stdout carries the policy report
	}
	return renderSynth(stdio, a, asm, stacks)
}

// renderSynth prints one stack's template (YAML, or JSON with --json), or
// a summary when several stacks are selected, as cdk synth does.
func renderSynth(stdio IO, a *synthArgs, asm *toolkit.Assembly, stacks []*toolkit.Stack) error {
	if a.Quiet {
		fmt.Fprintf(stdio.Stderr, "Successfully synthesized to %s\n", asm.Dir)
		return nil
	}
	if len(stacks) != 1 {
		names := make([]string, 0, len(stacks))
		for _, s := range stacks {
			names = append(names, s.DisplayName)
		}
		fmt.Fprintf(stdio.Stderr, "Successfully synthesized to %s\nSupply a stack id (%s) to display its template.\n", asm.Dir, strings.Join(names, ", "))
		return nil
	}
	tmpl, err := cfnyaml.Decode(stacks[0].TemplateJSON)
	if err != nil {
		return err
	}
	hideBootstrapRule(tmpl)
	if a.JSON {
		return writeJSON(stdio.Stdout, tmpl)
	}
	fmt.Fprintln(stdio.Stdout, cfnyaml.Render(tmpl))
	return nil
}

// hideBootstrapRule drops the CheckBootstrapVersion rule every stack
// carries, as cdk synth's display does.
func hideBootstrapRule(v cfnyaml.Value) {
	top, ok := v.(*cfnyaml.Object)
	if !ok {
		return
	}
	rules, ok := top.Get("Rules").(*cfnyaml.Object)
	if !ok {
		return
	}
	removeKey(rules, "CheckBootstrapVersion")
	if len(rules.Keys) == 0 {
		removeKey(top, "Rules")
	}
}

func removeKey(o *cfnyaml.Object, key string) {
	if _, ok := o.Values[key]; !ok {
		return
	}
	delete(o.Values, key)
	for i, k := range o.Keys {
		if k == key {
			o.Keys = append(o.Keys[:i:i], o.Keys[i+1:]...)
			break
		}
	}
}
