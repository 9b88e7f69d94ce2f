// aws-cdk-lib 2.276.0 twins of the Go cases in scaling_test.go. Each stack is
// one template case; each entry of `errors` one bad-input case, whose
// message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const appscaling = require('aws-cdk-lib/aws-applicationautoscaling');
const app = new cdk.App();

const cpu = (period) => new cloudwatch.Metric({
  namespace: 'AWS/ECS', metricName: 'CPUUtilization', dimensionsMap: { ClusterName: 'c', ServiceName: 's' },
  period, statistic: 'Average',
});

function target(s, id, props) {
  return new appscaling.ScalableTarget(s, id, {
    serviceNamespace: appscaling.ServiceNamespace.ECS,
    scalableDimension: 'ecs:service:DesiredCount',
    resourceId: 'service/cluster/svc',
    minCapacity: 1,
    maxCapacity: 10,
    ...props,
  });
}

{ // TargetTracking: predefined and custom metrics, options, an imported target
  const s = new cdk.Stack(app, 'TargetTracking');
  const t = target(s, 'Target');
  t.scaleToTrackMetric('Cpu', { targetValue: 50, predefinedMetric: appscaling.PredefinedMetric.ECS_SERVICE_AVERAGE_CPU_UTILIZATION });
  t.scaleToTrackMetric('Requests', {
    targetValue: 1000, predefinedMetric: appscaling.PredefinedMetric.ALB_REQUEST_COUNT_PER_TARGET,
    resourceLabel: 'app/lb/123/targetgroup/tg/456', scaleInCooldown: cdk.Duration.seconds(60),
    scaleOutCooldown: cdk.Duration.minutes(2), disableScaleIn: true, policyName: 'requests',
  });
  t.scaleToTrackMetric('Custom', {
    targetValue: 70,
    customMetric: new cloudwatch.Metric({ namespace: 'My', metricName: 'Load', dimensionsMap: { A: 'b' }, statistic: 'Maximum', unit: cloudwatch.Unit.PERCENT }),
  });
  t.scaleToTrackMetric('Dynamo', { targetValue: 70, predefinedMetric: appscaling.PredefinedMetric.DYNAMODB_WRITE_CAPACITY_UTILIZATION, disableScaleIn: false });
  const imported = appscaling.ScalableTarget.fromScalableTargetAttributes(s, 'Imported', {
    scalableTargetId: 'service/cluster/other', scalableDimension: 'ecs:service:DesiredCount', serviceNamespace: 'ecs',
  });
  const p = new appscaling.TargetTrackingScalingPolicy(s, 'ImportedPolicy', {
    scalingTarget: imported, targetValue: 40, predefinedMetric: appscaling.PredefinedMetric.ECS_SERVICE_AVERAGE_MEMORY_UTILIZATION,
  });
  const byId = appscaling.ScalableTarget.fromScalableTargetId(s, 'ById', 'service/cluster/third');
  new cdk.CfnOutput(s, 'PolicyArn', { value: p.scalingPolicyArn });
  new cdk.CfnOutput(s, 'TargetId', { value: t.scalableTargetId });
  new cdk.CfnOutput(s, 'ByIdOut', { value: byId.scalableTargetId });
  new cdk.CfnOutput(s, 'Ref', { value: `${t.scalableTargetRef.scalableDimension}|${t.scalableTargetRef.serviceNamespace}` });
}

{ // Step: step scaling on a metric, in several shapes
  const s = new cdk.Stack(app, 'Step');
  const t = target(s, 'Target', { minCapacity: 2, maxCapacity: 20 });
  t.scaleOnMetric('Both', {
    metric: cpu(cdk.Duration.minutes(1)),
    scalingSteps: [{ upper: 10, change: -1 }, { lower: 50, change: +1 }, { lower: 70, change: +3 }],
  });
  t.scaleOnMetric('UpperOnly', {
    metric: new cloudwatch.Metric({ namespace: 'My', metricName: 'Queue', statistic: 'Maximum' }),
    scalingSteps: [{ upper: 0, change: 0 }, { lower: 100, change: 2 }, { lower: 500, change: 5 }],
    adjustmentType: appscaling.AdjustmentType.CHANGE_IN_CAPACITY,
    cooldown: cdk.Duration.seconds(120),
    evaluationPeriods: 3,
    datapointsToAlarm: 2,
  });
  t.scaleOnMetric('Exact', {
    metric: new cloudwatch.Metric({ namespace: 'My', metricName: 'Depth', statistic: 'Minimum' }),
    scalingSteps: [{ upper: 5, change: 1 }, { lower: 5, upper: 50, change: 3 }, { lower: 50, change: 10 }],
    adjustmentType: appscaling.AdjustmentType.EXACT_CAPACITY,
  });
  t.scaleOnMetric('Percent', {
    metric: new cloudwatch.Metric({ namespace: 'My', metricName: 'Other', statistic: 'Sum' }),
    scalingSteps: [{ upper: 20, change: -50 }, { lower: 40, upper: 60, change: 0 }, { lower: 80, change: 50 }],
    adjustmentType: appscaling.AdjustmentType.PERCENT_CHANGE_IN_CAPACITY,
    minAdjustmentMagnitude: 2,
    metricAggregationType: appscaling.MetricAggregationType.MAXIMUM,
  });
  t.scaleOnMetric('Math', {
    metric: new cloudwatch.MathExpression({ expression: 'a + b', usingMetrics: { a: cpu(cdk.Duration.minutes(5)), b: cpu(cdk.Duration.minutes(5)) } }),
    scalingSteps: [{ upper: 30, change: -1 }, { lower: 80, change: 1 }],
  });
  const action = new appscaling.StepScalingAction(s, 'Action', { scalingTarget: t, policyName: 'manual' });
  action.addAdjustment({ adjustment: 1, lowerBound: 0, upperBound: 10 });
  action.addAdjustment({ adjustment: 2, lowerBound: 10 });
  new appscaling.StepScalingAction(s, 'EmptyAction', { scalingTarget: t });
}

{ // Schedule: scheduled actions of every schedule kind
  const s = new cdk.Stack(app, 'Schedule');
  const t = target(s, 'Target');
  t.scaleOnSchedule('Cron', { schedule: appscaling.Schedule.cron({ hour: '8', minute: '0', weekDay: 'MON-FRI' }), minCapacity: 5 });
  t.scaleOnSchedule('CronNoMinute', { schedule: appscaling.Schedule.cron({ hour: '20', day: '1' }), maxCapacity: 3 });
  t.scaleOnSchedule('Rate', { schedule: appscaling.Schedule.rate(cdk.Duration.hours(2)), minCapacity: 1, maxCapacity: 4 });
  t.scaleOnSchedule('RateDay', { schedule: appscaling.Schedule.rate(cdk.Duration.days(1)), minCapacity: 1 });
  t.scaleOnSchedule('RateMinutes', { schedule: appscaling.Schedule.rate(cdk.Duration.minutes(90)), minCapacity: 1 });
  t.scaleOnSchedule('At', {
    schedule: appscaling.Schedule.at(new Date(Date.UTC(2030, 0, 2, 3, 4, 5))), minCapacity: 2,
    startTime: new Date(Date.UTC(2030, 0, 1, 0, 0, 0)), endTime: new Date(Date.UTC(2030, 11, 31, 23, 59, 0)),
    timeZone: cdk.TimeZone.EUROPE_PARIS,
  });
  t.scaleOnSchedule('Expression', { schedule: appscaling.Schedule.expression('cron(0 0 * * ? *)'), maxCapacity: 8 });
}

class Counted extends appscaling.BaseScalableAttribute {
  scaleOnCpu(id, target) {
    this.doScaleToTrackMetric(id, { targetValue: target, predefinedMetric: appscaling.PredefinedMetric.ECS_SERVICE_AVERAGE_CPU_UTILIZATION });
  }
  scaleNightly(id) {
    this.doScaleOnSchedule(id, { schedule: appscaling.Schedule.cron({ hour: '0', minute: '0' }), maxCapacity: 1 });
  }
  scaleSteps(id) {
    this.doScaleOnMetric(id, { metric: cpu(cdk.Duration.minutes(1)), scalingSteps: [{ upper: 20, change: -1 }, { lower: 80, change: 2 }] });
  }
}

{ // Base: a scalable attribute built on BaseScalableAttribute, a given role
  const s = new cdk.Stack(app, 'Base');
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('application-autoscaling.amazonaws.com') });
  const c = new Counted(s, 'Count', {
    serviceNamespace: appscaling.ServiceNamespace.ECS, dimension: 'ecs:service:DesiredCount',
    resourceId: 'service/cluster/svc', role, maxCapacity: 6,
  });
  c.scaleOnCpu('Cpu', 60);
  c.scaleNightly('Nightly');
  c.scaleSteps('Steps');
  const t = target(s, 'Dynamo', {
    serviceNamespace: appscaling.ServiceNamespace.DYNAMODB, scalableDimension: 'dynamodb:table:ReadCapacityUnits',
    resourceId: 'table/t', minCapacity: 0, maxCapacity: 100,
  });
  t.addToRolePolicy(new iam.PolicyStatement({ actions: ['dynamodb:DescribeTable'], resources: ['*'] }));
  new cdk.CfnOutput(s, 'Ref', { value: `${c.scalableTargetRef.scalableDimension}|${c.scalableTargetRef.serviceNamespace}` });
}

// Bad input: aws-cdk-lib throws; the message and construct path are the expectation.
const errors = {
  MinAboveMax: (s) => target(s, 'T', { minCapacity: 5, maxCapacity: 3 }),
  NegativeMax: (s) => target(s, 'T', { minCapacity: 0, maxCapacity: -1 }),
  NegativeMin: (s) => target(s, 'T', { minCapacity: -2, maxCapacity: 1 }),
  OneStep: (s) => target(s, 'T').scaleOnMetric('P', { metric: cpu(), scalingSteps: [{ lower: 10, change: 1 }] }),
  TwoNoChange: (s) => target(s, 'T').scaleOnMetric('P', { metric: cpu(), scalingSteps: [{ change: 0, upper: 10 }, { change: 1, lower: 20, upper: 30 }, { change: 0, lower: 40, upper: 50 }, { change: 2, lower: 60 }] }),
  DatapointsWithoutPeriods: (s) => target(s, 'T').scaleOnMetric('P', { metric: cpu(), scalingSteps: [{ upper: 10, change: -1 }, { lower: 50, change: 1 }], datapointsToAlarm: 2 }),
  DatapointsAbovePeriods: (s) => target(s, 'T').scaleOnMetric('P', { metric: cpu(), scalingSteps: [{ upper: 10, change: -1 }, { lower: 50, change: 1 }], evaluationPeriods: 2, datapointsToAlarm: 3 }),
  PeriodsBelowOne: (s) => target(s, 'T').scaleOnMetric('P', { metric: cpu(), scalingSteps: [{ upper: 10, change: -1 }, { lower: 50, change: 1 }], evaluationPeriods: 0 }),
  NoMetric: (s) => target(s, 'T').scaleToTrackMetric('P', { targetValue: 1 }),
  BothMetrics: (s) => target(s, 'T').scaleToTrackMetric('P', { targetValue: 1, customMetric: cpu(), predefinedMetric: appscaling.PredefinedMetric.ECS_SERVICE_AVERAGE_CPU_UTILIZATION }),
  PercentileMetric: (s) => target(s, 'T').scaleToTrackMetric('P', { targetValue: 1, customMetric: new cloudwatch.Metric({ namespace: 'N', metricName: 'M', statistic: 'p99' }) }),
  MathMetric: (s) => target(s, 'T').scaleToTrackMetric('P', { targetValue: 1, customMetric: new cloudwatch.MathExpression({ expression: 'a', usingMetrics: { a: cpu() } }) }),
  ScheduleWithoutCapacity: (s) => target(s, 'T').scaleOnSchedule('A', { schedule: appscaling.Schedule.rate(cdk.Duration.days(1)) }),
  CronDayAndWeekDay: (s) => appscaling.Schedule.cron({ day: '1', weekDay: 'MON' }),
  RateZero: (s) => appscaling.Schedule.rate(cdk.Duration.minutes(0)),
  AdjustmentWithoutBounds: (s) => new appscaling.StepScalingAction(s, 'A', { scalingTarget: target(s, 'T') }).addAdjustment({ adjustment: 1 }),
  RefOfImportById: (s) => new appscaling.TargetTrackingScalingPolicy(s, 'P', {
    scalingTarget: appscaling.ScalableTarget.fromScalableTargetId(s, 'T', 'x'), targetValue: 1,
    predefinedMetric: appscaling.PredefinedMetric.ECS_SERVICE_AVERAGE_CPU_UTILIZATION,
  }),
};
const out = {};
for (const [name, build] of Object.entries(errors)) {
  const a = new cdk.App({ autoSynth: false });
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
