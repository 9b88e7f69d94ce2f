package awsecspatterns_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/awscdk/awsecspatterns"
	"github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

func zone(s awscdk.Stack) awsroute53.IHostedZone {
	return awsroute53.HostedZone_FromHostedZoneAttributes(s, jsii.String("Zone"), &awsroute53.HostedZoneAttributes{
		HostedZoneId: jsii.String("Z123456ABCDEFG"), ZoneName: jsii.String("example.com")})
}

var nlbCases = map[string]func(s awscdk.Stack){
	"Nlb": func(s awscdk.Stack) {
		v := vpc(s)
		z := zone(s)
		svc := awsecspatterns.NewNetworkLoadBalancedFargateService(s, jsii.String("Tcp"), &awsecspatterns.NetworkLoadBalancedFargateServiceProps{
			Vpc:            v,
			DesiredCount:   jsii.Number(2),
			Cpu:            jsii.Number(512),
			MemoryLimitMiB: jsii.Number(1024),
			TaskImageOptions: &awsecspatterns.NetworkLoadBalancedTaskImageOptions{
				Image:         awsecs.ContainerImage_FromRegistry(jsii.String("redis"), nil),
				ContainerPort: jsii.Number(6379),
				Environment:   &map[string]*string{"A": jsii.String("1")},
			},
			ListenerPort:   jsii.Number(6379),
			DomainName:     jsii.String("cache.example.com"),
			DomainZone:     z,
			CircuitBreaker: &awsecs.DeploymentCircuitBreaker{Rollback: jsii.Bool(true)},
		})
		awscdk.NewCfnOutput(s, jsii.String("Dns"), &awscdk.CfnOutputProps{Value: svc.LoadBalancer().LoadBalancerDnsName()})
	},
	"NlbPrivate": func(s awscdk.Stack) {
		cluster := awsecs.NewCluster(s, jsii.String("Cluster"), &awsecs.ClusterProps{Vpc: vpc(s)})
		awsecspatterns.NewNetworkLoadBalancedFargateService(s, jsii.String("Tls"), &awsecspatterns.NetworkLoadBalancedFargateServiceProps{
			Cluster:             cluster,
			PublicLoadBalancer:  jsii.Bool(false),
			ListenerCertificate: awselasticloadbalancingv2.ListenerCertificate_FromArn(jsii.String("arn:aws:acm:us-east-1:111111111111:certificate/abc")),
			RecordType:          awsecspatterns.NetworkLoadBalancedServiceRecordType_CNAME,
			DomainName:          jsii.String("tls.example.com"),
			DomainZone:          zone(s),
			TaskImageOptions: &awsecspatterns.NetworkLoadBalancedTaskImageOptions{
				Image: awsecs.ContainerImage_FromRegistry(jsii.String("nginx"), nil), EnableLogging: jsii.Bool(false), ContainerName: jsii.String("edge"),
			},
		})
	},
}

func TestNetworkLoadBalancedFargateServiceTemplates(t *testing.T) {
	golden.CheckTemplates(t, nlbCases, nil, ownHandler)
}

func nlbImg() *awsecspatterns.NetworkLoadBalancedTaskImageOptions {
	return &awsecspatterns.NetworkLoadBalancedTaskImageOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("nginx"), nil)}
}
