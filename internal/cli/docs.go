package cli

import (
	"context"
	"fmt"
	"os/exec"
	"strings"

	"github.com/spf13/cobra"
)

// docsURL is the CDK API reference, which `cdk docs` opens.
const docsURL = "https://docs.aws.amazon.com/cdk/api/v2/"

type docsArgs struct {
	*globalArgs
	Browser string
}

func newDocsCmd(g *globalArgs, stdio IO) *cobra.Command {
	a := docsArgs{globalArgs: g}
	c := &cobra.Command{
		Use:     "docs",
		Aliases: []string{"doc"},
		Short:   "Print the URL of the CDK API reference (and open it with --browser)",
		Long: "Print the URL of the CDK API reference. With --browser, also run that\n" +
			"command (through the shell, %u standing for the URL) to open it, as\n" +
			"`cdk docs` does; the browser setting of cdk.json is used the same way.\n" +
			"Without either, nothing is opened.",
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, pos []string) error {
			return runDocs(c.Context(), stdio, &a)
		},
	}
	c.Flags().StringVarP(&a.Browser, "browser", "b", "", "command that opens the URL, %u standing for it (e.g. \"xdg-open %u\")")
	return c
}

func runDocs(ctx context.Context, stdio IO, a *docsArgs) error {
	fmt.Fprintln(stdio.Stdout, docsURL)
	browser := a.Browser
	if browser == "" {
		if p, err := a.project(); err == nil {
			browser = p.String("browser")
		}
	}
	if browser == "" {
		return nil
	}
	cmdline := strings.ReplaceAll(browser, "%u", docsURL)
	if a.Verbose {
		fmt.Fprintln(stdio.Stderr, "Opening documentation "+cmdline)
	}
	cmd := exec.CommandContext(ctx, "sh", "-c", cmdline)
	out, err := cmd.CombinedOutput()
	if len(out) > 0 && (err != nil || a.Verbose) {
		fmt.Fprint(stdio.Stderr, string(out))
	}
	if err != nil {
		// As the CDK CLI: failing to open a browser does not fail the command.
		fmt.Fprintf(stdio.Stderr, "warning: could not open the documentation with %q: %v\n", cmdline, err)
	}
	return nil
}
