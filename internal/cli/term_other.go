//go:build !linux

package cli

import (
	"os"
)

// fdIsTerminal falls back to "a character device other than /dev/null"
// where TCGETS is not available.
func fdIsTerminal(f *os.File) bool {
	st, err := f.Stat()
	if err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	null, err := os.Stat(os.DevNull)
	return err != nil || !os.SameFile(st, null)
}
