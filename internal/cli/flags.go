package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/strata-cdk/strata/internal/cdkctx"
)

type flagsArgs struct {
	*globalArgs
	flagSetArgs
	All      bool
	Unstable []string
}

// featureFlag is one row of `strata flags`: a flag as the app's
// feature-flag report (or, without one, internal/cdkctx) describes it.
type featureFlag struct {
	Module           string
	Name             string
	Explanation      string
	RecommendedValue interface{}
	UserValue        interface{} // nil: not configured
	V2               interface{} // how an unconfigured flag behaves (nil: false)
}

func (f featureFlag) defaultValue() interface{} {
	if f.V2 == nil {
		return false
	}
	return f.V2
}

func (f featureFlag) effective() interface{} {
	if f.UserValue != nil {
		return f.UserValue
	}
	return f.defaultValue()
}

func newFlagsCmd(g *globalArgs, stdio IO) *cobra.Command {
	a := flagsArgs{globalArgs: g}
	c := &cobra.Command{
		Use:   "flags [FLAGNAME...]",
		Short: "Show the app's feature flags: recommended, configured and effective values",
		Long: "Show the app's feature flags, as `cdk flags --unstable=flags` does.\n\n" +
			"The app is synthesized and its feature-flag report read: with no argument,\n" +
			"the unconfigured flags whose default differs from aws-cdk-lib's recommended\n" +
			"value; with --all, every flag; with FLAGNAME, the flags whose name contains it.\n" +
			"Flags are changed in cdk.json's \"context\".",
		RunE: func(c *cobra.Command, pos []string) error {
			return runFlags(c.Context(), stdio, &a, pos)
		},
	}
	c.Flags().BoolVar(&a.All, "all", false, "show all feature flags (including configured ones)")
	c.Flags().BoolVar(&a.Set, "set", false, "change flags in cdk.json's context (with FLAGNAME --value, or --all/--unconfigured with --recommended/--default)")
	c.Flags().StringVar(&a.Value, "value", "", "the value to --set FLAGNAME to: true or false")
	c.Flags().BoolVar(&a.Recommended, "recommended", false, "with --set: aws-cdk-lib's recommended values")
	c.Flags().BoolVar(&a.Default, "default", false, "with --set: the values unconfigured flags behave as")
	c.Flags().BoolVar(&a.Unconfigured, "unconfigured", false, "with --set: only the flags cdk.json does not set")
	c.Flags().BoolVar(&a.Safe, "safe", false, "set to their recommended values the unconfigured flags that change no template")
	c.Flags().BoolVarP(&a.Yes, "yes", "y", false, "accept the changes without asking")
	// Accepted so that `--unstable=flags`, which the CDK CLI asks for, works here too.
	c.Flags().StringSliceVar(&a.Unstable, "unstable", nil, "accepted for compatibility with the CDK CLI (flags is stable in strata)")
	return c
}

func runFlags(ctx context.Context, stdio IO, a *flagsArgs, names []string) error {
	if !a.Safe {
		if err := validateFlagArgs(a, names); err != nil {
			return err
		}
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
	flags, err := readFlagReport(asm.Dir)
	if err != nil {
		return err
	}
	if flags == nil {
		// An assembly without a report (written by an older aws-cdk-lib):
		// aws-cdk-lib 2.276.0's table with the context the app was given.
		flags = flagsFromContext(p.Context(a.contextOptions()))
	}
	// As the CDK CLI: these are messages, on stderr (stdout in CI).
	out := stdio.Stderr
	if a.CI {
		out = stdio.Stdout
	}
	if a.Safe || a.Set {
		c := &flagChanger{ctx: ctx, stdio: stdio, out: out, a: a, p: p, flags: flags, base: p.Context(a.contextOptions())}
		switch {
		case a.Safe:
			return c.setSafe()
		case len(names) > 0:
			return c.setOne(names[0])
		default:
			return c.setMany()
		}
	}
	if len(names) > 0 {
		var match []featureFlag
		for _, f := range flags {
			for _, n := range names {
				if strings.Contains(strings.ToLower(f.Name), strings.ToLower(n)) {
					match = append(match, f)
					break
				}
			}
		}
		switch len(match) {
		case 0:
			fmt.Fprintf(stdio.Stderr, "Flag matching %q not found.\n", strings.Join(names, ", "))
		case 1:
			f := match[0]
			user := "undefined"
			if f.UserValue != nil {
				user = flagValueString(f.UserValue)
			}
			fmt.Fprintf(out, "Flag name: %s\n", f.Name)
			fmt.Fprintf(out, "Description: %s\n", f.Explanation)
			fmt.Fprintf(out, "Recommended value: %s\n", flagValueString(f.RecommendedValue))
			fmt.Fprintf(out, "Default value: %s\n", flagValueString(f.defaultValue()))
			fmt.Fprintf(out, "User value: %s\n", user)
			fmt.Fprintf(out, "Effective value: %s\n", flagValueString(f.effective()))
		default:
			fmt.Fprintf(out, "Found %d flags matching %q\n", len(match), strings.Join(names, ", "))
			writeFlagTable(out, match)
		}
		return nil
	}
	if a.All {
		fmt.Fprintln(out, "All feature flags")
		writeFlagTable(out, flags)
		return nil
	}
	var attention []featureFlag
	for _, f := range flags {
		if f.UserValue == nil && !isObsoleteFlag(f.Name) && flagValueString(f.defaultValue()) != flagValueString(f.RecommendedValue) {
			attention = append(attention, f)
		}
	}
	fmt.Fprintln(out, "Unconfigured feature flags")
	writeFlagTable(out, attention)
	if len(attention) == 0 {
		fmt.Fprintln(out)
		fmt.Fprintln(out, "✅ All feature flags are already set to their recommended values.")
		fmt.Fprintln(out, "Use 'strata flags --all' to see all flags and their current values.")
	}
	fmt.Fprintln(out)
	fmt.Fprintln(out, "Available options:")
	fmt.Fprintln(out, "  strata flags --all             # Show all flags (including configured ones)")
	fmt.Fprintln(out, "  strata flags <flag-name>       # Show one flag, with its description and default")
	fmt.Fprintln(out, "  strata flags --set --all --recommended    # Set all flags to recommended values")
	fmt.Fprintln(out, "  strata flags --set --all --default       # Set all flags to default values")
	fmt.Fprintln(out, "  strata flags --set --unconfigured --recommended  # Set unconfigured flags to recommended")
	fmt.Fprintln(out, "  strata flags --set <flag-name> --value <true|false>  # Set specific flag")
	fmt.Fprintln(out, "  strata flags --safe            # Safely set flags that don't change templates")
	return nil
}

// isObsoleteFlag: the CDK CLI leaves these out of the "needs attention"
// view, as they no longer change anything.
func isObsoleteFlag(name string) bool {
	switch name {
	case "@aws-cdk/core:enableStackNameDuplicates", "@aws-cdk/aws-s3:grantWriteWithoutAcl", "@aws-cdk/aws-kms:defaultKeyPolicies":
		return true
	}
	return false
}

// readFlagReport reads the feature-flag report artifacts of the assembly in
// dir (aws-cdk-lib writes one, type cdk:feature-flag-report). It returns nil
// with no error when there is none.
func readFlagReport(dir string) ([]featureFlag, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		return nil, fmt.Errorf("reading the cloud assembly: %w", err)
	}
	var m struct {
		Artifacts map[string]struct {
			Type       string          `json:"type"`
			Properties json.RawMessage `json:"properties"`
		} `json:"artifacts"`
	}
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, "manifest.json"), err)
	}
	var out []featureFlag
	found := false
	for id, art := range m.Artifacts {
		if art.Type != "cdk:feature-flag-report" {
			continue
		}
		found = true
		var props struct {
			Module string `json:"module"`
			Flags  map[string]struct {
				UserValue               interface{}            `json:"userValue"`
				RecommendedValue        interface{}            `json:"recommendedValue"`
				Explanation             string                 `json:"explanation"`
				UnconfiguredBehavesLike map[string]interface{} `json:"unconfiguredBehavesLike"`
			} `json:"flags"`
		}
		if err := json.Unmarshal(art.Properties, &props); err != nil {
			return nil, fmt.Errorf("feature-flag report %s: %w", id, err)
		}
		for name, f := range props.Flags {
			out = append(out, featureFlag{
				Module:           props.Module,
				Name:             name,
				Explanation:      f.Explanation,
				RecommendedValue: f.RecommendedValue,
				UserValue:        f.UserValue,
				V2:               f.UnconfiguredBehavesLike["v2"],
			})
		}
	}
	if !found {
		return nil, nil
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Module != out[j].Module {
			return out[i].Module < out[j].Module
		}
		return out[i].Name < out[j].Name
	})
	return out, nil
}

func flagsFromContext(ctx map[string]interface{}) []featureFlag {
	var out []featureFlag
	for _, f := range cdkctx.Flags() {
		out = append(out, featureFlag{
			Module:           "aws-cdk-lib",
			Name:             f.Name,
			Explanation:      f.Summary,
			RecommendedValue: f.RecommendedValue,
			UserValue:        ctx[f.Name],
			V2:               f.V2,
		})
	}
	return out
}

// flagValueString prints a value as JavaScript's String() does for the
// values flags take (booleans, strings, numbers).
func flagValueString(v interface{}) string {
	switch t := v.(type) {
	case nil:
		return "undefined"
	case string:
		return t
	case bool, float64, json.Number:
		return fmt.Sprint(t)
	case []interface{}:
		// String([a, b]) is "a,b".
		parts := make([]string, len(t))
		for i, e := range t {
			if e != nil {
				parts[i] = flagValueString(e)
			}
		}
		return strings.Join(parts, ",")
	case map[string]interface{}:
		return "[object Object]"
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

// flagSortGroup orders rows as the CDK CLI does: configured as recommended,
// configured otherwise, then unconfigured.
func flagSortGroup(f featureFlag) int {
	switch {
	case f.UserValue == nil:
		return 3
	case flagValueString(f.effective()) == flagValueString(f.RecommendedValue):
		return 1
	}
	return 2
}

// flagNameLess approximates JavaScript's localeCompare on flag names:
// letters compare without case first.
func flagNameLess(a, b string) bool {
	la, lb := strings.ToLower(a), strings.ToLower(b)
	if la != lb {
		return la < lb
	}
	return a < b
}

// writeFlagTable draws the flags grouped by module, with a line under the
// header only, as the CDK CLI's flags table.
func writeFlagTable(w io.Writer, flags []featureFlag) {
	sorted := append([]featureFlag(nil), flags...)
	sort.SliceStable(sorted, func(i, j int) bool {
		a, b := sorted[i], sorted[j]
		if ga, gb := flagSortGroup(a), flagSortGroup(b); ga != gb {
			return ga < gb
		}
		if a.Module != b.Module {
			return flagNameLess(a.Module, b.Module)
		}
		return flagNameLess(a.Name, b.Name)
	})
	rows := [][]string{{"Feature Flag", "Recommended", "User", "Effective"}}
	module := ""
	for _, f := range sorted {
		if f.Module != module {
			rows = append(rows, []string{"Module: " + f.Module, "", "", ""})
			module = f.Module
		}
		user := "<unset>"
		if f.UserValue != nil {
			user = flagValueString(f.UserValue)
		}
		rows = append(rows, []string{"  " + f.Name, flagValueString(f.RecommendedValue), user, flagValueString(f.effective())})
	}
	widths := make([]int, 4)
	for _, r := range rows {
		for i, c := range r {
			if n := utf8.RuneCountInString(c); n > widths[i] {
				widths[i] = n
			}
		}
	}
	rule := func(l, m, r string) {
		parts := make([]string, len(widths))
		for i, wd := range widths {
			parts[i] = strings.Repeat("─", wd+2)
		}
		fmt.Fprintln(w, l+strings.Join(parts, m)+r)
	}
	rule("┌", "┬", "┐")
	for i, r := range rows {
		if i == 1 {
			rule("├", "┼", "┤")
		}
		var b strings.Builder
		b.WriteString("│")
		for j, c := range r {
			b.WriteString(" " + c + strings.Repeat(" ", widths[j]-utf8.RuneCountInString(c)) + " │")
		}
		fmt.Fprintln(w, b.String())
	}
	rule("└", "┴", "┘")
}
