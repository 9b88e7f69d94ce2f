// aws-cdk-lib 2.276.0 twins of the Go cases in graphqlapi_test.go. Each
// stack is one template case; each entry of `errors` one bad-input case,
// whose message and construct path regen.sh writes to errors.json.
const path = require('path');
const cdk = require('aws-cdk-lib');
const appsync = require('aws-cdk-lib/aws-appsync');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const cognito = require('aws-cdk-lib/aws-cognito');
const events = require('aws-cdk-lib/aws-events');
const logs = require('aws-cdk-lib/aws-logs');
const rds = require('aws-cdk-lib/aws-rds');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const acm = require('aws-cdk-lib/aws-certificatemanager');
const app = new cdk.App();
const schemaFile = path.join(__dirname, 'schema.graphql');
const inlineSchema = 'type Query { hello: String }';

function fn(s, id) {
  return new lambda.Function(s, id, {
    runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => ({});'),
  });
}

{ // Default: schema from a file, the default API key, an inline schema
  const s = new cdk.Stack(app, 'Default');
  const api = new appsync.GraphqlApi(s, 'Api', { name: 'demo', definition: appsync.Definition.fromFile(schemaFile) });
  new appsync.GraphqlApi(s, 'Inline', { name: 'inline', schema: appsync.SchemaFile.fromAsset(schemaFile) });
  new cdk.CfnOutput(s, 'Url', { value: api.graphqlUrl });
  new cdk.CfnOutput(s, 'Key', { value: api.apiKey });
  new cdk.CfnOutput(s, 'Id', { value: api.apiId });
  new cdk.CfnOutput(s, 'Arn', { value: api.arn });
  new cdk.CfnOutput(s, 'Name', { value: api.name });
  new cdk.CfnOutput(s, 'LogGroup', { value: api.logGroup.logGroupName });
}

{ // Auth: every authorization mode, OIDC default, Lambda and Cognito additional
  const s = new cdk.Stack(app, 'Auth');
  const pool = new cognito.UserPool(s, 'Pool');
  const authFn = fn(s, 'AuthFn');
  new appsync.GraphqlApi(s, 'Api', {
    name: 'auth', definition: appsync.Definition.fromFile(schemaFile),
    authorizationConfig: {
      defaultAuthorization: { authorizationType: appsync.AuthorizationType.OIDC, openIdConnectConfig: { oidcProvider: 'https://issuer.example.com', clientId: 'client', tokenExpiryFromAuth: 1000, tokenExpiryFromIssue: 2000 } },
      additionalAuthorizationModes: [
        { authorizationType: appsync.AuthorizationType.IAM },
        { authorizationType: appsync.AuthorizationType.USER_POOL, userPoolConfig: { userPool: pool, appIdClientRegex: 'abc.*', defaultAction: appsync.UserPoolDefaultAction.DENY } },
        { authorizationType: appsync.AuthorizationType.LAMBDA, lambdaAuthorizerConfig: { handler: authFn, resultsCacheTtl: cdk.Duration.minutes(2), validationRegex: '^Bearer .*' } },
        { authorizationType: appsync.AuthorizationType.API_KEY, apiKeyConfig: { name: 'Mine', description: 'my key' } },
      ],
    },
  });
  new appsync.GraphqlApi(s, 'PoolApi', {
    name: 'pool', definition: appsync.Definition.fromSchema(appsync.SchemaFile.fromAsset(schemaFile)),
    authorizationConfig: { defaultAuthorization: { authorizationType: appsync.AuthorizationType.USER_POOL, userPoolConfig: { userPool: pool } } },
  });
  new appsync.GraphqlApi(s, 'Lambda', {
    name: 'lambda', definition: appsync.Definition.fromFile(schemaFile),
    authorizationConfig: { defaultAuthorization: { authorizationType: appsync.AuthorizationType.LAMBDA, lambdaAuthorizerConfig: { handler: authFn } } },
  });
  new appsync.GraphqlApi(s, 'Iam', {
    name: 'iam', definition: appsync.Definition.fromFile(schemaFile),
    authorizationConfig: { defaultAuthorization: { authorizationType: appsync.AuthorizationType.IAM } },
  });
}

{ // Settings: logging (new and given role), xray, visibility, limits, env, metrics, domain
  const s = new cdk.Stack(app, 'Settings');
  const role = new iam.Role(s, 'LogRole', { assumedBy: new iam.ServicePrincipal('appsync.amazonaws.com') });
  const cert = acm.Certificate.fromCertificateArn(s, 'Cert', 'arn:aws:acm:us-east-1:111111111111:certificate/abc');
  const api = new appsync.GraphqlApi(s, 'Api', {
    name: 'settings', definition: appsync.Definition.fromFile(schemaFile),
    logConfig: { fieldLogLevel: appsync.FieldLogLevel.ALL, excludeVerboseContent: true, retention: logs.RetentionDays.ONE_WEEK },
    xrayEnabled: true, visibility: appsync.Visibility.PRIVATE, introspectionConfig: appsync.IntrospectionConfig.DISABLED,
    queryDepthLimit: 10, resolverCountLimit: 100, ownerContact: 'team@example.com',
    environmentVariables: { ALPHA: 'a', ZED: 'z' }, // keys sorted, as jsii passes a Go map
    enhancedMetricsConfig: {
      dataSourceLevelMetricsBehavior: appsync.DataSourceLevelMetricsBehavior.PER_DATA_SOURCE_METRICS,
      operationLevelMetricsConfig: appsync.OperationLevelMetricsConfig.ENABLED,
      resolverLevelMetricsBehavior: appsync.ResolverLevelMetricsBehavior.PER_RESOLVER_METRICS,
    },
    domainName: { certificate: cert, domainName: 'api.example.com' },
  });
  api.addEnvironmentVariable('MIDDLE', 'm');
  new cdk.CfnOutput(s, 'Domain', { value: api.appSyncDomainName });
  new appsync.GraphqlApi(s, 'GivenRole', {
    name: 'given', definition: appsync.Definition.fromFile(schemaFile), xrayEnabled: false,
    logConfig: { role },
  });
}

{ // Grants: query, mutation, subscription, custom, all, on an imported API
  const s = new cdk.Stack(app, 'Grants');
  const api = new appsync.GraphqlApi(s, 'Api', { name: 'grants', definition: appsync.Definition.fromFile(schemaFile),
    authorizationConfig: { defaultAuthorization: { authorizationType: appsync.AuthorizationType.IAM } } });
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  api.grantQuery(role, 'getItem', 'listItems');
  api.grantMutation(role);
  api.grantSubscription(role, 'onAdd');
  api.grant(role, appsync.IamResource.custom('types/Query/fields/getItem'), 'appsync:GraphQL');
  api.grant(role, appsync.IamResource.all(), 'appsync:GraphQL', 'appsync:GetSchemaCreationStatus');
  api.grant(role, appsync.IamResource.ofType('Item'), 'appsync:GraphQL');
  const imported = appsync.GraphqlApi.fromGraphqlApiAttributes(s, 'Imported', { graphqlApiId: 'abcdef' });
  imported.grantQuery(role);
  const importedArn = appsync.GraphqlApi.fromGraphqlApiAttributes(s, 'ImportedArn', {
    graphqlApiId: 'xyz', graphqlApiArn: 'arn:aws:appsync:us-east-1:111111111111:apis/xyz' });
  importedArn.grantMutation(role, 'addItem');
  new cdk.CfnOutput(s, 'ImportedId', { value: imported.apiId });
  new cdk.CfnOutput(s, 'ImportedArnOut', { value: imported.arn });
}

{ // DataSources: each kind, with roles and grants; the data source on an imported API
  const s = new cdk.Stack(app, 'DataSources');
  const api = new appsync.GraphqlApi(s, 'Api', { name: 'ds', definition: appsync.Definition.fromFile(schemaFile) });
  const table = new dynamodb.Table(s, 'Table', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING } });
  const f = fn(s, 'Fn');
  const bus = new events.EventBus(s, 'Bus');
  api.addNoneDataSource('none');
  api.addNoneDataSource('None2', { name: 'my-none!', description: 'local' });
  api.addDynamoDbDataSource('items', table, { description: 'table', metricsConfig: appsync.DataSourceMetricsConfig.ENABLED });
  new appsync.DynamoDbDataSource(s, 'ReadOnly', { api, table, readOnlyAccess: true, useCallerCredentials: true });
  api.addLambdaDataSource('fn', f);
  api.addHttpDataSource('http', 'https://example.com');
  api.addHttpDataSource('signed', 'https://states.us-east-1.amazonaws.com', { authorizationConfig: { signingRegion: 'us-east-1', signingServiceName: 'states' } });
  api.addEventBridgeDataSource('bus', bus);
  const role = new iam.Role(s, 'DsRole', { assumedBy: new iam.ServicePrincipal('appsync.amazonaws.com') });
  new appsync.LambdaDataSource(s, 'GivenRole', { api, lambdaFunction: f, serviceRole: role, name: 'given' });
  const cluster = rds.ServerlessCluster.fromServerlessClusterAttributes(s, 'Cluster', { clusterIdentifier: 'my-cluster' });
  const secret = secretsmanager.Secret.fromSecretCompleteArn(s, 'Secret', 'arn:aws:secretsmanager:us-east-1:111111111111:secret:db-AbCdEf');
  api.addRdsDataSource('rds', cluster, secret, 'mydb');
  const imported = appsync.GraphqlApi.fromGraphqlApiAttributes(s, 'Imported', { graphqlApiId: 'abcdef' });
  imported.addNoneDataSource('ImportedNone');
}

{ // Resolvers: unit VTL, JS code, pipeline of functions, caching, imported function
  const s = new cdk.Stack(app, 'Resolvers');
  const api = new appsync.GraphqlApi(s, 'Api', { name: 'resolvers', definition: appsync.Definition.fromFile(schemaFile) });
  const table = new dynamodb.Table(s, 'Table', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING } });
  const ds = api.addDynamoDbDataSource('items', table);
  ds.createResolver('GetItem', {
    typeName: 'Query', fieldName: 'getItem',
    requestMappingTemplate: appsync.MappingTemplate.dynamoDbGetItem('id', 'id'),
    responseMappingTemplate: appsync.MappingTemplate.dynamoDbResultItem(),
    cachingConfig: { ttl: cdk.Duration.minutes(1), cachingKeys: ['$context.arguments.id'] },
  });
  ds.createResolver('ListItems', {
    typeName: 'Query', fieldName: 'listItems',
    requestMappingTemplate: appsync.MappingTemplate.dynamoDbScanTable(true),
    responseMappingTemplate: appsync.MappingTemplate.dynamoDbResultList(),
    metricsConfig: appsync.ResolverMetricsConfig.ENABLED,
  });
  ds.createResolver('AddItem', {
    typeName: 'Mutation', fieldName: 'addItem',
    requestMappingTemplate: appsync.MappingTemplate.dynamoDbPutItem(
      appsync.PrimaryKey.partition('id').auto(), appsync.Values.projecting('input')),
    responseMappingTemplate: appsync.MappingTemplate.dynamoDbResultItem(),
  });
  const none = api.addNoneDataSource('none');
  const f1 = none.createFunction('F1', {
    name: 'f1', runtime: appsync.FunctionRuntime.JS_1_0_0,
    code: appsync.Code.fromInline('export function request(ctx) { return {}; }\nexport function response(ctx) { return ctx.prev.result; }'),
    description: 'first',
  });
  const f2 = new appsync.AppsyncFunction(s, 'F2', {
    name: 'f2', api, dataSource: none,
    requestMappingTemplate: appsync.MappingTemplate.fromString('{"version": "2017-02-28"}'),
    responseMappingTemplate: appsync.MappingTemplate.fromString('$util.toJson($ctx.result)'),
  });
  const f3 = appsync.AppsyncFunction.fromAppsyncFunctionAttributes(s, 'F3', { functionArn: 'arn:aws:appsync:us-east-1:111111111111:apis/abc/functions/fn-123' });
  new appsync.Resolver(s, 'Pipeline', {
    api, typeName: 'Query', fieldName: 'pipeline', pipelineConfig: [f1, f2, f3],
    runtime: appsync.FunctionRuntime.JS_1_0_0,
    code: appsync.Code.fromInline('export function request(ctx) { return {}; }\nexport function response(ctx) { return ctx.prev.result; }'),
  });
  api.createResolver('Local', { typeName: 'Query', fieldName: 'local', dataSource: none,
    requestMappingTemplate: appsync.MappingTemplate.lambdaRequest(), responseMappingTemplate: appsync.MappingTemplate.lambdaResult() });
  const f = fn(s, 'Fn');
  const lds = api.addLambdaDataSource('fn', f);
  lds.createFunction('Batch', { name: 'batch', maxBatchSize: 5,
    requestMappingTemplate: appsync.MappingTemplate.lambdaRequest('$util.toJson($ctx.args)', 'BatchInvoke'),
    responseMappingTemplate: appsync.MappingTemplate.lambdaResult() });
  lds.createResolver('Asset', { typeName: 'Query', fieldName: 'asset', runtime: appsync.FunctionRuntime.JS_1_0_0,
    code: appsync.Code.fromAsset(path.join(__dirname, 'resolver.js')), maxBatchSize: 10 });
  new cdk.CfnOutput(s, 'F1Id', { value: f1.functionId });
  new cdk.CfnOutput(s, 'F1Name', { value: f1.functionName });
  new cdk.CfnOutput(s, 'F1Arn', { value: f1.functionArn });
}

{ // Templates: the DynamoDB VTL builders, rendered into a NONE resolver each
  const s = new cdk.Stack(app, 'Templates');
  const api = new appsync.GraphqlApi(s, 'Api', { name: 'templates', definition: appsync.Definition.fromFile(schemaFile) });
  const none = api.addNoneDataSource('none');
  const templates = {
    Query: appsync.MappingTemplate.dynamoDbQuery(appsync.KeyCondition.eq('pk', 'pk').and(appsync.KeyCondition.beginsWith('sk', 'prefix'))),
    QueryIndex: appsync.MappingTemplate.dynamoDbQuery(appsync.KeyCondition.between('n', 'lo', 'hi').and(appsync.KeyCondition.eq('n', 'lo')), 'byN', true),
    Compare: appsync.MappingTemplate.dynamoDbQuery(appsync.KeyCondition.lt('a', 'x').and(appsync.KeyCondition.le('b', 'y')).and(appsync.KeyCondition.gt('c', 'z')).and(appsync.KeyCondition.ge('d', 'w'))),
    Get: appsync.MappingTemplate.dynamoDbGetItem('id', 'itemId', true),
    Delete: appsync.MappingTemplate.dynamoDbDeleteItem('id', 'itemId'),
    Scan: appsync.MappingTemplate.dynamoDbScanTable(),
    PutSort: appsync.MappingTemplate.dynamoDbPutItem(
      appsync.PrimaryKey.partition('pk').is('pk').sort('sk').auto(),
      appsync.Values.attribute('name').is('$ctx.args.name').attribute('age').is('$ctx.args.age')),
    PutSortIs: appsync.MappingTemplate.dynamoDbPutItem(
      appsync.PrimaryKey.partition('pk').auto().sort('sk').is('sk'), appsync.Values.projecting()),
    PutPlain: appsync.MappingTemplate.dynamoDbPutItem(new appsync.PrimaryKey(new appsync.Assign('id', '$ctx.args.id')),
      new appsync.AttributeValues('$ctx.args.input', [new appsync.Assign('createdAt', '$util.time.nowISO8601()')])),
    Lambda: appsync.MappingTemplate.lambdaRequest('$util.toJson($ctx.args)'),
    File: appsync.MappingTemplate.fromFile(path.join(__dirname, 'request.vtl')),
  };
  for (const [name, t] of Object.entries(templates)) {
    none.createResolver(name, { typeName: 'Query', fieldName: name.toLowerCase(), requestMappingTemplate: t, responseMappingTemplate: appsync.MappingTemplate.dynamoDbResultItem() });
  }
}

{ // Merged: a merged API over two source APIs (auto and manual merge)
  const s = new cdk.Stack(app, 'Merged');
  const a = new appsync.GraphqlApi(s, 'SourceA', { name: 'a', definition: appsync.Definition.fromFile(schemaFile) });
  const b = new appsync.GraphqlApi(s, 'SourceB', { name: 'b', definition: appsync.Definition.fromFile(schemaFile) });
  new appsync.GraphqlApi(s, 'Merged', {
    name: 'merged',
    definition: appsync.Definition.fromSourceApis({ sourceApis: [
      { sourceApi: a },
      { sourceApi: b, mergeType: appsync.MergeType.MANUAL_MERGE, description: 'manual' },
    ] }),
  });
  const c = new appsync.GraphqlApi(s, 'SourceC', { name: 'c', definition: appsync.Definition.fromFile(schemaFile) });
  const role = new iam.Role(s, 'MergedRole', { assumedBy: new iam.ServicePrincipal('appsync.amazonaws.com') });
  const merged2 = new appsync.GraphqlApi(s, 'Merged2', { name: 'merged2', definition: appsync.Definition.fromSourceApis({ sourceApis: [], mergedApiExecutionRole: role }) });
  const assoc = new appsync.SourceApiAssociation(s, 'Assoc', { sourceApi: c, mergedApi: merged2, mergedApiExecutionRole: role, description: 'standalone' });
  new appsync.SourceApiAssociation(s, 'Manual', { sourceApi: a, mergedApi: merged2, mergedApiExecutionRole: role, mergeType: appsync.MergeType.MANUAL_MERGE });
  const imported = appsync.SourceApiAssociation.fromSourceApiAssociationAttributes(s, 'ImportedAssoc', {
    associationArn: 'arn:aws:appsync:us-east-1:111111111111:apis/m/sourceApiAssociations/a1', sourceApi: c, mergedApi: merged2 });
  new cdk.CfnOutput(s, 'AssocId', { value: assoc.associationId });
  new cdk.CfnOutput(s, 'AssocArn', { value: assoc.associationArn });
  new cdk.CfnOutput(s, 'ImportedId', { value: imported.associationId });
}

{ // EventApi: the default API key; every provider, modes, logging, domain, namespaces, data sources, grants
  const s = new cdk.Stack(app, 'EventApi');
  new appsync.EventApi(s, 'Default', { apiName: 'default' });
  const pool = new cognito.UserPool(s, 'Pool');
  const authFn = fn(s, 'AuthFn');
  const cert = acm.Certificate.fromCertificateArn(s, 'Cert', 'arn:aws:acm:us-east-1:111111111111:certificate/abc');
  const api = new appsync.EventApi(s, 'Api', {
    apiName: 'events', ownerContact: 'team-events',
    authorizationConfig: {
      authProviders: [
        { authorizationType: appsync.AppSyncAuthorizationType.IAM },
        { authorizationType: appsync.AppSyncAuthorizationType.API_KEY, apiKeyConfig: { name: 'First', description: 'first key' } },
        { authorizationType: appsync.AppSyncAuthorizationType.API_KEY, apiKeyConfig: { name: 'Second' } },
        { authorizationType: appsync.AppSyncAuthorizationType.USER_POOL, cognitoConfig: { userPool: pool, appIdClientRegex: 'abc' } },
        { authorizationType: appsync.AppSyncAuthorizationType.OIDC, openIdConnectConfig: { oidcProvider: 'https://issuer.example.com', clientId: 'c', tokenExpiryFromAuth: 10, tokenExpiryFromIssue: 20 } },
        { authorizationType: appsync.AppSyncAuthorizationType.LAMBDA, lambdaAuthorizerConfig: { handler: authFn, resultsCacheTtl: cdk.Duration.minutes(1), validationRegex: '.*' } },
      ],
      connectionAuthModeTypes: [appsync.AppSyncAuthorizationType.IAM, appsync.AppSyncAuthorizationType.API_KEY],
      defaultPublishAuthModeTypes: [appsync.AppSyncAuthorizationType.IAM],
      defaultSubscribeAuthModeTypes: [appsync.AppSyncAuthorizationType.API_KEY, appsync.AppSyncAuthorizationType.LAMBDA],
    },
    logConfig: { fieldLogLevel: appsync.AppSyncFieldLogLevel.INFO, retention: logs.RetentionDays.ONE_MONTH },
    domainName: { certificate: cert, domainName: 'events.example.com' },
  });
  const table = new dynamodb.Table(s, 'Table', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING } });
  const f = fn(s, 'Fn');
  const lds = api.addLambdaDataSource('lambda', f, { description: 'fn' });
  const dds = api.addDynamoDbDataSource('table', table, { name: 'my-table' });
  api.addHttpDataSource('http', 'https://example.com', { authorizationConfig: { signingRegion: 'us-east-1', signingServiceName: 'states' } });
  api.addEventBridgeDataSource('bus', new events.EventBus(s, 'Bus'));
  const cluster = rds.ServerlessCluster.fromServerlessClusterAttributes(s, 'Cluster', { clusterIdentifier: 'my-cluster' });
  const secret = secretsmanager.Secret.fromSecretCompleteArn(s, 'Secret', 'arn:aws:secretsmanager:us-east-1:111111111111:secret:db-AbCdEf');
  api.addRdsDataSource('rds', cluster, secret, 'mydb');
  new appsync.AppSyncDynamoDbDataSource(s, 'ReadOnly', { api, table, readOnlyAccess: true, useCallerCredentials: false });
  const ns = api.addChannelNamespace('chat');
  api.addChannelNamespace('Direct', {
    channelNamespaceName: 'direct',
    publishHandlerConfig: { dataSource: lds, direct: true, lambdaInvokeType: appsync.LambdaInvokeType.EVENT },
    subscribeHandlerConfig: { dataSource: lds, direct: true },
    authorizationConfig: { publishAuthModeTypes: [appsync.AppSyncAuthorizationType.IAM], subscribeAuthModeTypes: [appsync.AppSyncAuthorizationType.API_KEY] },
  });
  new appsync.ChannelNamespace(s, 'Code', { api, code: appsync.Code.fromInline('export function onPublish(ctx) { return ctx.events; }'),
    publishHandlerConfig: { dataSource: dds } });
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  api.grantConnect(role);
  api.grantPublish(role);
  api.grantSubscribe(role);
  api.grantPublishAndSubscribe(role);
  api.grant(role, appsync.AppSyncEventResource.all(), 'appsync:*');
  ns.grantPublish(role);
  ns.grantSubscribe(role);
  ns.grantPublishAndSubscribe(role);
  const imported = appsync.EventApi.fromEventApiAttributes(s, 'Imported', { apiId: 'abc', httpDns: 'h.example.com', realtimeDns: 'r.example.com',
    authProviderTypes: [appsync.AppSyncAuthorizationType.IAM] });
  imported.grantPublish(role);
  imported.addChannelNamespace('ImportedNs');
  const importedNs = appsync.ChannelNamespace.fromChannelNamespaceArn(s, 'ImportedNamespace', 'arn:aws:appsync:us-east-1:111111111111:apis/abc/channelNamespace/x');
  new cdk.CfnOutput(s, 'Http', { value: api.httpDns });
  new cdk.CfnOutput(s, 'Realtime', { value: api.realtimeDns });
  new cdk.CfnOutput(s, 'ApiArn', { value: api.apiArn });
  new cdk.CfnOutput(s, 'CustomHttp', { value: api.customHttpEndpoint });
  new cdk.CfnOutput(s, 'CustomRealtime', { value: api.customRealtimeEndpoint });
  new cdk.CfnOutput(s, 'Domain', { value: api.appSyncDomainName });
  new cdk.CfnOutput(s, 'FirstKey', { value: api.apiKeys.First.attrApiKey });
  new cdk.CfnOutput(s, 'NsArn', { value: ns.channelNamespaceArn });
  new cdk.CfnOutput(s, 'ImportedNsArn', { value: importedNs.channelNamespaceArn });
  new cdk.CfnOutput(s, 'ImportedArn', { value: imported.apiArn });
  new cdk.CfnOutput(s, 'LogGroupName', { value: api.logGroup.logGroupName });
}

{ // CrossStack: the API in one stack, a table data source and resolver in another
  const producer = new cdk.Stack(app, 'Producer');
  const api = new appsync.GraphqlApi(producer, 'Api', { name: 'shared', definition: appsync.Definition.fromFile(schemaFile),
    authorizationConfig: { defaultAuthorization: { authorizationType: appsync.AuthorizationType.IAM } } });
  const consumer = new cdk.Stack(app, 'Consumer');
  const table = new dynamodb.Table(consumer, 'Table', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING } });
  const ds = new appsync.DynamoDbDataSource(consumer, 'Items', { api, table });
  new appsync.Resolver(consumer, 'Get', { api, dataSource: ds, typeName: 'Query', fieldName: 'getItem',
    requestMappingTemplate: appsync.MappingTemplate.dynamoDbGetItem('id', 'id'), responseMappingTemplate: appsync.MappingTemplate.dynamoDbResultItem() });
  const role = new iam.Role(consumer, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  api.grantQuery(role, 'getItem');
}

// Bad input: aws-cdk-lib throws; the message and construct path are the expectation.
const def = () => appsync.Definition.fromFile(schemaFile);
const errors = {
  NoDefinition: (s) => new appsync.GraphqlApi(s, 'Api', { name: 'x' }),
  BothSchemaAndDefinition: (s) => new appsync.GraphqlApi(s, 'Api', { name: 'x', definition: def(), schema: appsync.SchemaFile.fromAsset(schemaFile) }),
  QueryDepth: (s) => new appsync.GraphqlApi(s, 'Api', { name: 'x', definition: def(), queryDepthLimit: 76 }),
  ResolverCount: (s) => new appsync.GraphqlApi(s, 'Api', { name: 'x', definition: def(), resolverCountLimit: 10001 }),
  OwnerContact: (s) => new appsync.GraphqlApi(s, 'Api', { name: 'x', definition: def(), ownerContact: 'x'.repeat(257) }),
  MissingOidc: (s) => new appsync.GraphqlApi(s, 'Api', { name: 'x', definition: def(), authorizationConfig: { defaultAuthorization: { authorizationType: appsync.AuthorizationType.OIDC } } }),
  MissingUserPool: (s) => new appsync.GraphqlApi(s, 'Api', { name: 'x', definition: def(), authorizationConfig: { defaultAuthorization: { authorizationType: appsync.AuthorizationType.USER_POOL } } }),
  MissingLambda: (s) => new appsync.GraphqlApi(s, 'Api', { name: 'x', definition: def(), authorizationConfig: { defaultAuthorization: { authorizationType: appsync.AuthorizationType.LAMBDA } } }),
  DuplicateApiKey: (s) => new appsync.GraphqlApi(s, 'Api', { name: 'x', definition: def(), authorizationConfig: { additionalAuthorizationModes: [{ authorizationType: appsync.AuthorizationType.API_KEY }] } }),
  DuplicateIam: (s) => new appsync.GraphqlApi(s, 'Api', { name: 'x', definition: def(), authorizationConfig: { defaultAuthorization: { authorizationType: appsync.AuthorizationType.IAM }, additionalAuthorizationModes: [{ authorizationType: appsync.AuthorizationType.IAM }] } }),
  BadEnvKey: (s) => new appsync.GraphqlApi(s, 'Api', { name: 'x', definition: def(), environmentVariables: { '1abc': 'v' } }),
  ShortEnvKey: (s) => new appsync.GraphqlApi(s, 'Api', { name: 'x', definition: def(), environmentVariables: { A: 'v' } }),
  LongEnvValue: (s) => new appsync.GraphqlApi(s, 'Api', { name: 'x', definition: def(), environmentVariables: { AB: 'v'.repeat(513) } }),
  NoDomain: (s) => new appsync.GraphqlApi(s, 'Api', { name: 'x', definition: def() }).appSyncDomainName,
  MergedSchema: (s) => new appsync.GraphqlApi(s, 'Api', { name: 'x', definition: appsync.Definition.fromSourceApis({ sourceApis: [] }) }).schema,
  MergedEnv: (s) => new appsync.GraphqlApi(s, 'Api', { name: 'x', definition: appsync.Definition.fromSourceApis({ sourceApis: [] }) }).addEnvironmentVariable('AB', 'c'),
  RuntimeWithoutCode: (s) => {
    const api = new appsync.GraphqlApi(s, 'Api', { name: 'x', definition: def() });
    api.createResolver('R', { typeName: 'Query', fieldName: 'f', runtime: appsync.FunctionRuntime.JS_1_0_0 });
  },
  CodeAndTemplate: (s) => {
    const api = new appsync.GraphqlApi(s, 'Api', { name: 'x', definition: def() });
    api.addNoneDataSource('none').createFunction('F', { name: 'f', code: appsync.Code.fromInline('x'), requestMappingTemplate: appsync.MappingTemplate.fromString('{}') });
  },
  PipelineWithDataSource: (s) => {
    const api = new appsync.GraphqlApi(s, 'Api', { name: 'x', definition: def() });
    const none = api.addNoneDataSource('none');
    const f = none.createFunction('F', { name: 'f' });
    none.createResolver('R', { typeName: 'Query', fieldName: 'f', pipelineConfig: [f] });
  },
  CachingTtl: (s) => {
    const api = new appsync.GraphqlApi(s, 'Api', { name: 'x', definition: def() });
    api.createResolver('R', { typeName: 'Query', fieldName: 'f', cachingConfig: { ttl: cdk.Duration.hours(2) } });
  },
  CachingKeys: (s) => {
    const api = new appsync.GraphqlApi(s, 'Api', { name: 'x', definition: def() });
    api.createResolver('R', { typeName: 'Query', fieldName: 'f', cachingConfig: { ttl: cdk.Duration.minutes(1), cachingKeys: ['$context.arguments.a', '$ctx.b'] } });
  },
  ApiKeyExpiry: (s) => new appsync.GraphqlApi(s, 'Api', { name: 'x', definition: def(), authorizationConfig: { defaultAuthorization: {
    authorizationType: appsync.AuthorizationType.API_KEY, apiKeyConfig: { expires: cdk.Expiration.after(cdk.Duration.hours(1)) } } } }),
  AssetAcrossStacks: (s) => {
    const code = appsync.Code.fromAsset(path.join(__dirname, 'resolver.js'));
    const props = { typeName: 'Query', fieldName: 'a', runtime: appsync.FunctionRuntime.JS_1_0_0, code };
    new appsync.GraphqlApi(s, 'Api', { name: 'x', definition: def() }).createResolver('A', props);
    const s2 = new cdk.Stack(s.node.root, 'S2');
    new appsync.GraphqlApi(s2, 'Api', { name: 'y', definition: def() }).createResolver('B', props);
  },
  EmptyInlineCode: (s) => appsync.Code.fromInline(''),
  MaxBatchSizeNotLambda: (s) => {
    const api = new appsync.GraphqlApi(s, 'Api', { name: 'x', definition: def() });
    api.addNoneDataSource('none').createFunction('F', { name: 'f', maxBatchSize: 2 });
  },
  EventApiName: (s) => new appsync.EventApi(s, 'Api', { apiName: 'x'.repeat(51) }),
  EventOwnerContact: (s) => new appsync.EventApi(s, 'Api', { apiName: 'x', ownerContact: 'bad!' }),
  EventKeyNames: (s) => new appsync.EventApi(s, 'Api', { apiName: 'x', authorizationConfig: { authProviders: [
    { authorizationType: appsync.AppSyncAuthorizationType.API_KEY }, { authorizationType: appsync.AppSyncAuthorizationType.API_KEY, apiKeyConfig: { name: 'b' } }] } }),
  EventMissingCognito: (s) => new appsync.EventApi(s, 'Api', { apiName: 'x', authorizationConfig: { authProviders: [{ authorizationType: appsync.AppSyncAuthorizationType.USER_POOL }] } }),
  EventMissingMode: (s) => new appsync.EventApi(s, 'Api', { apiName: 'x', authorizationConfig: { defaultPublishAuthModeTypes: [appsync.AppSyncAuthorizationType.IAM] } }),
  EventEmptyModes: (s) => new appsync.EventApi(s, 'Api', { apiName: 'x', authorizationConfig: { connectionAuthModeTypes: [] } }),
  EventGrantWithoutIam: (s) => new appsync.EventApi(s, 'Api', { apiName: 'x' }).grantPublish(new iam.Role(s, 'R', { assumedBy: new iam.AccountRootPrincipal() })),
  EventNoDomain: (s) => new appsync.EventApi(s, 'Api', { apiName: 'x' }).customHttpEndpoint,
  NamespaceName: (s) => new appsync.EventApi(s, 'Api', { apiName: 'x' }).addChannelNamespace('N', { channelNamespaceName: 'n'.repeat(51) }),
  NamespaceMissingMode: (s) => new appsync.EventApi(s, 'Api', { apiName: 'x' }).addChannelNamespace('N', { authorizationConfig: { publishAuthModeTypes: [appsync.AppSyncAuthorizationType.IAM] } }),
  NamespaceDirectNoSource: (s) => new appsync.EventApi(s, 'Api', { apiName: 'x' }).addChannelNamespace('N', { publishHandlerConfig: { direct: true } }),
  NamespaceDirectNotLambda: (s) => {
    const api = new appsync.EventApi(s, 'Api', { apiName: 'x' });
    api.addChannelNamespace('N', { subscribeHandlerConfig: { direct: true, dataSource: api.addHttpDataSource('h', 'https://example.com') } });
  },
  NamespaceInvokeTypeNotDirect: (s) => {
    const api = new appsync.EventApi(s, 'Api', { apiName: 'x' });
    api.addChannelNamespace('N', { publishHandlerConfig: { dataSource: api.addHttpDataSource('h', 'https://example.com'), lambdaInvokeType: appsync.LambdaInvokeType.EVENT } });
  },
};
const out = {};
for (const [name, build] of Object.entries(errors)) {
  const s = new cdk.Stack(new cdk.App({ autoSynth: false }), 'S');
  try {
    build(s);
    out[name] = null;
  } catch (e) {
    out[name] = { path: e.constructPath || '', message: e.message };
  }
}
console.log(JSON.stringify(out, null, 2));
app.synth();
