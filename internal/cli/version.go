package cli

import (
	"fmt"
	"runtime"

	"github.com/spf13/cobra"
)

func newVersionCmd(g *globalArgs, stdio IO) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print strata's version",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, pos []string) error {
			if g.JSON {
				return writeJSON(stdio.Stdout, map[string]string{"version": Version, "go": runtime.Version(), "cloudAssemblySchema": "55.0.0", "compatibleWith": "aws-cdk-lib 2.276.0"})
			}
			fmt.Fprintf(stdio.Stdout, "%s (strata; aws-cdk-lib 2.276.0 compatible, cloud assembly 55.0.0, %s)\n", Version, runtime.Version())
			return nil
		},
	}
}
