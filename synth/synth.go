// Package synth is for Go programs that embed Strata (a server that
// synthesizes per request, a test harness, a tool) and want a failed
// synthesis as an ordinary Go error rather than a panic.
//
// It sits outside the aws-cdk-go mirror (awscdk, constructs, jsii), whose
// API it must not extend. There, as in aws-cdk-go, App.Synth panics when
// the app has mistakes: with an *Error holding every diagnostic, which
// `defer jsii.Close()` at the top of main turns into a clean message and
// exit status 1. Here the same failure comes back as the error result:
//
//	asm, err := synth.Synth(app, nil)
//	var serr *synth.Error
//	if errors.As(err, &serr) {
//		for _, d := range serr.Diagnostics {
//			log.Printf("%s: %s", d.Path, d.Message)
//		}
//	}
//
// Run does the same for the code that builds the app, since aws-cdk-go's
// constructors also report some mistakes by panicking (a duplicate id
// inside a method, an invalid argument to a function with no construct).
// Panics that are not user mistakes (bugs in Strata or in the program)
// are not recovered: they keep their trace.
//
// Synthesis state belongs to each App, so Synth and Run may be called from
// many goroutines at once, each with its own App.
package synth

import (
	"errors"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/cxapi"
	"github.com/strata-cdk/strata/internal/diag"
)

// Error is a failed synthesis: every problem found, each with the construct
// path it is about. It is the value App.Synth panics with.
type Error = diag.SynthError

// Diagnostic is one problem: the construct path ("" for the app) and what
// is wrong.
type Diagnostic = diag.Diagnostic

// Synth synthesizes app (an App or a Stage) with options (nil for the
// defaults) and returns its cloud assembly, or an *Error.
func Synth(app awscdk.Stage, options *awscdk.StageSynthesisOptions) (asm cxapi.CloudAssembly, err error) {
	defer catch(&err)
	return app.Synth(options), nil
}

// Run calls build, then synthesizes the app it returns; a mistake reported
// by panicking while building or synthesizing comes back as an *Error.
func Run(build func() awscdk.Stage) (asm cxapi.CloudAssembly, err error) {
	defer catch(&err)
	return build().Synth(nil), nil
}

// catch turns a panic carrying a user mistake into *err; other panics go on.
func catch(err *error) {
	r := recover()
	if r == nil {
		return
	}
	e, ok := r.(error)
	if !ok || !diag.IsUserError(e) {
		panic(r)
	}
	*err = asError(e)
}

func asError(e error) *Error {
	var se *diag.SynthError
	if errors.As(e, &se) {
		return se
	}
	var d *diag.Diagnostic
	if errors.As(e, &d) {
		return &Error{Diagnostics: diag.Diagnostics{d}}
	}
	return &Error{Diagnostics: diag.Diagnostics{{Message: e.Error()}}}
}
