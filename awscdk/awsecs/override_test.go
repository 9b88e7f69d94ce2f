package awsecs_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

type myTaskDefinition struct{ awsecs.FargateTaskDefinition }
type myService struct{ awsecs.FargateService }

// TestOverride "subclasses" a task definition and a service the way Go
// programs do, and checks they work like the plain ones and that the tree
// hands out the user's values.
func TestOverride(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	td := &myTaskDefinition{}
	awsecs.NewFargateTaskDefinition_Override(td, s, jsii.String("TD"), nil)
	td.AddContainer(jsii.String("web"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("nginx"), nil)})
	svc := &myService{}
	awsecs.NewFargateService_Override(svc, s, jsii.String("Svc"), &awsecs.FargateServiceProps{
		Cluster: awsecs.NewCluster(s, jsii.String("C"), nil), TaskDefinition: td, MinHealthyPercent: jsii.Number(100)})
	found := map[string]constructs.IConstruct{}
	for _, c := range *s.Node().Children() {
		found[*c.Node().Id()] = c
	}
	if found["TD"] != constructs.IConstruct(td) || found["Svc"] != constructs.IConstruct(svc) {
		t.Fatalf("tree hands out %T and %T, want the user's types", found["TD"], found["Svc"])
	}
	if *td.DefaultContainer().ContainerName() != "web" || *svc.TaskDefinition().Family() != *td.Family() {
		t.Fatal("the embedded values do not behave as the plain ones")
	}
	app.Synth(nil)
}

// TestNilProps: constructors whose props are all optional accept nil.
func TestNilProps(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	awsecs.NewCluster(s, jsii.String("C"), nil)
	awsecs.NewFargateTaskDefinition(s, jsii.String("F"), nil)
	awsecs.NewEc2TaskDefinition(s, jsii.String("E"), nil)
	awsecs.NewExternalTaskDefinition(s, jsii.String("X"), nil)
	awsecs.NewLinuxParameters(s, jsii.String("L"), nil)
	awsecs.NewAwsLogDriver(&awsecs.AwsLogDriverProps{StreamPrefix: jsii.String("p")})
	awsecs.LogDrivers_JsonFile(nil)
	awsecs.LogDrivers_Journald(nil)
	app.Synth(nil)
}
