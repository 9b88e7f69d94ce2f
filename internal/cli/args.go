package cli

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/spf13/pflag"
)

// multiFlag collects a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }
func (m *multiFlag) Type() string       { return "string" }

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

func (m kvFlag) Type() string { return "KEY=VALUE" }

// globalArgs are the options every command takes, as the CDK CLI has them.
type globalArgs struct {
	App, Output, Profile, Region                        string
	Context                                             kvFlag
	JSON, Verbose, NoColor, CI                          bool
	Dir                                                 string
	NoPathMetadata, NoAssetMetadata, NoVersionReporting bool
	Strict                                              bool
}

func (g *globalArgs) register(fs *pflag.FlagSet) {
	g.Context = kvFlag{}
	fs.StringVarP(&g.App, "app", "a", "", "command that runs the app, or a cloud assembly directory (default: cdk.json \"app\")")
	fs.StringVarP(&g.Output, "output", "o", "", "cloud assembly directory (default: cdk.json \"output\", else cdk.out)")
	fs.VarP(g.Context, "context", "c", "add context KEY=VALUE (repeatable)")
	fs.StringVar(&g.Profile, "profile", "", "AWS profile from the shared config files")
	fs.StringVar(&g.Region, "region", "", "AWS region when the stack does not name one (default: the profile's or AWS_REGION)")
	fs.BoolVarP(&g.JSON, "json", "j", false, "machine-readable JSON output")
	fs.BoolVarP(&g.Verbose, "verbose", "v", false, "more detail")
	fs.BoolVar(&g.NoColor, "no-color", false, "no colours even on a terminal")
	fs.BoolVar(&g.CI, "ci", ciFromEnv(), "running in CI: never prompt (default: true when $CI is set and not \"false\" or \"0\")")
	fs.StringVar(&g.Dir, "dir", "", "project directory (default: the current directory)")
	fs.BoolVar(&g.NoPathMetadata, "no-path-metadata", false, "do not add aws:cdk:path metadata to resources")
	fs.BoolVar(&g.NoAssetMetadata, "no-asset-metadata", false, "do not add aws:asset:* metadata")
	fs.BoolVar(&g.NoVersionReporting, "no-version-reporting", false, "do not add the CDKMetadata resource")
	fs.BoolVar(&g.Strict, "strict", false, "fail when the app reports warnings")
}

// ciFromEnv reads $CI the way the CDK CLI does: set and not "false"/"0".
func ciFromEnv() bool {
	v, ok := os.LookupEnv("CI")
	return ok && v != "false" && v != "0"
}

// usageError is a mistake in the command line (exit code 1 with usage hint).
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }
