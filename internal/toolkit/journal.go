package toolkit

import (
	"os"
	"path/filepath"

	"github.com/strata-cdk/strata/internal/deploy"
)

// keepJournal copies the deploy journal and the hotswap cache of the old
// assembly into the new one before it replaces the old: a synth (or the
// deploy after an interrupted one) must not forget operations still under
// way, nor what hotswaps changed.
func keepJournal(oldDir, newDir string) {
	for _, name := range []string{deploy.JournalFile, HotswapCacheFile} {
		if b, err := os.ReadFile(filepath.Join(oldDir, name)); err == nil {
			_ = os.WriteFile(filepath.Join(newDir, name), b, 0o644)
		}
	}
}

// hotswapCache is the toolkit's cache, nil without HotswapCachePath.
func (t *Toolkit) hotswapCache() *hotswapCache {
	t.cacheOnce.Do(func() {
		if t.HotswapCachePath != "" {
			t.cache = &hotswapCache{path: t.HotswapCachePath}
		}
	})
	return t.cache
}

// HotswapCachePath is the hotswap cache of a project, beside its journal.
func (p *Project) HotswapCachePath(output string) string {
	return filepath.Join(filepath.Dir(p.JournalPath(output)), HotswapCacheFile)
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
