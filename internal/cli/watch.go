package cli

import (
	"context"
	"fmt"
	"io/fs"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/strata-cdk/strata/internal/toolkit"
)

func newWatchCmd(g *globalArgs, stdio IO) *cobra.Command {
	a := deployArgs{globalArgs: g, Parameters: kvFlag{}, Tags: kvFlag{}}
	var fallback, full bool
	c := &cobra.Command{
		Use:   "watch [STACKS...|--all]",
		Short: "Deploy again, hotswapping by default, whenever the app's files change",
		Long: "Deploys the stacks, then watches the files cdk.json's \"watch\" settings name\n" +
			"(include/exclude globs) and deploys again after each change, hotswapping\n" +
			"what can be (Lambda code) as cdk watch does. Ctrl-C stops.",
		RunE: func(c *cobra.Command, pos []string) error {
			a.Hotswap, a.HotswapFallback = !full && !fallback, fallback
			return runWatch(c.Context(), stdio, &a, pos)
		},
	}
	f := c.Flags()
	f.BoolVar(&a.All, "all", false, "watch every stack")
	f.BoolVarP(&a.Exclusively, "exclusively", "e", false, "only the named stacks, not their dependencies")
	f.BoolVar(&fallback, "hotswap-fallback", false, "deploy in full when a change cannot be hotswapped")
	f.BoolVar(&full, "no-hotswap", false, "always deploy in full through CloudFormation")
	f.IntVar(&a.Concurrency, "concurrency", 1, "how many independent stacks to deploy at once")
	f.StringVar(&a.RequireApproval, "require-approval", "", "never | any-change | broadening")
	a.Method = "change-set"
	a.Rollback = true
	return c
}

// runWatch deploys, then deploys again after every change to the watched
// files (debounced; a change during a deployment queues one more).
func runWatch(ctx context.Context, stdio IO, a *deployArgs, patterns []string) error {
	p, err := a.project()
	if err != nil {
		return err
	}
	include, exclude := watchGlobs(p, a.Output)
	deployOnce := func() {
		if err := runDeploy(ctx, stdio, a, patterns); err != nil && ctx.Err() == nil {
			fmt.Fprintln(stdio.Stderr, "error: "+err.Error())
		}
	}
	fmt.Fprintf(stdio.Stderr, "'watch' is watching for changes (include %s, exclude %s)\nTriggering initial 'strata deploy'\n", strings.Join(include, ", "), strings.Join(exclude, ", "))
	deployOnce()
	err = watchFiles(ctx, p.Dir, include, exclude, 250*time.Millisecond, func(changed []string) {
		fmt.Fprintf(stdio.Stderr, "Detected change to '%s' (type: change). Triggering 'strata deploy'\n", strings.Join(changed, "', '"))
		deployOnce()
	})
	if ctx.Err() != nil {
		return nil
	}
	return err
}

// watchGlobs are cdk.json's watch.include/exclude, with the CDK CLI's
// defaults and the exclusions it always adds (the assembly directory,
// dot files and folders, node_modules).
func watchGlobs(p *toolkit.Project, output string) (include, exclude []string) {
	w, _ := p.Settings["watch"].(map[string]interface{})
	list := func(v interface{}) []string {
		switch t := v.(type) {
		case string:
			return []string{t}
		case []interface{}:
			var out []string
			for _, x := range t {
				if s, ok := x.(string); ok {
					out = append(out, s)
				}
			}
			return out
		}
		return nil
	}
	include, exclude = list(w["include"]), list(w["exclude"])
	if len(include) == 0 {
		include = []string{"**"}
	}
	if output == "" {
		output = p.String("output")
	}
	if output == "" {
		output = "cdk.out"
	}
	exclude = append(exclude, output, output+"/**", "**/.*", "**/.*/**", "**/node_modules/**")
	return include, exclude
}

// watchFiles polls the files under dir matching include and not exclude,
// and calls changed with the paths that changed once they have been quiet
// for a moment, until ctx ends.
func watchFiles(ctx context.Context, dir string, include, exclude []string, every time.Duration, changed func([]string)) error {
	inc, exc := globsRegexp(include), globsRegexp(exclude)
	snapshot := func() map[string]string {
		out := map[string]string{}
		_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			rel, _ := filepath.Rel(dir, path)
			rel = filepath.ToSlash(rel)
			if rel == "." {
				return nil
			}
			if exc.MatchString(rel) {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() || !inc.MatchString(rel) {
				return nil
			}
			if info, err := d.Info(); err == nil {
				out[rel] = fmt.Sprint(info.ModTime().UnixNano(), info.Size())
			}
			return nil
		})
		return out
	}
	last := snapshot()
	var pending map[string]bool
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(every):
		}
		now := snapshot()
		diff := map[string]bool{}
		for k, v := range now {
			if last[k] != v {
				diff[k] = true
			}
		}
		for k := range last {
			if _, ok := now[k]; !ok {
				diff[k] = true
			}
		}
		last = now
		if len(diff) > 0 {
			// Still changing: wait for a quiet poll (debounce).
			if pending == nil {
				pending = map[string]bool{}
			}
			for k := range diff {
				pending[k] = true
			}
			continue
		}
		if pending != nil {
			files := make([]string, 0, len(pending))
			for k := range pending {
				files = append(files, k)
			}
			sort.Strings(files)
			pending = nil
			changed(files)
			last = snapshot() // changes made during the deployment count next time
		}
	}
}

// globsRegexp turns globs ("**/x", "*.go", "dir/**") into one regexp.
func globsRegexp(globs []string) *regexp.Regexp {
	var alts []string
	for _, g := range globs {
		g = strings.TrimPrefix(filepath.ToSlash(g), "./")
		var b strings.Builder
		for i := 0; i < len(g); i++ {
			switch c := g[i]; {
			case strings.HasPrefix(g[i:], "**/"):
				b.WriteString("(?:.*/)?")
				i += 2
			case strings.HasPrefix(g[i:], "**"):
				b.WriteString(".*")
				i++
			case c == '*':
				b.WriteString("[^/]*")
			case c == '?':
				b.WriteString("[^/]")
			default:
				b.WriteString(regexp.QuoteMeta(string(c)))
			}
		}
		alts = append(alts, b.String())
	}
	if len(alts) == 0 {
		return regexp.MustCompile(`^\b$`) // matches nothing
	}
	return regexp.MustCompile("^(?:" + strings.Join(alts, "|") + ")$")
}
