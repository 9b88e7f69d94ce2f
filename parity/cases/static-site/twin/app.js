// JavaScript twin of ../main.go on aws-cdk-lib 2.276.0, construct for
// construct, with the same ids, order and values. The App reads CDK_OUTDIR
// and CDK_CONTEXT_JSON, as an aws-cdk-go program's App does.
'use strict';

const cdk = require('aws-cdk-lib');
const acm = require('aws-cdk-lib/aws-certificatemanager');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');
const origins = require('aws-cdk-lib/aws-cloudfront-origins');
const route53 = require('aws-cdk-lib/aws-route53');
const targets = require('aws-cdk-lib/aws-route53-targets');
const s3 = require('aws-cdk-lib/aws-s3');

class StaticSiteStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    const siteDomain = props.siteSubDomain + '.' + props.domainName;

    const zone = route53.HostedZone.fromLookup(this, 'Zone', { domainName: props.domainName });
    const bucket = new s3.Bucket(this, 'SiteBucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
    });
    const cert = new acm.Certificate(this, 'SiteCertificate', {
      domainName: siteDomain,
      validation: acm.CertificateValidation.fromDns(zone),
    });
    const distribution = new cloudfront.Distribution(this, 'SiteDistribution', {
      certificate: cert,
      defaultRootObject: 'index.html',
      domainNames: [siteDomain],
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        compress: true,
      },
      errorResponses: [{ httpStatus: 403, responseHttpStatus: 403, responsePagePath: '/error.html', ttl: cdk.Duration.minutes(30) }],
    });
    const target = route53.RecordTarget.fromAlias(new targets.CloudFrontTarget(distribution));
    new route53.ARecord(this, 'SiteAliasRecord', { recordName: siteDomain, target, zone });
    new route53.AaaaRecord(this, 'SiteAliasRecordV6', { recordName: siteDomain, target, zone });

    new cdk.CfnOutput(this, 'Site', { value: 'https://' + siteDomain });
    new cdk.CfnOutput(this, 'DistributionId', { value: distribution.distributionId });
  }
}

const app = new cdk.App();
app.node.setContext('hosted-zone:account=111111111111:domainName=example.com:region=us-east-1',
  { Id: '/hostedzone/Z0123456789ABCDEFGHIJ', Name: 'example.com.' });
const env = { account: '111111111111', region: 'us-east-1' };
new StaticSiteStack(app, 'StaticSite', { env, domainName: 'example.com', siteSubDomain: 'www' });
new StaticSiteStack(app, 'StaticSiteNotLookedUp', { env, domainName: 'example.org', siteSubDomain: 'www' });
app.synth();
