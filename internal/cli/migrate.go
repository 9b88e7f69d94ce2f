package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/strata-cdk/strata/internal/migrate"
)

func newMigrateCmd(g *globalArgs, stdio IO) *cobra.Command {
	var o migrate.Options
	c := &cobra.Command{
		Use:   "migrate [DIR]",
		Short: "Move an aws-cdk-go project onto Strata and report the APIs Strata lacks",
		Long: `migrate rewrites the project's imports (github.com/aws/aws-cdk-go/awscdk/v2/...,
constructs-go, jsii-runtime-go) to Strata's, swaps the requirements in go.mod, runs
go mod tidy, then type-checks the project and lists every aws-cdk-go API it uses that
Strata doesn't have yet, as file:line: pkg.Name (not in Strata yet). It exits with
status 3 when there are any. cdk.json is left as it is: strata reads it.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(c *cobra.Command, pos []string) error {
			o.Dir = "."
			if len(pos) == 1 {
				o.Dir = pos[0]
			} else if g.Dir != "" {
				o.Dir = g.Dir
			}
			res, err := migrate.Run(c.Context(), o)
			if err != nil {
				return err
			}
			fmt.Fprintf(stdio.Stderr, "rewrote the imports of %d file(s); go.mod requires %s\n", len(res.Files), migrate.Module)
			for _, m := range res.Missing {
				fmt.Fprintln(stdio.Stdout, m.String())
			}
			for _, e := range res.Errors {
				fmt.Fprintln(stdio.Stdout, e)
			}
			switch {
			case len(res.Missing) > 0:
				return &exitError{code: 3, msg: fmt.Sprintf("%d use(s) of APIs Strata lacks; the project won't build until they are replaced", len(res.Missing))}
			case len(res.Errors) > 0:
				return &exitError{code: 1, msg: fmt.Sprintf("the project doesn't type-check (%d error(s) above)", len(res.Errors))}
			}
			fmt.Fprintln(stdio.Stderr, "the project builds on Strata: try `strata synth`")
			return nil
		},
	}
	c.Flags().StringVar(&o.Version, "strata-version", "v"+strings.TrimPrefix(Version, "v"), "the Strata module `VERSION` to require")
	c.Flags().StringVar(&o.Replace, "replace", "", "use the Strata checkout in `DIR` (a go.mod replace directive)")
	c.Flags().BoolVar(&o.NoTidy, "no-tidy", false, "don't run go mod tidy after editing go.mod")
	return c
}
