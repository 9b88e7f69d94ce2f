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
	// cdk watch has no such flag: it never asks. Accepted (and said to do
	// nothing) for scripts written for strata's earlier watch.
	f.StringVar(&a.RequireApproval, "require-approval", "", "ignored: watch never asks for approval")
	_ = f.MarkDeprecated("require-approval", "watch never asks for approval, as cdk watch")
	a.Method = "change-set"
	a.Rollback = true
	return c
}

// runWatch deploys, then deploys again after every change to the watched
// files. As cdk watch, it never asks for approval (watch is for
// development) and a change made during a deployment triggers one more
// deployment after it.
func runWatch(ctx context.Context, stdio IO, a *deployArgs, patterns []string) error {
	p, err := a.project()
	if err != nil {
		return err
	}
	a.RequireApproval = string(toolkit.ApproveNever)
	include, exclude := watchGlobs(p, a.Output)
	deployOnce := func() {
		if err := runDeploy(ctx, stdio, a, patterns); err != nil && ctx.Err() == nil {
			fmt.Fprintln(stdio.Stderr, "error: "+err.Error())
		}
	}
	fmt.Fprintf(stdio.Stderr, "'watch' is watching for changes (include %s, exclude %s)\nTriggering initial 'strata deploy'\n", strings.Join(include, ", "), strings.Join(exclude, ", "))
	// Watch before the first deployment, so that a save made during it
	// counts.
	err = watchFiles(ctx, p.Dir, include, exclude, watchPollEvery, deployOnce, func(changed []string) {
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

// How the watcher notices a save. Where the kernel reports file events
// (inotify on Linux) a save is seen at once and polling is only a safety
// net; elsewhere polling is the only way. A change is acted on once the
// files have been quiet for watchQuiet, so that an editor's
// write-then-rename counts as one save; the CDK CLI's chokidar has no such
// delay, and 50 ms is well below what a person notices.
const (
	watchPollEvery = 250 * time.Millisecond
	watchQuiet     = 50 * time.Millisecond
)

// watchFiles takes a first snapshot of the files under dir matching include
// and not exclude, calls ready, then calls changed with the paths that
// changed each time they settle, until ctx ends. Changes made while ready
// or changed run are reported after they return.
func watchFiles(ctx context.Context, dir string, include, exclude []string, every time.Duration, ready func(), changed func([]string)) error {
	inc, exc := globsRegexp(include), globsRegexp(exclude)
	wake, err := newFileEvents(ctx)
	if err != nil {
		wake = nil // polling alone
	}
	snapshot := func() map[string]string {
		out := map[string]string{}
		_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			rel, _ := filepath.Rel(dir, path)
			rel = filepath.ToSlash(rel)
			if rel != "." && exc.MatchString(rel) {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				wake.add(path)
				return nil
			}
			if !inc.MatchString(rel) {
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
	if ready != nil {
		ready()
	}
	var pending map[string]bool
	timer := time.NewTimer(every)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-timer.C:
		case <-wake.events():
			if !timer.Stop() {
				select {
				case <-timer.C:
				default:
				}
			}
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
			// Still changing: look again once it has been quiet a moment.
			if pending == nil {
				pending = map[string]bool{}
			}
			for k := range diff {
				pending[k] = true
			}
			timer.Reset(watchQuiet)
			continue
		}
		if pending != nil {
			files := make([]string, 0, len(pending))
			for k := range pending {
				files = append(files, k)
			}
			sort.Strings(files)
			pending = nil
			// last stays the snapshot from before the deployment, so that
			// what changes during it triggers the next one.
			changed(files)
		}
		timer.Reset(every)
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
