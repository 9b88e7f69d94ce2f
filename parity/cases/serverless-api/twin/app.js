// The serverless-api case on aws-cdk-lib 2.276.0: the same program as
// main.go, construct for construct.
const cdk = require('aws-cdk-lib');
const apigw = require('aws-cdk-lib/aws-apigateway');
const apigwv2 = require('aws-cdk-lib/aws-apigatewayv2');
const authorizers = require('aws-cdk-lib/aws-apigatewayv2-authorizers');
const integrations = require('aws-cdk-lib/aws-apigatewayv2-integrations');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const cognito = require('aws-cdk-lib/aws-cognito');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'ServerlessApiStack', { description: 'The production serverless API' });

// Users sign up with their email address; the web client signs in with SRP.
const users = new cognito.UserPool(stack, 'Users', {
  selfSignUpEnabled: true,
  signInAliases: { email: true },
  autoVerify: { email: true },
  passwordPolicy: { minLength: 12, requireSymbols: true },
  accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});
const client = users.addClient('WebClient', {
  authFlows: { userSrp: true },
  preventUserExistenceErrors: true,
});

// Items, keyed by owner and ID, expire through TTL and stream their changes.
const table = new dynamodb.Table(stack, 'Items', {
  partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
  sortKey: { name: 'sk', type: dynamodb.AttributeType.STRING },
  billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
  timeToLiveAttribute: 'expiresAt',
  stream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
  pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});
table.addGlobalSecondaryIndex({
  indexName: 'byStatus',
  partitionKey: { name: 'status', type: dynamodb.AttributeType.STRING },
  sortKey: { name: 'createdAt', type: dynamodb.AttributeType.NUMBER },
  projectionType: dynamodb.ProjectionType.INCLUDE,
  nonKeyAttributes: ['title'],
});

const shared = new lambda.LayerVersion(stack, 'Shared', {
  code: lambda.Code.fromAsset('./layer'),
  compatibleRuntimes: [lambda.Runtime.NODEJS_22_X],
  description: 'helpers shared by the API functions',
});

const inline = (id, code, props) => new lambda.Function(stack, id, {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline(code),
  ...props,
});
const itemsFn = inline('ItemsFn', "const { json } = require('/opt/nodejs/shared'); exports.handler = async (e) => json(200, { path: e.path });", {
  layers: [shared],
  environment: { TABLE_NAME: table.tableName },
  memorySize: 512,
  timeout: cdk.Duration.seconds(10),
  tracing: lambda.Tracing.ACTIVE,
});
const authFn = inline('AuthFn', "exports.handler = async (e) => ({ isAuthorized: e.headers?.['x-api-key'] === process.env.KEY });", {
  environment: { KEY: 'not-a-secret' },
});
const streamFn = inline('StreamFn', 'exports.handler = async (e) => { console.log(e.Records.length); };', {
  timeout: cdk.Duration.minutes(1),
});
const publicFn = inline('PublicFn', "const { json } = require('/opt/nodejs/shared'); exports.handler = async () => json(200, { ok: true });", {
  layers: [shared],
  environment: { TABLE_NAME: table.tableName },
});
table.grantReadWriteData(itemsFn);
table.grantReadData(publicFn);
streamFn.addEventSource(new sources.DynamoEventSource(table, {
  startingPosition: lambda.StartingPosition.TRIM_HORIZON,
  batchSize: 25,
  maxBatchingWindow: cdk.Duration.seconds(10),
  bisectBatchOnError: true,
  retryAttempts: 3,
  reportBatchItemFailures: true,
}));

// The REST API: Cognito users on /v1/items, an API key checked by a Lambda
// authorizer on /v1/admin, a mock /health.
const accessLogs = new logs.LogGroup(stack, 'AccessLogs', {
  retention: logs.RetentionDays.ONE_MONTH,
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});
const api = new apigw.RestApi(stack, 'Api', {
  restApiName: 'items-api',
  description: 'Items, for signed-in users',
  cloudWatchRole: true,
  deployOptions: {
    stageName: 'prod',
    throttlingRateLimit: 100,
    throttlingBurstLimit: 200,
    loggingLevel: apigw.MethodLoggingLevel.INFO,
    metricsEnabled: true,
    tracingEnabled: true,
    accessLogDestination: new apigw.LogGroupLogDestination(accessLogs),
    accessLogFormat: apigw.AccessLogFormat.jsonWithStandardFields(),
  },
  defaultCorsPreflightOptions: {
    allowOrigins: ['https://app.example.com'],
    allowMethods: apigw.Cors.ALL_METHODS,
    allowHeaders: ['Authorization', 'Content-Type', 'X-Api-Key'],
    allowCredentials: true,
    maxAge: cdk.Duration.hours(1),
  },
});
const userAuth = new apigw.CognitoUserPoolsAuthorizer(stack, 'UserAuth', { cognitoUserPools: [users] });
const keyAuth = new apigw.RequestAuthorizer(stack, 'KeyAuth', {
  handler: authFn,
  identitySources: [apigw.IdentitySource.header('X-Api-Key')],
  resultsCacheTtl: cdk.Duration.minutes(5),
});
const validator = api.addRequestValidator('BodyValidator', { validateRequestBody: true });
const itemModel = api.addModel('ItemModel', {
  contentType: 'application/json',
  modelName: 'Item',
  schema: {
    properties: {
      status: { enum: ['draft', 'published'], type: apigw.JsonSchemaType.STRING },
      title: { maxLength: 200, minLength: 1, type: apigw.JsonSchemaType.STRING },
    },
    required: ['title'],
    schema: apigw.JsonSchemaVersion.DRAFT4,
    title: 'Item',
    type: apigw.JsonSchemaType.OBJECT,
  },
});

api.root.addResource('health').addMethod('GET', new apigw.MockIntegration({
  requestTemplates: { 'application/json': '{"statusCode": 200}' },
  integrationResponses: [{ statusCode: '200', responseTemplates: { 'application/json': '{"status": "ok"}' } }],
}), { methodResponses: [{ statusCode: '200' }] });

const itemsIntegration = new apigw.LambdaIntegration(itemsFn);
const v1 = api.root.addResource('v1');
const items = v1.addResource('items');
items.addMethod('GET', itemsIntegration, { authorizer: userAuth });
items.addMethod('POST', itemsIntegration, {
  authorizer: userAuth,
  requestValidator: validator,
  requestModels: { 'application/json': itemModel },
});
const item = items.addResource('{id}');
item.addMethod('GET', itemsIntegration, { authorizer: userAuth });
item.addMethod('DELETE', itemsIntegration, { authorizer: userAuth, authorizationScopes: ['aws.cognito.signin.user.admin'] });
v1.addResource('admin').addResource('stats').addMethod('GET', itemsIntegration, { authorizer: keyAuth });

// Alarms on the stage's server errors and p99 latency.
api.deploymentStage.metricServerError({ period: cdk.Duration.minutes(1) }).createAlarm(stack, 'ServerErrors', {
  threshold: 5, evaluationPeriods: 3, datapointsToAlarm: 2,
  treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
});
api.metricLatency({ statistic: 'p99' }).createAlarm(stack, 'SlowRequests', { threshold: 2000, evaluationPeriods: 5 });

// The HTTP API: the same items for API-key holders, a public route.
const httpAuth = new authorizers.HttpLambdaAuthorizer('HttpKeyAuth', authFn, {
  responseTypes: [authorizers.HttpLambdaResponseType.SIMPLE],
  identitySource: ['$request.header.X-Api-Key'],
});
const httpApi = new apigwv2.HttpApi(stack, 'HttpApi', {
  apiName: 'items-http',
  corsPreflight: {
    allowOrigins: ['https://app.example.com'],
    allowMethods: [apigwv2.CorsHttpMethod.GET, apigwv2.CorsHttpMethod.POST],
    allowHeaders: ['Content-Type', 'X-Api-Key'],
    maxAge: cdk.Duration.days(1),
  },
});
httpApi.addRoutes({
  path: '/items',
  methods: [apigwv2.HttpMethod.GET, apigwv2.HttpMethod.POST],
  integration: new integrations.HttpLambdaIntegration('ItemsIntegration', itemsFn),
  authorizer: httpAuth,
});
httpApi.addRoutes({
  path: '/public',
  methods: [apigwv2.HttpMethod.GET],
  integration: new integrations.HttpLambdaIntegration('PublicIntegration', publicFn),
});

new cdk.CfnOutput(stack, 'RestApiUrl', { value: api.url });
new cdk.CfnOutput(stack, 'HttpApiUrl', { value: httpApi.url });
new cdk.CfnOutput(stack, 'UserPoolId', { value: users.userPoolId });
new cdk.CfnOutput(stack, 'UserPoolClientId', { value: client.userPoolClientId });
new cdk.CfnOutput(stack, 'TableName', { value: table.tableName });
