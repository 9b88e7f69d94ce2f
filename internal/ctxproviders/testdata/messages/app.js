const cdk = require('aws-cdk-lib');
const elbv2 = require('aws-cdk-lib/aws-elasticloadbalancingv2');
const app = new cdk.App();
const s = new cdk.Stack(app, 'S', {env: {account: '123456789012', region: 'us-east-1'}});
const a = elbv2.ApplicationLoadBalancer.fromLookup(s, 'A', {loadBalancerTags: {app: 'web'}});
new cdk.CfnOutput(s, 'O1', {value: a.loadBalancerDnsName});
