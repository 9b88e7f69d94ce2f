package cli

import (
	"bufio"
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/strata-cdk/strata/internal/deploy"
	"github.com/strata-cdk/strata/internal/toolkit"
)

type gcArgs struct {
	*globalArgs
	Unstable         []string
	Action, Type     string
	RollbackBuffer   float64
	CreatedBuffer    float64
	Confirm          bool
	ToolkitStackName string
}

func newGCCmd(g *globalArgs, stdio IO) *cobra.Command {
	a := gcArgs{globalArgs: g}
	c := &cobra.Command{
		Use:   "gc [ENVIRONMENTS...]",
		Short: "Garbage-collect assets in the bootstrap bucket and repository that no stack uses (unstable: --unstable=gc)",
		Long: "Finds the objects of the bootstrap bucket and the images of the bootstrap\n" +
			"repository that no deployed stack of the environment refers to, and tags or\n" +
			"deletes them as cdk gc does. --action=print only reports (a dry run); the\n" +
			"default, full, tags newly isolated assets and deletes those isolated for more\n" +
			"than --rollback-buffer-days (at once when 0), after asking. Without\n" +
			"ENVIRONMENTS (aws://ACCOUNT/REGION), the app's stacks' environments.",
		RunE: func(c *cobra.Command, pos []string) error {
			return runGC(c.Context(), stdio, &a, pos)
		},
	}
	f := c.Flags()
	f.StringArrayVar(&a.Unstable, "unstable", nil, "opt in to an unstable command (gc needs --unstable=gc)")
	f.StringVar(&a.Action, "action", "full", `what to do: "print", "tag", "delete-tagged" or "full"`)
	f.StringVar(&a.Type, "type", "all", "ecr, s3 or all")
	f.Float64Var(&a.RollbackBuffer, "rollback-buffer-days", 0, "delete assets that have been marked as isolated for this many days")
	f.Float64Var(&a.CreatedBuffer, "created-buffer-days", 1, "never delete assets younger than this (in days)")
	f.BoolVar(&a.Confirm, "confirm", true, "confirm via manual prompt before deletion (--confirm=false deletes without asking)")
	f.StringVar(&a.ToolkitStackName, "toolkit-stack-name", "", "the bootstrap stack (default CDKToolkit, or cdk.json toolkitStackName)")
	f.StringVar(&a.ToolkitStackName, "bootstrap-stack-name", "", "deprecated: use --toolkit-stack-name")
	_ = f.MarkDeprecated("bootstrap-stack-name", "use --toolkit-stack-name")
	return c
}

func runGC(ctx context.Context, stdio IO, a *gcArgs, envArgs []string) error {
	unstable := false
	for _, u := range a.Unstable {
		for _, v := range strings.Split(u, ",") {
			unstable = unstable || v == "gc"
		}
	}
	if !unstable {
		return fmt.Errorf("Unstable feature use: 'gc' is unstable. It must be opted in via '--unstable', e.g. 'strata gc --unstable=gc'")
	}
	switch a.Action {
	case "print", "tag", "delete-tagged", "full":
	default:
		return &usageError{msg: fmt.Sprintf("--action must be print, tag, delete-tagged or full, not %q", a.Action)}
	}
	switch a.Type {
	case "s3", "ecr", "all":
	default:
		return &usageError{msg: fmt.Sprintf("--type must be s3, ecr or all, not %q", a.Type)}
	}
	if a.RollbackBuffer < 0 || a.CreatedBuffer < 0 {
		return &usageError{msg: "--rollback-buffer-days and --created-buffer-days cannot be negative"}
	}
	p, err := a.project()
	if err != nil {
		return err
	}
	s, err := a.session(ctx, p, stdio.Stderr)
	if err != nil {
		return err
	}
	tk := &toolkit.Toolkit{Session: s}
	var targets []deploy.Target
	seen := map[string]bool{}
	add := func(env toolkit.Environment) error {
		t, err := tk.ResolveTarget(ctx, env)
		if err != nil {
			return err
		}
		if key := t.Account + "/" + t.Region; !seen[key] {
			seen[key] = true
			targets = append(targets, t)
		}
		return nil
	}
	for _, e := range envArgs {
		if !strings.HasPrefix(e, "aws://") || strings.ContainsAny(e, "*?") {
			return &usageError{msg: fmt.Sprintf("'%s' is not an environment name. Specify an environment name like 'aws://123456789012/us-east-1'.", e)}
		}
		env, err := toolkit.ParseEnvironment(e)
		if err != nil {
			return err
		}
		if err := add(env); err != nil {
			return err
		}
	}
	if len(envArgs) == 0 {
		if a.App == "" && p.String("app") == "" {
			return &usageError{msg: "Specify an environment name like 'aws://123456789012/us-east-1', or run in a directory with 'cdk.json'."}
		}
		asm, err := a.assembly(ctx, p, s, stdio)
		if err != nil {
			return err
		}
		stacks, err := asm.Select(toolkit.Selection{All: true}, false)
		if err != nil {
			return err
		}
		for _, st := range stacks {
			if err := add(st.Environment); err != nil {
				return err
			}
		}
	}
	name := a.ToolkitStackName
	if name == "" {
		name = p.String("toolkitStackName")
	}
	canAsk := !a.CI && isTerminal(stdio.Stdin)
	in := bufio.NewReader(stdio.Stdin)
	var all []deploy.GCResult
	for _, t := range targets {
		fmt.Fprintf(stdio.Stderr, " ⏳  Garbage Collecting environment aws://%s/%s...\n", t.Account, t.Region)
		o := deploy.GCOptions{
			Target: t, ToolkitStackName: name, Action: a.Action, Type: a.Type,
			RollbackBufferDays: a.RollbackBuffer, CreatedBufferDays: a.CreatedBuffer,
			Report: func(line string) { fmt.Fprintln(stdio.Stderr, line) },
		}
		if a.Confirm {
			o.Confirm = func(msg string) (bool, bool, error) {
				fmt.Fprintln(stdio.Stderr, msg)
				if !canAsk {
					return false, false, fmt.Errorf("deleting needs a confirmation and no terminal is attached to ask on: run again with --confirm=false to delete without asking, or --action=print to only see what would go")
				}
				fmt.Fprint(stdio.Stderr, "[y]es/[n]o/[a]ll ")
				line, err := in.ReadString('\n')
				if err != nil && line == "" {
					return false, false, fmt.Errorf("no answer to the confirmation prompt")
				}
				switch strings.ToLower(strings.TrimSpace(line)) {
				case "y", "yes":
					return true, false, nil
				case "a", "all", "delete-all":
					return true, true, nil
				}
				return false, false, nil
			}
		}
		res, err := s.GarbageCollect(ctx, o)
		all = append(all, res...)
		if err != nil {
			return err
		}
	}
	if a.JSON {
		return writeJSON(stdio.Stdout, map[string]interface{}{"results": all})
	}
	return nil
}
