// aws-cdk-lib 2.276.0 twins of the Go cases in cloudwatch_test.go. Each stack
// is one template case; each entry of `errors` one bad-input case, whose
// message and construct path regen.sh writes to errors.json. Objects that Go
// passes as structs are written here in the Go struct's field order, the
// order jsii hands them to aws-cdk-lib.
const cdk = require('aws-cdk-lib');
const cw = require('aws-cdk-lib/aws-cloudwatch');
const iam = require('aws-cdk-lib/aws-iam');
const app = new cdk.App();

const action = (arn) => ({ bind: () => ({ alarmActionArn: arn }) });
const queueMetric = () => new cw.Metric({
  namespace: 'AWS/SQS', metricName: 'ApproximateNumberOfMessagesVisible', dimensionsMap: { QueueName: 'orders' },
});
const out = (s, id, value) => new cdk.CfnOutput(s, id, { value });

{ // Alarms: plain, every prop, labelled, createAlarm, statistics, math, anomaly, cross-account, imports
  const s = new cdk.Stack(app, 'Alarms');
  const m = queueMetric();
  new cw.Alarm(s, 'Simple', { metric: m, threshold: 100, evaluationPeriods: 2 });
  const full = new cw.Alarm(s, 'Full', {
    evaluationPeriods: 3, threshold: 5, actionsEnabled: false, alarmDescription: 'Backlog', alarmName: 'orders-backlog',
    comparisonOperator: cw.ComparisonOperator.LESS_THAN_THRESHOLD, datapointsToAlarm: 2,
    treatMissingData: cw.TreatMissingData.NOT_BREACHING,
    metric: m.with({ period: cdk.Duration.minutes(1), statistic: 'p99', unit: cw.Unit.COUNT }),
  });
  full.addAlarmAction(action('arn:aws:sns:us-east-1:111111111111:ops'));
  full.addOkAction(action('arn:aws:sns:us-east-1:111111111111:ops'));
  full.addInsufficientDataAction(action('arn:aws:sns:us-east-1:111111111111:data'));
  new cw.Alarm(s, 'Labeled', { evaluationPeriods: 1, threshold: 1, metric: m.with({ label: 'Visible messages', statistic: cw.Stats.SUM }) });
  m.with({ statistic: cw.Stats.trimmedMean(10, 90) }).createAlarm(s, 'Created', {
    evaluationPeriods: 1, threshold: 1, comparisonOperator: cw.ComparisonOperator.GREATER_THAN_THRESHOLD,
  });
  const stats = ['n', 'IQM', 'p99.9', 'tm90', 'PR(10:)', 'wm(5%:95%)', 'max', 'avg', 'Unknown'];
  stats.forEach((st, i) => new cw.Alarm(s, 'Stat' + i, {
    evaluationPeriods: 1, threshold: 1,
    metric: new cw.Metric({ namespace: 'Custom', metricName: 'Latency', statistic: st, period: cdk.Duration.seconds(i % 2 ? 10 : 3600) }),
  }));
  const errors = new cw.Metric({ namespace: 'AWS/Lambda', metricName: 'Errors', dimensionsMap: { FunctionName: 'fn' }, statistic: 'Sum' });
  const invocations = new cw.Metric({ namespace: 'AWS/Lambda', metricName: 'Invocations', dimensionsMap: { FunctionName: 'fn' }, statistic: 'Sum' });
  const rate = new cw.MathExpression({
    label: 'Error rate', period: cdk.Duration.minutes(1), expression: 'errors / invocations * 100',
    usingMetrics: { errors, invocations },
  });
  new cw.Alarm(s, 'Math', { evaluationPeriods: 3, threshold: 5, metric: rate });
  const nested = new cw.MathExpression({ expression: 'rate * 2', usingMetrics: { rate } });
  nested.createAlarm(s, 'Nested', { evaluationPeriods: 1, threshold: 10 });
  new cw.Alarm(s, 'Constant', { evaluationPeriods: 1, threshold: 1, metric: new cw.MathExpression({ expression: 'TIME_SERIES(1)', period: cdk.Duration.minutes(10) }) });
  new cw.Alarm(s, 'Anomaly', {
    evaluationPeriods: 2, threshold: 0,
    comparisonOperator: cw.ComparisonOperator.LESS_THAN_LOWER_OR_GREATER_THAN_UPPER_THRESHOLD,
    metric: cw.Metric.anomalyDetectionFor({ metric: m, stdDevs: 3 }),
  });
  new cw.Alarm(s, 'OtherAccount', {
    evaluationPeriods: 1, threshold: 1,
    metric: new cw.Metric({ account: '222222222222', namespace: 'AWS/SQS', metricName: 'NumberOfMessagesSent' }),
  });
  const imported = cw.Alarm.fromAlarmArn(s, 'Imported', 'arn:aws:cloudwatch:us-east-1:111111111111:alarm:existing');
  const byName = cw.Alarm.fromAlarmName(s, 'ByName', 'other');
  out(s, 'FullArn', full.alarmArn);
  out(s, 'FullName', full.alarmName);
  out(s, 'ImportedName', imported.alarmName);
  out(s, 'ByNameArn', byName.alarmArn);
  out(s, 'Annotation', `${full.toAnnotation().label}=${full.toAnnotation().value}`);
  out(s, 'MathKey', `${rate}`);
}

{ // Composite: every AlarmRule, suppressors, actions
  const s = new cdk.Stack(app, 'Composite');
  const m = queueMetric();
  const a = new cw.Alarm(s, 'A', { metric: m, threshold: 1, evaluationPeriods: 1 });
  const b = new cw.Alarm(s, 'B', { metric: m, threshold: 2, evaluationPeriods: 1 });
  const c = new cw.Alarm(s, 'C', { metric: m, threshold: 3, evaluationPeriods: 1 });
  new cw.CompositeAlarm(s, 'Composite', {
    alarmRule: cw.AlarmRule.anyOf(
      cw.AlarmRule.allOf(a, cw.AlarmRule.fromAlarm(b, cw.AlarmState.OK)),
      cw.AlarmRule.not(c), cw.AlarmRule.fromBoolean(false), cw.AlarmRule.fromString('ALARM(x)')),
  });
  const named = new cw.CompositeAlarm(s, 'Named', {
    alarmRule: cw.AlarmRule.atLeast(cw.AlarmState.ALARM, { operands: [a, b, c], threshold: cw.AtLeastThreshold.count(2) }),
    actionsEnabled: true, actionsSuppressor: a, alarmDescription: 'Two of three', compositeAlarmName: 'named',
  });
  named.addAlarmAction(action('arn:aws:sns:us-east-1:111111111111:ops'));
  named.addInsufficientDataAction(action('arn:aws:sns:us-east-1:111111111111:data'));
  new cw.CompositeAlarm(s, 'Pct', {
    alarmRule: cw.AlarmRule.atLeastNot(cw.AlarmState.OK, { operands: [a, b], threshold: cw.AtLeastThreshold.percentage(50) }),
    actionsSuppressor: b, actionsSuppressorWaitPeriod: cdk.Duration.minutes(3),
  });
  out(s, 'NamedArn', named.alarmArn);
  cw.Metric.grantPutMetricData(new iam.Role(s, 'Publisher', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }));
  out(s, 'Rule', cw.AlarmRule.anyOf(a, b).renderAlarmRule());
}

{ // Dashboard: every widget, rows, columns, spacers, props
  const s = new cdk.Stack(app, 'Dashboard');
  const m = queueMetric();
  const alarm = new cw.Alarm(s, 'Alarm', { metric: m, threshold: 100, evaluationPeriods: 2 });
  const errors = new cw.Metric({ namespace: 'AWS/Lambda', metricName: 'Errors', statistic: 'Sum' });
  const invocations = new cw.Metric({ namespace: 'AWS/Lambda', metricName: 'Invocations', statistic: 'Sum' });
  const rate = new cw.MathExpression({ expression: 'errors / invocations', usingMetrics: { errors, invocations } });
  const d = new cw.Dashboard(s, 'Dash', { dashboardName: 'ops', defaultInterval: cdk.Duration.days(7), periodOverride: cw.PeriodOverride.AUTO });
  d.addWidgets(new cw.TextWidget({ markdown: '# Ops "quoted"', width: 24 }));
  d.addWidgets(
    new cw.GraphWidget({
      title: 'Queue', left: [m, m.with({ color: cw.Color.RED, label: 'max', statistic: 'Maximum' })], right: [rate],
      leftAnnotations: [{ value: 100, color: cw.Color.ORANGE, fill: cw.Shading.ABOVE, label: 'limit' },
        { value: alarm.toAnnotation().value, label: alarm.toAnnotation().label }],
      leftYAxis: { min: 0 }, legendPosition: cw.LegendPosition.RIGHT, period: cdk.Duration.minutes(5),
      stacked: true, statistic: 'Sum',
      verticalAnnotations: [{ date: '2024-01-01T00:00:00Z', label: 'deploy' }],
    }),
    new cw.SingleValueWidget({ title: 'Now', metrics: [m], sparkline: true }),
    new cw.AlarmWidget({ title: 'Alarm', alarm, leftYAxis: { label: 'msgs', showUnits: false } }),
  );
  d.addWidgets(
    new cw.LogQueryWidget({
      logGroupNames: ['/aws/lambda/fn', '/aws/lambda/other'],
      queryLines: ['fields @timestamp, @message', 'sort @timestamp desc', 'limit 20'],
      title: 'Logs', view: cw.LogQueryVisualizationType.STACKEDAREA,
    }),
    new cw.AlarmStatusWidget({ alarms: [alarm], sortBy: cw.AlarmStatusWidgetSortBy.TIMESTAMP, states: [cw.AlarmState.ALARM] }),
    new cw.Spacer({ width: 2 }),
    new cw.LogQueryWidget({ logGroupNames: ['/x'], queryLanguage: cw.LogQueryLanguage.SQL, queryString: 'SELECT 1', view: cw.LogQueryVisualizationType.BAR, width: 12 }),
  );
  d.addWidgets(
    new cw.Column(new cw.TextWidget({ markdown: 'a' }), new cw.TextWidget({ background: cw.TextWidgetBackground.SOLID, markdown: 'b' })),
    new cw.Row(new cw.GraphWidget({ left: [m], width: 12 }), new cw.GraphWidget({ width: 12, left: [m], view: cw.GraphWidgetView.BAR })),
  );
  d.addWidgets(new cw.GraphWidget({ displayLabelsOnChart: true, view: cw.GraphWidgetView.PIE, left: [errors, invocations], height: 4 }));
  new cw.Dashboard(s, 'Empty');
  new cw.Dashboard(s, 'Rows', {
    end: '-PT1H', start: '-PT6H',
    widgets: [[new cw.TextWidget({ markdown: 'x' }), new cw.TextWidget({ markdown: 'y' })], [new cw.SingleValueWidget({ metrics: [rate] })]],
  });
  out(s, 'Name', d.dashboardName);
  out(s, 'Arn', d.dashboardArn);
}

{ // Widgets: gauge, table, custom widgets, variables, anomaly detection alarm
  const s = new cdk.Stack(app, 'Widgets');
  const m = queueMetric();
  const d = new cw.Dashboard(s, 'Dash', {
    variables: [
      new cw.DashboardVariable({ id: 'queue', inputType: cw.VariableInputType.SELECT, type: cw.VariableType.PROPERTY, value: 'QueueName',
        defaultValue: cw.DefaultValue.FIRST, label: 'Queue', values: cw.Values.fromValues({ value: 'orders', label: 'Orders' }, { value: 'billing' }) }),
      new cw.DashboardVariable({ id: 'fn', inputType: cw.VariableInputType.RADIO, type: cw.VariableType.PATTERN, value: 'fn-.*',
        values: cw.Values.fromSearchComponents({ dimensions: ['FunctionName'], metricName: 'Invocations', namespace: 'AWS/Lambda', populateFrom: 'FunctionName' }), visible: false }),
    ],
  });
  d.addVariable(new cw.DashboardVariable({ id: 'free', inputType: cw.VariableInputType.INPUT, type: cw.VariableType.PROPERTY, value: 'region', defaultValue: cw.DefaultValue.value('us-east-1') }));
  const gauge = new cw.GaugeWidget({ title: 'Gauge', annotations: [{ value: 80, color: cw.Color.RED, label: 'high' }], leftYAxis: { label: 'pct', max: 50 }, metrics: [m] });
  gauge.addMetric(m.with({ statistic: 'Maximum' }));
  const table = new cw.TableWidget({
    title: 'Table', layout: cw.TableLayout.VERTICAL, metrics: [m], showUnitsInLabel: true, fullPrecision: true,
    summary: { columns: [cw.TableSummaryColumn.AVERAGE, cw.TableSummaryColumn.MAXIMUM], hideNonSummaryColumns: true, sticky: true },
    thresholds: [cw.TableThreshold.above(100, cw.Color.RED), cw.TableThreshold.between(10, 50, cw.Color.GREEN), cw.TableThreshold.below(5)],
  });
  table.addMetric(new cw.MathExpression({ expression: 'm1 * 2', usingMetrics: { m1: m }, label: '' }));
  d.addWidgets(gauge, table, new cw.TableWidget({}), new cw.CustomWidget({ functionArn: 'arn:aws:lambda:us-east-1:111111111111:function:w', title: 'Custom', updateOnResize: false }));
  new cw.AnomalyDetectionAlarm(s, 'Anomaly', { evaluationPeriods: 3, metric: m, alarmName: 'anomalous', stdDevs: 2.5 });
  new cw.AnomalyDetectionAlarm(s, 'Upper', { evaluationPeriods: 1, metric: m, comparisonOperator: cw.ComparisonOperator.GREATER_THAN_UPPER_THRESHOLD });
}

{ // Env: a stack with an account and region, metrics attached to it or elsewhere
  const s = new cdk.Stack(app, 'Env', { env: { account: '111111111111', region: 'us-east-1' } });
  const m = queueMetric().attachTo(s);
  const search = new cw.SearchExpression({ label: 'All', expression: "SEARCH('{AWS/SQS,QueueName} MetricName=\"NumberOfMessagesSent\"', 'Sum', 300)",
    searchAccount: '222222222222', searchRegion: 'us-east-1' });
  const d = new cw.Dashboard(s, 'Dash');
  d.addWidgets(new cw.GraphWidget({
    left: [m, m.with({ region: 'eu-west-1' }), m.with({ account: '222222222222' }), search],
    right: [new cw.Metric({ namespace: 'N', metricName: 'M', region: 'us-east-1', stackRegion: 'us-east-1' })],
  }));
  d.addWidgets(new cw.SingleValueWidget({ metrics: [search.with({ period: cdk.Duration.hours(1) })], fullPrecision: true, liveData: true, setPeriodToTimeRange: true, region: 'eu-west-1' }));
  d.addWidgets(new cw.GraphWidget({ left: [new cw.MathExpression({ expression: 'm1 * 2', usingMetrics: { m1: m }, visible: false }).with({ label: 'hidden' }),
    new cw.SearchExpression({ expression: "SEARCH('{AWS/SQS} x', 'Sum')", visible: true }).with({ visible: false })] }));
  new cw.Alarm(s, 'Attached', { evaluationPeriods: 1, threshold: 1, metric: m });
  new cw.Alarm(s, 'Cross', { evaluationPeriods: 1, threshold: 1, metric: m.with({ account: '222222222222' }) });
}

{ // PromQL: alarms on PromQL queries
  const s = new cdk.Stack(app, 'PromQL');
  const a = new cw.PromQLAlarm(s, 'Full', {
    evaluationInterval: cdk.Duration.minutes(1), query: 'sum(rate(http_requests_total{status="500"}[5m])) > 10',
    actionsEnabled: true, alarmDescription: 'HTTP 500s', alarmName: 'promql-500s',
    pendingPeriod: cdk.Duration.minutes(5), recoveryPeriod: cdk.Duration.minutes(10),
  });
  a.addAlarmAction(action('arn:aws:sns:us-east-1:111111111111:ops'));
  new cw.PromQLAlarm(s, 'Plain', { evaluationInterval: cdk.Duration.seconds(30), query: 'up == 0' });
  out(s, 'Arn', a.alarmArn);
  out(s, 'Imported', cw.PromQLAlarm.fromPromQLAlarmName(s, 'Imp', 'other').alarmArn);
}

{ // AlarmsStack/DashboardStack: alarms watched from another stack (weak references in the body)
  const a = new cdk.Stack(app, 'AlarmsStack');
  const alarm = new cw.Alarm(a, 'Alarm', { metric: queueMetric(), threshold: 1, evaluationPeriods: 1 });
  const b = new cdk.Stack(app, 'DashboardStack');
  new cw.Dashboard(b, 'Dash', { widgets: [[new cw.AlarmWidget({ alarm }), new cw.AlarmStatusWidget({ alarms: [alarm] })]] });
  new cw.CompositeAlarm(b, 'Composite', { alarmRule: cw.AlarmRule.fromAlarm(alarm, cw.AlarmState.ALARM) });
}

{ // Mute: alarm mute rules on schedules
  const s = new cdk.Stack(app, 'Mute');
  const a = new cw.Alarm(s, 'A', { metric: queueMetric(), threshold: 1, evaluationPeriods: 1 });
  const b = new cw.Alarm(s, 'B', { metric: queueMetric(), threshold: 2, evaluationPeriods: 1 });
  const rule = new cw.AlarmMuteRule(s, 'Nightly', {
    duration: cdk.Duration.hours(2), schedule: cw.ScheduleExpression.cron({ minute: '0', hour: '2', timeZone: cdk.TimeZone.of('Europe/Paris') }),
    alarmMuteRuleName: 'nightly', description: 'Maintenance window',
    expire: { day: 31, hour: 23, minute: 59, month: 12, year: 2027 }, start: { day: 1, hour: 0, minute: 5, month: 2, year: 2027 },
    tags: { team: 'ops', env: 'prod' }, alarms: [a],
  });
  rule.addAlarm(b);
  a.addAlarmMuteRule('Once', { duration: cdk.Duration.minutes(30), schedule: cw.ScheduleExpression.at({ day: 4, hour: 9, minute: 0, month: 7, year: 2027 }) });
  new cw.AlarmMuteRule(s, 'Empty', { duration: cdk.Duration.days(1), schedule: cw.ScheduleExpression.expression('rate(7 days)') });
  out(s, 'RuleArn', rule.alarmMuteRuleArn);
  out(s, 'RuleName', rule.alarmMuteRuleName);
  out(s, 'ImportedName', cw.AlarmMuteRule.fromAlarmMuteRuleName(s, 'Imp', 'other').alarmMuteRuleName);
}

const errors = {
  BadPeriod: (s) => new cw.Metric({ namespace: 'N', metricName: 'M', period: cdk.Duration.seconds(7) }),
  NoThreshold: (s) => new cw.Alarm(s, 'A', { metric: queueMetric(), evaluationPeriods: 1 }),
  TooWide: (s) => new cw.TextWidget({ markdown: 'x', width: 25 }),
  BadDashboardName: (s) => new cw.Dashboard(s, 'D', { dashboardName: 'a b' }),
  IntervalAndStart: (s) => new cw.Dashboard(s, 'D', { defaultInterval: cdk.Duration.days(1), start: '-P1D' }),
  NoLogGroups: (s) => new cw.LogQueryWidget({ logGroupNames: [], queryString: 'x' }),
  SuppressorPeriods: (s) => new cw.CompositeAlarm(s, 'C', {
    alarmRule: cw.AlarmRule.fromBoolean(true), actionsSuppressorWaitPeriod: cdk.Duration.minutes(1),
  }),
  AtLeastCount: (s) => new cw.CompositeAlarm(s, 'C', {
    alarmRule: cw.AlarmRule.atLeast(cw.AlarmState.ALARM, {
      operands: [cw.Alarm.fromAlarmName(s, 'A', 'a')], threshold: cw.AtLeastThreshold.count(2),
    }),
  }),
  Ec2ActionMetric: (s) => new cw.Alarm(s, 'A', { metric: queueMetric(), threshold: 1, evaluationPeriods: 1 })
    .addAlarmAction(action('arn:aws:automate:us-east-1:ec2:stop')),
  AnomalyWithFixedOperator: (s) => new cw.Alarm(s, 'A', {
    evaluationPeriods: 1, threshold: 1, metric: cw.Metric.anomalyDetectionFor({ metric: queueMetric() }),
  }),
  PromQLInterval: (s) => new cw.PromQLAlarm(s, 'P', { evaluationInterval: cdk.Duration.seconds(5), query: 'up' }),
  MuteTooLong: (s) => new cw.AlarmMuteRule(s, 'M', { duration: cdk.Duration.days(16), schedule: cw.ScheduleExpression.expression('rate(1 day)') }),
  CronDayAndWeekDay: (s) => cw.ScheduleExpression.cron({ minute: '0', day: '1', weekDay: 'MON' }),
  InvalidVariable: (s) => new cw.MathExpression({ expression: 'Bad + 1', usingMetrics: { Bad: queueMetric() } }),
};
const outErrors = {};
for (const [name, build] of Object.entries(errors)) {
  const s = new cdk.Stack(new cdk.App({ autoSynth: false }), 'S');
  try {
    build(s);
    outErrors[name] = null;
  } catch (e) {
    outErrors[name] = { path: e.constructPath || '', message: e.message };
  }
}
console.log(JSON.stringify(outErrors, null, 2));
app.synth();
