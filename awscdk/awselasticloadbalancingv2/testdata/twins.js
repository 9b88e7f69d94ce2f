// aws-cdk-lib 2.276.0 twins of the Go cases in alb_test.go.
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const elbv2 = require('aws-cdk-lib/aws-elasticloadbalancingv2');
const targets = require('aws-cdk-lib/aws-elasticloadbalancingv2-targets');
const s3 = require('aws-cdk-lib/aws-s3');
const cw = require('aws-cdk-lib/aws-cloudwatch');
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

const errors = {
  NoPort: (s) => new elbv2.ApplicationLoadBalancer(s, 'Lb', { vpc: new ec2.Vpc(s, 'V') }).addListener('L', {}),
  NoCert: (s) => new elbv2.ApplicationLoadBalancer(s, 'Lb', { vpc: new ec2.Vpc(s, 'V') }).addListener('L', { protocol: elbv2.ApplicationProtocol.HTTPS,
    defaultAction: elbv2.ListenerAction.fixedResponse(404) }),
  NoAction: (s) => new elbv2.ApplicationLoadBalancer(s, 'Lb', { vpc: new ec2.Vpc(s, 'V') }).addListener('L', { port: 80 }),
  TwoDefaults: (s) => new elbv2.ApplicationLoadBalancer(s, 'Lb', { vpc: new ec2.Vpc(s, 'V') }).addListener('L', { port: 80,
    defaultAction: elbv2.ListenerAction.fixedResponse(404), defaultTargetGroups: [new elbv2.ApplicationTargetGroup(s, 'T', { port: 80 })] }),
  PriorityNoConditions: (s) => new elbv2.ApplicationLoadBalancer(s, 'Lb', { vpc: new ec2.Vpc(s, 'V') }).addListener('L', { port: 80,
    defaultAction: elbv2.ListenerAction.fixedResponse(404) }).addAction('A', { priority: 3, action: elbv2.ListenerAction.fixedResponse(200) }),
};
const outErr = {};
for (const [name, build] of Object.entries(errors)) {
  const a = new cdk.App({ autoSynth: false, context: JSON.parse(process.env.CDK_CONTEXT_JSON || '{}') });
  const s = new cdk.Stack(a, 'S');
  try { build(s); a.synth(); outErr[name] = null; } catch (e) { outErr[name] = { path: e.constructPath || '', message: e.message }; }
}
console.log(JSON.stringify(outErr, null, 2));
