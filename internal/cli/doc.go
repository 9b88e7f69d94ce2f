// Package cli is the strata command line: one file per command, each split
// into parsing its arguments, doing the work through internal/toolkit and
// internal/deploy, and rendering the result for people (text on a terminal)
// or programs (--json). cmd/strata/main.go only calls Main.
package cli
