package awsecspatterns_test

import (
	"fmt"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/awscdk/awsecspatterns"
	"github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

var multiCases = map[string]func(s awscdk.Stack){
	"MultiDefault": func(s awscdk.Stack) {
		awsecspatterns.NewApplicationMultipleTargetGroupsFargateService(s, jsii.String("Multi"), &awsecspatterns.ApplicationMultipleTargetGroupsFargateServiceProps{
			Vpc: vpc(s),
			TaskImageOptions: &awsecspatterns.ApplicationLoadBalancedTaskImageProps{
				Image: awsecs.ContainerImage_FromRegistry(jsii.String("nginx"), nil), ContainerPorts: &[]*float64{jsii.Number(8080), jsii.Number(9090)},
			},
		})
	},
	"MultiFull": func(s awscdk.Stack) {
		cluster := awsecs.NewCluster(s, jsii.String("Cluster"), &awsecs.ClusterProps{Vpc: vpc(s)})
		z := zone(s)
		svc := awsecspatterns.NewApplicationMultipleTargetGroupsFargateService(s, jsii.String("Multi"), &awsecspatterns.ApplicationMultipleTargetGroupsFargateServiceProps{
			Cluster:        cluster,
			DesiredCount:   jsii.Number(2),
			Cpu:            jsii.Number(512),
			MemoryLimitMiB: jsii.Number(1024),
			AssignPublicIp: jsii.Bool(true),
			TaskImageOptions: &awsecspatterns.ApplicationLoadBalancedTaskImageProps{
				Image: awsecs.ContainerImage_FromRegistry(jsii.String("nginx"), nil), ContainerName: jsii.String("app"), EnableLogging: jsii.Bool(false),
				Environment: &map[string]*string{"MODE": jsii.String("multi")},
			},
			LoadBalancers: &[]*awsecspatterns.ApplicationLoadBalancerProps{
				{Name: jsii.String("lbone"), DomainName: jsii.String("app.example.com"), DomainZone: z, Listeners: &[]*awsecspatterns.ApplicationListenerProps{
					{Name: jsii.String("web"), Port: jsii.Number(80)},
					{Name: jsii.String("secure"), Protocol: awselasticloadbalancingv2.ApplicationProtocol_HTTPS, Port: jsii.Number(443)},
				}},
				{Name: jsii.String("lbtwo"), PublicLoadBalancer: jsii.Bool(false), IdleTimeout: awscdk.Duration_Seconds(jsii.Number(30)),
					Listeners: &[]*awsecspatterns.ApplicationListenerProps{{Name: jsii.String("internal"), Port: jsii.Number(8080)}}},
			},
			TargetGroups: &[]*awsecspatterns.ApplicationTargetProps{
				{ContainerPort: jsii.Number(80), Listener: jsii.String("web")},
				{ContainerPort: jsii.Number(9000), Listener: jsii.String("secure")},
				{ContainerPort: jsii.Number(9001), Listener: jsii.String("secure"), HostHeader: jsii.String("app.example.com"), Priority: jsii.Number(5)},
				{ContainerPort: jsii.Number(8080), Listener: jsii.String("internal")},
				{ContainerPort: jsii.Number(8081), Listener: jsii.String("internal"), PathPattern: jsii.String("/api/*"), Priority: jsii.Number(10)},
			},
		})
		awscdk.NewCfnOutput(s, jsii.String("Groups"), &awscdk.CfnOutputProps{Value: jsii.String(fmt.Sprint(len(*svc.TargetGroups())))})
	},
}

func TestApplicationMultipleTargetGroupsFargateServiceTemplates(t *testing.T) {
	golden.CheckTemplates(t, multiCases, nil, ownHandler)
}

type multiProps = awsecspatterns.ApplicationMultipleTargetGroupsFargateServiceProps

func multi(s awscdk.Stack, p *multiProps) {
	if p.TaskImageOptions == nil {
		p.TaskImageOptions = &awsecspatterns.ApplicationLoadBalancedTaskImageProps{Image: awsecs.ContainerImage_FromRegistry(jsii.String("nginx"), nil)}
	}
	awsecspatterns.NewApplicationMultipleTargetGroupsFargateService(s, jsii.String("Svc"), p)
}

func listeners(l ...*awsecspatterns.ApplicationListenerProps) *[]*awsecspatterns.ApplicationListenerProps {
	return &l
}
