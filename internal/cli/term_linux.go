package cli

import (
	"os"
	"syscall"
	"unsafe"
)

// fdIsTerminal asks the terminal driver for f's settings (TCGETS), which
// only a terminal answers.
func fdIsTerminal(f *os.File) bool {
	var t syscall.Termios
	_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), syscall.TCGETS, uintptr(unsafe.Pointer(&t)))
	return errno == 0
}
