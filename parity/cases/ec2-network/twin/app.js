// JavaScript twin of ../main.go on aws-cdk-lib 2.276.0, construct for
// construct, with the same ids, order and values. The App reads
// CDK_OUTDIR and CDK_CONTEXT_JSON, as an aws-cdk-go program's App does.
'use strict';

const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const logs = require('aws-cdk-lib/aws-logs');

const zones = ['us-east-1a', 'us-east-1b', 'us-east-1c'];

class NetworkStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    const flowLogs = new logs.LogGroup(this, 'FlowLogs', {
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: cdk.RemovalPolicy.DESTROY,
    });

    const vpc = new ec2.Vpc(this, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/16'),
      availabilityZones: zones,
      natGateways: 1,
      subnetConfiguration: [
        { name: 'public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },
        { name: 'app', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 24 },
        { name: 'data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 },
      ],
      // jsii hands a Go map over with its keys sorted.
      gatewayEndpoints: {
        DynamoDb: { service: ec2.GatewayVpcEndpointAwsService.DYNAMODB },
        S3: { service: ec2.GatewayVpcEndpointAwsService.S3 },
      },
    });
    vpc.addFlowLog('FlowLog', {
      destination: ec2.FlowLogDestination.toCloudWatchLogs(flowLogs),
      trafficType: ec2.FlowLogTrafficType.ALL,
    });
    vpc.addInterfaceEndpoint('SecretsManager', {
      service: ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER,
      subnets: { subnetGroupName: 'app' },
    });

    const albSg = new ec2.SecurityGroup(this, 'AlbSg', { vpc, description: 'Load balancer' });
    albSg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.HTTPS, 'HTTPS from the internet');
    albSg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.HTTP, 'HTTP redirect');

    const appSg = new ec2.SecurityGroup(this, 'AppSg', { vpc, description: 'Application tier' });
    appSg.connections.allowFrom(albSg, ec2.Port.tcp(8080), 'ALB to app');

    const dbSg = new ec2.SecurityGroup(this, 'DbSg', { vpc, description: 'Database tier', allowAllOutbound: false });
    dbSg.connections.allowFrom(appSg, ec2.Port.POSTGRES, 'app to Postgres');

    const cacheSg = new ec2.SecurityGroup(this, 'CacheSg', { vpc, description: 'Cache tier', allowAllOutbound: false });
    cacheSg.connections.allowFrom(appSg, ec2.Port.tcp(6379), 'app to Redis');

    const isolated = vpc.selectSubnets({ subnetType: ec2.SubnetType.PRIVATE_ISOLATED });
    new cdk.CfnOutput(this, 'VpcId', { value: vpc.vpcId });
    new cdk.CfnOutput(this, 'DataSubnets', { value: cdk.Fn.join(',', isolated.subnetIds) });

    this.vpc = vpc;
    this.appSg = appSg;
  }
}

class WorkerStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    const vpc = ec2.Vpc.fromVpcAttributes(this, 'Vpc', {
      vpcId: props.vpcId,
      vpcCidrBlock: props.vpcCidr,
      availabilityZones: zones,
      privateSubnetIds: props.privateSubnetIds,
      privateSubnetRouteTableIds: props.privateTableIds,
    });
    const workerSg = new ec2.SecurityGroup(this, 'WorkerSg', { vpc, description: 'Workers' });
    workerSg.connections.allowFrom(props.appSg, ec2.Port.tcpRange(9000, 9100), 'app to workers');
    workerSg.addIngressRule(ec2.Peer.ipv4(vpc.vpcCidrBlock), ec2.Port.tcp(22), 'SSH inside the VPC');

    const selected = vpc.selectSubnets({ subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, onePerAz: true });
    new cdk.CfnOutput(this, 'WorkerSubnets', { value: cdk.Fn.join(',', selected.subnetIds) });
    new cdk.CfnOutput(this, 'WorkerZones', { value: cdk.Fn.join(',', selected.availabilityZones) });
  }
}

const app = new cdk.App();
const network = new NetworkStack(app, 'Ec2Network', {});
new WorkerStack(app, 'Ec2Workers', {
  vpcId: network.vpc.vpcId,
  vpcCidr: network.vpc.vpcCidrBlock,
  privateSubnetIds: network.vpc.privateSubnets.map((s) => s.subnetId),
  privateTableIds: network.vpc.privateSubnets.map((s) => s.routeTable.routeTableId),
  appSg: network.appSg,
});
app.synth();
