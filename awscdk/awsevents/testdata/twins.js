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
