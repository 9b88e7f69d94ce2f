package cxapi_test

import (
	"path/filepath"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	cas "github.com/strata-cdk/strata/awscdk/cloudassemblyschema"
	"github.com/strata-cdk/strata/awscdk/cxapi"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/jsii"
)

// The assembly App.Synth returns, for the Go twin of twins.js's app,
// describes as aws-cdk-lib's CloudAssembly describes aws-cdk-lib's own.
func TestSynthReturnsTheAssembly(t *testing.T) {
	ctx := cdkctx.InitContext()
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(filepath.Join(t.TempDir(), "asm")), Context: &ctx})
	producer := awscdk.NewStack(app, jsii.String("Producer"), &awscdk.StackProps{
		Env:  &awscdk.Environment{Account: jsii.String("123456789012"), Region: jsii.String("eu-west-1")},
		Tags: &map[string]*string{"Team": jsii.String("x"), "Owner": jsii.String("me")},
	})
	q := awssqs.NewQueue(producer, jsii.String("Queue"), nil)
	awscdk.Annotations_Of(q).AddWarningV2(jsii.String("test:warn"), jsii.String("look at this"))
	awscdk.Annotations_Of(producer).AddInfo(jsii.String("some info"))
	consumer := awscdk.NewStack(app, jsii.String("Consumer"), &awscdk.StackProps{StackName: jsii.String("consumer-stack"), TerminationProtection: jsii.Bool(true)})
	awscdk.NewCfnOutput(consumer, jsii.String("Out"), &awscdk.CfnOutputProps{Value: jsii.String("v")})
	awssqs.NewQueue(consumer, jsii.String("Q2"), nil)
	consumer.AddDependency(producer, nil)
	stage := awscdk.NewStage(app, jsii.String("Beta"), nil)
	awssqs.NewQueue(awscdk.NewStack(stage, jsii.String("Inner"), nil), jsii.String("Q"), nil)
	asm := app.Synth(nil)

	want := expect(t, "read.json")
	delete(want, "errors")
	same(t, "assembly", want, describe(asm))
	// What Strata wrote passes the schema validation.
	cxapi.NewCloudAssembly(asm.Directory(), &cas.LoadManifestOptions{ValidateSchema: jsiiTrue()}).StacksRecursively()
}
