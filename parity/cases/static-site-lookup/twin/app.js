// JavaScript twin of examples/static-site on aws-cdk-lib 2.276.0, construct
// for construct, with the same ids, order and values; it runs in the
// example's directory, so ./site-contents is the same asset. The App reads
// CDK_OUTDIR and CDK_CONTEXT_JSON, as an aws-cdk-go program's App does.
'use strict';

const cdk = require('aws-cdk-lib');
const acm = require('aws-cdk-lib/aws-certificatemanager');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');
const origins = require('aws-cdk-lib/aws-cloudfront-origins');
const route53 = require('aws-cdk-lib/aws-route53');
const targets = require('aws-cdk-lib/aws-route53-targets');
const s3 = require('aws-cdk-lib/aws-s3');
const s3deploy = require('aws-cdk-lib/aws-s3-deployment');
const { Construct } = require('constructs');

class StaticSite extends Construct {
  constructor(scope, id, props) {
    super(scope, id);
    const siteDomain = props.siteSubDomain + '.' + props.domainName;

    const zone = route53.HostedZone.fromLookup(this, 'Zone', { domainName: props.domainName });
    new cdk.CfnOutput(this, 'Site', { value: 'https://' + siteDomain });

    const siteBucket = new s3.Bucket(this, 'SiteBucket', {
      bucketName: siteDomain,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      removalPolicy: cdk.RemovalPolicy.DESTROY,
      autoDeleteObjects: true,
    });
    new cdk.CfnOutput(this, 'Bucket', { value: siteBucket.bucketName });

    const certificate = new acm.Certificate(this, 'SiteCertificate', {
      domainName: siteDomain,
      validation: acm.CertificateValidation.fromDns(zone),
    });
    new cdk.CfnOutput(this, 'Certificate', { value: certificate.certificateArn });

    const distribution = new cloudfront.Distribution(this, 'SiteDistribution', {
      certificate,
      defaultRootObject: 'index.html',
      domainNames: [siteDomain],
      minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
      errorResponses: [{
        httpStatus: 403,
        responseHttpStatus: 403,
        responsePagePath: '/error.html',
        ttl: cdk.Duration.minutes(30),
      }],
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(siteBucket),
        compress: true,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      },
    });
    new cdk.CfnOutput(this, 'DistributionId', { value: distribution.distributionId });

    new route53.ARecord(this, 'SiteAliasRecord', {
      recordName: siteDomain,
      target: route53.RecordTarget.fromAlias(new targets.CloudFrontTarget(distribution)),
      zone,
    });

    new s3deploy.BucketDeployment(this, 'DeployWithInvalidation', {
      sources: [s3deploy.Source.asset('./site-contents')],
      destinationBucket: siteBucket,
      distribution,
      distributionPaths: ['/*'],
    });
  }
}

class StaticSiteStack extends cdk.Stack {
  constructor(scope, id, props, site) {
    super(scope, id, props);
    new StaticSite(this, 'StaticSite', site);
  }
}

const app = new cdk.App();
const pinned = {
  'hosted-zone:account=111111111111:domainName=example.com:region=us-east-1': { Id: '/hostedzone/Z0123456789ABCDEFGHIJ', Name: 'example.com.' },
};
for (const [k, v] of Object.entries(pinned)) {
  if (app.node.tryGetContext(k) === undefined) app.node.setContext(k, v);
}
const domain = app.node.tryGetContext('domain') || 'example.com';
const subdomain = app.node.tryGetContext('subdomain') || 'www';
const env = { account: process.env.CDK_DEFAULT_ACCOUNT || '111111111111', region: 'us-east-1' };
new StaticSiteStack(app, 'StaticSite', { env }, { domainName: domain, siteSubDomain: subdomain });
new StaticSiteStack(app, 'StaticSitePreview', { env }, { domainName: 'example.net', siteSubDomain: 'preview' });
app.synth();
