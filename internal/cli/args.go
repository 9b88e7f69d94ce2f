package cli

import (
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
)

// multiFlag collects a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

// kvFlag collects repeatable KEY=VALUE pairs.
type kvFlag map[string]string

func (m kvFlag) String() string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return strings.Join(keys, ",")
}

func (m kvFlag) Set(v string) error {
	k, val, ok := strings.Cut(v, "=")
	if !ok || k == "" {
		return fmt.Errorf("%q is not KEY=VALUE", v)
	}
	m[k] = val
	return nil
}

// globalArgs are the options every command takes, as the CDK CLI has them.
type globalArgs struct {
	App, Output, Profile, Region                        string
	Context                                             kvFlag
	JSON, Verbose, NoColor, CI                          bool
	Dir                                                 string
	NoPathMetadata, NoAssetMetadata, NoVersionReporting bool
}

func (g *globalArgs) register(fs *flag.FlagSet) {
	g.Context = kvFlag{}
	fs.StringVar(&g.App, "app", "", "command that runs the app, or a cloud assembly directory (default: cdk.json \"app\")")
	fs.StringVar(&g.App, "a", "", "shorthand for --app")
	fs.StringVar(&g.Output, "output", "", "cloud assembly directory (default: cdk.json \"output\", else cdk.out)")
	fs.StringVar(&g.Output, "o", "", "shorthand for --output")
	fs.Var(g.Context, "context", "add context KEY=VALUE (repeatable)")
	fs.Var(g.Context, "c", "shorthand for --context")
	fs.StringVar(&g.Profile, "profile", "", "AWS profile from the shared config files")
	fs.StringVar(&g.Region, "region", "", "AWS region when the stack does not name one (default: the profile's or AWS_REGION)")
	fs.BoolVar(&g.JSON, "json", false, "machine-readable JSON output")
	fs.BoolVar(&g.JSON, "j", false, "shorthand for --json")
	fs.BoolVar(&g.Verbose, "verbose", false, "more detail")
	fs.BoolVar(&g.Verbose, "v", false, "shorthand for --verbose")
	fs.BoolVar(&g.NoColor, "no-color", false, "no colours even on a terminal")
	fs.BoolVar(&g.CI, "ci", false, "running in CI: no prompts")
	fs.StringVar(&g.Dir, "dir", "", "project directory (default: the current directory)")
	fs.BoolVar(&g.NoPathMetadata, "no-path-metadata", false, "do not add aws:cdk:path metadata to resources")
	fs.BoolVar(&g.NoAssetMetadata, "no-asset-metadata", false, "do not add aws:asset:* metadata")
	fs.BoolVar(&g.NoVersionReporting, "no-version-reporting", false, "do not add the CDKMetadata resource")
}

// parse parses args allowing flags and positional arguments in any order
// (`strata deploy MyStack --require-approval never`), which the standard
// flag package alone does not.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return positional, nil
		}
		if rest[0] == "--" {
			return append(positional, rest[1:]...), nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

// usageError is a mistake in the command line (exit code 1 with usage hint).
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func flagUsage(fs *flag.FlagSet) string {
	var b strings.Builder
	fs.VisitAll(func(f *flag.Flag) {
		if len(f.Name) == 1 {
			return
		}
		def := ""
		if f.DefValue != "" && f.DefValue != "false" {
			def = " (default " + f.DefValue + ")"
		}
		fmt.Fprintf(&b, "  --%-22s %s%s\n", f.Name, f.Usage, def)
	})
	return b.String()
}
