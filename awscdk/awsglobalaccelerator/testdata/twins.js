// aws-cdk-lib 2.276.0 twins of the Go cases in accelerator_test.go. Each
// stack is one template case; each entry of `errors` one bad-input case,
// whose message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const ga = require('aws-cdk-lib/aws-globalaccelerator');
const app = new cdk.App();

{ // Default: accelerator, listener, group with raw endpoints
  const s = new cdk.Stack(app, 'Default');
  const acc = new ga.Accelerator(s, 'Accelerator');
  const l = acc.addListener('Listener', { portRanges: [{ fromPort: 80 }, { fromPort: 443, toPort: 444 }] });
  const g = l.addEndpointGroup('Group', { endpoints: [new ga.RawEndpoint({ endpointId: 'i-123' })] });
  g.addEndpoint(new ga.RawEndpoint({ endpointId: 'eipalloc-1', weight: 10, preserveClientIp: true, region: 'eu-west-1' }));
  l.addEndpointGroup('Empty');
}

{ // AllProps: every prop, the standalone constructors, imports, outputs
  const s = new cdk.Stack(app, 'AllProps');
  const acc = new ga.Accelerator(s, 'Accelerator', {
    acceleratorName: 'my-acc', enabled: false, ipAddresses: ['1.1.1.1', '2.2.2.2'], ipAddressType: ga.IpAddressType.DUAL_STACK,
  });
  const l = new ga.Listener(s, 'Listener', {
    accelerator: acc, portRanges: [{ fromPort: 53 }], protocol: ga.ConnectionProtocol.UDP,
    clientAffinity: ga.ClientAffinity.SOURCE_IP, listenerName: 'named',
  });
  const g = new ga.EndpointGroup(s, 'Group', {
    listener: l, endpointGroupName: 'grp', region: 'us-west-2',
    healthCheckInterval: cdk.Duration.seconds(10), healthCheckPath: '/ping', healthCheckPort: 8080,
    healthCheckProtocol: ga.HealthCheckProtocol.HTTPS, healthCheckThreshold: 5, trafficDialPercentage: 50,
    portOverrides: [{ listenerPort: 53, endpointPort: 5353 }],
    endpoints: [new ga.RawEndpoint({ endpointId: 'i-1', weight: 0, preserveClientIp: false })],
  });
  const ia = ga.Accelerator.fromAcceleratorAttributes(s, 'ImportedAcc', {
    acceleratorArn: 'arn:aws:globalaccelerator::123456789012:accelerator/abc', dnsName: 'a.awsglobalaccelerator.com',
  });
  new ga.Listener(s, 'OnImported', { accelerator: ia, portRanges: [{ fromPort: 22 }] });
  const ol = ga.Listener.fromListenerArn(s, 'ImportedListener', 'arn:aws:globalaccelerator::123456789012:accelerator/abc/listener/def');
  new ga.EndpointGroup(s, 'OnImportedListener', { listener: ol });
  const og = ga.EndpointGroup.fromEndpointGroupArn(s, 'ImportedGroup', 'arn:aws:globalaccelerator::123456789012:accelerator/abc/listener/def/endpoint-group/ghi');
  new cdk.CfnOutput(s, 'AccArn', { value: acc.acceleratorArn });
  new cdk.CfnOutput(s, 'Dns', { value: acc.dnsName });
  new cdk.CfnOutput(s, 'DualDns', { value: acc.dualStackDnsName });
  new cdk.CfnOutput(s, 'Ipv4', { value: cdk.Fn.select(0, acc.ipv4Addresses) });
  new cdk.CfnOutput(s, 'Ipv6', { value: cdk.Fn.select(0, acc.ipv6Addresses) });
  new cdk.CfnOutput(s, 'ListenerArn', { value: l.listenerArn });
  new cdk.CfnOutput(s, 'ListenerName', { value: l.listenerName });
  new cdk.CfnOutput(s, 'GroupArn', { value: g.endpointGroupArn });
  new cdk.CfnOutput(s, 'GroupName', { value: g.endpointGroupName });
  new cdk.CfnOutput(s, 'Endpoints', { value: '1'.repeat(g.endpoints.length) });
  new cdk.CfnOutput(s, 'ImportedDns', { value: ia.dnsName });
  new cdk.CfnOutput(s, 'ImportedGroupArn', { value: og.endpointGroupArn });
}

{ // Peer: the accelerator's security group allowed into an instance's group
  const s = new cdk.Stack(app, 'Peer');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 1, natGateways: 0 });
  const sg = new ec2.SecurityGroup(s, 'SG', { vpc });
  const acc = new ga.Accelerator(s, 'Accelerator');
  const g = acc.addListener('Listener', { portRanges: [{ fromPort: 443 }] }).addEndpointGroup('Group', {
    endpoints: [new ga.RawEndpoint({ endpointId: 'i-1' })],
  });
  sg.connections.allowFrom(g.connectionsPeer('Peer', vpc), ec2.Port.tcp(443));
}

// Bad input: aws-cdk-lib throws; the message and construct path are the expectation.
const errors = {
  NameTooLong: (s) => new ga.Accelerator(s, 'A', { acceleratorName: 'x'.repeat(65) }),
  NameEmpty: (s) => new ga.Accelerator(s, 'A', { acceleratorName: '' }),
  TooManyIps: (s) => new ga.Accelerator(s, 'A', { ipAddresses: ['1.1.1.1', '2.2.2.2', '3.3.3.3'] }),
  NoIps: (s) => new ga.Accelerator(s, 'A', { ipAddresses: [] }),
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
