// aws-cdk-lib 2.276.0 twins of the Go cases in endpoints_test.go. Each
// stack is one template case; each entry of `errors` one bad-input case,
// whose message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const elbv2 = require('aws-cdk-lib/aws-elasticloadbalancingv2');
const ga = require('aws-cdk-lib/aws-globalaccelerator');
const ep = require('aws-cdk-lib/aws-globalaccelerator-endpoints');
const app = new cdk.App();

{ // Endpoints: one of each kind in one group, another group per region
  const s = new cdk.Stack(app, 'Endpoints');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 0 });
  const alb = new elbv2.ApplicationLoadBalancer(s, 'Alb', { vpc });
  const nlb = new elbv2.NetworkLoadBalancer(s, 'Nlb', { vpc });
  const instance = new ec2.Instance(s, 'Instance', {
    vpc, instanceType: new ec2.InstanceType('t3.micro'), machineImage: ec2.MachineImage.latestAmazonLinux2023(),
  });
  const eip = new ec2.CfnEIP(s, 'Eip');
  const l = new ga.Accelerator(s, 'Accelerator').addListener('Listener', { portRanges: [{ fromPort: 443 }] });
  l.addEndpointGroup('Group', {
    endpoints: [
      new ep.ApplicationLoadBalancerEndpoint(alb, { weight: 128, preserveClientIp: true }),
      new ep.NetworkLoadBalancerEndpoint(nlb, { preserveClientIp: false }),
      new ep.InstanceEndpoint(instance, { weight: 0 }),
      new ep.CfnEipEndpoint(eip, { weight: 255 }),
    ],
  });
  l.addEndpointGroup('Plain', { endpoints: [new ep.ApplicationLoadBalancerEndpoint(alb), new ep.CfnEipEndpoint(eip)] });
}

// Bad input: aws-cdk-lib throws; the message and construct path are the expectation.
const errors = {
  AlbWeight: (s) => new ep.ApplicationLoadBalancerEndpoint(
    new elbv2.ApplicationLoadBalancer(s, 'Alb', { vpc: new ec2.Vpc(s, 'Vpc') }), { weight: 256 }),
  EipWeight: (s) => new ep.CfnEipEndpoint(new ec2.CfnEIP(s, 'Eip'), { weight: -1.5 }),
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
