// aws-cdk-lib 2.276.0 twins of the Go cases in restapi_test.go. Each stack
// is one template case; each entry of `errors` one bad-input case, whose
// message and construct path regen.sh writes to errors.json. Object
// literals that stand for Go maps have their keys sorted (jsii hands Go
// maps over that way); those for Go structs follow the fields' order.
const cdk = require('aws-cdk-lib');
const apigw = require('aws-cdk-lib/aws-apigateway');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');
const cognito = require('aws-cdk-lib/aws-cognito');
const acm = require('aws-cdk-lib/aws-certificatemanager');
const s3 = require('aws-cdk-lib/aws-s3');
const ec2 = require('aws-cdk-lib/aws-ec2');
const firehose = require('aws-cdk-lib/aws-kinesisfirehose');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const app = new cdk.App();

const fn = (s, id) => new lambda.Function(s, id, {
  runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200, body: "hi" });'),
});

{ // LambdaProxy: a proxy LambdaRestApi with CORS for every origin
  const s = new cdk.Stack(app, 'LambdaProxy');
  const api = new apigw.LambdaRestApi(s, 'Api', {
    handler: fn(s, 'Handler'),
    defaultCorsPreflightOptions: { allowOrigins: apigw.Cors.ALL_ORIGINS, allowMethods: apigw.Cors.ALL_METHODS, allowHeaders: apigw.Cors.DEFAULT_HEADERS },
  });
  new cdk.CfnOutput(s, 'Url', { value: api.url });
}

{ // LambdaNoProxy: proxy off, routes of our own, a named function, stage options
  const s = new cdk.Stack(app, 'LambdaNoProxy');
  const handler = new lambda.Function(s, 'Named', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', functionName: 'named-fn',
    code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
  });
  const api = new apigw.LambdaRestApi(s, 'Api', {
    handler, proxy: false, restApiName: 'books-api', description: 'Books',
    integrationOptions: { allowTestInvoke: false },
    deployOptions: { stageName: 'v1', throttlingBurstLimit: 10, throttlingRateLimit: 5, tracingEnabled: true, variables: { a: 'b' } },
    endpointTypes: [apigw.EndpointType.REGIONAL],
  });
  const books = api.root.addResource('books');
  books.addMethod('GET');
  books.addMethod('POST', new apigw.LambdaIntegration(handler, { scopePermissionToMethod: false }));
  const book = books.addResource('{id}');
  book.addMethod('DELETE', undefined, { apiKeyRequired: true, authorizationType: apigw.AuthorizationType.IAM, operationName: 'DeleteBook' });
  api.root.resourceForPath('/a/b/c').addMethod('GET');
  new cdk.CfnOutput(s, 'BookUrl', { value: book.url });
  new cdk.CfnOutput(s, 'Arn', { value: api.arnForExecuteApi('GET', '/books', 'v1') });
}

{ // RestApiFull: integrations, responses, CORS with several origins, stage settings, access logs, CloudWatch role
  const s = new cdk.Stack(app, 'RestApiFull');
  const logGroup = new logs.LogGroup(s, 'AccessLogs');
  const api = new apigw.RestApi(s, 'Api', {
    cloudWatchRole: true,
    deployOptions: {
      loggingLevel: apigw.MethodLoggingLevel.INFO, dataTraceEnabled: true, metricsEnabled: true,
      throttlingBurstLimit: 100, throttlingRateLimit: 50, tracingEnabled: true,
      accessLogDestination: new apigw.LogGroupLogDestination(logGroup),
      accessLogFormat: apigw.AccessLogFormat.jsonWithStandardFields(),
      methodOptions: { '/*/POST': { throttlingRateLimit: 1 }, '/items/GET': { cachingEnabled: true, cacheTtl: cdk.Duration.minutes(5) } },
      description: 'prod stage',
    },
    binaryMediaTypes: ['image/png'],
    minCompressionSize: cdk.Size.kibibytes(1),
    defaultMethodOptions: { authorizationType: apigw.AuthorizationType.IAM },
  });
  const items = api.root.addResource('items', {
    defaultCorsPreflightOptions: { allowOrigins: ['https://a.example', 'https://b.example'], allowCredentials: true, maxAge: cdk.Duration.minutes(10), exposeHeaders: ['X-Total'] },
  });
  const getItems = items.addMethod('GET', new apigw.MockIntegration({
    requestTemplates: { 'application/json': '{"statusCode": 200}' },
    integrationResponses: [{ statusCode: '200', responseParameters: { 'method.response.header.X-Total': "'3'" }, responseTemplates: { 'application/json': '[]' } }],
    passthroughBehavior: apigw.PassthroughBehavior.NEVER,
  }), { methodResponses: [{ statusCode: '200', responseParameters: { 'method.response.header.X-Total': true } }], requestParameters: { 'method.request.querystring.page': false } });
  getItems.addMethodResponse({ statusCode: '500' });
  items.addMethod('POST', new apigw.AwsIntegration({ service: 'sqs', path: '123456789012/queue', integrationHttpMethod: 'POST', options: {
    credentialsRole: new iam.Role(s, 'ApiRole', { assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com') }),
    requestParameters: { 'integration.request.header.Content-Type': "'application/x-www-form-urlencoded'" },
    timeout: cdk.Duration.seconds(10),
  } }));
  items.addResource('ext').addMethod('GET', new apigw.HttpIntegration('https://example.com/items', { httpMethod: 'GET', proxy: false }), { authorizationType: apigw.AuthorizationType.NONE });
  api.root.addMethod('GET', new apigw.AwsIntegration({ service: 's3', action: 'ListBuckets', actionParameters: { a: '1', b: '2' } }));
  api.root.addProxy({ anyMethod: false }).addMethod('GET', new apigw.HttpIntegration('https://example.com/{proxy}'));
  const caller = new iam.Role(s, 'Caller', { assumedBy: new iam.AccountRootPrincipal() });
  getItems.grantExecute(caller);
  new cdk.CfnOutput(s, 'StageArn', { value: api.deploymentStage.stageArn });
}

{ // Authorizers: token and request authorizers, a validator, models, validator options
  const s = new cdk.Stack(app, 'Authorizers');
  const handler = fn(s, 'Handler');
  const auth = fn(s, 'Auth');
  const api = new apigw.RestApi(s, 'Api', { defaultIntegration: new apigw.LambdaIntegration(handler) });
  const token = new apigw.TokenAuthorizer(s, 'Token', { handler: auth, resultsCacheTtl: cdk.Duration.minutes(10), validationRegex: '^Bearer .+$' });
  const request = new apigw.RequestAuthorizer(s, 'Request', {
    handler: auth, authorizerName: 'by-header',
    identitySources: [apigw.IdentitySource.header('X-Key'), apigw.IdentitySource.queryString('key'), apigw.IdentitySource.context('sourceIp')],
    assumeRole: new iam.Role(s, 'InvokeRole', { assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com') }),
  });
  const validator = api.addRequestValidator('BodyValidator', { validateRequestBody: true, requestValidatorName: 'body' });
  const pet = api.addModel('Pet', {
    contentType: 'application/json', modelName: 'Pet', description: 'a pet',
    schema: {
      properties: {
        name: { minLength: 1, type: apigw.JsonSchemaType.STRING },
        tags: { items: { type: apigw.JsonSchemaType.STRING }, type: apigw.JsonSchemaType.ARRAY },
      },
      required: ['name'],
      schema: apigw.JsonSchemaVersion.DRAFT4,
      title: 'Pet',
      type: apigw.JsonSchemaType.OBJECT,
    },
  });
  const err = new apigw.Model(s, 'ErrorModel', { restApi: api, schema: { additionalProperties: false, properties: { message: { type: apigw.JsonSchemaType.STRING } }, type: apigw.JsonSchemaType.OBJECT } });
  const pets = api.root.addResource('pets');
  pets.addMethod('GET', undefined, { authorizer: token });
  pets.addMethod('POST', undefined, {
    authorizer: request, requestValidator: validator, requestModels: { 'application/json': pet },
    methodResponses: [{ statusCode: '200', responseModels: { 'application/json': apigw.Model.EMPTY_MODEL } }, { statusCode: '400', responseModels: { 'application/json': err } }],
  });
  pets.addResource('{id}').addMethod('PUT', undefined, { authorizer: request, requestValidatorOptions: { validateRequestParameters: true }, requestParameters: { 'method.request.path.id': true } });
}

{ // Responses: gateway responses (in the deployment hash), an imported API extended with resources
  const s = new cdk.Stack(app, 'Responses');
  const api = new apigw.RestApi(s, 'Api');
  api.root.addMethod('GET');
  api.addGatewayResponse('Unauthorized', {
    type: apigw.ResponseType.UNAUTHORIZED, statusCode: '401',
    responseHeaders: { 'Access-Control-Allow-Origin': "'*'", 'X-Reason': "'auth'" },
    templates: { 'application/json': '{"message": $context.error.messageString}' },
  });
  new apigw.GatewayResponse(s, 'Default4xx', { restApi: api, type: apigw.ResponseType.DEFAULT_4XX });
  const imported = apigw.RestApi.fromRestApiAttributes(s, 'Imported', { restApiId: 'abc123', rootResourceId: 'root456' });
  imported.root.addResource('extra').addMethod('POST');
  const res = apigw.Resource.fromResourceAttributes(s, 'ImportedRes', { path: '/v1', resourceId: 'res111', restApi: imported });
  res.addResource('things').addMethod('GET');
  const st = apigw.Stage.fromStageAttributes(s, 'ImportedStage', { restApi: imported, stageName: 'live' });
  st.addApiKey('LiveKey');
  const byId = apigw.RestApi.fromRestApiId(s, 'ById', 'xyz789');
  new cdk.CfnOutput(s, 'ImportedArn', { value: byId.arnForExecuteApi('GET', '/items', 'prod') });
}

{ // UsagePlans: API keys (by stage and by API) under a usage plan with quota and per-method throttling
  const s = new cdk.Stack(app, 'UsagePlans');
  const api = new apigw.RestApi(s, 'Api');
  const get = api.root.addMethod('GET', undefined, { apiKeyRequired: true });
  const key = api.addApiKey('Key', { apiKeyName: 'k1', value: 'abcdefghijklmnopqrstuvwxyz' });
  const plan = api.addUsagePlan('Plan', { name: 'basic', quota: { limit: 1000, period: apigw.Period.DAY }, throttle: { burstLimit: 10, rateLimit: 5 } });
  plan.addApiStage({ stage: api.deploymentStage, throttle: [{ method: get, throttle: { burstLimit: 2, rateLimit: 1 } }] });
  plan.addApiKey(key);
  const other = new apigw.ApiKey(s, 'Other', { enabled: false, resources: [api] });
  plan.addApiKey(other);
  new apigw.UsagePlan(s, 'Empty');
  new cdk.CfnOutput(s, 'KeyArn', { value: key.keyArn });
}

{ // Cognito: user-pool authorizers (default and custom identity source, two pools, cache TTL), one shared by two methods
  const s = new cdk.Stack(app, 'Cognito');
  const pool = new cognito.UserPool(s, 'Pool');
  const other = new cognito.UserPool(s, 'Other', { userPoolName: 'other' });
  const api = new apigw.RestApi(s, 'Api');
  const auth = new apigw.CognitoUserPoolsAuthorizer(s, 'Auth', { cognitoUserPools: [pool] });
  const both = new apigw.CognitoUserPoolsAuthorizer(s, 'Both', {
    cognitoUserPools: [pool, other], authorizerName: 'both', identitySource: apigw.IdentitySource.header('X-Token'), resultsCacheTtl: cdk.Duration.minutes(2),
  });
  api.root.addMethod('GET', undefined, { authorizer: auth, authorizationScopes: ['api/read'] });
  const items = api.root.addResource('items');
  items.addMethod('POST', undefined, { authorizer: auth });
  items.addMethod('PUT', undefined, { authorizer: both, authorizationType: apigw.AuthorizationType.COGNITO });
  new cdk.CfnOutput(s, 'AuthArn', { value: both.authorizerArn });
}

{ // Metrics: the canned metrics of an API, its stage and a method, as alarms
  const s = new cdk.Stack(app, 'Metrics');
  const api = new apigw.RestApi(s, 'Api', { restApiName: 'metered' });
  const get = api.root.addResource('items').addMethod('GET');
  const alarm = (id, metric) => metric.createAlarm(s, id, { threshold: 1, evaluationPeriods: 1 });
  alarm('ApiServerError', api.metricServerError());
  alarm('ApiClientError', api.metricClientError({ period: cdk.Duration.minutes(1) }));
  alarm('ApiCount', api.metricCount());
  alarm('ApiCountSum', api.metricCount({ statistic: 'Sum', label: 'requests' }));
  alarm('ApiLatency', api.metricLatency({ statistic: 'p99' }));
  alarm('ApiIntegrationLatency', api.metricIntegrationLatency());
  alarm('ApiCacheHit', api.metricCacheHitCount());
  alarm('ApiCacheMiss', api.metricCacheMissCount());
  alarm('ApiCustom', api.metric('Custom', { unit: cloudwatch.Unit.COUNT }));
  const stage = api.deploymentStage;
  alarm('StageServerError', stage.metricServerError());
  alarm('StageClientError', stage.metricClientError());
  alarm('StageCount', stage.metricCount());
  alarm('StageLatency', stage.metricLatency());
  alarm('StageIntegrationLatency', stage.metricIntegrationLatency());
  alarm('StageCacheHit', stage.metricCacheHitCount());
  alarm('StageCacheMiss', stage.metricCacheMissCount());
  alarm('StageCustom', stage.metric('Custom', { statistic: 'Maximum' }));
  alarm('MethodServerError', get.metricServerError(stage));
  alarm('MethodClientError', get.metricClientError(stage));
  alarm('MethodCount', get.metricCount(stage));
  alarm('MethodLatency', get.metricLatency(stage));
  alarm('MethodIntegrationLatency', get.metricIntegrationLatency(stage));
  alarm('MethodCacheHit', get.metricCacheHitCount(stage));
  alarm('MethodCacheMiss', get.metricCacheMissCount(stage));
  alarm('MethodCustom', get.metric('Custom', stage, { dimensionsMap: { ApiName: 'other' } }));
}

{ // KeyGrants: grants on owned and imported API keys
  const s = new cdk.Stack(app, 'KeyGrants');
  const key = new apigw.ApiKey(s, 'Key');
  const reader = new iam.Role(s, 'Reader', { assumedBy: new iam.AccountRootPrincipal() });
  const writer = new iam.Role(s, 'Writer', { assumedBy: new iam.AccountRootPrincipal() });
  key.grantRead(reader);
  key.grantWrite(writer);
  key.grantReadWrite(new iam.Role(s, 'Admin', { assumedBy: new iam.AccountRootPrincipal() }));
  key.grants.actions(reader, ['apigateway:UpdateRestApiPolicy'], { resourceArns: ['arn:aws:apigateway:us-east-1::/restapis/*'] });
  const imported = apigw.ApiKey.fromApiKeyId(s, 'Imported', 'abc123');
  apigw.ApiKeyGrants.fromApiKey(imported).read(writer);
}

{ // Domains: a domain from RestApiProps, an edge domain with two base paths, a regional one with mTLS and a multi-level API mapping, an imported one
  const s = new cdk.Stack(app, 'Domains');
  const cert = acm.Certificate.fromCertificateArn(s, 'Cert', 'arn:aws:acm:us-east-1:123456789012:certificate/abc');
  const api = new apigw.RestApi(s, 'Api', { domainName: { certificate: cert, domainName: 'api.example.com', basePath: 'v1', securityPolicy: apigw.SecurityPolicy.TLS_1_2 } });
  api.root.addMethod('GET');
  const other = new apigw.RestApi(s, 'Other');
  other.root.addMethod('GET');
  const edge = new apigw.DomainName(s, 'Edge', {
    certificate: cert, domainName: 'edge.example.com', endpointAccessMode: apigw.EndpointAccessMode.STRICT,
    endpointType: apigw.EndpointType.EDGE, securityPolicy: apigw.SecurityPolicy.TLS12_2018_EDGE,
  });
  edge.addBasePathMapping(other);
  edge.addBasePathMapping(api, { attachToStage: false, basePath: 'api' });
  const undeployed = new apigw.RestApi(s, 'Undeployed', { deploy: false });
  undeployed.root.addMethod('GET');
  edge.addBasePathMapping(undeployed, { basePath: 'u' });
  const multi = new apigw.DomainName(s, 'Multi', {
    certificate: cert, domainName: 'multi.example.com',
    mtls: { bucket: s3.Bucket.fromBucketName(s, 'Trust', 'trust-bucket'), key: 'truststore.pem', version: '1' },
  });
  multi.addApiMapping(api.deploymentStage, { basePath: 'a/b' });
  multi.addApiMapping(other.deploymentStage);
  const imported = apigw.DomainName.fromDomainNameAttributes(s, 'Imported', { domainName: 'old.example.com', domainNameAliasHostedZoneId: 'Z123', domainNameAliasTarget: 'd-abc.execute-api.us-east-1.amazonaws.com' });
  new apigw.BasePathMapping(s, 'ImportedMapping', { basePath: 'x', stage: other.deploymentStage, domainName: imported, restApi: other });
  new cdk.CfnOutput(s, 'Alias', { value: api.domainName.domainNameAliasDomainName });
  new cdk.CfnOutput(s, 'Zone', { value: edge.domainNameAliasHostedZoneId });
  new cdk.CfnOutput(s, 'ImportedName', { value: imported.domainName });
}

{ // PrivateApi: a private API reached through two endpoints, granted in two calls
  const s = new cdk.Stack(app, 'PrivateApi');
  const e1 = ec2.InterfaceVpcEndpoint.fromInterfaceVpcEndpointAttributes(s, 'E1', { port: 443, vpcEndpointId: 'vpce-111' });
  const e2 = ec2.GatewayVpcEndpoint.fromGatewayVpcEndpointId(s, 'E2', 'vpce-222');
  const api = new apigw.RestApi(s, 'Api', { endpointConfiguration: { types: [apigw.EndpointType.PRIVATE], vpcEndpoints: [e1] } });
  api.root.addMethod('GET');
  api.grantInvokeFromVpcEndpointsOnly([e1]);
  api.grantInvokeFromVpcEndpointsOnly([e2, e1]);
}

{ // RateLimited: keys under usage plans of their own, and one without limits
  const s = new cdk.Stack(app, 'RateLimited');
  const api = new apigw.RestApi(s, 'Api');
  api.root.addMethod('GET', undefined, { apiKeyRequired: true });
  const limited = new apigw.RateLimitedApiKey(s, 'Limited', {
    apiKeyName: 'limited', enabled: true,
    apiStages: [{ api, stage: api.deploymentStage }],
    quota: { limit: 100, period: apigw.Period.MONTH },
    throttle: { burstLimit: 2, rateLimit: 10 },
  });
  new apigw.RateLimitedApiKey(s, 'Plain', { resources: [api] });
  limited.grantRead(new iam.Role(s, 'Reader', { assumedBy: new iam.AccountRootPrincipal() }));
  apigw.UsagePlan.fromUsagePlanId(s, 'ImportedPlan', 'plan123').addApiKey(limited);
  api.root.addMethod('POST', undefined, { requestValidator: apigw.RequestValidator.fromRequestValidatorId(s, 'ImportedValidator', 'val123') });
  new cdk.CfnOutput(s, 'KeyId', { value: limited.keyId });
  new cdk.CfnOutput(s, 'KeyArn', { value: limited.keyArn });
}

{ // Spec: OpenAPI definitions inline (with a method added to the root), in S3 and from an asset
  const s = new cdk.Stack(app, 'Spec');
  const inline = new apigw.SpecRestApi(s, 'Inline', {
    apiDefinition: apigw.ApiDefinition.fromInline({
      info: { title: 'inline', version: '1' },
      openapi: '3.0.2',
      paths: { '/items': { get: { 'x-amazon-apigateway-integration': { type: 'MOCK' } } } },
    }),
    deployOptions: { stageName: 'live', tracingEnabled: true },
    description: 'from a spec', endpointTypes: [apigw.EndpointType.REGIONAL], mode: apigw.RestApiMode.MERGE,
    minCompressionSize: cdk.Size.bytes(100), failOnWarnings: true,
  });
  inline.root.addResource('extra').addMethod('GET', new apigw.MockIntegration());
  const bucket = s3.Bucket.fromBucketName(s, 'Specs', 'spec-bucket');
  const fromS3 = new apigw.SpecRestApi(s, 'FromS3', { apiDefinition: apigw.ApiDefinition.fromBucket(bucket, 'openapi.json', 'v2'), restApiName: 'from-s3' });
  new apigw.SpecRestApi(s, 'FromAsset', { apiDefinition: apigw.ApiDefinition.fromAsset('spec/openapi.json'), deploy: false });
  new cdk.CfnOutput(s, 'Url', { value: fromS3.url });
}

{ // AccessLogFields: every AccessLogField static as an output (those with an argument given 'x'), and a custom format from some
  const s = new cdk.Stack(app, 'AccessLogFields');
  const statics = Object.getOwnPropertyNames(apigw.AccessLogField).filter((n) => n.startsWith('context')).sort();
  for (const n of statics) new cdk.CfnOutput(s, n, { value: apigw.AccessLogField[n]('x') });
  const api = new apigw.RestApi(s, 'Api', { deployOptions: {
    accessLogDestination: new apigw.LogGroupLogDestination(new logs.LogGroup(s, 'Logs')),
    accessLogFormat: apigw.AccessLogFormat.custom(`${apigw.AccessLogField.contextRequestId()} ${apigw.AccessLogField.contextAuthorizerClaims('sub')} ${apigw.AccessLogField.contextStatus()}`),
  } });
  api.root.addMethod('GET');
}

const stream = (s, name) => new firehose.CfnDeliveryStream(s, 'Stream', {
  deliveryStreamName: name, deliveryStreamType: 'DirectPut',
  s3DestinationConfiguration: { bucketArn: 'arn:aws:s3:::logs', roleArn: 'arn:aws:iam::123456789012:role/firehose' },
});
{ // Firehose: access logs to a Firehose delivery stream
  const s = new cdk.Stack(app, 'Firehose');
  const api = new apigw.RestApi(s, 'Api', { deployOptions: {
    accessLogDestination: new apigw.FirehoseLogDestination(stream(s, 'amazon-apigateway-logs')),
    accessLogFormat: apigw.AccessLogFormat.clf(),
  } });
  api.root.addMethod('GET');
}

const domainErr = (s, props) => new apigw.DomainName(s, 'D', { certificate: acm.Certificate.fromCertificateArn(s, 'C', 'arn:aws:acm:us-east-1:123456789012:certificate/abc'), domainName: 'd.example.com', ...props });
{ // VpcLink: private integrations through VPC links (one NLB gives the default URI, two need one), an imported link
  const s = new cdk.Stack(app, 'VpcLink');
  const elbv2 = require('aws-cdk-lib/aws-elasticloadbalancingv2');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 0, restrictDefaultSecurityGroup: false });
  const nlb1 = new elbv2.NetworkLoadBalancer(s, 'Nlb1', { vpc });
  const nlb2 = new elbv2.NetworkLoadBalancer(s, 'Nlb2', { vpc });
  const one = new apigw.VpcLink(s, 'One', { targets: [nlb1], description: 'to nlb1' });
  const two = new apigw.VpcLink(s, 'Two', { vpcLinkName: 'two-nlbs' });
  two.addTargets(nlb1, nlb2);
  const imported = apigw.VpcLink.fromVpcLinkId(s, 'Imported', 'abc123');
  const api = new apigw.RestApi(s, 'Api');
  api.root.addMethod('GET', new apigw.Integration({ type: apigw.IntegrationType.HTTP_PROXY, integrationHttpMethod: 'ANY',
    options: { connectionType: apigw.ConnectionType.VPC_LINK, vpcLink: one } }));
  api.root.addResource('two').addMethod('GET', new apigw.HttpIntegration('http://nlb2.internal/two', { httpMethod: 'GET',
    options: { vpcLink: two } }));
  api.root.addResource('imported').addMethod('POST', new apigw.Integration({ type: apigw.IntegrationType.HTTP, integrationHttpMethod: 'POST',
    uri: 'http://backend.internal/', options: { connectionType: apigw.ConnectionType.VPC_LINK, vpcLink: imported } }));
  new cdk.CfnOutput(s, 'LinkId', { value: one.vpcLinkId });
  new cdk.CfnOutput(s, 'ImportedId', { value: imported.vpcLinkId });
}

{ // Sfn: a StepFunctionsRestApi, StartExecution integrations of a named, an unnamed and an imported state machine
  const s = new cdk.Stack(app, 'Sfn');
  const sfn = require('aws-cdk-lib/aws-stepfunctions');
  const sm = new sfn.StateMachine(s, 'SM', { stateMachineType: sfn.StateMachineType.EXPRESS, definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(s, 'P')) });
  new apigw.StepFunctionsRestApi(s, 'Api', { stateMachine: sm, headers: true, requestContext: { accountId: true, caller: true, userArn: false } });
  const api = new apigw.RestApi(s, 'Other');
  const named = new sfn.StateMachine(s, 'Named', { stateMachineName: 'named-sm', stateMachineType: sfn.StateMachineType.EXPRESS, definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(s, 'P2')) });
  api.root.addResource('run').addMethod('POST', apigw.StepFunctionsIntegration.startExecution(named, { path: false, querystring: false, authorizer: true }));
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com') });
  const imported = sfn.StateMachine.fromStateMachineArn(s, 'Imported', 'arn:aws:states:us-east-1:111111111111:stateMachine:other');
  api.root.addResource('imported').addMethod('GET', apigw.StepFunctionsIntegration.startExecution(imported, { credentialsRole: role, useDefaultMethodResponses: false, requestContext: {} }));
}

{ // Sagemaker: SagemakerIntegration with its own role per method, and with a given role and options
  const s = new cdk.Stack(app, 'Sagemaker');
  class Endpoint extends cdk.Resource {
    constructor(scope, id, name) {
      super(scope, id);
      this.endpointName = name;
      this.endpointArn = cdk.Stack.of(this).formatArn({ service: 'sagemaker', resource: 'endpoint', resourceName: name });
    }
    get endpointRef() { return { endpointArn: this.endpointArn }; }
    grantInvoke(grantee) { return iam.Grant.addToPrincipal({ grantee, actions: ['sagemaker:InvokeEndpoint'], resourceArns: [this.endpointArn] }); }
  }
  const ep = new Endpoint(s, 'Endpoint', 'my-endpoint');
  const api = new apigw.RestApi(s, 'Api');
  api.root.addResource('predict').addMethod('POST', new apigw.SagemakerIntegration(ep));
  api.root.addResource('again').addMethod('PUT', new apigw.SagemakerIntegration(ep));
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com') });
  api.root.addResource('given').addMethod('POST', new apigw.SagemakerIntegration(new Endpoint(s, 'Other', 'other-endpoint'), {
    credentialsRole: role, integrationResponses: [{ statusCode: '200', responseTemplates: { 'application/json': '$input.body' } }],
    requestTemplates: { 'application/json': '{"x":1}' }, timeout: cdk.Duration.seconds(10),
  }));
}

{ // StageBase: a user's stage class (StageBase subclass) over an API: its URL, ARN and a metric alarm
  const s = new cdk.Stack(app, 'StageBase');
  const cw = require('aws-cdk-lib/aws-cloudwatch');
  const api = new apigw.RestApi(s, 'Api');
  api.root.addMethod('GET');
  class MyStage extends apigw.StageBase {
    constructor(scope, id, restApi) { super(scope, id); this.restApi = restApi; this.stageName = 'custom'; }
  }
  const st = new MyStage(s, 'Custom', api);
  new cdk.CfnOutput(s, 'Url', { value: st.urlForPath('/items') });
  new cdk.CfnOutput(s, 'Arn', { value: st.stageArn });
  new cw.Alarm(s, 'Errors', { metric: st.metricClientError(), threshold: 1, evaluationPeriods: 1 });
}

const errors = {
  VpcLinkNoTargets: (s) => new apigw.VpcLink(s, 'Link'),
  VpcLinkTwoNoUri: (s) => {
    const elbv2 = require('aws-cdk-lib/aws-elasticloadbalancingv2');
    const vpc = new ec2.Vpc(s, 'V');
    const link = new apigw.VpcLink(s, 'Link', { targets: [new elbv2.NetworkLoadBalancer(s, 'A', { vpc }), new elbv2.NetworkLoadBalancer(s, 'B', { vpc })] });
    new apigw.RestApi(s, 'Api').root.addMethod('GET', new apigw.Integration({ type: apigw.IntegrationType.HTTP_PROXY, integrationHttpMethod: 'ANY',
      options: { connectionType: apigw.ConnectionType.VPC_LINK, vpcLink: link } }));
  },
  VpcLinkImportedNoUri: (s) => new apigw.RestApi(s, 'Api').root.addMethod('GET', new apigw.Integration({ type: apigw.IntegrationType.HTTP_PROXY,
    integrationHttpMethod: 'ANY', options: { connectionType: apigw.ConnectionType.VPC_LINK, vpcLink: apigw.VpcLink.fromVpcLinkId(s, 'L', 'x') } })),
  FirehoseBadName: (s) => {
    const api = new apigw.RestApi(s, 'Api', { deployOptions: { accessLogDestination: new apigw.FirehoseLogDestination(stream(s, 'logs')) } });
    api.root.addMethod('GET');
  },
  SpecEmptyInline: (s) => apigw.ApiDefinition.fromInline({}),
  DomainUppercase: (s) => domainErr(s, { domainName: 'API.example.com' }),
  DomainEdgePolicyOnRegional: (s) => domainErr(s, { endpointAccessMode: apigw.EndpointAccessMode.BASIC, securityPolicy: apigw.SecurityPolicy.TLS13_2025_EDGE }),
  DomainEnhancedWithoutAccessMode: (s) => domainErr(s, { securityPolicy: apigw.SecurityPolicy.TLS13_1_3_2025_09 }),
  DomainDuplicatePath: (s) => {
    const d = domainErr(s, {});
    const api = new apigw.RestApi(s, 'Api');
    api.root.addMethod('GET');
    d.addBasePathMapping(api, { basePath: 'v1' });
    d.addBasePathMapping(api, { basePath: 'v1' });
  },
  DomainMultiLevelBasePathMapping: (s) => {
    const api = new apigw.RestApi(s, 'Api');
    api.root.addMethod('GET');
    domainErr(s, {}).addBasePathMapping(api, { basePath: 'a/b' });
  },
  BasePathSlash: (s) => {
    const api = new apigw.RestApi(s, 'Api');
    api.root.addMethod('GET');
    domainErr(s, {}).addBasePathMapping(api, { basePath: 'v1/' });
  },
  CognitoAuthorizerUnattached: (s) => new apigw.CognitoUserPoolsAuthorizer(s, 'Auth', { cognitoUserPools: [new cognito.UserPool(s, 'Pool')] }),
  TokenAuthorizerTwoApis: (s) => {
    const auth = new apigw.TokenAuthorizer(s, 'Auth', { handler: fn(s, 'F') });
    new apigw.RestApi(s, 'A').root.addMethod('GET', undefined, { authorizer: auth });
    new apigw.RestApi(s, 'B').root.addMethod('GET', undefined, { authorizer: auth });
  },
  CognitoAuthorizerTwoApis: (s) => {
    const auth = new apigw.CognitoUserPoolsAuthorizer(s, 'Auth', { cognitoUserPools: [new cognito.UserPool(s, 'Pool')] });
    new apigw.RestApi(s, 'A').root.addMethod('GET', undefined, { authorizer: auth });
    new apigw.RestApi(s, 'B').root.addMethod('GET', undefined, { authorizer: auth });
  },
  RequestAuthorizerWithoutSources: (s) => new apigw.RequestAuthorizer(s, 'Auth', { handler: fn(s, 'F'), identitySources: [] }),
  DuplicateMethod: (s) => {
    const api = new apigw.RestApi(s, 'Api');
    const r = api.root.addResource('books');
    r.addMethod('GET');
    r.addMethod('GET');
  },
  MixedOrigins: (s) => new apigw.RestApi(s, 'Api').root.addCorsPreflight({ allowOrigins: ['*', 'https://a.example'] }),
  NoMethods: (s) => new apigw.RestApi(s, 'Api'),
  BadPathPart: (s) => new apigw.RestApi(s, 'Api').root.addResource('a b'),
  DeployOptionsWithoutDeploy: (s) => new apigw.RestApi(s, 'Api', { deploy: false, deployOptions: {} }),
  AccessLogFormatWithoutRequestId: (s) => {
    const api = new apigw.RestApi(s, 'Api', { deployOptions: { accessLogDestination: new apigw.LogGroupLogDestination(new logs.LogGroup(s, 'L')), accessLogFormat: apigw.AccessLogFormat.custom('$context.status') } });
    api.root.addMethod('GET');
  },
  InvalidMethod: (s) => new apigw.RestApi(s, 'Api').root.addMethod('FETCH'),
};
const out = {};
for (const [name, build] of Object.entries(errors)) {
  const eapp = new cdk.App({ autoSynth: false, context: JSON.parse(process.env.CDK_CONTEXT_JSON || '{}') });
  const s = new cdk.Stack(eapp, 'S');
  try {
    build(s);
    eapp.synth();
    out[name] = null;
  } catch (e) {
    out[name] = { path: e.constructPath || '', message: e.message };
  }
}
app.synth();
console.log(JSON.stringify(out, null, 2));
