package awsecspatterns_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/awscdk/awsecspatterns"
	"github.com/strata-cdk/strata/awscdk/awsservicediscovery"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// Every load-balanced pattern hands CloudMapOptions to its service.
var cloudMapCases = map[string]func(s awscdk.Stack){
	"CloudMap": func(s awscdk.Stack) {
		v := vpc(s)
		cluster := awsecs.NewCluster(s, jsii.String("Cluster"), &awsecs.ClusterProps{Vpc: v,
			DefaultCloudMapNamespace: &awsecs.CloudMapNamespaceOptions{Name: jsii.String("local")}})
		image := awsecs.ContainerImage_FromRegistry(jsii.String("nginx"), nil)
		awsecspatterns.NewApplicationLoadBalancedFargateService(s, jsii.String("Web"), &awsecspatterns.ApplicationLoadBalancedFargateServiceProps{
			Cluster: cluster, TaskImageOptions: &awsecspatterns.ApplicationLoadBalancedTaskImageOptions{Image: image},
			CloudMapOptions: &awsecs.CloudMapOptions{Name: jsii.String("web")}})
		awsecspatterns.NewNetworkLoadBalancedFargateService(s, jsii.String("Tcp"), &awsecspatterns.NetworkLoadBalancedFargateServiceProps{
			Cluster: cluster, TaskImageOptions: &awsecspatterns.NetworkLoadBalancedTaskImageOptions{Image: image},
			CloudMapOptions: &awsecs.CloudMapOptions{Name: jsii.String("tcp"), DnsTtl: awscdk.Duration_Seconds(jsii.Number(30))}})
		awsecspatterns.NewApplicationMultipleTargetGroupsFargateService(s, jsii.String("Multi"), &awsecspatterns.ApplicationMultipleTargetGroupsFargateServiceProps{
			Cluster: cluster, TaskImageOptions: &awsecspatterns.ApplicationLoadBalancedTaskImageProps{Image: image},
			CloudMapOptions: &awsecs.CloudMapOptions{Name: jsii.String("multi"), FailureThreshold: jsii.Number(2)}})
		ns := awsservicediscovery.NewPrivateDnsNamespace(s, jsii.String("Ns"), &awsservicediscovery.PrivateDnsNamespaceProps{Name: jsii.String("other.internal"), Vpc: v})
		awsecspatterns.NewNetworkMultipleTargetGroupsFargateService(s, jsii.String("NetMulti"), &awsecspatterns.NetworkMultipleTargetGroupsFargateServiceProps{
			Cluster: cluster, TaskImageOptions: &awsecspatterns.NetworkLoadBalancedTaskImageProps{Image: image},
			CloudMapOptions: &awsecs.CloudMapOptions{CloudMapNamespace: ns, Name: jsii.String("netmulti")}})
	},
	"CloudMapEc2": func(s awscdk.Stack) {
		v := vpc(s)
		cluster := awsecs.Cluster_FromClusterAttributes(s, jsii.String("Cluster"), &awsecs.ClusterAttributes{
			ClusterName: jsii.String("ec2-cluster"), Vpc: v, SecurityGroups: &[]awsec2.ISecurityGroup{}, HasEc2Capacity: jsii.Bool(true),
		})
		ns := awsservicediscovery.NewPrivateDnsNamespace(s, jsii.String("Ns"), &awsservicediscovery.PrivateDnsNamespaceProps{Name: jsii.String("ec2.internal"), Vpc: v})
		image := awsecs.ContainerImage_FromRegistry(jsii.String("nginx"), nil)
		srv := func(name string) *awsecs.CloudMapOptions {
			return &awsecs.CloudMapOptions{CloudMapNamespace: ns, Name: jsii.String(name), DnsRecordType: awsservicediscovery.DnsRecordType_SRV}
		}
		mem := jsii.Number(256)
		awsecspatterns.NewApplicationLoadBalancedEc2Service(s, jsii.String("Web"), &awsecspatterns.ApplicationLoadBalancedEc2ServiceProps{
			Cluster: cluster, MemoryLimitMiB: mem, TaskImageOptions: &awsecspatterns.ApplicationLoadBalancedTaskImageOptions{Image: image}, CloudMapOptions: srv("web")})
		awsecspatterns.NewNetworkLoadBalancedEc2Service(s, jsii.String("Tcp"), &awsecspatterns.NetworkLoadBalancedEc2ServiceProps{
			Cluster: cluster, MemoryLimitMiB: mem, TaskImageOptions: &awsecspatterns.NetworkLoadBalancedTaskImageOptions{Image: image}, CloudMapOptions: srv("tcp")})
		awsecspatterns.NewApplicationMultipleTargetGroupsEc2Service(s, jsii.String("Multi"), &awsecspatterns.ApplicationMultipleTargetGroupsEc2ServiceProps{
			Cluster: cluster, MemoryLimitMiB: mem, TaskImageOptions: &awsecspatterns.ApplicationLoadBalancedTaskImageProps{Image: image}, CloudMapOptions: srv("multi")})
		awsecspatterns.NewNetworkMultipleTargetGroupsEc2Service(s, jsii.String("NetMulti"), &awsecspatterns.NetworkMultipleTargetGroupsEc2ServiceProps{
			Cluster: cluster, MemoryLimitMiB: mem, TaskImageOptions: &awsecspatterns.NetworkLoadBalancedTaskImageProps{Image: image}, CloudMapOptions: srv("netmulti")})
	},
}

func TestCloudMapOptionsTemplates(t *testing.T) {
	golden.CheckTemplates(t, cloudMapCases, nil, ownHandler)
}

func init() {
	errorCases["CloudMapNoNamespace"] = func(s awscdk.Stack) {
		awsecspatterns.NewApplicationLoadBalancedFargateService(s, jsii.String("Svc"), &awsecspatterns.ApplicationLoadBalancedFargateServiceProps{
			TaskImageOptions: &awsecspatterns.ApplicationLoadBalancedTaskImageOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("nginx"), nil)},
			CloudMapOptions:  &awsecs.CloudMapOptions{Name: jsii.String("x")}})
	}
}
