package synth_test

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/jsii"
	"github.com/strata-cdk/strata/synth"
)

func TestSynthReturnsEveryProblem(t *testing.T) {
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(filepath.Join(t.TempDir(), "out"))})
	awscdk.NewStack(app, jsii.String("S"), &awscdk.StackProps{StackName: jsii.String("9 bad")})
	awscdk.NewStack(app, jsii.String("T"), &awscdk.StackProps{StackName: jsii.String("also bad")})
	asm, err := synth.Synth(app, nil)
	if asm != nil {
		t.Error("a failed synth returned an assembly")
	}
	var serr *synth.Error
	if !errors.As(err, &serr) {
		t.Fatalf("got %T %v, want *synth.Error", err, err)
	}
	if len(serr.Diagnostics) != 2 || serr.Diagnostics[0].Path != "S" || serr.Diagnostics[1].Path != "T" {
		t.Errorf("diagnostics: %v", serr.Diagnostics)
	}
}

func TestSynthSucceeds(t *testing.T) {
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(filepath.Join(t.TempDir(), "out"))})
	awscdk.NewStack(app, jsii.String("S"), nil)
	asm, err := synth.Synth(app, nil)
	if err != nil || asm == nil || len(*asm.Stacks()) != 1 {
		t.Fatalf("asm %v err %v", asm, err)
	}
}

func TestRunCatchesConstructionMistakes(t *testing.T) {
	_, err := synth.Run(func() awscdk.Stage {
		app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(filepath.Join(t.TempDir(), "out"))})
		s := awscdk.NewStack(app, jsii.String("S"), nil)
		s.Node().FindChild(jsii.String("Nope")) // aws-cdk-lib throws here
		return app
	})
	if err == nil || !strings.Contains(err.Error(), "[S] no child with id \"Nope\"") {
		t.Fatalf("got %v", err)
	}
}

func TestRunKeepsBugs(t *testing.T) {
	defer func() {
		if r := recover(); r == nil {
			t.Fatal("a panic that is not a user mistake should go on")
		}
	}()
	synth.Run(func() awscdk.Stage { panic("a bug") })
}
