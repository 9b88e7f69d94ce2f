// JavaScript twin of ../main.go on aws-cdk-lib 2.276.0, construct for
// construct, with the same ids, order and values. The App reads CDK_OUTDIR
// and CDK_CONTEXT_JSON, as an aws-cdk-go program's App does.
'use strict';

const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const elasticache = require('aws-cdk-lib/aws-elasticache');
const logs = require('aws-cdk-lib/aws-logs');
const rds = require('aws-cdk-lib/aws-rds');

class SharedVpcStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    const vpc = ec2.Vpc.fromLookup(this, 'Vpc', props.lookup);
    new logs.LogGroup(this, 'AppLogs', { retention: logs.RetentionDays.TWO_WEEKS });
    if (!props.outputsOnly) addResources(this, vpc);

    const privateSel = vpc.selectSubnets();
    const publicSel = vpc.selectSubnets({ subnetType: ec2.SubnetType.PUBLIC, onePerAz: true });
    const join = (l) => cdk.Fn.join(',', l);
    new cdk.CfnOutput(this, 'VpcId', { value: vpc.vpcId });
    new cdk.CfnOutput(this, 'VpcArn', { value: vpc.vpcArn });
    new cdk.CfnOutput(this, 'VpcCidr', { value: vpc.vpcCidrBlock });
    new cdk.CfnOutput(this, 'Zones', { value: join(vpc.availabilityZones) });
    new cdk.CfnOutput(this, 'PrivateSubnets', { value: join(privateSel.subnetIds) });
    new cdk.CfnOutput(this, 'PublicSubnets', { value: join(publicSel.subnetIds) });
    new cdk.CfnOutput(this, 'PrivateZones', { value: join(privateSel.availabilityZones) });
    const legacy = ec2.SecurityGroup.fromLookupById(this, 'LegacySg', 'sg-0fedcba9876543210');
    new cdk.CfnOutput(this, 'LegacySgId', { value: legacy.securityGroupId });
    const gw = vpc.vpnGatewayId;
    if (gw !== undefined) {
      new cdk.CfnOutput(this, 'VpnGateway', { value: gw });
    }
  }
}

// addResources builds on the looked-up subnets.
function addResources(stack, vpc) {
  const appSg = new ec2.SecurityGroup(stack, 'AppSg', { vpc, description: 'Application tier' });
  appSg.addIngressRule(ec2.Peer.ipv4(vpc.vpcCidrBlock), ec2.Port.tcp(8080), 'from inside the VPC');
  const shared = ec2.SecurityGroup.fromLookupByName(stack, 'SharedSg', 'shared-ingress', vpc);
  appSg.addIngressRule(shared, ec2.Port.tcp(8443), 'from the shared ingress tier');
  shared.addEgressRule(appSg, ec2.Port.tcp(8443), 'to the app tier');
  vpc.addInterfaceEndpoint('SecretsManager', { service: ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER });

  const image = (name) => ec2.MachineImage.lookup({ name, owners: ['222222222222'], filters: { architecture: ['x86_64'] } });
  new ec2.Instance(stack, 'Worker', {
    vpc, instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.SMALL), securityGroup: appSg,
    machineImage: image('golden-al2023-*'),
  });
  new cdk.CfnOutput(stack, 'CandidateImage', { value: image('candidate-al2023-*').getImage(stack).imageId });

  const data = { subnetType: ec2.SubnetType.PRIVATE_ISOLATED };
  new rds.SubnetGroup(stack, 'DbSubnets', { description: 'database subnets', vpc, vpcSubnets: data });
  const cacheSubnets = [];
  for (const s of vpc.selectSubnets(data).subnetIds) cacheSubnets.push(s);
  new elasticache.CfnSubnetGroup(stack, 'CacheSubnets', { description: 'cache subnets', subnetIds: cacheSubnets });
}

const subnet = (id, cidr, az, table) => ({ availabilityZone: az, cidr, routeTableId: table, subnetId: id });

const app = new cdk.App();
// What `cdk synth` would have put in cdk.context.json for the shared VPC.
app.node.setContext('vpc-provider:account=111111111111:filter.tag:Name=shared-prod:region=eu-west-1:returnAsymmetricSubnets=true', {
  availabilityZones: [],
  ownerAccountId: '111111111111',
  subnetGroups: [
    { name: 'Ingress', type: 'Public', subnets: [
      subnet('subnet-0a00000000000000a', '10.20.0.0/24', 'eu-west-1a', 'rtb-0a00000000000000a'),
      subnet('subnet-0b00000000000000b', '10.20.1.0/24', 'eu-west-1b', 'rtb-0a00000000000000a'),
      subnet('subnet-0c00000000000000c', '10.20.2.0/24', 'eu-west-1c', 'rtb-0a00000000000000a'),
    ] },
    { name: 'App', type: 'Private', subnets: [
      subnet('subnet-1a00000000000000a', '10.20.10.0/24', 'eu-west-1a', 'rtb-1a00000000000000a'),
      subnet('subnet-1b00000000000000b', '10.20.11.0/24', 'eu-west-1b', 'rtb-1b00000000000000b'),
      subnet('subnet-1c00000000000000c', '10.20.12.0/24', 'eu-west-1c', 'rtb-1c00000000000000c'),
    ] },
    { name: 'Data', type: 'Isolated', subnets: [
      subnet('subnet-2a00000000000000a', '10.20.20.0/24', 'eu-west-1a', 'rtb-2000000000000000a'),
      subnet('subnet-2b00000000000000b', '10.20.21.0/24', 'eu-west-1b', 'rtb-2000000000000000a'),
    ] },
  ],
  vpcCidrBlock: '10.20.0.0/16',
  vpcId: 'vpc-0123456789abcdef0',
  vpnGatewayId: 'vgw-0123456789abcdef0',
});
// ... and for the shared ingress tier's security group in that VPC.
app.node.setContext('security-group:account=111111111111:region=eu-west-1:securityGroupName=shared-ingress:vpcId=vpc-0123456789abcdef0',
  { allowAllOutbound: false, securityGroupId: 'sg-0123456789abcdef0' });
// ... and for the golden image.
app.node.setContext('ami:account=111111111111:filters.architecture.0=x86_64:filters.image-type.0=machine:filters.name.0=golden-al2023-*:filters.state.0=available:owners.0=222222222222:region=eu-west-1',
  'ami-0123456789abcdef0');
const env = { account: '111111111111', region: 'eu-west-1' };
new SharedVpcStack(app, 'SharedVpcApp', { env, lookup: { vpcName: 'shared-prod' } });
new SharedVpcStack(app, 'DefaultVpcApp', { env, lookup: { isDefault: true }, outputsOnly: true });
app.synth();
