package awsecspatterns_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/awscdk/awsecspatterns"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

var netMultiCases = map[string]func(s awscdk.Stack){
	"NetMultiDefault": func(s awscdk.Stack) {
		awsecspatterns.NewNetworkMultipleTargetGroupsFargateService(s, jsii.String("Net"), &awsecspatterns.NetworkMultipleTargetGroupsFargateServiceProps{
			Vpc: vpc(s),
			TaskImageOptions: &awsecspatterns.NetworkLoadBalancedTaskImageProps{
				Image: awsecs.ContainerImage_FromRegistry(jsii.String("nginx"), nil), ContainerPorts: &[]*float64{jsii.Number(8080)},
			},
		})
	},
	"NetMulti": func(s awscdk.Stack) {
		cluster := awsecs.NewCluster(s, jsii.String("Cluster"), &awsecs.ClusterProps{Vpc: vpc(s)})
		z := zone(s)
		awsecspatterns.NewNetworkMultipleTargetGroupsFargateService(s, jsii.String("Net"), &awsecspatterns.NetworkMultipleTargetGroupsFargateServiceProps{
			Cluster:           cluster,
			DesiredCount:      jsii.Number(2),
			MinHealthyPercent: jsii.Number(100),
			MaxHealthyPercent: jsii.Number(200),
			CircuitBreaker:    &awsecs.DeploymentCircuitBreaker{Rollback: jsii.Bool(true)},
			TaskImageOptions: &awsecspatterns.NetworkLoadBalancedTaskImageProps{
				Image: awsecs.ContainerImage_FromRegistry(jsii.String("nginx"), nil), ContainerName: jsii.String("tcp"), EnableLogging: jsii.Bool(false),
			},
			LoadBalancers: &[]*awsecspatterns.NetworkLoadBalancerProps{
				{Name: jsii.String("nlbone"), DomainName: jsii.String("tcp.example.com"), DomainZone: z, Listeners: &[]*awsecspatterns.NetworkListenerProps{
					{Name: jsii.String("a"), Port: jsii.Number(8000)}, {Name: jsii.String("b"), Port: jsii.Number(9000)},
				}},
				{Name: jsii.String("nlbtwo"), PublicLoadBalancer: jsii.Bool(false), Listeners: &[]*awsecspatterns.NetworkListenerProps{{Name: jsii.String("c")}}},
			},
			TargetGroups: &[]*awsecspatterns.NetworkTargetProps{
				{ContainerPort: jsii.Number(8000), Listener: jsii.String("a")},
				{ContainerPort: jsii.Number(9000), Listener: jsii.String("b")},
				{ContainerPort: jsii.Number(7000), Listener: jsii.String("c")},
			},
		})
	},
}

func TestNetworkMultipleTargetGroupsFargateServiceTemplates(t *testing.T) {
	golden.CheckTemplates(t, netMultiCases, nil, ownHandler)
}

func netMulti(s awscdk.Stack, p *awsecspatterns.NetworkMultipleTargetGroupsFargateServiceProps) {
	p.TaskImageOptions = &awsecspatterns.NetworkLoadBalancedTaskImageProps{Image: awsecs.ContainerImage_FromRegistry(jsii.String("nginx"), nil)}
	awsecspatterns.NewNetworkMultipleTargetGroupsFargateService(s, jsii.String("Svc"), p)
}
