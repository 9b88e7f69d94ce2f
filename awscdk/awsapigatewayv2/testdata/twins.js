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

// Bad input: aws-cdk-lib throws; the message and construct path are the expectation.
const errors = {
  BadPath: (s) => new apigw.HttpApi(s, 'A').addRoutes({ integration: new integ.HttpUrlIntegration('U', 'https://x'), path: 'items' }),
  CredentialsWithAnyOrigin: (s) => new apigw.HttpApi(s, 'A', { corsPreflight: { allowCredentials: true, allowOrigins: ['*'] } }),
  Timeout: (s) => new apigw.HttpApi(s, 'A').addRoutes({ integration: new integ.HttpUrlIntegration('U', 'https://x', { timeout: cdk.Duration.seconds(30) }), path: '/x' }),
  JwtWithoutAudience: (s) => new apigw.HttpAuthorizer(s, 'Auth', { httpApi: new apigw.HttpApi(s, 'A'), identitySource: ['$request.header.Authorization'], type: apigw.HttpAuthorizerType.JWT, jwtIssuer: 'https://x' }),
  GrantWithoutIam: (s) => new apigw.HttpApi(s, 'A').addRoutes({ integration: new integ.HttpUrlIntegration('U', 'https://x'), path: '/x' })[0].grantInvoke(new iam.Role(s, 'R', { assumedBy: new iam.AccountRootPrincipal() })),
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
