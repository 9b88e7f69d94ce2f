// aws-cdk-lib 2.276.0 twins of the Go cases in load_balancer_test.go. Each
// stack is one template case; each entry of `errors` one bad-input case,
// whose message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const elb = require('aws-cdk-lib/aws-elasticloadbalancing');
const app = new cdk.App();

{ // Default: an internal load balancer, one HTTP listener, a health check
  const s = new cdk.Stack(app, 'Default');
  const vpc = new ec2.Vpc(s, 'VPC');
  const lb = new elb.LoadBalancer(s, 'LB', { vpc, healthCheck: { port: 80 } });
  lb.addListener({ externalPort: 80 });
}

{ // AllProps: internet-facing, access logs, no cross-zone, every listener
  // shape, an instance target added before and after the listeners
  const s = new cdk.Stack(app, 'AllProps');
  const vpc = new ec2.Vpc(s, 'VPC');
  const inst = new ec2.Instance(s, 'Inst', {
    vpc, instanceType: new ec2.InstanceType('t3.micro'),
    machineImage: ec2.MachineImage.latestAmazonLinux2023(),
  });
  const lb = new elb.LoadBalancer(s, 'LB', {
    vpc,
    internetFacing: true,
    crossZone: false,
    accessLoggingPolicy: { enabled: true, s3BucketName: 'logs', emitInterval: 5, s3BucketPrefix: 'elb' },
    healthCheck: {
      port: 8080, protocol: elb.LoadBalancingProtocol.HTTP, path: '/health',
      healthyThreshold: 3, unhealthyThreshold: 4, interval: cdk.Duration.minutes(1), timeout: cdk.Duration.seconds(10),
    },
    listeners: [
      { externalPort: 443, internalPort: 8080, sslCertificateArn: 'arn:aws:iam::111111111111:server-certificate/c', policyNames: ['p1'] },
    ],
    targets: [new elb.InstanceTarget(inst)],
  });
  const peer = new ec2.SecurityGroup(s, 'Peer', { vpc });
  const p = lb.addListener({ externalPort: 8443, externalProtocol: elb.LoadBalancingProtocol.SSL, allowConnectionsFrom: [peer, ec2.Peer.ipv4('10.0.0.0/16')] });
  lb.addListener({ externalPort: 25, externalProtocol: elb.LoadBalancingProtocol.TCP, internalProtocol: elb.LoadBalancingProtocol.SSL, allowConnectionsFrom: [] });
  lb.addListener({ externalPort: 80, internalPort: 443 });
  p.connections.allowDefaultPortFrom(ec2.Peer.ipv4('192.168.0.0/16'), 'extra');
  const other = new ec2.SecurityGroup(s, 'Other', { vpc });
  lb.connections.allowFrom(other, ec2.Port.tcp(9000));
  new cdk.CfnOutput(s, 'Name', { value: lb.loadBalancerName });
  new cdk.CfnOutput(s, 'Dns', { value: lb.loadBalancerDnsName });
  new cdk.CfnOutput(s, 'Zone', { value: lb.loadBalancerCanonicalHostedZoneNameId });
  new cdk.CfnOutput(s, 'ZoneName', { value: lb.loadBalancerCanonicalHostedZoneName });
  new cdk.CfnOutput(s, 'SgName', { value: lb.loadBalancerSourceSecurityGroupGroupName });
  new cdk.CfnOutput(s, 'SgOwner', { value: lb.loadBalancerSourceSecurityGroupOwnerAlias });
  new cdk.CfnOutput(s, 'Ports', { value: String(lb.listenerPorts.length) });
}

{ // Subnets: an explicit subnet selection, TCP and HTTPS health checks
  const s = new cdk.Stack(app, 'Subnets');
  const vpc = new ec2.Vpc(s, 'VPC', {
    subnetConfiguration: [
      { name: 'Public', subnetType: ec2.SubnetType.PUBLIC },
      { name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    ],
  });
  new elb.LoadBalancer(s, 'Isolated', { vpc, subnetSelection: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED }, healthCheck: { port: 22 } });
  new elb.LoadBalancer(s, 'Public', { vpc, internetFacing: true, healthCheck: { port: 443 }, crossZone: true });
}

const errors = {
  NoProtocol: (s) => {
    const vpc = new ec2.Vpc(s, 'VPC');
    new elb.LoadBalancer(s, 'LB', { vpc, listeners: [{ externalPort: 8080 }] });
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
console.log(JSON.stringify(out, null, 2));
app.synth();
