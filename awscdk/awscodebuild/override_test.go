package awscodebuild_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscodebuild"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// A user's source type, the way Go programs subclass aws-cdk-go's Source.
type customSource struct{ awscodebuild.Source }

func (c *customSource) Type() *string { return jsii.String("S3") }

type customArtifacts struct{ awscodebuild.Artifacts }

func (c *customArtifacts) Type() *string { return jsii.String("NO_ARTIFACTS") }

type customSpec struct{ awscodebuild.BuildSpec }

func (c *customSpec) IsImmediate() *bool                             { return jsii.Bool(true) }
func (c *customSpec) ToBuildSpec(scope constructs.Construct) *string { return jsii.String("custom") }

type customProject struct{ awscodebuild.Project }

func TestOverrides(t *testing.T) {
	app := awscdk.NewApp(nil)
	st := awscdk.NewStack(app, s("S"), nil)
	src := &customSource{}
	awscodebuild.NewSource_Override(src, &awscodebuild.SourceProps{Identifier: s("mine")})
	arts := &customArtifacts{}
	awscodebuild.NewArtifacts_Override(arts, nil)
	sp := &customSpec{}
	awscodebuild.NewBuildSpec_Override(sp)
	p := &customProject{}
	awscodebuild.NewProject_Override(p, st, s("P"), &awscodebuild.ProjectProps{Source: src, Artifacts: arts, BuildSpec: sp})
	if *p.ProjectName() == "" {
		t.Fatal("the embedded project was not set")
	}
	b, _ := json.Marshal(app.Synth(nil).GetStackArtifact(s("S")).Template())
	tmpl := string(b)
	for _, want := range []string{`"SourceIdentifier":"mine"`, `"Type":"S3"`, `"BuildSpec":"custom"`, `"Type":"NO_ARTIFACTS"`} {
		if !strings.Contains(tmpl, want) {
			t.Errorf("template lacks %s:\n%s", want, tmpl)
		}
	}
	err := synthErr(t, func(app awscdk.App) {
		base := &struct{ awscodebuild.BuildSpec }{}
		awscodebuild.NewBuildSpec_Override(base)
		base.ToBuildSpec(awscdk.NewStack(app, s("T"), nil))
	})
	if err == nil || !strings.Contains(err.Error(), "must define ToBuildSpec") {
		t.Fatalf("want a clear error for an abstract build spec, got %v", err)
	}
}
