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

const errors = {
  EventAndLogEvent: (s) => every5(s, 'R').addTarget(new targets.CloudWatchLogGroup(new logs.LogGroup(s, 'L'), {
    event: events.RuleTargetInput.fromText('x'), logEvent: targets.LogGroupTargetInput.fromObjectV2({ message: 'm' }),
  })),
  EventWithInput: (s) => every5(s, 'R').addTarget(new targets.CloudWatchLogGroup(new logs.LogGroup(s, 'L'), { event: events.RuleTargetInput.fromText('x') })),
  PathWildcards: (s) => {
    const api = new apigw.RestApi(s, 'Api');
    api.root.addMethod('GET');
    every5(s, 'R').addTarget(new targets.ApiGateway(api, { path: '/a/*/b/*', pathParameterValues: ['x'] }));
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
