// aws-cdk-lib 2.276.0 twins of the Go cases in distribution_test.go.
const cdk = require('aws-cdk-lib');
const cf = require('aws-cdk-lib/aws-cloudfront');
const origins = require('aws-cdk-lib/aws-cloudfront-origins');
const s3 = require('aws-cdk-lib/aws-s3');
const kms = require('aws-cdk-lib/aws-kms');
const iam = require('aws-cdk-lib/aws-iam');
const acm = require('aws-cdk-lib/aws-certificatemanager');
const cw = require('aws-cdk-lib/aws-cloudwatch');
const app = new cdk.App();

{ // Site: an S3 origin through OAC, an HTTP API behind /api/*, certificate, logging, errors, geo, grants, metrics
  const s = new cdk.Stack(app, 'Site');
  const bucket = new s3.Bucket(s, 'Assets');
  const cert = acm.Certificate.fromCertificateArn(s, 'Cert', 'arn:aws:acm:us-east-1:111111111111:certificate/abc');
  const d = new cf.Distribution(s, 'Cdn', {
    defaultBehavior: { origin: origins.S3BucketOrigin.withOriginAccessControl(bucket), viewerProtocolPolicy: cf.ViewerProtocolPolicy.REDIRECT_TO_HTTPS },
    additionalBehaviors: {
      '/api/*': {
        origin: new origins.HttpOrigin('api.example.com', { originPath: 'v1/', customHeaders: { 'X-Secret': 'abc' }, readTimeout: cdk.Duration.seconds(45), responseCompletionTimeout: cdk.Duration.seconds(60) }),
        allowedMethods: cf.AllowedMethods.ALLOW_ALL, cachePolicy: cf.CachePolicy.CACHING_DISABLED,
        originRequestPolicy: cf.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER, responseHeadersPolicy: cf.ResponseHeadersPolicy.SECURITY_HEADERS,
      },
      '/img/*': { origin: origins.S3BucketOrigin.withBucketDefaults(bucket, { originShieldRegion: 'us-east-1' }), cachedMethods: cf.CachedMethods.CACHE_GET_HEAD_OPTIONS, compress: false },
    },
    certificate: cert, domainNames: ['www.example.com'], defaultRootObject: 'index.html', comment: 'c'.repeat(130),
    priceClass: cf.PriceClass.PRICE_CLASS_100, geoRestriction: cf.GeoRestriction.allowlist('US', 'CA'), enableLogging: true, logFilePrefix: 'cdn/',
    errorResponses: [{ httpStatus: 404, responsePagePath: '/index.html', ttl: cdk.Duration.minutes(5) }, { httpStatus: 403, responseHttpStatus: 200, responsePagePath: '/403.html' }],
    httpVersion: cf.HttpVersion.HTTP2_AND_3,
  });
  const role = new iam.Role(s, 'Deployer', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  d.grantCreateInvalidation(role);
  d.grant(role, 'cloudfront:GetDistribution', 'cloudfront:ListDistributions');
  new cw.Alarm(s, 'Errors', { metric: d.metric5xxErrorRate(), threshold: 5, evaluationPeriods: 1 });
  new cw.Alarm(s, 'Requests', { metric: d.metricRequests({ period: cdk.Duration.minutes(1) }), threshold: 1000, evaluationPeriods: 2 });
  new cdk.CfnOutput(s, 'Domain', { value: d.distributionDomainName });
  new cdk.CfnOutput(s, 'Arn', { value: d.distributionArn });
}

{ // Legacy: OAI origin, SSE-KMS bucket with OAC and LIST, shared origin, metrics subscription, web ACL, imports
  const s = new cdk.Stack(app, 'Legacy');
  const plain = new s3.Bucket(s, 'Plain');
  const key = new kms.Key(s, 'Key');
  const secure = new s3.Bucket(s, 'Secure', { encryption: s3.BucketEncryption.KMS, encryptionKey: key });
  const oai = origins.S3BucketOrigin.withOriginAccessIdentity(plain);
  const d = new cf.Distribution(s, 'Cdn', {
    defaultBehavior: { origin: oai }, publishAdditionalMetrics: true, enableIpv6: false, enabled: false,
    minimumProtocolVersion: cf.SecurityPolicyProtocol.TLS_V1_2_2021,
  });
  d.addBehavior('/secure/*', origins.S3BucketOrigin.withOriginAccessControl(secure, {
    originAccessLevels: [cf.AccessLevel.READ, cf.AccessLevel.LIST, cf.AccessLevel.WRITE],
    originAccessControl: new cf.S3OriginAccessControl(s, 'Oac', { signing: cf.Signing.SIGV4_NO_OVERRIDE, description: 'mine' }),
  }), { viewerProtocolPolicy: cf.ViewerProtocolPolicy.HTTPS_ONLY });
  d.addBehavior('/again/*', oai);
  d.attachWebAclId('arn:aws:wafv2:us-east-1:111111111111:global/webacl/x/1');
  new cw.Alarm(s, 'Hits', { metric: d.metricCacheHitRate(), threshold: 50, evaluationPeriods: 1, comparisonOperator: cw.ComparisonOperator.LESS_THAN_THRESHOLD });
  const imp = cf.Distribution.fromDistributionAttributes(s, 'Imp', { distributionId: 'E123', domainName: 'd1.cloudfront.net' });
  new cdk.CfnOutput(s, 'ImpArn', { value: imp.distributionArn });
  new cf.OriginAccessIdentity(s, 'Oai', { comment: 'mine' });
  new cdk.CfnOutput(s, 'Policy', { value: cf.CachePolicy.fromCachePolicyId(s, 'Cp', 'abc').cachePolicyId });
}

{ // Functions: a CloudFront function on the viewer request, an origin group failing over, an import
  const s = new cdk.Stack(app, 'Functions');
  const fn = new cf.Function(s, 'Rewrite', { code: cf.FunctionCode.fromInline('function handler(event) { return event.request; }') });
  const named = new cf.Function(s, 'Named', { functionName: 'named-fn', comment: 'mine', runtime: cf.FunctionRuntime.JS_1_0, autoPublish: false,
    code: cf.FunctionCode.fromInline('function handler(event) { return event.response; }') });
  const imp = cf.Function.fromFunctionAttributes(s, 'Imp', { functionArn: 'arn:aws:cloudfront::111111111111:function/x', functionName: 'x' });
  const group = new origins.OriginGroup({ primaryOrigin: new origins.HttpOrigin('a.example.com'), fallbackOrigin: new origins.HttpOrigin('b.example.com'), fallbackStatusCodes: [500, 503] });
  new cf.Distribution(s, 'Cdn', {
    defaultBehavior: { origin: group, functionAssociations: [
      { function: fn, eventType: cf.FunctionEventType.VIEWER_REQUEST },
      { function: named, eventType: cf.FunctionEventType.VIEWER_RESPONSE },
    ] },
    additionalBehaviors: { '/site/*': { origin: new origins.S3StaticWebsiteOrigin(new s3.Bucket(s, 'Site', { websiteIndexDocument: 'index.html' }), { originPath: 'www' }) },
      '/x/*': { origin: new origins.HttpOrigin('c.example.com'), functionAssociations: [{ function: imp, eventType: cf.FunctionEventType.VIEWER_REQUEST }] } },
  });
  new cdk.CfnOutput(s, 'Stage', { value: fn.functionStage });
  new cdk.CfnOutput(s, 'Runtime', { value: named.functionRuntime });
}

const errors = {
  CertRegion: (s) => new cf.Distribution(s, 'D', { defaultBehavior: { origin: new origins.HttpOrigin('x.com') },
    certificate: acm.Certificate.fromCertificateArn(s, 'C', 'arn:aws:acm:eu-west-1:111111111111:certificate/abc'), domainNames: ['a.com'] }),
  StarPath: (s) => new cf.Distribution(s, 'D', { defaultBehavior: { origin: new origins.HttpOrigin('x.com') } }).addBehavior('*', new origins.HttpOrigin('y.com')),
  EmptyErrorResponse: (s) => new cf.Distribution(s, 'D', { defaultBehavior: { origin: new origins.HttpOrigin('x.com') }, errorResponses: [{ httpStatus: 404 }] }),
  Metric: (s) => new cf.Distribution(s, 'D', { defaultBehavior: { origin: new origins.HttpOrigin('x.com') } }).metric404ErrorRate(),
  WebAcl: (s) => new cf.Distribution(s, 'D', { defaultBehavior: { origin: new origins.HttpOrigin('x.com') }, webAclId: 'arn:aws:wafv2:eu-west-1:111111111111:regional/webacl/x/1' }),
  Port: (s) => new origins.HttpOrigin('x.com', { httpPort: 8 }),
  Header: (s) => new origins.HttpOrigin('x.com', { customHeaders: { Host: 'a' } }),
  Geo: (s) => cf.GeoRestriction.denylist('usa'),
  Attempts: (s) => new origins.HttpOrigin('x.com', { connectionAttempts: 5 }),
  GroupOfGroup: (s) => new cf.Distribution(s, 'D', { defaultBehavior: { origin: new origins.OriginGroup({ primaryOrigin: new origins.OriginGroup({ primaryOrigin: new origins.HttpOrigin('a.com'), fallbackOrigin: new origins.HttpOrigin('b.com') }), fallbackOrigin: new origins.HttpOrigin('c.com') }) } }),
};
const outErr = {};
for (const [name, build] of Object.entries(errors)) {
  const a = new cdk.App({ autoSynth: false, context: JSON.parse(process.env.CDK_CONTEXT_JSON || '{}') });
  const s = new cdk.Stack(a, 'S');
  try { build(s); a.synth(); outErr[name] = null; } catch (e) { outErr[name] = { path: e.constructPath || '', message: e.message }; }
}
console.log(JSON.stringify(outErr, null, 2));
app.synth();
