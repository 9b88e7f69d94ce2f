package awsecs_test

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	elbv2 "github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/jsii"
)

func vpcAndCluster(s awscdk.Stack) (awsec2.Vpc, awsecs.Cluster) {
	vpc := awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(2), NatGateways: jsii.Number(1)})
	return vpc, awsecs.NewCluster(s, jsii.String("Cluster"), &awsecs.ClusterProps{Vpc: vpc})
}

func init() {
	templateCases["FargateService"] = func(s awscdk.Stack) {
		vpc, cluster := vpcAndCluster(s)
		td := awsecs.NewFargateTaskDefinition(s, jsii.String("TD"), nil)
		td.AddContainer(jsii.String("web"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("nginx"), nil),
			PortMappings: &[]*awsecs.PortMapping{{ContainerPort: jsii.Number(80)}}})
		svc := awsecs.NewFargateService(s, jsii.String("Service"), &awsecs.FargateServiceProps{
			Cluster: cluster, TaskDefinition: td, DesiredCount: jsii.Number(2), ServiceName: jsii.String("web"),
			CircuitBreaker: &awsecs.DeploymentCircuitBreaker{Rollback: jsii.Bool(true)}, MinHealthyPercent: jsii.Number(100), MaxHealthyPercent: jsii.Number(300),
			HealthCheckGracePeriod: awscdk.Duration_Seconds(jsii.Number(90)), EnableExecuteCommand: jsii.Bool(true),
			PlatformVersion: awsecs.FargatePlatformVersion_VERSION1_4, PropagateTags: awsecs.PropagatedTagSource_SERVICE,
			AssignPublicIp: jsii.Bool(true), VpcSubnets: &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC}, EnableECSManagedTags: jsii.Bool(true),
		})
		svc.Connections().AllowFromAnyIpv4(awsec2.Port_Tcp(jsii.Number(80)), nil)
		sg := awsec2.NewSecurityGroup(s, jsii.String("SG"), &awsec2.SecurityGroupProps{Vpc: vpc})
		td2 := awsecs.NewFargateTaskDefinition(s, jsii.String("TD2"), &awsecs.FargateTaskDefinitionProps{Cpu: jsii.Number(256), MemoryLimitMiB: jsii.Number(1024)})
		td2.AddContainer(jsii.String("worker"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("busybox"), nil)})
		worker := awsecs.NewFargateService(s, jsii.String("Worker"), &awsecs.FargateServiceProps{Cluster: cluster, TaskDefinition: td2,
			SecurityGroups: &[]awsec2.ISecurityGroup{sg}, MinHealthyPercent: jsii.Number(50),
			CapacityProviderStrategies: &[]*awsecs.CapacityProviderStrategy{{CapacityProvider: jsii.String("FARGATE_SPOT"), Weight: jsii.Number(2)},
				{CapacityProvider: jsii.String("FARGATE"), Weight: jsii.Number(1), Base: jsii.Number(1)}}})
		worker.Connections().AllowTo(svc, awsec2.Port_Tcp(jsii.Number(80)), nil)
		out(s, "Name", svc.ServiceName())
		out(s, "Arn", svc.ServiceArn())
	}
	templateCases["LoadBalanced"] = func(s awscdk.Stack) {
		vpc, cluster := vpcAndCluster(s)
		td := awsecs.NewFargateTaskDefinition(s, jsii.String("TD"), &awsecs.FargateTaskDefinitionProps{Cpu: jsii.Number(512), MemoryLimitMiB: jsii.Number(1024)})
		td.AddContainer(jsii.String("web"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("nginx"), nil),
			PortMappings: &[]*awsecs.PortMapping{{ContainerPort: jsii.Number(80)}, {ContainerPort: jsii.Number(9090)}}})
		svc := awsecs.NewFargateService(s, jsii.String("Service"), &awsecs.FargateServiceProps{Cluster: cluster, TaskDefinition: td,
			MinHealthyPercent: jsii.Number(100), CircuitBreaker: &awsecs.DeploymentCircuitBreaker{Enable: jsii.Bool(true), Rollback: jsii.Bool(false)}})
		lb := elbv2.NewApplicationLoadBalancer(s, jsii.String("LB"), &elbv2.ApplicationLoadBalancerProps{Vpc: vpc, InternetFacing: jsii.Bool(true)})
		listener := lb.AddListener(jsii.String("Http"), &elbv2.BaseApplicationListenerProps{Port: jsii.Number(80)})
		listener.AddTargets(jsii.String("Web"), &elbv2.AddApplicationTargetsProps{Port: jsii.Number(80),
			Targets: &[]elbv2.IApplicationLoadBalancerTarget{svc}, HealthCheck: &elbv2.HealthCheck{Path: jsii.String("/health")}})
		metrics := lb.AddListener(jsii.String("Metrics"), &elbv2.BaseApplicationListenerProps{Port: jsii.Number(9090), Protocol: elbv2.ApplicationProtocol_HTTP})
		metrics.AddTargets(jsii.String("Metrics"), &elbv2.AddApplicationTargetsProps{Port: jsii.Number(9090), Protocol: elbv2.ApplicationProtocol_HTTP,
			Targets: &[]elbv2.IApplicationLoadBalancerTarget{svc.LoadBalancerTarget(&awsecs.LoadBalancerTargetOptions{ContainerName: jsii.String("web"), ContainerPort: jsii.Number(9090)})}})
		tg := elbv2.NewApplicationTargetGroup(s, jsii.String("TG"), &elbv2.ApplicationTargetGroupProps{Vpc: vpc, Port: jsii.Number(80),
			Protocol: elbv2.ApplicationProtocol_HTTP, TargetType: elbv2.TargetType_IP})
		other := awsecs.NewFargateService(s, jsii.String("Other"), &awsecs.FargateServiceProps{Cluster: cluster, TaskDefinition: td, MinHealthyPercent: jsii.Number(100)})
		other.AttachToApplicationTargetGroup(tg)
		lb.AddListener(jsii.String("Alt"), &elbv2.BaseApplicationListenerProps{Port: jsii.Number(8080), Protocol: elbv2.ApplicationProtocol_HTTP,
			DefaultTargetGroups: &[]elbv2.IApplicationTargetGroup{tg}})
		other.RegisterLoadBalancerTargets(&awsecs.EcsTarget{ContainerName: jsii.String("web"), ContainerPort: jsii.Number(80), NewTargetGroupId: jsii.String("ECS"),
			Listener: awsecs.ListenerConfig_ApplicationListener(lb.AddListener(jsii.String("Third"), &elbv2.BaseApplicationListenerProps{Port: jsii.Number(8081),
				Protocol: elbv2.ApplicationProtocol_HTTP}), &elbv2.AddApplicationTargetsProps{Protocol: elbv2.ApplicationProtocol_HTTP})})
	}
	errorCases["ServiceNotFargate"] = func(s awscdk.Stack) {
		td := awsecs.NewEc2TaskDefinition(s, jsii.String("TD"), nil)
		td.AddContainer(jsii.String("c"), &awsecs.ContainerDefinitionOptions{Image: image, MemoryLimitMiB: jsii.Number(512)})
		awsecs.NewFargateService(s, jsii.String("Svc"), &awsecs.FargateServiceProps{Cluster: awsecs.NewCluster(s, jsii.String("C"), nil), TaskDefinition: td})
	}
	errorCases["ServiceNoEssential"] = func(s awscdk.Stack) {
		td := fargate(s, nil)
		td.AddContainer(jsii.String("c"), &awsecs.ContainerDefinitionOptions{Image: image, Essential: jsii.Bool(false)})
		awsecs.NewFargateService(s, jsii.String("Svc"), &awsecs.FargateServiceProps{Cluster: awsecs.NewCluster(s, jsii.String("C"), nil), TaskDefinition: td})
	}
}
