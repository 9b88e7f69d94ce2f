// Package diag carries user mistakes through synthesis. A Diagnostic names
// the construct path it is about; Diagnostics collects them so that synth can
// report every problem at once instead of stopping at the first, the way
// terraform's tfdiags and cue's errors do.
package diag

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Diagnostic is one user mistake found while building or synthesizing an app.
type Diagnostic struct {
	// Path is the construct path the problem is about ("" for the app).
	Path string
	// Message says what is wrong and, where possible, what to do.
	Message string
}

func (d *Diagnostic) Error() string {
	if d.Path == "" {
		return d.Message
	}
	return fmt.Sprintf("[%s] %s", d.Path, d.Message)
}

// Errorf makes a Diagnostic for the construct at path.
func Errorf(path, format string, args ...interface{}) *Diagnostic {
	return &Diagnostic{Path: path, Message: fmt.Sprintf(format, args...)}
}

// Diagnostics is a list of problems; nil or empty means none.
type Diagnostics []*Diagnostic

// Append adds problems to the list.
func (ds *Diagnostics) Append(d ...*Diagnostic) { *ds = append(*ds, d...) }

// Err returns the list as one error, or nil when it is empty.
func (ds Diagnostics) Err() error {
	if len(ds) == 0 {
		return nil
	}
	return &SynthError{Diagnostics: ds}
}

// SynthError is returned (or panicked with) when synthesis finds user mistakes.
type SynthError struct {
	Diagnostics Diagnostics
	// Kind classes a failure that is not a list of mistakes in the program
	// (writing the assembly failed: KindAssembly); "" otherwise.
	Kind Kind
}

// ErrorKind is the error's Kind (see KindOf).
func (e *SynthError) ErrorKind() Kind { return e.Kind }

func (e *SynthError) Error() string {
	var b strings.Builder
	if len(e.Diagnostics) == 1 {
		b.WriteString("synthesis failed with 1 error:")
	} else {
		fmt.Fprintf(&b, "synthesis failed with %d errors:", len(e.Diagnostics))
	}
	for _, d := range e.Diagnostics {
		b.WriteString("\n  ")
		b.WriteString(d.Error())
	}
	return b.String()
}

// UserError marks an error as a mistake in the user's program rather than a
// bug in Strata: jsii.Close and App.Synth print it without a Go trace.
type UserError struct{ Err error }

func (e *UserError) Error() string { return e.Err.Error() }
func (e *UserError) Unwrap() error { return e.Err }

// IsUserError reports whether err is a user mistake.
func IsUserError(err error) bool {
	var ue *UserError
	var se *SynthError
	var d *Diagnostic
	return errors.As(err, &ue) || errors.As(err, &se) || errors.As(err, &d)
}

// Panic stops the program with a user mistake. The panic is recovered by
// jsii.Close (which aws-cdk-go programs defer) and printed without a trace.
func Panic(path, format string, args ...interface{}) {
	panic(&UserError{Err: Errorf(path, format, args...)})
}

// Format renders err for a terminal.
func Format(err error) string { return "Error: " + err.Error() }

// SortByPath orders diagnostics by construct path, keeping the order of
// problems found on the same construct.
func (ds Diagnostics) SortByPath() {
	sort.SliceStable(ds, func(i, j int) bool { return ds[i].Path < ds[j].Path })
}

// Kind names the classes of errors aws-cdk-lib tells apart beyond the
// validation errors (Errors.isExecutionError and its siblings).
type Kind string

const (
	// KindExec: an external command (docker, a bundler) failed.
	KindExec Kind = "exec"
	// KindAssumption: code made an assumption that does not hold (a bug).
	KindAssumption Kind = "assumption"
	// KindAssertion: an assertion of a test (assertions.Template, Match) failed.
	KindAssertion Kind = "assertion"
	// KindAssembly: the cloud assembly could not be written or read.
	KindAssembly Kind = "assembly"
)

// KindedError is an error of a given Kind.
type KindedError struct {
	Kind Kind
	Err  error
}

func (e *KindedError) Error() string { return e.Err.Error() }
func (e *KindedError) Unwrap() error { return e.Err }

// ErrorKind lets errors.As find the kind of a wrapped error.
func (e *KindedError) ErrorKind() Kind { return e.Kind }

// KindOf returns the kind of err (as set by a KindedError or by any error
// in its chain with an ErrorKind method), or "".
func KindOf(err error) Kind {
	var k interface{ ErrorKind() Kind }
	if errors.As(err, &k) {
		return k.ErrorKind()
	}
	return ""
}

// PanicKind is Panic for an error of the given kind.
func PanicKind(kind Kind, path, format string, args ...interface{}) {
	panic(&UserError{Err: &KindedError{Kind: kind, Err: Errorf(path, format, args...)}})
}
