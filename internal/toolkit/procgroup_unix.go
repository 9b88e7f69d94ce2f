//go:build unix

package toolkit

import (
	"os/exec"
	"syscall"
	"time"
)

// inOwnGroup starts cmd in a process group of its own and, when its context
// is cancelled, sends SIGTERM to the whole group (then SIGKILL after 5 s).
func inOwnGroup(cmd *exec.Cmd) *exec.Cmd {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error {
		if cmd.Process == nil {
			return nil
		}
		pgid := cmd.Process.Pid
		err := syscall.Kill(-pgid, syscall.SIGTERM)
		go func() {
			time.Sleep(5 * time.Second)
			_ = syscall.Kill(-pgid, syscall.SIGKILL)
		}()
		return err
	}
	cmd.WaitDelay = 10 * time.Second
	return cmd
}
