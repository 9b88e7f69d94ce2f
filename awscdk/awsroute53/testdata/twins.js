// aws-cdk-lib 2.276.0 twins of the Go cases in zone_test.go. Each stack is
// one template case; each entry of `errors` one bad-input case, whose
// message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const r53 = require('aws-cdk-lib/aws-route53');
const iam = require('aws-cdk-lib/aws-iam');
const ec2 = require('aws-cdk-lib/aws-ec2');
const kms = require('aws-cdk-lib/aws-kms');
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

{ // Health: health checks of each kind, records that use them, CIDR routing, HTTPS/SVCB/DS records, an A record from attributes
  const s = new cdk.Stack(app, 'Health');
  const zone = r53.HostedZone.fromHostedZoneAttributes(s, 'Zone', { hostedZoneId: 'Z123', zoneName: 'example.com' });
  const http = new r53.HealthCheck(s, 'Http', { type: r53.HealthCheckType.HTTP, fqdn: 'www.example.com', resourcePath: '/health' });
  const https = new r53.HealthCheck(s, 'Https', { type: r53.HealthCheckType.HTTPS_STR_MATCH, fqdn: 'www.example.com', searchString: 'ok', requestInterval: cdk.Duration.seconds(10), regions: ['us-east-1', 'eu-west-1', 'ap-southeast-1'] });
  const tcp = new r53.HealthCheck(s, 'Tcp', { type: r53.HealthCheckType.TCP, ipAddress: '1.2.3.4', port: 22, failureThreshold: 2 });
  const imported = r53.HealthCheck.fromHealthCheckId(s, 'Imported', 'hc-123');
  new r53.HealthCheck(s, 'Calc', { type: r53.HealthCheckType.CALCULATED, childHealthChecks: [http, tcp, imported] });
  new r53.HealthCheck(s, 'Alarm', { type: r53.HealthCheckType.CLOUDWATCH_METRIC, alarmIdentifier: { name: 'my-alarm', region: 'us-east-1' } });
  new r53.HealthCheck(s, 'AlarmHealthy', { type: r53.HealthCheckType.CLOUDWATCH_METRIC, alarmIdentifier: { name: 'my-alarm', region: 'us-east-1' }, insufficientDataHealthStatus: r53.InsufficientDataHealthStatusEnum.HEALTHY, inverted: true });
  new r53.ARecord(s, 'Primary', { recordName: 'f', failover: r53.Failover.PRIMARY, healthCheck: https, target: r53.RecordTarget.fromIpAddresses('1.1.1.1'), zone });
  new r53.ARecord(s, 'Secondary', { recordName: 'f', failover: r53.Failover.SECONDARY, target: r53.RecordTarget.fromIpAddresses('2.2.2.2'), zone });
  new r53.ARecord(s, 'Cidr', { recordName: 'c', cidrRoutingConfig: r53.CidrRoutingConfig.create({ collectionId: '12345678-1234-1234-1234-123456789012', locationName: 'office' }), setIdentifier: 'office', target: r53.RecordTarget.fromIpAddresses('3.3.3.3'), zone });
  new r53.ARecord(s, 'CidrDefault', { recordName: 'c', cidrRoutingConfig: r53.CidrRoutingConfig.withDefaultLocationName('12345678-1234-1234-1234-123456789012'), setIdentifier: 'default', target: r53.RecordTarget.fromIpAddresses('4.4.4.4'), zone });
  new r53.HttpsRecord(s, 'HttpsRec', { values: [r53.HttpsRecordValue.alias('cdn.example.net'), r53.HttpsRecordValue.service({ alpn: [r53.Alpn.H3, r53.Alpn.H2, r53.Alpn.of('h2c')], port: 8443, ipv4hint: ['1.1.1.1', '2.2.2.2'], ipv6hint: ['::1'], mandatory: ['alpn'], noDefaultAlpn: true }), r53.HttpsRecordValue.service()], zone });
  new r53.HttpsRecord(s, 'HttpsAlias', { recordName: 'h', target: r53.RecordTarget.fromAlias({ bind: () => ({ dnsName: 'd123.cloudfront.net', hostedZoneId: 'Z2FDTNDATAQYW2' }) }), zone });
  new r53.SvcbRecord(s, 'Svcb', { recordName: '_dns', values: [r53.SvcbRecordValue.service({ priority: 2, targetName: 'dns.example.com', alpn: [r53.Alpn.HTTP1_1] }), r53.SvcbRecordValue.alias('x.example.com')], zone });
  new r53.DsRecord(s, 'Ds', { recordName: 'sub', values: ['12345 3 1 123456789abcdef67890123456789abcdef67890'], ttl: cdk.Duration.minutes(90), zone });
  r53.ARecord.fromARecordAttributes(s, 'FromAttrs', { recordName: 'attrs', targetDNS: 'elsewhere.example.com', zone });
}

{ // Private: private zones, VPC associations, DNSSEC with a key-signing key
  const s = new cdk.Stack(app, 'Private');
  const vpc = ec2.Vpc.fromVpcAttributes(s, 'Vpc', { vpcId: 'vpc-12345678', availabilityZones: ['us-east-1a'] });
  const other = ec2.Vpc.fromVpcAttributes(s, 'Other', { vpcId: 'vpc-87654321', availabilityZones: ['eu-west-1a'], region: 'eu-west-1' });
  const p = new r53.PrivateHostedZone(s, 'Internal', { zoneName: 'internal.example', vpc });
  p.addVpc(other);
  new r53.HostedZone(s, 'WithVpcs', { zoneName: 'corp.example', vpcs: [vpc] });
  const key = new kms.Key(s, 'Key', { keySpec: kms.KeySpec.ECC_NIST_P256, keyUsage: kms.KeyUsage.SIGN_VERIFY });
  const pub = new r53.PublicHostedZone(s, 'Public', { zoneName: 'signed.example.com' });
  const ksk = pub.enableDnssec({ kmsKey: key });
  out(s, 'KskId', ksk.keySigningKeyId);
  new r53.KeySigningKey(s, 'Named', { hostedZone: pub, kmsKey: key, keySigningKeyName: 'my_key', status: r53.KeySigningKeyStatus.INACTIVE });
  const imp = r53.KeySigningKey.fromKeySigningKeyAttributes(s, 'ImpKsk', { hostedZone: r53.HostedZone.fromHostedZoneAttributes(s, 'IZ', { hostedZoneId: 'Z9', zoneName: 'x.com' }), keySigningKeyName: 'k' });
  out(s, 'ImpKskId', imp.keySigningKeyId);
  out(s, 'PrivId', r53.PrivateHostedZone.fromPrivateHostedZoneAttributes(s, 'PA', { hostedZoneId: 'Z77', zoneName: 'p.example' }).zoneName);
}

{ // Delegation: cross-account delegation by parent name and by id (TTL, region, RETAIN); records that delete an existing one first
  const s = new cdk.Stack(app, 'Delegation');
  const sub = new r53.PublicHostedZone(s, 'Sub', { zoneName: 'sub.example.com' });
  const role = iam.Role.fromRoleArn(s, 'ParentRole', 'arn:aws:iam::222222222222:role/Delegation');
  new r53.CrossAccountZoneDelegationRecord(s, 'Delegate', { delegatedZone: sub, parentHostedZoneName: 'example.com', delegationRole: role });
  new r53.CrossAccountZoneDelegationRecord(s, 'DelegateById', { delegatedZone: sub, parentHostedZoneId: 'Z1', delegationRole: role, ttl: cdk.Duration.minutes(5), assumeRoleRegion: 'us-east-1', removalPolicy: cdk.RemovalPolicy.RETAIN });
  const z = r53.HostedZone.fromHostedZoneAttributes(s, 'Zone', { hostedZoneId: 'Z9', zoneName: 'example.org' });
  new r53.ARecord(s, 'A', { zone: z, target: r53.RecordTarget.fromIpAddresses('1.1.1.1'), deleteExisting: true });
  new r53.CnameRecord(s, 'C', { zone: z, recordName: 'c', domainName: 'x.example.org', deleteExisting: true });
}

{ // EndpointDomain: private DNS names for VPC endpoint services, verified through TXT records in a public zone
  const s = new cdk.Stack(app, 'EndpointDomain');
  const lb = { loadBalancerArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/nlb/1' };
  const svc = new ec2.VpcEndpointService(s, 'Service', { vpcEndpointServiceLoadBalancers: [lb], acceptanceRequired: false });
  const zone = new r53.PublicHostedZone(s, 'Zone', { zoneName: 'example.com' });
  const d = new r53.VpcEndpointServiceDomainName(s, 'Domain', { endpointService: svc, domainName: 'svc.example.com', publicHostedZone: zone });
  out(s, 'DomainName', d.domainName);
  const other = new ec2.VpcEndpointService(s, 'Other', { vpcEndpointServiceLoadBalancers: [lb] });
  new r53.VpcEndpointServiceDomainName(s, 'OtherDomain', { endpointService: other, domainName: 'other.example.com', publicHostedZone: zone });
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
  DelegationNoParent: (s) => new r53.CrossAccountZoneDelegationRecord(s, 'D', { delegatedZone: zoneOf(s), delegationRole: iam.Role.fromRoleArn(s, 'R', 'arn:aws:iam::222222222222:role/D') }),
  DelegationTwoParents: (s) => new r53.CrossAccountZoneDelegationRecord(s, 'D', { delegatedZone: zoneOf(s), parentHostedZoneId: 'Z1', parentHostedZoneName: 'example.com', delegationRole: iam.Role.fromRoleArn(s, 'R', 'arn:aws:iam::222222222222:role/D') }),
  PublicAddVpc: (s) => new r53.PublicHostedZone(s, 'P', { zoneName: 'a.com' }).addVpc(ec2.Vpc.fromVpcAttributes(s, 'V', { vpcId: 'vpc-1', availabilityZones: ['a'] })),
  DnssecTwice: (s) => { const z = new r53.HostedZone(s, 'Z', { zoneName: 'a.com' }); const k = new kms.Key(s, 'K'); z.enableDnssec({ kmsKey: k }); z.enableDnssec({ kmsKey: k }); },
  HttpsNeither: (s) => new r53.HttpsRecord(s, 'H', { zone: zoneOf(s) }),
  BadCollection: (s) => r53.CidrRoutingConfig.create({ collectionId: 'nope', locationName: 'x' }),
  EndpointDomainTwice: (s) => {
    const svc = new ec2.VpcEndpointService(s, 'Svc', { vpcEndpointServiceLoadBalancers: [{ loadBalancerArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/nlb/1' }] });
    const zone = new r53.PublicHostedZone(s, 'Zone', { zoneName: 'example.com' });
    new r53.VpcEndpointServiceDomainName(s, 'D1', { endpointService: svc, domainName: 'd1.example.com', publicHostedZone: zone });
    new r53.VpcEndpointServiceDomainName(s, 'D2', { endpointService: svc, domainName: 'd2.example.com', publicHostedZone: zone });
  },
  PrimaryNoHealth: (s) => new r53.ARecord(s, 'R', { failover: r53.Failover.PRIMARY, target: r53.RecordTarget.fromValues('1.1.1.1'), zone: zoneOf(s) }),
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

// Lookups: what the manifest lists for hosted-zone lookups not in the context.
{
  const outdir = require('fs').mkdtempSync(require('path').join(require('os').tmpdir(), 'lookups-'));
  const a = new cdk.App({ autoSynth: false, outdir, context: JSON.parse(process.env.CDK_CONTEXT_JSON || '{}') });
  const s = new cdk.Stack(a, 'S', { env: { account: '111111111111', region: 'eu-west-1' } });
  const z = r53.HostedZone.fromLookup(s, 'Z', { domainName: 'corp.internal', privateZone: true, vpcId: 'vpc-1234' });
  new cdk.CfnOutput(s, 'Id', { value: z.hostedZoneId });
  new r53.ARecord(s, 'R', { zone: z, target: r53.RecordTarget.fromIpAddresses('10.0.0.1') });
  const z2 = r53.PrivateHostedZone.fromLookup(s, 'Z2', { domainName: 'x.com.' });
  new cdk.CfnOutput(s, 'Name', { value: z2.zoneName });
  const asm = a.synth();
  require('fs').writeFileSync(require('path').join(__dirname, 'lookups.json'),
    JSON.stringify({ missing: asm.manifest.missing, outputs: asm.getStackByName('S').template.Outputs }, null, 2) + '\n');
}
app.synth();
