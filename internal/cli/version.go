package cli

import (
	"context"
	"fmt"
	"runtime"
)

func runVersion(ctx context.Context, stdio IO, args []string) error {
	var g globalArgs
	fs := newFlags("version", &g, stdio, "")
	if _, err := parseArgs(fs, args); err != nil {
		return err
	}
	if g.JSON {
		return writeJSON(stdio.Stdout, map[string]string{"version": Version, "go": runtime.Version(), "cloudAssemblySchema": "55.0.0", "compatibleWith": "aws-cdk-lib 2.276.0"})
	}
	fmt.Fprintf(stdio.Stdout, "%s (strata; aws-cdk-lib 2.276.0 compatible, cloud assembly 55.0.0, %s)\n", Version, runtime.Version())
	return nil
}
