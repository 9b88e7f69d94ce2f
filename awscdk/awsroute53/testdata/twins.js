// aws-cdk-lib 2.276.0 twins of the Go cases in zone_test.go. Each stack is
// one template case; each entry of `errors` one bad-input case, whose
// message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const r53 = require('aws-cdk-lib/aws-route53');
const iam = require('aws-cdk-lib/aws-iam');
const app = new cdk.App();
const out = (s, id, value) => new cdk.CfnOutput(s, id, { value });

{ // Zones: a hosted zone, a public zone with CAA and a delegation role, a delegated subzone
  const s = new cdk.Stack(app, 'Zones');
  const z = new r53.HostedZone(s, 'Zone', { zoneName: 'example.com', comment: 'main' });
  const pub = new r53.PublicHostedZone(s, 'Public', {
    zoneName: 'example.org', caaAmazon: true,
    crossAccountZoneDelegationPrincipal: new iam.AccountPrincipal('111111111111'),
  });
  const sub = new r53.PublicHostedZone(s, 'Sub', { zoneName: 'dev.example.org' });
  pub.addDelegation(sub);
  out(s, 'ZoneId', z.hostedZoneId);
  out(s, 'NameServers', cdk.Fn.join(',', z.hostedZoneNameServers));
  out(s, 'Arn', z.hostedZoneArn);
  z.grantDelegation(new iam.Role(s, 'Delegator', { assumedBy: new iam.AccountRootPrincipal() }), { delegatedZoneNames: ['sub.example.com'] });
}

{ // Records: every simple record type, TTLs, names, routing policies
  const s = new cdk.Stack(app, 'Records');
  const zone = r53.HostedZone.fromHostedZoneAttributes(s, 'Zone', { hostedZoneId: 'Z123', zoneName: 'example.com' });
  new r53.ARecord(s, 'Apex', { target: r53.RecordTarget.fromIpAddresses('1.2.3.4', '5.6.7.8'), zone });
  new r53.ARecord(s, 'Www', { recordName: 'www', target: r53.RecordTarget.fromIpAddresses('1.2.3.4'), ttl: cdk.Duration.minutes(5), zone });
  new r53.AaaaRecord(s, 'V6', { recordName: 'v6.example.com', target: r53.RecordTarget.fromIpAddresses('::1'), zone });
  new r53.CnameRecord(s, 'Cname', { domainName: 'target.example.net', recordName: 'alias', zone, comment: 'a cname' });
  new r53.TxtRecord(s, 'Txt', { values: ['v=spf1 include:amazonses.com ~all', 'x'.repeat(300)], zone });
  new r53.MxRecord(s, 'Mx', { values: [{ hostName: 'mail.example.com', priority: 10 }], zone });
  new r53.NsRecord(s, 'Ns', { recordName: 'sub', values: ['ns-1.example.net.', 'ns-2.example.net'], zone });
  new r53.CaaRecord(s, 'Caa', { values: [{ flag: 0, tag: r53.CaaTag.ISSUEWILD, value: 'letsencrypt.org' }], zone });
  new r53.SrvRecord(s, 'Srv', { recordName: '_sip._tcp', values: [{ hostName: 'sip.example.com', port: 5060, priority: 1, weight: 2 }], zone });
  new r53.ARecord(s, 'Weighted', { recordName: 'w', target: r53.RecordTarget.fromIpAddresses('1.1.1.1'), weight: 80, zone });
  new r53.ARecord(s, 'Regional', { recordName: 'r', region: 'eu-west-1', target: r53.RecordTarget.fromIpAddresses('1.1.1.1'), zone });
  new r53.ARecord(s, 'Geo', { geoLocation: r53.GeoLocation.continent(r53.Continent.EUROPE), recordName: 'g', target: r53.RecordTarget.fromIpAddresses('1.1.1.1'), zone });
  new r53.ARecord(s, 'GeoDefault', { geoLocation: r53.GeoLocation.default(), recordName: 'g', target: r53.RecordTarget.fromIpAddresses('1.1.1.2'), zone });
  new r53.ARecord(s, 'Multi', { multiValueAnswer: true, recordName: 'm', target: r53.RecordTarget.fromIpAddresses('1.1.1.1'), zone });
  const rec = new r53.ARecord(s, 'Alias', { recordName: 'alias2', target: r53.RecordTarget.fromAlias({ bind: () => ({ dnsName: 'd123.cloudfront.net', hostedZoneId: 'Z2FDTNDATAQYW2' }) }), zone });
  out(s, 'Domain', rec.domainName);
}

// Bad input: aws-cdk-lib throws; the message and construct path are the expectation.
const zoneOf = (s) => r53.HostedZone.fromHostedZoneAttributes(s, 'Z', { hostedZoneId: 'Z1', zoneName: 'example.com' });
const errors = {
  BadWeight: (s) => new r53.ARecord(s, 'R', { target: r53.RecordTarget.fromValues('1.1.1.1'), weight: 300, zone: zoneOf(s) }),
  TwoPolicies: (s) => new r53.ARecord(s, 'R', { target: r53.RecordTarget.fromValues('1.1.1.1'), weight: 1, region: 'us-east-1', zone: zoneOf(s) }),
  SetIdSimple: (s) => new r53.ARecord(s, 'R', { target: r53.RecordTarget.fromValues('1.1.1.1'), setIdentifier: 'x', zone: zoneOf(s) }),
  BadZoneName: (s) => new r53.HostedZone(s, 'Z', { zoneName: 'bad zone.com' }),
  ZoneNameFromId: (s) => new r53.ARecord(s, 'R', { target: r53.RecordTarget.fromValues('1.1.1.1'), zone: r53.HostedZone.fromHostedZoneId(s, 'Z', 'Z1') }),
  BadCountry: (s) => r53.GeoLocation.country('usa'),
};
const outErr = {};
for (const [name, build] of Object.entries(errors)) {
  const a = new cdk.App({ autoSynth: false, context: JSON.parse(process.env.CDK_CONTEXT_JSON || '{}') });
  const s = new cdk.Stack(a, 'S');
  try {
    build(s);
    a.synth();
    outErr[name] = null;
  } catch (e) {
    outErr[name] = { path: e.constructPath || '', message: e.message };
  }
}
console.log(JSON.stringify(outErr, null, 2));
app.synth();
