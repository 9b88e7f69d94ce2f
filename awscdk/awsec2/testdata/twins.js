// aws-cdk-lib 2.276.0 twins of the Go cases in *_test.go. Each stack is
// one template case; each entry of `errors` one bad-input case, whose
// message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const ec2 = require('aws-cdk-lib/aws-ec2');
const iam = require('aws-cdk-lib/aws-iam');
const logs = require('aws-cdk-lib/aws-logs');
const s3 = require('aws-cdk-lib/aws-s3');
const app = new cdk.App();

const AZS6 = ['us-east-1a', 'us-east-1b', 'us-east-1c', 'us-east-1d', 'us-east-1e', 'us-east-1f'];
const out = (s, id, v) => new cdk.CfnOutput(s, id, { value: v });
const joined = (xs) => cdk.Fn.join(',', xs);

{ // Default: the VPC everyone starts with
  const s = new cdk.Stack(app, 'Default');
  new ec2.Vpc(s, 'Vpc');
}

{ // Tiers: every subnet type with /24 masks over three explicit zones, one NAT
  const s = new cdk.Stack(app, 'Tiers');
  const vpc = new ec2.Vpc(s, 'Vpc', {
    ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/16'),
    availabilityZones: ['us-east-1a', 'us-east-1b', 'us-east-1c'],
    natGateways: 1,
    subnetConfiguration: [
      { name: 'public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },
      { name: 'app', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 24 },
      { name: 'data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 },
    ],
  });
  out(s, 'Private', joined(vpc.selectSubnets().subnetIds));
  out(s, 'Isolated', joined(vpc.selectSubnets({ subnetType: ec2.SubnetType.PRIVATE_ISOLATED }).subnetIds));
  out(s, 'ByName', joined(vpc.selectSubnets({ subnetGroupName: 'public' }).subnetIds));
  out(s, 'Azs', joined(vpc.selectSubnets({ subnetGroupName: 'app', availabilityZones: ['us-east-1b'] }).availabilityZones));
  out(s, 'OnePerAz', joined(vpc.selectSubnets({ subnetType: ec2.SubnetType.PUBLIC, onePerAz: true }).subnetIds));
  out(s, 'Filters', joined(vpc.selectSubnets({ subnetFilters: [ec2.SubnetFilter.byCidrRanges(['10.0.3.0/23']), ec2.SubnetFilter.containsIpAddresses(['10.0.4.7'])] }).subnetIds));
  out(s, 'HasPublic', String(vpc.selectSubnets({ subnetType: ec2.SubnetType.PUBLIC }).hasPublic));
  out(s, 'Arn', vpc.vpcArn);
  out(s, 'Cidr', vpc.vpcCidrBlock);
}

{ // ManyAzs: six zones, default subnets, two NAT gateways
  const s = new cdk.Stack(app, 'ManyAzs');
  new ec2.Vpc(s, 'Vpc', { availabilityZones: AZS6, natGateways: 2 });
}

{ // Reserved: a reserved group, a reserved zone, uneven masks
  const s = new cdk.Stack(app, 'Reserved');
  new ec2.Vpc(s, 'Vpc', {
    ipAddresses: ec2.IpAddresses.cidr('10.20.0.0/16'),
    maxAzs: 2,
    reservedAzs: 1,
    subnetConfiguration: [
      { name: 'Ingress', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 26 },
      { name: 'Spare', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 20, reserved: true },
      { name: 'Application', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      { name: 'Database', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 28 },
    ],
  });
}

{ // Options: deprecated cidr, DNS, tenancy, name, no IGW on isolated-only, no restriction
  const s = new cdk.Stack(app, 'Options');
  new ec2.Vpc(s, 'Legacy', { cidr: '192.168.0.0/20', maxAzs: 1, vpcName: 'legacy', defaultInstanceTenancy: ec2.DefaultInstanceTenancy.DEDICATED, enableDnsHostnames: false, restrictDefaultSecurityGroup: false });
  new ec2.Vpc(s, 'Isolated', { natGateways: 0, subnetConfiguration: [{ name: 'only', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
  new ec2.Vpc(s, 'NoNat', { natGateways: 0 });
  new ec2.Vpc(s, 'Egress', { natGateways: 0, subnetConfiguration: [{ name: 'pub', subnetType: ec2.SubnetType.PUBLIC, mapPublicIpOnLaunch: false }, { name: 'priv', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }] });
  new ec2.Vpc(s, 'NoIgw', { createInternetGateway: false, natGateways: 0, maxAzs: 1 });
  new ec2.Vpc(s, 'Unaligned', { ipAddresses: ec2.IpAddresses.cidr('10.1.2.3/22'), maxAzs: 1, subnetConfiguration: [{ name: 'a', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 27 }, { name: 'b', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 }, { name: 'c', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
}

{ // Nat: NAT gateways in a chosen group with given EIPs
  const s = new cdk.Stack(app, 'Nat');
  new ec2.Vpc(s, 'Vpc', {
    natGatewayProvider: ec2.NatProvider.gateway({ eipAllocationIds: ['eipalloc-1', 'eipalloc-2'] }),
    natGatewaySubnets: { subnetGroupName: 'Edge' },
    subnetConfiguration: [
      { name: 'Edge', subnetType: ec2.SubnetType.PUBLIC },
      { name: 'Other', subnetType: ec2.SubnetType.PUBLIC },
      { name: 'App', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
    ],
  });
}

{ // SecurityGroups: inline rules, separate rules, imports, connections
  const s = new cdk.Stack(app, 'SecurityGroups');
  const vpc = new ec2.Vpc(s, 'Vpc', { natGateways: 0, maxAzs: 1 });
  const web = new ec2.SecurityGroup(s, 'Web', { vpc, description: 'web tier', securityGroupName: 'web' });
  web.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.HTTPS, 'https from anywhere');
  web.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.HTTPS, 'duplicate is dropped');
  web.addIngressRule(ec2.Peer.anyIpv6(), ec2.Port.tcp(80));
  web.addIngressRule(ec2.Peer.ipv4('10.1.0.0/16'), ec2.Port.tcpRange(8000, 8100));
  web.addIngressRule(ec2.Peer.ipv4('10.2.0.0/16'), ec2.Port.udpRange(5000, 5010));
  web.addIngressRule(ec2.Peer.prefixList('pl-12345678'), ec2.Port.SSH);
  web.addIngressRule(ec2.Peer.securityGroupId('sg-0123456789abcdef0', '123456789012'), ec2.Port.allTcp());
  web.addIngressRule(ec2.Peer.ipv4('10.3.0.0/16'), ec2.Port.icmpPing());
  web.addIngressRule(ec2.Peer.ipv4('10.4.0.0/16'), ec2.Port.allIcmp());
  web.addIngressRule(ec2.Peer.ipv4('10.5.0.0/16'), ec2.Port.icmpTypeAndCode(3, 4));
  web.addIngressRule(ec2.Peer.ipv4('10.6.0.0/16'), ec2.Port.allUdp());
  web.addIngressRule(ec2.Peer.ipv4('10.7.0.0/16'), ec2.Port.esp());
  web.addIngressRule(ec2.Peer.ipv4('10.8.0.0/16'), ec2.Port.ah());
  web.addIngressRule(ec2.Peer.anyIpv6(), ec2.Port.allIcmpV6());
  web.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(25)); // ignored: allowAllOutbound
  const app1 = new ec2.SecurityGroup(s, 'App', { vpc, allowAllOutbound: false });
  app1.addEgressRule(ec2.Peer.ipv4('10.0.0.0/8'), ec2.Port.HTTPS);
  app1.addEgressRule(ec2.Peer.prefixList('pl-87654321'), ec2.Port.HTTPS, 'to S3');
  app1.connections.allowFrom(web, ec2.Port.tcp(8080), 'web to app');
  const db = new ec2.SecurityGroup(s, 'Db', { vpc, allowAllOutbound: false, allowAllIpv6Outbound: true, disableInlineRules: true });
  db.connections.allowFrom(app1, ec2.Port.POSTGRES);
  db.addIngressRule(ec2.Peer.ipv4('10.9.0.0/16'), ec2.Port.MYSQL_AURORA);
  db.addEgressRule(ec2.Peer.ipv4('10.10.0.0/16'), ec2.Port.tcp(443));
  const cache = new ec2.SecurityGroup(s, 'Cache', { vpc, allowAllOutbound: false });
  cache.connections.allowInternally(ec2.Port.tcp(6379), 'cluster');
  const conns = new ec2.Connections({ securityGroups: [cache], defaultPort: ec2.Port.tcp(6379) });
  conns.allowDefaultPortFrom(app1);
  conns.allowDefaultPortFromAnyIpv4('any');
  conns.allowToAnyIpv4(ec2.Port.tcp(123));
  const lateConns = new ec2.Connections({ defaultPort: ec2.Port.tcp(9000) });
  lateConns.allowDefaultPortFrom(ec2.Peer.ipv4('10.11.0.0/16'));
  lateConns.addSecurityGroup(new ec2.SecurityGroup(s, 'Late', { vpc }));
  app1.connections.allowToDefaultPort(conns);
  const mutable = ec2.SecurityGroup.fromSecurityGroupId(s, 'Imported', 'sg-11111111');
  mutable.addIngressRule(ec2.Peer.ipv4('10.12.0.0/16'), ec2.Port.tcp(22));
  mutable.addEgressRule(ec2.Peer.ipv4('10.12.0.0/16'), ec2.Port.tcp(22)); // ignored
  const strict = ec2.SecurityGroup.fromSecurityGroupId(s, 'ImportedStrict', 'sg-22222222', { allowAllOutbound: false });
  strict.addEgressRule(ec2.Peer.ipv4('10.13.0.0/16'), ec2.Port.tcp(22));
  const frozen = ec2.SecurityGroup.fromSecurityGroupId(s, 'ImportedFrozen', 'sg-33333333', { mutable: false });
  frozen.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22));
  web.connections.allowTo(mutable, ec2.Port.tcp(3000));
  out(s, 'WebId', web.securityGroupId);
  out(s, 'WebVpc', web.securityGroupVpcId);
  out(s, 'Unique', web.uniqueId);
}

{ // Endpoints: gateway and interface endpoints, flow logs, an imported VPC
  const s = new cdk.Stack(app, 'Endpoints');
  const vpc = new ec2.Vpc(s, 'Vpc', {
    maxAzs: 2,
    natGateways: 1,
    gatewayEndpoints: { Dynamo: { service: ec2.GatewayVpcEndpointAwsService.DYNAMODB, subnets: [{ subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }] }, S3: { service: ec2.GatewayVpcEndpointAwsService.S3 } }, // keys sorted, as jsii hands a Go map over
    flowLogs: { All: {}, Rejects: { trafficType: ec2.FlowLogTrafficType.REJECT } },
  });
  const secrets = vpc.addInterfaceEndpoint('Secrets', { service: ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER });
  secrets.addToPolicy(new iam.PolicyStatement({ actions: ['secretsmanager:GetSecretValue'], resources: ['*'], principals: [new iam.AnyPrincipal()] }));
  vpc.addInterfaceEndpoint('Ecr', { service: ec2.InterfaceVpcEndpointAwsService.ECR_DOCKER, open: false, privateDnsEnabled: false, subnets: { subnetType: ec2.SubnetType.PUBLIC } });
  new ec2.InterfaceVpcEndpoint(s, 'Custom', { vpc, service: new ec2.InterfaceVpcEndpointService('com.amazonaws.vpce.us-east-1.vpce-svc-123', 8443), securityGroups: [new ec2.SecurityGroup(s, 'EpSg', { vpc })] });
  vpc.addInterfaceEndpoint('Keyspaces', { service: ec2.InterfaceVpcEndpointAwsService.KEYSPACES });
  vpc.addInterfaceEndpoint('Iam', { service: ec2.InterfaceVpcEndpointAwsService.IAM });
  const group = new logs.LogGroup(s, 'FlowLogs');
  vpc.addFlowLog('ToGroup', { destination: ec2.FlowLogDestination.toCloudWatchLogs(group), maxAggregationInterval: ec2.FlowLogMaxAggregationInterval.ONE_MINUTE, logFormat: [ec2.LogFormat.SRC_ADDR, ec2.LogFormat.DST_ADDR, ec2.LogFormat.custom('${bytes}')] });
  vpc.addFlowLog('ToS3', { destination: ec2.FlowLogDestination.toS3(undefined, 'flows', { fileFormat: ec2.FlowLogFileFormat.PARQUET, hiveCompatiblePartitions: true }) });
  new ec2.FlowLog(s, 'SubnetLog', { resourceType: ec2.FlowLogResourceType.fromSubnet(vpc.privateSubnets[0]), destination: ec2.FlowLogDestination.toS3(new s3.Bucket(s, 'Logs')), flowLogName: 'subnet' });
  const imported = ec2.Vpc.fromVpcAttributes(s, 'Imported', {
    vpcId: 'vpc-0a1b2c3d', vpcCidrBlock: '10.9.0.0/16', availabilityZones: ['us-east-1a', 'us-east-1b'],
    publicSubnetIds: ['subnet-0000000a', 'subnet-0000000b'], publicSubnetRouteTableIds: ['rtb-0000000a', 'rtb-0000000b'],
    privateSubnetIds: ['subnet-000000a1', 'subnet-000000a2', 'subnet-000000b1', 'subnet-000000b2'], privateSubnetNames: ['app', 'batch'],
    privateSubnetRouteTableIds: ['rtb-000000a1', 'rtb-000000a2', 'rtb-000000b1', 'rtb-000000b2'], privateSubnetIpv4CidrBlocks: ['10.9.0.0/24', '10.9.1.0/24', '10.9.2.0/24', '10.9.3.0/24'],
  });
  imported.addGatewayEndpoint('S3', { service: ec2.GatewayVpcEndpointAwsService.S3, subnets: [{ subnetGroupName: 'batch' }] });
  new ec2.SecurityGroup(s, 'ImportedSg', { vpc: imported });
  out(s, 'Batch', joined(imported.selectSubnets({ subnetGroupName: 'batch' }).subnetIds));
  out(s, 'App', joined(imported.selectSubnets().availabilityZones));
  out(s, 'Public', joined(imported.selectSubnets({ subnetType: ec2.SubnetType.PUBLIC }).subnetIds));
  out(s, 'Arn', imported.vpcArn);
  out(s, 'Subnet', ec2.Subnet.fromSubnetAttributes(s, 'One', { subnetId: 'subnet-0000000c', availabilityZone: 'us-east-1a', routeTableId: 'rtb-0000000c' }).routeTable.routeTableId);
}

{ // Tiered security groups across stacks: ALB -> app -> db and cache
  const net = new cdk.Stack(app, 'TierNetwork');
  const vpc = new ec2.Vpc(net, 'Vpc', { maxAzs: 2 });
  const alb = new ec2.SecurityGroup(net, 'Alb', { vpc, description: 'load balancer' });
  alb.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.HTTPS);
  const appStack = new cdk.Stack(app, 'TierApp');
  const appSg = new ec2.SecurityGroup(appStack, 'App', { vpc, description: 'app' });
  appSg.connections.allowFrom(alb, ec2.Port.tcp(8080), 'from the load balancer');
  const dataStack = new cdk.Stack(app, 'TierData');
  const db = new ec2.SecurityGroup(dataStack, 'Db', { vpc, allowAllOutbound: false });
  const cache = new ec2.SecurityGroup(dataStack, 'Cache', { vpc, allowAllOutbound: false });
  db.connections.allowFrom(appSg, ec2.Port.POSTGRES, 'app to db');
  cache.connections.allowFrom(appSg, ec2.Port.tcp(6379), 'app to cache');
}

{ // LookupMissing / LookupFound: Vpc.fromLookup without and with the context value
  const env = { account: '123456789012', region: 'us-east-1' };
  const use = (s, vpc, sg) => {
    if (sg) new ec2.SecurityGroup(s, 'Sg', { vpc }); // not on the dummy VPC: its id fails validation
    out(s, 'Private', joined(vpc.selectSubnets().subnetIds));
    out(s, 'Public', joined(vpc.selectSubnets({ subnetType: ec2.SubnetType.PUBLIC }).subnetIds));
    out(s, 'Azs', joined(vpc.availabilityZones));
    out(s, 'Arn', vpc.vpcArn);
    out(s, 'Cidr', vpc.vpcCidrBlock);
  };
  const missing = new cdk.Stack(app, 'LookupMissing', { env });
  new cdk.CfnResource(missing, 'Topic', { type: 'AWS::SNS::Topic' });
  use(missing, ec2.Vpc.fromLookup(missing, 'Vpc', { isDefault: true }));
  ec2.Vpc.fromLookup(missing, 'Tagged', { vpcName: 'shared', tags: { env: 'prod', team: 'net' }, region: 'eu-west-1', returnVpnGateways: false, subnetGroupNameTag: 'tier' });
  const found = new cdk.Stack(app, 'LookupFound', { env });
  const key = cdk.ContextProvider.getKey(found, { provider: 'vpc-provider', props: { filter: { 'tag:Name': 'shared' }, returnAsymmetricSubnets: true } }).key;
  found.node.setContext(key, {
    vpcId: 'vpc-0a1b2c3d4e5f', vpcCidrBlock: '10.50.0.0/16', ownerAccountId: '123456789012',
    availabilityZones: [],
    subnetGroups: [
      { name: 'Ingress', type: 'Public', subnets: [
        { subnetId: 'subnet-0000000000000001', cidr: '10.50.0.0/24', availabilityZone: 'us-east-1b', routeTableId: 'rtb-0000000000000001' },
        { subnetId: 'subnet-0000000000000002', cidr: '10.50.1.0/24', availabilityZone: 'us-east-1a', routeTableId: 'rtb-0000000000000002' }] },
      { name: 'App', type: 'Private', subnets: [
        { subnetId: 'subnet-0000000000000003', cidr: '10.50.2.0/24', availabilityZone: 'us-east-1b', routeTableId: 'rtb-0000000000000003' },
        { subnetId: 'subnet-0000000000000004', cidr: '10.50.3.0/24', availabilityZone: 'us-east-1a', routeTableId: 'rtb-0000000000000004' }] },
    ],
  });
  use(found, ec2.Vpc.fromLookup(found, 'Vpc', { vpcName: 'shared' }), true);
}

{ // Instances: Amazon Linux images from SSM, user data, key pairs, block devices, metadata options
  const s = new cdk.Stack(app, 'Instances');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1 });
  const key = new ec2.KeyPair(s, 'Key', { type: ec2.KeyPairType.ED25519 });
  const ud = ec2.UserData.forLinux();
  ud.addCommands('dnf install -y nginx', 'systemctl enable --now nginx');
  const web = new ec2.Instance(s, 'Web', {
    vpc,
    instanceType: ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.MICRO),
    machineImage: ec2.MachineImage.latestAmazonLinux2023(),
    userData: ud,
    vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
    associatePublicIpAddress: true,
    instanceName: 'web',
    keyPair: key,
    blockDevices: [
      { deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(30, { volumeType: ec2.EbsDeviceVolumeType.GP3, encrypted: true, deleteOnTermination: true }) },
      { deviceName: '/dev/sdb', volume: ec2.BlockDeviceVolume.ephemeral(0) },
      { deviceName: '/dev/sdc', volume: ec2.BlockDeviceVolume.ebsFromSnapshot('snap-1234567890abcdef0', { volumeSize: 50, volumeType: ec2.EbsDeviceVolumeType.IO1, iops: 3000 }) },
    ],
    ssmSessionPermissions: true,
    detailedMonitoring: true,
    httpTokens: ec2.HttpTokens.REQUIRED,
    httpPutResponseHopLimit: 2,
    instanceMetadataTags: true,
    creditSpecification: ec2.CpuCredits.UNLIMITED,
    resourceSignalTimeout: cdk.Duration.minutes(10),
  });
  web.connections.allowFromAnyIpv4(ec2.Port.HTTP);
  const role = new iam.Role(s, 'AppRole', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
  const appSg = new ec2.SecurityGroup(s, 'AppSg', { vpc, allowAllOutbound: false });
  const app1 = new ec2.Instance(s, 'App', {
    vpc,
    instanceType: new ec2.InstanceType('t4g.small'),
    machineImage: new ec2.AmazonLinuxImage({ generation: ec2.AmazonLinuxGeneration.AMAZON_LINUX_2, cpuType: ec2.AmazonLinuxCpuType.ARM_64 }),
    securityGroup: appSg,
    role,
    userDataCausesReplacement: true,
    keyName: 'legacy-key',
    instanceInitiatedShutdownBehavior: ec2.InstanceInitiatedShutdownBehavior.TERMINATE,
    sourceDestCheck: false,
    ebsOptimized: true,
  });
  app1.addUserData('echo hello > /tmp/hello');
  app1.addSecurityGroup(new ec2.SecurityGroup(s, 'Extra', { vpc }));
  app1.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
  app1.connections.allowFrom(web, ec2.Port.tcp(8080));
  new ec2.Instance(s, 'Generic', {
    vpc,
    instanceType: ec2.InstanceType.of(ec2.InstanceClass.M7G, ec2.InstanceSize.LARGE),
    machineImage: ec2.MachineImage.genericLinux({ 'eu-west-1': 'ami-22222222', 'us-east-1': 'ami-11111111' }), // keys sorted, as jsii hands a Go map over
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
  });
  new ec2.Instance(s, 'Al2', { vpc, instanceType: new ec2.InstanceType('t3.nano'), machineImage: ec2.MachineImage.latestAmazonLinux2(), userData: ec2.UserData.custom('#cloud-config') });
  const winUd = ec2.UserData.forWindows({ persist: true });
  winUd.addCommands('Install-WindowsFeature Web-Server');
  new ec2.Instance(s, 'Win', { vpc, instanceType: new ec2.InstanceType('m5.large'), machineImage: ec2.MachineImage.latestWindows(ec2.WindowsVersion.WINDOWS_SERVER_2022_ENGLISH_FULL_BASE), userData: winUd });
  new ec2.Instance(s, 'WinDe', { vpc, instanceType: new ec2.InstanceType('m5.large'), machineImage: new ec2.WindowsImage(ec2.WindowsVersion.WINDOWS_SERVER_2016_GERMAL_FULL_BASE) });
  const multi = new ec2.MultipartUserData();
  const boot = ec2.UserData.forLinux();
  multi.addUserDataPart(boot, ec2.MultipartBody.SHELL_SCRIPT, true);
  multi.addPart(ec2.MultipartBody.fromRawBody({ contentType: 'text/cloud-config', body: '#cloud-config\npackages: [jq]' }));
  multi.addCommands('echo from the default part');
  new ec2.Instance(s, 'Multi', { vpc, instanceType: new ec2.InstanceType('t3.nano'), machineImage: ec2.MachineImage.latestAmazonLinux2023(), userData: multi });
  new ec2.Instance(s, 'Imds', { vpc, instanceType: new ec2.InstanceType('t3.nano'), machineImage: ec2.MachineImage.latestAmazonLinux2023(), requireImdsv2: true });
  out(s, 'WebIp', web.instancePublicIp);
  out(s, 'AppId', app1.instanceId);
  out(s, 'Types', [ec2.InstanceType.of(ec2.InstanceClass.COMPUTE7_GRAVITON3, ec2.InstanceSize.XLARGE2).toString(), String(new ec2.InstanceType('t4g.small').architecture), String(new ec2.InstanceType('t3.micro').isBurstable()), String(new ec2.InstanceType('m5.large').sameInstanceClassAs(new ec2.InstanceType('m5.xlarge')))].join(' '));
  out(s, 'KeyName', key.keyPairName);
  out(s, 'Params', [ec2.AmazonLinuxImage.ssmParameterName({ generation: ec2.AmazonLinuxGeneration.AMAZON_LINUX_2023, edition: ec2.AmazonLinuxEdition.MINIMAL }), ec2.AmazonLinux2023ImageSsmParameter.ssmParameterName({ cpuType: ec2.AmazonLinuxCpuType.ARM_64 })].join(' '));
}

{ // LaunchTemplates: a full launch template, a bare one, an import
  const s = new cdk.Stack(app, 'LaunchTemplates');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 1, natGateways: 0 });
  const sg = new ec2.SecurityGroup(s, 'Sg', { vpc });
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
  const lt = new ec2.LaunchTemplate(s, 'Template', {
    launchTemplateName: 'app',
    versionDescription: 'first',
    instanceType: new ec2.InstanceType('c7g.large'),
    machineImage: ec2.MachineImage.latestAmazonLinux2023({ cpuType: ec2.AmazonLinuxCpuType.ARM_64 }),
    role,
    securityGroup: sg,
    keyName: 'ops',
    blockDevices: [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(20, { volumeType: ec2.EbsDeviceVolumeType.GP3, throughput: 250, iops: 3000 }) }],
    cpuCredits: ec2.CpuCredits.STANDARD,
    cpuOptions: { coreCount: 1, threadsPerCore: 2 },
    detailedMonitoring: true,
    disableApiTermination: true,
    ebsOptimized: true,
    hibernationConfigured: false,
    requireImdsv2: true,
    httpPutResponseHopLimit: 2,
    instanceInitiatedShutdownBehavior: ec2.InstanceInitiatedShutdownBehavior.STOP,
    spotOptions: { requestType: ec2.SpotRequestType.ONE_TIME, interruptionBehavior: ec2.SpotInstanceInterruption.TERMINATE, maxPrice: 0.05 },
  });
  lt.userData.addCommands('echo ready');
  lt.addSecurityGroup(new ec2.SecurityGroup(s, 'Sg2', { vpc }));
  lt.connections.allowFromAnyIpv4(ec2.Port.tcp(443));
  cdk.Tags.of(lt).add('team', 'platform');
  new ec2.LaunchTemplate(s, 'Bare', { associatePublicIpAddress: true, securityGroup: sg, spotOptions: {} });
  const imported = ec2.LaunchTemplate.fromLaunchTemplateAttributes(s, 'Imported', { launchTemplateId: 'lt-0123456789abcdef0' });
  out(s, 'Id', lt.launchTemplateId);
  out(s, 'Version', lt.versionNumber);
  out(s, 'Latest', lt.latestVersionNumber);
  out(s, 'ImportedVersion', imported.versionNumber);
}

{ // NetworkAcls: an ACL with entries associated with subnets, an imported ACL
  const s = new cdk.Stack(app, 'NetworkAcls');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 0 });
  const acl = new ec2.NetworkAcl(s, 'Acl', { vpc, subnetSelection: { subnetType: ec2.SubnetType.PUBLIC }, networkAclName: 'public' });
  acl.addEntry('AllowHttps', { cidr: ec2.AclCidr.anyIpv4(), ruleNumber: 100, traffic: ec2.AclTraffic.tcpPort(443), direction: ec2.TrafficDirection.INGRESS });
  acl.addEntry('Ephemeral', { cidr: ec2.AclCidr.ipv4('10.0.0.0/16'), ruleNumber: 110, traffic: ec2.AclTraffic.tcpPortRange(1024, 65535), direction: ec2.TrafficDirection.EGRESS, ruleAction: ec2.Action.ALLOW });
  acl.addEntry('DenyPing', { cidr: ec2.AclCidr.anyIpv6(), ruleNumber: 120, traffic: ec2.AclTraffic.icmpv6({ type: 128, code: -1 }), ruleAction: ec2.Action.DENY });
  acl.addEntry('Dns', { cidr: ec2.AclCidr.ipv6('2001:db8::/32'), ruleNumber: 130, traffic: ec2.AclTraffic.udpPort(53) });
  new ec2.NetworkAclEntry(s, 'All', { networkAcl: acl, cidr: ec2.AclCidr.anyIpv4(), ruleNumber: 200, traffic: ec2.AclTraffic.allTraffic(), direction: ec2.TrafficDirection.EGRESS });
  acl.associateWithSubnet('Private', { subnetType: ec2.SubnetType.PRIVATE_ISOLATED });
  const imported = ec2.NetworkAcl.fromNetworkAclId(s, 'Imported', 'acl-12345678');
  imported.addEntry('Icmp', { cidr: ec2.AclCidr.anyIpv4(), ruleNumber: 10, traffic: ec2.AclTraffic.icmp({ type: 8, code: 0 }), udpPortRange: undefined });
  imported.addEntry('Udp', { cidr: ec2.AclCidr.anyIpv4(), ruleNumber: 11, traffic: ec2.AclTraffic.udpPortRange(1000, 2000) });
  vpc.publicSubnets[0].associateNetworkAcl('Extra', imported);
  out(s, 'AclId', acl.networkAclId);
}

{ // NatInstances: NAT on EC2 instances
  const s = new cdk.Stack(app, 'NatInstances');
  const provider = ec2.NatProvider.instanceV2({ instanceType: new ec2.InstanceType('t4g.nano'), associatePublicIpAddress: true });
  new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGatewayProvider: provider, natGateways: 1 });
  provider.connections.allowFrom(ec2.Peer.ipv4('10.0.0.0/16'), ec2.Port.tcp(22));
  const other = ec2.NatProvider.instanceV2({ instanceType: new ec2.InstanceType('t3.micro'), defaultAllowedTraffic: ec2.NatTrafficDirection.OUTBOUND_ONLY, keyName: 'nat', creditSpecification: ec2.CpuCredits.STANDARD });
  new ec2.Vpc(s, 'Other', { maxAzs: 2, natGatewayProvider: other, restrictDefaultSecurityGroup: false });
  out(s, 'Gateways', joined(other.configuredGateways.map((g) => g.gatewayId)));
  out(s, 'Instances', String(other.gatewayInstances.length));
}

{ // PlacementGroups: strategies implied by partitions and spread level
  const s = new cdk.Stack(app, 'PlacementGroups');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 1, natGateways: 0 });
  const cluster = new ec2.PlacementGroup(s, 'Cluster', { strategy: ec2.PlacementGroupStrategy.CLUSTER });
  new ec2.PlacementGroup(s, 'Partitioned', { partitions: 3 });
  new ec2.PlacementGroup(s, 'Spread', { spreadLevel: ec2.PlacementGroupSpreadLevel.RACK });
  new ec2.PlacementGroup(s, 'Default');
  const imported = ec2.PlacementGroup.fromPlacementGroupName(s, 'Imported', 'existing');
  new ec2.Instance(s, 'Hpc', { vpc, instanceType: new ec2.InstanceType('c5n.18xlarge'), machineImage: ec2.MachineImage.latestAmazonLinux2023(), placementGroup: cluster, vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC } });
  out(s, 'Name', cluster.placementGroupName);
  out(s, 'ImportedName', imported.placementGroupName);
}

{ // PrefixLists: owned and imported prefix lists as security group peers
  const s = new cdk.Stack(app, 'PrefixLists');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 1, natGateways: 0 });
  const offices = new ec2.PrefixList(s, 'Offices', { prefixListName: 'offices', entries: [{ cidr: '10.1.0.0/16', description: 'HQ' }, { cidr: '10.2.0.0/16' }] });
  const v6 = new ec2.PrefixList(s, 'V6', { addressFamily: ec2.AddressFamily.IP_V6, entries: [{ cidr: '2001:db8::/32' }], maxEntries: 10 });
  new ec2.PrefixList(s, 'Empty');
  const imported = ec2.PrefixList.fromPrefixListId(s, 'Imported', 'pl-0123456789abcdef0');
  const sg = new ec2.SecurityGroup(s, 'Sg', { vpc, allowAllOutbound: false });
  sg.addIngressRule(offices, ec2.Port.SSH);
  sg.addIngressRule(v6, ec2.Port.HTTPS);
  sg.addEgressRule(imported, ec2.Port.HTTPS);
  sg.connections.allowFrom(offices, ec2.Port.tcp(8443));
  out(s, 'OfficesId', offices.prefixListId);
  out(s, 'ImportedArn', imported.prefixListRef.prefixListArn);
}

{ // Ipam: the VPC's CIDR from an IPAM pool, subnets cut with Fn::Cidr
  const s = new cdk.Stack(app, 'Ipam');
  new ec2.Vpc(s, 'Vpc', {
    ipAddresses: ec2.IpAddresses.awsIpamAllocation({ ipv4IpamPoolId: 'ipam-pool-0123456789abcdef0', ipv4NetmaskLength: 18, defaultSubnetIpv4NetmaskLength: 24 }),
    maxAzs: 2, natGateways: 1,
    subnetConfiguration: [{ name: 'Public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 27 }, { name: 'App', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }, { name: 'Big', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 28 }],
  });
}

{ // ClientVpn: client VPN endpoints (mutual and directory authentication), rules, routes, imports
  const s = new cdk.Stack(app, 'ClientVpn');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1 });
  const ep = vpc.addClientVpnEndpoint('Endpoint', {
    cidr: '10.100.0.0/16', serverCertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/server',
    clientCertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/client', dnsServers: ['10.0.0.2'], splitTunnel: true,
    transportProtocol: ec2.TransportProtocol.TCP, port: ec2.VpnPort.OPENVPN, sessionTimeout: ec2.ClientVpnSessionTimeout.TWELVE_HOURS,
    clientLoginBanner: 'Authorized use only', description: 'Engineers', selfServicePortal: false, disconnectOnSessionTimeout: true,
  });
  ep.addAuthorizationRule('Peered', { cidr: '10.200.0.0/16', groupId: 'engineers', description: 'peered VPC' });
  ep.addRoute('ToPeered', { cidr: '10.200.0.0/16', target: ec2.ClientVpnRouteTarget.subnet(vpc.privateSubnets[0]), description: 'via the first private subnet' });
  const logGroup = new logs.LogGroup(s, 'VpnLogs');
  const stream = logGroup.addStream('Stream');
  const sg = new ec2.SecurityGroup(s, 'VpnSg', { vpc });
  const directory = new ec2.ClientVpnEndpoint(s, 'Directory', {
    vpc, cidr: '172.16.0.0/22', serverCertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/server',
    userBasedAuthentication: ec2.ClientVpnUserBasedAuthentication.activeDirectory('d-1234567890'), logGroup, logStream: stream,
    securityGroups: [sg], authorizeAllUsersToVpcCidr: false, vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
    clientRouteEnforcementOptions: { enforced: true },
  });
  directory.addRoute('Local', { cidr: '10.0.0.0/16', target: ec2.ClientVpnRouteTarget.local() });
  directory.connections.allowTo(ec2.Peer.ipv4('10.0.0.0/16'), ec2.Port.HTTPS);
  const imported = ec2.ClientVpnEndpoint.fromEndpointAttributes(s, 'Imported', { endpointId: 'cvpn-endpoint-0123456789abcdef0', securityGroups: [sg] });
  new ec2.ClientVpnAuthorizationRule(s, 'ImportedRule', { clientVpnEndpoint: imported, cidr: '10.0.0.0/8' });
  new ec2.ClientVpnEndpoint(s, 'NoLogs', { vpc, cidr: '192.168.0.0/22', serverCertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/server',
    clientCertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/client', logging: false });
  out(s, 'EndpointId', ep.endpointId);
  out(s, 'ImportedId', imported.endpointId);
}

{ // Vpn: a VPN gateway and connections from the VPC's props, added and imported connections, their metrics
  const s = new cdk.Stack(app, 'Vpn');
  const vpc = new ec2.Vpc(s, 'Vpc', {
    maxAzs: 2, natGateways: 1, vpnGatewayAsn: 64512,
    vpnConnections: { Dynamic: { ip: '1.2.3.4' }, Static: { ip: '5.6.7.8', asn: 65001, staticRoutes: ['192.168.10.0/24', '192.168.20.0/24'] } },
    vpnRoutePropagation: [{ subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }, { subnetType: ec2.SubnetType.PUBLIC }],
  });
  const tunnels = vpc.addVpnConnection('Tunnels', { ip: '9.9.9.9', tunnelOptions: [
    { preSharedKey: 'secretkey1', tunnelInsideCidr: '169.254.10.0/30' },
    { preSharedKeySecret: cdk.SecretValue.unsafePlainText('secretkey2'), tunnelInsideCidr: '169.254.11.0/30' }] });
  const imported = ec2.VpnConnection.fromVpnConnectionAttributes(s, 'Imported', { vpnId: 'vpn-1234', customerGatewayId: 'cgw-1234', customerGatewayIp: '10.1.1.1', customerGatewayAsn: 65002 });
  const second = new ec2.Vpc(s, 'Second', { maxAzs: 1, natGateways: 0, subnetConfiguration: [{ name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
  second.enableVpnGateway({ type: 'ipsec.1', amazonSideAsn: 65100, vpnRoutePropagation: [{ subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
  new ec2.VpnConnection(s, 'SecondConnection', { vpc: second, ip: '4.4.4.4' });
  tunnels.metricTunnelState().createAlarm(s, 'TunnelDown', { threshold: 1, evaluationPeriods: 3, comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD });
  ec2.VpnConnection.metricAllTunnelDataIn({ period: cdk.Duration.minutes(5) }).createAlarm(s, 'AllDataIn', { threshold: 0, evaluationPeriods: 1 });
  imported.metricTunnelDataOut({ statistic: 'Maximum' }).createAlarm(s, 'ImportedOut', { threshold: 1, evaluationPeriods: 1 });
  out(s, 'GatewayId', vpc.vpnGatewayId);
  out(s, 'VpnId', tunnels.vpnId);
  out(s, 'CustomerGateway', tunnels.customerGatewayId);
  out(s, 'ImportedRef', imported.vpnConnectionRef.vpnConnectionId);
}

{ // Bastion: SSM bastion hosts (default and ARM, public, IMDSv2, an encrypted root volume), SSH from a CIDR
  const s = new cdk.Stack(app, 'Bastion');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1 });
  const bastion = new ec2.BastionHostLinux(s, 'Bastion', { vpc });
  bastion.allowSshAccessFrom(ec2.Peer.ipv4('203.0.113.0/24'));
  const arm = new ec2.BastionHostLinux(s, 'ArmBastion', {
    vpc, instanceType: new ec2.InstanceType('t4g.micro'), instanceName: 'arm-bastion', requireImdsv2: true,
    subnetSelection: { subnetType: ec2.SubnetType.PUBLIC },
    blockDevices: [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(10, { encrypted: true }) }],
  });
  out(s, 'ArmIp', arm.instancePublicIp);
  out(s, 'Role', bastion.role.roleName);
}

{ // Init: cfn-init metadata from every element kind, config sets, restart handles, assets, Windows.
  // Object literals list their keys sorted, as jsii hands Go maps over
  const s3assets = require('aws-cdk-lib/aws-s3-assets');
  const path = require('path');
  const s = new cdk.Stack(app, 'Init');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 1, natGateways: 0, subnetConfiguration: [{ name: 'Public', subnetType: ec2.SubnetType.PUBLIC }] });
  const bucket = s3.Bucket.fromBucketName(s, 'Bucket', 'my-config-bucket');
  const existing = new s3assets.Asset(s, 'Existing', { path: path.join(__dirname, 'init-source') });
  const handle = new ec2.InitServiceRestartHandle();
  const init = ec2.CloudFormationInit.fromConfigSets({
    configSets: { default: ['base', 'app'], onlyApp: ['app'] },
    configs: {
      app: new ec2.InitConfig([
        ec2.InitPackage.yum('httpd', { serviceRestartHandles: [handle] }),
        ec2.InitSource.fromUrl('/opt/url', 'https://example.com/app.tar.gz', { serviceRestartHandles: [handle] }),
        ec2.InitSource.fromGitHub('/opt/gh', 'aws', 'aws-cdk'),
        ec2.InitSource.fromGitHub('/opt/gh2', 'aws', 'aws-cdk', 'v2'),
        ec2.InitSource.fromS3Object('/opt/s3', bucket, 'src.zip'),
        ec2.InitSource.fromExistingAsset('/opt/existing', existing),
        ec2.InitSource.fromAsset('/opt/asset', path.join(__dirname, 'init-source')),
        ec2.InitFile.fromString('/etc/app.conf', 'port=80\n', { mode: '000600', owner: 'deploy', group: 'web', serviceRestartHandles: [handle] }),
        ec2.InitFile.fromString('/etc/b64', 'aGVsbG8=', { base64Encoded: true }),
        ec2.InitFile.fromObject('/etc/app.json', { alpha: { b: true, nested: ['x', 'y'] }, ref: bucket.bucketArn, zeta: 1 }),
        ec2.InitFile.fromUrl('/etc/remote', 'https://example.com/remote'),
        ec2.InitFile.fromS3Object('/etc/s3file', bucket, 'conf/file.txt'),
        ec2.InitFile.symlink('/etc/link', '/etc/app.conf'),
        ec2.InitFile.fromFileInline('/etc/inline.json', path.join(__dirname, 'init-inline.json')),
        ec2.InitFile.fromFileInline('/etc/inline.b64', path.join(__dirname, 'init-inline.json'), { base64Encoded: true }),
        ec2.InitFile.fromAsset('/etc/asset.txt', path.join(__dirname, 'init-asset.txt'), { mode: '000400' }),
        ec2.InitFile.fromExistingAsset('/etc/existing', existing),
        ec2.InitService.systemdConfigFile('myapp', { command: '/usr/bin/myapp --serve', description: 'My app', cwd: '/opt/url', user: 'deploy', group: 'web', environmentFiles: ['/etc/myapp.env'], environmentVariables: { ALPHA: 'a', ZED: 'z' } }),
        ec2.InitService.systemdConfigFile('minimal', { command: '/bin/true', afterNetwork: false, keepRunning: false }),
        ec2.InitCommand.shellCommand('echo one', { serviceRestartHandles: [handle] }),
        ec2.InitCommand.shellCommand('echo two', { key: 'zz-two', env: { A: '1', B: '2' }, cwd: '/tmp', testCmd: 'test -f /x', ignoreErrors: true }),
        ec2.InitCommand.argvCommand(['/bin/echo', 'three']),
        ec2.InitService.enable('nginx', { serviceRestartHandle: handle }),
        ec2.InitService.enable('myapp', { serviceManager: ec2.ServiceManager.SYSTEMD, ensureRunning: false }),
        ec2.InitService.enable('quiet', { enabled: false }),
        ec2.InitService.disable('sendmail'),
      ]),
      base: new ec2.InitConfig([
        ec2.InitPackage.yum('nginx', { serviceRestartHandles: [handle] }),
        ec2.InitPackage.yum('git', { version: ['2.40', '2.41'] }),
        ec2.InitPackage.rpm('https://example.com/x.rpm'),
        ec2.InitPackage.rpm('https://example.com/y.rpm', { key: 'why' }),
        ec2.InitPackage.python('boto3', { version: ['1.28'] }),
        ec2.InitPackage.rubyGem('bundler'),
        ec2.InitPackage.apt('curl'),
        ec2.InitGroup.fromName('web'),
        ec2.InitGroup.fromName('ops', 1001),
        ec2.InitUser.fromName('deploy', { userId: 2001, groups: ['web', 'ops'], homeDir: '/home/deploy' }),
        ec2.InitUser.fromName('plain'),
      ]),
    },
  });
  init.addConfig('extra', new ec2.InitConfig([ec2.InitCommand.shellCommand('echo extra')]));
  init.addConfig('empty', new ec2.InitConfig([]));
  init.addConfigSet('withExtra', ['extra', 'empty']);
  init.addConfigSet('none');
  new ec2.Instance(s, 'Linux', {
    vpc, instanceType: new ec2.InstanceType('t3.micro'), machineImage: ec2.MachineImage.latestAmazonLinux2023(), init,
    initOptions: { configSets: ['default', 'withExtra'], timeout: cdk.Duration.minutes(10), includeUrl: true, includeRole: true, printLog: false, ignoreFailures: true },
    resourceSignalTimeout: cdk.Duration.minutes(3),
  });
  const simple = new ec2.Instance(s, 'Simple', {
    vpc, instanceType: new ec2.InstanceType('t3.micro'), machineImage: ec2.MachineImage.latestAmazonLinux2023(),
    init: ec2.CloudFormationInit.fromElements(ec2.InitCommand.shellCommand('echo simple')),
  });
  simple.addUserData('echo after');
  const win = new ec2.Instance(s, 'Windows', {
    vpc, instanceType: new ec2.InstanceType('m5.large'), machineImage: ec2.MachineImage.latestWindows(ec2.WindowsVersion.WINDOWS_SERVER_2022_ENGLISH_FULL_BASE),
    userDataCausesReplacement: false,
  });
  win.applyCloudFormationInit(ec2.CloudFormationInit.fromConfig(new ec2.InitConfig([
    ec2.InitPackage.msi('https://example.com/app.msi'),
    ec2.InitFile.fromString('C:\\app\\conf.txt', 'windows'),
    ec2.InitCommand.shellCommand('echo win', { waitAfterCompletion: ec2.InitCommandWaitDuration.forever() }),
    ec2.InitCommand.shellCommand('echo none', { waitAfterCompletion: ec2.InitCommandWaitDuration.none() }),
    ec2.InitCommand.shellCommand('echo of', { waitAfterCompletion: ec2.InitCommandWaitDuration.of(cdk.Duration.minutes(2)) }),
    ec2.InitService.enable('w3svc'),
  ])), { embedFingerprint: false });
  const res = new cdk.CfnResource(s, 'Raw', { type: 'AWS::EC2::Instance' });
  const role = new iam.Role(s, 'RawRole', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
  const rawUd = ec2.UserData.forLinux();
  ec2.CloudFormationInit.fromElements(ec2.InitGroup.fromName('g')).attach(res, { platform: ec2.OperatingSystemType.LINUX, instanceRole: role, userData: rawUd, signalResource: new cdk.CfnResource(s, 'Signal', { type: 'AWS::CloudFormation::WaitCondition' }) });
  out(s, 'RawUserData', cdk.Fn.base64(rawUd.render()));
}

{ // InitLegacy: before ec2SumTImeoutEnabled, resourceSignalTimeout replaced the init timeout
  const s = new cdk.Stack(app, 'InitLegacy');
  s.node.setContext('@aws-cdk/aws-ec2:ec2SumTImeoutEnabled', false);
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 1, natGateways: 0, subnetConfiguration: [{ name: 'Public', subnetType: ec2.SubnetType.PUBLIC }] });
  new ec2.Instance(s, 'I', {
    vpc, instanceType: new ec2.InstanceType('t3.micro'), machineImage: ec2.MachineImage.latestAmazonLinux2023(),
    init: ec2.CloudFormationInit.fromElements(ec2.InitUser.fromName('u')), initOptions: {}, resourceSignalTimeout: cdk.Duration.minutes(3),
  });
}

{ // Extras: endpoint services, EBS volumes and their grants, an instance with a given instance profile
  const kms = require('aws-cdk-lib/aws-kms');
  const s = new cdk.Stack(app, 'Extras');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 1, natGateways: 0, subnetConfiguration: [{ name: 'Public', subnetType: ec2.SubnetType.PUBLIC }] });
  const lb = { loadBalancerArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/nlb/1234' };
  const svc = new ec2.VpcEndpointService(s, 'EndpointService', {
    vpcEndpointServiceLoadBalancers: [lb], acceptanceRequired: false, contributorInsights: true,
    allowedPrincipals: [new iam.ArnPrincipal('arn:aws:iam::123456789012:root')],
    supportedIpAddressTypes: [ec2.IpAddressType.IPV4, ec2.IpAddressType.IPV6], allowedRegions: ['us-east-1', 'us-west-2'],
  });
  new ec2.VpcEndpointService(s, 'Plain', { vpcEndpointServiceLoadBalancers: [lb] });
  out(s, 'ServiceName', svc.vpcEndpointServiceName);
  out(s, 'ServiceId', svc.vpcEndpointServiceId);
  const key = new kms.Key(s, 'Key');
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
  const profile = new iam.InstanceProfile(s, 'Profile', { role });
  const inst = new ec2.Instance(s, 'Instance', { vpc, instanceType: new ec2.InstanceType('t3.micro'), machineImage: ec2.MachineImage.latestAmazonLinux2023(), instanceProfile: profile });
  const vol = new ec2.Volume(s, 'Volume', { availabilityZone: 'us-east-1a', size: cdk.Size.gibibytes(10), encrypted: true, encryptionKey: key, volumeName: 'data', removalPolicy: cdk.RemovalPolicy.RETAIN, autoEnableIo: true });
  new ec2.Volume(s, 'FromSnapshot', { availabilityZone: 'us-east-1a', snapshotId: 'snap-1234abcd', volumeType: ec2.EbsDeviceVolumeType.IO2, iops: 1000, enableMultiAttach: true, encrypted: true, encryptionKey: key, volumeInitializationRate: cdk.Size.mebibytes(200) });
  new ec2.Volume(s, 'Gp3', { availabilityZone: 'us-east-1a', size: cdk.Size.gibibytes(100), volumeType: ec2.EbsDeviceVolumeType.GP3, iops: 4000, throughput: 250 });
  const other = new iam.Role(s, 'Other', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
  vol.grantAttachVolume(other, [inst]);
  vol.grantDetachVolume(role);
  vol.grantAttachVolumeByResourceTag(inst.grantPrincipal, [inst]);
  const imported = ec2.Volume.fromVolumeAttributes(s, 'Imported', { volumeId: 'vol-0123abcd', availabilityZone: 'us-east-1a' });
  imported.grantDetachVolumeByResourceTag(other, [inst], 'Mine');
  imported.grantAttachVolume(other);
  out(s, 'VolumeId', vol.volumeId);
  out(s, 'ImportedId', imported.volumeId);
}

{ // NatV1: NAT-AMI instances (the AMI from context), NatGatewayProvider, more images, the launch template IMDSv2 aspect, key pair private key
  const s = new cdk.Stack(app, 'NatV1', { env: { account: '123456789012', region: 'us-east-1' } });
  s.node.setContext('ami:account=123456789012:filters.image-type.0=machine:filters.name.0=amzn-ami-vpc-nat-*:filters.state.0=available:owners.0=amazon:region=us-east-1', 'ami-0123456789abcdef0');
  s.node.setContext('availability-zones:account=123456789012:region=us-east-1', ['us-east-1a', 'us-east-1b', 'us-east-1c']);
  const provider = ec2.NatProvider.instance({ instanceType: new ec2.InstanceType('t3.micro') });
  new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGatewayProvider: provider });
  provider.connections.allowFrom(ec2.Peer.ipv4('10.0.0.0/16'), ec2.Port.tcp(22));
  out(s, 'Gateways', joined(provider.configuredGateways.map((g) => g.gatewayId)));
  out(s, 'NatSg', provider.securityGroup.securityGroupId);
  const other = new ec2.NatInstanceProvider({ instanceType: new ec2.InstanceType('t3.nano'), machineImage: new ec2.GenericLinuxImage({ 'us-east-1': 'ami-11112222333344445' }), defaultAllowedTraffic: ec2.NatTrafficDirection.OUTBOUND_ONLY, keyName: 'k' });
  new ec2.Vpc(s, 'Other', { maxAzs: 1, natGatewayProvider: other, restrictDefaultSecurityGroup: false });
  new ec2.Vpc(s, 'Gw', { maxAzs: 1, natGatewayProvider: new ec2.NatGatewayProvider({ eipAllocationIds: ['eipalloc-1'] }), restrictDefaultSecurityGroup: false });
  const vpc = new ec2.Vpc(s, 'Plain', { maxAzs: 1, natGateways: 0, restrictDefaultSecurityGroup: false, subnetConfiguration: [{ name: 'Public', subnetType: ec2.SubnetType.PUBLIC }] });
  const images = {
    Al2022: ec2.MachineImage.latestAmazonLinux2022({ cpuType: ec2.AmazonLinuxCpuType.ARM_64 }),
    Al2022Min: new ec2.AmazonLinux2022ImageSsmParameter({ edition: ec2.AmazonLinuxEdition.MINIMAL, kernel: ec2.AmazonLinux2022Kernel.DEFAULT, cachedInContext: false }),
    Win: new ec2.GenericWindowsImage({ 'us-east-1': 'ami-0aaaabbbbccccdddd' }),
  };
  for (const [id, machineImage] of Object.entries(images)) {
    new ec2.Instance(s, id, { vpc, instanceType: new ec2.InstanceType(id === 'Al2022' ? 't4g.micro' : 't3.micro'), machineImage });
  }
  out(s, 'AtLaunch', new ec2.ResolveSsmParameterAtLaunchImage('/my/ami', { parameterVersion: '3' }).getImage(s).imageId);
  out(s, 'Al2022Name', ec2.AmazonLinux2022ImageSsmParameter.ssmParameterName({ kernel: ec2.AmazonLinux2022Kernel.KERNEL_5_15 }));
  const role = new iam.Role(s, 'LtRole', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
  const profile = new iam.InstanceProfile(s, 'LtProfile', { role });
  new ec2.LaunchTemplate(s, 'Lt', { instanceProfile: profile, httpPutResponseHopLimit: 2 });
  new ec2.LaunchTemplate(s, 'Bare', { instanceType: new ec2.InstanceType('t3.micro') });
  cdk.Aspects.of(s).add(new ec2.LaunchTemplateRequireImdsv2Aspect());
  const kp = new ec2.KeyPair(s, 'Key');
  out(s, 'PrivateKeyName', kp.privateKey.parameterName);
  out(s, 'PrivateKeyArn', kp.privateKey.parameterArn);
}

{ // RegionalNat: aws-cdk-lib 2.276's regional NAT gateway (auto and per-zone addresses, EIPs), NAT gateway drain time
  const s = new cdk.Stack(app, 'RegionalNat');
  const auto = ec2.NatProvider.regionalGateway();
  new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGatewayProvider: auto, natGateways: 3 });
  out(s, 'Gateways', joined(auto.configuredGateways.map((g) => g.gatewayId)));
  out(s, 'Azs', joined(auto.configuredGateways.map((g) => g.az)));
  new ec2.Vpc(s, 'Manual', {
    availabilityZones: ['us-east-1a', 'us-east-1b'], restrictDefaultSecurityGroup: false,
    natGatewayProvider: new ec2.RegionalNatGatewayProvider({
      availabilityZoneAddresses: [{ allocationIds: ['eipalloc-a'], availabilityZone: 'us-east-1a' }, { allocationIds: ['eipalloc-b1', 'eipalloc-b2'], availabilityZone: 'us-east-1b' }],
      maxDrainDuration: cdk.Duration.minutes(5),
    }),
  });
  const eip = new ec2.CfnEIP(s, 'Eip');
  new ec2.Vpc(s, 'WithEip', { maxAzs: 1, restrictDefaultSecurityGroup: false, natGatewayProvider: ec2.NatProvider.regionalGateway({ eip }) });
  new ec2.Vpc(s, 'WithAlloc', { maxAzs: 1, restrictDefaultSecurityGroup: false, natGatewayProvider: ec2.RegionalNatGatewayProvider.regionalGateway({ allocationId: 'eipalloc-x' }) });
  new ec2.Vpc(s, 'Drain', { maxAzs: 1, restrictDefaultSecurityGroup: false, natGatewayProvider: ec2.NatProvider.gateway({ maxDrainDuration: cdk.Duration.seconds(600) }) });
}

{ // DualStack: IPv6 from an Amazon-provided block, /64 per subnet, egress-only gateway for private subnets
  const s = new cdk.Stack(app, 'DualStack');
  const vpc = new ec2.Vpc(s, 'Vpc', { ipProtocol: ec2.IpProtocol.DUAL_STACK, maxAzs: 2, natGateways: 1 });
  out(s, 'Ipv6Blocks', joined(vpc.vpcIpv6CidrBlocks));
  out(s, 'SubnetIpv6', joined(vpc.publicSubnets[0].subnetIpv6CidrBlocks));
  new ec2.Vpc(s, 'Isolated', {
    ipProtocol: ec2.IpProtocol.DUAL_STACK, ipv6Addresses: ec2.Ipv6Addresses.amazonProvided(), maxAzs: 1, natGateways: 0, restrictDefaultSecurityGroup: false,
    subnetConfiguration: [
      { name: 'Pub', subnetType: ec2.SubnetType.PUBLIC, ipv6AssignAddressOnCreation: false, mapPublicIpOnLaunch: true },
      { name: 'Spare', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, reserved: true },
      { name: 'Iso', subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    ],
  });
}

// Bad input: aws-cdk-lib throws; the message and construct path are the expectation.
const errors = {
  Exhausted: (s) => new ec2.Vpc(s, 'Vpc', { ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/24'), subnetConfiguration: [{ name: 'a', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 25 }, { name: 'b', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 26 }] }),
  MaskTooSmall: (s) => new ec2.Vpc(s, 'Vpc', { subnetConfiguration: [{ name: 'a', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 29 }] }),
  NoRoomLeft: (s) => new ec2.Vpc(s, 'Vpc', { ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/16'), subnetConfiguration: [{ name: 'a', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 17 }, { name: 'b', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] }),
  RemainderTooBig: (s) => new ec2.Vpc(s, 'Vpc', { ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/12'), maxAzs: 1, subnetConfiguration: [{ name: 'a', subnetType: ec2.SubnetType.PUBLIC }] }),
  PrivateNoNat: (s) => new ec2.Vpc(s, 'Vpc', { natGateways: 0, subnetConfiguration: [{ name: 'a', subnetType: ec2.SubnetType.PUBLIC }, { name: 'b', subnetType: ec2.SubnetType.PRIVATE_WITH_NAT }] }),
  PrivateNoPublic: (s) => new ec2.Vpc(s, 'Vpc', { subnetConfiguration: [{ name: 'b', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }] }),
  AzsAndMaxAzs: (s) => new ec2.Vpc(s, 'Vpc', { availabilityZones: ['us-east-1a'], maxAzs: 2 }),
  HostnamesWithoutSupport: (s) => new ec2.Vpc(s, 'Vpc', { enableDnsHostnames: true, enableDnsSupport: false }),
  CidrAndIpAddresses: (s) => new ec2.Vpc(s, 'Vpc', { cidr: '10.0.0.0/16', ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/16') }),
  MapPublicIpOnPrivate: (s) => new ec2.Vpc(s, 'Vpc', { subnetConfiguration: [{ name: 'a', subnetType: ec2.SubnetType.PUBLIC }, { name: 'b', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, mapPublicIpOnLaunch: true }] }),
  NoSuchGroup: (s) => new ec2.Vpc(s, 'Vpc').selectSubnets({ subnetGroupName: 'Nope' }),
  NoSuchType: (s) => new ec2.Vpc(s, 'Vpc').selectSubnets({ subnetType: ec2.SubnetType.PRIVATE_ISOLATED }),
  TwoSelections: (s) => new ec2.Vpc(s, 'Vpc').selectSubnets({ subnetType: ec2.SubnetType.PUBLIC, subnetGroupName: 'Public' }),
  BadPeer: (s) => ec2.Peer.ipv4('10.0.0.0'),
  AllTrafficEgress: (s) => new ec2.SecurityGroup(s, 'SG', { vpc: new ec2.Vpc(s, 'Vpc'), allowAllOutbound: false }).addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.allTraffic()),
  PartitionsNotPartition: (s) => new ec2.PlacementGroup(s, 'Pg', { partitions: 2, strategy: ec2.PlacementGroupStrategy.CLUSTER }),
  SpreadNotSpread: (s) => new ec2.PlacementGroup(s, 'Pg', { spreadLevel: ec2.PlacementGroupSpreadLevel.HOST, strategy: ec2.PlacementGroupStrategy.CLUSTER }),
  BadPrefixEntry: (s) => new ec2.PrefixList(s, 'Pl', { entries: [{ cidr: '10.0.0.0/33' }] }),
  IpamTooSmall: (s) => new ec2.Vpc(s, 'Vpc', { ipAddresses: ec2.IpAddresses.awsIpamAllocation({ ipv4IpamPoolId: 'ipam-pool-0123456789abcdef0', ipv4NetmaskLength: 24, defaultSubnetIpv4NetmaskLength: 25 }) }),
  ImdsAndMetadata: (s) => new ec2.Instance(s, 'I', { vpc: new ec2.Vpc(s, 'Vpc'), instanceType: new ec2.InstanceType('t3.nano'), machineImage: ec2.MachineImage.latestAmazonLinux2023(), requireImdsv2: true, httpTokens: ec2.HttpTokens.REQUIRED }),
  ClientCidrOverlap: (s) => ec2.Vpc.fromVpcAttributes(s, 'Vpc', { vpcId: 'vpc-1234', vpcCidrBlock: '10.0.0.0/16', availabilityZones: ['us-east-1a'], privateSubnetIds: ['subnet-1234'] }).addClientVpnEndpoint('Vpn', { cidr: '10.0.0.0/22', serverCertificateArn: 'arn:server', clientCertificateArn: 'arn:client' }),
  ClientVpnDnsServers: (s) => new ec2.Vpc(s, 'Vpc').addClientVpnEndpoint('Vpn', { cidr: '10.100.0.0/16', serverCertificateArn: 'arn:server', clientCertificateArn: 'arn:client', dnsServers: ['10.0.0.2', '8.8.8.8', '9.9.9.9'] }),
  ClientVpnNoAuthentication: (s) => new ec2.Vpc(s, 'Vpc').addClientVpnEndpoint('Vpn', { cidr: '10.100.0.0/16', serverCertificateArn: 'arn:server' }),
  ClientVpnLogsWithoutLogging: (s) => new ec2.Vpc(s, 'Vpc').addClientVpnEndpoint('Vpn', { cidr: '10.100.0.0/16', serverCertificateArn: 'arn:server', clientCertificateArn: 'arn:client', logging: false, logGroup: new logs.LogGroup(s, 'Logs') }),
  ClientVpnEnforcedSplitTunnel: (s) => new ec2.Vpc(s, 'Vpc').addClientVpnEndpoint('Vpn', { cidr: '10.100.0.0/16', serverCertificateArn: 'arn:server', clientCertificateArn: 'arn:client', splitTunnel: true, clientRouteEnforcementOptions: { enforced: true } }),
  VpnBadIp: (s) => new ec2.Vpc(s, 'Vpc').addVpnConnection('Vpn', { ip: '1.2.3' }),
  VpnTooManyTunnels: (s) => new ec2.Vpc(s, 'Vpc').addVpnConnection('Vpn', { ip: '1.2.3.4', tunnelOptions: [{}, {}, {}] }),
  VpnSameInsideCidr: (s) => new ec2.Vpc(s, 'Vpc').addVpnConnection('Vpn', { ip: '1.2.3.4', tunnelOptions: [{ tunnelInsideCidr: '169.254.10.0/30' }, { tunnelInsideCidr: '169.254.10.0/30' }] }),
  VpnBadPreSharedKey: (s) => new ec2.Vpc(s, 'Vpc').addVpnConnection('Vpn', { ip: '1.2.3.4', tunnelOptions: [{ preSharedKey: '0secretkey' }] }),
  VpnKeyAndSecret: (s) => new ec2.Vpc(s, 'Vpc').addVpnConnection('Vpn', { ip: '1.2.3.4', tunnelOptions: [{ preSharedKey: 'secretkey1', preSharedKeySecret: cdk.SecretValue.unsafePlainText('secretkey2') }] }),
  VpnReservedInsideCidr: (s) => new ec2.Vpc(s, 'Vpc').addVpnConnection('Vpn', { ip: '1.2.3.4', tunnelOptions: [{}, { tunnelInsideCidr: '169.254.1.0/30' }] }),
  VpnBadInsideCidr: (s) => new ec2.Vpc(s, 'Vpc').addVpnConnection('Vpn', { ip: '1.2.3.4', tunnelOptions: [{ tunnelInsideCidr: '169.254.10.0/29' }] }),
  VpnGatewayTwice: (s) => new ec2.Vpc(s, 'Vpc', { vpnGateway: true }).enableVpnGateway({ type: 'ipsec.1' }),
  VpnGatewayFalse: (s) => new ec2.Vpc(s, 'Vpc', { vpnGateway: false, vpnGatewayAsn: 65000 }),
  SgLookupToken: (s) => ec2.SecurityGroup.fromLookupById(s, 'Sg', cdk.Fn.importValue('SharedSgId')),
  NoDefaultPort: (s) => new ec2.SecurityGroup(s, 'SG', { vpc: new ec2.Vpc(s, 'Vpc') }).connections.allowDefaultPortFromAnyIpv4(),
  InitDuplicateConfig: (s) => ec2.CloudFormationInit.fromElements().addConfig('config', new ec2.InitConfig([])),
  InitDuplicateSet: (s) => ec2.CloudFormationInit.fromElements().addConfigSet('default'),
  InitUnknownConfig: (s) => ec2.CloudFormationInit.fromElements().addConfigSet('x', ['nope', 'config', 'nada']),
  InitEmptyArgv: (s) => ec2.InitCommand.argvCommand([]),
  InitEmptyFile: (s) => ec2.InitFile.fromString('/x', ''),
  InitSymlinkMode: (s) => ec2.InitFile.symlink('/x', '/y', { mode: '000644' }),
  InitSystemdRelative: (s) => ec2.InitService.systemdConfigFile('x', { command: 'x' }),
  InitSystemdEnvFile: (s) => ec2.InitService.systemdConfigFile('x', { command: '/x', environmentFiles: ['x.env'] }),
  InitWaitOnLinux: (s) => new ec2.Instance(s, 'I', { vpc: new ec2.Vpc(s, 'Vpc'), instanceType: new ec2.InstanceType('t3.nano'), machineImage: ec2.MachineImage.latestAmazonLinux2023(), init: ec2.CloudFormationInit.fromElements(ec2.InitCommand.shellCommand('x', { waitAfterCompletion: ec2.InitCommandWaitDuration.none() })) }),
  InitMsiOnLinux: (s) => new ec2.Instance(s, 'I', { vpc: new ec2.Vpc(s, 'Vpc'), instanceType: new ec2.InstanceType('t3.nano'), machineImage: ec2.MachineImage.latestAmazonLinux2023(), init: ec2.CloudFormationInit.fromElements(ec2.InitPackage.msi('x')) }),
  InitYumOnWindows: (s) => new ec2.Instance(s, 'I', { vpc: new ec2.Vpc(s, 'Vpc'), instanceType: new ec2.InstanceType('m5.large'), machineImage: ec2.MachineImage.latestWindows(ec2.WindowsVersion.WINDOWS_SERVER_2022_ENGLISH_FULL_BASE), init: ec2.CloudFormationInit.fromElements(ec2.InitPackage.yum('x')) }),
  InitUserOnWindows: (s) => new ec2.Instance(s, 'I', { vpc: new ec2.Vpc(s, 'Vpc'), instanceType: new ec2.InstanceType('m5.large'), machineImage: ec2.MachineImage.latestWindows(ec2.WindowsVersion.WINDOWS_SERVER_2022_ENGLISH_FULL_BASE), init: ec2.CloudFormationInit.fromElements(ec2.InitUser.fromName('x')) }),
  InitFileModeOnWindows: (s) => new ec2.Instance(s, 'I', { vpc: new ec2.Vpc(s, 'Vpc'), instanceType: new ec2.InstanceType('m5.large'), machineImage: ec2.MachineImage.latestWindows(ec2.WindowsVersion.WINDOWS_SERVER_2022_ENGLISH_FULL_BASE), init: ec2.CloudFormationInit.fromElements(ec2.InitFile.fromString('x', 'y', { mode: '000644' })) }),
  InitTwice: (s) => { const i = new ec2.Instance(s, 'I', { vpc: new ec2.Vpc(s, 'Vpc'), instanceType: new ec2.InstanceType('t3.nano'), machineImage: ec2.MachineImage.latestAmazonLinux2023(), init: ec2.CloudFormationInit.fromElements(ec2.InitUser.fromName('x')) }); i.applyCloudFormationInit(ec2.CloudFormationInit.fromElements(ec2.InitUser.fromName('y'))); },
  InitUnknownOs: (s) => ec2.CloudFormationInit.fromElements().attach(new cdk.CfnResource(s, 'R', { type: 'X::Y::Z' }), { platform: ec2.OperatingSystemType.UNKNOWN, instanceRole: new iam.Role(s, 'Role', { assumedBy: new iam.AnyPrincipal() }), userData: ec2.UserData.forLinux() }),
  InitNoPackageName: (s) => new ec2.Instance(s, 'I', { vpc: new ec2.Vpc(s, 'Vpc'), instanceType: new ec2.InstanceType('t3.nano'), machineImage: ec2.MachineImage.latestAmazonLinux2023(), init: ec2.CloudFormationInit.fromElements(ec2.InitPackage.yum('')) }),
  ProfileAndRole: (s) => new ec2.Instance(s, 'I', { vpc: new ec2.Vpc(s, 'Vpc'), instanceType: new ec2.InstanceType('t3.nano'), machineImage: ec2.MachineImage.latestAmazonLinux2023(), role: new iam.Role(s, 'R', { assumedBy: new iam.AnyPrincipal() }), instanceProfile: new iam.InstanceProfile(s, 'P') }),
  VolumeNoSize: (s) => new ec2.Volume(s, 'V', { availabilityZone: 'us-east-1a' }),
  VolumeBadSnapshot: (s) => new ec2.Volume(s, 'V', { availabilityZone: 'us-east-1a', snapshotId: 'nope' }),
  VolumeKeyNotEncrypted: (s) => new ec2.Volume(s, 'V', { availabilityZone: 'us-east-1a', size: cdk.Size.gibibytes(1), encryptionKey: new (require('aws-cdk-lib/aws-kms').Key)(s, 'K') }),
  VolumeIo1NoIops: (s) => new ec2.Volume(s, 'V', { availabilityZone: 'us-east-1a', size: cdk.Size.gibibytes(10), volumeType: ec2.EbsDeviceVolumeType.IO1 }),
  VolumeIopsOnGp2: (s) => new ec2.Volume(s, 'V', { availabilityZone: 'us-east-1a', size: cdk.Size.gibibytes(10), iops: 3000 }),
  VolumeIopsRange: (s) => new ec2.Volume(s, 'V', { availabilityZone: 'us-east-1a', size: cdk.Size.gibibytes(10), volumeType: ec2.EbsDeviceVolumeType.IO1, iops: 50 }),
  VolumeIopsRatio: (s) => new ec2.Volume(s, 'V', { availabilityZone: 'us-east-1a', size: cdk.Size.gibibytes(10), volumeType: ec2.EbsDeviceVolumeType.IO1, iops: 1000 }),
  VolumeThroughputRatio: (s) => new ec2.Volume(s, 'V', { availabilityZone: 'us-east-1a', size: cdk.Size.gibibytes(100), volumeType: ec2.EbsDeviceVolumeType.GP3, iops: 3000, throughput: 1000 }),
  VolumeMultiAttach: (s) => new ec2.Volume(s, 'V', { availabilityZone: 'us-east-1a', size: cdk.Size.gibibytes(10), enableMultiAttach: true }),
  VolumeSizeRange: (s) => new ec2.Volume(s, 'V', { availabilityZone: 'us-east-1a', size: cdk.Size.gibibytes(10), volumeType: ec2.EbsDeviceVolumeType.ST1 }),
  VolumeThroughputType: (s) => new ec2.Volume(s, 'V', { availabilityZone: 'us-east-1a', size: cdk.Size.gibibytes(10), throughput: 200 }),
  VolumeThroughputRange: (s) => new ec2.Volume(s, 'V', { availabilityZone: 'us-east-1a', size: cdk.Size.gibibytes(10), volumeType: ec2.EbsDeviceVolumeType.GP3, throughput: 5000 }),
  VolumeRateNoSnapshot: (s) => new ec2.Volume(s, 'V', { availabilityZone: 'us-east-1a', size: cdk.Size.gibibytes(10), volumeInitializationRate: cdk.Size.mebibytes(200) }),
  VolumeRateRange: (s) => new ec2.Volume(s, 'V', { availabilityZone: 'us-east-1a', snapshotId: 'snap-1234', volumeInitializationRate: cdk.Size.mebibytes(400) }),
  VolumeBadImport: (s) => ec2.Volume.fromVolumeAttributes(s, 'V', { volumeId: 'volume-1', availabilityZone: 'us-east-1a' }),
  EndpointServiceNoLb: (s) => new ec2.VpcEndpointService(s, 'Svc', { vpcEndpointServiceLoadBalancers: [] }),
  LtProfileAndRole: (s) => new ec2.LaunchTemplate(s, 'Lt', { instanceProfile: new iam.InstanceProfile(s, 'P'), role: new iam.Role(s, 'R', { assumedBy: new iam.AnyPrincipal() }) }),
  ImportedKeyPrivateKey: (s) => new ec2.KeyPair(s, 'Key', { publicKeyMaterial: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIj1aeQ2P6rQIG2SdgqpR5aUcOyCSYO3CP2DBDJWtsvf' }).privateKey,
  NatV1KeyNameAndPair: (s) => ec2.NatProvider.instance({ instanceType: new ec2.InstanceType('t3.micro'), keyName: 'a', keyPair: ec2.KeyPair.fromKeyPairName(s, 'K', 'b') }),
  NatV1SgBeforeVpc: (s) => ec2.NatProvider.instance({ instanceType: new ec2.InstanceType('t3.micro') }).securityGroup,
  RegionalZeroNat: (s) => new ec2.Vpc(s, 'Vpc', { natGateways: 0, natGatewayProvider: ec2.NatProvider.regionalGateway() }),
  RegionalAllocAndEip: (s) => ec2.NatProvider.regionalGateway({ allocationId: 'eipalloc-1', eip: new ec2.CfnEIP(s, 'Eip') }),
  RegionalEmptyAddresses: (s) => ec2.NatProvider.regionalGateway({ availabilityZoneAddresses: [] }),
  RegionalNoZone: (s) => ec2.NatProvider.regionalGateway({ availabilityZoneAddresses: [{ allocationIds: ['eipalloc-1'] }] }),
  RegionalNoAllocations: (s) => ec2.NatProvider.regionalGateway({ availabilityZoneAddresses: [{ allocationIds: [], availabilityZone: 'us-east-1a' }] }),
  RegionalDuplicateZone: (s) => ec2.NatProvider.regionalGateway({ availabilityZoneAddresses: [{ allocationIds: ['a'], availabilityZone: 'us-east-1a' }, { allocationIds: ['b'], availabilityZone: 'us-east-1a' }] }),
  DrainTooLong: (s) => ec2.NatProvider.gateway({ maxDrainDuration: cdk.Duration.hours(2) }),
  DrainFractional: (s) => ec2.NatProvider.regionalGateway({ maxDrainDuration: cdk.Duration.millis(1500) }),
  RegionalZoneNotCovered: (s) => new ec2.Vpc(s, 'Vpc', { availabilityZones: ['us-east-1a', 'us-east-1b'], natGatewayProvider: ec2.NatProvider.regionalGateway({ availabilityZoneAddresses: [{ allocationIds: ['a'], availabilityZone: 'us-east-1a' }] }) }),
};
const errOut = {};
for (const [name, build] of Object.entries(errors)) {
  const s = new cdk.Stack(new cdk.App({ autoSynth: false }), 'S');
  try {
    build(s);
    errOut[name] = null;
  } catch (e) {
    errOut[name] = { path: e.constructPath || '', message: e.message };
  }
}
console.log(JSON.stringify(errOut, null, 2));
app.synth();
