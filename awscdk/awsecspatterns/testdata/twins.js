// aws-cdk-lib 2.276.0 twins of the Go cases in patterns_test.go. Each stack
// is one template case; each entry of `errors` one bad-input case, whose
// message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const acm = require('aws-cdk-lib/aws-certificatemanager');
const appscaling = require('aws-cdk-lib/aws-applicationautoscaling');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const ec2 = require('aws-cdk-lib/aws-ec2');
const ecs = require('aws-cdk-lib/aws-ecs');
const elbv2 = require('aws-cdk-lib/aws-elasticloadbalancingv2');
const iam = require('aws-cdk-lib/aws-iam');
const logs = require('aws-cdk-lib/aws-logs');
const patterns = require('aws-cdk-lib/aws-ecs-patterns');
const route53 = require('aws-cdk-lib/aws-route53');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const sqs = require('aws-cdk-lib/aws-sqs');
const app = new cdk.App();

{ // Minimal: a VPC and a registry image, everything else defaulted
  const s = new cdk.Stack(app, 'Minimal');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2 });
  new patterns.ApplicationLoadBalancedFargateService(s, 'Web', {
    vpc,
    taskImageOptions: { image: ecs.ContainerImage.fromRegistry('amazon/amazon-ecs-sample') },
  });
}

{ // DefaultCluster: neither vpc nor cluster, so the stack-wide default cluster and VPC
  const s = new cdk.Stack(app, 'DefaultCluster');
  new patterns.ApplicationLoadBalancedFargateService(s, 'Web', {
    taskImageOptions: { image: ecs.ContainerImage.fromRegistry('nginx') },
  });
}

{ // Yoctogram: the course app's compute stack in one stack
  const s = new cdk.Stack(app, 'Yoctogram');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1 });
  const cluster = new ecs.Cluster(s, 'Cluster', { vpc });
  const zone = new route53.PublicHostedZone(s, 'Zone', { zoneName: 'yoctogram.example.com' });
  const cert = new acm.Certificate(s, 'Cert', {
    domainName: 'api.yoctogram.example.com',
    validation: acm.CertificateValidation.fromDns(zone),
  });
  const dbSecret = new secretsmanager.Secret(s, 'DbSecret', {
    generateSecretString: { secretStringTemplate: JSON.stringify({ username: 'yocto' }), generateStringKey: 'password', excludePunctuation: true },
  });
  const appSecret = new secretsmanager.Secret(s, 'AppSecret');
  const svc = new patterns.ApplicationLoadBalancedFargateService(s, 'Api', {
    cluster,
    cpu: 512,
    memoryLimitMiB: 1024,
    desiredCount: 2,
    taskImageOptions: {
      image: ecs.ContainerImage.fromRegistry('ghcr.io/yoctogram/api:latest'),
      containerPort: 8000,
      // Keys sorted (here and in secrets): aws-cdk-go hands a Go map over in key order.
      environment: { AWS_REGION: 'us-east-1', DEBUG: 'false', PRODUCTION: 'true' },
      secrets: {
        APP_SECRET_KEY: ecs.Secret.fromSecretsManager(appSecret),
        POSTGRES_HOST: ecs.Secret.fromSecretsManager(dbSecret, 'host'),
        POSTGRES_PASSWORD: ecs.Secret.fromSecretsManager(dbSecret, 'password'),
      },
      logDriver: ecs.LogDrivers.awsLogs({ streamPrefix: 'yoctogram', logRetention: logs.RetentionDays.ONE_WEEK }),
    },
    certificate: cert,
    domainName: 'api.yoctogram.example.com',
    domainZone: zone,
    protocol: elbv2.ApplicationProtocol.HTTPS,
    redirectHTTP: true,
    circuitBreaker: { rollback: true },
    publicLoadBalancer: true,
    listenerPort: 443,
  });
  svc.targetGroup.configureHealthCheck({ path: '/api/v1/health', healthyHttpCodes: '200' });
  const scaling = svc.service.autoScaleTaskCount({ minCapacity: 2, maxCapacity: 6 });
  scaling.scaleOnCpuUtilization('CpuScaling', { targetUtilizationPercent: 70 });
}

{ // Asset: an image built from a local Dockerfile, HTTPS with a created certificate
  const s = new cdk.Stack(app, 'Asset');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2 });
  const zone = route53.HostedZone.fromHostedZoneAttributes(s, 'Zone', { hostedZoneId: 'Z123456ABCDEFG', zoneName: 'example.com' });
  new patterns.ApplicationLoadBalancedFargateService(s, 'Site', {
    vpc,
    taskImageOptions: { image: ecs.ContainerImage.fromAsset('image'), containerName: 'site', enableLogging: true },
    protocol: elbv2.ApplicationProtocol.HTTPS,
    domainName: 'www.example.com',
    domainZone: zone,
    recordType: patterns.ApplicationLoadBalancedServiceRecordType.CNAME,
  });
}

{ // Private: an internal balancer, a named service, roles, no logging, given subnets
  const s = new cdk.Stack(app, 'Private');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2 });
  const cluster = new ecs.Cluster(s, 'Cluster', { vpc, clusterName: 'internal' });
  const taskRole = new iam.Role(s, 'TaskRole', { assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com') });
  const execRole = new iam.Role(s, 'ExecRole', { assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com') });
  const svc = new patterns.ApplicationLoadBalancedFargateService(s, 'Internal', {
    cluster,
    publicLoadBalancer: false,
    loadBalancerName: 'core-lb',
    serviceName: 'internal-svc',
    listenerPort: 8080,
    assignPublicIp: false,
    minHealthyPercent: 50,
    maxHealthyPercent: 200,
    healthCheckGracePeriod: cdk.Duration.seconds(60),
    taskSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
    idleTimeout: cdk.Duration.seconds(120),
    taskImageOptions: {
      image: ecs.ContainerImage.fromRegistry('public.ecr.aws/nginx/nginx'),
      enableLogging: false,
      taskRole,
      executionRole: execRole,
      family: 'internal',
      command: ['nginx', '-g', 'daemon off;'],
      dockerLabels: { team: 'core' },
    },
  });
  new cdk.CfnOutput(s, 'Url', { value: svc.loadBalancer.loadBalancerDnsName });
}

{ // TaskDef: a task definition made by the user
  const s = new cdk.Stack(app, 'TaskDef');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2 });
  const td = new ecs.FargateTaskDefinition(s, 'Td', { cpu: 1024, memoryLimitMiB: 2048 });
  td.addContainer('app', { image: ecs.ContainerImage.fromRegistry('httpd'), portMappings: [{ containerPort: 80 }] });
  new patterns.ApplicationLoadBalancedFargateService(s, 'Svc', { vpc, taskDefinition: td, desiredCount: 3 });
}

{ // Nlb: a Network Load Balancer, a container port, an alias record
  const s = new cdk.Stack(app, 'Nlb');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2 });
  const zone = route53.HostedZone.fromHostedZoneAttributes(s, 'Zone', { hostedZoneId: 'Z123456ABCDEFG', zoneName: 'example.com' });
  const svc = new patterns.NetworkLoadBalancedFargateService(s, 'Tcp', {
    vpc,
    desiredCount: 2,
    cpu: 512,
    memoryLimitMiB: 1024,
    taskImageOptions: {
      image: ecs.ContainerImage.fromRegistry('redis'),
      containerPort: 6379,
      environment: { A: '1' },
    },
    listenerPort: 6379,
    domainName: 'cache.example.com',
    domainZone: zone,
    circuitBreaker: { rollback: true },
  });
  new cdk.CfnOutput(s, 'Dns', { value: svc.loadBalancer.loadBalancerDnsName });
}

{ // NlbPrivate: internal, CNAME record, a TLS certificate, no logging
  const s = new cdk.Stack(app, 'NlbPrivate');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2 });
  const cluster = new ecs.Cluster(s, 'Cluster', { vpc });
  const zone = route53.HostedZone.fromHostedZoneAttributes(s, 'Zone', { hostedZoneId: 'Z123456ABCDEFG', zoneName: 'example.com' });
  new patterns.NetworkLoadBalancedFargateService(s, 'Tls', {
    cluster,
    publicLoadBalancer: false,
    listenerCertificate: elbv2.ListenerCertificate.fromArn('arn:aws:acm:us-east-1:111111111111:certificate/abc'),
    recordType: patterns.NetworkLoadBalancedServiceRecordType.CNAME,
    domainName: 'tls.example.com',
    domainZone: zone,
    taskImageOptions: { image: ecs.ContainerImage.fromRegistry('nginx'), enableLogging: false, containerName: 'edge' },
  });
}

{ // MultiDefault: the multiple-target-group pattern with its default balancer and listener
  const s = new cdk.Stack(app, 'MultiDefault');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2 });
  new patterns.ApplicationMultipleTargetGroupsFargateService(s, 'Multi', {
    vpc,
    taskImageOptions: { image: ecs.ContainerImage.fromRegistry('nginx'), containerPorts: [8080, 9090] },
  });
}

{ // MultiFull: two balancers, named listeners (one HTTPS with a domain), routed target groups
  const s = new cdk.Stack(app, 'MultiFull');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2 });
  const cluster = new ecs.Cluster(s, 'Cluster', { vpc });
  const zone = route53.HostedZone.fromHostedZoneAttributes(s, 'Zone', { hostedZoneId: 'Z123456ABCDEFG', zoneName: 'example.com' });
  const svc = new patterns.ApplicationMultipleTargetGroupsFargateService(s, 'Multi', {
    cluster,
    desiredCount: 2,
    cpu: 512,
    memoryLimitMiB: 1024,
    assignPublicIp: true,
    taskImageOptions: { image: ecs.ContainerImage.fromRegistry('nginx'), containerName: 'app', enableLogging: false, environment: { MODE: 'multi' } },
    loadBalancers: [
      { name: 'lbone', domainName: 'app.example.com', domainZone: zone, listeners: [{ name: 'web', port: 80 }, { name: 'secure', protocol: elbv2.ApplicationProtocol.HTTPS, port: 443 }] },
      { name: 'lbtwo', publicLoadBalancer: false, idleTimeout: cdk.Duration.seconds(30), listeners: [{ name: 'internal', port: 8080 }] },
    ],
    targetGroups: [
      { containerPort: 80, listener: 'web' },
      { containerPort: 9000, listener: 'secure' },
      { containerPort: 9001, listener: 'secure', hostHeader: 'app.example.com', priority: 5 },
      { containerPort: 8080, listener: 'internal' },
      { containerPort: 8081, listener: 'internal', pathPattern: '/api/*', priority: 10 },
    ],
  });
  new cdk.CfnOutput(s, 'Groups', { value: String(svc.targetGroups.length) });
}

{ // NetMultiDefault and NetMulti: the network multiple-target-group pattern
  const s = new cdk.Stack(app, 'NetMultiDefault');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2 });
  new patterns.NetworkMultipleTargetGroupsFargateService(s, 'Net', {
    vpc,
    taskImageOptions: { image: ecs.ContainerImage.fromRegistry('nginx'), containerPorts: [8080] },
  });
}

{
  const s = new cdk.Stack(app, 'NetMulti');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2 });
  const cluster = new ecs.Cluster(s, 'Cluster', { vpc });
  const zone = route53.HostedZone.fromHostedZoneAttributes(s, 'Zone', { hostedZoneId: 'Z123456ABCDEFG', zoneName: 'example.com' });
  new patterns.NetworkMultipleTargetGroupsFargateService(s, 'Net', {
    cluster,
    desiredCount: 2,
    minHealthyPercent: 100,
    maxHealthyPercent: 200,
    circuitBreaker: { rollback: true },
    taskImageOptions: { image: ecs.ContainerImage.fromRegistry('nginx'), containerName: 'tcp', enableLogging: false },
    loadBalancers: [
      { name: 'nlbone', domainName: 'tcp.example.com', domainZone: zone, listeners: [{ name: 'a', port: 8000 }, { name: 'b', port: 9000 }] },
      { name: 'nlbtwo', publicLoadBalancer: false, listeners: [{ name: 'c' }] },
    ],
    targetGroups: [
      { containerPort: 8000, listener: 'a' },
      { containerPort: 9000, listener: 'b' },
      { containerPort: 7000, listener: 'c' },
    ],
  });
}

{ // QueueDefault: the queue-processing pattern with its own queues
  const s = new cdk.Stack(app, 'QueueDefault');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2 });
  new patterns.QueueProcessingFargateService(s, 'Worker', {
    vpc,
    image: ecs.ContainerImage.fromRegistry('worker'),
  });
}

{ // QueueFull: a given queue, environment after which QUEUE_NAME goes, custom steps and bounds
  const s = new cdk.Stack(app, 'QueueFull');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2 });
  const cluster = new ecs.Cluster(s, 'Cluster', { vpc });
  const queue = new sqs.Queue(s, 'Jobs', { visibilityTimeout: cdk.Duration.minutes(5) });
  const secret = new secretsmanager.Secret(s, 'Token');
  const w = new patterns.QueueProcessingFargateService(s, 'Worker', {
    cluster,
    queue,
    cpu: 1024,
    memoryLimitMiB: 2048,
    image: ecs.ContainerImage.fromRegistry('worker'),
    containerName: 'jobs',
    command: ['run', '--fast'],
    environment: { A_FIRST: '1', ZED: '2' },
    secrets: { TOKEN: ecs.Secret.fromSecretsManager(secret) },
    minScalingCapacity: 0,
    maxScalingCapacity: 10,
    scalingSteps: [{ upper: 0, change: -2 }, { lower: 10, change: 2 }],
    cooldown: cdk.Duration.seconds(120),
    disableCpuBasedScaling: true,
    enableLogging: false,
    serviceName: 'jobs',
    circuitBreaker: { rollback: true },
  });
  new cdk.CfnOutput(s, 'Bounds', { value: `${w.minCapacity}-${w.maxCapacity}` });
}

{ // Ec2: the EC2 variants on an imported cluster with EC2 capacity
  const s = new cdk.Stack(app, 'Ec2');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2 });
  const cluster = ecs.Cluster.fromClusterAttributes(s, 'Cluster', { clusterName: 'ec2-cluster', vpc, securityGroups: [], hasEc2Capacity: true });
  new patterns.ApplicationLoadBalancedEc2Service(s, 'Web', {
    cluster,
    memoryLimitMiB: 512,
    cpu: 256,
    desiredCount: 2,
    taskImageOptions: { image: ecs.ContainerImage.fromRegistry('nginx'), environment: { K: 'v' }, command: ['nginx'] },
    placementStrategies: [ecs.PlacementStrategy.spreadAcrossInstances()],
    circuitBreaker: { rollback: true },
  });
  new patterns.NetworkLoadBalancedEc2Service(s, 'Tcp', {
    cluster,
    memoryReservationMiB: 256,
    taskImageOptions: { image: ecs.ContainerImage.fromRegistry('redis'), containerPort: 6379, enableLogging: false },
    listenerPort: 6379,
  });
  new patterns.QueueProcessingEc2Service(s, 'Worker', {
    cluster,
    memoryLimitMiB: 1024,
    image: ecs.ContainerImage.fromRegistry('worker'),
    environment: { MODE: 'ec2' },
    maxScalingCapacity: 4,
  });
}

{ // Ec2Multi: the multiple-target-group patterns on EC2
  const s = new cdk.Stack(app, 'Ec2Multi');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2 });
  const cluster = ecs.Cluster.fromClusterAttributes(s, 'Cluster', { clusterName: 'ec2-cluster', vpc, securityGroups: [], hasEc2Capacity: true });
  new patterns.ApplicationMultipleTargetGroupsEc2Service(s, 'Web', {
    cluster,
    memoryLimitMiB: 256,
    taskImageOptions: { image: ecs.ContainerImage.fromRegistry('nginx'), containerPorts: [80] },
    placementConstraints: [ecs.PlacementConstraint.distinctInstances()],
  });
  new patterns.NetworkMultipleTargetGroupsEc2Service(s, 'Net', {
    cluster,
    memoryReservationMiB: 128,
    taskImageOptions: { image: ecs.ContainerImage.fromRegistry('redis'), enableLogging: false },
    loadBalancers: [{ name: 'nlbthree', listeners: [{ name: 'r', port: 6379 }] }],
    targetGroups: [{ containerPort: 6379, listener: 'r' }],
  });
}

{ // CloudMap: every load-balanced Fargate pattern registered in Cloud Map (the cluster's default namespace, a given one)
  const s = new cdk.Stack(app, 'CloudMap');
  const sd = require('aws-cdk-lib/aws-servicediscovery');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2 });
  const cluster = new ecs.Cluster(s, 'Cluster', { vpc, defaultCloudMapNamespace: { name: 'local' } });
  const image = ecs.ContainerImage.fromRegistry('nginx');
  new patterns.ApplicationLoadBalancedFargateService(s, 'Web', { cluster, taskImageOptions: { image }, cloudMapOptions: { name: 'web' } });
  new patterns.NetworkLoadBalancedFargateService(s, 'Tcp', { cluster, taskImageOptions: { image }, cloudMapOptions: { name: 'tcp', dnsTtl: cdk.Duration.seconds(30) } });
  new patterns.ApplicationMultipleTargetGroupsFargateService(s, 'Multi', { cluster, taskImageOptions: { image }, cloudMapOptions: { name: 'multi', failureThreshold: 2 } });
  const ns = new sd.PrivateDnsNamespace(s, 'Ns', { name: 'other.internal', vpc });
  new patterns.NetworkMultipleTargetGroupsFargateService(s, 'NetMulti', { cluster, taskImageOptions: { image }, cloudMapOptions: { cloudMapNamespace: ns, name: 'netmulti' } });
}

{ // CloudMapEc2: the EC2 patterns (bridge networking) registered with SRV records in a given namespace
  const s = new cdk.Stack(app, 'CloudMapEc2');
  const sd = require('aws-cdk-lib/aws-servicediscovery');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2 });
  const cluster = ecs.Cluster.fromClusterAttributes(s, 'Cluster', { clusterName: 'ec2-cluster', vpc, securityGroups: [], hasEc2Capacity: true });
  const ns = new sd.PrivateDnsNamespace(s, 'Ns', { name: 'ec2.internal', vpc });
  const image = ecs.ContainerImage.fromRegistry('nginx');
  const srv = (name) => ({ cloudMapNamespace: ns, name, dnsRecordType: sd.DnsRecordType.SRV });
  new patterns.ApplicationLoadBalancedEc2Service(s, 'Web', { cluster, memoryLimitMiB: 256, taskImageOptions: { image }, cloudMapOptions: srv('web') });
  new patterns.NetworkLoadBalancedEc2Service(s, 'Tcp', { cluster, memoryLimitMiB: 256, taskImageOptions: { image }, cloudMapOptions: srv('tcp') });
  new patterns.ApplicationMultipleTargetGroupsEc2Service(s, 'Multi', { cluster, memoryLimitMiB: 256, taskImageOptions: { image }, cloudMapOptions: srv('multi') });
  new patterns.NetworkMultipleTargetGroupsEc2Service(s, 'NetMulti', { cluster, memoryLimitMiB: 256, taskImageOptions: { image }, cloudMapOptions: srv('netmulti') });
}

{ // Scheduled: Fargate and EC2 tasks on schedules, and an EcsTask target with overrides
  const s = new cdk.Stack(app, 'Scheduled');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2 });
  const cluster = new ecs.Cluster(s, 'Cluster', { vpc });
  const job = new patterns.ScheduledFargateTask(s, 'Nightly', {
    cluster,
    schedule: appscaling.Schedule.expression('cron(0 3 * * ? *)'),
    desiredTaskCount: 2,
    ruleName: 'nightly-job',
    subnetSelection: { subnetType: ec2.SubnetType.PUBLIC },
    platformVersion: ecs.FargatePlatformVersion.VERSION1_4,
    propagateTags: ecs.PropagatedTagSource.TASK_DEFINITION,
    tags: [{ key: 'team', value: 'data' }],
    scheduledFargateTaskImageOptions: {
      image: ecs.ContainerImage.fromRegistry('job'),
      command: ['run'],
      environment: { STAGE: 'prod' },
      memoryLimitMiB: 1024,
    },
  });
  new cdk.CfnOutput(s, 'Rule', { value: job.eventRule.ruleName });
  const ec2Cluster = ecs.Cluster.fromClusterAttributes(s, 'Ec2Cluster', { clusterName: 'ec2-cluster', vpc, securityGroups: [], hasEc2Capacity: true });
  new patterns.ScheduledEc2Task(s, 'Hourly', {
    cluster: ec2Cluster,
    schedule: appscaling.Schedule.rate(cdk.Duration.hours(1)),
    enabled: false,
    scheduledEc2TaskImageOptions: { image: ecs.ContainerImage.fromRegistry('cron'), memoryLimitMiB: 256 },
  });
  const td = new ecs.FargateTaskDefinition(s, 'Td');
  td.addContainer('main', { image: ecs.ContainerImage.fromRegistry('main') });
  const role = new iam.Role(s, 'OverrideRole', { assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com') });
  const dlq = new sqs.Queue(s, 'Dlq');
  const rule = new events.Rule(s, 'Manual', { schedule: events.Schedule.rate(cdk.Duration.minutes(30)) });
  rule.addTarget(new targets.EcsTask({
    cluster,
    taskDefinition: td,
    containerOverrides: [{ containerName: 'main', command: ['go'], environment: [{ name: 'X', value: '1' }], memoryLimit: 256 }],
    cpu: '512',
    memory: '1024',
    taskRole: role,
    ephemeralStorage: { sizeInGiB: 30 },
    retryAttempts: 2,
    deadLetterQueue: dlq,
    enableExecuteCommand: true,
  }));
}

{ // Yocto*: the course app's four stacks passing resources through props
  const dns = new cdk.Stack(app, 'YoctoDns');
  const zone = new route53.PublicHostedZone(dns, 'Zone', { zoneName: 'yocto.example.com' });
  const cert = new acm.Certificate(dns, 'Cert', {
    domainName: 'yocto.example.com', subjectAlternativeNames: ['*.yocto.example.com'], validation: acm.CertificateValidation.fromDns(zone),
  });
  const network = new cdk.Stack(app, 'YoctoNetwork');
  const vpc = new ec2.Vpc(network, 'Vpc', { maxAzs: 2, natGateways: 1 });
  const cluster = new ecs.Cluster(network, 'Cluster', { vpc });
  const data = new cdk.Stack(app, 'YoctoData');
  const dbSg = new ec2.SecurityGroup(data, 'DbSg', { vpc, description: 'database' });
  const dbSecret = new secretsmanager.Secret(data, 'DbSecret', {
    generateSecretString: { secretStringTemplate: JSON.stringify({ username: 'yocto' }), generateStringKey: 'password', excludePunctuation: true },
  });
  const compute = new cdk.Stack(app, 'YoctoCompute');
  const jwt = new secretsmanager.Secret(compute, 'JwtSecret');
  const svc = new patterns.ApplicationLoadBalancedFargateService(compute, 'Api', {
    cluster,
    cpu: 256,
    memoryLimitMiB: 512,
    taskImageOptions: {
      image: ecs.ContainerImage.fromRegistry('ghcr.io/yoctogram/api:latest'),
      containerPort: 80,
      environment: { PRODUCTION: 'true' },
      secrets: {
        JWT_SECRET: ecs.Secret.fromSecretsManager(jwt),
        POSTGRES_PASSWORD: ecs.Secret.fromSecretsManager(dbSecret, 'password'),
        POSTGRES_USER: ecs.Secret.fromSecretsManager(dbSecret, 'username'),
      },
    },
    certificate: cert,
    domainName: 'api.yocto.example.com',
    domainZone: zone,
    protocol: elbv2.ApplicationProtocol.HTTPS,
    redirectHTTP: true,
    circuitBreaker: { rollback: true },
  });
  svc.targetGroup.configureHealthCheck({ path: '/api/v1/health' });
  svc.service.autoScaleTaskCount({ maxCapacity: 4 }).scaleOnCpuUtilization('Cpu', { targetUtilizationPercent: 60 });
  svc.service.connections.allowTo(dbSg, ec2.Port.tcp(5432), 'to the database');
}

{ // Kitchen: the pass-through props of the ALB Fargate pattern, on a given load balancer
  const s = new cdk.Stack(app, 'Kitchen');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2 });
  const cluster = new ecs.Cluster(s, 'Cluster', { vpc, enableFargateCapacityProviders: true });
  const lb = new elbv2.ApplicationLoadBalancer(s, 'SharedLb', { vpc, internetFacing: true });
  const sg = new ec2.SecurityGroup(s, 'TaskSg', { vpc });
  const svc = new patterns.ApplicationLoadBalancedFargateService(s, 'Svc', {
    cluster,
    loadBalancer: lb,
    listenerPort: 8080,
    targetProtocol: elbv2.ApplicationProtocol.HTTP,
    protocolVersion: elbv2.ApplicationProtocolVersion.HTTP1,
    recordType: patterns.ApplicationLoadBalancedServiceRecordType.NONE,
    cpu: 1024,
    memoryLimitMiB: 3072,
    ephemeralStorageGiB: 40,
    runtimePlatform: { cpuArchitecture: ecs.CpuArchitecture.ARM64, operatingSystemFamily: ecs.OperatingSystemFamily.LINUX },
    platformVersion: ecs.FargatePlatformVersion.LATEST,
    enableExecuteCommand: true,
    enableECSManagedTags: true,
    propagateTags: ecs.PropagatedTagSource.SERVICE,
    securityGroups: [sg],
    assignPublicIp: true,
    taskSubnets: { subnetType: ec2.SubnetType.PUBLIC },
    capacityProviderStrategies: [{ capacityProvider: 'FARGATE_SPOT', weight: 2 }, { capacityProvider: 'FARGATE', weight: 1, base: 1 }],
    healthCheck: { command: ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'], interval: cdk.Duration.seconds(30) },
    containerCpu: 512,
    containerMemoryLimitMiB: 1024,
    taskImageOptions: {
      image: ecs.ContainerImage.fromRegistry('app'),
      containerPort: 3000,
      entryPoint: ['/bin/sh', '-c'],
      logDriver: ecs.LogDrivers.awsLogs({ streamPrefix: 'app' }),
    },
  });
  new cdk.CfnOutput(s, 'Public', { value: String(svc.assignPublicIp) });
}

// Bad input: aws-cdk-lib throws; the message and construct path are the expectation.
const img = { image: ecs.ContainerImage.fromRegistry('nginx') };
const zoneOf = (s) => route53.HostedZone.fromHostedZoneAttributes(s, 'Zone', { hostedZoneId: 'Z1', zoneName: 'example.com' });
const certOf = (s) => acm.Certificate.fromCertificateArn(s, 'Cert', 'arn:aws:acm:us-east-1:111111111111:certificate/abc');
const errors = {
  CloudMapNoNamespace: (s) => new patterns.ApplicationLoadBalancedFargateService(s, 'Svc', { taskImageOptions: img, cloudMapOptions: { name: 'x' } }),
  VpcAndCluster: (s) => {
    const vpc = new ec2.Vpc(s, 'Vpc');
    new patterns.ApplicationLoadBalancedFargateService(s, 'Svc', { vpc, cluster: new ecs.Cluster(s, 'C', { vpc }), taskImageOptions: img });
  },
  DesiredCountZero: (s) => new patterns.ApplicationLoadBalancedFargateService(s, 'Svc', { desiredCount: 0, taskImageOptions: img }),
  IdleTimeout: (s) => new patterns.ApplicationLoadBalancedFargateService(s, 'Svc', { idleTimeout: cdk.Duration.seconds(5000), taskImageOptions: img }),
  CertificateWithHttp: (s) => new patterns.ApplicationLoadBalancedFargateService(s, 'Svc', {
    certificate: certOf(s), protocol: elbv2.ApplicationProtocol.HTTP, taskImageOptions: img,
  }),
  RedirectWithHttp: (s) => new patterns.ApplicationLoadBalancedFargateService(s, 'Svc', { redirectHTTP: true, taskImageOptions: img }),
  HttpsWithoutDomain: (s) => new patterns.ApplicationLoadBalancedFargateService(s, 'Svc', { protocol: elbv2.ApplicationProtocol.HTTPS, taskImageOptions: img }),
  DomainWithoutZone: (s) => new patterns.ApplicationLoadBalancedFargateService(s, 'Svc', { domainName: 'api.example.com', taskImageOptions: img }),
  NoImage: (s) => new patterns.ApplicationLoadBalancedFargateService(s, 'Svc', {}),
  HealthyPercent: (s) => new patterns.ApplicationLoadBalancedFargateService(s, 'Svc', { minHealthyPercent: 100, maxHealthyPercent: 100, taskImageOptions: img }),
  NegativeHealthyPercent: (s) => new patterns.ApplicationLoadBalancedFargateService(s, 'Svc', { minHealthyPercent: -1, taskImageOptions: img }),
  ContainerCpu: (s) => new patterns.ApplicationLoadBalancedFargateService(s, 'Svc', { cpu: 256, containerCpu: 512, taskImageOptions: img }),
  ContainerMemory: (s) => new patterns.ApplicationLoadBalancedFargateService(s, 'Svc', { memoryLimitMiB: 512, containerMemoryLimitMiB: 1024, taskImageOptions: img }),
  NlbDomainWithoutZone: (s) => new patterns.NetworkLoadBalancedFargateService(s, 'Svc', { domainName: 'x.example.com', taskImageOptions: img }),
  NlbDesiredCountZero: (s) => new patterns.NetworkLoadBalancedFargateService(s, 'Svc', { desiredCount: 0, taskImageOptions: img }),
  NlbNoImage: (s) => new patterns.NetworkLoadBalancedFargateService(s, 'Svc', {}),
  MultiNoListeners: (s) => new patterns.ApplicationMultipleTargetGroupsFargateService(s, 'Svc', { loadBalancers: [{ name: 'lb', listeners: [] }], taskImageOptions: img }),
  MultiNoBalancers: (s) => new patterns.ApplicationMultipleTargetGroupsFargateService(s, 'Svc', { loadBalancers: [], taskImageOptions: img }),
  MultiUnknownListener: (s) => new patterns.ApplicationMultipleTargetGroupsFargateService(s, 'Svc', {
    loadBalancers: [{ name: 'lb', listeners: [{ name: 'web' }] }], targetGroups: [{ containerPort: 80, listener: 'other' }], taskImageOptions: img,
  }),
  MultiHttpsWithoutDomain: (s) => new patterns.ApplicationMultipleTargetGroupsFargateService(s, 'Svc', {
    loadBalancers: [{ name: 'lb', listeners: [{ name: 'tls', protocol: elbv2.ApplicationProtocol.HTTPS }] }], taskImageOptions: img,
  }),
  MultiBothTaskDefAndImage: (s) => new patterns.ApplicationMultipleTargetGroupsFargateService(s, 'Svc', {
    taskDefinition: new ecs.FargateTaskDefinition(s, 'Td'), taskImageOptions: img,
  }),
  NetMultiUnknownListener: (s) => new patterns.NetworkMultipleTargetGroupsFargateService(s, 'Svc', {
    loadBalancers: [{ name: 'lb', listeners: [{ name: 'a' }] }], targetGroups: [{ containerPort: 80, listener: 'z' }], taskImageOptions: img,
  }),
  NetMultiDomainWithoutZone: (s) => new patterns.NetworkMultipleTargetGroupsFargateService(s, 'Svc', {
    loadBalancers: [{ name: 'lb', domainName: 'x.example.com', listeners: [{ name: 'a' }] }], taskImageOptions: img,
  }),
  QueueWithQueueProps: (s) => new patterns.QueueProcessingFargateService(s, 'Svc', {
    queue: new sqs.Queue(s, 'Q'), retentionPeriod: cdk.Duration.days(1), maxReceiveCount: 5, image: ecs.ContainerImage.fromRegistry('nginx'),
  }),
  QueueNoImage: (s) => new patterns.QueueProcessingFargateService(s, 'Svc', {}),
  QueueBothTaskDefAndImage: (s) => new patterns.QueueProcessingFargateService(s, 'Svc', {
    taskDefinition: new ecs.FargateTaskDefinition(s, 'Td'), image: ecs.ContainerImage.fromRegistry('nginx'),
  }),
  QueueCooldown: (s) => new patterns.QueueProcessingFargateService(s, 'Svc', { cooldown: cdk.Duration.seconds(1000000000), image: ecs.ContainerImage.fromRegistry('nginx') }),
  Ec2BothTaskDefAndImage: (s) => new patterns.ApplicationLoadBalancedEc2Service(s, 'Svc', { taskDefinition: new ecs.Ec2TaskDefinition(s, 'Td'), taskImageOptions: img }),
  Ec2QueueNoImage: (s) => new patterns.QueueProcessingEc2Service(s, 'Svc', {}),
  ScheduledBothOptions: (s) => new patterns.ScheduledFargateTask(s, 'Svc', {
    schedule: appscaling.Schedule.rate(cdk.Duration.hours(1)),
    scheduledFargateTaskImageOptions: img,
    scheduledFargateTaskDefinitionOptions: { taskDefinition: new ecs.FargateTaskDefinition(s, 'Td') },
  }),
  ScheduledNoImage: (s) => new patterns.ScheduledFargateTask(s, 'Svc', { schedule: appscaling.Schedule.rate(cdk.Duration.hours(1)) }),
  ScheduledDesiredZero: (s) => new patterns.ScheduledFargateTask(s, 'Svc', {
    schedule: appscaling.Schedule.rate(cdk.Duration.hours(1)), desiredTaskCount: 0, scheduledFargateTaskImageOptions: img,
  }),
  EcsTaskPublicIpPrivate: (s) => {
    const td = new ecs.FargateTaskDefinition(s, 'Td');
    td.addContainer('c', { image: ecs.ContainerImage.fromRegistry('c') });
    new events.Rule(s, 'R', { schedule: events.Schedule.rate(cdk.Duration.hours(1)) })
      .addTarget(new targets.EcsTask({ cluster: new ecs.Cluster(s, 'C'), taskDefinition: td, assignPublicIp: true }));
  },
  EcsTaskPropagateService: (s) => {
    const td = new ecs.FargateTaskDefinition(s, 'Td');
    new targets.EcsTask({ cluster: new ecs.Cluster(s, 'C'), taskDefinition: td, propagateTags: ecs.PropagatedTagSource.SERVICE });
  },
  EcsTaskEphemeralSize: (s) => {
    const td = new ecs.FargateTaskDefinition(s, 'Td');
    td.addContainer('c', { image: ecs.ContainerImage.fromRegistry('c') });
    new events.Rule(s, 'R', { schedule: events.Schedule.rate(cdk.Duration.hours(1)) })
      .addTarget(new targets.EcsTask({ cluster: new ecs.Cluster(s, 'C'), taskDefinition: td, ephemeralStorage: { sizeInGiB: 10 } }));
  },
  ImportedLbAccess: (s) => {
    const vpc = new ec2.Vpc(s, 'Vpc');
    const lb = elbv2.ApplicationLoadBalancer.fromApplicationLoadBalancerAttributes(s, 'Lb', {
      loadBalancerArn: 'arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/app/my-lb/50dc6c495c0c9188',
      securityGroupId: 'sg-12345678', loadBalancerDnsName: 'my-lb-1234.us-east-1.elb.amazonaws.com', vpc,
    });
    const svc = new patterns.ApplicationLoadBalancedFargateService(s, 'Svc', { vpc, loadBalancer: lb, taskImageOptions: img });
    return svc.loadBalancer;
  },
};
void zoneOf;
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
console.log(JSON.stringify(out, null, 2));
app.synth();
