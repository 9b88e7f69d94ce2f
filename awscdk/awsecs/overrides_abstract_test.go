package awsecs_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

type myImage struct{ awsecs.ContainerImage }

func (myImage) Bind(constructs.Construct, awsecs.ContainerDefinition) *awsecs.ContainerImageConfig {
	return &awsecs.ContainerImageConfig{ImageName: jsii.String("custom/image:1")}
}

type myLogDriver struct{ awsecs.LogDriver }

func (myLogDriver) Bind(constructs.Construct, awsecs.ContainerDefinition) *awsecs.LogDriverConfig {
	return &awsecs.LogDriverConfig{LogDriver: jsii.String("custom"), Options: &map[string]*string{"k": jsii.String("v")}}
}

type halfImage struct{ awsecs.ContainerImage }

// A user's ContainerImage and LogDriver types render through their Bind;
// one that leaves Bind to the base gets a clear error with the path.
func TestAbstractOverrides(t *testing.T) {
	img, logs := &myImage{}, &myLogDriver{}
	awsecs.NewContainerImage_Override(img)
	awsecs.NewLogDriver_Override(logs)
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	td := awsecs.NewFargateTaskDefinition(s, jsii.String("TD"), nil)
	td.AddContainer(jsii.String("c"), &awsecs.ContainerDefinitionOptions{Image: img, Logging: logs})
	tpl, _ := json.Marshal(app.Synth(nil).GetStackArtifact(jsii.String("S")).Template())
	for _, want := range []string{`"Image":"custom/image:1"`, `"LogDriver":"custom"`} {
		if !strings.Contains(string(tpl), want) {
			t.Errorf("missing %s in %s", want, tpl)
		}
	}

	half := &halfImage{}
	awsecs.NewContainerImage_Override(half)
	err := golden.SynthErr(t, func(app awscdk.App) {
		s := awscdk.NewStack(app, jsii.String("S"), nil)
		awsecs.NewFargateTaskDefinition(s, jsii.String("TD"), nil).AddContainer(jsii.String("c"), &awsecs.ContainerDefinitionOptions{Image: half})
	})
	if err == nil || !strings.Contains(err.Error(), "must define Bind") || !strings.Contains(err.Error(), "S/TD") {
		t.Fatalf("got %v", err)
	}
}
