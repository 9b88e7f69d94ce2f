package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"

	"github.com/strata-cdk/strata/internal/deploy"
	"github.com/strata-cdk/strata/internal/toolkit"
)

// Version is strata's version, set at build time with -ldflags.
var Version = "0.1.0-dev"

// IO is where a command reads and writes.
type IO struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
}

type command struct {
	name, summary string
	run           func(ctx context.Context, io IO, args []string) error
}

func commands() []command {
	return []command{
		{"init", "create a new Go app: strata init app --language=go", runInit},
		{"synth", "synthesize the app and print a stack's template", runSynth},
		{"ls", "list the app's stacks", runList},
		{"diff", "compare stacks with what is deployed", runDiff},
		{"deploy", "deploy stacks to AWS", runDeploy},
		{"destroy", "delete deployed stacks", runDestroy},
		{"bootstrap", "deploy the CDKToolkit stack an environment needs", runBootstrap},
		{"context", "show or reset cached context values", runContext},
		{"doctor", "check the local setup", runDoctor},
		{"version", "print strata's version", runVersion},
	}
}

var aliases = map[string]string{"synthesize": "synth", "list": "ls"}

// Main runs strata with args (without the program name) and returns the
// process exit code.
func Main(args []string, stdio IO) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return run(ctx, args, stdio)
}

func run(ctx context.Context, args []string, stdio IO) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stdio.Stdout)
		return 0
	}
	if args[0] == "--version" {
		args[0] = "version"
	}
	name := args[0]
	if a, ok := aliases[name]; ok {
		name = a
	}
	for _, c := range commands() {
		if c.name != name {
			continue
		}
		err := c.run(ctx, stdio, args[1:])
		if err == nil {
			return 0
		}
		var ee *exitError
		if errors.As(err, &ee) {
			if ee.msg != "" {
				fmt.Fprintln(stdio.Stderr, ee.msg)
			}
			return ee.code
		}
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		fmt.Fprintln(stdio.Stderr, "error: "+err.Error())
		var ie *deploy.InterruptedError
		if errors.As(err, &ie) {
			return 130
		}
		return 1
	}
	fmt.Fprintf(stdio.Stderr, "error: unknown command %q\n\n", args[0])
	usage(stdio.Stderr)
	return 1
}

// exitError ends a command with a given code (diff --fail).
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return fmt.Sprintf("exit %d", e.code) }

func usage(w io.Writer) {
	fmt.Fprintln(w, "strata: the AWS CDK toolkit for Go apps, in one binary.")
	fmt.Fprintln(w, "\nUsage: strata COMMAND [STACKS...] [flags]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun `strata COMMAND --help` for a command's flags.")
}

// newFlags makes a command's flag set with the global flags registered.
func newFlags(name string, g *globalArgs, stdio IO, extra string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	g.register(fs)
	fs.Usage = func() {
		fmt.Fprintf(stdio.Stdout, "Usage: strata %s %s\n\nFlags:\n%s", name, extra, flagUsage(fs))
	}
	return fs
}

func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	pos, err := parse(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		fs.Usage()
		return nil, err
	}
	if err != nil {
		return nil, &usageError{msg: fmt.Sprintf("%v (see strata %s --help)", err, fs.Name())}
	}
	return pos, nil
}

func (g *globalArgs) project() (*toolkit.Project, error) {
	dir := g.Dir
	if dir == "" {
		dir = "."
	}
	return toolkit.LoadProject(dir)
}

func (g *globalArgs) contextOptions() toolkit.ContextOptions {
	f := false
	o := toolkit.ContextOptions{CommandLine: g.Context}
	if g.NoPathMetadata {
		o.PathMetadata = &f
	}
	if g.NoAssetMetadata {
		o.AssetMetadata = &f
	}
	if g.NoVersionReporting {
		o.VersionReporting = &f
	}
	return o
}

func (g *globalArgs) session(ctx context.Context, p *toolkit.Project, stderr io.Writer) (*deploy.Session, error) {
	profile := g.Profile
	if profile == "" && p != nil {
		profile = p.String("profile")
	}
	s, err := deploy.NewSession(ctx, deploy.Options{Profile: profile, Region: g.Region})
	if err != nil {
		return nil, err
	}
	s.Warn = func(msg string) { fmt.Fprintln(stderr, "warning: "+msg) }
	return s, nil
}

// assembly synthesizes (or reads) the app. The app's own output goes to
// stderr so that stdout stays clean for templates and JSON.
func (g *globalArgs) assembly(ctx context.Context, p *toolkit.Project, s *deploy.Session, stdio IO) (*toolkit.Assembly, error) {
	o := toolkit.SynthOptions{App: g.App, Output: g.Output, Context: g.contextOptions(), Stdout: stdio.Stderr, Stderr: stdio.Stderr}
	app := o.App
	if app == "" {
		app = p.String("app")
	}
	if app != "" && !toolkit.IsAssembly(app) && s != nil {
		// CDK_DEFAULT_ACCOUNT/REGION, as the CDK CLI gives them; synth works
		// without credentials, so failures only leave them unset.
		o.DefaultRegion = s.Region()
		if id, err := s.Identity(ctx); err == nil {
			o.DefaultAccount = id.Account
		} else if g.Verbose {
			fmt.Fprintln(stdio.Stderr, "note: no default account for the app: "+err.Error())
		}
	}
	asm, err := p.Synthesize(ctx, o)
	if err != nil {
		return nil, err
	}
	if asm.Missing > 0 {
		fmt.Fprintf(stdio.Stderr, "warning: the app asked for %d context lookup(s), which strata does not perform yet; put the values in cdk.context.json\n", asm.Missing)
	}
	return asm, nil
}

func writeJSON(w io.Writer, v interface{}) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintln(w, string(b))
	return err
}

// isTerminal reports whether f is a character device (a terminal).
func isTerminal(v interface{}) bool {
	f, ok := v.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func colorOn(g *globalArgs, w io.Writer) bool {
	return !g.NoColor && os.Getenv("NO_COLOR") == "" && isTerminal(w)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func indentLines(s, prefix string) string {
	return prefix + strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n"+prefix)
}
