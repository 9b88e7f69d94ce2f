// aws-cdk-lib 2.276.0 twins of the Go cases in actions_test.go: one stack
// per template case.
const cdk = require('aws-cdk-lib');
const cw = require('aws-cdk-lib/aws-cloudwatch');
const actions = require('aws-cdk-lib/aws-cloudwatch-actions');
const lambda = require('aws-cdk-lib/aws-lambda');
const sns = require('aws-cdk-lib/aws-sns');
const app = new cdk.App();

{ // Monitoring: a dashboard and an alarm with SNS actions for alarm and OK
  const s = new cdk.Stack(app, 'Monitoring');
  const topic = new sns.Topic(s, 'Alerts');
  const errors = new cw.Metric({ namespace: 'AWS/ApiGateway', metricName: '5XXError', dimensionsMap: { ApiName: 'orders' }, statistic: cw.Stats.SUM, period: cdk.Duration.minutes(1) });
  const alarm = new cw.Alarm(s, 'ApiErrors', {
    evaluationPeriods: 5, threshold: 10, alarmDescription: 'API 5XX errors', datapointsToAlarm: 3,
    treatMissingData: cw.TreatMissingData.NOT_BREACHING, metric: errors,
  });
  alarm.addAlarmAction(new actions.SnsAction(topic));
  alarm.addOkAction(new actions.SnsAction(topic));
  const dash = new cw.Dashboard(s, 'Dashboard', { dashboardName: 'production' });
  dash.addWidgets(
    new cw.GraphWidget({ title: 'API errors', left: [errors], width: 12 }),
    new cw.AlarmWidget({ title: 'API errors alarm', alarm, width: 12 }),
  );
  dash.addWidgets(new cw.AlarmStatusWidget({ alarms: [alarm] }));
}

{ // Others: EC2, SSM, incident and Lambda actions
  const s = new cdk.Stack(app, 'Others');
  const cpu = new cw.Metric({ namespace: 'AWS/EC2', metricName: 'CPUUtilization', dimensionsMap: { InstanceId: 'i-123' } });
  const a = new cw.Alarm(s, 'Cpu', { evaluationPeriods: 1, threshold: 90, metric: cpu });
  a.addAlarmAction(new actions.Ec2Action(actions.Ec2InstanceAction.REBOOT));
  a.addOkAction(new actions.SsmAction(actions.OpsItemSeverity.HIGH, actions.OpsItemCategory.PERFORMANCE));
  a.addInsufficientDataAction(new actions.SsmAction(actions.OpsItemSeverity.LOW));
  a.addAlarmAction(new actions.SsmIncidentAction('plan'));
  const fn = new lambda.Function(s, 'Fn', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {}') });
  a.addAlarmAction(new actions.LambdaAction(fn));
  const b = new cw.Alarm(s, 'Other', { evaluationPeriods: 1, threshold: 1, metric: cpu });
  b.addAlarmAction(new actions.LambdaAction(fn, { useUniquePermissionId: true }));
  b.addOkAction(new actions.LambdaAction(fn, { useUniquePermissionId: true }));
  const alias = new lambda.Alias(s, 'Live', { aliasName: 'live', version: fn.currentVersion });
  new cw.Alarm(s, 'Third', { evaluationPeriods: 1, threshold: 5, metric: cpu }).addAlarmAction(new actions.LambdaAction(alias));
}


app.synth();
