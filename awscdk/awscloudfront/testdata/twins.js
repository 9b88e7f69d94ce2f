// aws-cdk-lib 2.276.0 twins of the Go cases in distribution_test.go.
const cdk = require('aws-cdk-lib');
const cf = require('aws-cdk-lib/aws-cloudfront');
const origins = require('aws-cdk-lib/aws-cloudfront-origins');
const s3 = require('aws-cdk-lib/aws-s3');
const kms = require('aws-cdk-lib/aws-kms');
const iam = require('aws-cdk-lib/aws-iam');
const acm = require('aws-cdk-lib/aws-certificatemanager');
const cw = require('aws-cdk-lib/aws-cloudwatch');
const lambda = require('aws-cdk-lib/aws-lambda');
const apigw = require('aws-cdk-lib/aws-apigateway');
const ec2 = require('aws-cdk-lib/aws-ec2');
const elbv2 = require('aws-cdk-lib/aws-elasticloadbalancingv2');
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

{ // Policies: custom cache, origin request and response headers policies, key groups, a key value store, OAC kinds
  const s = new cdk.Stack(app, 'Policies');
  const cp = new cf.CachePolicy(s, 'Cache', {
    comment: 'mine', defaultTtl: cdk.Duration.minutes(5), minTtl: cdk.Duration.minutes(10), maxTtl: cdk.Duration.minutes(7),
    cookieBehavior: cf.CacheCookieBehavior.allowList('session', 'lang'), headerBehavior: cf.CacheHeaderBehavior.allowList('X-Tenant'),
    queryStringBehavior: cf.CacheQueryStringBehavior.denyList('utm'), enableAcceptEncodingGzip: true, enableAcceptEncodingBrotli: true,
  });
  const cp2 = new cf.CachePolicy(s, 'Cache2', { cachePolicyName: 'named-policy', cookieBehavior: cf.CacheCookieBehavior.all(), queryStringBehavior: cf.CacheQueryStringBehavior.all() });
  const orp = new cf.OriginRequestPolicy(s, 'Orp', { comment: 'fwd', cookieBehavior: cf.OriginRequestCookieBehavior.denyList('a'),
    headerBehavior: cf.OriginRequestHeaderBehavior.all('CloudFront-Is-Mobile-Viewer'), queryStringBehavior: cf.OriginRequestQueryStringBehavior.allowList('q') });
  const orp2 = new cf.OriginRequestPolicy(s, 'Orp2', { originRequestPolicyName: 'orp-two', headerBehavior: cf.OriginRequestHeaderBehavior.allowList('X-A'),
    cookieBehavior: cf.OriginRequestCookieBehavior.all(), queryStringBehavior: cf.OriginRequestQueryStringBehavior.all() });
  new cf.OriginRequestPolicy(s, 'Orp3', { headerBehavior: cf.OriginRequestHeaderBehavior.all(), cookieBehavior: cf.OriginRequestCookieBehavior.allowList('c'), queryStringBehavior: cf.OriginRequestQueryStringBehavior.denyList('d') });
  const rhp = new cf.ResponseHeadersPolicy(s, 'Rhp', {
    comment: 'hdrs',
    corsBehavior: { accessControlAllowCredentials: false, accessControlAllowHeaders: ['*'], accessControlAllowMethods: ['GET', 'POST'],
      accessControlAllowOrigins: ['https://a.example.com'], accessControlExposeHeaders: ['X-Out'], accessControlMaxAge: cdk.Duration.seconds(600), originOverride: true },
    customHeadersBehavior: { customHeaders: [{ header: 'X-Hello', value: 'world', override: true }, { header: 'X-B', value: 'b', override: false }] },
    securityHeadersBehavior: {
      contentSecurityPolicy: { contentSecurityPolicy: "default-src 'self'", override: true },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: cf.HeadersFrameOption.DENY, override: true },
      referrerPolicy: { referrerPolicy: cf.HeadersReferrerPolicy.NO_REFERRER, override: false },
      strictTransportSecurity: { accessControlMaxAge: cdk.Duration.days(365), includeSubdomains: true, preload: true, override: true },
      xssProtection: { protection: true, modeBlock: true, override: true },
    },
    removeHeaders: ['Server', 'X-Powered-By'], serverTimingSamplingRate: 12.5,
  });
  new cf.ResponseHeadersPolicy(s, 'Rhp2', { responseHeadersPolicyName: 'rhp-two', corsBehavior: { accessControlAllowCredentials: true, accessControlAllowHeaders: ['X-A'],
    accessControlAllowMethods: ['ALL'], accessControlAllowOrigins: ['*'], originOverride: false } });
  const pk = new cf.PublicKey(s, 'Key', { encodedKey: '-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----', comment: 'k' });
  const pk2 = cf.PublicKey.fromPublicKeyId(s, 'Key2', 'K2ID');
  const kg = new cf.KeyGroup(s, 'Group', { items: [pk, pk2], comment: 'g' });
  const kg2 = cf.KeyGroup.fromKeyGroupId(s, 'Group2', 'G2ID');
  new cf.KeyGroup(s, 'Group3', { items: [pk], keyGroupName: 'named-group' });
  const kvs = new cf.KeyValueStore(s, 'Store', { comment: 'kv', source: cf.ImportSource.fromBucket(new s3.Bucket(s, 'Data'), 'data.json') });
  const kvs2 = new cf.KeyValueStore(s, 'Store2', { keyValueStoreName: 'named-store' });
  new cf.KeyValueStore(s, 'Inline', { source: cf.ImportSource.fromInline('{"data":[{"key":"a","value":"b"}]}') });
  new cf.KeyValueStore(s, 'FromFile', { source: cf.ImportSource.fromAsset(require('path').join(__dirname, 'kvs.json')) });
  const kimp = cf.KeyValueStore.fromKeyValueStoreArn(s, 'StoreImp', 'arn:aws:cloudfront::111111111111:key-value-store/abc-123');
  const fn = new cf.Function(s, 'Fn', { code: cf.FunctionCode.fromInline('function handler(e) { return e.request; }'), keyValueStore: kvs });
  new cf.FunctionUrlOriginAccessControl(s, 'LambdaOac', { signing: cf.Signing.SIGV4_NO_OVERRIDE });
  new cf.MediaPackageV2OriginAccessControl(s, 'MediaOac', { originAccessControlName: 'media', description: 'mp' });
  const d = new cf.Distribution(s, 'Cdn', {
    defaultBehavior: { origin: new origins.HttpOrigin('a.example.com'), cachePolicy: cp, originRequestPolicy: orp, responseHeadersPolicy: rhp, trustedKeyGroups: [kg, kg2],
      functionAssociations: [{ function: fn, eventType: cf.FunctionEventType.VIEWER_REQUEST }] },
  });
  d.addBehavior('/b/*', new origins.HttpOrigin('b.example.com'), { cachePolicy: cp2, originRequestPolicy: orp2,
    responseHeadersPolicy: cf.ResponseHeadersPolicy.fromResponseHeadersPolicyId(s, 'RhpImp', 'rhp-id') });
  new cdk.CfnOutput(s, 'Ids', { value: [cp.cachePolicyId, orp.originRequestPolicyId, rhp.responseHeadersPolicyId, kg.keyGroupId, pk.publicKeyId].join(',') });
  new cdk.CfnOutput(s, 'Kvs', { value: [kvs.keyValueStoreArn, kvs.keyValueStoreId, kvs.keyValueStoreStatus, kvs2.keyValueStoreArn, kimp.keyValueStoreId].join(',') });
}

{ // Origins: function URLs (plain and OAC), a REST API, VPC origins for an internal ALB and an import, the deprecated S3Origin
  const s = new cdk.Stack(app, 'Origins');
  const fn = new lambda.Function(s, 'Fn', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => ({})') });
  const iamUrl = fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });
  const fn2 = new lambda.Function(s, 'Fn2', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => ({})') });
  const openUrl = fn2.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
  const api = new apigw.RestApi(s, 'Api');
  api.root.addMethod('GET');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 0, restrictDefaultSecurityGroup: false });
  const alb = new elbv2.ApplicationLoadBalancer(s, 'Alb', { vpc, internetFacing: false });
  const pub = new elbv2.ApplicationLoadBalancer(s, 'PublicAlb', { vpc, internetFacing: true });
  const imported = cf.VpcOrigin.fromVpcOriginArn(s, 'ImpVpcOrigin', 'arn:aws:cloudfront::111111111111:vpcorigin/vo_abc');
  const site = new s3.Bucket(s, 'Site', { websiteIndexDocument: 'index.html' });
  const plain = new s3.Bucket(s, 'Plain');
  const d = new cf.Distribution(s, 'Cdn', {
    defaultBehavior: { origin: origins.FunctionUrlOrigin.withOriginAccessControl(iamUrl, { readTimeout: cdk.Duration.seconds(20), keepaliveTimeout: cdk.Duration.seconds(10) }) },
    additionalBehaviors: {
      '/alb/*': { origin: new origins.LoadBalancerV2Origin(pub, { protocolPolicy: cf.OriginProtocolPolicy.HTTP_ONLY, httpPort: 8080, keepaliveTimeout: cdk.Duration.seconds(30) }),
        allowedMethods: cf.AllowedMethods.ALLOW_ALL, cachePolicy: cf.CachePolicy.CACHING_DISABLED, originRequestPolicy: cf.OriginRequestPolicy.ALL_VIEWER },
      '/api/*': { origin: new origins.RestApiOrigin(api, { readTimeout: cdk.Duration.seconds(40) }) },
      '/api2/*': { origin: new origins.RestApiOrigin(api, { originPath: '/custom' }) },
      '/oac/*': { origin: origins.FunctionUrlOrigin.withOriginAccessControl(openUrl, { originAccessControl: new cf.FunctionUrlOriginAccessControl(s, 'Oac', { signing: cf.Signing.SIGV4_NO_OVERRIDE }) }) },
      '/open/*': { origin: new origins.FunctionUrlOrigin(openUrl, { ipAddressType: cf.OriginIpAddressType.DUALSTACK, originId: 'open' }) },
      '/plain/*': { origin: new origins.S3Origin(plain, { originPath: 'p' }) },
      '/site/*': { origin: new origins.S3Origin(site) },
      '/vpc/*': { origin: origins.VpcOrigin.withApplicationLoadBalancer(alb, { httpPort: 8080, protocolPolicy: cf.OriginProtocolPolicy.HTTP_ONLY, vpcOriginName: 'alb-origin', readTimeout: cdk.Duration.seconds(30) }) },
      '/vpc2/*': { origin: origins.VpcOrigin.withVpcOrigin(imported, { domainName: 'internal.example.com', keepaliveTimeout: cdk.Duration.seconds(5) }) },
    },
  });
  const vo = new cf.VpcOrigin(s, 'Direct', { endpoint: cf.VpcOriginEndpoint.applicationLoadBalancer(alb), httpsPort: 8443, originSslProtocols: [cf.OriginSslPolicy.TLS_V1_2, cf.OriginSslPolicy.TLS_V1_1] });
  new cdk.CfnOutput(s, 'Vo', { value: [vo.vpcOriginId, vo.vpcOriginArn, vo.domainName, imported.vpcOriginId].join(',') });
}

{ // Web: the legacy CloudFrontWebDistribution with an OAI bucket, a custom origin failing over to S3, Lambda@Edge, logging and a certificate
  const s = new cdk.Stack(app, 'Web');
  const bucket = new s3.Bucket(s, 'Bucket');
  const backup = new s3.Bucket(s, 'Backup');
  const oai = new cf.OriginAccessIdentity(s, 'Oai');
  const edge = new lambda.Function(s, 'Edge', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async (e) => e') });
  const fn = new cf.Function(s, 'Fn', { code: cf.FunctionCode.fromInline('function handler(e) { return e.request; }') });
  const kg = cf.KeyGroup.fromKeyGroupId(s, 'Kg', 'kg-1');
  const w = new cf.CloudFrontWebDistribution(s, 'Dist', {
    originConfigs: [
      { s3OriginSource: { s3BucketSource: bucket, originAccessIdentity: oai, originPath: '/web', originHeaders: { 'X-A': 'a', 'X-B': 'b' } },
        behaviors: [{ isDefaultBehavior: true, compress: false, defaultTtl: cdk.Duration.minutes(10), minTtl: cdk.Duration.seconds(0), maxTtl: cdk.Duration.hours(2),
          functionAssociations: [{ function: fn, eventType: cf.FunctionEventType.VIEWER_REQUEST }], trustedKeyGroups: [kg] }] },
      { customOriginSource: { domainName: 'api.example.com', httpPort: 8080, originReadTimeout: cdk.Duration.seconds(45), originKeepaliveTimeout: cdk.Duration.seconds(0),
          allowedOriginSSLVersions: [cf.OriginSslPolicy.TLS_V1_1, cf.OriginSslPolicy.TLS_V1_2], originProtocolPolicy: cf.OriginProtocolPolicy.MATCH_VIEWER, originShieldRegion: 'us-west-2' },
        failoverS3OriginSource: { s3BucketSource: backup }, failoverCriteriaStatusCodes: [cf.FailoverStatusCode.NOT_FOUND, cf.FailoverStatusCode.BAD_GATEWAY],
        connectionAttempts: 2, connectionTimeout: cdk.Duration.seconds(5),
        behaviors: [{ pathPattern: '/api/*', allowedMethods: cf.CloudFrontAllowedMethods.ALL, cachedMethods: cf.CloudFrontAllowedCachedMethods.GET_HEAD_OPTIONS,
          forwardedValues: { queryString: true, headers: ['Authorization'] }, viewerProtocolPolicy: cf.ViewerProtocolPolicy.HTTPS_ONLY, trustedSigners: ['111111111111'],
          lambdaFunctionAssociations: [{ eventType: cf.LambdaEdgeEventType.ORIGIN_REQUEST, lambdaFunction: edge.currentVersion, includeBody: true }] },
          { pathPattern: '/api2/*', allowedMethods: cf.CloudFrontAllowedMethods.GET_HEAD_OPTIONS }] },
    ],
    comment: 'web', defaultRootObject: '', enableIpV6: false, httpVersion: cf.HttpVersion.HTTP1_1, priceClass: cf.PriceClass.PRICE_CLASS_ALL,
    viewerProtocolPolicy: cf.ViewerProtocolPolicy.ALLOW_ALL, webACLId: 'arn:aws:wafv2:us-east-1:111111111111:global/webacl/x/1',
    errorConfigurations: [{ errorCode: 404, responseCode: 200, responsePagePath: '/index.html', errorCachingMinTtl: 10 }],
    loggingConfig: { prefix: 'logs/', includeCookies: true }, geoRestriction: cf.GeoRestriction.denylist('RU'),
    viewerCertificate: cf.ViewerCertificate.fromAcmCertificate(acm.Certificate.fromCertificateArn(s, 'Cert', 'arn:aws:acm:us-east-1:111111111111:certificate/abc'),
      { aliases: ['www.example.com'], securityPolicy: cf.SecurityPolicyProtocol.TLS_V1_2_2021, sslMethod: cf.SSLMethod.SNI }),
  });
  w.grantCreateInvalidation(new iam.Role(s, 'Inv', { assumedBy: new iam.AccountRootPrincipal() }));
  w.grant(new iam.Role(s, 'Lister', { assumedBy: new iam.AccountRootPrincipal() }), 'cloudfront:ListDistributions');
  new cf.CloudFrontWebDistribution(s, 'Plain', { originConfigs: [{ customOriginSource: { domainName: 'x.example.com' }, behaviors: [{ isDefaultBehavior: true }] }],
    viewerCertificate: cf.ViewerCertificate.fromCloudFrontDefaultCertificate() });
  new cf.CloudFrontWebDistribution(s, 'Iam', { originConfigs: [{ s3OriginSource: { s3BucketSource: bucket }, behaviors: [{ isDefaultBehavior: true }] }],
    viewerCertificate: cf.ViewerCertificate.fromIamCertificate('cert-id', { sslMethod: cf.SSLMethod.VIP }), loggingConfig: { bucket: backup } });
  const imp = cf.CloudFrontWebDistribution.fromDistributionAttributes(s, 'Imp', { distributionId: 'E1', domainName: 'd.cloudfront.net' });
  new cdk.CfnOutput(s, 'Out', { value: [w.distributionId, w.distributionDomainName, w.loggingBucket.bucketName, imp.distributionArn].join(',') });
}

{ // Edge: Lambda@Edge on behaviors, an own log bucket, VIP SSL with a minimum protocol, gRPC, HTTP/3, a media-quality origin group
  const s = new cdk.Stack(app, 'Edge');
  const fn = new lambda.Function(s, 'Edge', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async (e) => e') });
  const logs = new s3.Bucket(s, 'Logs', { objectOwnership: s3.ObjectOwnership.OBJECT_WRITER });
  const cert = acm.Certificate.fromCertificateArn(s, 'Cert', 'arn:aws:acm:us-east-1:111111111111:certificate/abc');
  const d = new cf.Distribution(s, 'Cdn', {
    defaultBehavior: { origin: new origins.HttpOrigin('a.example.com', { originId: 'primary', connectionAttempts: 2, connectionTimeout: cdk.Duration.seconds(4), originShieldEnabled: false }),
      edgeLambdas: [{ functionVersion: fn.currentVersion, eventType: cf.LambdaEdgeEventType.VIEWER_REQUEST, includeBody: true },
        { functionVersion: fn.currentVersion, eventType: cf.LambdaEdgeEventType.ORIGIN_RESPONSE }],
      smoothStreaming: true, viewerProtocolPolicy: cf.ViewerProtocolPolicy.HTTPS_ONLY },
    additionalBehaviors: {
      '/grpc/*': { origin: new origins.HttpOrigin('g.example.com'), enableGrpc: true, allowedMethods: cf.AllowedMethods.ALLOW_ALL },
      '/media/*': { origin: new origins.OriginGroup({ primaryOrigin: new origins.HttpOrigin('m1.example.com'), fallbackOrigin: new origins.HttpOrigin('m2.example.com'),
        selectionCriteria: cf.OriginSelectionCriteria.MEDIA_QUALITY_BASED }), allowedMethods: cf.AllowedMethods.ALLOW_GET_HEAD_OPTIONS },
    },
    certificate: cert, domainNames: ['a.example.com', 'b.example.com'], sslSupportMethod: cf.SSLMethod.VIP, minimumProtocolVersion: cf.SecurityPolicyProtocol.TLS_V1_2_2019,
    httpVersion: cf.HttpVersion.HTTP2, logBucket: logs, logIncludesCookies: true, geoRestriction: cf.GeoRestriction.denylist('KP'),
    webAclId: 'arn:aws:wafv2:us-east-1:111111111111:global/webacl/y/2', priceClass: cf.PriceClass.PRICE_CLASS_200,
  });
  d.addBehavior('/static/*', origins.S3BucketOrigin.withOriginAccessControl(new s3.Bucket(s, 'Static'), { originAccessLevels: [cf.AccessLevel.READ, cf.AccessLevel.READ_VERSIONED, cf.AccessLevel.DELETE] }),
    { edgeLambdas: [{ functionVersion: fn.currentVersion, eventType: cf.LambdaEdgeEventType.ORIGIN_REQUEST }] });
  new cw.Alarm(s, 'Latency', { metric: d.metric('OriginLatency', { statistic: 'p90' }), threshold: 1000, evaluationPeriods: 1 });
  new cw.Alarm(s, 'Down', { metric: d.metricBytesDownloaded(), threshold: 1, evaluationPeriods: 1 });
  new cdk.CfnOutput(s, 'Dn', { value: d.domainName });
  new cdk.CfnOutput(s, 'Id', { value: d.distributionId });
}

{ // CfNet + CfFront: the Yoctogram frontend: an ALB in the network stack, the bucket (OAC) and the distribution with /api/* to the ALB in another
  const net = new cdk.Stack(app, 'CfNet');
  const vpc = new ec2.Vpc(net, 'Vpc', { maxAzs: 2, natGateways: 0, restrictDefaultSecurityGroup: false });
  const alb = new elbv2.ApplicationLoadBalancer(net, 'Alb', { vpc, internetFacing: true });
  const front = new cdk.Stack(app, 'CfFront');
  const bucket = new s3.Bucket(front, 'Frontend', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL, enforceSSL: true });
  const d = new cf.Distribution(front, 'Cdn', {
    defaultBehavior: { origin: origins.S3BucketOrigin.withOriginAccessControl(bucket), viewerProtocolPolicy: cf.ViewerProtocolPolicy.REDIRECT_TO_HTTPS },
    additionalBehaviors: { '/api/*': { origin: new origins.LoadBalancerV2Origin(alb, { protocolPolicy: cf.OriginProtocolPolicy.HTTP_ONLY }),
      allowedMethods: cf.AllowedMethods.ALLOW_ALL, cachePolicy: cf.CachePolicy.CACHING_DISABLED, originRequestPolicy: cf.OriginRequestPolicy.ALL_VIEWER } },
    defaultRootObject: 'index.html', errorResponses: [{ httpStatus: 404, responseHttpStatus: 200, responsePagePath: '/index.html' }],
  });
  new cdk.CfnOutput(front, 'Url', { value: d.distributionDomainName });
}

{ // Realtime: real-time log configurations to Kinesis (own role, encrypted stream, shared default role) on behaviors
  const kinesis = require('aws-cdk-lib/aws-kinesis');
  const s = new cdk.Stack(app, 'Realtime');
  const plain = new kinesis.Stream(s, 'Plain', { encryption: kinesis.StreamEncryption.UNENCRYPTED });
  const secret = new kinesis.Stream(s, 'Secret', { encryption: kinesis.StreamEncryption.KMS });
  const role = new iam.Role(s, 'Writer', { assumedBy: new iam.ServicePrincipal('cloudfront.amazonaws.com') });
  const named = new cf.RealtimeLogConfig(s, 'Named', { realtimeLogConfigName: 'rt', samplingRate: 100,
    fields: ['timestamp', 'c-ip'], endPoints: [cf.Endpoint.fromKinesisStream(plain, role)] });
  const auto = new cf.RealtimeLogConfig(s, 'Auto', { samplingRate: 5, fields: ['timestamp'],
    endPoints: [cf.Endpoint.fromKinesisStream(secret), cf.Endpoint.fromKinesisStream(plain)] });
  new cf.Distribution(s, 'Dist', { defaultBehavior: { origin: new origins.HttpOrigin('example.com'), realtimeLogConfig: named },
    additionalBehaviors: { '/api/*': { origin: new origins.HttpOrigin('api.example.com'), realtimeLogConfig: auto } } });
  new cdk.CfnOutput(s, 'Name', { value: auto.realtimeLogConfigName });
  new cdk.CfnOutput(s, 'Arn', { value: named.realtimeLogConfigArn });
}

const errors = {
  RealtimeBadRate: (s) => new cf.RealtimeLogConfig(s, 'R', { samplingRate: 0, fields: ['timestamp'], endPoints: [] }),
  CrossStackOac: (s) => { // the bucket policy in the bucket's stack names the distribution, which names the bucket
    const data = new cdk.Stack(s.node.scope, 'CfData');
    const bucket = new s3.Bucket(data, 'Frontend');
    const front = new cdk.Stack(s.node.scope, 'CfFront');
    new cf.Distribution(front, 'Cdn', { defaultBehavior: { origin: origins.S3BucketOrigin.withOriginAccessControl(bucket) } });
  },
  WebTwoDefaults: (s) => new cf.CloudFrontWebDistribution(s, 'W', { originConfigs: [{ customOriginSource: { domainName: 'a.com' }, behaviors: [{ isDefaultBehavior: true }, { isDefaultBehavior: true }] }] }),
  WebNoPath: (s) => new cf.CloudFrontWebDistribution(s, 'W', { originConfigs: [{ customOriginSource: { domainName: 'a.com' }, behaviors: [{ isDefaultBehavior: true }, {}] }] }),
  WebNoSource: (s) => new cf.CloudFrontWebDistribution(s, 'W', { originConfigs: [{ behaviors: [{ isDefaultBehavior: true }] }] }),
  WebSsl: (s) => new cf.CloudFrontWebDistribution(s, 'W', { originConfigs: [{ customOriginSource: { domainName: 'a.com' }, behaviors: [{ isDefaultBehavior: true }] }],
    viewerCertificate: cf.ViewerCertificate.fromIamCertificate('c', { sslMethod: cf.SSLMethod.VIP, securityPolicy: cf.SecurityPolicyProtocol.TLS_V1_2_2021 }) }),
  WebAttempts: (s) => new cf.CloudFrontWebDistribution(s, 'W', { originConfigs: [{ customOriginSource: { domainName: 'a.com' }, connectionAttempts: 4, behaviors: [{ isDefaultBehavior: true }] }] }),
  UrlAuth: (s) => { const fn = new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('x') });
    new cf.Distribution(s, 'D', { defaultBehavior: { origin: origins.FunctionUrlOrigin.withOriginAccessControl(fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE })) } }); },
  VpcPort: (s) => new cf.VpcOrigin(s, 'V', { endpoint: cf.VpcOriginEndpoint.applicationLoadBalancer(new elbv2.ApplicationLoadBalancer(s, 'A', { vpc: new ec2.Vpc(s, 'Vpc') })), httpPort: 8 }),
  VpcImport: (s) => cf.VpcOrigin.fromVpcOriginAttributes(s, 'V', {}),
  VpcDomain: (s) => origins.VpcOrigin.withVpcOrigin(cf.VpcOrigin.fromVpcOriginId(s, 'V', 'vo_1')),
  CachePolicyName: (s) => new cf.CachePolicy(s, 'P', { cachePolicyName: 'bad name!' }),
  CachePolicyComment: (s) => new cf.CachePolicy(s, 'P', { comment: 'x'.repeat(130) }),
  OrpName: (s) => new cf.OriginRequestPolicy(s, 'P', { originRequestPolicyName: 'a.b' }),
  OrpAuth: (s) => cf.OriginRequestHeaderBehavior.allowList('Authorization'),
  OrpAllCf: (s) => cf.OriginRequestHeaderBehavior.all('X-Foo'),
  EmptyCookies: (s) => cf.CacheCookieBehavior.allowList(),
  CorsAll: (s) => new cf.ResponseHeadersPolicy(s, 'P', { corsBehavior: { accessControlAllowCredentials: false, accessControlAllowHeaders: [], accessControlAllowMethods: ['ALL', 'GET'], accessControlAllowOrigins: ['*'], originOverride: true } }),
  CorsCreds: (s) => new cf.ResponseHeadersPolicy(s, 'P', { corsBehavior: { accessControlAllowCredentials: true, accessControlAllowHeaders: ['X-*'], accessControlAllowMethods: ['GET'], accessControlAllowOrigins: ['*'], originOverride: true } }),
  RemoveHeader: (s) => new cf.ResponseHeadersPolicy(s, 'P', { removeHeaders: ['Via'] }),
  SamplingRate: (s) => new cf.ResponseHeadersPolicy(s, 'P', { serverTimingSamplingRate: 101 }),
  SamplingDecimals: (s) => new cf.ResponseHeadersPolicy(s, 'P', { serverTimingSamplingRate: 1.23456 }),
  PublicKeyPem: (s) => new cf.PublicKey(s, 'K', { encodedKey: 'abc' }),
  KvsArn: (s) => cf.KeyValueStore.fromKeyValueStoreArn(s, 'K', 'arn:aws:cloudfront::111111111111:key-value-store'),
  KvsStatus: (s) => cf.KeyValueStore.fromKeyValueStoreArn(s, 'K', 'arn:aws:cloudfront::111111111111:key-value-store/abc').keyValueStoreStatus,
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
