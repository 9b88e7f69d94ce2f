// aws-cdk-lib 2.276.0 twins of the Go cases in targets_test.go. Each stack is
// one template case; each entry of `errors` one bad-input case, whose
// message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const sqs = require('aws-cdk-lib/aws-sqs');
const apigw = require('aws-cdk-lib/aws-apigateway');
const logs = require('aws-cdk-lib/aws-logs');
const codebuild = require('aws-cdk-lib/aws-codebuild');
const codepipeline = require('aws-cdk-lib/aws-codepipeline');
const firehose = require('aws-cdk-lib/aws-kinesisfirehose');
const iam = require('aws-cdk-lib/aws-iam');
const apigwv2 = require('aws-cdk-lib/aws-apigatewayv2');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const { Construct } = require('constructs');
const app = new cdk.App();

function every5(s, id) {
  return new events.Rule(s, id, { schedule: events.Schedule.rate(cdk.Duration.minutes(5)) });
}

{ // Kinesis: a stream target with every option, and a plain one
  const s = new cdk.Stack(app, 'Kinesis');
  const stream = new kinesis.Stream(s, 'Stream');
  const dlq = new sqs.Queue(s, 'DLQ');
  every5(s, 'Rule').addTarget(new targets.KinesisStream(stream, {
    partitionKeyPath: '$.id', message: events.RuleTargetInput.fromObject({ a: 1 }),
    deadLetterQueue: dlq, retryAttempts: 2, maxEventAge: cdk.Duration.hours(1),
  }));
  every5(s, 'Plain').addTarget(new targets.KinesisStream(stream));
}

{ // ApiDest: API destination targets with and without HTTP parameters
  const s = new cdk.Stack(app, 'ApiDest');
  const conn = new events.Connection(s, 'Conn', { authorization: events.Authorization.apiKey('k', cdk.SecretValue.unsafePlainText('v')) });
  const dest = new events.ApiDestination(s, 'Dest', { connection: conn, endpoint: 'https://example.com/*' });
  every5(s, 'Rule').addTarget(new targets.ApiDestination(dest, {
    headerParameters: { 'X-H': 'h' }, queryStringParameters: { q: 'v' }, pathParameterValues: ['p'],
    event: events.RuleTargetInput.fromText('hi'), retryAttempts: 0,
  }));
  every5(s, 'Plain').addTarget(new targets.ApiDestination(dest));
}

{ // ApiGw: REST API targets
  const s = new cdk.Stack(app, 'ApiGw');
  const api = new apigw.RestApi(s, 'Api');
  api.root.addResource('items').addResource('{id}').addMethod('POST');
  every5(s, 'Rule').addTarget(new targets.ApiGateway(api, {
    method: 'POST', path: '/items/*', pathParameterValues: ['$.detail.id'], stage: 'prod',
    headerParameters: { h: 'v' }, queryStringParameters: { q: 'v' }, postBody: events.RuleTargetInput.fromObject({ b: 1 }),
  }));
  every5(s, 'Plain').addTarget(new targets.ApiGateway(api));
}

{ // LogGroup: log group targets, their resource policy custom resource
  const s = new cdk.Stack(app, 'LogGroup');
  const lg = new logs.LogGroup(s, 'Logs');
  new events.Rule(s, 'R', { eventPattern: { source: ['x'] } }).addTarget(new targets.CloudWatchLogGroup(lg, { retryAttempts: 1 }));
  const other = new logs.LogGroup(s, 'Other', { logGroupName: 'other' });
  every5(s, 'Sched').addTarget(new targets.CloudWatchLogGroup(other, { installLatestAwsSdk: true, maxEventAge: cdk.Duration.minutes(5) }));
}

{ // Pipelines: CodeBuild, CodePipeline and Firehose targets on L1 resources
  const s = new cdk.Stack(app, 'Pipelines');
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('codebuild.amazonaws.com') });
  const project = new codebuild.CfnProject(s, 'Project', {
    artifacts: { type: 'NO_ARTIFACTS' }, serviceRole: role.roleArn,
    environment: { type: 'LINUX_CONTAINER', image: 'aws/codebuild/standard:7.0', computeType: 'BUILD_GENERAL1_SMALL' },
    source: { type: 'NO_SOURCE', buildSpec: 'version: 0.2' },
  });
  const dlq = new sqs.Queue(s, 'DLQ');
  every5(s, 'Build').addTarget(new targets.CodeBuildProject(project, { deadLetterQueue: dlq, event: events.RuleTargetInput.fromObject({ environmentVariablesOverride: [] }) }));
  const pipeline = new codepipeline.CfnPipeline(s, 'Pipeline', {
    artifactStore: { type: 'S3', location: 'b' }, roleArn: role.roleArn,
    stages: [
      { name: 'Source', actions: [{ name: 'S3', actionTypeId: { category: 'Source', owner: 'AWS', provider: 'S3', version: '1' }, configuration: { S3Bucket: 'b', S3ObjectKey: 'k' }, outputArtifacts: [{ name: 'src' }] }] },
      { name: 'Approve', actions: [{ name: 'Manual', actionTypeId: { category: 'Approval', owner: 'AWS', provider: 'Manual', version: '1' } }] },
    ],
  });
  every5(s, 'Pipe').addTarget(new targets.CodePipeline(pipeline, { retryAttempts: 3, eventRole: role }));
  const stream = new firehose.CfnDeliveryStream(s, 'Firehose', { deliveryStreamType: 'DirectPut', s3DestinationConfiguration: { bucketArn: 'arn:aws:s3:::b', roleArn: role.roleArn } });
  every5(s, 'Fire').addTarget(new targets.KinesisFirehoseStream(stream, { message: events.RuleTargetInput.fromText('m') }));
  class Delivery extends cdk.Resource {
    constructor(scope, id) { super(scope, id); this.deliveryStreamArn = 'arn:aws:firehose:us-east-1:111111111111:deliverystream/d'; this.deliveryStreamName = 'd'; }
  }
  every5(s, 'FireV2').addTarget(new targets.KinesisFirehoseStreamV2(new Delivery(s, 'Delivery')));
}

{ // Jobs: Batch jobs, Redshift queries, HTTP APIs
  const s = new cdk.Stack(app, 'Jobs');
  const queueScope = new Construct(s, 'JobQueue');
  const defScope = new Construct(s, 'JobDef');
  const queueArn = 'arn:aws:batch:us-east-1:111111111111:job-queue/q';
  const defArn = 'arn:aws:batch:us-east-1:111111111111:job-definition/d:1';
  every5(s, 'Batch').addTarget(new targets.BatchJob(queueArn, queueScope, defArn, defScope, { attempts: 2, size: 10, jobName: 'job', retryAttempts: 1 }));
  every5(s, 'BatchDefault').addTarget(new targets.BatchJob(queueArn, queueScope, defArn, defScope));
  const cluster = 'arn:aws:redshift:us-east-1:111111111111:cluster:c';
  const secret = secretsmanager.Secret.fromSecretCompleteArn(s, 'Secret', 'arn:aws:secretsmanager:us-east-1:111111111111:secret:db-AbCdEf');
  every5(s, 'Query').addTarget(new targets.RedshiftQuery(cluster, { database: 'db', sql: ['select 1'], secret, statementName: 'one', sendEventBridgeEvent: true }));
  every5(s, 'Batchq').addTarget(new targets.RedshiftQuery(cluster, { database: 'db', sql: ['select 1', 'select 2'], dbUser: 'u' }));
  const http = new apigwv2.HttpApi(s, 'Http');
  every5(s, 'Http1').addTarget(new targets.ApiGatewayV2(http, { method: 'GET', path: '/a/*', pathParameterValues: ['$.id'] }));
  every5(s, 'Http2').addTarget(new targets.ApiGatewayV2(http));
}

{ // Firehose: the L2 delivery stream as a target (one events role per stream), an imported one
  const s = new cdk.Stack(app, 'Firehose');
  const s3 = require('aws-cdk-lib/aws-s3');
  const ds = new firehose.DeliveryStream(s, 'Stream', { destination: new firehose.S3Bucket(new s3.Bucket(s, 'Bucket')) });
  every5(s, 'Rule').addTarget(new targets.FirehoseDeliveryStream(ds, { message: events.RuleTargetInput.fromText('hello') }));
  every5(s, 'Again').addTarget(new targets.FirehoseDeliveryStream(ds));
  const imported = firehose.DeliveryStream.fromDeliveryStreamName(s, 'Imported', 'imported');
  every5(s, 'ToImported').addTarget(new targets.FirehoseDeliveryStream(imported));
}

{ // Sfn: state machine targets sharing the machine's events role, a given role, an imported machine
  const s = new cdk.Stack(app, 'Sfn');
  const sfn = require('aws-cdk-lib/aws-stepfunctions');
  const sm = new sfn.StateMachine(s, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(s, 'P')) });
  const dlq = new sqs.Queue(s, 'DLQ');
  every5(s, 'Rule').addTarget(new targets.SfnStateMachine(sm, { input: events.RuleTargetInput.fromObject({ a: 1 }), deadLetterQueue: dlq, retryAttempts: 2, maxEventAge: cdk.Duration.hours(1) }));
  every5(s, 'Again').addTarget(new targets.SfnStateMachine(sm));
  const role = new iam.Role(s, 'Given', { assumedBy: new iam.ServicePrincipal('events.amazonaws.com') });
  const imported = sfn.StateMachine.fromStateMachineArn(s, 'Imported', 'arn:aws:states:us-east-1:111111111111:stateMachine:other');
  every5(s, 'ToImported').addTarget(new targets.SfnStateMachine(imported, { role }));
}

{ // SfnProducer + SfnConsumer: a rule in another stack starts a state machine (weak references under the init flags)
  const sfn = require('aws-cdk-lib/aws-stepfunctions');
  const producer = new cdk.Stack(app, 'SfnProducer');
  const sm = new sfn.StateMachine(producer, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(producer, 'P')) });
  const consumer = new cdk.Stack(app, 'SfnConsumer');
  every5(consumer, 'Rule').addTarget(new targets.SfnStateMachine(sm));
}

{ // AwsApi: SDK calls through the shared function, a given statement, two targets on one rule
  const s = new cdk.Stack(app, 'AwsApi');
  const rule = every5(s, 'Rule');
  rule.addTarget(new targets.AwsApi({ service: 'ECS', action: 'updateService', parameters: { cluster: 'c', desiredCount: 1, service: 'svc' }, catchErrorPattern: '^Throttling', apiVersion: '2014-11-13' }));
  rule.addTarget(new targets.AwsApi({ service: 'RDS', action: 'StopDBInstance', parameters: { DBInstanceIdentifier: 'db' } }));
  every5(s, 'Other').addTarget(new targets.AwsApi({
    service: 'CloudWatchLogs', action: 'putRetentionPolicy',
    policyStatement: new iam.PolicyStatement({ actions: ['logs:PutRetentionPolicy'], resources: ['arn:aws:logs:*:*:log-group:x'] }),
  }));
}

{ // AppSync: a GraphQL API mutation target, with a given role and one the target creates
  const appsync = require('aws-cdk-lib/aws-appsync');
  const s = new cdk.Stack(app, 'AppSync');
  const api = new appsync.GraphqlApi(s, 'Api', {
    name: 'api', definition: appsync.Definition.fromSchema(appsync.SchemaFile.fromAsset(require('path').join(__dirname, '../../awsappsync/testdata/schema.graphql'))),
    authorizationConfig: { defaultAuthorization: { authorizationType: appsync.AuthorizationType.IAM } },
  });
  const dlq = new sqs.Queue(s, 'DLQ');
  every5(s, 'Rule').addTarget(new targets.AppSync(api, {
    graphQLOperation: 'mutation Publish($message: String!){ publish(message: $message) { message } }',
    variables: events.RuleTargetInput.fromObject({ message: 'hello' }),
    deadLetterQueue: dlq, retryAttempts: 2, maxEventAge: cdk.Duration.hours(2),
  }));
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('events.amazonaws.com') });
  every5(s, 'Given').addTarget(new targets.AppSync(api, { graphQLOperation: 'mutation { ping }', eventRole: role }));
}

const errors = {
  EventAndLogEvent: (s) => every5(s, 'R').addTarget(new targets.CloudWatchLogGroup(new logs.LogGroup(s, 'L'), {
    event: events.RuleTargetInput.fromText('x'), logEvent: targets.LogGroupTargetInput.fromObjectV2({ message: 'm' }),
  })),
  BadTemplate: (s) => every5(s, 'R').addTarget(new targets.CloudWatchLogGroup(new logs.LogGroup(s, 'L'), { event: events.RuleTargetInput.fromObject({ msg: events.EventField.fromPath('$.detail') }) })),
  EventWithInput: (s) => every5(s, 'R').addTarget(new targets.CloudWatchLogGroup(new logs.LogGroup(s, 'L'), { event: events.RuleTargetInput.fromText('x') })),
  PathWildcards: (s) => {
    const api = new apigw.RestApi(s, 'Api');
    api.root.addMethod('GET');
    every5(s, 'R').addTarget(new targets.ApiGateway(api, { path: '/a/*/b/*', pathParameterValues: ['x'] }));
  },
};
// AppSync target errors.
{
  const appsync = require('aws-cdk-lib/aws-appsync');
  const schema = () => appsync.Definition.fromFile(require('path').join(__dirname, '../../awsappsync/testdata/schema.graphql'));
  Object.assign(errors, {
    AppSyncWithoutIam: (s) => every5(s, 'R').addTarget(new targets.AppSync(new appsync.GraphqlApi(s, 'Api', { name: 'x', definition: schema() }), { graphQLOperation: 'mutation { a }' })),
    AppSyncPrivate: (s) => every5(s, 'R').addTarget(new targets.AppSync(new appsync.GraphqlApi(s, 'Api', { name: 'x', definition: schema(), visibility: appsync.Visibility.PRIVATE,
      authorizationConfig: { defaultAuthorization: { authorizationType: appsync.AuthorizationType.IAM } } }), { graphQLOperation: 'mutation { a }' })),
    AppSyncNoEndpoint: (s) => every5(s, 'R').addTarget(new targets.AppSync(appsync.GraphqlApi.fromGraphqlApiAttributes(s, 'Api', { graphqlApiId: 'id', modes: [appsync.AuthorizationType.IAM] }), { graphQLOperation: 'mutation { a }' })),
  });
}
const out = {};
for (const [name, build] of Object.entries(errors)) {
  // Synthesized under the init flags, so validation errors count too.
  const a = new cdk.App({ autoSynth: false, context: JSON.parse(process.env.CDK_CONTEXT_JSON || '{}') });
  const s = new cdk.Stack(a, 'S');
  try {
    build(s);
    a.synth();
    out[name] = null;
  } catch (e) {
    out[name] = { path: e.constructPath || '', message: e.message };
  }
}
console.log(JSON.stringify(out, null, 2));
app.synth();
