package policy

import (
	"context"
	"path/filepath"

	"github.com/strata-cdk/strata/awscdk"
)

// CheckApp synthesizes app and runs the rule sets over its assembly, with
// the suppressions file of projectDir (policy-suppressions.json), when
// there is one, applied: what `strata synth --policy` does, for an app's
// own Go tests. Give the app the context "aws:cdk:enable-path-metadata":
// true (as the CLI does) so findings carry construct paths.
func CheckApp(ctx context.Context, app awscdk.App, projectDir string, sets ...*RuleSet) (*Report, error) {
	asm := app.Synth(nil)
	rep, err := EvaluateAssembly(ctx, *asm.Directory(), sets...)
	if err != nil {
		return nil, err
	}
	if f := filepath.Join(projectDir, SuppressionsFile); fileExists(f) {
		list, err := LoadSuppressions(f)
		if err != nil {
			return nil, err
		}
		rep.Suppress(list)
	}
	return rep, nil
}

// Open lists the findings no suppression covers, warnings included.
func (r *Report) Open() []Finding {
	var out []Finding
	for _, f := range r.Findings {
		if !f.Suppressed {
			out = append(out, f)
		}
	}
	return out
}
