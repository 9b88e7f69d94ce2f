package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/strata-cdk/strata/policy"
)

// policyArgs are synth's policy flags: rule sets run over the assembly
// once it is written.
type policyArgs struct {
	Sets         []string
	Format       string
	Output       string
	Suppressions string
}

func (p *policyArgs) flags(c *cobra.Command) {
	c.Flags().StringArrayVar(&p.Sets, "policy", nil, "check the templates against the Rego rules in `DIR` (repeatable; builtin:awssolutions for the built-in pack)")
	c.Flags().StringVar(&p.Format, "policy-format", "human", "policy report format: human, json or sarif")
	c.Flags().StringVar(&p.Suppressions, "policy-suppressions", "", "suppressions `FILE` ({\"suppressions\": [{id, path, reason}]}; default "+policy.SuppressionsFile+" beside cdk.json when it exists)")
	c.Flags().StringVar(&p.Output, "policy-report", "", "write the policy report to `FILE` (default: stderr for human, stdout otherwise)")
}

// machine reports whether the policy report takes stdout, so the template
// isn't printed there too.
func (p *policyArgs) machine() bool {
	return len(p.Sets) > 0 && p.Output == "" && p.Format != "human"
}

// check evaluates the rule sets over the assembly in dir, writes the
// report and fails when an error-severity finding is not suppressed.
func (p *policyArgs) check(ctx context.Context, stdio IO, projectDir, dir string) error {
	if len(p.Sets) == 0 {
		return nil
	}
	p.Format = strings.ToLower(p.Format)
	write := map[string]func(*policy.Report, io.Writer) error{
		"human": (*policy.Report).WriteHuman,
		"json":  (*policy.Report).WriteJSON,
		"sarif": (*policy.Report).WriteSARIF,
	}[p.Format]
	if write == nil {
		return fmt.Errorf("--policy-format %q: use human, json or sarif", p.Format)
	}
	var sets []*policy.RuleSet
	for _, s := range p.Sets {
		rs, err := policy.Load(s)
		if err != nil {
			return err
		}
		sets = append(sets, rs)
	}
	rep, err := policy.EvaluateAssembly(ctx, dir, sets...)
	if err != nil {
		return err
	}
	file := p.Suppressions
	if file == "" {
		if f := filepath.Join(projectDir, policy.SuppressionsFile); fileExists(f) {
			file = f
		}
	}
	if file != "" {
		list, err := policy.LoadSuppressions(file)
		if err != nil {
			return err
		}
		rep.Suppress(list)
	}
	if err := p.emit(stdio, rep, write); err != nil {
		return err
	}
	if rep.Failed() {
		n := 0
		for _, f := range rep.Findings {
			if !f.Suppressed && f.Severity == policy.SeverityError {
				n++
			}
		}
		return fmt.Errorf("policy: %d violation(s) of %s", n, strings.Join(p.Sets, ", "))
	}
	return nil
}

func (p *policyArgs) emit(stdio IO, rep *policy.Report, write func(*policy.Report, io.Writer) error) error {
	if p.Output == "" {
		if p.Format == "human" {
			return write(rep, stdio.Stderr)
		}
		return write(rep, stdio.Stdout)
	}
	f, err := os.Create(p.Output)
	if err != nil {
		return err
	}
	if err := write(rep, f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if p.Format != "human" {
		return rep.WriteHuman(stdio.Stderr) // the file has the details; the terminal gets the gist
	}
	return nil
}

func fileExists(f string) bool {
	st, err := os.Stat(f)
	return err == nil && !st.IsDir()
}
