// aws-cdk-lib 2.276.0 twins of the Go cases in alb_test.go and extras_test.go.
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const elbv2 = require('aws-cdk-lib/aws-elasticloadbalancingv2');
const targets = require('aws-cdk-lib/aws-elasticloadbalancingv2-targets');
const s3 = require('aws-cdk-lib/aws-s3');
const lambda = require('aws-cdk-lib/aws-lambda');
const cw = require('aws-cdk-lib/aws-cloudwatch');
const acm = require('aws-cdk-lib/aws-certificatemanager');
const r53 = require('aws-cdk-lib/aws-route53');
const r53targets = require('aws-cdk-lib/aws-route53-targets');
const cf = require('aws-cdk-lib/aws-cloudfront');
const origins = require('aws-cdk-lib/aws-cloudfront-origins');
const app = new cdk.App();

{ // Public: internet-facing ALB, HTTP→HTTPS redirect, HTTPS listener with targets, a rule, access logs, a metric
  const s = new cdk.Stack(app, 'Public', { env: { account: '111111111111', region: 'us-east-1' } });
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1, restrictDefaultSecurityGroup: false });
  const lb = new elbv2.ApplicationLoadBalancer(s, 'Lb', { vpc, internetFacing: true });
  lb.addRedirect();
  const https = lb.addListener('Https', { port: 443, certificates: [elbv2.ListenerCertificate.fromArn('arn:aws:acm:us-east-1:111111111111:certificate/abc')] });
  https.addTargets('Api', { port: 8080, targets: [new targets.IpTarget('10.0.0.10')],
    healthCheck: { path: '/health', interval: cdk.Duration.seconds(30), healthyHttpCodes: '200-299' } });
  https.addAction('Ok', { priority: 10, conditions: [elbv2.ListenerCondition.pathPatterns(['/ok'])],
    action: elbv2.ListenerAction.fixedResponse(200, { contentType: 'text/plain', messageBody: 'ok' }) });
  const logs = new s3.Bucket(s, 'Logs');
  lb.logAccessLogs(logs, 'alb');
  new cw.Alarm(s, 'Errors', { metric: lb.metrics.httpCodeElb(elbv2.HttpCodeElb.ELB_5XX_COUNT), threshold: 5, evaluationPeriods: 1 });
  new cdk.CfnOutput(s, 'Dns', { value: lb.loadBalancerDnsName });
}

{ // Internal: internal ALB, weighted forward default action, host-header redirect rule, target group on its own
  const s = new cdk.Stack(app, 'Internal');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1, restrictDefaultSecurityGroup: false });
  const lb = new elbv2.ApplicationLoadBalancer(s, 'Lb', { vpc, loadBalancerName: 'inner', idleTimeout: cdk.Duration.seconds(120) });
  const blue = new elbv2.ApplicationTargetGroup(s, 'Blue', { vpc, port: 80, targetType: elbv2.TargetType.IP });
  const green = new elbv2.ApplicationTargetGroup(s, 'Green', { vpc, protocol: elbv2.ApplicationProtocol.HTTP, targetType: elbv2.TargetType.IP,
    deregistrationDelay: cdk.Duration.seconds(10) });
  green.configureHealthCheck({ path: '/ping', healthyThresholdCount: 3 });
  const l = lb.addListener('Http', { port: 80, open: false,
    defaultAction: elbv2.ListenerAction.weightedForward([{ targetGroup: blue, weight: 80 }, { targetGroup: green, weight: 20 }]) });
  l.addAction('Old', { priority: 5, conditions: [elbv2.ListenerCondition.hostHeaders(['old.example.com']), elbv2.ListenerCondition.pathPatterns(['/a', '/b'])],
    action: elbv2.ListenerAction.redirect({ host: 'new.example.com', permanent: true }) });
  l.addAction('Blue', { priority: 7, conditions: [elbv2.ListenerCondition.httpHeader('X-Env', ['blue'])], action: elbv2.ListenerAction.forward([blue]) });
  l.connections.allowDefaultPortFrom(ec2.Peer.ipv4('10.0.0.0/8'));
  new cdk.CfnOutput(s, 'Arn', { value: l.listenerArn });
}

{ // Edge: the Yoctogram shape: ACM certificate, app security group reached by the ALB, stickiness, DNS alias and CloudFront /api/*
  const s = new cdk.Stack(app, 'Edge', { env: { account: '111111111111', region: 'us-east-1' } });
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1, restrictDefaultSecurityGroup: false });
  const lb = new elbv2.ApplicationLoadBalancer(s, 'Lb', { vpc, internetFacing: true, http2Enabled: false, dropInvalidHeaderFields: true });
  const cert = acm.Certificate.fromCertificateArn(s, 'Cert', 'arn:aws:acm:us-east-1:111111111111:certificate/main');
  const https = lb.addListener('Https', { protocol: elbv2.ApplicationProtocol.HTTPS, certificates: [elbv2.ListenerCertificate.fromCertificateManager(cert)],
    sslPolicy: elbv2.SslPolicy.RECOMMENDED_TLS });
  https.addCertificates('More', [elbv2.ListenerCertificate.fromArn('arn:aws:acm:us-east-1:111111111111:certificate/b'),
    elbv2.ListenerCertificate.fromArn('arn:aws:acm:us-east-1:111111111111:certificate/c')]);
  const appSg = new ec2.SecurityGroup(s, 'AppSg', { vpc });
  const api = https.addTargets('Api', { port: 8080, targetType: elbv2.TargetType.IP, stickinessCookieDuration: cdk.Duration.hours(1),
    deregistrationDelay: cdk.Duration.seconds(5), healthCheck: { path: '/api/health', timeout: cdk.Duration.seconds(5), unhealthyThresholdCount: 2 } });
  api.registerConnectable(appSg);
  const web = new elbv2.ApplicationTargetGroup(s, 'Web', { vpc, port: 3000, protocol: elbv2.ApplicationProtocol.HTTP, targetType: elbv2.TargetType.IP, targets: [new targets.IpTarget('10.0.1.1', 3001, 'all')] });
  https.addAction('Split', { priority: 20, conditions: [elbv2.ListenerCondition.httpRequestMethods(['GET']), elbv2.ListenerCondition.sourceIps(['10.0.0.0/8'])],
    action: elbv2.ListenerAction.forward([api, web], { stickinessDuration: cdk.Duration.minutes(10) }) });
  https.addTargetGroups('Web', { targetGroups: [web], priority: 30, conditions: [elbv2.ListenerCondition.queryStrings([{ key: 'v', value: '2' }, { value: 'x' }])] });
  new cw.Alarm(s, 'Healthy', { metric: api.metrics.healthyHostCount(), threshold: 1, evaluationPeriods: 1, comparisonOperator: cw.ComparisonOperator.LESS_THAN_THRESHOLD });
  new cw.Alarm(s, 'Latency', { metric: lb.metrics.targetResponseTime({ period: cdk.Duration.minutes(1) }), threshold: 2, evaluationPeriods: 3 });
  const zone = r53.HostedZone.fromHostedZoneAttributes(s, 'Zone', { hostedZoneId: 'Z123', zoneName: 'example.com' });
  new r53.ARecord(s, 'Api', { zone, recordName: 'api', target: r53.RecordTarget.fromAlias(new r53targets.LoadBalancerTarget(lb)) });
  new cf.Distribution(s, 'Cdn', { defaultBehavior: { origin: new origins.LoadBalancerV2Origin(lb, { protocolPolicy: cf.OriginProtocolPolicy.HTTPS_ONLY }) },
    additionalBehaviors: { '/api/*': { origin: new origins.LoadBalancerV2Origin(lb, { readTimeout: cdk.Duration.seconds(60) }), allowedMethods: cf.AllowedMethods.ALLOW_ALL,
      cachePolicy: cf.CachePolicy.CACHING_DISABLED } } });
}

{ // Imported: a load balancer, a listener and a target group from attributes
  const s = new cdk.Stack(app, 'Imported');
  const lb = elbv2.ApplicationLoadBalancer.fromApplicationLoadBalancerAttributes(s, 'Lb', {
    loadBalancerArn: 'arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/app/my-lb/50dc6c495c0c9188', securityGroupId: 'sg-0123456789abcdef0',
    loadBalancerDnsName: 'my-lb-1.us-east-1.elb.amazonaws.com', loadBalancerCanonicalHostedZoneId: 'Z35SXDOTRQ7X7K', securityGroupAllowsAllOutbound: false });
  lb.addListener('Http', { port: 8080, defaultAction: elbv2.ListenerAction.fixedResponse(503, { messageBody: 'down' }) });
  const sg = ec2.SecurityGroup.fromSecurityGroupId(s, 'ListenerSg', 'sg-0123456789abcdef1');
  const l = elbv2.ApplicationListener.fromApplicationListenerAttributes(s, 'Listener', {
    listenerArn: 'arn:aws:elasticloadbalancing:us-east-1:111111111111:listener/app/my-lb/50dc6c495c0c9188/f2f7dc8efc522ab2', securityGroup: sg });
  const tg = elbv2.ApplicationTargetGroup.fromTargetGroupAttributes(s, 'Tg', {
    targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:111111111111:targetgroup/my-tg/73e2d6bc24d8a067',
    loadBalancerArns: 'arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/app/my-lb/50dc6c495c0c9188' });
  l.addTargetGroups('Tg', { targetGroups: [tg], priority: 4, conditions: [elbv2.ListenerCondition.pathPatterns(['/tg/*'])] });
  l.addAction('Deny', { priority: 5, conditions: [elbv2.ListenerCondition.sourceIps(['192.0.2.0/24'])], action: elbv2.ListenerAction.fixedResponse(403) });
  new cw.Alarm(s, 'Requests', { metric: lb.metrics.requestCount(), threshold: 100, evaluationPeriods: 1 });
  new cw.Alarm(s, 'Unhealthy', { metric: tg.metrics.unhealthyHostCount(), threshold: 1, evaluationPeriods: 1 });
  new cdk.CfnOutput(s, 'Name', { value: tg.targetGroupName });
  const nlbArn = 'arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/net/my-nlb/50dc6c495c0c9189';
  const nlb = elbv2.NetworkLoadBalancer.fromNetworkLoadBalancerAttributes(s, 'Nlb', { loadBalancerArn: nlbArn, vpc: ec2.Vpc.fromVpcAttributes(s, 'ImpVpc', {
    vpcId: 'vpc-12345678', availabilityZones: ['us-east-1a'] }) });
  const ntg = elbv2.NetworkTargetGroup.fromTargetGroupAttributes(s, 'Ntg', {
    targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:111111111111:targetgroup/my-ntg/73e2d6bc24d8a068', loadBalancerArns: nlbArn });
  nlb.addListener('Tcp', { port: 22, defaultTargetGroups: [ntg] });
  new cw.Alarm(s, 'NetUnhealthy', { metric: ntg.metrics.unHealthyHostCount(), threshold: 1, evaluationPeriods: 1 });
  new cw.Alarm(s, 'NetFlows', { metric: nlb.metrics.newFlowCount(), threshold: 1, evaluationPeriods: 1 });
  new cdk.CfnOutput(s, 'NetListener', { value: elbv2.NetworkListener.fromNetworkListenerArn(s, 'NetL', 'arn:aws:elasticloadbalancing:us-east-1:111111111111:listener/net/my-nlb/50dc6c495c0c9189/abc').listenerArn });
}

{ // Lambda: a function behind an internal ALB
  const s = new cdk.Stack(app, 'Lambda');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1, restrictDefaultSecurityGroup: false });
  const fn = new lambda.Function(s, 'Fn', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 })') });
  const lb = new elbv2.ApplicationLoadBalancer(s, 'Lb', { vpc });
  const l = lb.addListener('Http', { port: 80, open: false });
  l.addTargets('Fn', { targets: [new targets.LambdaTarget(fn)], healthCheck: { enabled: true } });
}

{ // Auth: OIDC before forwarding by default, JWT validation in a rule
  const s = new cdk.Stack(app, 'Auth');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1, restrictDefaultSecurityGroup: false });
  const lb = new elbv2.ApplicationLoadBalancer(s, 'Lb', { vpc, internetFacing: true });
  const tg = new elbv2.ApplicationTargetGroup(s, 'Tg', { vpc, port: 80, targetType: elbv2.TargetType.IP });
  const l = lb.addListener('Https', { port: 443, certificates: [elbv2.ListenerCertificate.fromArn('arn:aws:acm:us-east-1:111111111111:certificate/abc')],
    defaultAction: elbv2.ListenerAction.authenticateOidc({ authorizationEndpoint: 'https://idp.example.com/auth', clientId: 'client',
      clientSecret: cdk.SecretValue.unsafePlainText('secret'), issuer: 'https://idp.example.com', tokenEndpoint: 'https://idp.example.com/token',
      userInfoEndpoint: 'https://idp.example.com/userinfo', scope: 'openid email', sessionTimeout: cdk.Duration.hours(8),
      authenticationRequestExtraParams: { a: '1', b: '2' }, onUnauthenticatedRequest: elbv2.UnauthenticatedAction.AUTHENTICATE,
      next: elbv2.ListenerAction.forward([tg]) }) });
  l.addAction('Api', { priority: 1, conditions: [elbv2.ListenerCondition.pathPatterns(['/api/*'])],
    action: elbv2.ListenerAction.authenticateJwt({ issuer: 'https://idp.example.com', jwksEndpoint: 'https://idp.example.com/jwks',
      next: elbv2.ListenerAction.fixedResponse(200, { messageBody: 'ok' }) }) });
  l.addAction('Sso', { priority: 2, conditions: [elbv2.ListenerCondition.pathPatterns(['/sso/*'])],
    action: elbv2.ListenerAction.authenticateOidc({ authorizationEndpoint: 'https://idp.example.com/auth', clientId: 'client',
      clientSecret: cdk.SecretValue.unsafePlainText('secret'), issuer: 'https://idp.example.com', tokenEndpoint: 'https://idp.example.com/token',
      userInfoEndpoint: 'https://idp.example.com/userinfo', sessionTimeout: cdk.Duration.hours(1), allowHttpsOutbound: false,
      next: elbv2.ListenerAction.forward([tg]) }) });
}

{ // Network: internet-facing NLB (own security group under the init flags), TCP listener with targets, UDP listener with a group
  const s = new cdk.Stack(app, 'Network');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1, restrictDefaultSecurityGroup: false });
  const lb = new elbv2.NetworkLoadBalancer(s, 'Lb', { vpc, internetFacing: true, crossZoneEnabled: true });
  const l = lb.addListener('Tcp', { port: 443 });
  const svc = l.addTargets('Svc', { port: 8443, targets: [new targets.IpTarget('10.0.0.5')], healthCheck: { port: '8080', protocol: elbv2.Protocol.HTTP, path: '/h' } });
  const udp = new elbv2.NetworkTargetGroup(s, 'Dns', { vpc, port: 53, protocol: elbv2.Protocol.UDP, targetType: elbv2.TargetType.IP, preserveClientIp: true });
  lb.addListener('Udp', { port: 53, protocol: elbv2.Protocol.UDP, defaultTargetGroups: [udp] });
  const inner = new elbv2.NetworkLoadBalancer(s, 'Inner', { vpc, disableSecurityGroups: true });
  inner.addListener('Tls', { port: 443, certificates: [elbv2.ListenerCertificate.fromArn('arn:aws:acm:us-east-1:111111111111:certificate/abc'),
    elbv2.ListenerCertificate.fromArn('arn:aws:acm:us-east-1:111111111111:certificate/def')],
    defaultAction: elbv2.NetworkListenerAction.forward([svc]) });
  new cw.Alarm(s, 'Flows', { metric: lb.metrics.activeFlowCount(), threshold: 10, evaluationPeriods: 1 });
  new cw.Alarm(s, 'Healthy', { metric: svc.metrics.healthyHostCount(), threshold: 1, evaluationPeriods: 1 });
  new cdk.CfnOutput(s, 'DnsName', { value: lb.loadBalancerDnsName });
  const alb = new elbv2.ApplicationLoadBalancer(s, 'Alb', { vpc });
  const albListener = alb.addListener('Http', { port: 80, open: false, defaultAction: elbv2.ListenerAction.fixedResponse(200) });
  lb.addListener('ToAlb', { port: 80 }).addTargets('Alb', { port: 80, targets: [new targets.AlbListenerTarget(albListener)] });
}

{ // Mtls: a trust store from S3 with a revocation list, an imported one, HTTPS listeners verifying client certificates
  const s = new cdk.Stack(app, 'Mtls');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 0, restrictDefaultSecurityGroup: false });
  const bucket = new s3.Bucket(s, 'Certs');
  const store = new elbv2.TrustStore(s, 'Store', { bucket, key: 'ca/bundle.pem', version: 'v3' });
  const named = new elbv2.TrustStore(s, 'Named', { bucket, key: 'ca/other.pem', trustStoreName: 'my-store-1' });
  new elbv2.TrustStoreRevocation(s, 'Revoked', { trustStore: store, revocationContents: [
    { bucket, key: 'crl/one.crl', revocationType: elbv2.RevocationType.CRL, version: 'v1' }, { bucket, key: 'crl/two.crl' }] });
  const imported = elbv2.TrustStore.fromTrustStoreArn(s, 'Imported',
    'arn:aws:elasticloadbalancing:us-east-1:111111111111:truststore/imported-store/0123456789abcdef');
  const lb = new elbv2.ApplicationLoadBalancer(s, 'Lb', { vpc });
  const cert = elbv2.ListenerCertificate.fromArn('arn:aws:acm:us-east-1:111111111111:certificate/abc');
  lb.addListener('Verify', { port: 443, certificates: [cert], defaultAction: elbv2.ListenerAction.fixedResponse(200),
    mutualAuthentication: { mutualAuthenticationMode: elbv2.MutualAuthenticationMode.VERIFY, trustStore: store,
      ignoreClientCertificateExpiry: true, advertiseTrustStoreCaNames: true } });
  lb.addListener('Imported', { port: 8443, protocol: elbv2.ApplicationProtocol.HTTPS, certificates: [cert],
    defaultAction: elbv2.ListenerAction.fixedResponse(200),
    mutualAuthentication: { mutualAuthenticationMode: elbv2.MutualAuthenticationMode.VERIFY, trustStore: imported } });
  lb.addListener('Pass', { port: 9443, protocol: elbv2.ApplicationProtocol.HTTPS, certificates: [cert],
    defaultAction: elbv2.ListenerAction.fixedResponse(200),
    mutualAuthentication: { mutualAuthenticationMode: elbv2.MutualAuthenticationMode.PASS_THROUGH } });
  new cdk.CfnOutput(s, 'StoreName', { value: store.trustStoreName });
  new cdk.CfnOutput(s, 'StoreArn', { value: store.trustStoreArn });
  new cdk.CfnOutput(s, 'StoreStatus', { value: store.status });
  new cdk.CfnOutput(s, 'ImportedName', { value: imported.trustStoreName });
  new cdk.CfnOutput(s, 'NamedName', { value: named.trustStoreName });
}

{ // Mappings: NLBs placed with subnet mappings (EIPs, private addresses, source NAT prefixes), hand-written and chained network actions
  const s = new cdk.Stack(app, 'Mappings');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 0, restrictDefaultSecurityGroup: false });
  const pub = new elbv2.NetworkLoadBalancer(s, 'Public', { vpc, internetFacing: true, subnetMappings: [
    { subnet: vpc.publicSubnets[0], allocationId: 'eipalloc-0001' }, { subnet: vpc.publicSubnets[1], allocationId: 'eipalloc-0002' }] });
  const inner = new elbv2.NetworkLoadBalancer(s, 'Inner', { vpc, ipAddressType: elbv2.IpAddressType.DUAL_STACK, enablePrefixForIpv6SourceNat: true,
    subnetMappings: [{ subnet: vpc.isolatedSubnets[0], privateIpv4Address: '10.0.128.10', ipv6Address: '2001:db8::10',
      sourceNatIpv6Prefix: elbv2.SourceNatIpv6Prefix.autoAssigned() },
      { subnet: vpc.isolatedSubnets[1], sourceNatIpv6Prefix: elbv2.SourceNatIpv6Prefix.fromIpv6Prefix('2001:db8:0:1:1::/80') },
      { subnet: vpc.isolatedSubnets[1], sourceNatIpv6Prefix: new elbv2.SourceNatIpv6Prefix('2001:db8:0:2:1::/80') }] });
  const a = new elbv2.NetworkTargetGroup(s, 'A', { vpc, port: 80, targetType: elbv2.TargetType.IP });
  const b = new elbv2.NetworkTargetGroup(s, 'B', { vpc, port: 80, targetType: elbv2.TargetType.IP });
  pub.addListener('Both', { port: 80, defaultAction: elbv2.NetworkListenerAction.forward([a, b]) });
  pub.addListener('Sticky', { port: 81, defaultAction: elbv2.NetworkListenerAction.forward([a, b], { stickinessDuration: cdk.Duration.minutes(5) }) });
  const custom = new elbv2.NetworkListenerAction({ type: 'forward', targetGroupArn: b.targetGroupArn },
    new elbv2.NetworkListenerAction({ type: 'forward', targetGroupArn: a.targetGroupArn }));
  inner.addListener('Custom', { port: 80, defaultAction: custom });
  inner.addListener('Single', { port: 81, defaultAction: elbv2.NetworkListenerAction.forward([a]) });
  new cdk.CfnOutput(s, 'Prefix', { value: elbv2.SourceNatIpv6Prefix.autoAssigned().prefix });
}

{ // LookupMissing: every lookup unanswered, so aws-cdk-lib's dummy load balancers and listeners stand in
  const s = new cdk.Stack(app, 'LookupMissing', { env: { account: '123456789012', region: 'us-east-1' } });
  const alb = elbv2.ApplicationLoadBalancer.fromLookup(s, 'Alb', { loadBalancerTags: { app: 'shop', stage: 'prod' } });
  alb.addListener('Http', { port: 80, defaultAction: elbv2.ListenerAction.fixedResponse(200) });
  new cdk.CfnOutput(s, 'AlbDns', { value: alb.loadBalancerDnsName });
  new cdk.CfnOutput(s, 'AlbZone', { value: alb.loadBalancerCanonicalHostedZoneId });
  new cdk.CfnOutput(s, 'AlbVpc', { value: alb.vpc.vpcId });
  const nlb = elbv2.NetworkLoadBalancer.fromLookup(s, 'Nlb', { loadBalancerArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/edge/0123456789abcdef' });
  const tg = elbv2.NetworkTargetGroup.fromTargetGroupAttributes(s, 'Tg', { targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef' });
  nlb.addListener('Tcp', { port: 443, defaultTargetGroups: [tg] });
  new cw.Alarm(s, 'Flows', { metric: nlb.metrics.activeFlowCount(), threshold: 10, evaluationPeriods: 1 });
  const listener = elbv2.ApplicationListener.fromLookup(s, 'Listener', { loadBalancerTags: { app: 'shop' }, listenerProtocol: elbv2.ApplicationProtocol.HTTPS, listenerPort: 443 });
  listener.addAction('Maint', { priority: 1, conditions: [elbv2.ListenerCondition.pathPatterns(['/maint'])], action: elbv2.ListenerAction.fixedResponse(503) });
  listener.connections.allowDefaultPortFrom(ec2.Peer.ipv4('10.1.0.0/16'));
  const byArn = elbv2.ApplicationListener.fromLookup(s, 'ByArn', { listenerArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/shop/1/2' });
  new cdk.CfnOutput(s, 'ByArnArn', { value: byArn.listenerArn });
  const nl = elbv2.NetworkListener.fromLookup(s, 'NetListener', { loadBalancerArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/edge/0123456789abcdef',
    listenerProtocol: elbv2.Protocol.TCP_UDP, listenerPort: 53 });
  new cdk.CfnOutput(s, 'NetListenerArn', { value: nl.listenerArn });
}

{ // LookupFound: the answers as the CLI writes them into cdk.context.json
  const s = new cdk.Stack(app, 'LookupFound', { env: { account: '123456789012', region: 'us-east-1' } });
  const lbArn = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/shop/abcdef0123456789';
  s.node.setContext(cdk.ContextProvider.getKey(s, { provider: 'load-balancer', props: { loadBalancerArn: lbArn, loadBalancerType: 'application' } }).key,
    { loadBalancerArn: lbArn, loadBalancerCanonicalHostedZoneId: 'Z35SXDOTRQ7X7K', loadBalancerDnsName: 'shop-1.us-east-1.elb.amazonaws.com',
      vpcId: 'vpc-0feed', securityGroupIds: ['sg-0aaa', 'sg-0bbb'], ipAddressType: 'ipv4' });
  s.node.setContext(cdk.ContextProvider.getKey(s, { provider: 'load-balancer-listener', props: { listenerPort: 443, loadBalancerArn: lbArn, loadBalancerType: 'application' } }).key,
    { listenerArn: lbArn.replace(':loadbalancer/', ':listener/') + '/fedcba9876543210', listenerPort: 443, securityGroupIds: ['sg-0aaa'] });
  const alb = elbv2.ApplicationLoadBalancer.fromLookup(s, 'Alb', { loadBalancerArn: lbArn });
  alb.addListener('Http', { port: 8080, defaultAction: elbv2.ListenerAction.fixedResponse(200) });
  new cdk.CfnOutput(s, 'AlbDns', { value: alb.loadBalancerDnsName });
  new cdk.CfnOutput(s, 'AlbName', { value: alb.metrics.requestCount().dimensions.LoadBalancer });
  const listener = elbv2.ApplicationListener.fromLookup(s, 'Listener', { loadBalancerArn: lbArn, listenerPort: 443 });
  listener.addAction('Maint', { priority: 1, conditions: [elbv2.ListenerCondition.pathPatterns(['/maint'])], action: elbv2.ListenerAction.fixedResponse(503) });
  listener.connections.allowDefaultPortFrom(ec2.Peer.ipv4('10.1.0.0/16'));
  new cdk.CfnOutput(s, 'ListenerArn', { value: listener.listenerArn });
}

{ // Bases: a load balancer and a target group of the program's own, on aws-cdk-lib's abstract bases
  const s = new cdk.Stack(app, 'Bases');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 0, restrictDefaultSecurityGroup: false });
  class MyLb extends elbv2.BaseLoadBalancer {
    constructor(scope, id, base, extra) { super(scope, id, base, extra); }
  }
  class MyTg extends elbv2.TargetGroupBase {
    constructor(scope, id, base, extra) { super(scope, id, base, extra); }
  }
  const lb = new MyLb(s, 'Lb', { vpc, internetFacing: true, deletionProtection: true, crossZoneEnabled: true },
    { type: 'network', ipAddressType: 'ipv4' });
  const inner = new MyLb(s, 'Inner', { vpc, loadBalancerName: 'my-inner', vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } },
    { type: 'application', securityGroups: ['sg-0123456789abcdef0'] });
  inner.setAttribute('idle_timeout.timeout_seconds', '30');
  const tg = new MyTg(s, 'Tg', { vpc, targetType: elbv2.TargetType.IP, deregistrationDelay: cdk.Duration.seconds(30),
    healthCheck: { path: '/hc', healthyHttpCodes: '200' }, targetGroupName: 'my-tg' }, { port: 8080, protocol: 'HTTP' });
  tg.setAttribute('stickiness.enabled', 'false');
  new cdk.CfnOutput(s, 'LbDns', { value: lb.loadBalancerDnsName });
  new cdk.CfnOutput(s, 'InnerArn', { value: inner.loadBalancerArn });
  new cdk.CfnOutput(s, 'TgArn', { value: tg.targetGroupArn });
  new cdk.CfnOutput(s, 'TgName', { value: tg.targetGroupName });
}

const errors = {
  NoPort: (s) => new elbv2.ApplicationLoadBalancer(s, 'Lb', { vpc: new ec2.Vpc(s, 'V') }).addListener('L', {}),
  NoCert: (s) => new elbv2.ApplicationLoadBalancer(s, 'Lb', { vpc: new ec2.Vpc(s, 'V') }).addListener('L', { protocol: elbv2.ApplicationProtocol.HTTPS,
    defaultAction: elbv2.ListenerAction.fixedResponse(404) }),
  NoAction: (s) => new elbv2.ApplicationLoadBalancer(s, 'Lb', { vpc: new ec2.Vpc(s, 'V') }).addListener('L', { port: 80 }),
  TwoDefaults: (s) => new elbv2.ApplicationLoadBalancer(s, 'Lb', { vpc: new ec2.Vpc(s, 'V') }).addListener('L', { port: 80,
    defaultAction: elbv2.ListenerAction.fixedResponse(404), defaultTargetGroups: [new elbv2.ApplicationTargetGroup(s, 'T', { port: 80 })] }),
  PriorityNoConditions: (s) => new elbv2.ApplicationLoadBalancer(s, 'Lb', { vpc: new ec2.Vpc(s, 'V') }).addListener('L', { port: 80,
    defaultAction: elbv2.ListenerAction.fixedResponse(404) }).addAction('A', { priority: 3, action: elbv2.ListenerAction.fixedResponse(200) }),
  JwtOnHttp: (s) => new elbv2.ApplicationLoadBalancer(s, 'Lb', { vpc: new ec2.Vpc(s, 'V') }).addListener('L', { port: 80,
    defaultAction: elbv2.ListenerAction.authenticateJwt({ issuer: 'i', jwksEndpoint: 'https://x/jwks', next: elbv2.ListenerAction.fixedResponse(401) }) }),
  JwksHttp: (s) => elbv2.ListenerAction.authenticateJwt({ issuer: 'i', jwksEndpoint: 'http://x/jwks', next: elbv2.ListenerAction.fixedResponse(401) }),
  UnknownPort: (s) => new elbv2.ApplicationTargetGroup(s, 'T', { port: 3000 }),
  RedirectLoop: (s) => elbv2.ListenerAction.redirect({ permanent: true }),
  RedirectPath: (s) => elbv2.ListenerAction.redirect({ path: 'x' }),
  AccessLogsAgnostic: (s) => new elbv2.ApplicationLoadBalancer(s, 'Lb', { vpc: new ec2.Vpc(s, 'V') }).logAccessLogs(new s3.Bucket(s, 'B')),
  HealthTimeout: (s) => new elbv2.ApplicationTargetGroup(s, 'T', { vpc: new ec2.Vpc(s, 'V'), port: 80, targetType: elbv2.TargetType.IP,
    healthCheck: { interval: cdk.Duration.seconds(5), timeout: cdk.Duration.seconds(10), protocol: elbv2.Protocol.TCP } }),
  MtlsVerifyNoStore: (s) => new elbv2.ApplicationLoadBalancer(s, 'Lb', { vpc: new ec2.Vpc(s, 'V') }).addListener('L', { port: 443,
    certificates: [elbv2.ListenerCertificate.fromArn('arn:c')], defaultAction: elbv2.ListenerAction.fixedResponse(200),
    mutualAuthentication: { mutualAuthenticationMode: elbv2.MutualAuthenticationMode.VERIFY } }),
  MtlsOffWithStore: (s) => new elbv2.ApplicationLoadBalancer(s, 'Lb', { vpc: new ec2.Vpc(s, 'V') }).addListener('L', { port: 443,
    certificates: [elbv2.ListenerCertificate.fromArn('arn:c')], defaultAction: elbv2.ListenerAction.fixedResponse(200),
    mutualAuthentication: { mutualAuthenticationMode: elbv2.MutualAuthenticationMode.OFF,
      trustStore: elbv2.TrustStore.fromTrustStoreArn(s, 'T', 'arn:aws:elasticloadbalancing:us-east-1:1:truststore/x/y') } }),
  MtlsPassExpiry: (s) => new elbv2.ApplicationLoadBalancer(s, 'Lb', { vpc: new ec2.Vpc(s, 'V') }).addListener('L', { port: 443,
    certificates: [elbv2.ListenerCertificate.fromArn('arn:c')], defaultAction: elbv2.ListenerAction.fixedResponse(200),
    mutualAuthentication: { mutualAuthenticationMode: elbv2.MutualAuthenticationMode.PASS_THROUGH, ignoreClientCertificateExpiry: false } }),
  MtlsOffAdvertise: (s) => new elbv2.ApplicationLoadBalancer(s, 'Lb', { vpc: new ec2.Vpc(s, 'V') }).addListener('L', { port: 443,
    certificates: [elbv2.ListenerCertificate.fromArn('arn:c')], defaultAction: elbv2.ListenerAction.fixedResponse(200),
    mutualAuthentication: { mutualAuthenticationMode: elbv2.MutualAuthenticationMode.OFF, advertiseTrustStoreCaNames: true } }),
  TrustStoreNameLong: (s) => new elbv2.TrustStore(s, 'T', { bucket: new s3.Bucket(s, 'B'), key: 'k', trustStoreName: 'a'.repeat(33) }),
  TrustStoreNameHyphen: (s) => new elbv2.TrustStore(s, 'T', { bucket: new s3.Bucket(s, 'B'), key: 'k', trustStoreName: '-bad' }),
  PrefixNoMask: (s) => elbv2.SourceNatIpv6Prefix.fromIpv6Prefix('2001:db8::'),
  PrefixMask64: (s) => elbv2.SourceNatIpv6Prefix.fromIpv6Prefix('2001:db8::/64'),
  MappingsAndSubnets: (s) => { const vpc = new ec2.Vpc(s, 'V'); new elbv2.NetworkLoadBalancer(s, 'N', { vpc,
    vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC }, subnetMappings: [{ subnet: vpc.publicSubnets[0] }] }); },
  MappingPrivateIpPublic: (s) => { const vpc = new ec2.Vpc(s, 'V'); new elbv2.NetworkLoadBalancer(s, 'N', { vpc, internetFacing: true,
    subnetMappings: [{ subnet: vpc.publicSubnets[0], privateIpv4Address: '10.0.0.5' }] }); },
  MappingEipInternal: (s) => { const vpc = new ec2.Vpc(s, 'V'); new elbv2.NetworkLoadBalancer(s, 'N', { vpc,
    subnetMappings: [{ subnet: vpc.privateSubnets[0], allocationId: 'eipalloc-1' }] }); },
  MappingNatNoPrefix: (s) => { const vpc = new ec2.Vpc(s, 'V'); new elbv2.NetworkLoadBalancer(s, 'N', { vpc,
    subnetMappings: [{ subnet: vpc.privateSubnets[0], sourceNatIpv6Prefix: elbv2.SourceNatIpv6Prefix.autoAssigned() }] }); },
  LookupTokenArn: (s) => elbv2.ApplicationLoadBalancer.fromLookup(s, 'L', { loadBalancerArn: cdk.Aws.ACCOUNT_ID }),
  LookupTokenTag: (s) => elbv2.NetworkLoadBalancer.fromLookup(s, 'L', { loadBalancerTags: { a: cdk.Aws.REGION } }),
  LookupTokenListenerArn: (s) => elbv2.ApplicationListener.fromLookup(s, 'L', { listenerArn: cdk.Aws.ACCOUNT_ID }),
  LookupTokenPort: (s) => elbv2.NetworkListener.fromLookup(s, 'L', { listenerPort: cdk.Token.asNumber(cdk.Aws.ACCOUNT_ID) }),
  LookupBadProtocol: (s) => elbv2.NetworkListener.fromLookup(s, 'L', { listenerProtocol: elbv2.Protocol.HTTP }),
  LookupAgnostic: (s) => elbv2.ApplicationLoadBalancer.fromLookup(s, 'L', { loadBalancerArn: 'arn:aws:elasticloadbalancing:us-east-1:1:loadbalancer/app/x/y' }),
  BaseLbMappingsAndSubnets: (s) => { class MyLb extends elbv2.BaseLoadBalancer {}
    new MyLb(s, 'Lb', { vpc: new ec2.Vpc(s, 'V'), vpcSubnets: {} }, { subnetMappings: [{ subnetId: 'subnet-1' }] }); },
};
const outErr = {};
for (const [name, build] of Object.entries(errors)) {
  const a = new cdk.App({ autoSynth: false, context: JSON.parse(process.env.CDK_CONTEXT_JSON || '{}') });
  const s = new cdk.Stack(a, 'S');
  try { build(s); a.synth(); outErr[name] = null; } catch (e) { outErr[name] = { path: e.constructPath || '', message: e.message }; }
}
console.log(JSON.stringify(outErr, null, 2));
