package cli

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/strata-cdk/strata/internal/deploy"
	"github.com/strata-cdk/strata/internal/toolkit"
)

type driftArgs struct {
	*globalArgs
	All  bool
	Fail bool
}

func newDriftCmd(g *globalArgs, stdio IO) *cobra.Command {
	a := driftArgs{globalArgs: g}
	c := &cobra.Command{
		Use:   "drift [STACKS...|--all]",
		Short: "Detect drift: resources changed outside CloudFormation since they were deployed",
		Long: "Runs CloudFormation drift detection on the deployed stacks and shows, by\n" +
			"construct path, the resources modified or deleted outside CloudFormation\n" +
			"(with -v also those in sync and those not checked), as cdk drift does.",
		RunE: func(c *cobra.Command, pos []string) error {
			return runDrift(c.Context(), stdio, &a, pos)
		},
	}
	c.Flags().BoolVar(&a.All, "all", false, "every stack")
	c.Flags().BoolVar(&a.Fail, "fail", false, "fail with exit code 1 if drift is detected")
	return c
}

// stackDrift is one stack's drift, for --json.
type stackDrift struct {
	Stack     string                 `json:"stackName"`
	Drifted   int                    `json:"numResourcesWithDrift"`
	Unchecked int                    `json:"numResourcesUnchecked"`
	Resources []deploy.ResourceDrift `json:"resources"`
}

func runDrift(ctx context.Context, stdio IO, a *driftArgs, patterns []string) error {
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
	stacks, err := asm.Select(toolkit.Selection{Patterns: patterns, All: a.All}, true)
	if err != nil {
		return err
	}
	tk := &toolkit.Toolkit{Session: s}
	color := colorOn(a.globalArgs, stdio.Stdout)
	var all []stackDrift
	total, unchecked, unavailable := 0, 0, 0
	for _, st := range stacks {
		target, err := tk.ResolveTarget(ctx, st.Environment)
		if err != nil {
			return fmt.Errorf("stack %s: %w", st.DisplayName, err)
		}
		drifts, err := s.DetectDrift(ctx, target.Region, target.Substitute(st.AssumeRoleArn), st.AssumeRoleExternalID, st.StackName)
		if err != nil {
			return err
		}
		if drifts == nil {
			unavailable++
			fmt.Fprintf(stdio.Stderr, "%s: No drift results available\n", st.DisplayName)
			continue
		}
		var out io.Writer = stdio.Stdout
		if a.JSON {
			out = io.Discard
		}
		n, u := renderDrift(out, st, drifts, a.Verbose, color)
		total += n
		unchecked += u
		all = append(all, stackDrift{Stack: st.DisplayName, Drifted: n, Unchecked: u, Resources: drifts})
	}
	if a.JSON {
		if err := writeJSON(stdio.Stdout, map[string]interface{}{"stacks": all, "numResourcesWithDrift": total, "numResourcesUnchecked": unchecked}); err != nil {
			return err
		}
	} else {
		line := fmt.Sprintf("\n✨  Number of resources with drift: %d", total)
		if unchecked > 0 {
			line += fmt.Sprintf(" (%d unchecked)", unchecked)
		}
		fmt.Fprintln(stdio.Stdout, line)
	}
	if unavailable > 0 {
		fmt.Fprintf(stdio.Stderr, "\n⚠️  Failed to check drift for %d stack(s). Check log for more details.\n", unavailable)
	}
	if a.Fail && total > 0 {
		return &exitError{code: 1}
	}
	return nil
}

// renderDrift prints one stack's drift as cdk drift does (resources in
// sync and unchecked only when verbose) and returns how many resources
// drifted and how many were not checked.
func renderDrift(w io.Writer, st *toolkit.Stack, drifts []deploy.ResourceDrift, verbose, color bool) (drifted, unchecked int) {
	paint := func(code, s string) string {
		if !color {
			return s
		}
		return "\x1b[" + code + "m" + s + "\x1b[0m"
	}
	res, _ := st.Template["Resources"].(map[string]interface{})
	types := map[string]string{}
	paths := map[string]string{}
	for id, v := range res {
		r, _ := v.(map[string]interface{})
		t, _ := r["Type"].(string)
		if t == "AWS::CDK::Metadata" {
			continue
		}
		types[id] = t
		if md, ok := r["Metadata"].(map[string]interface{}); ok {
			if p, ok := md["aws:cdk:path"].(string); ok {
				paths[id] = p
			}
		}
	}
	byID := map[string]deploy.ResourceDrift{}
	for _, d := range drifts {
		byID[d.LogicalID] = d
	}
	var uncheckedIDs []string
	for _, id := range sortedKeys(types) {
		if d, ok := byID[id]; !ok || d.Status == "UNKNOWN" {
			uncheckedIDs = append(uncheckedIDs, id)
		}
	}
	name := func(id string) string {
		p := strings.TrimPrefix(paths[id], "/")
		if p == "" {
			return id
		}
		if parts := strings.Split(p, "/"); len(parts) > 1 {
			parts = parts[1:]
			if n := len(parts); n > 1 && (parts[n-1] == "Resource" || parts[n-1] == "Default") {
				parts = parts[:n-1]
			}
			p = strings.Join(parts, "/")
		}
		return p + " " + paint("90", id)
	}
	section := func(title string, ids []string, mark string, body func(string)) {
		if len(ids) == 0 {
			return
		}
		fmt.Fprintln(w, paint("1;4", title))
		for _, id := range ids {
			t := byID[id].Type
			if t == "" {
				t = types[id]
			}
			fmt.Fprintf(w, "%s %s %s\n", mark, paint("36", t), name(id))
			if body != nil {
				body(id)
			}
		}
		fmt.Fprint(w, "\n\n")
	}
	var inSync, modified, deleted []string
	for _, d := range drifts {
		switch {
		case d.Status == "IN_SYNC":
			inSync = append(inSync, d.LogicalID)
		case d.Type == "AWS::CDK::Metadata":
		case d.Status == "MODIFIED":
			modified = append(modified, d.LogicalID)
		case d.Status == "DELETED":
			deleted = append(deleted, d.LogicalID)
		}
	}
	fmt.Fprintf(w, "Stack %s\n\n", paint("1", st.DisplayName))
	if verbose {
		section("Resources In Sync", inSync, paint("90", "[ ]"), nil)
		section("Unchecked Resources", uncheckedIDs, paint("90", "[ ]"), nil)
	}
	section("Modified Resources", modified, paint("33", "[~]"), func(id string) {
		diffs := byID[id].Differences
		for i, pd := range diffs {
			branch := "├"
			if i == len(diffs)-1 {
				branch = "└"
			}
			mark := paint("33", "[~]")
			switch {
			case pd.Expected == nil:
				mark = paint("32", "[+]")
			case pd.Actual == nil:
				mark = paint("31", "[-]")
			}
			fmt.Fprintf(w, " %s─ %s %s\n", branch, mark, pd.Path)
			if pd.Expected != nil && pd.Actual != nil {
				fmt.Fprintf(w, "     ├─ %s %s\n", paint("31", "[-]"), paint("31", *pd.Expected))
				fmt.Fprintf(w, "     └─ %s %s\n", paint("32", "[+]"), paint("32", *pd.Actual))
			}
		}
	})
	section("Deleted Resources", deleted, paint("31", "[-]"), nil)
	drifted = len(modified) + len(deleted)
	if drifted == 0 {
		fmt.Fprintln(w, paint("32", "No drift detected\n"))
	} else {
		verb := "have"
		plural := "s"
		if drifted == 1 {
			verb, plural = "has", ""
		}
		fmt.Fprintln(w, paint("33", fmt.Sprintf("\n%d resource%s %s drifted from their expected configuration\n", drifted, plural, verb)))
	}
	return drifted, len(uncheckedIDs)
}
