//go:build !unix

package toolkit

import "os/exec"

// inOwnGroup leaves cmd as it is where process groups are not available.
func inOwnGroup(cmd *exec.Cmd) *exec.Cmd { return cmd }
