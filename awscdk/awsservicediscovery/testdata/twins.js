// aws-cdk-lib 2.276.0 twins of the Go cases in servicediscovery_test.go.
// Each stack is one template case; each entry of `errors` one bad-input
// case, whose message and construct path regen.sh writes to errors.json.
// Custom attributes are written with sorted keys, as jsii hands Go maps over.
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const elbv2 = require('aws-cdk-lib/aws-elasticloadbalancingv2');
const sd = require('aws-cdk-lib/aws-servicediscovery');
const app = new cdk.App();

const vpcOf = (s) => ec2.Vpc.fromVpcAttributes(s, 'Vpc', {
  vpcId: 'vpc-0a1b2c3d', availabilityZones: ['us-east-1a', 'us-east-1b'],
  publicSubnetIds: ['subnet-0aa11111', 'subnet-0aa22222'], privateSubnetIds: ['subnet-0bb11111', 'subnet-0bb22222'],
});
const outputs = (s, prefix, o) => { for (const [k, v] of Object.entries(o)) new cdk.CfnOutput(s, prefix + k, { value: v }); };

{ // Http: an HTTP namespace, API-only services, non-IP and IP instances
  const s = new cdk.Stack(app, 'Http');
  const ns = new sd.HttpNamespace(s, 'Ns', { name: 'http.local', description: 'an HTTP namespace' });
  const svc = ns.createService('Svc', { name: 'api', description: 'a service', customHealthCheck: { failureThreshold: 2 } });
  svc.registerNonIpInstance('NonIp', { customAttributes: { alpha: 'a', zeta: 'z' } });
  svc.registerNonIpInstance('NonIpNamed', { instanceId: 'my-instance', customAttributes: { k: 'v' } });
  const explicit = new sd.Service(s, 'Explicit', { namespace: ns, discoveryType: sd.DiscoveryType.API });
  explicit.registerIpInstance('Ip', { ipv4: '10.0.0.1', port: 8080 });
  ns.createService('Bare');
  outputs(s, 'Ns', { Arn: ns.namespaceArn, Id: ns.namespaceId, Name: ns.namespaceName, Type: ns.type,
    HArn: ns.httpNamespaceArn, HId: ns.httpNamespaceId, HName: ns.httpNamespaceName });
  outputs(s, 'Svc', { Arn: svc.serviceArn, Id: svc.serviceId, Name: svc.serviceName, Disc: svc.discoveryType, Rec: svc.dnsRecordType, Rout: svc.routingPolicy });
}

{ // Private: a private DNS namespace, every DNS record type and their instances
  const s = new cdk.Stack(app, 'Private');
  const vpc = vpcOf(s);
  const ns = new sd.PrivateDnsNamespace(s, 'Ns', { name: 'private.local', vpc });
  const a = ns.createService('A', { name: 'a', customHealthCheck: {} });
  a.registerIpInstance('Ip', { ipv4: '10.0.0.2', customAttributes: { AAA: 'first', AWS_INSTANCE_PORT: '9000', tag: 'x' } });
  const srv = ns.createService('Srv', { dnsRecordType: sd.DnsRecordType.SRV, dnsTtl: cdk.Duration.seconds(30) });
  srv.registerIpInstance('Ip6', { ipv6: '::1', port: 443 });
  const both = ns.createService('Both', { dnsRecordType: sd.DnsRecordType.A_AAAA, dnsTtl: cdk.Duration.minutes(5), routingPolicy: sd.RoutingPolicy.MULTIVALUE });
  both.registerIpInstance('Ip', { ipv4: '10.0.0.3', ipv6: '::2', instanceId: 'fixed' });
  const cname = ns.createService('Cname', { dnsRecordType: sd.DnsRecordType.CNAME, routingPolicy: sd.RoutingPolicy.WEIGHTED });
  cname.registerCnameInstance('C', { instanceCname: 'foo.example.com', customAttributes: { x: 'y' } });
  const lbs = ns.createService('Lbs', { loadBalancer: true });
  const alb = new elbv2.ApplicationLoadBalancer(s, 'Alb', { vpc });
  lbs.registerLoadBalancer('Alb', alb);
  lbs.registerLoadBalancer('Alb2', alb, { env: 'prod' });
  const api = ns.createService('Api', { discoveryType: sd.DiscoveryType.API });
  api.registerNonIpInstance('N', { customAttributes: { a: 'b' } });
  new sd.AliasTargetInstance(s, 'Alias', { service: lbs, dnsName: 'lb.example.com', instanceId: 'alias' });
  new sd.IpInstance(s, 'Direct', { service: a, ipv4: '10.0.0.9' });
  new sd.CnameInstance(s, 'DirectCname', { service: cname, instanceCname: 'bar.example.com' });
  new sd.NonIpInstance(s, 'DirectNonIp', { service: api, customAttributes: { q: 'r' } });
  outputs(s, 'Ns', { Zone: ns.namespaceHostedZoneId, Arn: ns.privateDnsNamespaceArn, Id: ns.privateDnsNamespaceId, Name: ns.privateDnsNamespaceName, Type: ns.type });
  outputs(s, 'Both', { Rout: both.routingPolicy, Disc: both.discoveryType });
  outputs(s, 'Cname', { Rout: cname.routingPolicy });
}

{ // Public: a public DNS namespace with Route 53 health checks
  const s = new cdk.Stack(app, 'Public');
  const ns = new sd.PublicDnsNamespace(s, 'Ns', { name: 'example.com', description: 'public' });
  ns.createService('Http', { healthCheck: {} }).registerIpInstance('Ip', { ipv4: '54.0.0.1' });
  ns.createService('Https', { healthCheck: { type: sd.HealthCheckType.HTTPS, resourcePath: '/health', failureThreshold: 3 } });
  ns.createService('Tcp', { healthCheck: { type: sd.HealthCheckType.TCP }, dnsRecordType: sd.DnsRecordType.AAAA })
    .registerIpInstance('Ip', { ipv6: '2001:db8::1' });
  ns.createService('Path', { healthCheck: { resourcePath: '/ping' } });
  outputs(s, 'Ns', { Zone: ns.namespaceHostedZoneId, Arn: ns.publicDnsNamespaceArn, Id: ns.publicDnsNamespaceId, Name: ns.publicDnsNamespaceName, Type: ns.type });
}

{ // Import: namespaces and a service from their attributes
  const s = new cdk.Stack(app, 'Import');
  const http = sd.HttpNamespace.fromHttpNamespaceAttributes(s, 'Http', { namespaceName: 'h', namespaceId: 'ns-h', namespaceArn: 'arn:aws:servicediscovery:us-east-1:111111111111:namespace/ns-h' });
  const priv = sd.PrivateDnsNamespace.fromPrivateDnsNamespaceAttributes(s, 'Priv', { namespaceName: 'p', namespaceId: 'ns-p', namespaceArn: 'arn:p' });
  const pub = sd.PublicDnsNamespace.fromPublicDnsNamespaceAttributes(s, 'Pub', { namespaceName: 'q', namespaceId: 'ns-q', namespaceArn: 'arn:q' });
  new sd.Service(s, 'InHttp', { namespace: http });
  new sd.Service(s, 'InPriv', { namespace: priv, dnsRecordType: sd.DnsRecordType.SRV });
  const svc = sd.Service.fromServiceAttributes(s, 'Svc', { namespace: pub, serviceId: 'srv-1', serviceArn: 'arn:srv', serviceName: 'svc',
    dnsRecordType: sd.DnsRecordType.A, routingPolicy: sd.RoutingPolicy.WEIGHTED });
  new sd.IpInstance(s, 'Ip', { service: svc, ipv4: '1.2.3.4' });
  new sd.AliasTargetInstance(s, 'Alias', { service: svc, dnsName: 'x.example.com' });
  outputs(s, 'Http', { Type: http.type, Name: http.namespaceName });
  outputs(s, 'Priv', { Type: priv.type, Id: priv.namespaceId });
  outputs(s, 'Pub', { Type: pub.type, Arn: pub.namespaceArn });
  outputs(s, 'Svc', { Disc: svc.discoveryType, Id: svc.serviceId });
}

const errors = {
  HttpDnsAndApi: (s) => new sd.Service(s, 'Svc', { namespace: new sd.HttpNamespace(s, 'Ns', { name: 'n' }), discoveryType: sd.DiscoveryType.DNS_AND_API }),
  ApiWithRecord: (s) => new sd.Service(s, 'Svc', { namespace: new sd.PublicDnsNamespace(s, 'Ns', { name: 'n' }), discoveryType: sd.DiscoveryType.API, dnsRecordType: sd.DnsRecordType.A }),
  BothHealthChecks: (s) => new sd.Service(s, 'Svc', { namespace: new sd.PublicDnsNamespace(s, 'Ns', { name: 'n' }), healthCheck: {}, customHealthCheck: {} }),
  PrivateHealthCheck: (s) => new sd.Service(s, 'Svc', { namespace: new sd.PrivateDnsNamespace(s, 'Ns', { name: 'n', vpc: vpcOf(s) }), healthCheck: {} }),
  CnameMultivalue: (s) => new sd.Service(s, 'Svc', { namespace: new sd.PublicDnsNamespace(s, 'Ns', { name: 'n' }), dnsRecordType: sd.DnsRecordType.CNAME, routingPolicy: sd.RoutingPolicy.MULTIVALUE }),
  LbMultivalue: (s) => new sd.Service(s, 'Svc', { namespace: new sd.PublicDnsNamespace(s, 'Ns', { name: 'n' }), loadBalancer: true, routingPolicy: sd.RoutingPolicy.MULTIVALUE }),
  TcpPath: (s) => new sd.Service(s, 'Svc', { namespace: new sd.PublicDnsNamespace(s, 'Ns', { name: 'n' }), healthCheck: { type: sd.HealthCheckType.TCP, resourcePath: '/' } }),
  LbSrv: (s) => new sd.Service(s, 'Svc', { namespace: new sd.PublicDnsNamespace(s, 'Ns', { name: 'n' }), loadBalancer: true, dnsRecordType: sd.DnsRecordType.SRV }),
  IpOnCname: (s) => new sd.PublicDnsNamespace(s, 'Ns', { name: 'n' }).createService('Svc', { dnsRecordType: sd.DnsRecordType.CNAME }).registerIpInstance('I', { ipv4: '1.1.1.1' }),
  SrvNoPort: (s) => new sd.PublicDnsNamespace(s, 'Ns', { name: 'n' }).createService('Svc', { dnsRecordType: sd.DnsRecordType.SRV }).registerIpInstance('I', { ipv4: '1.1.1.1' }),
  SrvNoIp: (s) => new sd.PublicDnsNamespace(s, 'Ns', { name: 'n' }).createService('Svc', { dnsRecordType: sd.DnsRecordType.SRV }).registerIpInstance('I', { port: 80 }),
  ANoIpv4: (s) => new sd.PublicDnsNamespace(s, 'Ns', { name: 'n' }).createService('Svc').registerIpInstance('I', { ipv6: '::1' }),
  AaaaNoIpv6: (s) => new sd.PublicDnsNamespace(s, 'Ns', { name: 'n' }).createService('Svc', { dnsRecordType: sd.DnsRecordType.AAAA }).registerIpInstance('I', { ipv4: '1.1.1.1' }),
  CnameOnHttp: (s) => new sd.CnameInstance(s, 'I', { service: new sd.HttpNamespace(s, 'Ns', { name: 'n' }).createService('Svc'), instanceCname: 'c' }),
  CnameOnA: (s) => new sd.PublicDnsNamespace(s, 'Ns', { name: 'n' }).createService('Svc').registerCnameInstance('I', { instanceCname: 'c' }),
  NonIpOnDns: (s) => new sd.PublicDnsNamespace(s, 'Ns', { name: 'n' }).createService('Svc').registerNonIpInstance('I', { customAttributes: { a: 'b' } }),
  NonIpNoAttributes: (s) => new sd.HttpNamespace(s, 'Ns', { name: 'n' }).createService('Svc').registerNonIpInstance('I', {}),
  AliasOnHttp: (s) => new sd.AliasTargetInstance(s, 'I', { service: new sd.HttpNamespace(s, 'Ns', { name: 'n' }).createService('Svc'), dnsName: 'd' }),
  AliasOnSrv: (s) => new sd.AliasTargetInstance(s, 'I', { service: new sd.PublicDnsNamespace(s, 'Ns', { name: 'n' }).createService('Svc', { dnsRecordType: sd.DnsRecordType.SRV }), dnsName: 'd' }),
  AliasMultivalue: (s) => new sd.AliasTargetInstance(s, 'I', { service: new sd.PublicDnsNamespace(s, 'Ns', { name: 'n' }).createService('Svc'), dnsName: 'd' }),
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
