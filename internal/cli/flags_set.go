package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/internal/toolkit"
	"github.com/strata-cdk/strata/internal/toolkit/templatediff"
)

// flagSetArgs are the options of `strata flags` that change cdk.json, as
// the CDK CLI's `cdk flags --set` has them.
type flagSetArgs struct {
	Set, Recommended, Default, Unconfigured, Safe, Yes bool
	Value                                              string
}

// validateFlagArgs applies the CDK CLI's rules for combining the options,
// in its order and with its messages.
func validateFlagArgs(a *flagsArgs, names []string) error {
	s := a.flagSetArgs
	named := len(names) > 0
	fail := func(msg string) error { return &usageError{msg: msg} }
	switch {
	case named && a.All:
		return fail("Cannot use both --all and a specific flag name. Please use either --all to show all flags or specify a single flag name.")
	case (s.Value != "" || s.Recommended || s.Default || s.Unconfigured) && !s.Set:
		return fail("This option can only be used with --set.")
	case s.Value != "" && !named:
		return fail("--value requires a specific flag name. Please specify a flag name when providing a value.")
	case s.Recommended && s.Default:
		return fail("Cannot use both --recommended and --default. Please choose one option.")
	case s.Unconfigured && a.All:
		return fail("Cannot use both --unconfigured and --all. Please choose one option.")
	case s.Unconfigured && named:
		return fail("Cannot use --unconfigured with a specific flag name. --unconfigured works with multiple flags.")
	case s.Set && named && s.Value == "":
		return fail("When setting a specific flag, you must provide a --value.")
	case s.Set && a.All && !s.Recommended && !s.Default:
		return fail("When using --set with --all, you must specify either --recommended or --default.")
	case s.Set && s.Unconfigured && !s.Recommended && !s.Default:
		return fail("When using --set with --unconfigured, you must specify either --recommended or --default.")
	case s.Set && !a.All && !s.Unconfigured && !named:
		return fail("When using --set, you must specify either --all, --unconfigured, or provide a specific flag name.")
	}
	return nil
}

// isBooleanFlag: only flags whose recommended value is a boolean can be set
// from the command line (the CDK CLI's rule).
func isBooleanFlag(f featureFlag) bool {
	switch v := f.RecommendedValue.(type) {
	case bool:
		return true
	case string:
		return v == "true" || v == "false"
	}
	return false
}

// flagChanger sets feature flags in cdk.json after showing what the change
// does to the templates: the app is synthesized with the project's context
// and again with the new values, into temporary directories, and each stack
// is compared.
type flagChanger struct {
	ctx   context.Context
	stdio IO
	out   io.Writer // messages: stderr, stdout in CI
	a     *flagsArgs
	p     *toolkit.Project
	flags []featureFlag
	base  map[string]interface{}
}

func (c *flagChanger) find(name string) (featureFlag, bool) {
	for _, f := range c.flags {
		if f.Name == name {
			return f, true
		}
	}
	return featureFlag{}, false
}

// newValue is what --recommended or --default sets a flag to.
func (c *flagChanger) newValue(f featureFlag) interface{} {
	if c.a.Recommended {
		return f.RecommendedValue
	}
	return flagValueString(f.defaultValue()) == "true"
}

// setOne is `flags --set NAME --value true|false`.
func (c *flagChanger) setOne(name string) error {
	f, ok := c.find(name)
	if !ok {
		return errors.New("Flag not found.")
	}
	if !isBooleanFlag(f) {
		return fmt.Errorf("Flag '%s' is not a boolean flag. Only boolean flags are currently supported.", name)
	}
	v := c.a.Value == "true"
	if cur, ok := c.base[name].(bool); ok && cur == v {
		fmt.Fprintln(c.out, "Flag is already set to the specified value. No changes needed.")
		return nil
	}
	return c.apply([]string{name}, map[string]interface{}{name: v})
}

// setMany is `flags --set --all|--unconfigured --recommended|--default`.
func (c *flagChanger) setMany() error {
	var names []string
	values := map[string]interface{}{}
	for _, f := range c.flags {
		if !isBooleanFlag(f) {
			continue
		}
		switch {
		case c.a.All && c.a.Default:
		case c.a.All:
			if f.UserValue != nil && flagValueString(f.effective()) == flagValueString(f.RecommendedValue) {
				continue
			}
		default: // --unconfigured
			if f.UserValue != nil {
				continue
			}
		}
		names = append(names, f.Name)
		values[f.Name] = c.newValue(f)
	}
	return c.apply(names, values)
}

// setSafe is `flags --safe`: the unconfigured flags that can take their
// recommended value without changing any template, found by trying them
// together and halving the set that changes something.
func (c *flagChanger) setSafe() error {
	var candidates []featureFlag
	for _, f := range c.flags {
		if f.UserValue == nil && isBooleanFlag(f) {
			candidates = append(candidates, f)
		}
	}
	if len(candidates) == 0 {
		fmt.Fprintln(c.out, "All feature flags are configured.")
		return nil
	}
	baseline, cleanup, err := c.synth(nil)
	if err != nil {
		return err
	}
	defer cleanup()
	unchanged := func(batch []featureFlag) (bool, error) {
		values := map[string]interface{}{}
		for _, f := range batch {
			values[f.Name] = f.RecommendedValue
		}
		asm, done, err := c.synth(values)
		if err != nil {
			return false, err
		}
		defer done()
		for _, d := range compareAssemblies(baseline, asm) {
			if !d.Diff.Empty() {
				return false, nil
			}
		}
		return true, nil
	}
	var safe []featureFlag
	var try func(batch []featureFlag) error
	try = func(batch []featureFlag) error {
		ok, err := unchanged(batch)
		if err != nil {
			return err
		}
		if ok {
			safe = append(safe, batch...)
			return nil
		}
		if len(batch) == 1 {
			return nil
		}
		mid := len(batch) / 2
		if err := try(batch[:mid]); err != nil {
			return err
		}
		return try(batch[mid:])
	}
	if err := try(candidates); err != nil {
		return err
	}
	if len(safe) == 0 {
		fmt.Fprintln(c.out, "No more flags can be set without causing template changes.")
		return nil
	}
	fmt.Fprintln(c.out, "Flags that can be set without template changes:")
	names := make([]string, len(safe))
	values := map[string]interface{}{}
	for i, f := range safe {
		fmt.Fprintf(c.out, "- %s -> %s\n", f.Name, flagValueString(f.RecommendedValue))
		names[i] = f.Name
		values[f.Name] = f.RecommendedValue
	}
	return c.confirmAndWrite(names, values)
}

// apply shows the template changes the new values make, then asks and
// writes them.
func (c *flagChanger) apply(names []string, values map[string]interface{}) error {
	before, done1, err := c.synth(nil)
	if err != nil {
		return err
	}
	defer done1()
	after, done2, err := c.synth(values)
	if err != nil {
		return err
	}
	defer done2()
	changed := 0
	style := templatediff.Style{Color: colorOn(c.a.globalArgs, c.out)}
	for _, d := range compareAssemblies(before, after) {
		fmt.Fprintf(c.out, "Stack %s\n", d.name)
		d.Diff.Render(c.out, style)
		if !d.Diff.Empty() {
			changed++
		}
	}
	fmt.Fprintf(c.out, "\n✨  Number of stacks with differences: %d\n", changed)
	fmt.Fprintln(c.out, "\nFlag changes:")
	for _, n := range names {
		cur := "<unset>"
		if v, ok := c.base[n]; ok {
			cur = flagValueString(v)
		}
		fmt.Fprintf(c.out, "  %s: %s → %s\n", n, cur, flagValueString(values[n]))
	}
	return c.confirmAndWrite(names, values)
}

// confirmAndWrite asks "Do you want to accept these changes?" (--yes
// answers it; without a terminal nobody can) and writes cdk.json.
func (c *flagChanger) confirmAndWrite(names []string, values map[string]interface{}) error {
	const question = "Do you want to accept these changes?"
	switch {
	case c.a.Yes:
		fmt.Fprintln(c.out, question+" (auto-confirmed)")
	case c.a.CI || !isTerminal(c.stdio.Stdin):
		return errors.New("User input is needed, but terminal (TTY) is not attached so we are unable to get a confirmation from the user")
	default:
		fmt.Fprint(c.out, question+" (y/n) ")
		line, _ := bufio.NewReader(c.stdio.Stdin).ReadString('\n')
		if ans := strings.ToLower(strings.TrimSpace(line)); ans != "y" && ans != "yes" {
			return errors.New("Flag update cancelled")
		}
	}
	if err := writeCdkJSONContext(c.p.Dir, names, values); err != nil {
		return err
	}
	if len(names) == 1 && c.a.Value != "" {
		fmt.Fprintf(c.out, "Setting flag '%s' to: %s\n", names[0], flagValueString(values[names[0]]))
	}
	fmt.Fprintln(c.out, "Flag value(s) updated successfully.")
	return nil
}

// synth runs the app with the project's context plus values, into a
// temporary directory removed by the returned function.
func (c *flagChanger) synth(values map[string]interface{}) (*toolkit.Assembly, func(), error) {
	dir, err := os.MkdirTemp("", "strata-flags-")
	if err != nil {
		return nil, nil, err
	}
	cleanup := func() { os.RemoveAll(dir) }
	o := toolkit.SynthOptions{App: c.a.App, Output: dir, Context: c.a.contextOptions(), Stdout: c.stdio.Stderr, Stderr: c.stdio.Stderr}
	cl := map[string]string{}
	for k, v := range o.Context.CommandLine {
		cl[k] = v
	}
	for k, v := range values {
		cl[k] = flagValueString(v)
	}
	o.Context.CommandLine = cl
	asm, err := c.p.Synthesize(c.ctx, o)
	if err != nil {
		cleanup()
		return nil, nil, err
	}
	return asm, cleanup, nil
}

type namedDiff struct {
	name string
	Diff *templatediff.Diff
}

// compareAssemblies diffs every stack of before (nested assemblies
// included) with the stack of the same id in after.
func compareAssemblies(before, after *toolkit.Assembly) []namedDiff {
	byID := map[string]*toolkit.Stack{}
	for _, s := range after.Stacks {
		byID[s.ID] = s
	}
	var out []namedDiff
	for _, s := range before.Stacks {
		n := byID[s.ID]
		var tmpl map[string]interface{}
		if n != nil {
			tmpl = n.Template
		}
		d := templatediff.Compare(s.Template, tmpl)
		if n != nil {
			d.UseWrittenOrder(s.TemplateJSON, n.TemplateJSON)
		}
		out = append(out, namedDiff{name: s.DisplayName, Diff: d})
	}
	return out
}

// writeCdkJSONContext sets keys in cdk.json's "context", keeping the
// file's key order, written as the CDK CLI writes it (two-space indent, no
// final newline).
func writeCdkJSONContext(dir string, names []string, values map[string]interface{}) error {
	path := filepath.Join(dir, "cdk.json")
	raw, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("reading cdk.json: %w", err)
	}
	doc, err := ojson.Decode(raw)
	if err != nil {
		return fmt.Errorf("cdk.json: %w", err)
	}
	root, ok := doc.(*ojson.Object)
	if !ok {
		return errors.New("cdk.json: not a JSON object")
	}
	ctx, ok := func() (*ojson.Object, bool) {
		v, found := root.Get("context")
		if !found {
			o := ojson.New()
			root.Set("context", o)
			return o, true
		}
		o, ok := v.(*ojson.Object)
		return o, ok
	}()
	if !ok {
		return errors.New(`cdk.json: "context" is not a JSON object`)
	}
	for _, n := range names {
		ctx.Set(n, values[n])
	}
	b, err := ojson.Marshal(root, "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}
