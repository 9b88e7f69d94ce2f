// aws-cdk-lib 2.276.0 twins of the Go cases in *_test.go. Each stack is one
// template case; each entry of `errors` one bad-input case, whose message
// and construct path regen.sh writes to errors.json. Cases marked `synth`
// fail in aws-cdk-lib's synth-time validation (CloudFormation's rules under
// the `cdk init` flags): their message is the rule's description and their
// path the construct the report names.
const fs = require('fs');
const os = require('os');
const path = require('path');
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const ecr = require('aws-cdk-lib/aws-ecr');
const ecrAssets = require('aws-cdk-lib/aws-ecr-assets');
const ecs = require('aws-cdk-lib/aws-ecs');
const iam = require('aws-cdk-lib/aws-iam');
const elbv2 = require('aws-cdk-lib/aws-elasticloadbalancingv2');
const logs = require('aws-cdk-lib/aws-logs');
const sm = require('aws-cdk-lib/aws-secretsmanager');
const elb = require('aws-cdk-lib/aws-elasticloadbalancing');
const sd = require('aws-cdk-lib/aws-servicediscovery');
const app = new cdk.App();

{ // ClusterDefault: a cluster with its own VPC
  const s = new cdk.Stack(app, 'ClusterDefault');
  new ecs.Cluster(s, 'Cluster');
}

{ // ClusterProps: a given VPC, a name, insights, Fargate capacity providers, imports
  const s = new cdk.Stack(app, 'ClusterProps');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1 });
  const c = new ecs.Cluster(s, 'Cluster', { vpc, clusterName: 'my-cluster', containerInsightsV2: ecs.ContainerInsights.ENHANCED, enableFargateCapacityProviders: true });
  new ecs.Cluster(s, 'V1', { vpc, containerInsights: true });
  const later = new ecs.Cluster(s, 'Later', { vpc, containerInsights: false });
  later.enableFargateCapacityProviders();
  const imp = ecs.Cluster.fromClusterAttributes(s, 'Imported', { clusterName: 'other', vpc });
  const arn = ecs.Cluster.fromClusterArn(s, 'ByArn', 'arn:aws:ecs:us-east-1:111111111111:cluster/third');
  new cdk.CfnOutput(s, 'Name', { value: c.clusterName });
  new cdk.CfnOutput(s, 'Arn', { value: c.clusterArn });
  new cdk.CfnOutput(s, 'ImpArn', { value: imp.clusterArn });
  new cdk.CfnOutput(s, 'ArnName', { value: arn.clusterName });
}

{ // TaskDefinition: a Fargate task definition with a fully specified container
  const s = new cdk.Stack(app, 'TaskDefinition');
  const secret = new sm.Secret(s, 'Secret');
  const td = new ecs.FargateTaskDefinition(s, 'TD', {
    cpu: 512, memoryLimitMiB: 1024, family: 'web',
    runtimePlatform: { cpuArchitecture: ecs.CpuArchitecture.ARM64, operatingSystemFamily: ecs.OperatingSystemFamily.LINUX },
    ephemeralStorageGiB: 30,
  });
  const web = td.addContainer('web', {
    image: ecs.ContainerImage.fromRegistry('nginx:1.27'),
    containerName: 'web-app',
    essential: true,
    cpu: 256,
    memoryLimitMiB: 512,
    readonlyRootFilesystem: true,
    command: ['nginx', '-g', 'daemon off;'],
    entryPoint: ['/docker-entrypoint.sh'],
    environment: { A_FIRST: '1', B_SECOND: 'two', LOG_LEVEL: 'info' },
    secrets: { DB_PASSWORD: ecs.Secret.fromSecretsManager(secret, 'password'), WHOLE: ecs.Secret.fromSecretsManager(secret) },
    portMappings: [{ containerPort: 80 }],
    healthCheck: { command: ['curl -f http://localhost/ || exit 1'], interval: cdk.Duration.seconds(10), retries: 5, startPeriod: cdk.Duration.seconds(30), timeout: cdk.Duration.seconds(3) },
    logging: ecs.LogDrivers.awsLogs({ streamPrefix: 'web', logRetention: logs.RetentionDays.ONE_WEEK }),
  });
  web.addPortMappings({ containerPort: 443, protocol: ecs.Protocol.TCP }, { containerPort: 8125, protocol: ecs.Protocol.UDP, name: 'statsd' });
  web.addEnvironment('ADDED', 'later');
  td.addContainer('sidecar', {
    image: ecs.ContainerImage.fromRegistry('amazon/aws-xray-daemon'),
    essential: false,
    healthCheck: { command: ['CMD', 'true'] },
    logging: new ecs.AwsLogDriver({ streamPrefix: 'xray' }),
  });
  td.addToTaskRolePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::bucket/*'] }));
  td.addToExecutionRolePolicy(new iam.PolicyStatement({ actions: ['ecr:GetAuthorizationToken'], resources: ['*'] }));
  td.addVolume({ name: 'scratch' });
  new cdk.CfnOutput(s, 'Arn', { value: td.taskDefinitionArn });
}

{ // TaskDefinitionMinimal: defaults only, given roles
  const s = new cdk.Stack(app, 'TaskDefinitionMinimal');
  new ecs.FargateTaskDefinition(s, 'Empty');
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com') });
  const td = new ecs.FargateTaskDefinition(s, 'Given', { taskRole: role, executionRole: role, cpu: 1024, memoryLimitMiB: 2048 });
  td.addContainer('app', { image: ecs.ContainerImage.fromRegistry('public.ecr.aws/x/y:latest'), portMappings: [{ containerPort: 8080, hostPort: 8080 }] });
}

{ // FargateService: every networking and deployment prop, and a minimal service
  const s = new cdk.Stack(app, 'FargateService');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1 });
  const cluster = new ecs.Cluster(s, 'Cluster', { vpc });
  const td = new ecs.FargateTaskDefinition(s, 'TD');
  td.addContainer('web', { image: ecs.ContainerImage.fromRegistry('nginx'), portMappings: [{ containerPort: 80 }] });
  const svc = new ecs.FargateService(s, 'Service', {
    cluster, taskDefinition: td, desiredCount: 2, serviceName: 'web',
    circuitBreaker: { rollback: true }, minHealthyPercent: 100, maxHealthyPercent: 300,
    healthCheckGracePeriod: cdk.Duration.seconds(90), enableExecuteCommand: true,
    platformVersion: ecs.FargatePlatformVersion.VERSION1_4, propagateTags: ecs.PropagatedTagSource.SERVICE,
    assignPublicIp: true, vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC }, enableECSManagedTags: true,
  });
  svc.connections.allowFromAnyIpv4(ec2.Port.tcp(80));
  const sg = new ec2.SecurityGroup(s, 'SG', { vpc });
  const td2 = new ecs.FargateTaskDefinition(s, 'TD2', { cpu: 256, memoryLimitMiB: 1024 });
  td2.addContainer('worker', { image: ecs.ContainerImage.fromRegistry('busybox') });
  const worker = new ecs.FargateService(s, 'Worker', { cluster, taskDefinition: td2, securityGroups: [sg], minHealthyPercent: 50,
    capacityProviderStrategies: [{ capacityProvider: 'FARGATE_SPOT', weight: 2 }, { capacityProvider: 'FARGATE', weight: 1, base: 1 }] });
  worker.connections.allowTo(svc, ec2.Port.tcp(80));
  new cdk.CfnOutput(s, 'Name', { value: svc.serviceName });
  new cdk.CfnOutput(s, 'Arn', { value: svc.serviceArn });
}

{ // LoadBalanced: a service behind an ALB through listener.addTargets, a target group and loadBalancerTarget
  const s = new cdk.Stack(app, 'LoadBalanced');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1 });
  const cluster = new ecs.Cluster(s, 'Cluster', { vpc });
  const td = new ecs.FargateTaskDefinition(s, 'TD', { cpu: 512, memoryLimitMiB: 1024 });
  td.addContainer('web', { image: ecs.ContainerImage.fromRegistry('nginx'), portMappings: [{ containerPort: 80 }, { containerPort: 9090 }] });
  const svc = new ecs.FargateService(s, 'Service', { cluster, taskDefinition: td, minHealthyPercent: 100, circuitBreaker: { enable: true, rollback: false } });
  const lb = new elbv2.ApplicationLoadBalancer(s, 'LB', { vpc, internetFacing: true });
  const listener = lb.addListener('Http', { port: 80 });
  listener.addTargets('Web', { port: 80, targets: [svc], healthCheck: { path: '/health' } });
  const metrics = lb.addListener('Metrics', { port: 9090, protocol: elbv2.ApplicationProtocol.HTTP });
  metrics.addTargets('Metrics', { port: 9090, protocol: elbv2.ApplicationProtocol.HTTP, targets: [svc.loadBalancerTarget({ containerName: 'web', containerPort: 9090 })] });
  const tg = new elbv2.ApplicationTargetGroup(s, 'TG', { vpc, port: 80, protocol: elbv2.ApplicationProtocol.HTTP, targetType: elbv2.TargetType.IP });
  const other = new ecs.FargateService(s, 'Other', { cluster, taskDefinition: td, minHealthyPercent: 100 });
  other.attachToApplicationTargetGroup(tg);
  lb.addListener('Alt', { port: 8080, protocol: elbv2.ApplicationProtocol.HTTP, defaultTargetGroups: [tg] });
  other.registerLoadBalancerTargets({ containerName: 'web', containerPort: 80, newTargetGroupId: 'ECS',
    listener: ecs.ListenerConfig.applicationListener(lb.addListener('Third', { port: 8081, protocol: elbv2.ApplicationProtocol.HTTP }), { protocol: elbv2.ApplicationProtocol.HTTP }) });
}

{ // Scaling: CPU, memory and request-count target tracking on a load-balanced service
  const s = new cdk.Stack(app, 'Scaling');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1 });
  const cluster = new ecs.Cluster(s, 'Cluster', { vpc });
  const td = new ecs.FargateTaskDefinition(s, 'TD');
  td.addContainer('web', { image: ecs.ContainerImage.fromRegistry('nginx'), portMappings: [{ containerPort: 80 }] });
  const svc = new ecs.FargateService(s, 'Service', { cluster, taskDefinition: td, minHealthyPercent: 100 });
  const lb = new elbv2.ApplicationLoadBalancer(s, 'LB', { vpc, internetFacing: true });
  const tg = lb.addListener('Http', { port: 80 }).addTargets('Web', { port: 80, targets: [svc] });
  const scaling = svc.autoScaleTaskCount({ minCapacity: 2, maxCapacity: 10 });
  scaling.scaleOnCpuUtilization('Cpu', { targetUtilizationPercent: 50 });
  scaling.scaleOnMemoryUtilization('Memory', { targetUtilizationPercent: 70, scaleInCooldown: cdk.Duration.seconds(60), scaleOutCooldown: cdk.Duration.seconds(30) });
  scaling.scaleOnRequestCount('Requests', { requestsPerTarget: 1000, targetGroup: tg, disableScaleIn: true });
}

{ // Images: ECR repository, local asset, existing asset, private registry credentials, secret versions
  const s = new cdk.Stack(app, 'Images');
  const repo = new ecr.Repository(s, 'Repo');
  const creds = new sm.Secret(s, 'Creds');
  const td = new ecs.FargateTaskDefinition(s, 'TD');
  td.addContainer('ecr', { image: ecs.ContainerImage.fromEcrRepository(repo, 'v1') });
  td.addContainer('asset', { image: ecs.ContainerImage.fromAsset(path.join(__dirname, 'app')), essential: false });
  const asset = new ecrAssets.DockerImageAsset(s, 'Image', { directory: path.join(__dirname, 'app') });
  td.addContainer('shared', { image: ecs.ContainerImage.fromDockerImageAsset(asset), essential: false,
    secrets: { USER: ecs.Secret.fromSecretsManagerVersion(creds, { versionStage: 'AWSCURRENT' }, 'user') } });
  td.addContainer('private', { image: ecs.ContainerImage.fromRegistry('example.com/app:1', { credentials: creds }), essential: false });
}

{ // Tarball: an image loaded from a `docker save` tarball
  const s = new cdk.Stack(app, 'Tarball');
  const td = new ecs.FargateTaskDefinition(s, 'TD');
  td.addContainer('web', { image: ecs.ContainerImage.fromTarball(path.join(__dirname, 'tarball', 'image.tar')) });
  td.addContainer('again', { image: ecs.EcrImage.fromTarball(path.join(__dirname, 'tarball', 'image.tar')), essential: false });
}

{ // Logging: every Docker log driver, and Linux parameters
  const s = new cdk.Stack(app, 'Logging');
  const token = new sm.Secret(s, 'Token');
  const td = new ecs.Ec2TaskDefinition(s, 'TD');
  const image = ecs.ContainerImage.fromRegistry('busybox');
  const add = (id, logging, extra) => td.addContainer(id, { image, memoryLimitMiB: 128, logging, essential: id === 'fluentd', ...extra });
  add('fluentd', ecs.LogDrivers.fluentd({ address: 'localhost:24224', async: true, bufferLimit: 1024, retryWait: cdk.Duration.seconds(2), tag: 'app', labels: ['a', 'b'] }));
  add('gelf', ecs.LogDrivers.gelf({ address: 'udp://gelf:12201', compressionType: ecs.GelfCompressionType.GZIP, compressionLevel: 5, env: ['X'] }));
  add('journald', ecs.LogDrivers.journald());
  add('json', ecs.LogDrivers.jsonFile({ maxSize: '10m', maxFile: 3, compress: true, envRegex: '^X' }));
  add('splunk', ecs.LogDrivers.splunk({ secretToken: ecs.Secret.fromSecretsManager(token), url: 'https://splunk:8088', format: ecs.SplunkLogFormat.JSON, gzip: true, gzipLevel: 2 }));
  add('syslog', ecs.LogDrivers.syslog({ address: 'tcp://syslog:514', facility: 'daemon', tlsSkipVerify: false }));
  add('none', ecs.LogDrivers.none());
  add('generic', new ecs.GenericLogDriver({ logDriver: 'logentries', options: { 'line-only': 'true', 'logentries-token': 'abc' }, secretOptions: { apikey: ecs.Secret.fromSecretsManager(token, 'key') } }));
  const linux = new ecs.LinuxParameters(s, 'Linux', { initProcessEnabled: true, sharedMemorySize: 64, maxSwap: cdk.Size.mebibytes(512), swappiness: 30 });
  linux.addCapabilities(ecs.Capability.NET_ADMIN, ecs.Capability.SYS_PTRACE);
  linux.dropCapabilities(ecs.Capability.ALL);
  linux.addDevices({ hostPath: '/dev/fuse', permissions: [ecs.DevicePermission.READ, ecs.DevicePermission.MKNOD] });
  linux.addTmpfs({ containerPath: '/tmp', size: 64, mountOptions: [ecs.TmpfsMountOption.NOEXEC, ecs.TmpfsMountOption.NR_INODES] });
  add('linux', undefined, { linuxParameters: linux });
  add('plainlinux', undefined, { linuxParameters: new ecs.LinuxParameters(s, 'Plain') });
}

{ // Ec2: EC2 services (bridge and awsvpc, placement, daemon) on an imported cluster, and imports
  const s = new cdk.Stack(app, 'Ec2');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1 });
  const sg = new ec2.SecurityGroup(s, 'HostSG', { vpc });
  const cluster = ecs.Cluster.fromClusterAttributes(s, 'Cluster', { clusterName: 'hosts', vpc, securityGroups: [sg] });
  const bridge = new ecs.Ec2TaskDefinition(s, 'Bridge', { placementConstraints: [ecs.PlacementConstraint.memberOf('attribute:ecs.instance-type =~ t3.*')] });
  bridge.addContainer('web', { image: ecs.ContainerImage.fromRegistry('nginx'), memoryLimitMiB: 256, portMappings: [{ containerPort: 80, hostPort: 8080 }, { containerPort: 9000 }] });
  const svc = new ecs.Ec2Service(s, 'Service', { cluster, taskDefinition: bridge, minHealthyPercent: 50, desiredCount: 3,
    placementStrategies: [ecs.PlacementStrategy.spreadAcross(ecs.BuiltInAttributes.AVAILABILITY_ZONE), ecs.PlacementStrategy.packedByMemory()],
    placementConstraints: [ecs.PlacementConstraint.distinctInstances()] });
  svc.addPlacementStrategies(ecs.PlacementStrategy.randomly());
  new ecs.Ec2Service(s, 'Daemon', { cluster, taskDefinition: bridge, daemon: true });
  const awsvpc = new ecs.Ec2TaskDefinition(s, 'AwsVpc', { networkMode: ecs.NetworkMode.AWS_VPC });
  awsvpc.addContainer('app', { image: ecs.ContainerImage.fromRegistry('busybox'), memoryReservationMiB: 64, environment: { A: '1', B: '2' } });
  new ecs.Ec2Service(s, 'VpcService', { cluster, taskDefinition: awsvpc, minHealthyPercent: 0, maxHealthyPercent: 100 });
  const imported = ecs.TaskDefinition.fromTaskDefinitionArn(s, 'ImportedTD', 'arn:aws:ecs:us-east-1:111111111111:task-definition/web:3');
  const byName = ecs.FargateService.fromFargateServiceAttributes(s, 'ByName', { cluster, serviceName: 'api' });
  const byArn = ecs.Ec2Service.fromEc2ServiceArn(s, 'ByArn', 'arn:aws:ecs:us-east-1:111111111111:service/hosts/worker');
  const withCluster = ecs.BaseService.fromServiceArnWithCluster(s, 'WithCluster', 'arn:aws:ecs:us-east-1:111111111111:service/hosts/queue');
  new cdk.CfnOutput(s, 'TD', { value: imported.taskDefinitionArn });
  new cdk.CfnOutput(s, 'ByNameArn', { value: byName.serviceArn });
  new cdk.CfnOutput(s, 'ByArnName', { value: byArn.serviceName });
  new cdk.CfnOutput(s, 'WithClusterName', { value: withCluster.cluster.clusterName + '/' + withCluster.serviceName });
  new cdk.CfnOutput(s, 'TasksArn', { value: ecs.Cluster.fromClusterArn(s, 'ArnCluster', 'arn:aws:ecs:us-east-1:111111111111:cluster/c').clusterArn });
}

{ // ContainerOptions: every other container option, environment files, grants
  const s = new cdk.Stack(app, 'ContainerOptions');
  const s3 = require('aws-cdk-lib/aws-s3');
  const bucket = new s3.Bucket(s, 'Bucket');
  const td = new ecs.Ec2TaskDefinition(s, 'TD', { volumes: [{ name: 'data', host: { sourcePath: '/data' } },
    { name: 'docker', dockerVolumeConfiguration: { driver: 'local', scope: ecs.Scope.SHARED, autoprovision: true, labels: { a: 'b' } } },
    { name: 'efs', efsVolumeConfiguration: { fileSystemId: 'fs-123', transitEncryption: 'ENABLED', authorizationConfig: { iam: 'ENABLED' } } }] });
  const db = td.addContainer('db', { image: ecs.ContainerImage.fromRegistry('postgres'), memoryReservationMiB: 256, essential: false });
  const app1 = td.addContainer('app', {
    image: ecs.ContainerImage.fromRegistry('app'), memoryLimitMiB: 512, cpu: 0, gpuCount: 1, user: 'app', workingDirectory: '/srv', hostname: 'app',
    disableNetworking: false, privileged: true, interactive: true, pseudoTerminal: true, dnsServers: ['10.0.0.2'], dnsSearchDomains: ['internal'],
    dockerSecurityOptions: ['no-new-privileges'], dockerLabels: { app: 'x', team: 'web' }, extraHosts: { cache: '10.0.0.6', db: '10.0.0.5' },
    startTimeout: cdk.Duration.seconds(30), stopTimeout: cdk.Duration.seconds(20), systemControls: [{ namespace: 'net.core.somaxconn', value: '1024' }],
    ulimits: [{ name: ecs.UlimitName.NOFILE, softLimit: 1024, hardLimit: 4096 }], enableRestartPolicy: true, restartIgnoredExitCodes: [0, 1],
    restartAttemptPeriod: cdk.Duration.seconds(120), versionConsistency: ecs.VersionConsistency.ENABLED,
    environmentFiles: [ecs.EnvironmentFile.fromBucket(bucket, 'env/app.env'), ecs.EnvironmentFile.fromAsset(path.join(__dirname, 'app.env'))],
  });
  app1.addContainerDependencies({ container: db, condition: ecs.ContainerDependencyCondition.HEALTHY }, { container: db, condition: ecs.ContainerDependencyCondition.START });
  app1.addLink(db, 'database');
  app1.addLink(db);
  app1.addMountPoints({ containerPath: '/data', sourceVolume: 'data', readOnly: true });
  app1.addVolumesFrom({ sourceContainer: 'db', readOnly: false });
  app1.addScratch({ containerPath: '/scratch', name: 'scratch', readOnly: false, sourcePath: '/tmp/scratch' });
  app1.addUlimits({ name: ecs.UlimitName.CORE, softLimit: 0, hardLimit: 0 });
  app1.addDockerLabel('extra', 'label');
  app1.addToExecutionPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [bucket.arnForObjects('env/*')] }));
  const role = new iam.Role(s, 'Runner', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  td.grantRun(role);
  const cluster = new ecs.Cluster(s, 'Cluster', { vpc: new ec2.Vpc(s, 'Vpc', { maxAzs: 1, natGateways: 0, subnetConfiguration: [{ name: 'p', subnetType: ec2.SubnetType.PUBLIC }] }) });
  cluster.grantTaskProtection(role);
  new cdk.CfnOutput(s, 'Tasks', { value: cluster.arnForTasks('*') });
}

{ // External: ECS Anywhere task definition and services
  const s = new cdk.Stack(app, 'External');
  const cluster = ecs.Cluster.fromClusterAttributes(s, 'Cluster', { clusterName: 'anywhere', vpc: ec2.Vpc.fromVpcAttributes(s, 'Vpc', { vpcId: 'vpc-1', availabilityZones: ['us-east-1a'] }) });
  const td = new ecs.ExternalTaskDefinition(s, 'TD');
  td.addContainer('app', { image: ecs.ContainerImage.fromRegistry('app'), memoryLimitMiB: 256, portMappings: [{ containerPort: 80 }] });
  new ecs.ExternalService(s, 'Service', { cluster, taskDefinition: td, desiredCount: 2, circuitBreaker: { rollback: true } });
  new ecs.ExternalService(s, 'Daemon', { cluster, taskDefinition: td, daemon: true, minHealthyPercent: 0 });
  const host = new ecs.ExternalTaskDefinition(s, 'Host', { networkMode: ecs.NetworkMode.HOST });
  host.addContainer('agent', { image: ecs.ContainerImage.fromRegistry('agent'), memoryReservationMiB: 32 });
  new cdk.CfnOutput(s, 'Imported', { value: ecs.ExternalService.fromExternalServiceArn(s, 'Imp', 'arn:aws:ecs:us-east-1:111111111111:service/legacy').serviceName });
}

{ // Firelens: the default Fluent Bit router, and an explicit one with an S3 config
  const s = new cdk.Stack(app, 'Firelens');
  const token = new sm.Secret(s, 'Token');
  const td = new ecs.FargateTaskDefinition(s, 'TD');
  td.addContainer('app', { image: ecs.ContainerImage.fromRegistry('app'),
    logging: ecs.LogDrivers.firelens({ options: { Name: 'cloudwatch', auto_create_group: 'true', log_group_name: 'app', log_retention_days: '7', region: 'us-east-1' } }) });
  const td2 = new ecs.FargateTaskDefinition(s, 'TD2');
  const router = td2.addFirelensLogRouter('router', { image: ecs.ContainerImage.fromRegistry('amazon/aws-for-fluent-bit:stable'), memoryReservationMiB: 64,
    firelensConfig: { type: ecs.FirelensLogRouterType.FLUENTBIT, options: { configFileType: ecs.FirelensConfigFileType.S3, configFileValue: 'arn:aws:s3:::cfg-bucket/fluent.conf', enableECSLogMetadata: false } } });
  td2.addContainer('app', { image: ecs.ContainerImage.fromRegistry('app'),
    logging: new ecs.FireLensLogDriver({ options: { Name: 'datadog' }, secretOptions: { apikey: ecs.Secret.fromSecretsManager(token, 'dd') } }) });
}

{ // Misc: App Mesh proxy, a tag-parameter image, credential specs
  const s = new cdk.Stack(app, 'Misc');
  const s3 = require('aws-cdk-lib/aws-s3');
  const td = new ecs.FargateTaskDefinition(s, 'TD', { proxyConfiguration: ecs.ProxyConfigurations.appMeshProxyConfiguration({ containerName: 'envoy',
    properties: { appPorts: [8080, 8081], proxyEgressPort: 15001, proxyIngressPort: 15000, egressIgnoredIPs: ['169.254.170.2', '169.254.169.254'], ignoredUID: 1337 } }) });
  td.addContainer('app', { image: ecs.ContainerImage.fromRegistry('app') });
  td.addContainer('envoy', { image: ecs.ContainerImage.fromRegistry('envoy'), user: '1337' });
  const repo = ecr.Repository.fromRepositoryName(s, 'Repo', 'app');
  const image = new ecs.TagParameterContainerImage(repo);
  const bucket = new s3.Bucket(s, 'Specs');
  const td2 = new ecs.Ec2TaskDefinition(s, 'TD2');
  td2.addContainer('win', { image, memoryLimitMiB: 512, credentialSpecs: [ecs.DomainJoinedCredentialSpec.fromS3Bucket(bucket, 'gmsa.json')] });
  td2.addContainer('other', { image: ecs.ContainerImage.fromRegistry('x'), memoryLimitMiB: 64, essential: false,
    credentialSpecs: [ecs.DomainlessCredentialSpec.fromS3Bucket(bucket, 'less.json')] });
  new cdk.CfnOutput(s, 'TagParam', { value: image.tagParameterName });
}

{ // ServiceConnect: a server and a client in a namespace
  const s = new cdk.Stack(app, 'ServiceConnect');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1 });
  const cluster = new ecs.Cluster(s, 'Cluster', { vpc });
  const td = new ecs.FargateTaskDefinition(s, 'TD');
  td.addContainer('api', { image: ecs.ContainerImage.fromRegistry('api'), portMappings: [{ containerPort: 8080, name: 'api', appProtocol: ecs.AppProtocol.http }] });
  new ecs.FargateService(s, 'Server', { cluster, taskDefinition: td, minHealthyPercent: 100, serviceConnectConfiguration: {
    namespace: 'internal.local', services: [{ portMappingName: 'api', dnsName: 'api', port: 80, idleTimeout: cdk.Duration.seconds(30) }],
    logDriver: ecs.LogDrivers.awsLogs({ streamPrefix: 'sc' }), accessLogConfiguration: { format: ecs.ServiceConnectAccessLogFormat.JSON } } });
  const client = new ecs.FargateService(s, 'Client', { cluster, taskDefinition: td, minHealthyPercent: 100 });
  client.enableServiceConnect({ namespace: 'internal.local' });
}

{ // Volumes: a service-managed EBS volume
  const s = new cdk.Stack(app, 'Volumes');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1 });
  const cluster = new ecs.Cluster(s, 'Cluster', { vpc });
  const td = new ecs.FargateTaskDefinition(s, 'TD');
  const c = td.addContainer('app', { image: ecs.ContainerImage.fromRegistry('app') });
  const volume = new ecs.ServiceManagedVolume(s, 'EBS', { name: 'ebs', managedEBSVolume: { size: cdk.Size.gibibytes(15), volumeType: ec2.EbsDeviceVolumeType.GP3,
    fileSystemType: ecs.FileSystemType.XFS, throughput: 250, iops: 4000, encrypted: true,
    tagSpecifications: [{ propagateTags: ecs.EbsPropagatedTagSource.SERVICE, tags: { a: 'b', c: 'd' } }] } });
  td.addVolume({ name: 'ebs', configuredAtLaunch: true });
  volume.mountIn(c, { containerPath: '/data', readOnly: false });
  new ecs.FargateService(s, 'Service', { cluster, taskDefinition: td, minHealthyPercent: 100, volumeConfigurations: [volume] });
}

{ // Hooks: deployment lifecycle hooks on a Lambda function
  const s = new cdk.Stack(app, 'Hooks');
  const lambda = require('aws-cdk-lib/aws-lambda');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1 });
  const cluster = new ecs.Cluster(s, 'Cluster', { vpc });
  const td = new ecs.FargateTaskDefinition(s, 'TD');
  td.addContainer('app', { image: ecs.ContainerImage.fromRegistry('app') });
  const fn = new lambda.Function(s, 'Hook', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => ({ hookStatus: "SUCCEEDED" })') });
  const role = new iam.Role(s, 'HookRole', { assumedBy: new iam.ServicePrincipal('ecs.amazonaws.com') });
  const svc = new ecs.FargateService(s, 'Service', { cluster, taskDefinition: td, minHealthyPercent: 100,
    lifecycleHooks: [new ecs.DeploymentLifecycleLambdaTarget(fn, 'PreScale', { lifecycleStages: [ecs.DeploymentLifecycleStage.PRE_SCALE_UP] })] });
  svc.addLifecycleHook(new ecs.DeploymentLifecycleLambdaTarget(fn, 'Post', { lifecycleStages: [ecs.DeploymentLifecycleStage.POST_SCALE_UP, ecs.DeploymentLifecycleStage.RECONCILE_SERVICE], role }));
}

{ // Amis: ECS-optimized and Bottlerocket AMIs from SSM
  const s = new cdk.Stack(app, 'Amis');
  new ecs.Cluster(s, 'Cluster', { vpc: ec2.Vpc.fromVpcAttributes(s, 'Vpc', { vpcId: 'vpc-1', availabilityZones: ['us-east-1a'] }) });
  const images = {
    Al2023Arm: ecs.EcsOptimizedImage.amazonLinux2023(ecs.AmiHardwareType.ARM),
    Al2Gpu: ecs.EcsOptimizedImage.amazonLinux2(ecs.AmiHardwareType.GPU),
    Al2Neuron: ecs.EcsOptimizedImage.amazonLinux2(ecs.AmiHardwareType.NEURON),
    Al1: ecs.EcsOptimizedImage.amazonLinux(),
    Win2022: ecs.EcsOptimizedImage.windows(ecs.WindowsOptimizedVersion.SERVER_2022),
    Bottlerocket: new ecs.BottleRocketImage({ variant: ecs.BottlerocketEcsVariant.AWS_ECS_2_NVIDIA, architecture: ec2.InstanceArchitecture.ARM_64 }),
    BottlerocketDefault: new ecs.BottleRocketImage(),
  };
  for (const [k, img] of Object.entries(images)) {
    const cfg = img.getImage(s);
    new cdk.CfnOutput(s, k, { value: cfg.imageId });
  }
}

{ // BlueGreen: an alternate target group behind a production listener rule
  const s = new cdk.Stack(app, 'BlueGreen');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1 });
  const cluster = new ecs.Cluster(s, 'Cluster', { vpc });
  const td = new ecs.FargateTaskDefinition(s, 'TD');
  td.addContainer('web', { image: ecs.ContainerImage.fromRegistry('nginx'), portMappings: [{ containerPort: 80 }] });
  const lb = new elbv2.ApplicationLoadBalancer(s, 'LB', { vpc });
  const listener = lb.addListener('Http', { port: 80, defaultAction: elbv2.ListenerAction.fixedResponse(404) });
  const blue = new elbv2.ApplicationTargetGroup(s, 'Blue', { vpc, port: 80, protocol: elbv2.ApplicationProtocol.HTTP, targetType: elbv2.TargetType.IP });
  const green = new elbv2.ApplicationTargetGroup(s, 'Green', { vpc, port: 80, protocol: elbv2.ApplicationProtocol.HTTP, targetType: elbv2.TargetType.IP });
  const rule = new elbv2.ApplicationListenerRule(s, 'Rule', { listener, priority: 1, conditions: [elbv2.ListenerCondition.pathPatterns(['/*'])],
    action: elbv2.ListenerAction.forward([blue]) });
  const svc = new ecs.FargateService(s, 'Service', { cluster, taskDefinition: td, minHealthyPercent: 100, deploymentStrategy: ecs.DeploymentStrategy.BLUE_GREEN });
  const target = svc.loadBalancerTarget({ containerName: 'web', containerPort: 80, alternateTarget: new ecs.AlternateTarget('Alt', {
    alternateTargetGroup: green, productionListener: ecs.ListenerRuleConfiguration.applicationListenerRule(rule) }) });
  target.attachToApplicationTargetGroup(blue);
}

{ // ManagedInstances: ECS Managed Instances capacity providers and a default strategy
  const s = new cdk.Stack(app, 'ManagedInstances');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1 });
  const cluster = new ecs.Cluster(s, 'Cluster', { vpc });
  const sg = new ec2.SecurityGroup(s, 'SG', { vpc });
  const mi = new ecs.ManagedInstancesCapacityProvider(s, 'MI', { subnets: vpc.privateSubnets, securityGroups: [sg],
    capacityOptionType: ecs.CapacityOptionType.SPOT, monitoring: ecs.InstanceMonitoring.DETAILED, taskVolumeStorage: cdk.Size.gibibytes(50),
    propagateTags: ecs.PropagateManagedInstancesTags.CAPACITY_PROVIDER });
  cluster.addManagedInstancesCapacityProvider(mi);
  cluster.addDefaultCapacityProviderStrategy([{ capacityProvider: mi.capacityProviderName, weight: 1 }]);
  const role = new iam.Role(s, 'Infra', { assumedBy: new iam.ServicePrincipal('ecs.amazonaws.com') });
  const named = new ecs.ManagedInstancesCapacityProvider(s, 'Named', { subnets: vpc.publicSubnets, securityGroups: [sg], capacityProviderName: 'my-provider', infrastructureRole: role });
  cluster.addManagedInstancesCapacityProvider(named);
  mi.connections.allowFrom(named, ec2.Port.tcp(443));
}

{ // Namespace: an existing Cloud Map namespace as the cluster's default, used by Service Connect
  const s = new cdk.Stack(app, 'Namespace');
  const sd = require('aws-cdk-lib/aws-servicediscovery');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1 });
  const cluster = new ecs.Cluster(s, 'Cluster', { vpc });
  const ns = sd.PrivateDnsNamespace.fromPrivateDnsNamespaceAttributes(s, 'NS', { namespaceName: 'internal', namespaceId: 'ns-1',
    namespaceArn: 'arn:aws:servicediscovery:us-east-1:111111111111:namespace/ns-1' });
  cluster.addExistingDefaultCloudMapNamespace({ namespace: ns, useForServiceConnect: true });
  const td = new ecs.FargateTaskDefinition(s, 'TD');
  td.addContainer('app', { image: ecs.ContainerImage.fromRegistry('app') });
  const svc = new ecs.FargateService(s, 'Client', { cluster, taskDefinition: td, minHealthyPercent: 100 });
  svc.enableServiceConnect();
}

{ // CrossNetwork + CrossCompute: the cluster and VPC in one stack, the service in another (weak references)
  const net = new cdk.Stack(app, 'CrossNetwork');
  const vpc = new ec2.Vpc(net, 'Vpc', { maxAzs: 2, natGateways: 1 });
  const cluster = new ecs.Cluster(net, 'Cluster', { vpc });
  const compute = new cdk.Stack(app, 'CrossCompute');
  const td = new ecs.FargateTaskDefinition(compute, 'TD');
  td.addContainer('web', { image: ecs.ContainerImage.fromRegistry('nginx'), portMappings: [{ containerPort: 80 }] });
  const svc = new ecs.FargateService(compute, 'Service', { cluster, taskDefinition: td, minHealthyPercent: 100, circuitBreaker: { rollback: true } });
  svc.autoScaleTaskCount({ maxCapacity: 4 }).scaleOnCpuUtilization('Cpu', { targetUtilizationPercent: 60 });
}

{ // Metrics: cluster and service metrics behind alarms
  const s = new cdk.Stack(app, 'Metrics');
  const cw = require('aws-cdk-lib/aws-cloudwatch');
  const cluster = new ecs.Cluster(s, 'Cluster', { vpc: ec2.Vpc.fromVpcAttributes(s, 'Vpc', { vpcId: 'vpc-0123456789abcdef0', availabilityZones: ['us-east-1a'], privateSubnetIds: ['subnet-0123456789abcdef0'] }) });
  const td = new ecs.FargateTaskDefinition(s, 'TD');
  td.addContainer('app', { image: ecs.ContainerImage.fromRegistry('app') });
  const svc = new ecs.FargateService(s, 'Service', { cluster, taskDefinition: td, minHealthyPercent: 100 });
  const alarm = (id, m) => new cw.Alarm(s, id, { metric: m, threshold: 80, evaluationPeriods: 2 });
  alarm('ClusterCpu', cluster.metricCpuUtilization());
  alarm('ClusterMem', cluster.metricMemoryReservation({ period: cdk.Duration.minutes(1), statistic: 'Maximum' }));
  alarm('ClusterCustom', cluster.metric('CPUReservation'));
  alarm('ServiceCpu', svc.metricCpuUtilization());
  alarm('ServiceMem', svc.metricMemoryUtilization({ statistic: 'p90' }));
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  cluster.grantTaskProtection(role);
}

{ // SsmSecrets: SSM parameters as container secrets (a String and an imported SecureString) and credential specs in SSM
  const s = new cdk.Stack(app, 'SsmSecrets');
  const ssm = require('aws-cdk-lib/aws-ssm');
  const plain = new ssm.StringParameter(s, 'Plain', { stringValue: 'hello' });
  const secure = ssm.StringParameter.fromSecureStringParameterAttributes(s, 'Secure', { parameterName: '/app/password' });
  const td = new ecs.FargateTaskDefinition(s, 'TD');
  td.addContainer('app', { image: ecs.ContainerImage.fromRegistry('app'),
    secrets: { GREETING: ecs.Secret.fromSsmParameter(plain), PASSWORD: ecs.Secret.fromSsmParameter(secure) } });
  const spec = new ssm.StringParameter(s, 'Spec', { stringValue: '{}' });
  const td2 = new ecs.Ec2TaskDefinition(s, 'TD2');
  td2.addContainer('win', { image: ecs.ContainerImage.fromRegistry('win'), memoryLimitMiB: 512,
    credentialSpecs: [ecs.DomainJoinedCredentialSpec.fromSsmParameter(spec)] });
  td2.addContainer('less', { image: ecs.ContainerImage.fromRegistry('less'), memoryLimitMiB: 64, essential: false,
    credentialSpecs: [ecs.DomainlessCredentialSpec.fromSsmParameter(spec)] });
  new cdk.CfnOutput(s, 'SpecArn', { value: ecs.CredentialSpec.arnForSsmParameter(spec) });
}

{ // CloudMap: default namespaces of each type, services registered by cloudMapOptions, enableCloudMap and
  // associateCloudMapService, and EC2 bridge services behind a classic load balancer
  const s = new cdk.Stack(app, 'CloudMap');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1 });
  const cluster = new ecs.Cluster(s, 'Cluster', { vpc, defaultCloudMapNamespace: { name: 'local', useForServiceConnect: true } });
  const td = new ecs.FargateTaskDefinition(s, 'TD');
  td.addContainer('web', { image: ecs.ContainerImage.fromRegistry('nginx'), portMappings: [{ containerPort: 80 }] });
  const svc = new ecs.FargateService(s, 'Svc', { cluster, taskDefinition: td, minHealthyPercent: 100,
    cloudMapOptions: { name: 'web', dnsTtl: cdk.Duration.seconds(30), failureThreshold: 2 } });
  const pub = new sd.PublicDnsNamespace(s, 'PublicNs', { name: 'example.com' });
  const srv = new ecs.FargateService(s, 'Srv', { cluster, taskDefinition: td, minHealthyPercent: 100 });
  srv.enableCloudMap({ cloudMapNamespace: pub, dnsRecordType: sd.DnsRecordType.SRV });
  const shared = new sd.Service(s, 'Shared', { namespace: cluster.defaultCloudMapNamespace, dnsRecordType: sd.DnsRecordType.SRV });
  new ecs.FargateService(s, 'Assoc', { cluster, taskDefinition: td, minHealthyPercent: 100 })
    .associateCloudMapService({ service: shared, containerPort: 80 });
  const plain = new sd.Service(s, 'Plain', { namespace: cluster.defaultCloudMapNamespace });
  new ecs.FargateService(s, 'AssocA', { cluster, taskDefinition: td, minHealthyPercent: 100 }).associateCloudMapService({ service: plain });
  const http = new ecs.Cluster(s, 'HttpCluster', { vpc });
  const httpNs = http.addDefaultCloudMapNamespace({ name: 'api', type: sd.NamespaceType.HTTP });
  const pubCluster = new ecs.Cluster(s, 'PublicCluster', { vpc });
  pubCluster.addDefaultCloudMapNamespace({ name: 'public.example.com', type: sd.NamespaceType.DNS_PUBLIC });
  const sg = new ec2.SecurityGroup(s, 'HostSG', { vpc });
  const hosts = ecs.Cluster.fromClusterAttributes(s, 'Hosts', { clusterName: 'hosts', vpc, securityGroups: [sg] });
  const bridge = new ecs.Ec2TaskDefinition(s, 'Bridge');
  bridge.addContainer('web', { image: ecs.ContainerImage.fromRegistry('nginx'), memoryLimitMiB: 256, portMappings: [{ containerPort: 80, hostPort: 8080 }] });
  const b1 = new ecs.Ec2Service(s, 'Bridge1', { cluster: hosts, taskDefinition: bridge, minHealthyPercent: 50,
    cloudMapOptions: { cloudMapNamespace: cluster.defaultCloudMapNamespace } });
  const b2 = new ecs.Ec2Service(s, 'Bridge2', { cluster: hosts, taskDefinition: bridge, minHealthyPercent: 50 });
  const lb = new elb.LoadBalancer(s, 'Lb', { vpc, listeners: [{ externalPort: 80, internalPort: 8080 }] });
  lb.addTarget(b1);
  lb.addTarget(b2.loadBalancerTarget({ containerName: 'web', containerPort: 80 }));
  new cdk.CfnOutput(s, 'CloudMapArn', { value: svc.cloudMapService.serviceArn });
  new cdk.CfnOutput(s, 'SrvName', { value: srv.cloudMapService.serviceName });
  new cdk.CfnOutput(s, 'HttpNs', { value: httpNs.namespaceArn });
  new cdk.CfnOutput(s, 'HttpType', { value: http.defaultCloudMapNamespace.type });
}

function synthErrors(build) {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-twin-'));
  const context = JSON.parse(process.env.CDK_CONTEXT_JSON || '{}');
  const a = new cdk.App({ context, outdir, autoSynth: false });
  try {
    build(new cdk.Stack(a, 'S'));
    a.synth();
    return null;
  } catch (e) {
    const report = path.join(outdir, 'validation-report.json');
    if (!fs.existsSync(report) || e.constructPath) return { path: e.constructPath || '', message: e.message };
    const r = JSON.parse(fs.readFileSync(report, 'utf8'));
    for (const p of r.pluginReports) {
      for (const v of p.violations) {
        if (v.severity === 'error') return { path: v.violatingConstructs[0].constructPath, message: v.description };
      }
    }
    throw e;
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

const image = ecs.ContainerImage.fromRegistry('nginx');
{ // ManagedReqs: managed instances chosen by instance requirements, every range and list, and the bare minimum
  const s = new cdk.Stack(app, 'ManagedReqs');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1 });
  const cluster = new ecs.Cluster(s, 'Cluster', { vpc });
  const sg = new ec2.SecurityGroup(s, 'SG', { vpc });
  const full = new ecs.ManagedInstancesCapacityProvider(s, 'Full', { subnets: vpc.privateSubnets, securityGroups: [sg], instanceRequirements: {
    vCpuCountMin: 2, vCpuCountMax: 8, memoryMin: cdk.Size.gibibytes(4), memoryMax: cdk.Size.gibibytes(32),
    acceleratorCountMin: 1, acceleratorManufacturers: [ec2.AcceleratorManufacturer.NVIDIA], acceleratorNames: [ec2.AcceleratorName.T4],
    acceleratorTotalMemoryMax: cdk.Size.gibibytes(16), acceleratorTypes: [ec2.AcceleratorType.GPU],
    allowedInstanceTypes: ['g4dn.*'], bareMetal: ec2.BareMetal.EXCLUDED, baselineEbsBandwidthMbpsMin: 100,
    burstablePerformance: ec2.BurstablePerformance.EXCLUDED, cpuManufacturers: [ec2.CpuManufacturer.INTEL, ec2.CpuManufacturer.AMD],
    instanceGenerations: [ec2.InstanceGeneration.CURRENT], localStorage: ec2.LocalStorage.REQUIRED, localStorageTypes: [ec2.LocalStorageType.SSD],
    maxSpotPriceAsPercentageOfOptimalOnDemandPrice: 50, memoryPerVCpuMin: cdk.Size.gibibytes(2), memoryPerVCpuMax: cdk.Size.gibibytes(8),
    networkBandwidthGbpsMin: 10, networkInterfaceCountMax: 4, requireHibernateSupport: false,
    spotMaxPricePercentageOverLowestPrice: 20, totalLocalStorageGBMin: 100, totalLocalStorageGBMax: 900,
  } });
  cluster.addManagedInstancesCapacityProvider(full);
  const min = new ecs.ManagedInstancesCapacityProvider(s, 'Min', { subnets: vpc.privateSubnets, securityGroups: [sg], instanceRequirements: {
    vCpuCountMin: 1, memoryMin: cdk.Size.mebibytes(512), excludedInstanceTypes: ['t2.*'], onDemandMaxPricePercentageOverLowestPrice: 10,
  } });
  cluster.addManagedInstancesCapacityProvider(min);
}

const errors = {
  ManagedReqsBothTypes: (s) => new ecs.ManagedInstancesCapacityProvider(s, 'MI', { subnets: new ec2.Vpc(s, 'V').privateSubnets,
    securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(s, 'SG', 'sg-1')],
    instanceRequirements: { vCpuCountMin: 1, memoryMin: cdk.Size.gibibytes(1), allowedInstanceTypes: ['m5.*'], excludedInstanceTypes: ['t2.*'] } }),
  ManagedReqsBothPrices: (s) => new ecs.ManagedInstancesCapacityProvider(s, 'MI', { subnets: new ec2.Vpc(s, 'V').privateSubnets,
    securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(s, 'SG', 'sg-1')],
    instanceRequirements: { vCpuCountMin: 1, memoryMin: cdk.Size.gibibytes(1), spotMaxPricePercentageOverLowestPrice: 1, onDemandMaxPricePercentageOverLowestPrice: 1 } }),
  BothInsights: (s) => new ecs.Cluster(s, 'C', { containerInsights: true, containerInsightsV2: ecs.ContainerInsights.ENABLED }),
  MemoryBelowReservation: (s) => new ecs.FargateTaskDefinition(s, 'TD').addContainer('c', { image, memoryLimitMiB: 256, memoryReservationMiB: 512 }),
  EphemeralStorage: (s) => new ecs.FargateTaskDefinition(s, 'TD', { ephemeralStorageGiB: 10 }),
  ContainerCpuOverTask: (s) => new ecs.FargateTaskDefinition(s, 'TD', { cpu: 256, memoryLimitMiB: 512 }).addContainer('c', { image, cpu: 512 }),
  HostPortMismatch: (s) => new ecs.FargateTaskDefinition(s, 'TD').addContainer('c', { image, portMappings: [{ containerPort: 80, hostPort: 8080 }] }),
  DuplicatePortName: (s) => new ecs.FargateTaskDefinition(s, 'TD').addContainer('c', { image, portMappings: [{ containerPort: 80, name: 'http' }, { containerPort: 81, name: 'http' }] }),
  ImportArnNoName: (s) => ecs.Cluster.fromClusterArn(s, 'C', 'arn:aws:ecs:us-east-1:111111111111:cluster'),
  ServiceNotFargate: (s) => {
    const td = new ecs.Ec2TaskDefinition(s, 'TD');
    td.addContainer('c', { image, memoryLimitMiB: 512 });
    new ecs.FargateService(s, 'Svc', { cluster: new ecs.Cluster(s, 'C'), taskDefinition: td });
  },
  Ec2BadConstraint: (s) => new ecs.Ec2TaskDefinition(s, 'TD', { placementConstraints: [ecs.PlacementConstraint.distinctInstances()] }),
  DaemonDesired: (s) => {
    const td = new ecs.Ec2TaskDefinition(s, 'TD');
    td.addContainer('c', { image, memoryLimitMiB: 64 });
    new ecs.Ec2Service(s, 'Svc', { cluster: new ecs.Cluster(s, 'C'), taskDefinition: td, daemon: true, desiredCount: 2 });
  },
  CloudMapNoNamespace: (s) => {
    const td = new ecs.FargateTaskDefinition(s, 'TD');
    td.addContainer('c', { image, portMappings: [{ containerPort: 80 }] });
    new ecs.FargateService(s, 'Svc', { cluster: new ecs.Cluster(s, 'C'), taskDefinition: td, cloudMapOptions: {} });
  },
  CloudMapHttp: (s) => {
    const cluster = new ecs.Cluster(s, 'C');
    cluster.addDefaultCloudMapNamespace({ name: 'n', type: sd.NamespaceType.HTTP });
    const td = new ecs.FargateTaskDefinition(s, 'TD');
    td.addContainer('c', { image });
    new ecs.FargateService(s, 'Svc', { cluster, taskDefinition: td }).enableCloudMap({});
  },
  CloudMapTwice: (s) => {
    const cluster = new ecs.Cluster(s, 'C', { defaultCloudMapNamespace: { name: 'n' } });
    const td = new ecs.FargateTaskDefinition(s, 'TD');
    td.addContainer('c', { image });
    const svc = new ecs.FargateService(s, 'Svc', { cluster, taskDefinition: td, cloudMapOptions: {} });
    svc.associateCloudMapService({ service: svc.cloudMapService });
  },
  NamespaceTwice: (s) => new ecs.Cluster(s, 'C', { defaultCloudMapNamespace: { name: 'n' } }).addDefaultCloudMapNamespace({ name: 'm' }),
  CloudMapBridgeA: (s) => {
    const td = new ecs.Ec2TaskDefinition(s, 'TD');
    td.addContainer('c', { image, memoryLimitMiB: 64, portMappings: [{ containerPort: 80 }] });
    const cluster = ecs.Cluster.fromClusterAttributes(s, 'C', { clusterName: 'c', vpc: new ec2.Vpc(s, 'V'), securityGroups: [] });
    new ecs.Ec2Service(s, 'Svc', { cluster, taskDefinition: td }).enableCloudMap({ cloudMapNamespace: new sd.PublicDnsNamespace(s, 'Ns', { name: 'n' }), dnsRecordType: sd.DnsRecordType.A });
  },
  CloudMapPortNotMapped: (s) => {
    const td = new ecs.FargateTaskDefinition(s, 'TD');
    td.addContainer('c', { image, portMappings: [{ containerPort: 80 }] });
    new ecs.FargateService(s, 'Svc', { cluster: new ecs.Cluster(s, 'C', { defaultCloudMapNamespace: { name: 'n' } }), taskDefinition: td })
      .enableCloudMap({ dnsRecordType: sd.DnsRecordType.SRV, containerPort: 81 });
  },
  ClassicLbAwsVpc: (s) => {
    const cluster = new ecs.Cluster(s, 'C');
    const td = new ecs.FargateTaskDefinition(s, 'TD');
    td.addContainer('c', { image, portMappings: [{ containerPort: 80 }] });
    const svc = new ecs.FargateService(s, 'Svc', { cluster, taskDefinition: td });
    new elb.LoadBalancer(s, 'Lb', { vpc: cluster.vpc }).addTarget(svc);
  },
  ExternalCloudMapOptions: (s) => {
    const td = new ecs.ExternalTaskDefinition(s, 'TD');
    td.addContainer('c', { image, memoryLimitMiB: 64 });
    new ecs.ExternalService(s, 'Svc', { cluster: new ecs.Cluster(s, 'C'), taskDefinition: td, cloudMapOptions: {} });
  },
  ExternalEnableCloudMap: (s) => {
    const td = new ecs.ExternalTaskDefinition(s, 'TD');
    td.addContainer('c', { image, memoryLimitMiB: 64 });
    new ecs.ExternalService(s, 'Svc', { cluster: new ecs.Cluster(s, 'C'), taskDefinition: td }).enableCloudMap({});
  },
  ExternalDefaultNamespace: (s) => {
    const td = new ecs.ExternalTaskDefinition(s, 'TD');
    td.addContainer('c', { image, memoryLimitMiB: 64 });
    new ecs.ExternalService(s, 'Svc', { cluster: new ecs.Cluster(s, 'C', { defaultCloudMapNamespace: { name: 'n' } }), taskDefinition: td });
  },
};
const synthCases = {
  ExternalNotExternal: (s) => {
    const td = new ecs.FargateTaskDefinition(s, 'TD');
    td.addContainer('c', { image });
    new ecs.ExternalService(s, 'Svc', { cluster: new ecs.Cluster(s, 'C'), taskDefinition: td });
  },
  Ec2NoCapacity: (s) => {
    const td = new ecs.Ec2TaskDefinition(s, 'TD');
    td.addContainer('c', { image, memoryLimitMiB: 64 });
    new ecs.Ec2Service(s, 'Svc', { cluster: new ecs.Cluster(s, 'C'), taskDefinition: td });
  },
  ServiceNoEssential: (s) => {
    const td = new ecs.FargateTaskDefinition(s, 'TD');
    td.addContainer('c', { image, essential: false });
    new ecs.FargateService(s, 'Svc', { cluster: new ecs.Cluster(s, 'C'), taskDefinition: td });
  },
  HealthCheckInterval: (s) => new ecs.FargateTaskDefinition(s, 'TD').addContainer('c', { image, healthCheck: { command: ['true'], interval: cdk.Duration.seconds(1) } }),
  FargateCpuMemory: (s) => new ecs.FargateTaskDefinition(s, 'TD', { cpu: 256, memoryLimitMiB: 4096 }).addContainer('c', { image }),
  FargateCpuMemoryLarge: (s) => new ecs.FargateTaskDefinition(s, 'TD', { cpu: 8192, memoryLimitMiB: 18432 }).addContainer('c', { image }),
  DuplicatePortMapping: (s) => {
    const c = new ecs.FargateTaskDefinition(s, 'TD').addContainer('c', { image, portMappings: [{ containerPort: 80 }] });
    c.addPortMappings({ containerPort: 80 });
  },
};
const out = {};
for (const [name, build] of Object.entries(errors)) {
  const s = new cdk.Stack(new cdk.App({ autoSynth: false }), 'S');
  try {
    build(s);
    out[name] = null;
  } catch (e) {
    out[name] = { path: e.constructPath || '', message: e.message };
  }
}
for (const [name, build] of Object.entries(synthCases)) out[name] = synthErrors(build);
console.log(JSON.stringify(out, null, 2));
app.synth();
