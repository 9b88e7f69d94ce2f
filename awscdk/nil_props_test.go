package awscdk_test

import (
	"path/filepath"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
	"github.com/strata-cdk/strata/synth"
)

// TestNilPropsNeverCrash calls the core's constructors with nil props, as
// aws-cdk-go programs do: each must behave as aws-cdk-lib does with
// undefined, or report a mistake (a diagnostic); never a Go runtime error
// (synth.Run lets those through, so a crash fails the test with its trace).
func TestNilPropsNeverCrash(t *testing.T) {
	ctors := map[string]func(s constructs.Construct){
		"Stage":                    func(s constructs.Construct) { awscdk.NewStage(s, jsii.String("X"), nil) },
		"CfnOutput":                func(s constructs.Construct) { awscdk.NewCfnOutput(s, jsii.String("X"), nil) },
		"CfnParameter":             func(s constructs.Construct) { awscdk.NewCfnParameter(s, jsii.String("X"), nil) },
		"CfnCondition":             func(s constructs.Construct) { awscdk.NewCfnCondition(s, jsii.String("X"), nil) },
		"CfnMapping":               func(s constructs.Construct) { awscdk.NewCfnMapping(s, jsii.String("X"), nil) },
		"CfnRule":                  func(s constructs.Construct) { awscdk.NewCfnRule(s, jsii.String("X"), nil) },
		"CfnJson":                  func(s constructs.Construct) { awscdk.NewCfnJson(s, jsii.String("X"), nil) },
		"CfnResource":              func(s constructs.Construct) { awscdk.NewCfnResource(s, jsii.String("X"), nil) },
		"CfnCustomResource":        func(s constructs.Construct) { awscdk.NewCfnCustomResource(s, jsii.String("X"), nil) },
		"CfnStack":                 func(s constructs.Construct) { awscdk.NewCfnStack(s, jsii.String("X"), nil) },
		"CfnWaitConditionHandle":   func(s constructs.Construct) { awscdk.NewCfnWaitConditionHandle(s, jsii.String("X"), nil) },
		"CustomResource":           func(s constructs.Construct) { awscdk.NewCustomResource(s, jsii.String("X"), nil) },
		"CustomResourceProvider":   func(s constructs.Construct) { awscdk.NewCustomResourceProvider(s, jsii.String("X"), nil) },
		"Resource":                 func(s constructs.Construct) { awscdk.NewResource(s, jsii.String("X"), nil) },
		"Stack":                    func(s constructs.Construct) { awscdk.NewStack(s, jsii.String("X"), nil) },
		"AssetStaging":             func(s constructs.Construct) { awscdk.NewAssetStaging(s, jsii.String("X"), nil) },
		"CfnMacro":                 func(s constructs.Construct) { awscdk.NewCfnMacro(s, jsii.String("X"), nil) },
		"CfnWaitCondition":         func(s constructs.Construct) { awscdk.NewCfnWaitCondition(s, jsii.String("X"), nil) },
		"CfnGuardHook":             func(s constructs.Construct) { awscdk.NewCfnGuardHook(s, jsii.String("X"), nil) },
		"CfnStackSet":              func(s constructs.Construct) { awscdk.NewCfnStackSet(s, jsii.String("X"), nil) },
		"App (nil props)":          func(s constructs.Construct) { awscdk.NewApp(nil) },
		"Stack (nil scope and id)": func(s constructs.Construct) { awscdk.NewStack(nil, nil, nil) },
	}
	for name, ctor := range ctors {
		t.Run(name, func(t *testing.T) {
			_, err := synth.Run(func() awscdk.Stage {
				app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(filepath.Join(t.TempDir(), "out"))})
				ctor(awscdk.NewStack(app, jsii.String("S"), nil))
				return app
			})
			if err != nil {
				t.Logf("reported: %v", err)
			}
		})
	}
}
