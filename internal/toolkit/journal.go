package toolkit

import (
	"os"
	"path/filepath"

	"github.com/strata-cdk/strata/internal/deploy"
)

// keepJournal copies the deploy journal of the old assembly into the new
// one before it replaces the old: a synth (or the deploy after an
// interrupted one) must not forget operations still under way.
func keepJournal(oldDir, newDir string) {
	b, err := os.ReadFile(filepath.Join(oldDir, deploy.JournalFile))
	if err != nil {
		return
	}
	_ = os.WriteFile(filepath.Join(newDir, deploy.JournalFile), b, 0o644)
}

// JournalPath is the deploy journal of a project: in its assembly
// directory (output, else cdk.json's "output", else cdk.out), also when
// the app is an assembly read from elsewhere.
func (p *Project) JournalPath(output string) string {
	if output == "" {
		output = p.String("output")
	}
	if output == "" {
		output = "cdk.out"
	}
	return filepath.Join(p.abs(output), deploy.JournalFile)
}
