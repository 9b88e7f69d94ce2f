// aws-cdk-lib 2.276.0 twins of the Go cases in rule_test.go. Each stack is
// one template case; each entry of `errors` one bad-input case, whose
// message and construct path regen.sh writes to errors.json.
// Objects are written as jsii hands them over from Go: struct fields
// (EventPattern) in the Go declaration order, map keys sorted.
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');
const sns = require('aws-cdk-lib/aws-sns');
const kms = require('aws-cdk-lib/aws-kms');
const iam = require('aws-cdk-lib/aws-iam');
const app = new cdk.App();
const fn = (s, id) => new lambda.Function(s, id, {
  runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {}'),
});

{ // Schedules: every Schedule form
  const s = new cdk.Stack(app, 'Schedules');
  new events.Rule(s, 'Minutes', { schedule: events.Schedule.rate(cdk.Duration.minutes(5)) });
  new events.Rule(s, 'OneHour', { schedule: events.Schedule.rate(cdk.Duration.hours(1)) });
  new events.Rule(s, 'Days', { schedule: events.Schedule.rate(cdk.Duration.days(2)) });
  new events.Rule(s, 'NinetyMinutes', { schedule: events.Schedule.rate(cdk.Duration.minutes(90)) });
  new events.Rule(s, 'Cron', { schedule: events.Schedule.cron({ minute: '0', hour: '4' }), description: 'nightly', ruleName: 'nightly-job', enabled: false });
  new events.Rule(s, 'WeekDay', { schedule: events.Schedule.cron({ minute: '15', weekDay: 'MON-FRI' }) });
  new events.Rule(s, 'Expression', { schedule: events.Schedule.expression('rate(10 minutes)') });
}

{ // ScheduledLambda: a Lambda run every 5 minutes with a constant input, retries and a DLQ
  const s = new cdk.Stack(app, 'ScheduledLambda');
  const f = fn(s, 'Fn');
  const dlq = new sqs.Queue(s, 'DLQ');
  const rule = new events.Rule(s, 'Every5', { schedule: events.Schedule.rate(cdk.Duration.minutes(5)) });
  rule.addTarget(new targets.LambdaFunction(f, {
    event: events.RuleTargetInput.fromObject({ count: 3, job: 'cleanup', nested: { ok: true } }),
    deadLetterQueue: dlq, retryAttempts: 2, maxEventAge: cdk.Duration.hours(2),
  }));
  new events.Rule(s, 'Also', { schedule: events.Schedule.rate(cdk.Duration.hours(6)), targets: [new targets.LambdaFunction(f)] });
  new cdk.CfnOutput(s, 'RuleArn', { value: rule.ruleArn });
  new cdk.CfnOutput(s, 'RuleName', { value: rule.ruleName });
}

{ // PatternToQueue: an EventBridge rule with a pattern (merged) to SQS, inputs with event fields
  const s = new cdk.Stack(app, 'PatternToQueue');
  const q = new sqs.Queue(s, 'Queue');
  const rule = new events.Rule(s, 'Rule', {
    eventPattern: { detail: { state: ['running'] }, detailType: ['EC2 Instance State-change Notification'], source: ['aws.ec2'] },
  });
  rule.addEventPattern({ account: ['111111111111'], detail: { 'instance-id': ['i-1'], state: ['stopped'] }, source: ['aws.autoscaling'] });
  rule.addTarget(new targets.SqsQueue(q, {
    message: events.RuleTargetInput.fromText(`Instance ${events.EventField.fromPath('$.detail.instance-id')} is ${events.EventField.fromPath('$.detail.state')} in ${events.EventField.region}`),
  }));
  rule.addTarget(new targets.SqsQueue(q, { message: events.RuleTargetInput.fromEventPath('$.detail') }));
  const fifo = new sqs.Queue(s, 'Fifo', { fifo: true });
  rule.addTarget(new targets.SqsQueue(fifo, { messageGroupId: 'group' }));
  const key = new kms.Key(s, 'Key');
  const enc = new sqs.Queue(s, 'Encrypted', { encryptionMasterKey: key });
  rule.addTarget(new targets.SqsQueue(enc));
}

{ // Topic: SNS targets, with an object input carrying event fields, and with a role
  const s = new cdk.Stack(app, 'Topic');
  const t = new sns.Topic(s, 'Topic');
  const rule = new events.Rule(s, 'Rule', { eventPattern: { source: ['my.app'] } });
  rule.addTarget(new targets.SnsTopic(t, {
    message: events.RuleTargetInput.fromObject({ arn: t.topicArn, fixed: 'x', id: events.EventField.eventId, type: events.EventField.detailType, when: events.EventField.time }),
  }));
  rule.addTarget(new targets.SnsTopic(t, { authorizeUsingRole: true, message: events.RuleTargetInput.fromMultilineText('line one\nline "two"') }));
}

{ // Bus: a custom event bus, a rule on it, an imported bus
  const s = new cdk.Stack(app, 'Bus');
  const bus = new events.EventBus(s, 'Bus', { eventBusName: 'orders' });
  const rule = new events.Rule(s, 'OnBus', { eventBus: bus, eventPattern: { source: ['orders'] } });
  rule.addTarget(new targets.SqsQueue(new sqs.Queue(s, 'Q')));
  const imported = events.EventBus.fromEventBusName(s, 'Imported', 'other');
  new events.Rule(s, 'OnImported', { eventBus: imported, eventPattern: { detailType: ['x'] } });
  new cdk.CfnOutput(s, 'BusArn', { value: bus.eventBusArn });
  new cdk.CfnOutput(s, 'BusName', { value: bus.eventBusName });
  bus.grantPutEventsTo(new iam.Role(s, 'Putter', { assumedBy: new iam.AccountRootPrincipal() }));
}

{ // Matchers: every Match helper in one pattern
  const s = new cdk.Stack(app, 'Matchers');
  new events.Rule(s, 'R', {
    eventPattern: {
      // Go hands a struct's fields over in declaration order.
      account: events.Match.anythingBut('111111111111', '222222222222'),
      detail: {
        a: events.Match.exists(), b: events.Match.doesNotExist(), c: events.Match.nullValue(),
        d: events.Match.exactString('x'), e: events.Match.equalsIgnoreCase('Y'),
        f: events.Match.prefixEqualsIgnoreCase('p'), g: events.Match.suffixEqualsIgnoreCase('s'),
        h: events.Match.wildcard('a*b'), i: events.Match.cidr('10.0.0.0/16'), j: events.Match.ipAddressRange('10.1.0.0/24'),
        k: events.Match.anythingBut(1, 2), l: events.Match.anythingButPrefix('x'), m: events.Match.anythingButSuffix('a', 'b'),
        n: events.Match.anythingButWildcard('*.tmp'), o: events.Match.anythingButEqualsIgnoreCase('no'),
        p: events.Match.greaterThan(1), q: events.Match.greaterThanOrEqual(2), r: events.Match.lessThan(3),
        s: events.Match.lessThanOrEqual(4), t: events.Match.equal(5), u: events.Match.interval(0, 10),
        v: events.Match.allOf(events.Match.greaterThan(0), events.Match.lessThan(9)),
        w: { nested: events.Match.prefix('n') },
      },
      region: events.Match.anyOf(events.Match.prefix('us-'), events.Match.suffix('-1')),
      source: events.Match.prefix('aws.'),
    },
  });
}

{ // BusExtras: resource policies, archives, grants, imports
  const s = new cdk.Stack(app, 'BusExtras');
  const bus = new events.EventBus(s, 'Bus', { eventBusName: 'extras' });
  bus.addToResourcePolicy(new iam.PolicyStatement({ sid: 'AllowAccount', actions: ['events:PutEvents'], resources: [bus.eventBusArn], principals: [new iam.AccountPrincipal('222222222222')] }));
  bus.grantPutEventsTo(new iam.ServicePrincipal('sns.amazonaws.com'), 'SnsPut');
  bus.archive('Archive', { eventPattern: { source: ['my.app'] }, retention: cdk.Duration.days(30) });
  const key = new kms.Key(s, 'Key');
  new events.Archive(s, 'Encrypted', { sourceEventBus: bus, eventPattern: { account: [s.account] }, archiveName: 'enc', description: 'd', kmsKey: key });
  bus.grants.allPutEvents(new iam.Role(s, 'All', { assumedBy: new iam.AccountRootPrincipal() }));
  bus.grants.actions(new iam.Role(s, 'Describe', { assumedBy: new iam.AccountRootPrincipal() }), ['events:DescribeEventBus']);
  const imp = events.EventBus.fromEventBusArn(s, 'Imported', 'arn:aws:events:us-east-1:111111111111:event-bus/other');
  new cdk.CfnOutput(s, 'Added', { value: String(imp.addToResourcePolicy(new iam.PolicyStatement({ sid: 'x', actions: ['events:PutEvents'], resources: ['*'], principals: [new iam.AnyPrincipal()] })).statementAdded) });
  imp.archive('ImpArchive', { eventPattern: { source: ['x'] } });
  new events.EventBusPolicy(s, 'Explicit', { eventBus: bus, statementId: 'explicit', statement: new iam.PolicyStatement({ sid: 'explicit', actions: ['events:PutEvents'], resources: [bus.eventBusArn], principals: [new iam.AccountPrincipal('333333333333')] }).toJSON() });
}

{ // Connections: each authorization, parameters, API destinations, imports
  const s = new cdk.Stack(app, 'Connections');
  const apiKey = new events.Connection(s, 'ApiKey', { authorization: events.Authorization.apiKey('x-api-key', cdk.SecretValue.unsafePlainText('k')), description: 'key' });
  new events.Connection(s, 'Basic', {
    connectionName: 'basic', authorization: events.Authorization.basic('user', cdk.SecretValue.secretsManager('pw')),
    // jsii hands a Go map's keys over sorted, so the twin lists them sorted.
    headerParameters: { 'X-A': events.HttpParameter.fromSecret(cdk.SecretValue.unsafePlainText('a')), 'X-B': events.HttpParameter.fromString('b') },
    queryStringParameters: { q: events.HttpParameter.fromString('1') },
  });
  new events.Connection(s, 'OAuth', {
    authorization: events.Authorization.oauth({
      authorizationEndpoint: 'https://auth.example.com/token', clientId: 'id', clientSecret: cdk.SecretValue.unsafePlainText('secret'),
      httpMethod: events.HttpMethod.POST, bodyParameters: { scope: events.HttpParameter.fromString('read') },
    }),
    bodyParameters: { b: events.HttpParameter.fromString('v') },
  });
  const dest = new events.ApiDestination(s, 'Dest', { connection: apiKey, endpoint: 'https://api.example.com/hook' });
  new events.ApiDestination(s, 'Put', { connection: apiKey, endpoint: 'https://api.example.com/put', httpMethod: events.HttpMethod.PUT, rateLimitPerSecond: 5, apiDestinationName: 'put', description: 'p' });
  const ic = events.Connection.fromEventBusArn(s, 'ImpConn', 'arn:aws:events:us-east-1:111111111111:connection/theirs/abc', 'arn:aws:secretsmanager:us-east-1:111111111111:secret:s');
  const id = events.ApiDestination.fromApiDestinationAttributes(s, 'ImpDest', { apiDestinationArn: 'arn:aws:events:us-east-1:111111111111:api-destination/dest/abc', connection: ic });
  new cdk.CfnOutput(s, 'DestArn', { value: dest.apiDestinationArn });
  new cdk.CfnOutput(s, 'DestPolicyArn', { value: dest.apiDestinationArnForPolicy });
  new cdk.CfnOutput(s, 'DestName', { value: dest.apiDestinationName });
  new cdk.CfnOutput(s, 'ConnArn', { value: apiKey.connectionArn });
  new cdk.CfnOutput(s, 'ConnName', { value: apiKey.connectionName });
  new cdk.CfnOutput(s, 'ConnSecret', { value: apiKey.connectionSecretArn });
  new cdk.CfnOutput(s, 'ImpConnName', { value: ic.connectionName });
  new cdk.CfnOutput(s, 'ImpDestName', { value: id.apiDestinationName });
}

// Bad input: aws-cdk-lib throws; the message and construct path are the expectation.
const errors = {
  NoPatternNoSchedule: (s) => new events.Rule(s, 'R'),
  TooManyTargets: (s) => {
    const q = new sqs.Queue(s, 'Q');
    const r = new events.Rule(s, 'R', { eventPattern: { source: ['x'] } });
    for (let i = 0; i < 6; i++) r.addTarget(new targets.SqsQueue(q));
  },
  BadRuleName: (s) => new events.Rule(s, 'R', { ruleName: 'has space', schedule: events.Schedule.rate(cdk.Duration.minutes(1)) }),
  ScheduleOnBus: (s) => new events.Rule(s, 'R', { eventBus: new events.EventBus(s, 'B'), schedule: events.Schedule.rate(cdk.Duration.minutes(1)) }),
  ZeroRate: (s) => new events.Rule(s, 'R', { schedule: events.Schedule.rate(cdk.Duration.minutes(0)) }),
  DayAndWeekDay: (s) => new events.Rule(s, 'R', { schedule: events.Schedule.cron({ day: '1', weekDay: 'MON' }) }),
  BadBusName: (s) => new events.EventBus(s, 'B', { eventBusName: 'bad/name' }),
  SecondsRate: (s) => new events.Rule(s, 'R', { schedule: events.Schedule.rate(cdk.Duration.seconds(30)) }),
  PolicyWithoutSid: (s) => new events.EventBus(s, 'B').addToResourcePolicy(new iam.PolicyStatement({ actions: ['events:PutEvents'], resources: ['*'], principals: [new iam.AnyPrincipal()] })),
  BadCidr: (s) => new events.Rule(s, 'R', { eventPattern: { detail: { ip: events.Match.cidr('not-an-ip') } } }),
  EmptyAnythingBut: (s) => new events.Rule(s, 'R', { eventPattern: { detail: { x: events.Match.anythingBut() } } }),
  MixedAnythingBut: (s) => new events.Rule(s, 'R', { eventPattern: { detail: { x: events.Match.anythingBut('a', 1) } } }),
  BadInterval: (s) => new events.Rule(s, 'R', { eventPattern: { detail: { x: events.Match.interval(5, 1) } } }),
  OAuthMethod: (s) => events.Authorization.oauth({ authorizationEndpoint: 'https://a', clientId: 'i', clientSecret: cdk.SecretValue.unsafePlainText('s'), httpMethod: events.HttpMethod.DELETE }),
  ImportDestNoName: (s) => events.ApiDestination.fromApiDestinationAttributes(s, 'D', { apiDestinationArn: 'arn:aws:events:us-east-1:111111111111:api-destination', connection: events.Connection.fromConnectionAttributes(s, 'C', { connectionArn: 'arn:aws:events:us-east-1:111111111111:connection/c', connectionName: 'c', connectionSecretArn: 's' }) }),
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
