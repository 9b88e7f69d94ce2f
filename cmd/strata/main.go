// Command strata is the AWS CDK toolkit for Go apps: init, synth, ls, diff,
// deploy, destroy and bootstrap, in one binary with no Node.js.
package main

import (
	"os"

	"github.com/strata-cdk/strata/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], cli.IO{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}))
}
