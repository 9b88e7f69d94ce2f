// Command benchapp is issue 13's benchmark app as a program: N stacks of
// 105 resources (internal/benchapp), built and synthesized into CDK_OUTDIR
// (or ./cdk.out), so the whole process can be timed from outside:
//
//	go build -o /tmp/benchapp ./bench/benchapp
//	STACKS=10 farm-bench -n 10 -- /tmp/benchapp
package main

import (
	"os"
	"strconv"

	"github.com/strata-cdk/strata/internal/benchapp"
	"github.com/strata-cdk/strata/jsii"
)

func main() {
	defer jsii.Close()
	n, err := strconv.Atoi(os.Getenv("STACKS"))
	if err != nil || n <= 0 {
		n = 10
	}
	out := os.Getenv("CDK_OUTDIR")
	if out == "" {
		out = "cdk.out"
	}
	benchapp.Build(benchapp.Options{Stacks: n, Outdir: out}).Synth(nil)
}
