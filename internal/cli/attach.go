package cli

import (
	"context"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/strata-cdk/strata/internal/deploy"
	"github.com/strata-cdk/strata/internal/toolkit"
)

// strata attach (and deploy --resume) re-attach to the CloudFormation
// operations that the deploy journal says strata stopped waiting for, as
// after Ctrl-C: the events not shown yet, then the same summary, message
// and exit code the deploy would have ended with. Nothing is synthesized:
// the journal holds all it needs.

func newAttachCmd(g *globalArgs, stdio IO) *cobra.Command {
	return &cobra.Command{
		Use:   "attach [STACKS...]",
		Short: "Follow deployments interrupted by Ctrl-C to their end",
		Long: "When a deploy is interrupted (Ctrl-C, SIGTERM, a lost connection), CloudFormation carries\n" +
			"on and strata records the operation in the deploy journal, " + deploy.JournalFile + "\n" +
			"in the assembly directory. attach follows the recorded operations of the named stacks\n" +
			"(all of them by default) from the last event shown, or reports how they ended, and exits\n" +
			"as the deploy would have. `strata deploy --resume` does the same.",
		RunE: func(c *cobra.Command, pos []string) error {
			return runAttach(c.Context(), stdio, g, pos, "attach to")
		},
	}
}

// openJournal is the project's deploy journal, named relative to the
// working directory in messages.
func openJournal(g *globalArgs, p *toolkit.Project) *deploy.Journal {
	full := p.JournalPath(g.Output)
	display := full
	if wd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(wd, full); err == nil && !strings.HasPrefix(rel, "..") {
			display = rel
		}
	}
	return deploy.OpenJournal(full, display)
}

// selectEntries keeps the journal entries whose stack name or display
// name matches one of the patterns (shell globs); all without patterns.
func selectEntries(entries []deploy.JournalEntry, patterns []string) []deploy.JournalEntry {
	if len(patterns) == 0 {
		return entries
	}
	var out []deploy.JournalEntry
	for _, e := range entries {
		for _, p := range patterns {
			a, _ := path.Match(p, e.StackName)
			b, _ := path.Match(p, e.DisplayName)
			if a || b {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

func runAttach(ctx context.Context, stdio IO, g *globalArgs, patterns []string, verb string) error {
	p, err := g.project()
	if err != nil {
		return err
	}
	j := openJournal(g, p)
	entries, err := j.Entries()
	if err != nil {
		return err
	}
	if len(entries) == 0 {
		return fmt.Errorf("nothing to %s: no interrupted deployment is recorded in %s", strings.TrimSuffix(verb, " to"), j.Display)
	}
	chosen := selectEntries(entries, patterns)
	if len(chosen) == 0 {
		var names []string
		for _, e := range entries {
			names = append(names, e.DisplayName)
		}
		return fmt.Errorf("no interrupted deployment of %s is recorded in %s (recorded: %s)", strings.Join(patterns, ", "), j.Display, strings.Join(names, ", "))
	}
	s, err := g.session(ctx, p, stdio.Stderr)
	if err != nil {
		return err
	}
	s.Journal = j
	view := &progressView{w: stdio.Stderr, json: g.JSON, color: colorOn(g, stdio.Stderr)}
	var results []*toolkit.StackResult
	var ops []string
	var firstErr error
	for _, e := range chosen {
		ops = append(ops, e.Operation)
		r := &toolkit.StackResult{Name: e.StackName, Display: e.DisplayName}
		if r.Display == "" {
			r.Display = e.StackName
		}
		results = append(results, r)
		if firstErr != nil {
			r.Skipped = "strata stopped before attaching to it"
			continue
		}
		if e.Endpoint != s.Endpoint() {
			view.Event(deploy.Event{Stack: r.Display, Kind: deploy.EventWarning,
				Message: fmt.Sprintf("the deployment was started against endpoint %q, strata now talks to %q", e.Endpoint, s.Endpoint())})
		}
		res, err := s.Attach(ctx, e, view)
		r.Result = res
		if err != nil {
			r.Err, r.ErrorMsg = err, err.Error()
			firstErr = err
		}
	}
	if g.JSON {
		if jerr := writeJSON(stdio.Stdout, map[string]interface{}{"stacks": results, "ok": firstErr == nil}); jerr != nil {
			return jerr
		}
		if firstErr != nil {
			return &exitError{code: exitCodeFor(firstErr), msg: "error: " + firstErr.Error()}
		}
		return nil
	}
	// Deployments end as deploy does, deletions and rollbacks as destroy
	// and rollback do.
	var deployed []*toolkit.StackResult
	for i, r := range results {
		e := deploy.JournalEntry{Operation: ops[i]}
		if e.Deploys() {
			deployed = append(deployed, r)
			continue
		}
		w := stdio.Stdout
		destroy := ops[i] == deploy.OpDeleteStack
		switch {
		case r.Skipped != "":
			fmt.Fprintf(w, "\n- %s: not followed (%s)\n", r.Display, r.Skipped)
		case r.Err != nil && exitCodeFor(r.Err) == 130:
			fmt.Fprintf(w, "\n- %s: interrupted while CloudFormation works on it\n", r.Display)
		case r.Err != nil && destroy:
			fmt.Fprintf(w, "\nx %s: not destroyed\n", r.Display)
		case r.Err != nil:
			fmt.Fprintf(w, "\nx %s: rollback failed\n", r.Display)
		case destroy:
			fmt.Fprintf(w, "\n✅  %s: destroyed\n", r.Display)
		default:
			fmt.Fprintf(w, "\n✅  %s: rolled back (%s)\n", r.Display, r.Result.Status)
		}
	}
	renderDeploy(stdio, deployed, nil)
	return firstErr
}
