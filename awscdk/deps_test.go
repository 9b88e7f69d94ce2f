package awscdk_test

import (
	"path/filepath"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// TestConstructDependenciesMatchAwsCdkLib is the program of twins/deps.js:
// no resource depends on itself, whether through a dependency on a
// construct that contains it or a construct's dependency on itself.
func TestConstructDependenciesMatchAwsCdkLib(t *testing.T) {
	app, outdir := initApp(t, nil)
	s := awscdk.NewStack(app, jsii.String("Deps"), nil)
	topic := func(scope constructs.Construct, id string) awscdk.CfnResource {
		return awscdk.NewCfnResource(scope, jsii.String(id), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic")})
	}
	group := constructs.NewConstruct(s, jsii.String("Group"))
	a := topic(group, "A")
	topic(group, "B")
	a.Node().AddDependency(group)
	other := topic(s, "Other")
	other.Node().AddDependency(other)
	inner := constructs.NewConstruct(group, jsii.String("Inner"))
	topic(inner, "C")
	other.Node().AddDependency(inner)
	app.Synth(nil)
	sameFile(t, filepath.Join(outdir, "Deps.template.json"), "testdata/expected/deps/Deps.template.json")
}
