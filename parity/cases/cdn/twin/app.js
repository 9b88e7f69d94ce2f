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

class CdnStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    const zone = new route53.PublicHostedZone(this, 'Zone', { zoneName: 'example.com' });
    const cert = new acm.Certificate(this, 'SiteCert', {
      domainName: 'www.example.com',
      subjectAlternativeNames: ['example.com'],
      validation: acm.CertificateValidation.fromDns(zone),
    });

    const site = new s3.Bucket(this, 'SiteBucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      removalPolicy: cdk.RemovalPolicy.DESTROY,
      autoDeleteObjects: true,
    });
    const distribution = new cloudfront.Distribution(this, 'SiteDistribution', {
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(site),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      },
      additionalBehaviors: {
        '/api/*': {
          origin: new origins.HttpOrigin('api.example.com'),
          allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
          cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
          originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        },
      },
      domainNames: ['www.example.com', 'example.com'],
      certificate: cert,
      defaultRootObject: 'index.html',
      errorResponses: [
        { httpStatus: 403, responseHttpStatus: 200, responsePagePath: '/index.html' },
        { httpStatus: 404, responseHttpStatus: 200, responsePagePath: '/index.html' },
      ],
    });
    const target = route53.RecordTarget.fromAlias(new targets.CloudFrontTarget(distribution));
    new route53.ARecord(this, 'SiteAlias', { zone, recordName: 'www', target });
    new route53.AaaaRecord(this, 'SiteAliasV6', { zone, recordName: 'www', target });

    const legacy = new s3.Bucket(this, 'LegacyBucket');
    const legacyCdn = new cloudfront.Distribution(this, 'LegacyDistribution', {
      defaultBehavior: { origin: origins.S3BucketOrigin.withOriginAccessIdentity(legacy) },
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
    });

    new cdk.CfnOutput(this, 'SiteUrl', { value: 'https://' + distribution.distributionDomainName });
    new cdk.CfnOutput(this, 'LegacyDistributionId', { value: legacyCdn.distributionId });
  }
}

const app = new cdk.App();
new CdnStack(app, 'CdnStack', { env: { account: '111111111111', region: 'us-east-1' } });
app.synth();
