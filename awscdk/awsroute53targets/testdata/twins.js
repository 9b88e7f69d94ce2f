// aws-cdk-lib 2.276.0 twins of the Go cases in targets_test.go.
const cdk = require('aws-cdk-lib');
const cf = require('aws-cdk-lib/aws-cloudfront');
const origins = require('aws-cdk-lib/aws-cloudfront-origins');
const r53 = require('aws-cdk-lib/aws-route53');
const targets = require('aws-cdk-lib/aws-route53-targets');
const acm = require('aws-cdk-lib/aws-certificatemanager');
const cognito = require('aws-cdk-lib/aws-cognito');
const app = new cdk.App();

{ // Aliases: A and AAAA to a distribution, a record alias, a user pool domain and an API Gateway v2 domain
  const s = new cdk.Stack(app, 'Aliases');
  const zone = new r53.PublicHostedZone(s, 'Zone', { zoneName: 'example.com' });
  const d = new cf.Distribution(s, 'Cdn', { defaultBehavior: { origin: new origins.HttpOrigin('origin.example.com') } });
  const a = new r53.ARecord(s, 'Site', { zone, recordName: 'www', target: r53.RecordTarget.fromAlias(new targets.CloudFrontTarget(d)) });
  new r53.AaaaRecord(s, 'Site6', { zone, recordName: 'www', target: r53.RecordTarget.fromAlias(new targets.CloudFrontTarget(d)) });
  new r53.ARecord(s, 'Apex', { zone, target: r53.RecordTarget.fromAlias(new targets.Route53RecordTarget(a)) });
  const pool = new cognito.UserPool(s, 'Pool');
  const cert = acm.Certificate.fromCertificateArn(s, 'Cert', 'arn:aws:acm:us-east-1:111111111111:certificate/abc');
  const dom = pool.addDomain('Domain', { customDomain: { domainName: 'auth.example.com', certificate: cert } });
  new r53.ARecord(s, 'Auth', { zone, recordName: 'auth', target: r53.RecordTarget.fromAlias(new targets.UserPoolDomainTarget(dom)) });
  new r53.ARecord(s, 'Api', { zone, recordName: 'api', target: r53.RecordTarget.fromAlias(new targets.ApiGatewayv2DomainProperties('d-abc.execute-api.us-east-1.amazonaws.com', 'Z1UJRXOUMOOFQ8')) });
  new cdk.CfnOutput(s, 'ZoneId', { value: targets.CloudFrontTarget.CLOUDFRONT_ZONE_ID });
}

app.synth();
