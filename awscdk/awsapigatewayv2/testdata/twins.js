// aws-cdk-lib 2.276.0 twins of the Go cases in http_api_test.go. Each
// stack is one template case; each entry of `errors` one bad-input case,
// whose message and construct path regen.sh writes to errors.json.
// Objects are written as jsii hands them over from Go: struct fields in the
// Go declaration order, map keys sorted.
const cdk = require('aws-cdk-lib');
const apigw = require('aws-cdk-lib/aws-apigatewayv2');
const integ = require('aws-cdk-lib/aws-apigatewayv2-integrations');
const authz = require('aws-cdk-lib/aws-apigatewayv2-authorizers');
const lambda = require('aws-cdk-lib/aws-lambda');
const cognito = require('aws-cdk-lib/aws-cognito');
const iam = require('aws-cdk-lib/aws-iam');
const cw = require('aws-cdk-lib/aws-cloudwatch');
const app = new cdk.App();
const fn = (s, id) => new lambda.Function(s, id, {
  runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 })'),
});
const out = (s, id, value) => new cdk.CfnOutput(s, id, { value });

{ // Basic: a default Lambda integration on the $default route
  const s = new cdk.Stack(app, 'Basic');
  const api = new apigw.HttpApi(s, 'Api', { defaultIntegration: new integ.HttpLambdaIntegration('FnIntegration', fn(s, 'Fn')) });
  out(s, 'Url', api.url);
  out(s, 'Endpoint', api.apiEndpoint);
  out(s, 'Id', api.httpApiId);
}

{ // Routes: CORS, two Lambda integrations on three routes, a URL integration, an extra stage
  const s = new cdk.Stack(app, 'Routes');
  const api = new apigw.HttpApi(s, 'Api', {
    apiName: 'items-api',
    corsPreflight: {
      allowHeaders: ['Content-Type', 'Authorization'],
      allowMethods: [apigw.CorsHttpMethod.GET, apigw.CorsHttpMethod.POST, apigw.CorsHttpMethod.OPTIONS],
      allowOrigins: ['https://example.com'],
      maxAge: cdk.Duration.days(1),
    },
    description: 'Items',
  });
  const list = new integ.HttpLambdaIntegration('List', fn(s, 'ListFn'));
  const get = new integ.HttpLambdaIntegration('Get', fn(s, 'GetFn'), { payloadFormatVersion: apigw.PayloadFormatVersion.VERSION_1_0 });
  api.addRoutes({ integration: list, path: '/items', methods: [apigw.HttpMethod.GET, apigw.HttpMethod.POST] });
  api.addRoutes({ integration: get, path: '/items/{id}', methods: [apigw.HttpMethod.GET] });
  api.addRoutes({ integration: new integ.HttpUrlIntegration('Proxy', 'https://example.org/{proxy}'), path: '/proxy/{proxy+}' });
  api.addStage('Prod', { autoDeploy: true, stageName: 'prod', throttle: { burstLimit: 10, rateLimit: 5 }, stageVariables: { env: 'prod' } });
  out(s, 'Url', api.url);
  const prod = api.addStage('Beta', { stageName: 'beta' });
  const alarm = (id, metric) => new cw.Alarm(s, id, { metric, threshold: 1, evaluationPeriods: 1 });
  alarm('ClientErrors', api.metricClientError());
  alarm('Latency', api.metricLatency({ statistic: 'p99' }));
  alarm('StageCount', prod.metricCount({ period: cdk.Duration.minutes(1) }));
  alarm('Custom', api.metric('IntegrationError', { statistic: 'Sum' }));
}

{ // Authorizers: a Lambda authorizer by default, a JWT and a user-pool authorizer, a route without authorization
  const s = new cdk.Stack(app, 'Authorizers');
  const auth = new authz.HttpLambdaAuthorizer('Authorizer', fn(s, 'AuthFn'), {
    identitySource: ['$request.header.Authorization'],
    responseTypes: [authz.HttpLambdaResponseType.SIMPLE],
    resultsCacheTtl: cdk.Duration.seconds(0),
  });
  const api = new apigw.HttpApi(s, 'Api', { defaultAuthorizer: auth });
  const h = new integ.HttpLambdaIntegration('Handler', fn(s, 'Handler'));
  api.addRoutes({ integration: h, path: '/private', methods: [apigw.HttpMethod.GET] });
  api.addRoutes({ authorizer: new apigw.HttpNoneAuthorizer(), integration: h, path: '/public', methods: [apigw.HttpMethod.GET] });
  api.addRoutes({
    authorizationScopes: ['read'],
    authorizer: new authz.HttpJwtAuthorizer('Jwt', 'https://issuer.example.com', { jwtAudience: ['aud1'] }),
    integration: h, path: '/jwt', methods: [apigw.HttpMethod.GET],
  });
  const pool = new cognito.UserPool(s, 'Pool');
  api.addRoutes({ authorizer: new authz.HttpUserPoolAuthorizer('Cognito', pool), integration: h, path: '/cognito', methods: [apigw.HttpMethod.GET] });
  const iamRoute = api.addRoutes({ authorizer: new authz.HttpIamAuthorizer(), integration: h, path: '/iam', methods: [apigw.HttpMethod.GET] })[0];
  iamRoute.grantInvoke(new iam.Role(s, 'Caller', { assumedBy: new iam.AccountRootPrincipal() }));
}

{ // WebSocket: $connect/$disconnect/$default, custom routes with Lambda, mock and AWS integrations, authorizers, a stage, grants
  const s = new cdk.Stack(app, 'WebSocket');
  const role = new iam.Role(s, 'Backend', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const connect = new integ.WebSocketLambdaIntegration('ConnectIntegration', fn(s, 'ConnectFn'));
  const api = new apigw.WebSocketApi(s, 'Api', {
    apiKeySelectionExpression: apigw.WebSocketApiKeySelectionExpression.HEADER_X_API_KEY,
    apiName: 'chat',
    connectRouteOptions: { integration: connect, authorizer: new authz.WebSocketLambdaAuthorizer('Auth', fn(s, 'AuthFn'), { identitySource: ['route.request.querystring.token'] }) },
    defaultRouteOptions: { integration: new integ.WebSocketMockIntegration('DefaultIntegration', { requestTemplates: { 'application/json': '{"statusCode": 200}' }, templateSelectionExpression: '\\$default' }), returnResponse: true },
    description: 'Chat',
    disconnectRouteOptions: { integration: new integ.WebSocketLambdaIntegration('DisconnectIntegration', fn(s, 'DisconnectFn'), { timeout: cdk.Duration.seconds(10) }) },
  });
  const msg = new integ.WebSocketLambdaIntegration('MessageIntegration', fn(s, 'MessageFn'), { contentHandling: apigw.ContentHandling.CONVERT_TO_TEXT });
  api.addRoute('sendMessage', { integration: msg, returnResponse: true });
  api.addRoute('echo', { integration: msg });
  const ddbRole = new iam.Role(s, 'ApiRole', { assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com') });
  api.addRoute('put', { integration: new integ.WebSocketAwsIntegration('PutIntegration', {
    integrationMethod: 'POST',
    integrationUri: 'arn:aws:apigateway:us-east-1:dynamodb:action/PutItem',
    credentialsRole: ddbRole,
    passthroughBehavior: apigw.PassthroughBehavior.NEVER,
    requestParameters: { 'integration.request.header.Content-Type': "'application/x-amz-json-1.0'" },
    requestTemplates: { 'application/json': '{"TableName":"t"}' },
    templateSelectionExpression: 'application/json',
    timeout: cdk.Duration.seconds(5),
  }) });
  new apigw.WebSocketApi(s, 'IamApi', { connectRouteOptions: { integration: new integ.WebSocketMockIntegration('IamMock'), authorizer: new authz.WebSocketIamAuthorizer() } });
  new apigw.WebSocketRoute(s, 'KeyRoute', { integration: new integ.WebSocketMockIntegration('KeyMock'), routeKey: 'keyed', webSocketApi: api, apiKeyRequired: true });
  const stage = new apigw.WebSocketStage(s, 'Stage', {
    autoDeploy: true, description: 'dev stage', detailedMetricsEnabled: true,
    stageVariables: { a: '1', b: '2' }, throttle: { burstLimit: 50, rateLimit: 100 },
    stageName: 'dev', webSocketApi: api,
  });
  stage.addStageVariable('c', '3');
  api.grantManageConnections(role);
  stage.grantManagementApiAccess(role);
  out(s, 'Url', stage.url);
  out(s, 'CallbackUrl', stage.callbackUrl);
  out(s, 'Endpoint', api.apiEndpoint);
  out(s, 'Arn', api.arnForExecuteApi('any', '/x', 'dev'));
  out(s, 'ArnDefault', api.arnForExecuteApi());
  out(s, 'ArnV2', api.arnForExecuteApiV2('$connect', 'dev'));
  out(s, 'Name', api.webSocketApiName);
  new cw.Alarm(s, 'Messages', { metric: stage.metric('MessageCount', { statistic: 'Sum' }), threshold: 1, evaluationPeriods: 1 });
  const imported = apigw.WebSocketApi.fromWebSocketApiAttributes(s, 'Imported', { webSocketId: 'abc123', apiEndpoint: 'wss://abc123.example.com' });
  new apigw.WebSocketStage(s, 'ImportedStage', { stageName: 'prod', webSocketApi: imported });
  imported.addRoute; // imported APIs have no addRoute
  new apigw.WebSocketRoute(s, 'ImportedRoute', { integration: new integ.WebSocketMockIntegration('ImportedMock'), routeKey: '$connect', webSocketApi: imported,
    authorizer: apigw.WebSocketAuthorizer.fromWebSocketAuthorizerAttributes(s, 'ImportedAuth', { authorizerId: 'auth1', authorizerType: 'CUSTOM' }) });
  out(s, 'ImportedEndpoint', imported.apiEndpoint);
}

{ // Domain: a custom domain with mTLS, the default stage and an extra stage mapped, a WebSocket stage mapped explicitly
  const s = new cdk.Stack(app, 'Domain');
  const acm = require('aws-cdk-lib/aws-certificatemanager');
  const s3 = require('aws-cdk-lib/aws-s3');
  const cert = acm.Certificate.fromCertificateArn(s, 'Cert', 'arn:aws:acm:us-east-1:111111111111:certificate/abc');
  const bucket = new s3.Bucket(s, 'Truststore');
  const dn = new apigw.DomainName(s, 'DN', {
    certificate: cert, securityPolicy: apigw.SecurityPolicy.TLS_1_2, domainName: 'api.example.com',
    mtls: { bucket, key: 'truststore.pem', version: 'v1' },
  });
  const api = new apigw.HttpApi(s, 'Api', { defaultDomainMapping: { domainName: dn, mappingKey: 'v1' } });
  api.addRoutes({ integration: new integ.HttpUrlIntegration('Url', 'https://example.org'), path: '/x' });
  const beta = api.addStage('Beta', { stageName: 'beta', autoDeploy: true, domainMapping: { domainName: dn } });
  out(s, 'DomainUrl', api.defaultStage.domainUrl);
  out(s, 'BetaUrl', beta.domainUrl);
  out(s, 'Regional', dn.regionalDomainName);
  out(s, 'Zone', dn.regionalHostedZoneId);
  const other = new apigw.DomainName(s, 'Other', { domainName: 'ws.example.com' });
  other.addEndpoint({ certificate: cert, certificateName: 'ws', endpointType: apigw.EndpointType.REGIONAL, ipAddressType: apigw.IpAddressType.DUAL_STACK });
  const ws = new apigw.WebSocketApi(s, 'Ws');
  const wsStage = new apigw.WebSocketStage(s, 'WsStage', { stageName: 'live', webSocketApi: ws });
  const mapping = new apigw.ApiMapping(s, 'Mapping', { api: ws, domainName: other, stage: wsStage, apiMappingKey: 'chat' });
  out(s, 'MappingUrl', mapping.domainUrl);
  out(s, 'MappingId', mapping.apiMappingId);
  const imported = apigw.DomainName.fromDomainNameAttributes(s, 'ImportedDN', { name: 'old.example.com', regionalDomainName: 'd-1.execute-api.us-east-1.amazonaws.com', regionalHostedZoneId: 'Z1' });
  new apigw.ApiMapping(s, 'ImportedMapping', { api, domainName: imported });
  new apigw.DomainName(s, 'Bare', { domainName: 'bare.example.com' });
}

{ // Integrations: SQS, EventBridge, ALB and NLB over VPC links, Cloud Map, a standalone VPC link, the ARN helper
  const s = new cdk.Stack(app, 'Integrations');
  const sqs = require('aws-cdk-lib/aws-sqs');
  const events = require('aws-cdk-lib/aws-events');
  const ec2 = require('aws-cdk-lib/aws-ec2');
  const elbv2 = require('aws-cdk-lib/aws-elasticloadbalancingv2');
  const sd = require('aws-cdk-lib/aws-servicediscovery');
  const api = new apigw.HttpApi(s, 'Api');
  const queue = new sqs.Queue(s, 'Queue');
  api.addRoutes({ integration: new integ.HttpSqsIntegration('Send', { queue }), path: '/send', methods: [apigw.HttpMethod.POST] });
  api.addRoutes({ integration: new integ.HttpSqsIntegration('Receive', { queue, subtype: apigw.HttpIntegrationSubtype.SQS_RECEIVE_MESSAGE }), path: '/receive', methods: [apigw.HttpMethod.POST] });
  const bus = new events.EventBus(s, 'Bus');
  api.addRoutes({ integration: new integ.HttpEventBridgeIntegration('Events', { eventBusRef: bus.eventBusRef }), path: '/events', methods: [apigw.HttpMethod.POST] });
  api.addRoutes({ integration: new integ.HttpEventBridgeIntegration('Custom', { eventBusRef: bus.eventBusRef,
    parameterMapping: new apigw.ParameterMapping().custom('Detail', '$request.body') }), path: '/custom', methods: [apigw.HttpMethod.PUT] });
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1, restrictDefaultSecurityGroup: false });
  const alb = new elbv2.ApplicationLoadBalancer(s, 'Alb', { vpc });
  const listener = alb.addListener('Listener', { port: 80, defaultAction: elbv2.ListenerAction.fixedResponse(200) });
  api.addRoutes({ integration: new integ.HttpAlbIntegration('Alb', listener, { method: apigw.HttpMethod.GET, secureServerName: 'alb.example.com', timeout: cdk.Duration.seconds(10) }), path: '/alb' });
  const sg = new ec2.SecurityGroup(s, 'LinkSg', { vpc });
  const link = new apigw.VpcLink(s, 'Link', { vpc, securityGroups: [sg], subnets: { subnetType: ec2.SubnetType.PUBLIC }, vpcLinkName: 'my-link' });
  const nlbListener = elbv2.NetworkListener.fromNetworkListenerArn(s, 'Nlb', 'arn:aws:elasticloadbalancing:us-east-1:111111111111:listener/net/nlb/1/2');
  api.addRoutes({ integration: new integ.HttpNlbIntegration('Nlb', nlbListener, { vpcLink: link }), path: '/nlb' });
  const service = new sd.CfnService(s, 'Service', { name: 'svc' });
  api.addRoutes({ integration: new integ.HttpServiceDiscoveryIntegration('Cloudmap', service, { vpcLink: link, parameterMapping: new apigw.ParameterMapping().overwritePath(apigw.MappingValue.requestPath()) }), path: '/svc' });
  const again = api.addVpcLink({ vpc });
  out(s, 'SameLink', again.vpcLinkId);
  const imported = apigw.VpcLink.fromVpcLinkAttributes(s, 'ImportedLink', { vpc, vpcLinkId: 'link-1' });
  api.addRoutes({ integration: new integ.HttpAlbIntegration('AlbImportedLink', listener, { vpcLink: imported }), path: '/alb2' });
  out(s, 'HelperArn', apigw.HttpApiHelper.fromHttpApi(api).arnForExecuteApi('GET', '/x', 'prod'));
  const nlb = new elbv2.NetworkLoadBalancer(s, 'OwnedNlb', { vpc });
  const tg = new elbv2.NetworkTargetGroup(s, 'Tg', { vpc, port: 80 });
  const owned = nlb.addListener('L', { port: 80, defaultTargetGroups: [tg] });
  api.addRoutes({ integration: new integ.HttpNlbIntegration('OwnedNlb', owned, { method: apigw.HttpMethod.GET }), path: '/owned-nlb' });
}

{ // UsagePlans: WebSocket API keys, a usage plan over a stage, a rate-limited key, grants, imports
  const s = new cdk.Stack(app, 'UsagePlans');
  const api = new apigw.WebSocketApi(s, 'Api', { apiKeySelectionExpression: apigw.WebSocketApiKeySelectionExpression.AUTHORIZER_USAGE_IDENTIFIER_KEY });
  api.addRoute('send', { integration: new integ.WebSocketMockIntegration('Mock') });
  const stage = new apigw.WebSocketStage(s, 'Stage', { stageName: 'dev', webSocketApi: api, autoDeploy: true });
  const key = new apigw.ApiKey(s, 'Key', { apiKeyName: 'my-key', description: 'a key', value: 'abcdefghijklmnopqrstuvwxyz', customerId: 'c1', generateDistinctId: true });
  const plan = new apigw.UsagePlan(s, 'Plan', {
    apiStages: [{ api, stage }], description: 'plan', quota: { limit: 1000, offset: 1, period: apigw.Period.WEEK },
    throttle: { burstLimit: 10, rateLimit: 5 }, usagePlanName: 'basic',
  });
  plan.addApiKey(key);
  plan.addApiKey(apigw.ApiKey.fromApiKeyId(s, 'ImportedKey', 'k-123'), { overrideLogicalId: 'ImportedKeyInPlan' });
  const empty = new apigw.UsagePlan(s, 'Empty');
  empty.addApiStage({ api, stage });
  new apigw.UsagePlan(s, 'NoStages', { quota: { limit: 5, period: apigw.Period.DAY } });
  const rl = new apigw.RateLimitedApiKey(s, 'Limited', { enabled: false, throttle: { rateLimit: 100 }, apiStages: [{ api, stage }] });
  new apigw.RateLimitedApiKey(s, 'Plain');
  const role = new iam.Role(s, 'Reader', { assumedBy: new iam.AccountRootPrincipal() });
  key.grantRead(role);
  rl.grantReadWrite(role);
  apigw.UsagePlan.fromUsagePlanId(s, 'ImportedPlan', 'up-1').addApiKey(key);
  out(s, 'KeyArn', key.keyArn);
  out(s, 'LimitedId', rl.keyId);
}

{ // AccessLogs: HTTP stages with the default (CLF) and a JSON format, a WebSocket stage with its default format
  const s = new cdk.Stack(app, 'AccessLogs');
  const logs = require('aws-cdk-lib/aws-logs');
  const v1 = require('aws-cdk-lib/aws-apigateway');
  const group = new logs.LogGroup(s, 'Logs');
  const api = new apigw.HttpApi(s, 'Api', { createDefaultStage: false });
  api.addStage('Clf', { stageName: 'clf', accessLogSettings: { destination: new apigw.LogGroupLogDestination(group) } });
  new apigw.HttpStage(s, 'Json', { httpApi: api, stageName: 'json', accessLogSettings: { destination: new apigw.LogGroupLogDestination(group),
    format: v1.AccessLogFormat.jsonWithStandardFields() } });
  const ws = new apigw.WebSocketApi(s, 'Ws');
  new apigw.WebSocketStage(s, 'WsStage', { stageName: 'dev', webSocketApi: ws, accessLogSettings: { destination: new apigw.LogGroupLogDestination(group) } });
}

{ // HttpMore: the HTTP API options, routes, integrations and authorizers the other stacks leave out
  const s = new cdk.Stack(app, 'HttpMore');
  const api = new apigw.HttpApi(s, 'Api', {
    createDefaultStage: false, disableExecuteApiEndpoint: true, ipAddressType: apigw.IpAddressType.DUAL_STACK, routeSelectionExpression: true,
    defaultAuthorizationScopes: ['scope/a'],
    defaultAuthorizer: new authz.HttpJwtAuthorizer('DefaultJwt', 'https://issuer.example.com', { jwtAudience: ['aud'], authorizerName: 'jwt', identitySource: ['$request.header.X-Token'] }),
  });
  const h = fn(s, 'Handler');
  const shared = new integ.HttpLambdaIntegration('Shared', h, { scopePermissionToRoute: false, payloadFormatVersion: apigw.PayloadFormatVersion.custom('1.0'),
    timeout: cdk.Duration.seconds(20), parameterMapping: new apigw.ParameterMapping()
      .appendHeader('h1', apigw.MappingValue.requestHeader('x'))
      .overwriteHeader('h2', apigw.MappingValue.contextVariable('requestId'))
      .removeHeader('h3')
      .appendQueryString('q1', apigw.MappingValue.requestQueryString('y'))
      .overwriteQueryString('q2', apigw.MappingValue.stageVariable('v'))
      .removeQueryString('q3')
      .overwritePath(apigw.MappingValue.requestPathParam('p'))
      .custom('custom', 'value') });
  api.addRoutes({ integration: shared, path: '/a', methods: [apigw.HttpMethod.GET, apigw.HttpMethod.DELETE] });
  api.addRoutes({ integration: shared, path: '/b', authorizationScopes: ['scope/b'] });
  new apigw.HttpRoute(s, 'DefaultRoute', { httpApi: api, routeKey: apigw.HttpRouteKey.DEFAULT,
    integration: new integ.HttpUrlIntegration('Fallback', 'https://fallback.example.com', { method: apigw.HttpMethod.POST,
      parameterMapping: apigw.ParameterMapping.fromObject({ 'append:header.a': apigw.MappingValue.NONE, 'overwrite:path': apigw.MappingValue.custom('/x') }) }),
    authorizer: new apigw.HttpNoneAuthorizer() });
  const iamRoutes = api.addRoutes({ integration: new integ.HttpUrlIntegration('Iam', 'https://iam.example.com'), path: '/iam/{id}', authorizer: new authz.HttpIamAuthorizer() });
  const caller = new iam.Role(s, 'Caller', { assumedBy: new iam.AccountRootPrincipal() });
  iamRoutes[0].grantInvoke(caller, { httpMethods: [apigw.HttpMethod.GET, apigw.HttpMethod.PUT, apigw.HttpMethod.GET] });
  const credsRole = new iam.Role(s, 'Creds', { assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com') });
  new apigw.HttpIntegration(s, 'Direct', { httpApi: api, integrationType: apigw.HttpIntegrationType.AWS_PROXY,
    integrationSubtype: apigw.HttpIntegrationSubtype.KINESIS_PUT_RECORD, credentials: apigw.IntegrationCredentials.fromRole(credsRole),
    parameterMapping: new apigw.ParameterMapping().custom('StreamName', 's').custom('Data', '$request.body.data').custom('PartitionKey', 'k') });
  new apigw.HttpIntegration(s, 'Caller2', { httpApi: api, integrationType: apigw.HttpIntegrationType.HTTP_PROXY, integrationUri: 'https://x.example.com',
    method: apigw.HttpMethod.PATCH, connectionType: apigw.HttpConnectionType.INTERNET, credentials: apigw.IntegrationCredentials.useCallerIdentity(),
    secureServerName: 'x.example.com', timeout: cdk.Duration.millis(500) });
  const lambdaAuth = new authz.HttpLambdaAuthorizer('LambdaAuth', fn(s, 'AuthFn'), { responseTypes: [authz.HttpLambdaResponseType.IAM, authz.HttpLambdaResponseType.SIMPLE],
    resultsCacheTtl: cdk.Duration.minutes(10), authorizerName: 'lambda-auth' });
  api.addRoutes({ integration: shared, path: '/lambda', methods: [apigw.HttpMethod.POST], authorizer: lambdaAuth });
  const authRole = new iam.Role(s, 'AuthRole', { assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com') });
  api.addRoutes({ integration: shared, path: '/lambda-role', methods: [apigw.HttpMethod.POST],
    authorizer: new authz.HttpLambdaAuthorizer('RoleAuth', fn(s, 'RoleAuthFn'), { role: authRole, responseTypes: [authz.HttpLambdaResponseType.IAM] }) });
  const pool = new cognito.UserPool(s, 'Pool');
  const client = pool.addClient('Client');
  api.addRoutes({ integration: shared, path: '/cognito', methods: [apigw.HttpMethod.GET],
    authorizer: new authz.HttpUserPoolAuthorizer('PoolAuth', pool, { userPoolClients: [client], userPoolRegion: 'eu-west-1', authorizerName: 'pool' }) });
  new apigw.HttpAuthorizer(s, 'Raw', { httpApi: api, identitySource: ['$context.identity.sourceIp'], type: apigw.HttpAuthorizerType.LAMBDA,
    authorizerUri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:111111111111:function:f/invocations',
    payloadFormatVersion: apigw.AuthorizerPayloadVersion.VERSION_1_0, enableSimpleResponses: false, resultsCacheTtl: cdk.Duration.seconds(30) });
  const imported = apigw.HttpApi.fromHttpApiAttributes(s, 'Imported', { httpApiId: 'imp123', apiEndpoint: 'https://imp123.example.com' });
  new apigw.HttpRoute(s, 'ImportedRoute', { httpApi: imported, routeKey: apigw.HttpRouteKey.with('/imp', apigw.HttpMethod.GET),
    integration: new integ.HttpLambdaIntegration('ImportedInteg', h),
    authorizer: apigw.HttpAuthorizer.fromHttpAuthorizerAttributes(s, 'ImportedAuth', { authorizerId: 'auth1', authorizerType: 'JWT' }) });
  const stage = api.addStage('Stage', { stageName: 'live', detailedMetricsEnabled: true, description: 'live' });
  const importedStage = apigw.HttpStage.fromHttpStageAttributes(s, 'ImportedStage', { api: imported, stageName: 'old' });
  const alarm = (id, metric) => new cw.Alarm(s, id, { metric, threshold: 1, evaluationPeriods: 1 });
  alarm('A1', api.metricServerError()); alarm('A2', api.metricDataProcessed()); alarm('A3', api.metricCount()); alarm('A4', api.metricIntegrationLatency());
  alarm('S1', stage.metricClientError()); alarm('S2', stage.metricServerError()); alarm('S3', stage.metricDataProcessed());
  alarm('S4', stage.metricIntegrationLatency()); alarm('S5', stage.metricLatency()); alarm('S6', stage.metric('Custom'));
  alarm('I1', importedStage.metricCount()); alarm('I2', imported.metricLatency());
  out(s, 'Arn1', api.arnForExecuteApi());
  out(s, 'Arn2', api.arnForExecuteApi('GET', '/items', 'prod'));
  out(s, 'Arn3', imported.arnForExecuteApi('ANY', '/x'));
  out(s, 'ImportedEndpoint', imported.apiEndpoint);
  out(s, 'StageUrl', stage.url);
  out(s, 'ApiName', api.httpApiName);
}

{ // WsMore: the WebSocket options the other stacks leave out, and the remaining SQS and EventBridge variants
  const s = new cdk.Stack(app, 'WsMore');
  const acm = require('aws-cdk-lib/aws-certificatemanager');
  const sqs = require('aws-cdk-lib/aws-sqs');
  const events = require('aws-cdk-lib/aws-events');
  const api = new apigw.WebSocketApi(s, 'Api', { routeSelectionExpression: '$request.body.type', ipAddressType: apigw.IpAddressType.IPV4, disableSchemaValidation: true,
    connectRouteOptions: { integration: new integ.WebSocketMockIntegration('ConnectMock'), authorizer: new authz.WebSocketLambdaAuthorizer('Auth', fn(s, 'AuthFn')) } });
  const raw = new apigw.WebSocketAuthorizer(s, 'RawAuth', { webSocketApi: api, identitySource: ['route.request.header.X'], type: apigw.WebSocketAuthorizerType.IAM });
  out(s, 'RawAuthId', raw.authorizerId);
  const direct = new apigw.WebSocketIntegration(s, 'Direct', { webSocketApi: api, integrationType: apigw.WebSocketIntegrationType.AWS_PROXY,
    integrationUri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:111111111111:function:f/invocations',
    contentHandling: apigw.ContentHandling.CONVERT_TO_BINARY });
  out(s, 'DirectId', direct.integrationId);
  const dn = new apigw.DomainName(s, 'DN', { domainName: 'ws.example.com',
    certificate: acm.Certificate.fromCertificateArn(s, 'Cert', 'arn:aws:acm:us-east-1:111111111111:certificate/abc') });
  const stage = new apigw.WebSocketStage(s, 'Stage', { stageName: 'prod', webSocketApi: api, domainMapping: { domainName: dn, mappingKey: 'ws' } });
  const imported = apigw.WebSocketStage.fromWebSocketStageAttributes(s, 'ImportedStage', { api, stageName: 'old' });
  new cw.Alarm(s, 'Imp', { metric: imported.metric('ConnectCount'), threshold: 1, evaluationPeriods: 1 });
  new cw.Alarm(s, 'ApiAlarm', { metric: api.metric('MessageCount', { period: cdk.Duration.minutes(1) }), threshold: 1, evaluationPeriods: 1 });
  out(s, 'StageName', stage.stageName);
  const http = new apigw.HttpApi(s, 'Http');
  const queue = new sqs.Queue(s, 'Queue');
  http.addRoutes({ integration: new integ.HttpSqsIntegration('Delete', { queue, subtype: apigw.HttpIntegrationSubtype.SQS_DELETE_MESSAGE }), path: '/delete', methods: [apigw.HttpMethod.POST] });
  http.addRoutes({ integration: new integ.HttpSqsIntegration('Purge', { queue, subtype: apigw.HttpIntegrationSubtype.SQS_PURGE_QUEUE,
    parameterMapping: new apigw.ParameterMapping().custom('QueueUrl', queue.queueUrl) }), path: '/purge', methods: [apigw.HttpMethod.POST] });
  const bus = events.EventBus.fromEventBusName(s, 'Bus', 'other-bus');
  http.addRoutes({ integration: new integ.HttpEventBridgeIntegration('Put', { eventBusRef: bus.eventBusRef }), path: '/put', methods: [apigw.HttpMethod.POST] });
}

{ // StepFunctions: HttpStepFunctionsIntegration with each subtype
  const s = new cdk.Stack(app, 'StepFunctions');
  const sfn = require('aws-cdk-lib/aws-stepfunctions');
  const api = new apigw.HttpApi(s, 'Api');
  const standard = new sfn.StateMachine(s, 'Standard', { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(s, 'P1')) });
  const express = new sfn.StateMachine(s, 'Express', { stateMachineType: sfn.StateMachineType.EXPRESS,
    definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(s, 'P2')) });
  api.addRoutes({ integration: new integ.HttpStepFunctionsIntegration('Start', { stateMachine: standard }), path: '/start', methods: [apigw.HttpMethod.POST] });
  api.addRoutes({ integration: new integ.HttpStepFunctionsIntegration('Sync', { stateMachine: express,
    subtype: apigw.HttpIntegrationSubtype.STEPFUNCTIONS_START_SYNC_EXECUTION }), path: '/sync', methods: [apigw.HttpMethod.POST] });
  api.addRoutes({ integration: new integ.HttpStepFunctionsIntegration('Stop', { stateMachine: standard,
    subtype: apigw.HttpIntegrationSubtype.STEPFUNCTIONS_STOP_EXECUTION,
    parameterMapping: new apigw.ParameterMapping().custom('ExecutionArn', '$request.querystring.executionArn') }), path: '/stop', methods: [apigw.HttpMethod.DELETE] });
}

// Bad input: aws-cdk-lib throws; the message and construct path are the expectation.
const errors = {
  BadPath: (s) => new apigw.HttpApi(s, 'A').addRoutes({ integration: new integ.HttpUrlIntegration('U', 'https://x'), path: 'items' }),
  CredentialsWithAnyOrigin: (s) => new apigw.HttpApi(s, 'A', { corsPreflight: { allowCredentials: true, allowOrigins: ['*'] } }),
  Timeout: (s) => new apigw.HttpApi(s, 'A').addRoutes({ integration: new integ.HttpUrlIntegration('U', 'https://x', { timeout: cdk.Duration.seconds(30) }), path: '/x' }),
  JwtWithoutAudience: (s) => new apigw.HttpAuthorizer(s, 'Auth', { httpApi: new apigw.HttpApi(s, 'A'), identitySource: ['$request.header.Authorization'], type: apigw.HttpAuthorizerType.JWT, jwtIssuer: 'https://x' }),
  GrantWithoutIam: (s) => new apigw.HttpApi(s, 'A').addRoutes({ integration: new integ.HttpUrlIntegration('U', 'https://x'), path: '/x' })[0].grantInvoke(new iam.Role(s, 'R', { assumedBy: new iam.AccountRootPrincipal() })),
  DuplicateRoute: (s) => {
    const api = new apigw.HttpApi(s, 'A');
    const u = new integ.HttpUrlIntegration('U', 'https://x');
    api.addRoutes({ integration: u, path: '/x', methods: [apigw.HttpMethod.GET] });
    api.addRoutes({ integration: u, path: '/x', methods: [apigw.HttpMethod.GET] });
  },
  DuplicateWebSocketRoute: (s) => {
    const api = new apigw.WebSocketApi(s, 'A');
    api.addRoute('send', { integration: new integ.WebSocketMockIntegration('M') });
    api.addRoute('send', { integration: new integ.WebSocketMockIntegration('N') });
  },
  AuthorizerOnMessageRoute: (s) => new apigw.WebSocketApi(s, 'A').addRoute('send', { integration: new integ.WebSocketMockIntegration('M'), authorizer: new authz.WebSocketIamAuthorizer() }),
  EmptyDomainName: (s) => new apigw.DomainName(s, 'D', { domainName: '' }),
  DuplicateEndpoint: (s) => {
    const cert = require('aws-cdk-lib/aws-certificatemanager').Certificate.fromCertificateArn(s, 'C', 'arn:aws:acm:us-east-1:111111111111:certificate/abc');
    new apigw.DomainName(s, 'D', { domainName: 'x.example.com', certificate: cert }).addEndpoint({ certificate: cert });
  },
  OwnershipWithoutMtls: (s) => {
    const cert = require('aws-cdk-lib/aws-certificatemanager').Certificate.fromCertificateArn(s, 'C', 'arn:aws:acm:us-east-1:111111111111:certificate/abc');
    new apigw.DomainName(s, 'D', { domainName: 'x.example.com', certificate: cert, ownershipCertificate: cert });
  },
  DomainMappingWithoutDefaultStage: (s) => new apigw.HttpApi(s, 'A', { createDefaultStage: false,
    defaultDomainMapping: { domainName: new apigw.DomainName(s, 'D', { domainName: 'x.example.com' }) } }),
  ImportedWebSocketEndpoint: (s) => new cdk.CfnOutput(s, 'O', { value: apigw.WebSocketApi.fromWebSocketApiAttributes(s, 'I', { webSocketId: 'x' }).apiEndpoint }),
  SfnBadSubtype: (s) => new apigw.HttpApi(s, 'A').addRoutes({ integration: new integ.HttpStepFunctionsIntegration('F', { stateMachine: new (require('aws-cdk-lib/aws-stepfunctions').StateMachine)(s, 'SM', { definitionBody: require('aws-cdk-lib/aws-stepfunctions').DefinitionBody.fromChainable(new (require('aws-cdk-lib/aws-stepfunctions').Pass)(s, 'P')) }), subtype: apigw.HttpIntegrationSubtype.SQS_PURGE_QUEUE }), path: '/x' }),
  SfnSyncStandard: (s) => new apigw.HttpApi(s, 'A').addRoutes({ integration: new integ.HttpStepFunctionsIntegration('F', { stateMachine: new (require('aws-cdk-lib/aws-stepfunctions').StateMachine)(s, 'SM', { definitionBody: require('aws-cdk-lib/aws-stepfunctions').DefinitionBody.fromChainable(new (require('aws-cdk-lib/aws-stepfunctions').Pass)(s, 'P')) }), subtype: apigw.HttpIntegrationSubtype.STEPFUNCTIONS_START_SYNC_EXECUTION }), path: '/x' }),
  SqsBadSubtype: (s) => new apigw.HttpApi(s, 'A').addRoutes({ integration: new integ.HttpSqsIntegration('Q', { queue: new (require('aws-cdk-lib/aws-sqs').Queue)(s, 'Queue'), subtype: apigw.HttpIntegrationSubtype.EVENTBRIDGE_PUT_EVENTS }), path: '/x' }),
  CloudMapWithoutVpcLink: (s) => new apigw.HttpApi(s, 'A').addRoutes({ integration: new integ.HttpServiceDiscoveryIntegration('C', new (require('aws-cdk-lib/aws-servicediscovery').CfnService)(s, 'Svc', {})), path: '/x' }),
  NlbImportedWithoutVpcLink: (s) => new apigw.HttpApi(s, 'A').addRoutes({ integration: new integ.HttpNlbIntegration('N',
    require('aws-cdk-lib/aws-elasticloadbalancingv2').NetworkListener.fromNetworkListenerArn(s, 'L', 'arn:aws:elasticloadbalancing:us-east-1:111111111111:listener/net/nlb/1/2')), path: '/x' }),
  FractionalQuota: (s) => new apigw.UsagePlan(s, 'P', { quota: { limit: 1.5 } }),
  AccessLogWithoutRequestId: (s) => new apigw.HttpApi(s, 'A').addStage('St', { stageName: 'x', accessLogSettings: {
    destination: new apigw.LogGroupLogDestination(new (require('aws-cdk-lib/aws-logs').LogGroup)(s, 'L')), format: require('aws-cdk-lib/aws-apigateway').AccessLogFormat.custom('$context.status') } }),
  IntegrationOnTwoApis: (s) => {
    const u = new integ.HttpUrlIntegration('U', 'https://x');
    new apigw.HttpApi(s, 'A').addRoutes({ integration: u, path: '/x' });
    new apigw.HttpApi(s, 'B').addRoutes({ integration: u, path: '/y' });
  },
  WebSocketIntegrationOnTwoApis: (s) => {
    const m = new integ.WebSocketMockIntegration('M');
    new apigw.WebSocketApi(s, 'A').addRoute('x', { integration: m });
    new apigw.WebSocketApi(s, 'B').addRoute('y', { integration: m });
  },
};
const outErr = {};
for (const [name, build] of Object.entries(errors)) {
  const a = new cdk.App({ autoSynth: false, context: JSON.parse(process.env.CDK_CONTEXT_JSON || '{}') });
  const s = new cdk.Stack(a, 'S');
  try {
    build(s);
    a.synth();
    outErr[name] = null;
  } catch (e) {
    outErr[name] = { path: e.constructPath || '', message: e.message };
  }
}
console.log(JSON.stringify(outErr, null, 2));
app.synth();
