// Command fargate-asset is the parity case for a Fargate service built from
// a local Docker image asset (./image) behind a public application load
// balancer: ApplicationLoadBalancedFargateService with ContainerImage_FromAsset
// (the image asset in the manifest; synthesis never runs Docker), a default
// VPC and cluster, a health check and a desired count.
package main

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/awscdk/awsecspatterns"
	"github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

func NewServiceStack(scope constructs.Construct, id string, props *awscdk.StackProps) awscdk.Stack {
	stack := awscdk.NewStack(scope, &id, props)

	svc := awsecspatterns.NewApplicationLoadBalancedFargateService(stack, jsii.String("Web"), &awsecspatterns.ApplicationLoadBalancedFargateServiceProps{
		Cpu:               jsii.Number(256),
		MemoryLimitMiB:    jsii.Number(512),
		DesiredCount:      jsii.Number(1),
		MinHealthyPercent: jsii.Number(100),
		TaskImageOptions: &awsecspatterns.ApplicationLoadBalancedTaskImageOptions{
			Image:         awsecs.ContainerImage_FromAsset(jsii.String("./image"), nil),
			ContainerPort: jsii.Number(8080),
			Environment:   &map[string]*string{"GREETING": jsii.String("hello")},
		},
		PublicLoadBalancer: jsii.Bool(true),
	})
	svc.TargetGroup().ConfigureHealthCheck(&awselasticloadbalancingv2.HealthCheck{Path: jsii.String("/")})
	return stack
}

func main() {
	defer jsii.Close()
	app := awscdk.NewApp(nil)
	NewServiceStack(app, "FargateAssetStack", nil)
	app.Synth(nil)
}
