package awsecs_test

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	elb "github.com/strata-cdk/strata/awscdk/awselasticloadbalancing"
	sd "github.com/strata-cdk/strata/awscdk/awsservicediscovery"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twins of the CloudMap stack and the Cloud Map / classic load
// balancer error cases in testdata/twins.js.
func init() {
	str, num := jsii.String, jsii.Number[float64]
	image := func() awsecs.ContainerImage { return awsecs.ContainerImage_FromRegistry(str("nginx"), nil) }
	fargateTD := func(s awscdk.Stack) awsecs.FargateTaskDefinition {
		td := awsecs.NewFargateTaskDefinition(s, str("TD"), nil)
		td.AddContainer(str("c"), &awsecs.ContainerDefinitionOptions{Image: image(), PortMappings: &[]*awsecs.PortMapping{{ContainerPort: num(80)}}})
		return td
	}
	templateCases["CloudMap"] = func(s awscdk.Stack) {
		vpc := awsec2.NewVpc(s, str("Vpc"), &awsec2.VpcProps{MaxAzs: num(2), NatGateways: num(1)})
		cluster := awsecs.NewCluster(s, str("Cluster"), &awsecs.ClusterProps{Vpc: vpc,
			DefaultCloudMapNamespace: &awsecs.CloudMapNamespaceOptions{Name: str("local"), UseForServiceConnect: jsii.Bool(true)}})
		td := awsecs.NewFargateTaskDefinition(s, str("TD"), nil)
		td.AddContainer(str("web"), &awsecs.ContainerDefinitionOptions{Image: image(), PortMappings: &[]*awsecs.PortMapping{{ContainerPort: num(80)}}})
		svc := awsecs.NewFargateService(s, str("Svc"), &awsecs.FargateServiceProps{Cluster: cluster, TaskDefinition: td, MinHealthyPercent: num(100),
			CloudMapOptions: &awsecs.CloudMapOptions{Name: str("web"), DnsTtl: awscdk.Duration_Seconds(num(30)), FailureThreshold: num(2)}})
		pub := sd.NewPublicDnsNamespace(s, str("PublicNs"), &sd.PublicDnsNamespaceProps{Name: str("example.com")})
		srv := awsecs.NewFargateService(s, str("Srv"), &awsecs.FargateServiceProps{Cluster: cluster, TaskDefinition: td, MinHealthyPercent: num(100)})
		srv.EnableCloudMap(&awsecs.CloudMapOptions{CloudMapNamespace: pub, DnsRecordType: sd.DnsRecordType_SRV})
		shared := sd.NewService(s, str("Shared"), &sd.ServiceProps{Namespace: cluster.DefaultCloudMapNamespace(), DnsRecordType: sd.DnsRecordType_SRV})
		awsecs.NewFargateService(s, str("Assoc"), &awsecs.FargateServiceProps{Cluster: cluster, TaskDefinition: td, MinHealthyPercent: num(100)}).
			AssociateCloudMapService(&awsecs.AssociateCloudMapServiceOptions{Service: shared, ContainerPort: num(80)})
		plain := sd.NewService(s, str("Plain"), &sd.ServiceProps{Namespace: cluster.DefaultCloudMapNamespace()})
		awsecs.NewFargateService(s, str("AssocA"), &awsecs.FargateServiceProps{Cluster: cluster, TaskDefinition: td, MinHealthyPercent: num(100)}).
			AssociateCloudMapService(&awsecs.AssociateCloudMapServiceOptions{Service: plain})
		http := awsecs.NewCluster(s, str("HttpCluster"), &awsecs.ClusterProps{Vpc: vpc})
		httpNs := http.AddDefaultCloudMapNamespace(&awsecs.CloudMapNamespaceOptions{Name: str("api"), Type: sd.NamespaceType_HTTP})
		pubCluster := awsecs.NewCluster(s, str("PublicCluster"), &awsecs.ClusterProps{Vpc: vpc})
		pubCluster.AddDefaultCloudMapNamespace(&awsecs.CloudMapNamespaceOptions{Name: str("public.example.com"), Type: sd.NamespaceType_DNS_PUBLIC})
		sg := awsec2.NewSecurityGroup(s, str("HostSG"), &awsec2.SecurityGroupProps{Vpc: vpc})
		hosts := awsecs.Cluster_FromClusterAttributes(s, str("Hosts"), &awsecs.ClusterAttributes{ClusterName: str("hosts"), Vpc: vpc,
			SecurityGroups: &[]awsec2.ISecurityGroup{sg}})
		bridge := awsecs.NewEc2TaskDefinition(s, str("Bridge"), nil)
		bridge.AddContainer(str("web"), &awsecs.ContainerDefinitionOptions{Image: image(), MemoryLimitMiB: num(256),
			PortMappings: &[]*awsecs.PortMapping{{ContainerPort: num(80), HostPort: num(8080)}}})
		b1 := awsecs.NewEc2Service(s, str("Bridge1"), &awsecs.Ec2ServiceProps{Cluster: hosts, TaskDefinition: bridge, MinHealthyPercent: num(50),
			CloudMapOptions: &awsecs.CloudMapOptions{CloudMapNamespace: cluster.DefaultCloudMapNamespace()}})
		b2 := awsecs.NewEc2Service(s, str("Bridge2"), &awsecs.Ec2ServiceProps{Cluster: hosts, TaskDefinition: bridge, MinHealthyPercent: num(50)})
		lb := elb.NewLoadBalancer(s, str("Lb"), &elb.LoadBalancerProps{Vpc: vpc,
			Listeners: &[]*elb.LoadBalancerListener{{ExternalPort: num(80), InternalPort: num(8080)}}})
		lb.AddTarget(b1)
		lb.AddTarget(b2.LoadBalancerTarget(&awsecs.LoadBalancerTargetOptions{ContainerName: str("web"), ContainerPort: num(80)}))
		awscdk.NewCfnOutput(s, str("CloudMapArn"), &awscdk.CfnOutputProps{Value: svc.CloudMapService().ServiceArn()})
		awscdk.NewCfnOutput(s, str("SrvName"), &awscdk.CfnOutputProps{Value: srv.CloudMapService().ServiceName()})
		awscdk.NewCfnOutput(s, str("HttpNs"), &awscdk.CfnOutputProps{Value: httpNs.NamespaceArn()})
		awscdk.NewCfnOutput(s, str("HttpType"), &awscdk.CfnOutputProps{Value: str(string(http.DefaultCloudMapNamespace().Type()))})
	}

	errorCases["CloudMapNoNamespace"] = func(s awscdk.Stack) {
		awsecs.NewFargateService(s, str("Svc"), &awsecs.FargateServiceProps{Cluster: awsecs.NewCluster(s, str("C"), nil), TaskDefinition: fargateTD(s),
			CloudMapOptions: &awsecs.CloudMapOptions{}})
	}
	errorCases["CloudMapHttp"] = func(s awscdk.Stack) {
		cluster := awsecs.NewCluster(s, str("C"), nil)
		cluster.AddDefaultCloudMapNamespace(&awsecs.CloudMapNamespaceOptions{Name: str("n"), Type: sd.NamespaceType_HTTP})
		awsecs.NewFargateService(s, str("Svc"), &awsecs.FargateServiceProps{Cluster: cluster, TaskDefinition: fargateTD(s)}).EnableCloudMap(&awsecs.CloudMapOptions{})
	}
	errorCases["CloudMapTwice"] = func(s awscdk.Stack) {
		cluster := awsecs.NewCluster(s, str("C"), &awsecs.ClusterProps{DefaultCloudMapNamespace: &awsecs.CloudMapNamespaceOptions{Name: str("n")}})
		svc := awsecs.NewFargateService(s, str("Svc"), &awsecs.FargateServiceProps{Cluster: cluster, TaskDefinition: fargateTD(s), CloudMapOptions: &awsecs.CloudMapOptions{}})
		svc.AssociateCloudMapService(&awsecs.AssociateCloudMapServiceOptions{Service: svc.CloudMapService()})
	}
	errorCases["NamespaceTwice"] = func(s awscdk.Stack) {
		awsecs.NewCluster(s, str("C"), &awsecs.ClusterProps{DefaultCloudMapNamespace: &awsecs.CloudMapNamespaceOptions{Name: str("n")}}).
			AddDefaultCloudMapNamespace(&awsecs.CloudMapNamespaceOptions{Name: str("m")})
	}
	errorCases["CloudMapBridgeA"] = func(s awscdk.Stack) {
		td := awsecs.NewEc2TaskDefinition(s, str("TD"), nil)
		td.AddContainer(str("c"), &awsecs.ContainerDefinitionOptions{Image: image(), MemoryLimitMiB: num(64), PortMappings: &[]*awsecs.PortMapping{{ContainerPort: num(80)}}})
		cluster := awsecs.Cluster_FromClusterAttributes(s, str("C"), &awsecs.ClusterAttributes{ClusterName: str("c"), Vpc: awsec2.NewVpc(s, str("V"), nil),
			SecurityGroups: &[]awsec2.ISecurityGroup{}})
		awsecs.NewEc2Service(s, str("Svc"), &awsecs.Ec2ServiceProps{Cluster: cluster, TaskDefinition: td}).EnableCloudMap(&awsecs.CloudMapOptions{
			CloudMapNamespace: sd.NewPublicDnsNamespace(s, str("Ns"), &sd.PublicDnsNamespaceProps{Name: str("n")}), DnsRecordType: sd.DnsRecordType_A})
	}
	errorCases["CloudMapPortNotMapped"] = func(s awscdk.Stack) {
		cluster := awsecs.NewCluster(s, str("C"), &awsecs.ClusterProps{DefaultCloudMapNamespace: &awsecs.CloudMapNamespaceOptions{Name: str("n")}})
		awsecs.NewFargateService(s, str("Svc"), &awsecs.FargateServiceProps{Cluster: cluster, TaskDefinition: fargateTD(s)}).
			EnableCloudMap(&awsecs.CloudMapOptions{DnsRecordType: sd.DnsRecordType_SRV, ContainerPort: num(81)})
	}
	errorCases["ClassicLbAwsVpc"] = func(s awscdk.Stack) {
		cluster := awsecs.NewCluster(s, str("C"), nil)
		svc := awsecs.NewFargateService(s, str("Svc"), &awsecs.FargateServiceProps{Cluster: cluster, TaskDefinition: fargateTD(s)})
		elb.NewLoadBalancer(s, str("Lb"), &elb.LoadBalancerProps{Vpc: cluster.Vpc()}).AddTarget(svc)
	}
	externalTD := func(s awscdk.Stack) awsecs.ExternalTaskDefinition {
		td := awsecs.NewExternalTaskDefinition(s, str("TD"), nil)
		td.AddContainer(str("c"), &awsecs.ContainerDefinitionOptions{Image: image(), MemoryLimitMiB: num(64)})
		return td
	}
	errorCases["ExternalCloudMapOptions"] = func(s awscdk.Stack) {
		awsecs.NewExternalService(s, str("Svc"), &awsecs.ExternalServiceProps{Cluster: awsecs.NewCluster(s, str("C"), nil), TaskDefinition: externalTD(s),
			CloudMapOptions: &awsecs.CloudMapOptions{}})
	}
	errorCases["ExternalEnableCloudMap"] = func(s awscdk.Stack) {
		awsecs.NewExternalService(s, str("Svc"), &awsecs.ExternalServiceProps{Cluster: awsecs.NewCluster(s, str("C"), nil), TaskDefinition: externalTD(s)}).
			EnableCloudMap(&awsecs.CloudMapOptions{})
	}
	errorCases["ExternalDefaultNamespace"] = func(s awscdk.Stack) {
		cluster := awsecs.NewCluster(s, str("C"), &awsecs.ClusterProps{DefaultCloudMapNamespace: &awsecs.CloudMapNamespaceOptions{Name: str("n")}})
		awsecs.NewExternalService(s, str("Svc"), &awsecs.ExternalServiceProps{Cluster: cluster, TaskDefinition: externalTD(s)})
	}
}
