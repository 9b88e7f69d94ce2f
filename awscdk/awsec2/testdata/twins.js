// aws-cdk-lib 2.276.0 twins of the Go cases in *_test.go. Each stack is
// one template case; each entry of `errors` one bad-input case, whose
// message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
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
  NoDefaultPort: (s) => new ec2.SecurityGroup(s, 'SG', { vpc: new ec2.Vpc(s, 'Vpc') }).connections.allowDefaultPortFromAnyIpv4(),
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
