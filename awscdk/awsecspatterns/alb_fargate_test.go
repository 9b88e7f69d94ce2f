package awsecspatterns_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapplicationautoscaling"
	"github.com/strata-cdk/strata/awscdk/awscertificatemanager"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/awscdk/awsecspatterns"
	"github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awseventstargets"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

const restrictSGHandler = "CustomVpcRestrictDefaultSGCustomResourceProviderHandlerDC833E5E"

// ownHandler puts the asset of Strata's restrict-default-security-group
// handler where aws-cdk-lib's template names its own: the one place the
// templates may differ.
func ownHandler(t *testing.T, want, got []byte) []byte {
	theirs, ours := s3Key(want), s3Key(got)
	if theirs != "" && ours != "" {
		return []byte(strings.ReplaceAll(string(want), theirs, ours))
	}
	return want
}

func s3Key(doc []byte) string {
	var d struct {
		Resources map[string]struct {
			Properties struct {
				Code struct{ S3Key string }
			}
		}
	}
	if json.Unmarshal(doc, &d) != nil {
		return ""
	}
	return d.Resources[restrictSGHandler].Properties.Code.S3Key
}

func vpc(s awscdk.Stack) awsec2.Vpc {
	return awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(2)})
}

var albCases = map[string]func(s awscdk.Stack){
	"Minimal": func(s awscdk.Stack) {
		awsecspatterns.NewApplicationLoadBalancedFargateService(s, jsii.String("Web"), &awsecspatterns.ApplicationLoadBalancedFargateServiceProps{
			Vpc:              vpc(s),
			TaskImageOptions: &awsecspatterns.ApplicationLoadBalancedTaskImageOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("amazon/amazon-ecs-sample"), nil)},
		})
	},
	"DefaultCluster": func(s awscdk.Stack) {
		awsecspatterns.NewApplicationLoadBalancedFargateService(s, jsii.String("Web"), &awsecspatterns.ApplicationLoadBalancedFargateServiceProps{
			TaskImageOptions: &awsecspatterns.ApplicationLoadBalancedTaskImageOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("nginx"), nil)},
		})
	},
	"Yoctogram": func(s awscdk.Stack) {
		v := awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(2), NatGateways: jsii.Number(1)})
		cluster := awsecs.NewCluster(s, jsii.String("Cluster"), &awsecs.ClusterProps{Vpc: v})
		zone := awsroute53.NewPublicHostedZone(s, jsii.String("Zone"), &awsroute53.PublicHostedZoneProps{ZoneName: jsii.String("yoctogram.example.com")})
		cert := awscertificatemanager.NewCertificate(s, jsii.String("Cert"), &awscertificatemanager.CertificateProps{
			DomainName: jsii.String("api.yoctogram.example.com"),
			Validation: awscertificatemanager.CertificateValidation_FromDns(zone),
		})
		dbSecret := awssecretsmanager.NewSecret(s, jsii.String("DbSecret"), &awssecretsmanager.SecretProps{
			GenerateSecretString: &awssecretsmanager.SecretStringGenerator{
				SecretStringTemplate: jsii.String(`{"username":"yocto"}`), GenerateStringKey: jsii.String("password"), ExcludePunctuation: jsii.Bool(true),
			},
		})
		appSecret := awssecretsmanager.NewSecret(s, jsii.String("AppSecret"), nil)
		svc := awsecspatterns.NewApplicationLoadBalancedFargateService(s, jsii.String("Api"), &awsecspatterns.ApplicationLoadBalancedFargateServiceProps{
			Cluster:        cluster,
			Cpu:            jsii.Number(512),
			MemoryLimitMiB: jsii.Number(1024),
			DesiredCount:   jsii.Number(2),
			TaskImageOptions: &awsecspatterns.ApplicationLoadBalancedTaskImageOptions{
				Image:         awsecs.ContainerImage_FromRegistry(jsii.String("ghcr.io/yoctogram/api:latest"), nil),
				ContainerPort: jsii.Number(8000),
				Environment:   &map[string]*string{"PRODUCTION": jsii.String("true"), "DEBUG": jsii.String("false"), "AWS_REGION": jsii.String("us-east-1")},
				Secrets: &map[string]awsecs.Secret{
					"POSTGRES_HOST":     awsecs.Secret_FromSecretsManager(dbSecret, jsii.String("host")),
					"POSTGRES_PASSWORD": awsecs.Secret_FromSecretsManager(dbSecret, jsii.String("password")),
					"APP_SECRET_KEY":    awsecs.Secret_FromSecretsManager(appSecret, nil),
				},
				LogDriver: awsecs.LogDrivers_AwsLogs(&awsecs.AwsLogDriverProps{StreamPrefix: jsii.String("yoctogram"), LogRetention: awslogs.RetentionDays_ONE_WEEK}),
			},
			Certificate:        cert,
			DomainName:         jsii.String("api.yoctogram.example.com"),
			DomainZone:         zone,
			Protocol:           awselasticloadbalancingv2.ApplicationProtocol_HTTPS,
			RedirectHTTP:       jsii.Bool(true),
			CircuitBreaker:     &awsecs.DeploymentCircuitBreaker{Rollback: jsii.Bool(true)},
			PublicLoadBalancer: jsii.Bool(true),
			ListenerPort:       jsii.Number(443),
		})
		svc.TargetGroup().ConfigureHealthCheck(&awselasticloadbalancingv2.HealthCheck{Path: jsii.String("/api/v1/health"), HealthyHttpCodes: jsii.String("200")})
		scaling := svc.Service().AutoScaleTaskCount(&awsapplicationautoscaling.EnableScalingProps{MinCapacity: jsii.Number(2), MaxCapacity: jsii.Number(6)})
		scaling.ScaleOnCpuUtilization(jsii.String("CpuScaling"), &awsecs.CpuUtilizationScalingProps{TargetUtilizationPercent: jsii.Number(70)})
	},
	"Asset": func(s awscdk.Stack) {
		zone := awsroute53.HostedZone_FromHostedZoneAttributes(s, jsii.String("Zone"), &awsroute53.HostedZoneAttributes{
			HostedZoneId: jsii.String("Z123456ABCDEFG"), ZoneName: jsii.String("example.com")})
		awsecspatterns.NewApplicationLoadBalancedFargateService(s, jsii.String("Site"), &awsecspatterns.ApplicationLoadBalancedFargateServiceProps{
			Vpc: vpc(s),
			TaskImageOptions: &awsecspatterns.ApplicationLoadBalancedTaskImageOptions{
				Image: awsecs.ContainerImage_FromAsset(jsii.String("testdata/image"), nil), ContainerName: jsii.String("site"), EnableLogging: jsii.Bool(true),
			},
			Protocol:   awselasticloadbalancingv2.ApplicationProtocol_HTTPS,
			DomainName: jsii.String("www.example.com"),
			DomainZone: zone,
			RecordType: awsecspatterns.ApplicationLoadBalancedServiceRecordType_CNAME,
		})
	},
	"Private": func(s awscdk.Stack) {
		cluster := awsecs.NewCluster(s, jsii.String("Cluster"), &awsecs.ClusterProps{Vpc: vpc(s), ClusterName: jsii.String("internal")})
		taskRole := awsiam.NewRole(s, jsii.String("TaskRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("ecs-tasks.amazonaws.com"), nil)})
		execRole := awsiam.NewRole(s, jsii.String("ExecRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("ecs-tasks.amazonaws.com"), nil)})
		svc := awsecspatterns.NewApplicationLoadBalancedFargateService(s, jsii.String("Internal"), &awsecspatterns.ApplicationLoadBalancedFargateServiceProps{
			Cluster:                cluster,
			PublicLoadBalancer:     jsii.Bool(false),
			LoadBalancerName:       jsii.String("core-lb"),
			ServiceName:            jsii.String("internal-svc"),
			ListenerPort:           jsii.Number(8080),
			AssignPublicIp:         jsii.Bool(false),
			MinHealthyPercent:      jsii.Number(50),
			MaxHealthyPercent:      jsii.Number(200),
			HealthCheckGracePeriod: awscdk.Duration_Seconds(jsii.Number(60)),
			TaskSubnets:            &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PRIVATE_WITH_EGRESS},
			IdleTimeout:            awscdk.Duration_Seconds(jsii.Number(120)),
			TaskImageOptions: &awsecspatterns.ApplicationLoadBalancedTaskImageOptions{
				Image:         awsecs.ContainerImage_FromRegistry(jsii.String("public.ecr.aws/nginx/nginx"), nil),
				EnableLogging: jsii.Bool(false),
				TaskRole:      taskRole,
				ExecutionRole: execRole,
				Family:        jsii.String("internal"),
				Command:       jsii.Strings("nginx", "-g", "daemon off;"),
				DockerLabels:  &map[string]*string{"team": jsii.String("core")},
			},
		})
		awscdk.NewCfnOutput(s, jsii.String("Url"), &awscdk.CfnOutputProps{Value: svc.LoadBalancer().LoadBalancerDnsName()})
	},
	"TaskDef": func(s awscdk.Stack) {
		v := vpc(s)
		td := awsecs.NewFargateTaskDefinition(s, jsii.String("Td"), &awsecs.FargateTaskDefinitionProps{Cpu: jsii.Number(1024), MemoryLimitMiB: jsii.Number(2048)})
		td.AddContainer(jsii.String("app"), &awsecs.ContainerDefinitionOptions{
			Image: awsecs.ContainerImage_FromRegistry(jsii.String("httpd"), nil), PortMappings: &[]*awsecs.PortMapping{{ContainerPort: jsii.Number(80)}},
		})
		awsecspatterns.NewApplicationLoadBalancedFargateService(s, jsii.String("Svc"), &awsecspatterns.ApplicationLoadBalancedFargateServiceProps{
			Vpc: v, TaskDefinition: td, DesiredCount: jsii.Number(3),
		})
	},
	"Kitchen": func(s awscdk.Stack) {
		v := vpc(s)
		cluster := awsecs.NewCluster(s, jsii.String("Cluster"), &awsecs.ClusterProps{Vpc: v, EnableFargateCapacityProviders: jsii.Bool(true)})
		lb := awselasticloadbalancingv2.NewApplicationLoadBalancer(s, jsii.String("SharedLb"), &awselasticloadbalancingv2.ApplicationLoadBalancerProps{
			Vpc: v, InternetFacing: jsii.Bool(true)})
		sg := awsec2.NewSecurityGroup(s, jsii.String("TaskSg"), &awsec2.SecurityGroupProps{Vpc: v})
		svc := awsecspatterns.NewApplicationLoadBalancedFargateService(s, jsii.String("Svc"), &awsecspatterns.ApplicationLoadBalancedFargateServiceProps{
			Cluster:             cluster,
			LoadBalancer:        lb,
			ListenerPort:        jsii.Number(8080),
			TargetProtocol:      awselasticloadbalancingv2.ApplicationProtocol_HTTP,
			ProtocolVersion:     awselasticloadbalancingv2.ApplicationProtocolVersion_HTTP1,
			RecordType:          awsecspatterns.ApplicationLoadBalancedServiceRecordType_NONE,
			Cpu:                 jsii.Number(1024),
			MemoryLimitMiB:      jsii.Number(3072),
			EphemeralStorageGiB: jsii.Number(40),
			RuntimePlatform: &awsecs.RuntimePlatform{CpuArchitecture: awsecs.CpuArchitecture_ARM64(),
				OperatingSystemFamily: awsecs.OperatingSystemFamily_LINUX()},
			PlatformVersion:      awsecs.FargatePlatformVersion_LATEST,
			EnableExecuteCommand: jsii.Bool(true),
			EnableECSManagedTags: jsii.Bool(true),
			PropagateTags:        awsecs.PropagatedTagSource_SERVICE,
			SecurityGroups:       &[]awsec2.ISecurityGroup{sg},
			AssignPublicIp:       jsii.Bool(true),
			TaskSubnets:          &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC},
			CapacityProviderStrategies: &[]*awsecs.CapacityProviderStrategy{
				{CapacityProvider: jsii.String("FARGATE_SPOT"), Weight: jsii.Number(2)},
				{CapacityProvider: jsii.String("FARGATE"), Weight: jsii.Number(1), Base: jsii.Number(1)},
			},
			HealthCheck: &awsecs.HealthCheck{Command: jsii.Strings("CMD-SHELL", "curl -f http://localhost/ || exit 1"),
				Interval: awscdk.Duration_Seconds(jsii.Number(30))},
			ContainerCpu:            jsii.Number(512),
			ContainerMemoryLimitMiB: jsii.Number(1024),
			TaskImageOptions: &awsecspatterns.ApplicationLoadBalancedTaskImageOptions{
				Image:         awsecs.ContainerImage_FromRegistry(jsii.String("app"), nil),
				ContainerPort: jsii.Number(3000),
				EntryPoint:    jsii.Strings("/bin/sh", "-c"),
				LogDriver:     awsecs.LogDrivers_AwsLogs(&awsecs.AwsLogDriverProps{StreamPrefix: jsii.String("app")}),
			},
		})
		awscdk.NewCfnOutput(s, jsii.String("Public"), &awscdk.CfnOutputProps{Value: jsii.String(fmt.Sprint(*svc.AssignPublicIp()))})
	},
}

func TestApplicationLoadBalancedFargateServiceTemplates(t *testing.T) {
	golden.CheckTemplates(t, albCases, nil, ownHandler)
}

func img() *awsecspatterns.ApplicationLoadBalancedTaskImageOptions {
	return &awsecspatterns.ApplicationLoadBalancedTaskImageOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("nginx"), nil)}
}

type albProps = awsecspatterns.ApplicationLoadBalancedFargateServiceProps

func alb(s awscdk.Stack, p *albProps) {
	if p.TaskImageOptions == nil && p.TaskDefinition == nil && p.Cpu == nil {
		p.TaskImageOptions = img()
	}
	awsecspatterns.NewApplicationLoadBalancedFargateService(s, jsii.String("Svc"), p)
}

var errorCases = map[string]func(s awscdk.Stack){
	"VpcAndCluster": func(s awscdk.Stack) {
		v := awsec2.NewVpc(s, jsii.String("Vpc"), nil)
		alb(s, &albProps{Vpc: v, Cluster: awsecs.NewCluster(s, jsii.String("C"), &awsecs.ClusterProps{Vpc: v})})
	},
	"DesiredCountZero": func(s awscdk.Stack) { alb(s, &albProps{DesiredCount: jsii.Number(0)}) },
	"IdleTimeout":      func(s awscdk.Stack) { alb(s, &albProps{IdleTimeout: awscdk.Duration_Seconds(jsii.Number(5000))}) },
	"CertificateWithHttp": func(s awscdk.Stack) {
		cert := awscertificatemanager.Certificate_FromCertificateArn(s, jsii.String("Cert"), jsii.String("arn:aws:acm:us-east-1:111111111111:certificate/abc"))
		alb(s, &albProps{Certificate: cert, Protocol: awselasticloadbalancingv2.ApplicationProtocol_HTTP})
	},
	"RedirectWithHttp":   func(s awscdk.Stack) { alb(s, &albProps{RedirectHTTP: jsii.Bool(true)}) },
	"HttpsWithoutDomain": func(s awscdk.Stack) { alb(s, &albProps{Protocol: awselasticloadbalancingv2.ApplicationProtocol_HTTPS}) },
	"DomainWithoutZone":  func(s awscdk.Stack) { alb(s, &albProps{DomainName: jsii.String("api.example.com")}) },
	"NoImage": func(s awscdk.Stack) {
		awsecspatterns.NewApplicationLoadBalancedFargateService(s, jsii.String("Svc"), nil)
	},
	"HealthyPercent": func(s awscdk.Stack) {
		alb(s, &albProps{MinHealthyPercent: jsii.Number(100), MaxHealthyPercent: jsii.Number(100)})
	},
	"NegativeHealthyPercent": func(s awscdk.Stack) { alb(s, &albProps{MinHealthyPercent: jsii.Number(-1)}) },
	"ContainerCpu": func(s awscdk.Stack) {
		alb(s, &albProps{Cpu: jsii.Number(256), ContainerCpu: jsii.Number(512), TaskImageOptions: img()})
	},
	"ContainerMemory": func(s awscdk.Stack) {
		alb(s, &albProps{MemoryLimitMiB: jsii.Number(512), ContainerMemoryLimitMiB: jsii.Number(1024)})
	},
	"NlbDomainWithoutZone": func(s awscdk.Stack) {
		awsecspatterns.NewNetworkLoadBalancedFargateService(s, jsii.String("Svc"), &awsecspatterns.NetworkLoadBalancedFargateServiceProps{
			DomainName: jsii.String("x.example.com"), TaskImageOptions: nlbImg()})
	},
	"NlbDesiredCountZero": func(s awscdk.Stack) {
		awsecspatterns.NewNetworkLoadBalancedFargateService(s, jsii.String("Svc"), &awsecspatterns.NetworkLoadBalancedFargateServiceProps{
			DesiredCount: jsii.Number(0), TaskImageOptions: nlbImg()})
	},
	"NlbNoImage": func(s awscdk.Stack) {
		awsecspatterns.NewNetworkLoadBalancedFargateService(s, jsii.String("Svc"), nil)
	},
	"MultiNoListeners": func(s awscdk.Stack) {
		multi(s, &multiProps{LoadBalancers: &[]*awsecspatterns.ApplicationLoadBalancerProps{{Name: jsii.String("lb"), Listeners: listeners()}}})
	},
	"MultiNoBalancers": func(s awscdk.Stack) {
		multi(s, &multiProps{LoadBalancers: &[]*awsecspatterns.ApplicationLoadBalancerProps{}})
	},
	"MultiUnknownListener": func(s awscdk.Stack) {
		multi(s, &multiProps{
			LoadBalancers: &[]*awsecspatterns.ApplicationLoadBalancerProps{{Name: jsii.String("lb"), Listeners: listeners(&awsecspatterns.ApplicationListenerProps{Name: jsii.String("web")})}},
			TargetGroups:  &[]*awsecspatterns.ApplicationTargetProps{{ContainerPort: jsii.Number(80), Listener: jsii.String("other")}},
		})
	},
	"MultiHttpsWithoutDomain": func(s awscdk.Stack) {
		multi(s, &multiProps{LoadBalancers: &[]*awsecspatterns.ApplicationLoadBalancerProps{{Name: jsii.String("lb"),
			Listeners: listeners(&awsecspatterns.ApplicationListenerProps{Name: jsii.String("tls"), Protocol: awselasticloadbalancingv2.ApplicationProtocol_HTTPS})}}})
	},
	"MultiBothTaskDefAndImage": func(s awscdk.Stack) {
		multi(s, &multiProps{TaskDefinition: awsecs.NewFargateTaskDefinition(s, jsii.String("Td"), nil)})
	},
	"NetMultiUnknownListener": func(s awscdk.Stack) {
		netMulti(s, &awsecspatterns.NetworkMultipleTargetGroupsFargateServiceProps{
			LoadBalancers: &[]*awsecspatterns.NetworkLoadBalancerProps{{Name: jsii.String("lb"), Listeners: &[]*awsecspatterns.NetworkListenerProps{{Name: jsii.String("a")}}}},
			TargetGroups:  &[]*awsecspatterns.NetworkTargetProps{{ContainerPort: jsii.Number(80), Listener: jsii.String("z")}},
		})
	},
	"NetMultiDomainWithoutZone": func(s awscdk.Stack) {
		netMulti(s, &awsecspatterns.NetworkMultipleTargetGroupsFargateServiceProps{
			LoadBalancers: &[]*awsecspatterns.NetworkLoadBalancerProps{{Name: jsii.String("lb"), DomainName: jsii.String("x.example.com"),
				Listeners: &[]*awsecspatterns.NetworkListenerProps{{Name: jsii.String("a")}}}},
		})
	},
	"QueueWithQueueProps": func(s awscdk.Stack) {
		awsecspatterns.NewQueueProcessingFargateService(s, jsii.String("Svc"), &awsecspatterns.QueueProcessingFargateServiceProps{
			Queue: awssqs.NewQueue(s, jsii.String("Q"), nil), RetentionPeriod: awscdk.Duration_Days(jsii.Number(1)), MaxReceiveCount: jsii.Number(5),
			Image: awsecs.ContainerImage_FromRegistry(jsii.String("nginx"), nil),
		})
	},
	"QueueNoImage": func(s awscdk.Stack) {
		awsecspatterns.NewQueueProcessingFargateService(s, jsii.String("Svc"), nil)
	},
	"QueueBothTaskDefAndImage": func(s awscdk.Stack) {
		awsecspatterns.NewQueueProcessingFargateService(s, jsii.String("Svc"), &awsecspatterns.QueueProcessingFargateServiceProps{
			TaskDefinition: awsecs.NewFargateTaskDefinition(s, jsii.String("Td"), nil), Image: awsecs.ContainerImage_FromRegistry(jsii.String("nginx"), nil),
		})
	},
	"QueueCooldown": func(s awscdk.Stack) {
		awsecspatterns.NewQueueProcessingFargateService(s, jsii.String("Svc"), &awsecspatterns.QueueProcessingFargateServiceProps{
			Cooldown: awscdk.Duration_Seconds(jsii.Number(1000000000)), Image: awsecs.ContainerImage_FromRegistry(jsii.String("nginx"), nil),
		})
	},
	"Ec2BothTaskDefAndImage": func(s awscdk.Stack) {
		awsecspatterns.NewApplicationLoadBalancedEc2Service(s, jsii.String("Svc"), &awsecspatterns.ApplicationLoadBalancedEc2ServiceProps{
			TaskDefinition: awsecs.NewEc2TaskDefinition(s, jsii.String("Td"), nil), TaskImageOptions: img(),
		})
	},
	"Ec2QueueNoImage": func(s awscdk.Stack) {
		awsecspatterns.NewQueueProcessingEc2Service(s, jsii.String("Svc"), nil)
	},
	"ScheduledBothOptions": func(s awscdk.Stack) {
		awsecspatterns.NewScheduledFargateTask(s, jsii.String("Svc"), &awsecspatterns.ScheduledFargateTaskProps{
			Schedule:                         awsapplicationautoscaling.Schedule_Rate(awscdk.Duration_Hours(jsii.Number(1))),
			ScheduledFargateTaskImageOptions: &awsecspatterns.ScheduledFargateTaskImageOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("nginx"), nil)},
			ScheduledFargateTaskDefinitionOptions: &awsecspatterns.ScheduledFargateTaskDefinitionOptions{
				TaskDefinition: awsecs.NewFargateTaskDefinition(s, jsii.String("Td"), nil)},
		})
	},
	"ScheduledNoImage": func(s awscdk.Stack) {
		awsecspatterns.NewScheduledFargateTask(s, jsii.String("Svc"), &awsecspatterns.ScheduledFargateTaskProps{
			Schedule: awsapplicationautoscaling.Schedule_Rate(awscdk.Duration_Hours(jsii.Number(1)))})
	},
	"ScheduledDesiredZero": func(s awscdk.Stack) {
		awsecspatterns.NewScheduledFargateTask(s, jsii.String("Svc"), &awsecspatterns.ScheduledFargateTaskProps{
			Schedule: awsapplicationautoscaling.Schedule_Rate(awscdk.Duration_Hours(jsii.Number(1))), DesiredTaskCount: jsii.Number(0),
			ScheduledFargateTaskImageOptions: &awsecspatterns.ScheduledFargateTaskImageOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("nginx"), nil)},
		})
	},
	"EcsTaskPublicIpPrivate": func(s awscdk.Stack) {
		ecsTaskRule(s, &awseventstargets.EcsTaskProps{AssignPublicIp: jsii.Bool(true)})
	},
	"EcsTaskPropagateService": func(s awscdk.Stack) {
		awseventstargets.NewEcsTask(&awseventstargets.EcsTaskProps{Cluster: awsecs.NewCluster(s, jsii.String("C"), nil),
			TaskDefinition: awsecs.NewFargateTaskDefinition(s, jsii.String("Td"), nil), PropagateTags: awsecs.PropagatedTagSource_SERVICE})
	},
	"EcsTaskEphemeralSize": func(s awscdk.Stack) {
		ecsTaskRule(s, &awseventstargets.EcsTaskProps{EphemeralStorage: &awseventstargets.EphemeralStorageOverride{SizeInGiB: jsii.Number(10)}})
	},
}

// TestErrors covers every pattern's bad input against errors.json.
func TestErrors(t *testing.T) {
	golden.CheckErrors(t, errorCases, nil)
}

// ecsTaskRule adds an EcsTask target with props p to a rule "R".
func ecsTaskRule(s awscdk.Stack, p *awseventstargets.EcsTaskProps) {
	td := awsecs.NewFargateTaskDefinition(s, jsii.String("Td"), nil)
	td.AddContainer(jsii.String("c"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("c"), nil)})
	p.Cluster, p.TaskDefinition = awsecs.NewCluster(s, jsii.String("C"), nil), td
	awsevents.NewRule(s, jsii.String("R"), &awsevents.RuleProps{Schedule: awsevents.Schedule_Rate(awscdk.Duration_Hours(jsii.Number(1)))}).
		AddTarget(awseventstargets.NewEcsTask(p))
}
