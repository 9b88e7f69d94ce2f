package diag

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestDiagnostics(t *testing.T) {
	var ds Diagnostics
	if ds.Err() != nil {
		t.Fatal("no diagnostics must mean no error")
	}
	ds.Append(Errorf("App/B", "b is %s", "wrong"), Errorf("", "the app is wrong"), Errorf("App/A", "a is wrong"))
	err := ds.Err()
	want := "synthesis failed with 3 errors:\n  [App/B] b is wrong\n  the app is wrong\n  [App/A] a is wrong"
	if err.Error() != want {
		t.Errorf("got %q, want %q", err.Error(), want)
	}
	var se *SynthError
	if !errors.As(err, &se) || len(se.Diagnostics) != 3 {
		t.Errorf("Err must be a *SynthError holding every diagnostic, got %T", err)
	}
	ds.SortByPath()
	if ds[0].Path != "" || ds[1].Path != "App/A" || ds[2].Path != "App/B" {
		t.Errorf("sorted: %v", ds)
	}
	one := Diagnostics{Errorf("X", "m")}.Err()
	if !strings.HasPrefix(one.Error(), "synthesis failed with 1 error:") {
		t.Errorf("singular: %q", one)
	}
}

func TestUserErrors(t *testing.T) {
	for _, err := range []error{
		&UserError{Err: errors.New("x")},
		Errorf("P", "m"),
		Diagnostics{Errorf("P", "m")}.Err(),
		fmt.Errorf("wrapped: %w", Errorf("P", "m")),
	} {
		if !IsUserError(err) {
			t.Errorf("%v should be a user error", err)
		}
	}
	if IsUserError(errors.New("disk full")) {
		t.Error("a plain error is not a user mistake")
	}
}

func TestPanic(t *testing.T) {
	defer func() {
		r := recover()
		ue, ok := r.(*UserError)
		if !ok {
			t.Fatalf("Panic must panic with a *UserError, got %T", r)
		}
		var d *Diagnostic
		if !errors.As(ue, &d) || d.Path != "App/S" || d.Message != "bad 3" {
			t.Errorf("got %#v", ue.Err)
		}
		if Format(ue) != "Error: [App/S] bad 3" {
			t.Errorf("Format: %q", Format(ue))
		}
	}()
	Panic("App/S", "bad %d", 3)
}
