package awsecs_test

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapplicationautoscaling"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsecr"
	"github.com/strata-cdk/strata/awscdk/awsecrassets"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	elbv2 "github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
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

func init() {
	templateCases["Scaling"] = func(s awscdk.Stack) {
		vpc, cluster := vpcAndCluster(s)
		td := awsecs.NewFargateTaskDefinition(s, jsii.String("TD"), nil)
		td.AddContainer(jsii.String("web"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("nginx"), nil),
			PortMappings: &[]*awsecs.PortMapping{{ContainerPort: jsii.Number(80)}}})
		svc := awsecs.NewFargateService(s, jsii.String("Service"), &awsecs.FargateServiceProps{Cluster: cluster, TaskDefinition: td, MinHealthyPercent: jsii.Number(100)})
		lb := elbv2.NewApplicationLoadBalancer(s, jsii.String("LB"), &elbv2.ApplicationLoadBalancerProps{Vpc: vpc, InternetFacing: jsii.Bool(true)})
		tg := lb.AddListener(jsii.String("Http"), &elbv2.BaseApplicationListenerProps{Port: jsii.Number(80)}).
			AddTargets(jsii.String("Web"), &elbv2.AddApplicationTargetsProps{Port: jsii.Number(80), Targets: &[]elbv2.IApplicationLoadBalancerTarget{svc}})
		scaling := svc.AutoScaleTaskCount(&awsapplicationautoscaling.EnableScalingProps{MinCapacity: jsii.Number(2), MaxCapacity: jsii.Number(10)})
		scaling.ScaleOnCpuUtilization(jsii.String("Cpu"), &awsecs.CpuUtilizationScalingProps{TargetUtilizationPercent: jsii.Number(50)})
		scaling.ScaleOnMemoryUtilization(jsii.String("Memory"), &awsecs.MemoryUtilizationScalingProps{TargetUtilizationPercent: jsii.Number(70),
			ScaleInCooldown: awscdk.Duration_Seconds(jsii.Number(60)), ScaleOutCooldown: awscdk.Duration_Seconds(jsii.Number(30))})
		scaling.ScaleOnRequestCount(jsii.String("Requests"), &awsecs.RequestCountScalingProps{RequestsPerTarget: jsii.Number(1000), TargetGroup: tg, DisableScaleIn: jsii.Bool(true)})
	}
	templateCases["Images"] = func(s awscdk.Stack) {
		repo := awsecr.NewRepository(s, jsii.String("Repo"), nil)
		creds := awssecretsmanager.NewSecret(s, jsii.String("Creds"), nil)
		td := awsecs.NewFargateTaskDefinition(s, jsii.String("TD"), nil)
		td.AddContainer(jsii.String("ecr"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromEcrRepository(repo, jsii.String("v1"))})
		td.AddContainer(jsii.String("asset"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromAsset(jsii.String("testdata/app"), nil), Essential: jsii.Bool(false)})
		asset := awsecrassets.NewDockerImageAsset(s, jsii.String("Image"), &awsecrassets.DockerImageAssetProps{Directory: jsii.String("testdata/app")})
		td.AddContainer(jsii.String("shared"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromDockerImageAsset(asset), Essential: jsii.Bool(false),
			Secrets: &map[string]awsecs.Secret{"USER": awsecs.Secret_FromSecretsManagerVersion(creds, &awsecs.SecretVersionInfo{VersionStage: jsii.String("AWSCURRENT")}, jsii.String("user"))}})
		td.AddContainer(jsii.String("private"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("example.com/app:1"),
			&awsecs.RepositoryImageProps{Credentials: creds}), Essential: jsii.Bool(false)})
	}
}

func init() {
	templateCases["Logging"] = func(s awscdk.Stack) {
		token := awssecretsmanager.NewSecret(s, jsii.String("Token"), nil)
		td := awsecs.NewEc2TaskDefinition(s, jsii.String("TD"), nil)
		img := awsecs.ContainerImage_FromRegistry(jsii.String("busybox"), nil)
		add := func(id string, logging awsecs.LogDriver, linux awsecs.LinuxParameters) {
			td.AddContainer(jsii.String(id), &awsecs.ContainerDefinitionOptions{Image: img, MemoryLimitMiB: jsii.Number(128), Logging: logging,
				Essential: jsii.Bool(id == "fluentd"), LinuxParameters: linux})
		}
		add("fluentd", awsecs.LogDrivers_Fluentd(&awsecs.FluentdLogDriverProps{Address: jsii.String("localhost:24224"), Async: jsii.Bool(true),
			BufferLimit: jsii.Number(1024), RetryWait: awscdk.Duration_Seconds(jsii.Number(2)), Tag: jsii.String("app"), Labels: jsii.Strings("a", "b")}), nil)
		add("gelf", awsecs.LogDrivers_Gelf(&awsecs.GelfLogDriverProps{Address: jsii.String("udp://gelf:12201"), CompressionType: awsecs.GelfCompressionType_GZIP,
			CompressionLevel: jsii.Number(5), Env: jsii.Strings("X")}), nil)
		add("journald", awsecs.LogDrivers_Journald(nil), nil)
		add("json", awsecs.LogDrivers_JsonFile(&awsecs.JsonFileLogDriverProps{MaxSize: jsii.String("10m"), MaxFile: jsii.Number(3), Compress: jsii.Bool(true), EnvRegex: jsii.String("^X")}), nil)
		add("splunk", awsecs.LogDrivers_Splunk(&awsecs.SplunkLogDriverProps{SecretToken: awsecs.Secret_FromSecretsManager(token, nil), Url: jsii.String("https://splunk:8088"),
			Format: awsecs.SplunkLogFormat_JSON, Gzip: jsii.Bool(true), GzipLevel: jsii.Number(2)}), nil)
		add("syslog", awsecs.LogDrivers_Syslog(&awsecs.SyslogLogDriverProps{Address: jsii.String("tcp://syslog:514"), Facility: jsii.String("daemon"), TlsSkipVerify: jsii.Bool(false)}), nil)
		add("none", awsecs.LogDrivers_None(), nil)
		add("generic", awsecs.NewGenericLogDriver(&awsecs.GenericLogDriverProps{LogDriver: jsii.String("logentries"),
			Options:       &map[string]*string{"logentries-token": jsii.String("abc"), "line-only": jsii.String("true")},
			SecretOptions: &map[string]awsecs.Secret{"apikey": awsecs.Secret_FromSecretsManager(token, jsii.String("key"))}}), nil)
		linux := awsecs.NewLinuxParameters(s, jsii.String("Linux"), &awsecs.LinuxParametersProps{InitProcessEnabled: jsii.Bool(true), SharedMemorySize: jsii.Number(64),
			MaxSwap: awscdk.Size_Mebibytes(jsii.Number(512)), Swappiness: jsii.Number(30)})
		linux.AddCapabilities(awsecs.Capability_NET_ADMIN, awsecs.Capability_SYS_PTRACE)
		linux.DropCapabilities(awsecs.Capability_ALL)
		linux.AddDevices(&awsecs.Device{HostPath: jsii.String("/dev/fuse"), Permissions: &[]awsecs.DevicePermission{awsecs.DevicePermission_READ, awsecs.DevicePermission_MKNOD}})
		linux.AddTmpfs(&awsecs.Tmpfs{ContainerPath: jsii.String("/tmp"), Size: jsii.Number(64), MountOptions: &[]awsecs.TmpfsMountOption{awsecs.TmpfsMountOption_NOEXEC, awsecs.TmpfsMountOption_NR_INODES}})
		add("linux", nil, linux)
		add("plainlinux", nil, awsecs.NewLinuxParameters(s, jsii.String("Plain"), nil))
	}
}

func init() {
	templateCases["Ec2"] = func(s awscdk.Stack) {
		vpc := awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(2), NatGateways: jsii.Number(1)})
		sg := awsec2.NewSecurityGroup(s, jsii.String("HostSG"), &awsec2.SecurityGroupProps{Vpc: vpc})
		cluster := awsecs.Cluster_FromClusterAttributes(s, jsii.String("Cluster"), &awsecs.ClusterAttributes{ClusterName: jsii.String("hosts"), Vpc: vpc,
			SecurityGroups: &[]awsec2.ISecurityGroup{sg}})
		bridge := awsecs.NewEc2TaskDefinition(s, jsii.String("Bridge"), &awsecs.Ec2TaskDefinitionProps{
			PlacementConstraints: &[]awsecs.PlacementConstraint{awsecs.PlacementConstraint_MemberOf(jsii.String("attribute:ecs.instance-type =~ t3.*"))}})
		bridge.AddContainer(jsii.String("web"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("nginx"), nil),
			MemoryLimitMiB: jsii.Number(256), PortMappings: &[]*awsecs.PortMapping{{ContainerPort: jsii.Number(80), HostPort: jsii.Number(8080)}, {ContainerPort: jsii.Number(9000)}}})
		svc := awsecs.NewEc2Service(s, jsii.String("Service"), &awsecs.Ec2ServiceProps{Cluster: cluster, TaskDefinition: bridge, MinHealthyPercent: jsii.Number(50),
			DesiredCount: jsii.Number(3),
			PlacementStrategies: &[]awsecs.PlacementStrategy{awsecs.PlacementStrategy_SpreadAcross(awsecs.BuiltInAttributes_AVAILABILITY_ZONE()),
				awsecs.PlacementStrategy_PackedByMemory()},
			PlacementConstraints: &[]awsecs.PlacementConstraint{awsecs.PlacementConstraint_DistinctInstances()}})
		svc.AddPlacementStrategies(awsecs.PlacementStrategy_Randomly())
		awsecs.NewEc2Service(s, jsii.String("Daemon"), &awsecs.Ec2ServiceProps{Cluster: cluster, TaskDefinition: bridge, Daemon: jsii.Bool(true)})
		awsvpc := awsecs.NewEc2TaskDefinition(s, jsii.String("AwsVpc"), &awsecs.Ec2TaskDefinitionProps{NetworkMode: awsecs.NetworkMode_AWS_VPC})
		awsvpc.AddContainer(jsii.String("app"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("busybox"), nil),
			MemoryReservationMiB: jsii.Number(64), Environment: &map[string]*string{"B": jsii.String("2"), "A": jsii.String("1")}})
		awsecs.NewEc2Service(s, jsii.String("VpcService"), &awsecs.Ec2ServiceProps{Cluster: cluster, TaskDefinition: awsvpc, MinHealthyPercent: jsii.Number(0), MaxHealthyPercent: jsii.Number(100)})
		imported := awsecs.TaskDefinition_FromTaskDefinitionArn(s, jsii.String("ImportedTD"), jsii.String("arn:aws:ecs:us-east-1:111111111111:task-definition/web:3"))
		byName := awsecs.FargateService_FromFargateServiceAttributes(s, jsii.String("ByName"), &awsecs.FargateServiceAttributes{Cluster: cluster, ServiceName: jsii.String("api")})
		byArn := awsecs.Ec2Service_FromEc2ServiceArn(s, jsii.String("ByArn"), jsii.String("arn:aws:ecs:us-east-1:111111111111:service/hosts/worker"))
		withCluster := awsecs.BaseService_FromServiceArnWithCluster(s, jsii.String("WithCluster"), jsii.String("arn:aws:ecs:us-east-1:111111111111:service/hosts/queue"))
		out(s, "TD", imported.TaskDefinitionArn())
		out(s, "ByNameArn", byName.ServiceArn())
		out(s, "ByArnName", byArn.ServiceName())
		out(s, "WithClusterName", jsii.String(*withCluster.Cluster().ClusterName()+"/"+*withCluster.ServiceName()))
		out(s, "TasksArn", awsecs.Cluster_FromClusterArn(s, jsii.String("ArnCluster"), jsii.String("arn:aws:ecs:us-east-1:111111111111:cluster/c")).ClusterArn())
	}
	errorCases["Ec2BadConstraint"] = func(s awscdk.Stack) {
		awsecs.NewEc2TaskDefinition(s, jsii.String("TD"), &awsecs.Ec2TaskDefinitionProps{PlacementConstraints: &[]awsecs.PlacementConstraint{awsecs.PlacementConstraint_DistinctInstances()}})
	}
	ec2Svc := func(s awscdk.Stack, daemon bool, desired *float64) {
		td := awsecs.NewEc2TaskDefinition(s, jsii.String("TD"), nil)
		td.AddContainer(jsii.String("c"), &awsecs.ContainerDefinitionOptions{Image: image, MemoryLimitMiB: jsii.Number(64)})
		awsecs.NewEc2Service(s, jsii.String("Svc"), &awsecs.Ec2ServiceProps{Cluster: awsecs.NewCluster(s, jsii.String("C"), nil), TaskDefinition: td,
			Daemon: jsii.Bool(daemon), DesiredCount: desired})
	}
	errorCases["DaemonDesired"] = func(s awscdk.Stack) { ec2Svc(s, true, jsii.Number(2)) }
	errorCases["Ec2NoCapacity"] = func(s awscdk.Stack) { ec2Svc(s, false, nil) }
}

func init() {
	templateCases["ContainerOptions"] = func(s awscdk.Stack) {
		bucket := awss3.NewBucket(s, jsii.String("Bucket"), nil)
		td := awsecs.NewEc2TaskDefinition(s, jsii.String("TD"), &awsecs.Ec2TaskDefinitionProps{Volumes: &[]*awsecs.Volume{
			{Name: jsii.String("data"), Host: &awsecs.Host{SourcePath: jsii.String("/data")}},
			{Name: jsii.String("docker"), DockerVolumeConfiguration: &awsecs.DockerVolumeConfiguration{Driver: jsii.String("local"), Scope: awsecs.Scope_SHARED,
				Autoprovision: jsii.Bool(true), Labels: &map[string]*string{"a": jsii.String("b")}}},
			{Name: jsii.String("efs"), EfsVolumeConfiguration: &awsecs.EfsVolumeConfiguration{FileSystemId: jsii.String("fs-123"), TransitEncryption: jsii.String("ENABLED"),
				AuthorizationConfig: &awsecs.AuthorizationConfig{Iam: jsii.String("ENABLED")}}},
		}})
		db := td.AddContainer(jsii.String("db"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("postgres"), nil),
			MemoryReservationMiB: jsii.Number(256), Essential: jsii.Bool(false)})
		app := td.AddContainer(jsii.String("app"), &awsecs.ContainerDefinitionOptions{
			Image: awsecs.ContainerImage_FromRegistry(jsii.String("app"), nil), MemoryLimitMiB: jsii.Number(512), Cpu: jsii.Number(0), GpuCount: jsii.Number(1),
			User: jsii.String("app"), WorkingDirectory: jsii.String("/srv"), Hostname: jsii.String("app"),
			DisableNetworking: jsii.Bool(false), Privileged: jsii.Bool(true), Interactive: jsii.Bool(true), PseudoTerminal: jsii.Bool(true),
			DnsServers: jsii.Strings("10.0.0.2"), DnsSearchDomains: jsii.Strings("internal"), DockerSecurityOptions: jsii.Strings("no-new-privileges"),
			DockerLabels: &map[string]*string{"team": jsii.String("web"), "app": jsii.String("x")},
			ExtraHosts:   &map[string]*string{"db": jsii.String("10.0.0.5"), "cache": jsii.String("10.0.0.6")},
			StartTimeout: awscdk.Duration_Seconds(jsii.Number(30)), StopTimeout: awscdk.Duration_Seconds(jsii.Number(20)),
			SystemControls:      &[]*awsecs.SystemControl{{Namespace: jsii.String("net.core.somaxconn"), Value: jsii.String("1024")}},
			Ulimits:             &[]*awsecs.Ulimit{{Name: awsecs.UlimitName_NOFILE, SoftLimit: jsii.Number(1024), HardLimit: jsii.Number(4096)}},
			EnableRestartPolicy: jsii.Bool(true), RestartIgnoredExitCodes: &[]*float64{jsii.Number(0), jsii.Number(1)},
			RestartAttemptPeriod: awscdk.Duration_Seconds(jsii.Number(120)), VersionConsistency: awsecs.VersionConsistency_ENABLED,
			EnvironmentFiles: &[]awsecs.EnvironmentFile{awsecs.EnvironmentFile_FromBucket(bucket, jsii.String("env/app.env"), nil),
				awsecs.EnvironmentFile_FromAsset(jsii.String("testdata/app.env"), nil)},
		})
		app.AddContainerDependencies(&awsecs.ContainerDependency{Container: db, Condition: awsecs.ContainerDependencyCondition_HEALTHY},
			&awsecs.ContainerDependency{Container: db, Condition: awsecs.ContainerDependencyCondition_START})
		app.AddLink(db, jsii.String("database"))
		app.AddLink(db, nil)
		app.AddMountPoints(&awsecs.MountPoint{ContainerPath: jsii.String("/data"), SourceVolume: jsii.String("data"), ReadOnly: jsii.Bool(true)})
		app.AddVolumesFrom(&awsecs.VolumeFrom{SourceContainer: jsii.String("db"), ReadOnly: jsii.Bool(false)})
		app.AddScratch(&awsecs.ScratchSpace{ContainerPath: jsii.String("/scratch"), Name: jsii.String("scratch"), ReadOnly: jsii.Bool(false), SourcePath: jsii.String("/tmp/scratch")})
		app.AddUlimits(&awsecs.Ulimit{Name: awsecs.UlimitName_CORE, SoftLimit: jsii.Number(0), HardLimit: jsii.Number(0)})
		app.AddDockerLabel(jsii.String("extra"), jsii.String("label"))
		app.AddToExecutionPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:GetObject"),
			Resources: &[]*string{bucket.ArnForObjects(jsii.String("env/*"))}}))
		role := awsiam.NewRole(s, jsii.String("Runner"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
		td.GrantRun(role)
		cluster := awsecs.NewCluster(s, jsii.String("Cluster"), &awsecs.ClusterProps{Vpc: awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(1),
			NatGateways: jsii.Number(0), SubnetConfiguration: &[]*awsec2.SubnetConfiguration{{Name: jsii.String("p"), SubnetType: awsec2.SubnetType_PUBLIC}}})})
		cluster.GrantTaskProtection(role)
		out(s, "Tasks", cluster.ArnForTasks(jsii.String("*")))
	}
}

func init() {
	templateCases["External"] = func(s awscdk.Stack) {
		cluster := awsecs.Cluster_FromClusterAttributes(s, jsii.String("Cluster"), &awsecs.ClusterAttributes{ClusterName: jsii.String("anywhere"),
			Vpc: awsec2.Vpc_FromVpcAttributes(s, jsii.String("Vpc"), &awsec2.VpcAttributes{VpcId: jsii.String("vpc-1"), AvailabilityZones: jsii.Strings("us-east-1a")})})
		td := awsecs.NewExternalTaskDefinition(s, jsii.String("TD"), nil)
		td.AddContainer(jsii.String("app"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("app"), nil),
			MemoryLimitMiB: jsii.Number(256), PortMappings: &[]*awsecs.PortMapping{{ContainerPort: jsii.Number(80)}}})
		awsecs.NewExternalService(s, jsii.String("Service"), &awsecs.ExternalServiceProps{Cluster: cluster, TaskDefinition: td, DesiredCount: jsii.Number(2),
			CircuitBreaker: &awsecs.DeploymentCircuitBreaker{Rollback: jsii.Bool(true)}})
		awsecs.NewExternalService(s, jsii.String("Daemon"), &awsecs.ExternalServiceProps{Cluster: cluster, TaskDefinition: td, Daemon: jsii.Bool(true), MinHealthyPercent: jsii.Number(0)})
		host := awsecs.NewExternalTaskDefinition(s, jsii.String("Host"), &awsecs.ExternalTaskDefinitionProps{NetworkMode: awsecs.NetworkMode_HOST})
		host.AddContainer(jsii.String("agent"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("agent"), nil), MemoryReservationMiB: jsii.Number(32)})
		out(s, "Imported", awsecs.ExternalService_FromExternalServiceArn(s, jsii.String("Imp"), jsii.String("arn:aws:ecs:us-east-1:111111111111:service/legacy")).ServiceName())
	}
	errorCases["ExternalNotExternal"] = func(s awscdk.Stack) {
		td := fargate(s, nil)
		td.AddContainer(jsii.String("c"), &awsecs.ContainerDefinitionOptions{Image: image})
		awsecs.NewExternalService(s, jsii.String("Svc"), &awsecs.ExternalServiceProps{Cluster: awsecs.NewCluster(s, jsii.String("C"), nil), TaskDefinition: td})
	}
}

func init() {
	templateCases["Firelens"] = func(s awscdk.Stack) {
		token := awssecretsmanager.NewSecret(s, jsii.String("Token"), nil)
		td := awsecs.NewFargateTaskDefinition(s, jsii.String("TD"), nil)
		td.AddContainer(jsii.String("app"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("app"), nil),
			Logging: awsecs.LogDrivers_Firelens(&awsecs.FireLensLogDriverProps{Options: &map[string]*string{"Name": jsii.String("cloudwatch"),
				"region": jsii.String("us-east-1"), "log_group_name": jsii.String("app"), "auto_create_group": jsii.String("true"), "log_retention_days": jsii.String("7")}})})
		td2 := awsecs.NewFargateTaskDefinition(s, jsii.String("TD2"), nil)
		router := td2.AddFirelensLogRouter(jsii.String("router"), &awsecs.FirelensLogRouterDefinitionOptions{
			Image: awsecs.ContainerImage_FromRegistry(jsii.String("amazon/aws-for-fluent-bit:stable"), nil), MemoryReservationMiB: jsii.Number(64),
			FirelensConfig: &awsecs.FirelensConfig{Type: awsecs.FirelensLogRouterType_FLUENTBIT, Options: &awsecs.FirelensOptions{
				ConfigFileType: awsecs.FirelensConfigFileType_S3, ConfigFileValue: jsii.String("arn:aws:s3:::cfg-bucket/fluent.conf"), EnableECSLogMetadata: jsii.Bool(false)}}})
		td2.AddContainer(jsii.String("app"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("app"), nil),
			Logging: awsecs.NewFireLensLogDriver(&awsecs.FireLensLogDriverProps{Options: &map[string]*string{"Name": jsii.String("datadog")},
				SecretOptions: &map[string]awsecs.Secret{"apikey": awsecs.Secret_FromSecretsManager(token, jsii.String("dd"))}})})
		if router.FirelensConfig().Type != awsecs.FirelensLogRouterType_FLUENTBIT {
			panic("router type")
		}
	}
}

func init() {
	templateCases["Misc"] = func(s awscdk.Stack) {
		td := awsecs.NewFargateTaskDefinition(s, jsii.String("TD"), &awsecs.FargateTaskDefinitionProps{ProxyConfiguration: awsecs.ProxyConfigurations_AppMeshProxyConfiguration(
			&awsecs.AppMeshProxyConfigurationConfigProps{ContainerName: jsii.String("envoy"), Properties: &awsecs.AppMeshProxyConfigurationProps{
				AppPorts: &[]*float64{jsii.Number(8080), jsii.Number(8081)}, ProxyEgressPort: jsii.Number(15001), ProxyIngressPort: jsii.Number(15000),
				EgressIgnoredIPs: jsii.Strings("169.254.170.2", "169.254.169.254"), IgnoredUID: jsii.Number(1337)}})})
		td.AddContainer(jsii.String("app"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("app"), nil)})
		td.AddContainer(jsii.String("envoy"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("envoy"), nil), User: jsii.String("1337")})
		repo := awsecr.Repository_FromRepositoryName(s, jsii.String("Repo"), jsii.String("app"))
		img := awsecs.NewTagParameterContainerImage(repo)
		bucket := awss3.NewBucket(s, jsii.String("Specs"), nil)
		td2 := awsecs.NewEc2TaskDefinition(s, jsii.String("TD2"), nil)
		td2.AddContainer(jsii.String("win"), &awsecs.ContainerDefinitionOptions{Image: img, MemoryLimitMiB: jsii.Number(512),
			CredentialSpecs: &[]awsecs.CredentialSpec{awsecs.DomainJoinedCredentialSpec_FromS3Bucket(bucket, jsii.String("gmsa.json"))}})
		td2.AddContainer(jsii.String("other"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("x"), nil),
			MemoryLimitMiB: jsii.Number(64), Essential: jsii.Bool(false),
			CredentialSpecs: &[]awsecs.CredentialSpec{awsecs.DomainlessCredentialSpec_FromS3Bucket(bucket, jsii.String("less.json"))}})
		out(s, "TagParam", img.TagParameterName())
	}
}

func init() {
	templateCases["ServiceConnect"] = func(s awscdk.Stack) {
		_, cluster := vpcAndCluster(s)
		td := awsecs.NewFargateTaskDefinition(s, jsii.String("TD"), nil)
		td.AddContainer(jsii.String("api"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("api"), nil),
			PortMappings: &[]*awsecs.PortMapping{{ContainerPort: jsii.Number(8080), Name: jsii.String("api"), AppProtocol: awsecs.AppProtocol_Http()}}})
		awsecs.NewFargateService(s, jsii.String("Server"), &awsecs.FargateServiceProps{Cluster: cluster, TaskDefinition: td, MinHealthyPercent: jsii.Number(100),
			ServiceConnectConfiguration: &awsecs.ServiceConnectProps{Namespace: jsii.String("internal.local"),
				Services: &[]*awsecs.ServiceConnectService{{PortMappingName: jsii.String("api"), DnsName: jsii.String("api"), Port: jsii.Number(80),
					IdleTimeout: awscdk.Duration_Seconds(jsii.Number(30))}},
				LogDriver:              awsecs.LogDrivers_AwsLogs(&awsecs.AwsLogDriverProps{StreamPrefix: jsii.String("sc")}),
				AccessLogConfiguration: &awsecs.ServiceConnectAccessLogConfiguration{Format: awsecs.ServiceConnectAccessLogFormat_JSON}}})
		client := awsecs.NewFargateService(s, jsii.String("Client"), &awsecs.FargateServiceProps{Cluster: cluster, TaskDefinition: td, MinHealthyPercent: jsii.Number(100)})
		client.EnableServiceConnect(&awsecs.ServiceConnectProps{Namespace: jsii.String("internal.local")})
	}
}

func init() {
	templateCases["Volumes"] = func(s awscdk.Stack) {
		_, cluster := vpcAndCluster(s)
		td := awsecs.NewFargateTaskDefinition(s, jsii.String("TD"), nil)
		c := td.AddContainer(jsii.String("app"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("app"), nil)})
		volume := awsecs.NewServiceManagedVolume(s, jsii.String("EBS"), &awsecs.ServiceManagedVolumeProps{Name: jsii.String("ebs"),
			ManagedEBSVolume: &awsecs.ServiceManagedEBSVolumeConfiguration{Size: awscdk.Size_Gibibytes(jsii.Number(15)), VolumeType: awsec2.EbsDeviceVolumeType_GP3,
				FileSystemType: awsecs.FileSystemType_XFS, Throughput: jsii.Number(250), Iops: jsii.Number(4000), Encrypted: jsii.Bool(true),
				TagSpecifications: &[]*awsecs.EBSTagSpecification{{PropagateTags: awsecs.EbsPropagatedTagSource_SERVICE,
					Tags: &map[string]*string{"a": jsii.String("b"), "c": jsii.String("d")}}}}})
		td.AddVolume(&awsecs.Volume{Name: jsii.String("ebs"), ConfiguredAtLaunch: jsii.Bool(true)})
		volume.MountIn(c, &awsecs.ContainerMountPoint{ContainerPath: jsii.String("/data"), ReadOnly: jsii.Bool(false)})
		awsecs.NewFargateService(s, jsii.String("Service"), &awsecs.FargateServiceProps{Cluster: cluster, TaskDefinition: td, MinHealthyPercent: jsii.Number(100),
			VolumeConfigurations: &[]awsecs.ServiceManagedVolume{volume}})
	}
}

func init() {
	templateCases["Hooks"] = func(s awscdk.Stack) {
		_, cluster := vpcAndCluster(s)
		td := awsecs.NewFargateTaskDefinition(s, jsii.String("TD"), nil)
		td.AddContainer(jsii.String("app"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("app"), nil)})
		fn := awslambda.NewFunction(s, jsii.String("Hook"), &awslambda.FunctionProps{Runtime: awslambda.Runtime_NODEJS_22_X(), Handler: jsii.String("index.handler"),
			Code: awslambda.Code_FromInline(jsii.String(`exports.handler = async () => ({ hookStatus: "SUCCEEDED" })`))})
		role := awsiam.NewRole(s, jsii.String("HookRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("ecs.amazonaws.com"), nil)})
		svc := awsecs.NewFargateService(s, jsii.String("Service"), &awsecs.FargateServiceProps{Cluster: cluster, TaskDefinition: td, MinHealthyPercent: jsii.Number(100),
			LifecycleHooks: &[]awsecs.IDeploymentLifecycleHookTarget{awsecs.NewDeploymentLifecycleLambdaTarget(fn, jsii.String("PreScale"),
				&awsecs.DeploymentLifecycleLambdaTargetProps{LifecycleStages: &[]awsecs.DeploymentLifecycleStage{awsecs.DeploymentLifecycleStage_PRE_SCALE_UP}})}})
		svc.AddLifecycleHook(awsecs.NewDeploymentLifecycleLambdaTarget(fn, jsii.String("Post"), &awsecs.DeploymentLifecycleLambdaTargetProps{
			LifecycleStages: &[]awsecs.DeploymentLifecycleStage{awsecs.DeploymentLifecycleStage_POST_SCALE_UP, awsecs.DeploymentLifecycleStage_RECONCILE_SERVICE}, Role: role}))
	}
}

func init() {
	templateCases["Amis"] = func(s awscdk.Stack) {
		awsecs.NewCluster(s, jsii.String("Cluster"), &awsecs.ClusterProps{Vpc: awsec2.Vpc_FromVpcAttributes(s, jsii.String("Vpc"),
			&awsec2.VpcAttributes{VpcId: jsii.String("vpc-1"), AvailabilityZones: jsii.Strings("us-east-1a")})})
		images := []struct {
			name string
			img  awsec2.IMachineImage
			os   awsec2.OperatingSystemType
		}{
			{"Al2023Arm", awsecs.EcsOptimizedImage_AmazonLinux2023(awsecs.AmiHardwareType_ARM, nil), awsec2.OperatingSystemType_LINUX},
			{"Al2Gpu", awsecs.EcsOptimizedImage_AmazonLinux2(awsecs.AmiHardwareType_GPU, nil), awsec2.OperatingSystemType_LINUX},
			{"Al2Neuron", awsecs.EcsOptimizedImage_AmazonLinux2(awsecs.AmiHardwareType_NEURON, nil), awsec2.OperatingSystemType_LINUX},
			{"Al1", awsecs.EcsOptimizedImage_AmazonLinux(nil), awsec2.OperatingSystemType_LINUX},
			{"Win2022", awsecs.EcsOptimizedImage_Windows(awsecs.WindowsOptimizedVersion_SERVER_2022, nil), awsec2.OperatingSystemType_WINDOWS},
			{"Bottlerocket", awsecs.NewBottleRocketImage(&awsecs.BottleRocketImageProps{Variant: awsecs.BottlerocketEcsVariant_AWS_ECS_2_NVIDIA,
				Architecture: awsec2.InstanceArchitecture_ARM_64}), awsec2.OperatingSystemType_LINUX},
			{"BottlerocketDefault", awsecs.NewBottleRocketImage(nil), awsec2.OperatingSystemType_LINUX},
		}
		for _, i := range images {
			cfg := i.img.GetImage(s)
			if cfg.OsType != i.os {
				panic(i.name + ": wrong OS type")
			}
			out(s, i.name, cfg.ImageId)
		}
	}
}

func init() {
	templateCases["BlueGreen"] = func(s awscdk.Stack) {
		vpc, cluster := vpcAndCluster(s)
		td := awsecs.NewFargateTaskDefinition(s, jsii.String("TD"), nil)
		td.AddContainer(jsii.String("web"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("nginx"), nil),
			PortMappings: &[]*awsecs.PortMapping{{ContainerPort: jsii.Number(80)}}})
		lb := elbv2.NewApplicationLoadBalancer(s, jsii.String("LB"), &elbv2.ApplicationLoadBalancerProps{Vpc: vpc})
		listener := lb.AddListener(jsii.String("Http"), &elbv2.BaseApplicationListenerProps{Port: jsii.Number(80),
			DefaultAction: elbv2.ListenerAction_FixedResponse(jsii.Number(404), nil)})
		tg := func(id string) elbv2.ApplicationTargetGroup {
			return elbv2.NewApplicationTargetGroup(s, jsii.String(id), &elbv2.ApplicationTargetGroupProps{Vpc: vpc, Port: jsii.Number(80),
				Protocol: elbv2.ApplicationProtocol_HTTP, TargetType: elbv2.TargetType_IP})
		}
		blue, green := tg("Blue"), tg("Green")
		rule := elbv2.NewApplicationListenerRule(s, jsii.String("Rule"), &elbv2.ApplicationListenerRuleProps{Listener: listener, Priority: jsii.Number(1),
			Conditions: &[]elbv2.ListenerCondition{elbv2.ListenerCondition_PathPatterns(jsii.Strings("/*"))},
			Action:     elbv2.ListenerAction_Forward(&[]elbv2.IApplicationTargetGroup{blue}, nil)})
		svc := awsecs.NewFargateService(s, jsii.String("Service"), &awsecs.FargateServiceProps{Cluster: cluster, TaskDefinition: td, MinHealthyPercent: jsii.Number(100),
			DeploymentStrategy: awsecs.DeploymentStrategy_BLUE_GREEN})
		target := svc.LoadBalancerTarget(&awsecs.LoadBalancerTargetOptions{ContainerName: jsii.String("web"), ContainerPort: jsii.Number(80),
			AlternateTarget: awsecs.NewAlternateTarget(jsii.String("Alt"), &awsecs.AlternateTargetProps{AlternateTargetGroup: green,
				ProductionListener: awsecs.ListenerRuleConfiguration_ApplicationListenerRule(rule)})})
		target.AttachToApplicationTargetGroup(blue)
	}
}
