package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"sync/atomic"
	"syscall"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/spf13/cobra"

	"github.com/strata-cdk/strata/internal/ctxproviders"

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

// Main runs strata with args (without the program name) and returns the
// process exit code. SIGINT and SIGTERM cancel the running command (the
// app's process group is killed, CloudFormation operations are left to
// finish) and end with 130 and 143, as the CDK CLI's node process does; a
// second signal kills strata at once.
func Main(args []string, stdio IO) int {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sigs)
	var got atomic.Int32
	go func() {
		s, ok := <-sigs
		if !ok {
			return
		}
		if n, isSys := s.(syscall.Signal); isSys {
			got.Store(int32(n))
		}
		signal.Reset(os.Interrupt, syscall.SIGTERM)
		cancel()
	}()
	code := run(ctx, args, stdio)
	if n := got.Load(); n != 0 {
		return 128 + int(n)
	}
	return code
}

func run(ctx context.Context, args []string, stdio IO) int {
	root := newRoot(stdio)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
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
	fmt.Fprintln(stdio.Stderr, "error: "+err.Error())
	var ie *deploy.InterruptedError
	if errors.As(err, &ie) {
		return 130
	}
	return 1
}

// newRoot builds the command tree. Help goes to stdout when asked for;
// errors (including unknown flags and commands) go to stderr, once, without
// the usage dump.
func newRoot(stdio IO) *cobra.Command {
	g := &globalArgs{}
	root := &cobra.Command{
		Use:   "strata",
		Short: "strata: the AWS CDK toolkit for Go apps, in one binary",
		Long: "strata: the AWS CDK toolkit for Go apps, in one binary.\n\n" +
			"It runs the app in cdk.json (or --app), reads the cloud assembly it writes\n" +
			"and deploys it through CloudFormation, as the CDK CLI does, with no Node.js.",
		Version:           Version,
		SilenceUsage:      true,
		SilenceErrors:     true,
		DisableAutoGenTag: true,
		CompletionOptions: cobra.CompletionOptions{HiddenDefaultCmd: false},
	}
	root.SetIn(stdio.Stdin)
	root.SetOut(stdio.Stdout)
	root.SetErr(stdio.Stderr)
	root.SetVersionTemplate("{{.Version}}\n")
	g.register(root.PersistentFlags())
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &usageError{msg: fmt.Sprintf("%v (see `%s --help`)", err, c.CommandPath())}
	})
	root.AddCommand(
		newInitCmd(g, stdio),
		newSynthCmd(g, stdio),
		newListCmd(g, stdio),
		newDiffCmd(g, stdio),
		newDeployCmd(g, stdio),
		newAttachCmd(g, stdio),
		newDestroyCmd(g, stdio),
		newRollbackCmd(g, stdio),
		newWatchCmd(g, stdio),
		newDriftCmd(g, stdio),
		newGCCmd(g, stdio),
		newImportCmd(g, stdio),
		newBootstrapCmd(g, stdio),
		newContextCmd(g, stdio),
		newDoctorCmd(g, stdio),
		newVersionCmd(g, stdio),
		newMigrateCmd(g, stdio),
		newFlagsCmd(g, stdio),
		newMetadataCmd(g, stdio),
		newDocsCmd(g, stdio),
		newNoticesCmd(g, stdio),
		newAcknowledgeCmd(g, stdio),
	)
	return root
}

// exitError ends a command with a given code (diff --fail).
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return fmt.Sprintf("exit %d", e.code) }

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
// stderr so that stdout stays clean for templates and JSON. When the app
// asks for context lookups (the manifest's "missing" list), strata performs
// them with the AWS SDK, caches the values in cdk.context.json as the CDK
// CLI does, and runs the app again until nothing is missing.
func (g *globalArgs) assembly(ctx context.Context, p *toolkit.Project, s *deploy.Session, stdio IO) (*toolkit.Assembly, error) {
	o := toolkit.SynthOptions{App: g.App, Output: g.Output, Context: g.contextOptions(), Stdout: stdio.Stderr, Stderr: stdio.Stderr}
	app := o.App
	if app == "" {
		app = p.String("app")
	}
	fromApp := app != "" && !toolkit.IsAssembly(p.AbsPath(app))
	if fromApp && s != nil {
		// CDK_DEFAULT_ACCOUNT/REGION, as the CDK CLI gives them; synth works
		// without credentials, so failures only leave them unset.
		o.DefaultRegion = s.Region()
		if id, err := s.Identity(ctx); err == nil {
			o.DefaultAccount = id.Account
		} else if g.Verbose {
			fmt.Fprintln(stdio.Stderr, "note: no default account for the app: "+err.Error())
		}
	}
	var asked []string
	for {
		asm, err := p.Synthesize(ctx, o)
		if err != nil {
			return nil, err
		}
		if len(asm.MissingContext) == 0 || !fromApp {
			return asm, nil
		}
		var keys []string
		for _, m := range asm.MissingContext {
			keys = append(keys, m.Key)
		}
		sort.Strings(keys)
		if strings.Join(keys, "\n") == strings.Join(asked, "\n") {
			return nil, fmt.Errorf("the app still asks for the context values it was given: %s", strings.Join(keys, ", "))
		}
		asked = keys
		if s == nil {
			if s, err = g.session(ctx, p, stdio.Stderr); err != nil {
				return nil, fmt.Errorf("the app needs context lookups (%s), which need AWS credentials: %w", strings.Join(keys, ", "), err)
			}
		}
		// As the CDK CLI: a failed lookup does not stop the others; its
		// error goes to the app as a transient context value (not saved),
		// which the app reports if it still needs the value.
		values := ctxproviders.ProvideAll(ctx, func(ctx context.Context, region, role string) aws.Config {
			return s.Config(ctx, region, role, "")
		}, resolveLookupRoles(asm.MissingContext))
		order := make([]string, 0, len(asm.MissingContext))
		for _, m := range asm.MissingContext {
			order = append(order, m.Key)
		}
		if err := p.SaveContext(order, values); err != nil {
			return nil, err
		}
	}
}

// resolveLookupRoles fills the ${AWS::...} placeholders of each lookup's
// role ARN with its account and region.
func resolveLookupRoles(missing []ctxproviders.Missing) []ctxproviders.Missing {
	out := make([]ctxproviders.Missing, len(missing))
	for i, m := range missing {
		props := map[string]interface{}{}
		for k, v := range m.Props {
			props[k] = v
		}
		if arn, ok := props["lookupRoleArn"].(string); ok {
			account, _ := props["account"].(string)
			region, _ := props["region"].(string)
			props["lookupRoleArn"] = deploy.Target{Account: account, Region: region}.Substitute(arn)
		}
		out[i] = ctxproviders.Missing{Key: m.Key, Provider: m.Provider, Props: props, RawProps: m.RawProps}
	}
	return out
}

// writeJSON prints v indented, without HTML escaping (templates hold
// "<" and ">" that must come out as they are, as the CDK CLI prints them).
func writeJSON(w io.Writer, v interface{}) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// isTerminal reports whether v is a terminal: a file the terminal driver
// answers for, not merely a character device (/dev/null is one too).
func isTerminal(v interface{}) bool {
	f, ok := v.(*os.File)
	return ok && fdIsTerminal(f)
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

// validate prints the selected stacks' annotations on stderr, as the CDK
// CLI does after synthesis, and fails on error annotations, or on warnings
// with --strict.
func (g *globalArgs) validate(stdio IO, stacks []*toolkit.Stack) error {
	if s := toolkit.FormatAnnotations(stacks); s != "" {
		fmt.Fprintln(stdio.Stderr, s)
	}
	return toolkit.ValidateAnnotations(stacks, g.Strict)
}
