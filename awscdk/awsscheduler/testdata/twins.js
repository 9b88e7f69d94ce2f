// aws-cdk-lib 2.276.0 twins of the Go cases in schedule_test.go. Each stack is
// one template case; each entry of `errors` one bad-input case, whose
// message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const scheduler = require('aws-cdk-lib/aws-scheduler');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const app = new cdk.App();

// A target of our own (the Go twin is fixedTarget): an imported role, a fixed ARN.
class FixedTarget {
  constructor(role, extra) { this.role = role; this.extra = extra || {}; }
  bind(_schedule) { return { arn: 'arn:aws:sqs:us-east-1:111111111111:q', role: this.role, ...this.extra }; }
}
const roleIn = (s) => iam.Role.fromRoleArn(s, 'Role', 'arn:aws:iam::111111111111:role/sched');

{ // Default: a rate schedule with nothing else
  const s = new cdk.Stack(app, 'Default');
  new scheduler.Schedule(s, 'Schedule', { schedule: scheduler.ScheduleExpression.rate(cdk.Duration.minutes(5)), target: new FixedTarget(roleIn(s)) });
}

{ // Expressions: at, cron, literal, rates in every unit, time zones
  const s = new cdk.Stack(app, 'Expressions');
  const t = new FixedTarget(roleIn(s));
  const add = (id, schedule) => new scheduler.Schedule(s, id, { schedule, target: t });
  add('At', scheduler.ScheduleExpression.at(new Date(Date.UTC(2030, 0, 2, 3, 4, 5, 678))));
  add('AtZone', scheduler.ScheduleExpression.at(new Date(Date.UTC(2031, 11, 31, 23, 59, 0)), cdk.TimeZone.EUROPE_PARIS));
  add('Cron', scheduler.ScheduleExpression.cron({ minute: '0', hour: '12', weekDay: 'MON-FRI' }));
  add('CronZone', scheduler.ScheduleExpression.cron({ minute: '15', day: '1', month: '*', timeZone: cdk.TimeZone.AMERICA_NEW_YORK }));
  add('CronEmpty', scheduler.ScheduleExpression.cron({}));
  add('Literal', scheduler.ScheduleExpression.expression('rate(12 hours)'));
  add('LiteralZone', scheduler.ScheduleExpression.expression('cron(0 9 * * ? *)', cdk.TimeZone.ASIA_TOKYO));
  add('Hours', scheduler.ScheduleExpression.rate(cdk.Duration.hours(2)));
  add('Day', scheduler.ScheduleExpression.rate(cdk.Duration.days(1)));
  add('Minute', scheduler.ScheduleExpression.rate(cdk.Duration.minutes(1)));
  add('Seconds', scheduler.ScheduleExpression.rate(cdk.Duration.seconds(120)));
}

{ // AllProps: every ScheduleProps field, a key, a group, a flexible window, dates, input
  const s = new cdk.Stack(app, 'AllProps');
  const key = new kms.Key(s, 'Key');
  const role = new iam.Role(s, 'TargetRole', { assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com') });
  const group = new scheduler.ScheduleGroup(s, 'Group', { scheduleGroupName: 'my-group', removalPolicy: cdk.RemovalPolicy.DESTROY });
  const sch = new scheduler.Schedule(s, 'Schedule', {
    schedule: scheduler.ScheduleExpression.rate(cdk.Duration.hours(1)),
    target: new FixedTarget(role, {
      input: scheduler.ScheduleTargetInput./* keys sorted, as jsii hands a Go map */ fromObject({ a: 1, acct: cdk.Aws.ACCOUNT_ID, arn: scheduler.ContextAttribute.scheduleArn, b: 'x', custom: scheduler.ContextAttribute.fromName('x'), id: scheduler.ContextAttribute.executionId, n: scheduler.ContextAttribute.attemptNumber, t: scheduler.ContextAttribute.scheduledTime }),
      deadLetterConfig: { arn: 'arn:aws:sqs:us-east-1:111111111111:dlq' },
      retryPolicy: { maximumEventAgeInSeconds: 120, maximumRetryAttempts: 3 },
      sqsParameters: { messageGroupId: 'g' },
    }),
    scheduleName: 'my-schedule',
    description: 'every hour',
    enabled: false,
    key,
    scheduleGroup: group,
    start: new Date(Date.UTC(2030, 5, 1, 0, 0, 0)),
    end: new Date(Date.UTC(2031, 5, 1, 12, 30, 15, 250)),
    timeWindow: scheduler.TimeWindow.flexible(cdk.Duration.hours(2)),
  });
  new scheduler.Schedule(s, 'Text', {
    schedule: scheduler.ScheduleExpression.rate(cdk.Duration.minutes(10)),
    target: new FixedTarget(role, { input: scheduler.ScheduleTargetInput.fromText(`hello ${sch.scheduleName} ${cdk.Aws.REGION}`), retryPolicy: { maximumRetryAttempts: 0 } }),
    timeWindow: scheduler.TimeWindow.off(),
    enabled: true,
  });
  new cdk.CfnOutput(s, 'Arn', { value: sch.scheduleArn });
  new cdk.CfnOutput(s, 'Name', { value: sch.scheduleName });
  new cdk.CfnOutput(s, 'GroupArn', { value: group.scheduleGroupArn });
  new cdk.CfnOutput(s, 'GroupName', { value: group.scheduleGroupName });
}

{ // Groups: default-named groups, imports, grants, metrics
  const s = new cdk.Stack(app, 'Groups');
  const g = new scheduler.ScheduleGroup(s, 'Group');
  new scheduler.ScheduleGroup(s, 'Other', {});
  const byName = scheduler.ScheduleGroup.fromScheduleGroupName(s, 'ByName', 'named');
  const byArn = scheduler.ScheduleGroup.fromScheduleGroupArn(s, 'ByArn', 'arn:aws:scheduler:eu-west-1:222222222222:schedule-group/far');
  const def = scheduler.ScheduleGroup.fromDefaultScheduleGroup(s, 'Default');
  const role = new iam.Role(s, 'Reader', { assumedBy: new iam.AccountRootPrincipal() });
  g.grantReadSchedules(role);
  g.grantWriteSchedules(role);
  g.grantDeleteSchedules(role);
  g.grant(role, 'scheduler:TagResource');
  byName.grantReadSchedules(role);
  byArn.grantWriteSchedules(role);
  def.grantDeleteSchedules(role);
  scheduler.ScheduleGroupGrants.fromScheduleGroup(byArn).readSchedules(role);
  new scheduler.Schedule(s, 'InDefault', { schedule: scheduler.ScheduleExpression.rate(cdk.Duration.days(3)), target: new FixedTarget(roleIn(s)), scheduleGroup: def });
  new cdk.CfnOutput(s, 'ByNameArn', { value: byName.scheduleGroupArn });
  new cdk.CfnOutput(s, 'ByArnName', { value: byArn.scheduleGroupName });
  const alarm = (id, m) => new cloudwatch.Alarm(s, id, { metric: m, threshold: 1, evaluationPeriods: 1 });
  alarm('Throttled', g.metricThrottled());
  alarm('Attempts', g.metricAttempts());
  alarm('TargetErrors', g.metricTargetErrors({ period: cdk.Duration.minutes(1) }));
  alarm('TargetThrottled', g.metricTargetThrottled());
  alarm('Dropped', g.metricDropped({ statistic: 'Average' }));
  alarm('SentToDLQ', g.metricSentToDLQ());
  alarm('Failed', g.metricFailedToBeSentToDLQ());
  alarm('FailedCode', g.metricFailedToBeSentToDLQ('AccessDenied'));
  alarm('Truncated', g.metricSentToDLQTruncated());
  alarm('Custom', g.metric('Custom', { unit: cloudwatch.Unit.COUNT }));
  alarm('Imported', byArn.metricAttempts());
  alarm('All', scheduler.Schedule.metricAll('X'));
  alarm('AllThrottled', scheduler.Schedule.metricAllThrottled());
  alarm('AllAttempts', scheduler.Schedule.metricAllAttempts({ label: 'l' }));
  alarm('AllErrors', scheduler.Schedule.metricAllErrors());
  alarm('AllTargetThrottled', scheduler.Schedule.metricAllTargetThrottled());
  alarm('AllDropped', scheduler.Schedule.metricAllDropped());
  alarm('AllSentToDLQ', scheduler.Schedule.metricAllSentToDLQ());
  alarm('AllFailed', scheduler.Schedule.metricAllFailedToBeSentToDLQ());
  alarm('AllFailedCode', scheduler.Schedule.metricAllFailedToBeSentToDLQ('Throttled'));
  alarm('AllTruncated', scheduler.Schedule.metricAllSentToDLQTruncated());
  const imported = scheduler.Schedule.fromScheduleArn(s, 'ImportedSchedule', 'arn:aws:scheduler:us-east-1:111111111111:schedule/grp/sched1');
  new cdk.CfnOutput(s, 'ImportedName', { value: imported.scheduleName });
}

// Bad input: aws-cdk-lib throws; the message and construct path are the expectation.
const rate = scheduler.ScheduleExpression.rate(cdk.Duration.minutes(5));
const errors = {
  StartAfterEnd: (s) => new scheduler.Schedule(s, 'Q', { schedule: rate, target: new FixedTarget(roleIn(s)),
    start: new Date(Date.UTC(2031, 0, 1)), end: new Date(Date.UTC(2030, 0, 1)) }),
  LongName: (s) => new scheduler.Schedule(s, 'Q', { schedule: rate, target: new FixedTarget(roleIn(s)), scheduleName: 'x'.repeat(65) }),
  EventAge: (s) => new scheduler.Schedule(s, 'Q', { schedule: rate, target: new FixedTarget(roleIn(s), { retryPolicy: { maximumEventAgeInSeconds: 30 } }) }),
  RetryAttempts: (s) => new scheduler.Schedule(s, 'Q', { schedule: rate, target: new FixedTarget(roleIn(s), { retryPolicy: { maximumRetryAttempts: 186 } }) }),
  WindowTooLong: (s) => scheduler.TimeWindow.flexible(cdk.Duration.hours(25)),
  WindowZero: (s) => scheduler.TimeWindow.flexible(cdk.Duration.minutes(0)),
  WindowFraction: (s) => scheduler.TimeWindow.flexible(cdk.Duration.seconds(90)),
  RateFraction: (s) => scheduler.ScheduleExpression.rate(cdk.Duration.seconds(90)),
  RateZero: (s) => scheduler.ScheduleExpression.rate(cdk.Duration.minutes(0)),
  CronDayAndWeekDay: (s) => scheduler.ScheduleExpression.cron({ day: '1', weekDay: 'MON' }),
  BadArn: (s) => scheduler.Schedule.fromScheduleArn(s, 'Q', 'arn:aws:scheduler:us-east-1:111111111111:schedule/only'),
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
