// JavaScript twin of ../main.go on aws-cdk-lib 2.276.0, construct for
// construct, with the same ids, order and values (objects Go passes as
// structs written in the struct's field order). The App reads CDK_OUTDIR and
// CDK_CONTEXT_JSON, as an aws-cdk-go program's App does.
'use strict';

const cdk = require('aws-cdk-lib');
const cw = require('aws-cdk-lib/aws-cloudwatch');
const actions = require('aws-cdk-lib/aws-cloudwatch-actions');
const iam = require('aws-cdk-lib/aws-iam');
const sm = require('aws-cdk-lib/aws-secretsmanager');
const sns = require('aws-cdk-lib/aws-sns');

class MonitoringStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    const alerts = new sns.Topic(this, 'Alerts', { displayName: 'Production alerts' });

    const apiErrors = new cw.Metric({
      namespace: 'AWS/ApiGateway', metricName: '5XXError', dimensionsMap: { ApiName: 'orders-api' },
      statistic: cw.Stats.SUM, period: cdk.Duration.minutes(1),
    });
    const latency = new cw.Metric({
      namespace: 'AWS/ApiGateway', metricName: 'Latency', dimensionsMap: { ApiName: 'orders-api' },
      statistic: cw.Stats.percentile(99),
    });
    const backlog = new cw.Metric({
      namespace: 'AWS/SQS', metricName: 'ApproximateNumberOfMessagesVisible', dimensionsMap: { QueueName: 'orders' },
      statistic: cw.Stats.MAXIMUM,
    });

    const errorsAlarm = new cw.Alarm(this, 'ApiErrors', {
      metric: apiErrors, threshold: 10, evaluationPeriods: 5, datapointsToAlarm: 3,
      alarmDescription: 'The orders API returns 5XX errors', treatMissingData: cw.TreatMissingData.NOT_BREACHING,
    });
    errorsAlarm.addAlarmAction(new actions.SnsAction(alerts));
    errorsAlarm.addOkAction(new actions.SnsAction(alerts));

    const latencyAlarm = latency.createAlarm(this, 'ApiLatency', { threshold: 2000, evaluationPeriods: 3, alarmName: 'orders-api-latency' });
    latencyAlarm.addAlarmAction(new actions.SnsAction(alerts));

    const errorRate = new cw.MathExpression({
      expression: '100 * errors / requests',
      usingMetrics: {
        errors: apiErrors,
        requests: new cw.Metric({ namespace: 'AWS/ApiGateway', metricName: 'Count', dimensionsMap: { ApiName: 'orders-api' }, statistic: cw.Stats.SUM }),
      },
      label: 'Error rate (%)', period: cdk.Duration.minutes(1),
    });
    const rateAlarm = new cw.Alarm(this, 'ErrorRate', {
      metric: errorRate, threshold: 1, evaluationPeriods: 5, comparisonOperator: cw.ComparisonOperator.GREATER_THAN_THRESHOLD,
    });

    const backlogAlarm = backlog.createAlarm(this, 'Backlog', { threshold: 1000, evaluationPeriods: 2 });

    const composite = new cw.CompositeAlarm(this, 'ServiceDegraded', {
      alarmRule: cw.AlarmRule.anyOf(cw.AlarmRule.allOf(errorsAlarm, rateAlarm), cw.AlarmRule.fromAlarm(backlogAlarm, cw.AlarmState.ALARM)),
      alarmDescription: 'Errors with a high error rate, or a backlog',
    });
    composite.addAlarmAction(new actions.SnsAction(alerts));

    const dashboard = new cw.Dashboard(this, 'Dashboard', { dashboardName: 'orders-production', defaultInterval: cdk.Duration.hours(3) });
    dashboard.addWidgets(new cw.TextWidget({ markdown: '# Orders service\nAPI, queue and alarms.', width: 24, height: 1 }));
    const annotation = errorsAlarm.toAnnotation();
    dashboard.addWidgets(
      new cw.GraphWidget({
        title: 'API errors and error rate', left: [apiErrors], right: [errorRate],
        leftAnnotations: [{ value: annotation.value, label: annotation.label }], width: 12,
      }),
      new cw.GraphWidget({ title: 'Latency p99', left: [latency], width: 12 }),
    );
    dashboard.addWidgets(
      new cw.SingleValueWidget({ title: 'Backlog', metrics: [backlog] }),
      new cw.AlarmWidget({ title: 'Backlog alarm', alarm: backlogAlarm }),
      new cw.AlarmStatusWidget({ alarms: [errorsAlarm, latencyAlarm, rateAlarm, backlogAlarm, composite], width: 12 }),
    );
    dashboard.addWidgets(new cw.LogQueryWidget({
      title: 'Recent errors', logGroupNames: ['/aws/lambda/orders-api'],
      queryLines: ['fields @timestamp, @message', 'filter @message like /ERROR/', 'sort @timestamp desc', 'limit 50'], width: 24,
    }));

    const credentials = new sm.Secret(this, 'DbCredentials', {
      secretName: 'orders/db',
      generateSecretString: { secretStringTemplate: '{"username":"orders"}', generateStringKey: 'password', excludeCharacters: '"@/\\' },
    });
    const reader = new iam.Role(this, 'Reader', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    credentials.grantRead(reader);

    new cdk.CfnOutput(this, 'DashboardName', { value: dashboard.dashboardName });
    new cdk.CfnOutput(this, 'SecretArn', { value: credentials.secretArn });
  }
}

const app = new cdk.App();
new MonitoringStack(app, 'MonitoringStack');
app.synth();
